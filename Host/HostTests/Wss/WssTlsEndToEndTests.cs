// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Files;
using Drivers.Wincs02.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Sys.Wincs.Net;
using Sys.Wss;

namespace nanoWincs.Host.Tests.Wss
{
    /// <summary>
    /// wss:// end to end: the application uploads the server certificate and key to the module's file
    /// store through the driver, configures a TLS context with them and starts WssServer with TLS; .NET's
    /// ClientWebSocket, trusting exactly that certificate, talks to it over the module's TLS server socket.
    /// A plain ws:// client and a TLS client that rejects the certificate each fail their connection and
    /// raise SslFailed once for their slot, which is freed; the other clients are not disturbed.
    /// </summary>
    [TestClass]
    public sealed class WssTlsEndToEndTests
    {
        private const string CertificateName = "WssServerCert";
        private const string KeyName = "WssServerKey";

        private static readonly Lazy<FirmwareTlsTests.Pki> s_pki = new Lazy<FirmwareTlsTests.Pki>(() => new FirmwareTlsTests.Pki());

        /// <summary>A WssServer over TLS, set up as an application would: upload, context, TLS_CONFIG, Initialize.</summary>
        private static WssHarness StartTlsServer(List<(WssEvent Event, int Client, object Data)> failures, int maxClients = 4)
        {
            var h = new WssHarness(
                c =>
                {
                    c.IsTlsEnabled = true;
                    c.MaxClients = maxClients;
                },
                start: false);
            try
            {
                int context = ConfigureContext(h);
                h.Config.TlsConfigurationIndex = context;
                if (failures != null)
                {
                    h.Application = (e, data, client) =>
                    {
                        if (e == WssEvent.SslFailed || e == WssEvent.Err)
                        {
                            lock (failures)
                            {
                                failures.Add((e, client, data));
                            }
                        }
                    };
                }

                h.Invoke(() => h.Start());
                h.WaitForListener();
                Assert.IsFalse(h.Invoke(() => h.Stack.Net.TlsContextFailed(context)), "the module took the certificate and key" + h.LoopState());
                return h;
            }
            catch
            {
                h.Dispose();
                throw;
            }
        }

        /// <summary>Uploads the certificate and key, opens a TLS context with them and PEER_AUTH off; returns the handle.</summary>
        private static int ConfigureContext(WssHarness h)
        {
            FirmwareTlsTests.Pki pki = s_pki.Value;
            var files = new WincFiles(h.Stack.Driver);
            Upload(h, files, FsFileType.Certificate, CertificateName, pki.ServerPem);
            Upload(h, files, FsFileType.PrivateKey, KeyName, pki.ServerKeyPem);
            int context = h.Invoke(() =>
            {
                int[] handle = new int[1];
                Assert.AreEqual(WincsResult.Pass, h.Stack.Net.SockSrvCtrl(NetSockService.OpenTlsCtx, handle));
                var p = new NetTlsSocParams
                {
                    TlsPeerAuth = false,
                    TlsCertificate = CertificateName,
                    TlsKeyName = KeyName,
                    TlsHandle = handle[0],
                };
                Assert.AreEqual(WincsResult.Pass, h.Stack.Net.SockSrvCtrl(NetSockService.TlsConfig, p));
                return handle[0];
            });

            // PEER_AUTH is on by default in the module and TLS_CONFIG sends it only with a CA (as
            // Harmony does): a server without client certificates turns it off through the driver
            RequestResult? peerAuth = null;
            h.Invoke(() => Assert.AreEqual(DriverStatus.Ok, h.Stack.Net.Tls.TlsCtxCACertFileSet(context, null, false, (source, r, status) => peerAuth = r)));
            h.WaitUntil(() => peerAuth.HasValue, "PEER_AUTH off");
            Assert.AreEqual(RequestResult.Ok, peerAuth.Value);
            return context;
        }

