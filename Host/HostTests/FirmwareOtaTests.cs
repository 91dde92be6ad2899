// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator.Firmware;
using static nanoWincs.Host.Tests.FirmwareTestWire;

namespace nanoWincs.Host.Tests
{
    /// <summary>OTA download from local HTTP(S) servers, verification, activation and the failure paths.</summary>
    [TestClass]
    public sealed class FirmwareOtaTests
    {
        private static void Configure(FirmwareHarness h, string host, int port, string path, string file, int timeoutSeconds = 5)
        {
            h.Ok(CommandId.Otac, Param.U32(2), Param.Str(host));
            h.Ok(CommandId.Otac, Param.U32(3), Param.U32(port));
            h.Ok(CommandId.Otac, Param.U32(4), Param.Str(path));
            h.Ok(CommandId.Otac, Param.U32(5), Param.Str(file));
            h.Ok(CommandId.Otac, Param.U32(6), Param.U32(timeoutSeconds));
        }

        private static int Download(FirmwareHarness h)
        {
            Message rsp = h.Ok(CommandId.Otadl, Param.U8(1)).Single;
            return (int)rsp[0].Signed;
        }

        private static void ExpectState(FirmwareHarness h, int op, ushort state)
        {
            Message m = h.ExpectAec(AecId.Ota);
            Assert.AreEqual(op, m[0].Signed);
            Assert.AreEqual(1, m[1].Type, "OTA state is a STATUS element");
            Assert.AreEqual(state, (ushort)m[1].Unsigned, "OTA state");
        }

        private static void ExpectError(FirmwareHarness h, int op, ushort status)
        {
            Message m = h.ExpectAec(AecId.Otaerr);
            Assert.AreEqual(op, m[0].Signed);
            Assert.AreEqual(status, (ushort)m[1].Unsigned, "OTAERR code");
        }

        /// <summary>A loopback HTTP/1.1 server answering every request with one canned response.</summary>
        private sealed class TinyHttpServer : IDisposable
        {
            private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
            private readonly CancellationTokenSource _stop = new CancellationTokenSource();

