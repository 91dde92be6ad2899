// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Ota;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Ota
{
    /// <summary>OTA: URL splitting, the OTAC/OTADL burst, progress from OTA/OTAERR AECs, verify/activate, deadlines.</summary>
    [TestClass]
    public class OtaTests
    {
        private static int s_count;
        private static OtaStatus s_last;
        private static OtaOperation s_operation;
        private static int s_operationId;
        private static WincStatus s_module;
        private static OtaStatus[] s_steps = new OtaStatus[16];

        private static void OnOta(WincOta ota, OtaOperation operation, int operationId, OtaStatus status, WincStatus moduleStatus)
        {
            s_steps[s_count++] = status;
            s_last = status;
            s_operation = operation;
            s_operationId = operationId;
            s_module = moduleStatus;
        }

        private static void Reset()
        {
            s_count = 0;
            s_operationId = 0;
        }

        [TestMethod]
        public void UrlsSplitLikeHarmony()
        {
            bool https;
            string host;
            int port;
            string path;
            string file;
            Assert.IsTrue(WincOta.SplitUrl("http://fw.example.com/images/wincs02.bin?x=1", out https, out host, out port, out path, out file));
            Assert.IsFalse(https);
            Assert.AreEqual("fw.example.com", host);
            Assert.AreEqual(80, port);
            Assert.AreEqual("/images/", path);
            Assert.AreEqual("wincs02.bin", file);
            Assert.IsTrue(WincOta.SplitUrl("HTTPS://user:pw@[2001:db8::1]:8443/f.bin", out https, out host, out port, out path, out file));
            Assert.IsTrue(https);
            Assert.AreEqual("2001:db8::1", host);
            Assert.AreEqual(8443, port);
            Assert.AreEqual("/", path);
            Assert.AreEqual("f.bin", file);
            Assert.IsTrue(WincOta.SplitUrl("https://h", out https, out host, out port, out path, out file));
            Assert.AreEqual(443, port);
            Assert.IsNull(path);
            Assert.IsNull(file);
            Assert.IsFalse(WincOta.SplitUrl("ftp://h/f", out https, out host, out port, out path, out file));
            Assert.IsFalse(WincOta.SplitUrl("http:///f", out https, out host, out port, out path, out file));
            Assert.IsFalse(WincOta.SplitUrl("http://h:70000/f", out https, out host, out port, out path, out file));
            Assert.IsFalse(WincOta.SplitUrl("http://h:/f", out https, out host, out port, out path, out file));
            Assert.IsFalse(WincOta.SplitUrl("http://[::1/f", out https, out host, out port, out path, out file));
        }

        [TestMethod]
        public void UpdateSendsOtacThenOtadlAndReportsProgress()
        {
            Reset();
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincOta ota = new WincOta(h.Driver);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)ota.OtaUpdateFromUrl("https://h/f.bin", 0, OnOta), "https needs a TLS configuration");
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)ota.OtaUpdateFromUrl("http://h/f.bin", 1, OnOta));
            Assert.AreEqual((int)DriverStatus.Ok, (int)ota.OtaUpdateFromUrl("http://192.168.1.10:8080/fw/w.bin", 0, OnOta));
            Assert.AreEqual((int)DriverStatus.RequestError, (int)ota.OtaImageVerify(OnOta), "one OTA operation at a time");
            h.Run(1, 10);

            // OTAC HOST, PORT (UINT), PATH "/fw/", FILE "w.bin", TLS_CONF 0, OTADL 1
            Burst.AssertSent(h.Device, 1,
                "00 0A 00 00 00 02 00 18 | 03 00 00 04 00 00 00 02 | 05 00 00 0C 31 39 32 2E 31 36 38 2E 31 2E 31 30 | "
                + "00 0A 00 00 00 02 00 10 | 03 00 00 04 00 00 00 03 | 03 00 00 04 00 00 1F 90 | "
                + "00 0A 00 00 00 02 00 10 | 03 00 00 04 00 00 00 04 | 05 00 00 04 2F 66 77 2F | "
                + "00 0A 00 00 00 02 00 14 | 03 00 00 04 00 00 00 05 | 05 03 00 05 77 2E 62 69 6E 00 00 00 | "
                + "00 0A 00 00 00 02 00 10 | 03 00 00 04 00 00 00 07 | 02 00 00 04 00 00 00 00 | "
                + "00 0A 01 00 00 01 00 08 | 03 03 00 01 01 00 00 00");
            for (int i = 0; i < 5; i++)
            {
                h.Device.AnswerStatus(1, i, 0);
            }

            h.Device.Deliver(h.Device.Response(1, 5).Int(3, 1).ToArray());
            h.Device.AnswerStatus(1, 5, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Ota).Int(2, 1).StatusElement((ushort)WincStatus.EraseDone).ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Ota).Int(3, 1).StatusElement((ushort)WincStatus.EraseDone).ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Ota).Int(3, 1).StatusElement((ushort)WincStatus.WriteDone).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(3, s_count, "another operation's AEC is ignored");
            Assert.AreEqual((int)OtaStatus.Started, (int)s_steps[0]);
            Assert.AreEqual((int)OtaStatus.EraseDone, (int)s_steps[1]);
            Assert.AreEqual((int)OtaStatus.WriteDone, (int)s_steps[2]);
            Assert.AreEqual(3, s_operationId);
            Assert.AreEqual((int)OtaOperation.Update, (int)ota.Operation);

            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Ota).Int(3, 1).StatusElement((ushort)WincStatus.VerifyDone).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(4, s_count);
            Assert.AreEqual((int)OtaStatus.Complete, (int)s_last);
            Assert.AreEqual((int)OtaOperation.Update, (int)s_operation);
            Assert.AreEqual((int)OtaOperation.None, (int)ota.Operation);

            // activate
            Assert.AreEqual((int)DriverStatus.Ok, (int)ota.OtaImageActivate(OnOta));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 2, "00 0A 03 00 00 00 00 00");
            h.Device.Deliver(h.Device.Response(2, 0).Int(4, 1).ToArray());
            h.Device.AnswerStatus(2, 0, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Ota).Int(4, 1).StatusElement((ushort)WincStatus.ActivateDone).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(6, s_count);
            Assert.AreEqual((int)OtaStatus.Complete, (int)s_last);
            Assert.AreEqual((int)OtaOperation.Activate, (int)s_operation);
            Assert.AreEqual((int)WincStatus.ActivateDone, (int)s_module);
        }

        [TestMethod]
        public void FailuresMapToHarmonyStatuses()
        {
            Reset();
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincOta ota = new WincOta(h.Driver);
            Assert.AreEqual((int)DriverStatus.Ok, (int)ota.OtaUpdateFromUrl("https://fw.test/f.bin", 2, OnOta));
            h.Run(1, 10);
            Burst.AnswerAll(h.Device, 1, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Otaerr).Int(1, 1).StatusElement((ushort)WincStatus.OtaTlsError).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(2, s_count);
            Assert.AreEqual((int)OtaStatus.ServerError, (int)s_last);
            Assert.AreEqual((int)WincStatus.OtaTlsError, (int)s_module);

            // OTADL refused: no station connection
            Assert.AreEqual((int)DriverStatus.Ok, (int)ota.OtaUpdateFromUrl("http://fw.test/f.bin", 0, OnOta));
            h.Run(1, 10);
            Burst.AnswerAllButOne(h.Device, 2, 5, (ushort)WincStatus.OtaNoStaConn);
            h.Run(1, 10);
            Assert.AreEqual(3, s_count);
            Assert.AreEqual((int)OtaStatus.ConnError, (int)s_last);

            // verify without final AEC: bounded by OperationTimeoutMs
            Assert.AreEqual((int)DriverStatus.Ok, (int)ota.OtaImageVerify(OnOta));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 3, "00 0A 02 00 00 00 00 00");
            h.Device.AnswerStatus(3, 0, 0);
            h.Run(1, 10);
            Assert.AreEqual(4, s_count);
            Assert.AreEqual((int)OtaStatus.Started, (int)s_last);
            h.Run(1, WincOta.DefaultOperationTimeoutMs);
            Assert.AreEqual(5, s_count);
            Assert.AreEqual((int)OtaStatus.Fail, (int)s_last);
            Assert.AreEqual((int)WincStatus.Timeout, (int)s_module);

            // invalidate then the module resets: Fail
            Assert.AreEqual((int)DriverStatus.Ok, (int)ota.OtaImageInvalidate(OnOta));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 4, "00 0A 04 00 00 00 00 00");
            h.Device.AnswerStatus(4, 0, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Boot).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(7, s_count);
            Assert.AreEqual((int)OtaStatus.Fail, (int)s_last);
            Assert.AreEqual((int)OtaOperation.None, (int)ota.Operation);
        }

        [TestMethod]
        public void OptionsSetTimeout()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincOta ota = new WincOta(h.Driver);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)ota.OtaOptionsSet(0, null));
            Assert.AreEqual((int)DriverStatus.Ok, (int)ota.OtaOptionsSet(30, null));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1, "00 0A 00 00 00 02 00 10 | 03 00 00 04 00 00 00 06 | 02 00 00 04 00 00 00 1E");
        }
    }
}
