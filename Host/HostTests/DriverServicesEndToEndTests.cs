// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Drivers.Wincs02;
using Drivers.Wincs02.Ota;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tls;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator.Firmware;

namespace nanoWincs.Host.Tests
{
    /// <summary>TLS contexts, the file store and OTA end to end on the emulated module.</summary>
    [TestClass]
    public sealed class DriverServicesEndToEndTests
    {
        [TestMethod]
        public void TlsContextSettingsReachTheModule()
        {
            using var rig = new DriverRig(new FirmwareOptions());
            int ctx = rig.Tls.TlsCtxOpen();
            Assert.AreEqual(1, ctx);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Tls.TlsCtxCACertFileSet(ctx, "RootCA", true, cb)).Result);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Tls.TlsCtxCertFileSet(ctx, "DeviceCert", cb)).Result);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Tls.TlsCtxPrivKeySet(ctx, "DeviceKey", "pw", cb)).Result);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Tls.TlsCtxSniSet(ctx, "broker.test", cb)).Result);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Tls.TlsCtxHostnameCheckSet(ctx, "broker.test", true, cb)).Result);
            Assert.AreEqual(1, WincTls.TlsCtxHandleToCfgIdx(ctx));

            Assert.AreEqual(DriverStatus.InvalidArg, rig.Tls.TlsCtxPrivKeySet(ctx, "DeviceKey", new string('p', 65), null), "checked locally");
            Assert.AreEqual(2, rig.Tls.TlsCtxOpen());
            Assert.AreEqual(WincTls.InvalidHandle, rig.Tls.TlsCtxOpen());
            Assert.AreEqual(DriverStatus.Ok, rig.Tls.TlsCtxClose(2));
            Assert.AreEqual(DriverStatus.InvalidArg, rig.Tls.TlsCtxSniSet(2, "x", null), "closed");
        }

        [TestMethod]
        public void CipherSuiteListIsReplaced()
        {
            using var rig = new DriverRig(new FirmwareOptions());
            int ctx = rig.Tls.TlsCtxOpen();
            int cs = rig.Tls.TlsCipherSuiteOpen();
            var (result, status) = rig.Complete(cb => rig.Tls.TlsCipherSuiteAlgSet(cs, new ushort[] { 0xC02B, 0xC02F }, 0, 2, cb));
            Assert.AreEqual((RequestResult.Ok, WincStatus.Ok), (result, status), "TLSCSC CIPHER_SUITES = 0 clears the list, as the Harmony driver sends it" + rig.Diagnostics());
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Tls.TlsCtxCipherSuiteSet(ctx, cs, cb)).Result);
        }

        [TestMethod]
        public void FileStoreUpload()
        {
            using var rig = new DriverRig(new FirmwareOptions());
            byte[] cert = Enumerable.Range(0, 700).Select(i => (byte)(i * 7)).ToArray();
            var (result, status) = rig.Complete(cb => rig.Files.FileLoad(FsFileType.Certificate, "RootCA", cert, 0, cert.Length, cb));
            Assert.AreEqual((RequestResult.Ok, WincStatus.Ok), (result, status), rig.Diagnostics());
            Assert.AreEqual(700, rig.Files.FileLoadBytesSent);
            CollectionAssert.AreEqual(cert, rig.Firmware.Files.Read(FileStore.Certificate, "RootCA"));

            // the same name again: FILE_EXISTS
            Assert.AreEqual((RequestResult.CommandError, WincStatus.FileExists), rig.Complete(cb => rig.Files.FileLoad(FsFileType.Certificate, "RootCA", cert, 0, 10, cb)));
        }

        [TestMethod]
        public void FileStoreListAndDelete()
        {
            using var rig = new DriverRig(new FirmwareOptions());
            Assert.AreEqual(0, rig.Firmware.Files.Add(FileStore.Certificate, "RootCA", new byte[300]));
            Assert.AreEqual(0, rig.Firmware.Files.Add(FileStore.Certificate, "Intermediate", new byte[200]));
            Assert.AreEqual(0, rig.Firmware.Files.Add(FileStore.PrivateKey, "DeviceKey", new byte[100]));
            var names = new List<string>();
            RequestResult? listed = null;
            Assert.AreEqual(DriverStatus.Ok, rig.Files.FileFind(FsFileType.Certificate, (f, r, type, name) =>
            {
                if (name != null)
                {
                    Assert.AreEqual(FsFileType.Certificate, type);
                    names.Add(name);
                }
                else
                {
                    listed = r;
                }
            }));
            rig.RunUntil(() => listed.HasValue, DriverRig.WaitMs, "the listing");
            Assert.AreEqual(RequestResult.Ok, listed);
            CollectionAssert.AreEquivalent(new[] { "RootCA", "Intermediate" }, names);

            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Files.FileDelete(FsFileType.Certificate, "RootCA", cb)).Result);
            Assert.IsNull(rig.Firmware.Files.Read(FileStore.Certificate, "RootCA"));
            Assert.AreEqual((RequestResult.CommandError, WincStatus.FileNotFound), rig.Complete(cb => rig.Files.FileDelete(FsFileType.Certificate, "RootCA", cb)));
        }

        [TestMethod]
        public void OtaDownloadsFromALocalServerThenVerifiesAndActivates()
        {
            byte[] image = Enumerable.Range(0, 50000).Select(i => (byte)(i ^ (i >> 8))).ToArray();
            using var server = new ImageServer(image);
            using var rig = DriverRig.Connected();
            var steps = new List<(OtaOperation Operation, OtaStatus Status, WincStatus Module)>();
            OtaStatusHandler record = (ota, op, id, status, module) => steps.Add((op, status, module));
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Ota.OtaOptionsSet(10, cb)).Result);
            Assert.AreEqual(DriverStatus.Ok, rig.Ota.OtaUpdateFromUrl("http://127.0.0.1:" + server.Port + "/fw/wincs02.bin", 0, record));
            rig.RunUntil(() => rig.Ota.Operation == OtaOperation.None, 20000, "the download");
            CollectionAssert.AreEqual(
                new[] { OtaStatus.Started, OtaStatus.EraseDone, OtaStatus.WriteDone, OtaStatus.Complete },
                steps.Select(s => s.Status).ToArray(),
                string.Join(", ", steps) + rig.Diagnostics());
            Assert.AreEqual("/fw/wincs02.bin", server.LastPath);
            CollectionAssert.AreEqual(image, rig.Firmware.OtaImage);

            steps.Clear();
            Assert.AreEqual(DriverStatus.Ok, rig.Ota.OtaImageVerify(record));
            rig.RunUntil(() => rig.Ota.Operation == OtaOperation.None, DriverRig.WaitMs, "the verification");
            CollectionAssert.AreEqual(new[] { (OtaOperation.Verify, OtaStatus.Started, WincStatus.Ok), (OtaOperation.Verify, OtaStatus.Complete, WincStatus.VerifyDone) }, steps);

            steps.Clear();
            Assert.AreEqual(DriverStatus.Ok, rig.Ota.OtaImageActivate(record));
            rig.RunUntil(() => rig.Ota.Operation == OtaOperation.None, DriverRig.WaitMs, "the activation");
            Assert.AreEqual((OtaOperation.Activate, OtaStatus.Complete, WincStatus.ActivateDone), steps.Last());
        }

        [TestMethod]
        public void OtaFailuresAreReported()
        {
            using var server = new ImageServer(new byte[100]);
            using var rig = DriverRig.Connected();
            var steps = new List<(OtaStatus Status, WincStatus Module)>();
            OtaStatusHandler record = (ota, op, id, status, module) => steps.Add((status, module));

            Assert.AreEqual(DriverStatus.Ok, rig.Ota.OtaUpdateFromUrl("http://127.0.0.1:" + server.Port + "/missing.bin", 0, record));
            rig.RunUntil(() => rig.Ota.Operation == OtaOperation.None, 20000, "the 404");
            Assert.AreEqual((OtaStatus.ServerError, WincStatus.OtaProtocolError), steps.Last());

            // no station connection: the module refuses OTADL
            steps.Clear();
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.BssDisconnect());
            rig.RunUntil(() => rig.States.Contains(Drivers.Wincs02.Wifi.ConnectionState.Disconnected), DriverRig.WaitMs, "Disconnected");
            Assert.AreEqual(DriverStatus.Ok, rig.Ota.OtaUpdateFromUrl("http://127.0.0.1:" + server.Port + "/fw.bin", 0, record));
            rig.RunUntil(() => rig.Ota.Operation == OtaOperation.None, DriverRig.WaitMs, "the refusal");
            CollectionAssert.AreEqual(new[] { (OtaStatus.ConnError, WincStatus.OtaNoStaConn) }, steps);
        }

        /// <summary>A minimal HTTP server on loopback serving one image at any path ending in ".bin" except "/missing.bin".</summary>
        private sealed class ImageServer : IDisposable
        {
            private readonly HttpListener _listener = new HttpListener();
            private readonly byte[] _image;
            private readonly Task _loop;

            public ImageServer(byte[] image)
            {
                _image = image;
                var probe = new TcpListener(IPAddress.Loopback, 0);
                probe.Start();
                Port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
                _listener.Prefixes.Add("http://127.0.0.1:" + Port + "/");
                _listener.Start();
                _loop = Task.Run(Serve);
            }

            public int Port { get; }

            public string LastPath { get; private set; }

            public void Dispose()
            {
                _listener.Stop();
                _listener.Close();
                _loop.Wait(2000);
            }

            private async Task Serve()
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync().ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        return;
                    }

                    LastPath = context.Request.Url.AbsolutePath;
                    if (LastPath == "/missing.bin")
                    {
                        context.Response.StatusCode = 404;
                        context.Response.Close();
                        continue;
                    }

                    context.Response.ContentLength64 = _image.Length;
                    await context.Response.OutputStream.WriteAsync(_image).ConfigureAwait(false);
                    context.Response.Close();
                }
            }
        }
    }
}