            public TinyHttpServer(int status, byte[] body, FirmwareTlsTests.Pki tls = null, bool silent = false)
            {
                _listener.Start();
                Task.Run(async () =>
                {
                    while (!_stop.IsCancellationRequested)
                    {
                        TcpClient client;
                        try
                        {
                            client = await _listener.AcceptTcpClientAsync(_stop.Token);
                        }
                        catch (Exception)
                        {
                            return;
                        }

                        _ = Task.Run(async () =>
                        {
                            using (client)
                            {
                                Stream stream = client.GetStream();
                                if (tls != null)
                                {
                                    var ssl = new SslStream(stream);
                                    await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = tls.Server });
                                    stream = ssl;
                                }

                                var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, true);
                                RequestLine = await reader.ReadLineAsync();
                                string line;
                                while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
                                {
                                    if (line.StartsWith("Host:", StringComparison.OrdinalIgnoreCase))
                                    {
                                        HostHeader = line.Substring(5).Trim();
                                    }
                                }

                                if (silent)
                                {
                                    await Task.Delay(10000, _stop.Token).ContinueWith(_ => { });
                                    return;
                                }

                                byte[] head = Encoding.ASCII.GetBytes("HTTP/1.1 " + status + " X\r\nContent-Length: " + body.Length + "\r\nConnection: close\r\n\r\n");
                                await stream.WriteAsync(head);
                                await stream.WriteAsync(body);
                                await stream.FlushAsync();
                            }
                        });
                    }
                });
            }

            public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

            public string RequestLine { get; private set; }

            public string HostHeader { get; private set; }

            public void Dispose()
            {
                _stop.Cancel();
                _listener.Stop();
            }
        }

        [TestMethod]
        public void DownloadVerifyAndActivateFromALocalHttpServer()
        {
            byte[] image = FirmwareSocketTests.Pattern(20000, 5);
            using var server = new TinyHttpServer(200, image);
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            h.ConnectStation();
            Configure(h, "127.0.0.1", server.Port, "/firmware/", "wincs02.bin");
            int op = Download(h);
            Assert.AreEqual(1, op);
            ExpectState(h, op, StatusCode.EraseDone);
            ExpectState(h, op, StatusCode.WriteDone);
            ExpectState(h, op, StatusCode.VerifyDone);
            Assert.AreEqual("GET /firmware/wincs02.bin HTTP/1.1", server.RequestLine);
            CollectionAssert.AreEqual(image, h.Firmware.OtaImage);
            Assert.AreEqual(0, h.Ok(CommandId.Di, Param.Frac(15, 1)).Single[4].Signed, "downloaded image is LATENT");

            Message act = h.Ok(CommandId.Otaact).Single;
            Assert.AreEqual(2, act[0].Signed);
            CollectionAssert.AreEqual(Hex("03 0A00 0000 0A00 0011 02 | 02 03 0001 02 000000 | 01 02 0002 0A03 0000 | 0000"), h.ExpectAec(AecId.Ota).Raw);
            Assert.AreEqual(1, h.Ok(CommandId.Di, Param.Frac(15, 1)).Single[4].Signed, "activated image");
            int verify = (int)h.Ok(CommandId.Otavfy).Single[0].Signed;
            ExpectState(h, verify, StatusCode.VerifyDone);
            int invalidate = (int)h.Ok(CommandId.Otainv).Single[0].Signed;
            ExpectState(h, invalidate, StatusCode.InvalidateDone);
            Assert.AreEqual(3, h.Ok(CommandId.Di, Param.Frac(15, 0)).Single[4].Signed, "running image marked for rollback");
        }

        [TestMethod]
        public void ActivatedImageRunsAfterResetWithTheVersionItCarries()
        {
            byte[] image = FirmwareSocketTests.Pattern(3000, 9);
            image[0] = 3;
            image[1] = 4;
            image[2] = 1;
            using var server = new TinyHttpServer(200, image);
            FirmwareOptions options = FirmwareHarness.WithHomeNetwork();
            options.OtaImageVersion = bytes => new Version(bytes[0], bytes[1], bytes[2]);
            using var h = new FirmwareHarness(options);
            h.ConnectStation();
            Configure(h, "127.0.0.1", server.Port, "/", "fw.bin");
            int op = Download(h);
            ExpectState(h, op, StatusCode.EraseDone);
            ExpectState(h, op, StatusCode.WriteDone);
            ExpectState(h, op, StatusCode.VerifyDone);

            // downloaded and verified, not activated: the reset boots the running image again
            h.Ok(CommandId.Rst);
            h.ExpectAec(AecId.Boot);
            Assert.AreEqual(0x00030002, h.Ok(CommandId.Cfg, Param.U32(10)).Single[1].Unsigned);
            CollectionAssert.AreEqual(image, h.Firmware.OtaImage, "the latent image stays in flash");

            // a reset forgets the verification: verify, activate, reset
            int refused = (int)h.Ok(CommandId.Otaact).Single[0].Signed;
            ExpectError(h, refused, StatusCode.OtaError);
            int verify = (int)h.Ok(CommandId.Otavfy).Single[0].Signed;
            ExpectState(h, verify, StatusCode.VerifyDone);
            int act = (int)h.Ok(CommandId.Otaact).Single[0].Signed;
            ExpectState(h, act, StatusCode.ActivateDone);
            h.Ok(CommandId.Rst);
            h.ExpectAec(AecId.Boot);
            Assert.AreEqual(0x00030004, h.Ok(CommandId.Cfg, Param.U32(10)).Single[1].Unsigned, "CFG VERSION of the new image");
            Assert.AreEqual(1, h.Ok(CommandId.Cfg, Param.U32(11)).Single[1].Signed, "CFG PATCH of the new image");
            StringAssert.StartsWith(h.Ok(CommandId.Gmr).Single[0].Text, "3.4.1 ");
            Assert.AreEqual(0x00030401, h.Ok(CommandId.Di, Param.Frac(15, 0)).Single[2].Unsigned, "running image version");
            Assert.AreEqual(0, h.Ok(CommandId.Di, Param.Frac(15, 1)).Single[4].Signed, "latent slot empty");
            Assert.IsNull(h.Firmware.OtaImage);

            // an activated image without a version: the running image stays
            options.OtaImageVersion = bytes => null;
            h.ConnectStation();
            Configure(h, "127.0.0.1", server.Port, "/", "fw.bin");
            op = Download(h);
            ExpectState(h, op, StatusCode.EraseDone);
            ExpectState(h, op, StatusCode.WriteDone);
            ExpectState(h, op, StatusCode.VerifyDone);
            act = (int)h.Ok(CommandId.Otaact).Single[0].Signed;
            ExpectState(h, act, StatusCode.ActivateDone);
            h.Ok(CommandId.Rst);
            h.ExpectAec(AecId.Boot);
            Assert.AreEqual(0x00030004, h.Ok(CommandId.Cfg, Param.U32(10)).Single[1].Unsigned);
            CollectionAssert.AreEqual(image, h.Firmware.OtaImage);
        }

        [TestMethod]
        public void DownloadFromAnHttpListener()
        {
            byte[] image = FirmwareSocketTests.Pattern(70000, 8);
            int port;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
            }

            using var http = new HttpListener();
            http.Prefixes.Add("http://127.0.0.1:" + port + "/ota/");
            http.Start();
            Task serve = Task.Run(() =>
            {
                HttpListenerContext context = http.GetContext();
                context.Response.ContentLength64 = image.Length;
                context.Response.OutputStream.Write(image);
                context.Response.Close();
            });
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            h.ConnectStation();
            Configure(h, "127.0.0.1", port, "/ota", "fw.bin");
            int op = Download(h);
            ExpectState(h, op, StatusCode.EraseDone);
            ExpectState(h, op, StatusCode.WriteDone);
            ExpectState(h, op, StatusCode.VerifyDone);
            Assert.IsTrue(serve.Wait(FirmwareHarness.Wait));
            CollectionAssert.AreEqual(image, h.Firmware.OtaImage);
        }

        [TestMethod]
        public void HostNamesResolveThroughTheDnsTable()
        {
            byte[] image = FirmwareSocketTests.Pattern(100, 6);
            using var server = new TinyHttpServer(200, image);
            FirmwareOptions options = FirmwareHarness.WithHomeNetwork();
            options.DnsTable["ota.example.com"] = new[] { IPAddress.Parse("198.51.100.7") };
            options.AddressMap[IPAddress.Parse("198.51.100.7")] = IPAddress.Loopback;
            using var h = new FirmwareHarness(options);
            h.ConnectStation();
            Configure(h, "ota.example.com", server.Port, "/", "img.bin");
            int op = Download(h);
            ExpectState(h, op, StatusCode.EraseDone);
            ExpectState(h, op, StatusCode.WriteDone);
            ExpectState(h, op, StatusCode.VerifyDone);
            Assert.AreEqual("ota.example.com:" + server.Port, server.HostHeader);
        }

        [TestMethod]
        public void HttpsDownloadUsesTheTlsConfiguration()
        {
            var pki = new FirmwareTlsTests.Pki();
            byte[] image = FirmwareSocketTests.Pattern(5000, 7);
            using var server = new TinyHttpServer(200, image, pki);
            FirmwareOptions options = FirmwareHarness.WithHomeNetwork();
            options.DnsTable["server.test"] = new[] { IPAddress.Loopback };
            using var h = new FirmwareHarness(options);
            h.ConnectStation();
            FirmwareTlsTests.Upload(h, 1, "RootCA", Encoding.ASCII.GetBytes(pki.CaPem));
            h.Ok(CommandId.Tlsc, Param.U8(1), Param.U32(1), Param.Str("RootCA"));
            Configure(h, "server.test", server.Port, "/", "secure.bin");
            h.Ok(CommandId.Otac, Param.U32(7), Param.I32(1));
            int op = Download(h);
            ExpectState(h, op, StatusCode.EraseDone);
            ExpectState(h, op, StatusCode.WriteDone);
            ExpectState(h, op, StatusCode.VerifyDone);
            CollectionAssert.AreEqual(image, h.Firmware.OtaImage);

            h.Ok(CommandId.Tlsc, Param.U8(2), Param.U32(1), Param.Str("Nothing"));
            h.Ok(CommandId.Otac, Param.U32(7), Param.I32(2));
            ExpectError(h, Download(h), StatusCode.OtaTlsError);
        }

        [TestMethod]
        public void FailuresAreReportedWithOtaerr()
        {
            using var missing = new TinyHttpServer(404, Encoding.ASCII.GetBytes("not here"));
            using var big = new TinyHttpServer(200, new byte[3000]);
            FirmwareOptions options = FirmwareHarness.WithHomeNetwork();
            options.OtaMaxImageSize = 2048;
            using var h = new FirmwareHarness(options);
            Assert.AreEqual(StatusCode.OtaNoStaConn, h.Command(CommandId.Otadl, Param.U8(1)).Status, "no station connection");
            h.ConnectStation();
            Configure(h, "127.0.0.1", missing.Port, "/", "x.bin");
            ExpectError(h, Download(h), StatusCode.OtaProtocolError);
            Configure(h, "127.0.0.1", big.Port, "/", "x.bin");
            ExpectError(h, Download(h), StatusCode.OtaImgTooLarge);
            Configure(h, "no.such.host", big.Port, "/", "x.bin");
            ExpectError(h, Download(h), StatusCode.OtaError);
            Configure(h, "203.0.113.50", 80, "/", "x.bin");
            ExpectError(h, Download(h), StatusCode.OtaError);
            Assert.IsNull(h.Firmware.OtaImage);
            int verify = (int)h.Ok(CommandId.Otavfy).Single[0].Signed;
            ExpectError(h, verify, StatusCode.OtaVerifyFailed);
            int act = (int)h.Ok(CommandId.Otaact).Single[0].Signed;
            ExpectError(h, act, StatusCode.OtaError);
        }

        [TestMethod]
        public void SilentServerTimesOutAndValidatorCanRejectTheImage()
        {
            using var silent = new TinyHttpServer(200, new byte[10], silent: true);
            using var good = new TinyHttpServer(200, Encoding.ASCII.GetBytes("bad image"));
            FirmwareOptions options = FirmwareHarness.WithHomeNetwork();
            options.OtaImageValidator = image => image.Length > 0 && image[0] == 0x7F;
            using var h = new FirmwareHarness(options);
            h.ConnectStation();
            Configure(h, "127.0.0.1", silent.Port, "/", "x.bin", 1);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            ExpectError(h, Download(h), StatusCode.OtaTimeout);
            Assert.IsTrue(watch.ElapsedMilliseconds >= 900, "TIMEOUT is 1 s, failed after " + watch.ElapsedMilliseconds + " ms");
            Configure(h, "127.0.0.1", good.Port, "/", "x.bin");
            int op = Download(h);
            ExpectState(h, op, StatusCode.EraseDone);
            ExpectState(h, op, StatusCode.WriteDone);
            ExpectError(h, op, StatusCode.OtaVerifyFailed);
        }
    }
}
