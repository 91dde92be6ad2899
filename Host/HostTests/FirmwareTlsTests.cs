// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator.Firmware;
using static nanoWincs.Host.Tests.FirmwareTestWire;

namespace nanoWincs.Host.Tests
{
    /// <summary>File store (FS/FSTSFR) and TLS client/server handshakes with certificates generated at test time.</summary>
    [TestClass]
    public sealed class FirmwareTlsTests
    {
        private static readonly Lazy<Pki> Shared = new Lazy<Pki>(() => new Pki());

        /// <summary>Uploads a file through FS LOAD and 128-byte FSTSFR blocks, checking every acknowledgement.</summary>
        internal static void Upload(FirmwareHarness h, int type, string name, byte[] content)
        {
            Message load = h.Ok(CommandId.Fs, Param.U8(1), Param.U8(type), Param.Str(name), Param.U16(content.Length)).Single;
            Assert.AreEqual(1, load[0].Signed);
            int handle = (int)load[1].Unsigned;
            int block = 1;
            for (int at = 0; at < content.Length; at += 128, block++)
            {
                int n = Math.Min(128, content.Length - at);
                Message ack = h.Ok(CommandId.Fstsfr, Param.U16(handle), Param.U8(block), Param.Bytes(content.AsSpan(at, n).ToArray())).Single;
                Assert.AreEqual(handle, (int)ack[0].Unsigned);
                Assert.AreEqual(block, (int)ack[1].Unsigned);
                Assert.AreEqual(content.Length - at - n, (int)ack[2].Unsigned, "bytes remaining");
            }
        }

        private static void ClientConf(FirmwareHarness h, int conf, string caName, string domain)
        {
            h.Ok(CommandId.Tlsc, Param.U8(conf), Param.U32(1), Param.Str(caName));
            h.Ok(CommandId.Tlsc, Param.U8(conf), Param.U32(40), Param.Bool(true));
            h.Ok(CommandId.Tlsc, Param.U8(conf), Param.U32(6), Param.Str(domain));
            h.Ok(CommandId.Tlsc, Param.U8(conf), Param.U32(41), Param.Bool(true));
            h.Ok(CommandId.Tlsc, Param.U8(conf), Param.U32(5), Param.Str(domain));
        }

        [TestMethod]
        public void FileStoreUploadListReadBackDeleteAndLimits()
        {
            var options = new FirmwareOptions { FileStoreCapacity = 4000, FileStoreHandles = 4 };
            using var h = new FirmwareHarness(options);
            byte[] content = FirmwareSocketTests.Pattern(891, 42);
            Upload(h, 1, "ExampleCert", content);
            CollectionAssert.AreEqual(content, h.Firmware.Files.Read(1, "ExampleCert"));
            Message list = h.Ok(CommandId.Fs, Param.U8(2), Param.U8(1)).Single;
            CollectionAssert.AreEqual(Hex("0700 0021 03 | 02 03 0001 02 000000 | 02 03 0001 01 000000 | 05 01 000B 4578616D706C6543657274 00 | 0000"), list.Raw.Skip(5).ToArray());
            Message info = h.Ok(CommandId.Fs, Param.U8(4)).Single;
            Assert.AreEqual(4000 - 891, (int)info[1].Unsigned);
            Assert.AreEqual(3, (int)info[2].Unsigned);

            Message store = h.Ok(CommandId.Fs, Param.U8(5), Param.U8(1), Param.Str("ExampleCert")).Single;
            Assert.AreEqual(5, store[0].Signed);
            int handle = (int)store[1].Unsigned;
            Message report = h.Ok(CommandId.Fstsfr, Param.U16(handle)).Single;
            Assert.AreEqual(0, report[1].Unsigned);
            Assert.AreEqual(891, report[2].Unsigned);
            var back = new List<byte>();
            for (int block = 1; back.Count < 891; block++)
            {
                Message part = h.Ok(CommandId.Fstsfr, Param.U16(handle), Param.U8(block), Param.U16(128)).Single;
                Assert.AreEqual(891 - back.Count - part[3].Data.Length, (int)part[2].Unsigned);
                back.AddRange(part[3].Data);
            }

            CollectionAssert.AreEqual(content, back.ToArray());

            Assert.AreEqual(StatusCode.FileExists, h.Command(CommandId.Fs, Param.U8(1), Param.U8(1), Param.Str("ExampleCert"), Param.U16(10)).Status);
            Assert.AreEqual(StatusCode.FileCreateFailed, h.Command(CommandId.Fs, Param.U8(1), Param.U8(2), Param.Str("Big"), Param.U16(3500)).Status);
            Assert.AreEqual(StatusCode.InvalidFileType, h.Command(CommandId.Fs, Param.U8(2), Param.U8(9)).Status);
            int key = (int)h.Ok(CommandId.Fs, Param.U8(1), Param.U8(2), Param.Str("Key"), Param.U16(200)).Single[1].Unsigned;
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Fstsfr, Param.U16(key), Param.U8(2), Param.Bytes(new byte[128])).Status, "blocks are numbered from 1");

