// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Drivers.Wincs02;
using Drivers.Wincs02.Files;
using Drivers.Wincs02.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Sys.Wincs.Net;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// TLS client sockets end to end: certificates uploaded through the driver's file store, one TLS
    /// context per socket, a local SslStream server checking SNI; the right CA connects, the wrong CA
    /// fails cleanly (ERROR TlsFailed then CLOSED), both at the same time.
    /// </summary>
    [TestClass]
    public sealed class NetTlsEndToEndTests
    {
        private static readonly Lazy<FirmwareTlsTests.Pki> s_pki = new Lazy<FirmwareTlsTests.Pki>(() => new FirmwareTlsTests.Pki());

        private static void Upload(NetStack stack, WincFiles files, string name, string pem)
        {
            byte[] content = Encoding.ASCII.GetBytes(pem);
            RequestResult? result = null;
            Assert.AreEqual(DriverStatus.Ok, files.FileLoad(FsFileType.Certificate, name, content, 0, content.Length, (source, r, status) => result = r));
            stack.RunUntil(() => result.HasValue, "upload of " + name);
            Assert.AreEqual(RequestResult.Ok, result.Value);
        }

        private static int OpenContext(NetStack stack, string ca)
        {
            int[] handle = new int[1];
            Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.OpenTlsCtx, handle));
            var p = new NetTlsSocParams
            {
                TlsPeerAuth = true,
                TlsCACertificate = ca,
                TlsServerName = "server.test",
                TlsDomainName = "server.test",
                TlsDomainNameVerify = true,
                TlsHandle = handle[0],
            };
            Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.TlsConfig, p));
            return handle[0];
        }

        [TestMethod]
        public void TlsClientVerifiesTheCaAndSendsSniAndTheWrongCaFailsCleanly()
        {
            FirmwareTlsTests.Pki pki = s_pki.Value;
            using var stack = new NetStack();
            var files = new WincFiles(stack.Driver);
            Upload(stack, files, "RootCA", pki.CaPem);
            Upload(stack, files, "OtherCA", pki.OtherCaPem);
            int good = OpenContext(stack, "RootCA");
            int bad = OpenContext(stack, "OtherCA");
            Assert.AreNotEqual(good, bad);
            stack.RunFor(TimeSpan.FromMilliseconds(50));
            Assert.IsFalse(stack.Net.TlsContextFailed(good));
            Assert.IsFalse(stack.Net.TlsContextFailed(bad));

            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                string sni = null;
                Task<string> server = Task.Run(async () =>
                {
                    string text = null;
                    for (int i = 0; i < 2; i++)
                    {
                        TcpClient peer = await listener.AcceptTcpClientAsync();
                        var ssl = new SslStream(peer.GetStream());
                        try
                        {
                            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                            {
                                ServerCertificateSelectionCallback = (sender, name) =>
                                {
                                    sni = name;
                                    return pki.Server;
                                },
                            });
                            var buffer = new byte[64];
                            int n = await ssl.ReadAsync(buffer, 0, buffer.Length);

                            // the emulated module's client (SslStream on Linux) checks the certificate after the
                            // handshake, so the wrong-CA client may finish it and then close: it reads 0 bytes here,
                            // and must not hide the trusted client's request when it is accepted second
                            if (n == 0)
                            {
                                peer.Dispose();
                                continue;
                            }

                            text = Encoding.ASCII.GetString(buffer, 0, n);
                            await ssl.WriteAsync(Encoding.ASCII.GetBytes("secret reply"));
                            await ssl.FlushAsync();
                        }
                        catch (Exception)
                        {
                            // the client with the wrong CA aborts the handshake
                            peer.Dispose();
                        }
                    }

                    return text;
                });

                NetSocket trusted = NetStack.Client(NetSockType.Tcp, "127.0.0.1", port);
                trusted.TlsEnable = true;
                trusted.TlsContext = good;
                NetSocket untrusted = NetStack.Client(NetSockType.Tcp, "127.0.0.1", port);
                untrusted.TlsEnable = true;
                untrusted.TlsContext = bad;
                string reply = null;
                stack.Reaction = (socket, e, handle) =>
                {
                    if (e == NetSockEvent.TlsDone && socket == trusted.SockId)
                    {
                        byte[] hello = Encoding.ASCII.GetBytes("hello tls");
                        Assert.AreEqual(WincsResult.Pass, stack.Net.TcpSockWrite(socket, hello.Length, hello));
                    }
                    else if (e == NetSockEvent.Read && socket == trusted.SockId)
                    {
                        byte[] rx = new byte[64];
                        int n = stack.Net.TcpSockRead(socket, rx.Length, rx);
                        if (n > 0)
                        {
                            reply = Encoding.ASCII.GetString(rx, 0, n);
                        }
                    }
                };

                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, untrusted));
                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, trusted));
                stack.RunUntil(() => reply != null && stack.Count(untrusted.SockId, NetSockEvent.Closed) == 1, "the trusted reply and the untrusted close", TimeSpan.FromSeconds(20));
                Assert.AreEqual("secret reply", reply);
                Assert.AreEqual("server.test", sni, "SNI from the trusted socket's context");
                Assert.AreEqual(1, stack.Count(trusted.SockId, NetSockEvent.TlsDone));
                Assert.AreEqual(0, stack.Count(trusted.SockId, NetSockEvent.Connected), "TLS sockets get TLS_DONE only, as in Harmony");
                Assert.AreEqual(NetSockError.TlsFailed, stack.LastError(untrusted.SockId));
                Assert.AreEqual(0, stack.Count(untrusted.SockId, NetSockEvent.TlsDone));
                stack.RunUntil(() => server.IsCompleted, "the server");
                Assert.AreEqual("hello tls", server.Result);
            }
            finally
            {
                listener.Stop();
            }
        }
    }
}