        private static void Upload(WssHarness h, WincFiles files, FsFileType type, string name, string pem)
        {
            byte[] content = Encoding.ASCII.GetBytes(pem);
            RequestResult? result = null;
            h.Invoke(() => Assert.AreEqual(DriverStatus.Ok, files.FileLoad(type, name, content, 0, content.Length, (source, r, status) => result = r)));
            h.WaitUntil(() => result.HasValue, "upload of " + name);
            Assert.AreEqual(RequestResult.Ok, result.Value, "upload of " + name);
        }

        /// <summary>A client that trusts the test server certificate only (by thumbprint) and counts its checks.</summary>
        private static ClientWebSocket TrustingClient(int[] checks)
        {
            string thumbprint = s_pki.Value.Server.Thumbprint;
            var ws = new ClientWebSocket();
            ws.Options.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
            {
                Interlocked.Increment(ref checks[0]);
                return certificate != null && certificate.GetCertHashString() == thumbprint;
            };
            return ws;
        }

        private static void Connect(WssHarness h, ClientWebSocket ws, string path, CancellationToken token)
        {
            try
            {
                ws.ConnectAsync(new Uri("wss://127.0.0.1:" + h.HostPort + path), token).GetAwaiter().GetResult();
            }
            catch (WebSocketException ex)
            {
                Assert.Fail("wss connect failed: " + ex.Message + " / " + ex.InnerException?.InnerException?.Message + h.LoopState());
            }
        }