            h.Ok(CommandId.Rst);
            h.ExpectAec(AecId.Boot);
            Assert.AreEqual(1, h.Ok(CommandId.Fs, Param.U8(2), Param.U8(1)).Responses.Count, "the file store is flash: it survives a reset");
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Fstsfr, Param.U16(key), Param.U8(1), Param.Bytes(new byte[128])).Status, "transfers do not survive a reset");
            h.Ok(CommandId.Fs, Param.U8(3), Param.U8(1), Param.Str("ExampleCert"));
            Assert.AreEqual(StatusCode.FileNotFound, h.Command(CommandId.Fs, Param.U8(3), Param.U8(1), Param.Str("ExampleCert")).Status);
            Assert.AreEqual(0, h.Ok(CommandId.Fs, Param.U8(2), Param.U8(1)).Responses.Count);
        }

        [TestMethod]
        public void TlsClientTrustsAnUploadedCaAndSendsSni()
        {
            Pki pki = Shared.Value;
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            h.ConnectStation();
            Upload(h, 1, "RootCA", Encoding.ASCII.GetBytes(pki.CaPem));
            ClientConf(h, 1, "RootCA", "server.test");
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                ushort id = FirmwareSocketTests.Open(h, 2);
                FirmwareSocketTests.Acked(h, id);
                h.Ok(CommandId.Socktls, Param.U16(id), Param.U8(1));
                Task<TcpClient> accept = listener.AcceptTcpClientAsync();
                h.Ok(CommandId.Sockbr, Param.U16(id), Param.Ip("127.0.0.1"), Param.U16(((IPEndPoint)listener.LocalEndpoint).Port));
                Assert.IsTrue(accept.Wait(FirmwareHarness.Wait));
                using TcpClient peer = accept.Result;
                string sni = null;
                using var ssl = new SslStream(peer.GetStream());
                Task handshake = ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificateSelectionCallback = (sender, name) =>
                    {
                        sni = name;
                        return pki.Server;
                    },
                });
                Assert.AreEqual(id, (ushort)h.ExpectAec(AecId.Sockind)[0].Unsigned);
                Assert.IsTrue(handshake.Wait(FirmwareHarness.Wait), "server side handshake");
                CollectionAssert.AreEqual(Hex("03 0E04 0000 0E04 0009 01 | 02 02 0002 " + id.ToString("X4") + " 0000 | 0000"), h.ExpectAec(AecId.Socktls).Raw);
                Assert.AreEqual("server.test", sni);

                h.Ok(CommandId.Sockwr, Param.U16(id), Param.U16(5), Param.I32(0), Param.Bytes(Encoding.ASCII.GetBytes("hello")));
                Assert.AreEqual("hello", Encoding.ASCII.GetString(FirmwareSocketTests.ReadExactly(ssl, 5)));
                byte[] reply = FirmwareSocketTests.Pattern(3000, 77);
                ssl.Write(reply);
                ushort seq = 0;
                CollectionAssert.AreEqual(reply, FirmwareSocketTests.ReceiveAcked(h, id, reply.Length, ref seq, 1498));
            }
            finally
            {
                listener.Stop();
            }
        }

        [TestMethod]
        public void TlsClientFailsCleanlyWithTheWrongCa()
        {
            Pki pki = Shared.Value;
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            h.ConnectStation();
            Upload(h, 1, "OtherCA", Encoding.ASCII.GetBytes(pki.OtherCaPem));
            ClientConf(h, 1, "OtherCA", "server.test");
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                ushort id = FirmwareSocketTests.Open(h, 2);
                h.Ok(CommandId.Socktls, Param.U16(id), Param.U8(1));
                Task<TcpClient> accept = listener.AcceptTcpClientAsync();
                h.Ok(CommandId.Sockbr, Param.U16(id), Param.Ip("127.0.0.1"), Param.U16(((IPEndPoint)listener.LocalEndpoint).Port));
                Assert.IsTrue(accept.Wait(FirmwareHarness.Wait));
                using TcpClient peer = accept.Result;
                using var ssl = new SslStream(peer.GetStream());
                Task handshake = ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = pki.Server });
                h.ExpectAec(AecId.Sockind);
                CollectionAssert.AreEqual(Hex("03 1100 0000 1100 0011 02 | 02 03 0001 01 000000 | 01 02 0002 1101 0000 | 0000"), h.ExpectAec(AecId.Tlserr).Raw);
                Message err = h.ExpectAec(AecId.Sockerr);
                Assert.AreEqual(id, (ushort)err[0].Unsigned);
                Assert.AreEqual(StatusCode.SocketTlsFailed, err[1].Unsigned);
                h.ExpectAec(AecId.Sockcl);
                int read;
                try
                {
                    Task<int> pending = handshake.ContinueWith(_ => ssl.Read(new byte[16], 0, 16));
                    Assert.IsTrue(pending.Wait(FirmwareHarness.Wait), "the module must drop the connection");
                    read = pending.Result;
                }
                catch (AggregateException)
                {
                    read = 0;
                }

                Assert.AreEqual(0, read, "no data after a refused handshake");
                h.Ok(CommandId.Sockcl, Param.U16(id));
            }
            finally
            {
                listener.Stop();
            }
        }

        [TestMethod]
        public void TlsConfigurationProblemsAreReportedBeforeAnyHandshake()
        {
            Pki pki = Shared.Value;
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            h.ConnectStation();
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                ushort id = FirmwareSocketTests.Open(h, 2);
                h.Ok(CommandId.Tlsc, Param.U8(3), Param.U32(1), Param.Str("Missing"));
                h.Ok(CommandId.Socktls, Param.U16(id), Param.U8(3));
                h.Ok(CommandId.Sockbr, Param.U16(id), Param.Ip("127.0.0.1"), Param.U16(((IPEndPoint)listener.LocalEndpoint).Port));
                h.ExpectAec(AecId.Sockind);
                Message err = h.ExpectAec(AecId.Tlserr);
                Assert.AreEqual(3, err[0].Signed);
                Assert.AreEqual(StatusCode.TlsCaCertMissing, err[1].Unsigned);
                h.ExpectAec(AecId.Sockerr);
                h.ExpectAec(AecId.Sockcl);
                Assert.AreEqual(StatusCode.SocketInvalidProtocol, h.Command(CommandId.Socktls, Param.U16(FirmwareSocketTests.Open(h, 1)), Param.U8(1)).Status);
                Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Tlsc, Param.U8(5), Param.U32(1), Param.Str("x")).Status);
            }
            finally
            {
                listener.Stop();
            }
        }

        [TestMethod]
        public void TlsServerSocketHandshakesWithAHostClient()
        {
            Pki pki = Shared.Value;
            FirmwareOptions options = FirmwareHarness.WithHomeNetwork();
            options.ListenPortMap[443] = 0;
            using var h = new FirmwareHarness(options);
            h.ConnectStation();
            Upload(h, 1, "ServerChain", Encoding.ASCII.GetBytes(pki.ServerPem));
            Upload(h, 2, "ServerKey", Encoding.ASCII.GetBytes(pki.ServerKeyPem));
            h.Ok(CommandId.Tlsc, Param.U8(2), Param.U32(2), Param.Str("ServerChain"));
            h.Ok(CommandId.Tlsc, Param.U8(2), Param.U32(3), Param.Str("ServerKey"));
            h.Ok(CommandId.Tlsc, Param.U8(2), Param.U32(40), Param.Bool(false));
            ushort server = FirmwareSocketTests.Open(h, 2);
            FirmwareSocketTests.Acked(h, server);
            h.Ok(CommandId.Socktls, Param.U16(server), Param.U8(2));
            h.Ok(CommandId.Sockbl, Param.U16(server), Param.U16(443));
            Assert.IsTrue(h.Firmware.TryGetHostEndPoint(443, false, out IPEndPoint endPoint));
            using var client = new TcpClient();
            client.Connect(endPoint);
            using var ssl = new SslStream(client.GetStream(), false, (sender, certificate, chain, errors) => pki.Trusts(certificate));
            Task handshake = ssl.AuthenticateAsClientAsync("server.test");
            ushort id = (ushort)h.ExpectAec(AecId.Sockind)[0].Unsigned;
            Assert.AreNotEqual(server, id);
            Assert.IsTrue(handshake.Wait(FirmwareHarness.Wait), "client side handshake");
            Assert.AreEqual(id, (ushort)h.ExpectAec(AecId.Socktls)[0].Unsigned);
            ssl.Write(Encoding.ASCII.GetBytes("ping"));
            ushort seq = 0;
            Assert.AreEqual("ping", Encoding.ASCII.GetString(FirmwareSocketTests.ReceiveAcked(h, id, 4, ref seq, 1498)));
            h.Ok(CommandId.Sockwr, Param.U16(id), Param.U16(4), Param.I32(0), Param.Bytes(Encoding.ASCII.GetBytes("pong")));
            Assert.AreEqual("pong", Encoding.ASCII.GetString(FirmwareSocketTests.ReadExactly(ssl, 4)));
        }

        [TestMethod]
        public void MutualTlsPresentsAndRequiresClientCertificates()
        {
            Pki pki = Shared.Value;
            FirmwareOptions options = FirmwareHarness.WithHomeNetwork();
            options.ListenPortMap[8443] = 0;
            using var h = new FirmwareHarness(options);
            h.ConnectStation();
            Upload(h, 1, "RootCA", Encoding.ASCII.GetBytes(pki.CaPem));
            Upload(h, 1, "Device", Encoding.ASCII.GetBytes(pki.ServerPem));
            Upload(h, 2, "DeviceKey", Encoding.ASCII.GetBytes(pki.ServerKeyPem));
            ClientConf(h, 1, "RootCA", "server.test");
            h.Ok(CommandId.Tlsc, Param.U8(1), Param.U32(2), Param.Str("Device"));
            h.Ok(CommandId.Tlsc, Param.U8(1), Param.U32(3), Param.Str("DeviceKey"));

            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                ushort id = FirmwareSocketTests.Open(h, 2);
                h.Ok(CommandId.Socktls, Param.U16(id), Param.U8(1));
                Task<TcpClient> accept = listener.AcceptTcpClientAsync();
                h.Ok(CommandId.Sockbr, Param.U16(id), Param.Ip("127.0.0.1"), Param.U16(((IPEndPoint)listener.LocalEndpoint).Port));
                Assert.IsTrue(accept.Wait(FirmwareHarness.Wait));
                using TcpClient peer = accept.Result;
                X509Certificate presented = null;
                using var ssl = new SslStream(peer.GetStream(), false, (sender, certificate, chain, errors) =>
                {
                    presented = certificate;
                    return certificate != null && pki.Trusts(certificate);
                });
                Task handshake = ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = pki.Server, ClientCertificateRequired = true });
                h.ExpectAec(AecId.Sockind);
                Assert.IsTrue(handshake.Wait(FirmwareHarness.Wait), "server accepted the module's client certificate");
                h.ExpectAec(AecId.Socktls);
                Assert.IsNotNull(presented);
                Assert.AreEqual("CN=server.test", presented.Subject);
                ssl.Dispose();
                peer.Dispose();
                Assert.AreEqual(id, (ushort)h.ExpectAec(AecId.Sockcl)[0].Unsigned, "peer closed");
            }
            finally
            {
                listener.Stop();
            }

            h.Ok(CommandId.Tlsc, Param.U8(2), Param.U32(1), Param.Str("RootCA"));
            h.Ok(CommandId.Tlsc, Param.U8(2), Param.U32(2), Param.Str("Device"));
            h.Ok(CommandId.Tlsc, Param.U8(2), Param.U32(3), Param.Str("DeviceKey"));
            ushort server = FirmwareSocketTests.Open(h, 2);
            h.Ok(CommandId.Socktls, Param.U16(server), Param.U8(2));
            h.Ok(CommandId.Sockbl, Param.U16(server), Param.U16(8443));
            Assert.IsTrue(h.Firmware.TryGetHostEndPoint(8443, false, out IPEndPoint endPoint));
            using (var anonymous = new TcpClient())
            {
                anonymous.Connect(endPoint);
                using var ssl = new SslStream(anonymous.GetStream(), false, (sender, certificate, chain, errors) => pki.Trusts(certificate));
                Task handshake = ssl.AuthenticateAsClientAsync("server.test");
                ushort accepted = (ushort)h.ExpectAec(AecId.Sockind)[0].Unsigned;
                Message err = h.ExpectAec(AecId.Tlserr);
                Assert.AreEqual(2, err[0].Signed);
                Assert.AreEqual(accepted, (ushort)h.ExpectAec(AecId.Sockerr)[0].Unsigned, "a client without certificate is refused when PEER_AUTH is on");
                h.ExpectAec(AecId.Sockcl);
            }

            using var authenticated = new TcpClient();
            authenticated.Connect(endPoint);
            using var mutual = new SslStream(authenticated.GetStream(), false, (sender, certificate, chain, errors) => pki.Trusts(certificate));
            Task ok = mutual.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "server.test",
                ClientCertificates = new X509CertificateCollection { pki.Server },
            });
            ushort second = (ushort)h.ExpectAec(AecId.Sockind)[0].Unsigned;
            Assert.IsTrue(ok.Wait(FirmwareHarness.Wait));
            Assert.AreEqual(second, (ushort)h.ExpectAec(AecId.Socktls)[0].Unsigned);
        }

        [TestMethod]
        public void CipherSuiteListRestrictsTheHandshake()
        {
            Pki pki = Shared.Value;
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            h.ConnectStation();
            Assert.AreEqual(24, h.Ok(CommandId.Tlscsc, Param.U8(1), Param.U32(2)).Responses.Count);
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Tlscsc, Param.U8(1), Param.U32(1), Param.U32(0x1301)).Status, "TLS 1.3 suites are not offered");
            h.Ok(CommandId.Tlscsc, Param.U8(1), Param.U32(1), Param.U32(0xC02C));
            CollectionAssert.AreEqual(Hex("00010000"), h.Ok(CommandId.Tlscsc, Param.U8(1), Param.U32(1)).Single[0].Data);
            Upload(h, 1, "RootCA", Encoding.ASCII.GetBytes(pki.CaPem));
            ClientConf(h, 1, "RootCA", "server.test");
            h.Ok(CommandId.Tlsc, Param.U8(1), Param.U32(7), Param.I32(1));
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                ushort id = FirmwareSocketTests.Open(h, 2);
                h.Ok(CommandId.Socktls, Param.U16(id), Param.U8(1));
                Task<TcpClient> accept = listener.AcceptTcpClientAsync();
                h.Ok(CommandId.Sockbr, Param.U16(id), Param.Ip("127.0.0.1"), Param.U16(((IPEndPoint)listener.LocalEndpoint).Port));
                Assert.IsTrue(accept.Wait(FirmwareHarness.Wait));
                using TcpClient peer = accept.Result;
                using var ssl = new SslStream(peer.GetStream());
                Task handshake = ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = pki.Server });
                h.ExpectAec(AecId.Sockind);
                Assert.IsTrue(handshake.Wait(FirmwareHarness.Wait));
                h.ExpectAec(AecId.Socktls);
                Assert.AreEqual(SslProtocols.Tls12, ssl.SslProtocol);
                Assert.AreEqual(TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, ssl.NegotiatedCipherSuite);
            }
            finally
            {
                listener.Stop();
            }
        }

        /// <summary>A CA, a server certificate it signed (SAN server.test and 127.0.0.1) and an unrelated CA.</summary>
        internal sealed class Pki
        {
            public Pki()
            {
                using ECDsa caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var caRequest = new CertificateRequest("CN=nanoWincs Test Root", caKey, HashAlgorithmName.SHA256);
                caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
                caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
                Ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                CaPem = Ca.ExportCertificatePem();

                using ECDsa otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var otherRequest = new CertificateRequest("CN=Unrelated Root", otherKey, HashAlgorithmName.SHA256);
                otherRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
                OtherCaPem = otherRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1)).ExportCertificatePem();

                ECDsa serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var serverRequest = new CertificateRequest("CN=server.test", serverKey, HashAlgorithmName.SHA256);
                var san = new SubjectAlternativeNameBuilder();
                san.AddDnsName("server.test");
                san.AddIpAddress(IPAddress.Loopback);
                serverRequest.CertificateExtensions.Add(san.Build());
                serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2") }, false));
                byte[] serial = Guid.NewGuid().ToByteArray();
                using X509Certificate2 signed = serverRequest.Create(Ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddMonths(6), serial);
                ServerPem = signed.ExportCertificatePem();
                ServerKeyPem = serverKey.ExportPkcs8PrivateKeyPem();
                Server = X509CertificateLoader.LoadPkcs12(signed.CopyWithPrivateKey(serverKey).Export(X509ContentType.Pkcs12), null);
            }

            public X509Certificate2 Ca { get; }

            public string CaPem { get; }

            public string OtherCaPem { get; }

            public string ServerPem { get; }

            public string ServerKeyPem { get; }

            public X509Certificate2 Server { get; }

            public bool Trusts(X509Certificate certificate)
            {
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                chain.ChainPolicy.CustomTrustStore.Add(Ca);
                return chain.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
            }
        }
    }
}
