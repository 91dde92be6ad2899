// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Drivers.Wincs02.Transport;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Driver
{
    /// <summary>Reset pulse, bring-up budget, boot queries and recovery (spec section 3.2).</summary>
    [TestClass]
    public class WincDriverBootTests
    {
        [TestMethod]
        public void BootSequenceReachesReadyWithParsedVersionAndDeviceInfo()
        {
            DriverHarness h = new DriverHarness(4);
            Assert.AreEqual((int)SystemStatus.Uninitialized, (int)h.Driver.Status);
            h.RunToBootQuery();
            Assert.AreEqual((int)SystemStatus.Busy, (int)h.Driver.Status, "not ready before the boot queries are answered");
            CollectionAssert.AreEqual(
                Hex.Parse("00 03 00 00 00 00 00 00 | 00 1A 00 00 01 00 00 00 | 00 1D 00 00 02 00 00 00"),
                h.Device.GetSent(0),
                "CFG, DI and NVMC query-all in one burst, sequence numbers 0..2");

            h.AnswerBoot(0);
            h.Run(1, 10);
            Assert.AreEqual((int)SystemStatus.Ready, (int)h.Driver.Status);
            Assert.IsTrue(h.Driver.IsReady);

            Assert.AreEqual(4, h.EventCount);
            Assert.AreEqual((int)SystemEvent.HardReset, (int)h.GetEvent(0));
            Assert.AreEqual((int)SystemEvent.InitBegin, (int)h.GetEvent(1));
            Assert.AreEqual((int)SystemEvent.InitComplete, (int)h.GetEvent(2));
            Assert.AreEqual((int)SystemEvent.DeviceReady, (int)h.GetEvent(3));

            FirmwareVersionInfo fw = new FirmwareVersionInfo();
            Assert.AreEqual((int)DriverStatus.Ok, (int)h.Driver.InfoDeviceFirmwareVersionGet(true, fw));
            Assert.IsTrue(fw.IsValid);
            Assert.AreEqual(3, fw.Major);
            Assert.AreEqual(2, fw.Minor);
            Assert.AreEqual(1, fw.Patch);
            Assert.AreEqual(7, fw.Security);
            Assert.AreEqual("3.2.1", fw.ToString());
            Assert.AreEqual(5, fw.BuildHashLength);
            Assert.AreEqual((byte)'a', fw.BuildHash[0]);
            Assert.AreEqual((byte)'4', fw.BuildHash[4]);
            Assert.AreEqual(1714000000u, fw.BuildTimeUtc);
            Assert.AreEqual((int)DriverStatus.OperationNotSupported, (int)h.Driver.InfoDeviceFirmwareVersionGet(false, fw));

            DeviceInfo di = new DeviceInfo();
            Assert.AreEqual((int)DriverStatus.Ok, (int)h.Driver.InfoDeviceGet(di));
            Assert.IsTrue(di.IsValid);
            Assert.AreEqual(0x29C70053u, di.Id);
            Assert.AreEqual(2, di.ImageCount);
            Assert.AreEqual(5u, di.GetImageSequence(0));
            Assert.AreEqual(0x03020001u, di.GetImageVersion(0));
            Assert.AreEqual(0x600F0000u, di.GetImageSourceAddress(1));
            Assert.AreEqual(0x000F0000u, di.NvmStartOffset);
            Assert.AreEqual(240, di.NvmSectorCount);
            Assert.AreEqual(4096, di.NvmSectorSize);

            DriverVersionInfo dv = new DriverVersionInfo();
            Assert.AreEqual((int)DriverStatus.Ok, (int)h.Driver.InfoDriverVersionGet(dv));
            Assert.AreEqual("1.0.0", dv.ToString());
            Assert.AreEqual(h.Driver.FreeRequestCount, 4, "the boot request went back to the pool");
        }

        [TestMethod]
        public void InfoIsUnavailableUntilTheQueriesSucceed()
        {
            DriverHarness h = new DriverHarness(2);
            DeviceInfo di = new DeviceInfo();
            FirmwareVersionInfo fw = new FirmwareVersionInfo();
            Assert.AreEqual((int)DriverStatus.NotOpen, (int)h.Driver.InfoDeviceGet(di));
            h.RunToBootQuery();
            Assert.AreEqual((int)DriverStatus.RequestError, (int)h.Driver.InfoDeviceGet(di));
            Assert.AreEqual((int)DriverStatus.RequestError, (int)h.Driver.InfoDeviceFirmwareVersionGet(true, fw));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)h.Driver.InfoDeviceGet(null));

            // CFG fails, DI and NVMC succeed: the driver is ready anyway, only the version is unknown
            h.Device.AnswerStatus(0, 0, (ushort)WincStatus.Error);
            h.Device.AnswerStatus(0, 1, 0);
            h.Device.AnswerStatus(0, 2, 0);
            h.Run(1, 10);
            Assert.IsTrue(h.Driver.IsReady);
            Assert.AreEqual((int)DriverStatus.RequestError, (int)h.Driver.InfoDeviceFirmwareVersionGet(true, fw));
            Assert.AreEqual((int)DriverStatus.Ok, (int)h.Driver.InfoDeviceGet(di));
        }

        [TestMethod]
        public void ResetPulseIs100MsLowThen100MsHighBeforeTheFirstStep()
        {
            DriverHarness h = new DriverHarness(2);
            h.Device.Script(SdioStatus.ResetWaiting, 5);
            long t0 = h.Clock.UtcTicks;
            h.Driver.Initialize();
            Assert.AreEqual(1, h.Bus.ResetCalls);
            Assert.IsTrue(h.Bus.GetResetLevel(0), "RESETN pulled low first");
            Assert.AreEqual(t0, h.Bus.GetResetTime(0));

            h.Run(9, 11); // 99 ms
            Assert.IsTrue(h.Bus.InReset, "still low at 99 ms");
            h.Run(1, 1); // 100 ms
            Assert.IsFalse(h.Bus.InReset, "released at 100 ms");
            Assert.AreEqual(100, FakeClock.Ms(h.Bus.GetResetTime(1) - t0));
            Assert.AreEqual(0, h.Device.StepCount);

            h.Run(99, 1); // 199 ms
            Assert.AreEqual(0, h.Device.StepCount, "no bring-up step before 200 ms");
            h.Run(1, 1); // 200 ms: InitBegin, and the first step right away
            Assert.AreEqual(1, h.Device.StepCount);
            Assert.AreEqual(200, FakeClock.Ms(h.Device.GetStepTime(0) - t0));
            Assert.AreEqual((int)SystemEvent.InitBegin, (int)h.GetEvent(1));

            h.Run(99, 1);
            Assert.AreEqual(1, h.Device.StepCount, "steps are 100 ms apart");
            h.Run(1, 1);
            Assert.AreEqual(2, h.Device.StepCount);
            Assert.AreEqual(300, FakeClock.Ms(h.Device.GetStepTime(1) - t0));
            Assert.AreEqual(2, h.Bus.ResetCalls, "one pulse only");
        }

        [TestMethod]
        public void ResetWaitingBudgetExhaustedIsDeviceNotFound()
        {
            DriverHarness h = new DriverHarness(2);
            h.Device.AfterScript = SdioStatus.ResetWaiting;
            h.Driver.Initialize();
            h.Run(2, 100);
            h.Run(WincDriver.ResetWaitBudget + 20, 100);
            Assert.AreEqual(WincDriver.ResetWaitBudget, h.Device.StepCount, "exactly the budget, about 10 s");
            Assert.AreEqual((int)SystemStatus.ErrorDeviceNotFound, (int)h.Driver.Status);
            Assert.AreEqual(1, h.Count(SystemEvent.ResetTimeout));
            Assert.AreEqual(0, h.Count(SystemEvent.DeviceReady));

            WincRequest r = h.Driver.AllocateRequest(null, null);
            WincCommands.Rst(r.Writer);
            Assert.AreEqual((int)DriverStatus.NotOpen, (int)h.Driver.Submit(r));
            Assert.AreEqual(2, h.Driver.FreeRequestCount, "a refused submit returns the request");
        }

        [TestMethod]
        public void OpWaitingCountsAgainstTheSameBudget()
        {
            DriverHarness h = new DriverHarness(2);
            h.Device.Script(SdioStatus.ResetWaiting, 30);
            h.Device.AfterScript = SdioStatus.OpWaiting;
            h.Driver.Initialize();
            h.Run(WincDriver.ResetWaitBudget + 30, 100);
            Assert.AreEqual((int)SystemStatus.ErrorDeviceNotFound, (int)h.Driver.Status);
            Assert.AreEqual(WincDriver.ResetWaitBudget, h.Device.StepCount);
        }

        [TestMethod]
        public void OpFailedRestartsTheBringUpAFewTimesThenFails()
        {
            DriverHarness h = new DriverHarness(2);
            h.Device.AfterScript = SdioStatus.OpFailed;
            h.Driver.Initialize();
            int restartsBefore = h.Device.RestartCount;
            h.Run(40, 100);
            Assert.AreEqual(WincDriver.MaxInitRetries, h.Count(SystemEvent.ResetRetry));
            Assert.AreEqual(WincDriver.MaxInitRetries + 1, h.Device.StepCount);
            Assert.AreEqual(1, h.Count(SystemEvent.ResetFailed));
            Assert.AreEqual((int)SystemStatus.ErrorDeviceFailure, (int)h.Driver.Status);
            Assert.IsTrue(h.Device.RestartCount >= restartsBefore + WincDriver.MaxInitRetries);
        }

        [TestMethod]
        public void OpFailedThenSuccessReachesReady()
        {
            DriverHarness h = new DriverHarness(2);
            h.Device.Script(SdioStatus.ResetWaiting, 3);
            h.Device.Script(SdioStatus.OpFailed, 1);
            h.Device.Script(SdioStatus.OpWaiting, 2);
            h.Driver.Initialize();
            h.Run(100, 10);
            Assert.AreEqual(7, h.Device.StepCount);
            Assert.AreEqual(1, h.Count(SystemEvent.ResetRetry));
            h.AnswerBoot(0);
            h.Run(1, 10);
            Assert.IsTrue(h.Driver.IsReady);
        }

        [TestMethod]
        public void ResetFailedIsFatalAtOnce()
        {
            DriverHarness h = new DriverHarness(2);
            h.Device.Script(SdioStatus.ResetWaiting, 2);
            h.Device.AfterScript = SdioStatus.ResetFailed;
            h.Driver.Initialize();
            h.Run(50, 100);
            Assert.AreEqual(3, h.Device.StepCount);
            Assert.AreEqual((int)SystemStatus.ErrorDeviceFailure, (int)h.Driver.Status);
            Assert.AreEqual(1, h.Count(SystemEvent.ResetFailed));
            Assert.AreEqual(0, h.Count(SystemEvent.ResetRetry));
        }

        [TestMethod]
        public void ResetPulsesResetnAndFailsOutstandingRequests()
        {
            DriverHarness h = new DriverHarness(3);
            h.BringUp();
            RequestLog log = new RequestLog();
            WincRequest r = h.Driver.AllocateRequest(log.Handler, null);
            WincCommands.Socko(r.Writer, SocketProtocol.Tcp, 4);
            Assert.AreEqual((int)DriverStatus.Ok, (int)h.Driver.Submit(r));
            h.Run(1, 10);

            int calls = h.Bus.ResetCalls;
            long t = h.Clock.UtcTicks;
            Assert.AreEqual((int)DriverStatus.Ok, (int)h.Driver.Reset());
            Assert.AreEqual((int)RequestResult.ModuleReset, (int)log.Result);
            Assert.AreEqual((int)SystemStatus.Busy, (int)h.Driver.Status);
            Assert.AreEqual(calls + 1, h.Bus.ResetCalls);
            Assert.IsTrue(h.Bus.InReset, "a real pulse: RESETN low");
            h.Run(10, 10);
            Assert.IsFalse(h.Bus.InReset, "then high again");
            Assert.AreEqual(100, FakeClock.Ms(h.Bus.GetResetTime(calls + 1) - t));
            Assert.AreEqual(3, h.Driver.FreeRequestCount);

            h.Run(20, 10);
            h.AnswerBoot(2);
            h.Run(1, 10);
            Assert.IsTrue(h.Driver.IsReady);
            Assert.AreEqual(2, h.Count(SystemEvent.HardReset));
            Assert.AreEqual(2, h.Count(SystemEvent.DeviceReady));
        }

        [TestMethod]
        public void ResetBeforeInitializeIsNotOpen()
        {
            DriverHarness h = new DriverHarness(1);
            Assert.AreEqual((int)DriverStatus.NotOpen, (int)h.Driver.Reset());
            Assert.AreEqual(0, h.Bus.ResetCalls);
        }

        [TestMethod]
        public void BootAecOfTheDriversOwnResetIsNotAnUnexpectedReset()
        {
            DriverHarness h = new DriverHarness(4);
            h.RunToBootQuery();
            int restarts = h.Device.RestartCount;

            // the module queues BOOT when it comes up; the host reads it while its boot queries are in flight
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Boot).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(0, h.Count(SystemEvent.UnexpectedReset));
            Assert.AreEqual(restarts, h.Device.RestartCount, "the link is kept");
            Assert.AreEqual(1, h.Device.SentCount, "the boot queries are sent once");
            h.AnswerBoot(0);
            h.Run(1, 10);
            Assert.IsTrue(h.Driver.IsReady);
            Assert.AreEqual(0, h.Count(SystemEvent.UnexpectedReset));
        }

        [TestMethod]
        public void ASecondBootAecDuringTheBootQueriesIsAnUnexpectedReset()
        {
            DriverHarness h = new DriverHarness(4);
            h.RunToBootQuery();
            int restarts = h.Device.RestartCount;
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Boot).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(0, h.Count(SystemEvent.UnexpectedReset));

            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Boot).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, h.Count(SystemEvent.UnexpectedReset), "the module booted again by itself");
            Assert.AreEqual(restarts + 1, h.Device.RestartCount, "the SDIO bring-up starts over");
        }

        [TestMethod]
        public void BootAecWhileReadyIsAnUnexpectedResetAndRecovers()
        {
            DriverHarness h = new DriverHarness(3);
            h.BringUp();
            int bootAecs = 0;
            h.Driver.RegisterAecHandler((d, m) =>
            {
                if (m.AecId == AecId.Boot)
                {
                    bootAecs++;
                }
            });
            RequestLog log = new RequestLog();
            WincRequest r = h.Driver.AllocateRequest(log.Handler, null);
            WincCommands.Wsta(r.Writer, true);
            h.Driver.Submit(r);
            h.Run(1, 10);
            int resets = h.Bus.ResetCalls;
            int restarts = h.Device.RestartCount;

            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Boot).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, bootAecs, "handlers see BOOT too");
            Assert.AreEqual((int)RequestResult.ModuleReset, (int)log.Result);
            Assert.AreEqual(1, h.Count(SystemEvent.UnexpectedReset));
            Assert.AreEqual((int)SystemStatus.Busy, (int)h.Driver.Status);
            Assert.AreEqual(resets, h.Bus.ResetCalls, "the module reset itself: no RESETN pulse");
            Assert.AreEqual(restarts + 1, h.Device.RestartCount, "the SDIO bring-up starts over");

            h.Device.Script(SdioStatus.ResetWaiting, 30);
            h.Run(40, 100);
            Assert.AreEqual(3, h.Device.SentCount, "boot queries sent again once the link is up");
            h.AnswerBoot(2);
            h.Run(1, 10);
            Assert.IsTrue(h.Driver.IsReady);
        }

        [TestMethod]
        public void BusErrorFailsRequestsAndReinitializesWithoutHardReset()
        {
            DriverHarness h = new DriverHarness(3);
            h.BringUp();
            RequestLog log = new RequestLog();
            WincRequest r = h.Driver.AllocateRequest(log.Handler, null);
            WincCommands.Socko(r.Writer, SocketProtocol.Udp, 0);
            h.Driver.Submit(r);
            h.Run(1, 10);
            int resets = h.Bus.ResetCalls;

            h.Device.FailBus(MessageDeviceError.TransferFailed);
            h.Run(1, 10);
            Assert.AreEqual((int)RequestResult.BusError, (int)log.Result);
            Assert.AreEqual(1, h.Count(SystemEvent.CommsError));
            Assert.AreEqual((int)SystemStatus.Busy, (int)h.Driver.Status);
            Assert.AreEqual(resets, h.Bus.ResetCalls, "no hard reset after a bus error");
            Assert.AreEqual(3, h.Driver.FreeRequestCount);

            WincRequest late = h.Driver.AllocateRequest(null, null);
            WincCommands.Rst(late.Writer);
            Assert.AreEqual((int)DriverStatus.Busy, (int)h.Driver.Submit(late), "retry later while recovering");

            h.Run(5, 100);
            h.AnswerBoot(2);
            h.Run(1, 10);
            Assert.IsTrue(h.Driver.IsReady);
        }

        [TestMethod]
        public void OversizedModuleMessageIsCountedAndKeepsTheLinkAndOutstandingRequests()
        {
            DriverHarness h = new DriverHarness(3);
            h.BringUp();
            RequestLog log = new RequestLog();
            WincRequest r = h.Driver.AllocateRequest(log.Handler, null);
            WincCommands.Socko(r.Writer, SocketProtocol.Udp, 0);
            h.Driver.Submit(r);
            h.Run(1, 10);

            h.Device.FailBus(MessageDeviceError.OversizedMessage);
            h.Run(1, 10);
            Assert.AreEqual(1, h.Driver.DiscardedMessages);
            Assert.AreEqual(0, h.Count(SystemEvent.CommsError));
            Assert.IsTrue(h.Driver.IsReady);
            Assert.AreEqual(1, h.Driver.OutstandingRequestCount, "the request still waits for its answer");
        }

        [TestMethod]
        public void BusErrorRecoveryHasOnlyTenWaits()
        {
            DriverHarness h = new DriverHarness(2);
            h.BringUp();
            int steps = h.Device.StepCount;
            h.Device.AfterScript = SdioStatus.ResetWaiting;
            h.Device.FailBus(MessageDeviceError.Timeout);
            h.Run(40, 100);
            Assert.AreEqual(WincDriver.CommsErrorWaitBudget, h.Device.StepCount - steps);
            Assert.AreEqual((int)SystemStatus.ErrorDeviceNotFound, (int)h.Driver.Status);
            Assert.AreEqual(1, h.Count(SystemEvent.ResetTimeout));
        }

        [TestMethod]
        public void LinkLostWithoutNoticeIsTreatedAsBusError()
        {
            DriverHarness h = new DriverHarness(2);
            h.BringUp();
            h.Device.DropLinkSilently();
            h.Run(1, 10);
            Assert.AreEqual(1, h.Count(SystemEvent.CommsError));
            Assert.AreEqual((int)SystemStatus.Busy, (int)h.Driver.Status);
        }

        [TestMethod]
        public void UnansweredBootQueriesTimeOutIntoRecovery()
        {
            DriverHarness h = new DriverHarness(2);
            h.RunToBootQuery();
            h.Run(49, 100);
            Assert.AreEqual(0, h.Count(SystemEvent.CommsError));
            h.Run(2, 100);
            Assert.AreEqual(1, h.Count(SystemEvent.CommsError));
            h.Run(2, 100);
            Assert.AreEqual(2, h.Device.SentCount, "boot queries sent again");
            h.AnswerBoot(1);
            h.Run(1, 10);
            Assert.IsTrue(h.Driver.IsReady);
        }

        [TestMethod]
        public void DeinitializeHoldsTheModuleInReset()
        {
            DriverHarness h = new DriverHarness(2);
            h.BringUp();
            h.Driver.Deinitialize();
            Assert.AreEqual((int)SystemStatus.Uninitialized, (int)h.Driver.Status);
            Assert.IsTrue(h.Bus.InReset);
            int polls = h.Device.PollCount;
            h.Run(5, 10);
            Assert.AreEqual(polls, h.Device.PollCount, "nothing runs after Deinitialize");
        }
    }
}