        private static (WebSocketMessageType Type, byte[] Data) Receive(ClientWebSocket ws, byte[] buffer, CancellationToken token)
        {
            int length = 0;
            WebSocketReceiveResult r;
            do
            {
                r = ws.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), token).GetAwaiter().GetResult();
                length += r.Count;
            }
            while (!r.EndOfMessage);
            return (r.MessageType, buffer.AsSpan(0, length).ToArray());
        }

        private static void Echo(ClientWebSocket ws, byte[] message, WebSocketMessageType type, byte[] buffer, CancellationToken token)
        {
            ws.SendAsync(message, type, true, token).GetAwaiter().GetResult();
            var echo = Receive(ws, buffer, token);
            Assert.AreEqual(type, echo.Type, type + " of " + message.Length);
            CollectionAssert.AreEqual(message, echo.Data, type + " of " + message.Length);
        }

        private static int ConnectedSlot(WssHarness h, int nth)
        {
            return h.Events().Where(e => e.Event == WssEvent.ClientConnected).Skip(nth).First().Client;
        }

        [TestMethod]
        public void WssClientExchangesTextAndBinaryPingsAndClosesCleanly()
        {
            var failures = new List<(WssEvent Event, int Client, object Data)>();
            using WssHarness h = StartTlsServer(failures);
            Assert.AreEqual(64 * 1024, h.Config.MaxMessageSize);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            int[] checks = new int[1];
            using ClientWebSocket ws = TrustingClient(checks);
            ws.Options.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
            ws.Options.KeepAliveTimeout = TimeSpan.FromSeconds(3);
            Connect(h, ws, "/tls", cts.Token);
            Assert.AreEqual(1, Volatile.Read(ref checks[0]), "the client checked the module's certificate once");
            Assert.AreEqual(WebSocketState.Open, ws.State);

            byte[] buffer = new byte[128 * 1024];
            foreach (int n in new[] { 0, 125, 64 * 1024 })
            {
                byte[] text = Encoding.UTF8.GetBytes(WssInteropTests.Text(n));
                Assert.AreEqual(n, text.Length);
                Echo(ws, text, WebSocketMessageType.Text, buffer, cts.Token);
                Echo(ws, WssInteropTests.Binary(n), WebSocketMessageType.Binary, buffer, cts.Token);
            }

            // the server's ping is answered by the client, the client's keep-alive pings by the server
            int slot = ConnectedSlot(h, 0);
            var pending = ws.ReceiveAsync(new ArraySegment<byte>(buffer), cts.Token);
            byte[] body = Encoding.ASCII.GetBytes("over tls");
            Assert.AreEqual(WssResult.Success, h.Invoke(() => h.Server.PingClient(body, 0, body.Length, slot)));
            h.WaitUntil(() => h.Count(WssEvent.ClientPongRx) == 1, "the client's pong");
            h.WaitUntil(() => h.Count(WssEvent.ClientPingRx) >= 3, "three keep-alive pings from the client");
            Assert.AreEqual(WebSocketState.Open, ws.State);
            Assert.IsFalse(pending.IsCompleted);

            ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "tls done", cts.Token).GetAwaiter().GetResult();
            WebSocketReceiveResult closing = pending.GetAwaiter().GetResult();
            Assert.AreEqual(WebSocketMessageType.Close, closing.MessageType);
            Assert.AreEqual(WebSocketState.Closed, ws.State);
            Assert.AreEqual(WebSocketCloseStatus.NormalClosure, ws.CloseStatus);
            h.WaitUntil(() => h.Count(WssEvent.ClientClosed) == 1, "CLIENT_CLOSED");

            var events = h.Events();
            Assert.AreEqual(0, h.EchoFailures, h.LoopState());
            Assert.AreEqual(3, events.Count(e => e.Event == WssEvent.ClientTxtDataRx), h.LoopState());
            Assert.AreEqual(3, events.Count(e => e.Event == WssEvent.ClientBinDataRx), h.LoopState());
            Assert.IsTrue(events.Any(e => e.Event == WssEvent.ClientCloseFrameRx && e.Code == 1000 && e.Client == slot), "the client closed with 1000" + h.LoopState());
            Assert.AreEqual(1, events.Count(e => e.Event == WssEvent.ClientConnecting));
            Assert.AreEqual(1, events.Count(e => e.Event == WssEvent.ClientConnected));
            Assert.AreEqual(0, failures.Count, "no SSL_FAILED or ERR" + h.LoopState());
            Assert.AreEqual(WssState.Closed, h.Invoke(() => h.Server.GetClientState(slot)));
        }

        [TestMethod]
        public void APlainClientAndAClientRejectingTheCertificateRaiseSslFailedOnceAndNobodyElseIsDisturbed()
        {
            var failures = new List<(WssEvent Event, int Client, object Data)>();
            using WssHarness h = StartTlsServer(failures);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            byte[] buffer = new byte[8192];
            int[] checks = new int[1];
            using ClientWebSocket first = TrustingClient(checks);
            Connect(h, first, "/first", cts.Token);
            Echo(first, Encoding.UTF8.GetBytes("before"), WebSocketMessageType.Text, buffer, cts.Token);
            int firstSlot = ConnectedSlot(h, 0);

            // a ws:// client speaks plain HTTP to the TLS port: the module's handshake fails on its request,
            // the connection closes without an answer (ClientWebSocket itself would retry the request on
            // new connections, so the upgrade request goes over one raw socket)
            using (var plain = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 5000 })
            {
                plain.Connect(IPAddress.Loopback, h.HostPort);
                plain.Send(Encoding.ASCII.GetBytes("GET /plain HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
                int received;
                try
                {
                    received = plain.Receive(new byte[512]);
                }
                catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
                {
                    received = 0;
                }

                Assert.AreEqual(0, received, "no 101 (nor anything else) over plain TCP");
            }

            h.WaitUntil(() => h.Count(WssEvent.SslFailed) == 1 && h.Count(WssEvent.ClientClosed) == 1, "SSL_FAILED and CLIENT_CLOSED of the plain client");
            int plainSlot = failures[0].Client;
            AssertFailedOnce(h, failures, 0, plainSlot, firstSlot);

            // a TLS client that does not trust the module's certificate refuses it during the handshake
            // with a fatal bad_certificate alert, as OpenSSL and browsers do (.NET's SslStream on Linux
            // checks only after its Finished, when the module's handshake has already succeeded)
            byte[] seen = RejectingTlsClient(h.HostPort);
            CollectionAssert.AreEqual(s_pki.Value.Server.RawData, seen, "the module presented the uploaded certificate");
            h.WaitUntil(() => h.Count(WssEvent.SslFailed) == 2 && h.Count(WssEvent.ClientClosed) == 2, "SSL_FAILED and CLIENT_CLOSED of the rejecting client");
            AssertFailedOnce(h, failures, 1, failures[1].Client, firstSlot);

            // the first client still talks, and a new trusting client gets a freed slot and works
            Echo(first, Encoding.UTF8.GetBytes("after"), WebSocketMessageType.Text, buffer, cts.Token);
            using ClientWebSocket second = TrustingClient(checks);
            Connect(h, second, "/second", cts.Token);
            Echo(second, WssInteropTests.Binary(4000), WebSocketMessageType.Binary, buffer, cts.Token);
            Echo(first, WssInteropTests.Binary(300), WebSocketMessageType.Binary, buffer, cts.Token);
            int secondSlot = ConnectedSlot(h, 1);
            Assert.AreNotEqual(firstSlot, secondSlot);
            Assert.AreEqual(WssState.Connected, h.Invoke(() => h.Server.GetClientState(firstSlot)));
            Assert.AreEqual(WssState.Connected, h.Invoke(() => h.Server.GetClientState(secondSlot)));
            Assert.AreEqual(2, Volatile.Read(ref checks[0]), "each trusting client checked the certificate once");

            first.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token).GetAwaiter().GetResult();
            second.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token).GetAwaiter().GetResult();
            h.WaitUntil(() => h.Count(WssEvent.ClientClosed) == 4, "both good clients closed");
            var events = h.Events();
            Assert.AreEqual(2, h.Count(WssEvent.SslFailed), h.LoopState());
            Assert.AreEqual(0, h.Count(WssEvent.Err), h.LoopState());
            Assert.AreEqual(2, events.Count(e => e.Event == WssEvent.ClientCloseFrameRx && e.Code == 1000), h.LoopState());
            Assert.AreEqual(0, h.EchoFailures, h.LoopState());
            h.WaitAllClosed();
        }

        [TestMethod]
        public void AClientBeyondTheMaximumGets503OverTlsWhileTheConnectedOneKeepsWorking()
        {
            var failures = new List<(WssEvent Event, int Client, object Data)>();
            using WssHarness h = StartTlsServer(failures, maxClients: 1);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            byte[] buffer = new byte[8192];
            int[] checks = new int[1];
            using ClientWebSocket first = TrustingClient(checks);
            Connect(h, first, "/first", cts.Token);
            Echo(first, Encoding.UTF8.GetBytes("one"), WebSocketMessageType.Text, buffer, cts.Token);

            // the page goes out once the module's handshake with the extra client is done, encrypted
            string response = null;
            using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 5000 })
            {
                socket.Connect(IPAddress.Loopback, h.HostPort);
                using var ssl = new SslStream(new NetworkStream(socket, false), false, (sender, certificate, chain, errors) => certificate.GetCertHashString() == s_pki.Value.Server.Thumbprint);
                ssl.AuthenticateAsClient(new SslClientAuthenticationOptions { TargetHost = "server.test", EnabledSslProtocols = System.Security.Authentication.SslProtocols.Tls12 });
                var got = new MemoryStream();
                byte[] chunk = new byte[512];
                int n;
                while ((n = ssl.Read(chunk, 0, chunk.Length)) > 0)
                {
                    got.Write(chunk, 0, n);
                }

                response = Encoding.ASCII.GetString(got.ToArray());
            }

            Assert.AreEqual("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 25\r\n\r\n503 Service Unavailable\r\n", response, h.LoopState());
            Assert.AreEqual(1, h.Invoke(() => h.Server.RejectedClients));
            Echo(first, Encoding.UTF8.GetBytes("still here"), WebSocketMessageType.Text, buffer, cts.Token);
            Assert.AreEqual(1, h.Count(WssEvent.ClientConnecting), "the rejected client never had a slot");
            Assert.AreEqual(0, h.Count(WssEvent.ClientClosed));
            Assert.AreEqual(0, failures.Count, h.LoopState());
            first.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token).GetAwaiter().GetResult();
            h.WaitUntil(() => h.Count(WssEvent.ClientClosed) == 1, "CLIENT_CLOSED");
        }

        [TestMethod]
        public void WithoutAnOpenTlsContextInitializeFailsWithSockOpenFailedAndSucceedsOnceTheContextIsThere()
        {
            using var h = new WssHarness(
                c =>
                {
                    c.IsTlsEnabled = true;
                    c.TlsConfigurationIndex = 1;
                },
                start: false);
            var events = new List<(WssEvent Event, object Data, int Client)>();

            // context 1 is not open: the net service refuses the TLS listener at once
            WssResult result = h.Invoke(() => h.Server.Initialize(h.Config, (e, d, client, cookie) => events.Add((e, d, client)), null));
            Assert.AreEqual(WssResult.Failure, result);
            Assert.AreEqual(1, events.Count);
            Assert.AreEqual((WssEvent.SockOpenFailed, (object)null, -1), events[0]);
            Assert.IsFalse(h.Invoke(() => h.Server.IsListening));
            Assert.IsFalse(h.Stack.Firmware.TryGetHostEndPoint(h.Config.Port, false, out _), "no socket listens in the module");

            // the application configures the context and starts again: wss works
            Assert.AreEqual(1, ConfigureContext(h));
            h.Invoke(() => h.Start());
            h.WaitForListener();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            int[] checks = new int[1];
            using ClientWebSocket ws = TrustingClient(checks);
            Connect(h, ws, "/late", cts.Token);
            Echo(ws, Encoding.UTF8.GetBytes("late but secure"), WebSocketMessageType.Text, new byte[256], cts.Token);
            ws.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token).GetAwaiter().GetResult();
            h.WaitUntil(() => h.Count(WssEvent.ClientClosed) == 1, "CLIENT_CLOSED");
            Assert.AreEqual(0, h.Count(WssEvent.SockOpenFailed) + h.Count(WssEvent.SslFailed) + h.Count(WssEvent.Err), h.LoopState());
            Assert.AreEqual(1, events.Count, "the first callback is no longer used");
        }

        /// <summary>
        /// A TLS 1.2 client that sends its ClientHello, reads the server's flight up to ServerHelloDone and
        /// answers the certificate with a fatal bad_certificate alert. Returns the server's leaf certificate.
        /// </summary>
        private static byte[] RejectingTlsClient(int port)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 5000 };
            socket.Connect(IPAddress.Loopback, port);
            var hello = new List<byte> { 0x03, 0x03 };
            hello.AddRange(RandomNumberGenerator.GetBytes(32));
            hello.Add(0);
            hello.AddRange(new byte[] { 0x00, 0x08, 0xC0, 0x2B, 0xC0, 0x2C, 0xC0, 0x2F, 0xC0, 0x30 });
            hello.AddRange(new byte[] { 0x01, 0x00 });
            byte[] extensions =
            {
                0x00, 0x0A, 0x00, 0x04, 0x00, 0x02, 0x00, 0x17,
                0x00, 0x0B, 0x00, 0x02, 0x01, 0x00,
                0x00, 0x0D, 0x00, 0x08, 0x00, 0x06, 0x04, 0x03, 0x08, 0x04, 0x04, 0x01,
                0xFF, 0x01, 0x00, 0x01, 0x00,
            };
            hello.Add((byte)(extensions.Length >> 8));
            hello.Add((byte)extensions.Length);
            hello.AddRange(extensions);
            var handshake = new List<byte> { 0x01, 0, (byte)(hello.Count >> 8), (byte)hello.Count };
            handshake.AddRange(hello);
            var record = new List<byte> { 0x16, 0x03, 0x01, (byte)(handshake.Count >> 8), (byte)handshake.Count };
            record.AddRange(handshake);
            socket.Send(record.ToArray());

            var messages = new List<byte>();
            byte[] certificate = null;
            while (true)
            {
                byte[] header = ReadExactly(socket, 5);
                byte[] body = ReadExactly(socket, (header[3] << 8) | header[4]);
                Assert.AreEqual(0x16, header[0], "a handshake record from the module");
                messages.AddRange(body);
                bool done = false;
                while (messages.Count >= 4)
                {
                    int length = (messages[1] << 16) | (messages[2] << 8) | messages[3];
                    if (messages.Count < 4 + length)
                    {
                        break;
                    }

                    byte type = messages[0];
                    if (type == 11)
                    {
                        // certificate_list<3>, first entry<3>: the leaf
                        int leaf = (messages[7] << 16) | (messages[8] << 8) | messages[9];
                        certificate = messages.GetRange(10, leaf).ToArray();
                    }

                    messages.RemoveRange(0, 4 + length);
                    done |= type == 14;
                }

                if (done)
                {
                    break;
                }
            }

            Assert.IsNotNull(certificate, "the module sent its certificate");
            socket.Send(new byte[] { 0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x2A });
            socket.Shutdown(SocketShutdown.Send);
            int received;
            try
            {
                received = socket.Receive(new byte[64]);
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
            {
                received = 0;
            }

            Assert.AreEqual(0, received, "the module drops the connection");
            return certificate;
        }

        private static byte[] ReadExactly(Socket socket, int count)
        {
            byte[] buffer = new byte[count];
            int got = 0;
            while (got < count)
            {
                int n = socket.Receive(buffer, got, count - got, SocketFlags.None);
                Assert.IsTrue(n > 0, "the module closed during its handshake flight");
                got += n;
            }

            return buffer;
        }

        /// <summary>Failure <paramref name="index"/>: SSL_FAILED with the TLS error for <paramref name="slot"/>, after CLIENT_CONNECTING and before CLIENT_CLOSED, once.</summary>
        private static void AssertFailedOnce(WssHarness h, List<(WssEvent Event, int Client, object Data)> failures, int index, int slot, int other)
        {
            lock (failures)
            {
                Assert.AreEqual(index + 1, failures.Count, h.LoopState());
                Assert.AreEqual(WssEvent.SslFailed, failures[index].Event);
                Assert.AreEqual(slot, failures[index].Client);
                Assert.IsInstanceOfType<NetSockError>(failures[index].Data);
                Assert.AreEqual(NetSockError.TlsFailed, (NetSockError)failures[index].Data);
            }

            Assert.AreNotEqual(other, slot, "the failing client got its own slot");
            Assert.AreEqual(WssState.Closed, h.Invoke(() => h.Server.GetClientState(slot)), "the slot is free again");

            // this connection's events on its slot, from its CLIENT_CONNECTING on
            var events = h.Events();
            int start = events.FindLastIndex(e => e.Event == WssEvent.ClientConnecting && e.Client == slot);
            Assert.IsTrue(start >= 0, h.LoopState());
            WssEvent[] mine = events.Skip(start).Where(e => e.Client == slot).Select(e => e.Event).ToArray();
            CollectionAssert.AreEqual(new[] { WssEvent.ClientConnecting, WssEvent.SslFailed, WssEvent.ClientClosed }, mine, h.LoopState());
            Assert.IsFalse(events.Any(e => e.Client == other && (e.Event == WssEvent.SslFailed || e.Event == WssEvent.Err || e.Event == WssEvent.ClientClosed || e.Event == WssEvent.ClientClosing)), "the connected client is not disturbed" + h.LoopState());
        }
    }
}
