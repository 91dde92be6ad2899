// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Files;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Files
{
    /// <summary>File store: FS LOAD + FSTSFR upload, FS LIST, FS DEL.</summary>
    [TestClass]
    public class FileStoreTests
    {
        private static int s_listed;
        private static string s_lastName;
        private static RequestResult s_listResult;

        [TestMethod]
        public void UploadSendsLoadThenBlocksFromOne()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincFiles files = new WincFiles(h.Driver);
            files.BlockSize = 4;
            byte[] data = Hex.Parse("30 82 03 77 AA BB");
            CompletionLog done = new CompletionLog();
            Assert.AreEqual((int)DriverStatus.Ok, (int)files.FileLoad(FsFileType.Certificate, "ca", data, 0, 6, done.Handler));
            Assert.IsTrue(files.FileLoadInProgress);
            Assert.AreEqual((int)DriverStatus.RetryRequest, (int)files.FileLoad(FsFileType.Certificate, "b", data, 0, 6, null));
            h.Run(1, 10);

            // FS: op 1 LOAD, type 1, protocol 5 (FS-TSFR), name, length UINT2
            Burst.AssertSent(h.Device, 1, "00 07 00 00 00 05 00 28 | 03 03 00 01 01 00 00 00 | 03 03 00 01 01 00 00 00 | 03 03 00 01 05 00 00 00 | 05 02 00 02 63 61 00 00 | 03 02 00 02 00 06 00 00");
            h.Device.Deliver(h.Device.Response(1, 0).Int(1, 1).Int(0x2009, 2).ToArray());
            h.Device.AnswerStatus(1, 0, 0);
            h.Run(1, 10);
            h.Run(1, 10);

            // FSTSFR: handle UINT2, block INTEGER4, data
            Burst.AssertSent(h.Device, 2, "00 07 01 00 00 03 00 18 | 03 02 00 02 20 09 00 00 | 02 00 00 04 00 00 00 01 | 06 00 00 04 30 82 03 77");
            h.Device.Deliver(h.Device.Response(2, 0).Int(0x2009, 2).Int(1, 2).Int(2, 2).ToArray());
            h.Device.AnswerStatus(2, 0, 0);
            h.Run(1, 10);
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 3, "00 07 01 00 00 03 00 18 | 03 02 00 02 20 09 00 00 | 02 00 00 04 00 00 00 02 | 06 02 00 02 AA BB 00 00");
            Assert.AreEqual(4, files.FileLoadBytesSent);
            Assert.AreEqual(0, done.Count);
            h.Device.AnswerStatus(3, 0, 0);
            h.Run(1, 10);
            Assert.AreEqual(1, done.Count);
            Assert.AreEqual((int)RequestResult.Ok, (int)done.Result);
            Assert.AreEqual(6, files.FileLoadBytesSent);
            Assert.IsFalse(files.FileLoadInProgress);
        }

        [TestMethod]
        public void RefusedLoadOrBlockEndsTheUpload()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincFiles files = new WincFiles(h.Driver);
            CompletionLog done = new CompletionLog();
            byte[] data = new byte[300];
            Assert.AreEqual((int)DriverStatus.Ok, (int)files.FileLoad(FsFileType.Certificate, "ca", data, 0, 300, done.Handler));
            h.Run(1, 10);
            h.Device.AnswerStatus(1, 0, (ushort)WincStatus.FileExists);
            h.Run(1, 10);
            Assert.AreEqual(1, done.Count);
            Assert.AreEqual((int)RequestResult.CommandError, (int)done.Result);
            Assert.AreEqual((int)WincStatus.FileExists, (int)done.Status);

            Assert.AreEqual((int)DriverStatus.Ok, (int)files.FileLoad(FsFileType.PrivateKey, "key", data, 0, 300, done.Handler));
            h.Run(1, 10);
            h.Device.Deliver(h.Device.Response(2, 0).Int(1, 1).Int(7, 2).ToArray());
            h.Device.AnswerStatus(2, 0, 0);
            h.Run(1, 10);
            h.Run(1, 10);
            Assert.AreEqual(128 + 28, h.Device.GetSent(3).Length, "default blocks of 128 bytes");
            h.Device.AnswerStatus(3, 0, (ushort)WincStatus.FileWriteFailed);
            h.Run(1, 10);
            Assert.AreEqual(2, done.Count);
            Assert.AreEqual((int)WincStatus.FileWriteFailed, (int)done.Status);
            Assert.AreEqual(0, files.FileLoadBytesSent);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)files.FileLoad(FsFileType.Certificate, "ca", data, 0, 0, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)files.FileLoad((FsFileType)9, "ca", data, 0, 1, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)files.FileLoad(FsFileType.Certificate, "ca", data, 299, 2, null));
        }

        [TestMethod]
        public void ListAndDelete()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincFiles files = new WincFiles(h.Driver);
            s_listed = 0;
            Assert.AreEqual((int)DriverStatus.Ok, (int)files.FileFind(FsFileType.Certificate, OnFile));
            CompletionLog done = new CompletionLog();
            Assert.AreEqual((int)DriverStatus.Ok, (int)files.FileDelete(FsFileType.Certificate, "ca", done.Handler));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1, "00 07 00 00 00 02 00 10 | 03 03 00 01 02 00 00 00 | 02 00 00 04 00 00 00 01");
            Burst.AssertSent(h.Device, 2, "00 07 00 00 00 03 00 18 | 03 03 00 01 03 00 00 00 | 02 00 00 04 00 00 00 01 | 05 02 00 02 63 61 00 00");
            h.Device.Deliver(h.Device.Response(1, 0).Int(2, 1).Int(1, 1).Str("ca").ToArray());
            h.Device.Deliver(h.Device.Response(1, 0).Int(2, 1).Int(1, 1).Str("server").ToArray());
            h.Device.AnswerStatus(1, 0, 0);
            h.Device.AnswerStatus(2, 0, (ushort)WincStatus.FileNotFound);
            h.Run(1, 10);
            Assert.AreEqual(3, s_listed, "two names, then the end");
            Assert.IsNull(s_lastName);
            Assert.AreEqual((int)RequestResult.Ok, (int)s_listResult);
            Assert.AreEqual(1, done.Count);
            Assert.AreEqual((int)WincStatus.FileNotFound, (int)done.Status);
        }

        private static void OnFile(WincFiles files, RequestResult result, FsFileType fileType, string name)
        {
            s_listed++;
            if (s_listed == 2)
            {
                Assert.AreEqual("server", name);
                Assert.AreEqual((int)RequestResult.Pending, (int)result);
                Assert.AreEqual((int)FsFileType.Certificate, (int)fileType);
            }

            s_lastName = name;
            s_listResult = result;
        }
    }
}
