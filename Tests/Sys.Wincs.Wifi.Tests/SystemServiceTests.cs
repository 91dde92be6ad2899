// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections;
using Drivers.Wincs02;
using Drivers.Wincs02.Files;
using Drivers.Wincs02.Protocol;
using nanoFramework.TestFramework;
using Sys.Wincs.Wifi.Tests.Helpers;

namespace Sys.Wincs.Wifi.Tests
{
    /// <summary>SYS_WINCS_SYSTEM requests (spec section 2.3): results, data and command bytes.</summary>
    [TestClass]
    public class SystemServiceTests
    {
        private static SystemEvent[] s_events = new SystemEvent[16];
        private static int s_eventCount;

        private static WincsSystemService NewSystem(WifiHarness h)
        {
            return new WincsSystemService(h.Driver, h.Service.Net, new WincFiles(h.Driver));
        }

        private static void Expect(WincsResult expected, WincsSystemService system, SystemService request, object argument)
        {
            Assert.AreEqual((int)expected, (int)system.SrvCtrl(request, argument), "result of request " + ((int)request).ToString());
        }

        [TestMethod]
        public void VersionsAndDeviceInformationFromBoot()
        {
            WifiHarness h = new WifiHarness();
            WincsSystemService system = NewSystem(h);
            FirmwareVersionInfo firmware = new FirmwareVersionInfo();
            Expect(WincsResult.Pass, system, SystemService.SwRev, firmware);
            Assert.AreEqual(3, firmware.Major);
            Assert.AreEqual(2, firmware.Minor);
            Assert.AreEqual(1, firmware.Patch);
            Assert.AreEqual(7, firmware.Security);
            Assert.AreEqual((uint)1714000000, firmware.BuildTimeUtc);

            DeviceInfo device = new DeviceInfo();
            Expect(WincsResult.Pass, system, SystemService.DevInfo, device);
            Assert.AreEqual(0x29C70053u, device.Id);
            Assert.AreEqual(2, device.ImageCount);
            Assert.AreEqual(0x03020001u, device.GetImageVersion(0));
            Assert.AreEqual(240, device.NvmSectorCount);

            DriverVersionInfo driver = new DriverVersionInfo();
            Expect(WincsResult.Pass, system, SystemService.DriverVer, driver);
            Assert.AreEqual(WincDriver.VersionMajor, driver.Major);
            Assert.AreEqual(WincDriver.VersionMinor, driver.Minor);
            Assert.AreEqual(WincDriver.VersionPatch, driver.Patch);

            Expect(WincsResult.Fail, system, SystemService.SwRev, null);
            Expect(WincsResult.Fail, system, SystemService.DevInfo, firmware);
            Expect(WincsResult.Fail, system, SystemService.DriverVer, "1.0");
        }

        [TestMethod]
        public void VersionsFailBeforeTheDriverRuns()
        {
            WifiHarness h = new WifiHarness(8, false);
            WincsSystemService system = NewSystem(h);
            Expect(WincsResult.Fail, system, SystemService.SwRev, new FirmwareVersionInfo());
            Expect(WincsResult.Fail, system, SystemService.DevInfo, new DeviceInfo());
            Expect(WincsResult.Fail, system, SystemService.Reset, null);
            Expect(WincsResult.Pass, system, SystemService.DriverVer, new DriverVersionInfo());
        }

        [TestMethod]
        public void MacAddressRequestThenGet()
        {
            WifiHarness h = new WifiHarness();
            WincsSystemService system = NewSystem(h);
            byte[] mac = new byte[6];
            Expect(WincsResult.Fail, system, SystemService.GetWifiDevMacAddr, mac);
            Assert.IsFalse(system.GetTaskStatus());
            Expect(WincsResult.Pass, system, SystemService.ReqWifiDevMacAddr, null);
            h.Step();
            h.ExpectSent(1, "00 09 00 00 00 02 00 10 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 02");
            Assert.IsFalse(system.GetTaskStatus());
            Assert.AreEqual((int)RequestResult.Pending, (int)system.LastTaskResult);
            h.Device.Deliver(h.Device.Response(1, 0).Int(2, 1).Mac(new byte[] { 0xFC, 0x0F, 0xE7, 0x01, 0x02, 0x03 }).ToArray());
            h.Ok(1);
            Assert.IsTrue(system.GetTaskStatus());
            Assert.AreEqual((int)RequestResult.Ok, (int)system.LastTaskResult);
            Expect(WincsResult.Pass, system, SystemService.GetWifiDevMacAddr, mac);
            CollectionAssert.AreEqual(new byte[] { 0xFC, 0x0F, 0xE7, 0x01, 0x02, 0x03 }, mac);
            Expect(WincsResult.Fail, system, SystemService.GetWifiDevMacAddr, new byte[5]);

            WincsSystemService noNet = new WincsSystemService(h.Driver, null, null);
            Expect(WincsResult.Fail, noNet, SystemService.ReqWifiDevMacAddr, null);
        }

        [TestMethod]
        public void CertificateAndKeyLists()
        {
            WifiHarness h = new WifiHarness();
            WincsSystemService system = NewSystem(h);
            ArrayList names = new ArrayList();
            names.Add("stale");
            Expect(WincsResult.Pass, system, SystemService.GetCertList, names);
            Assert.AreEqual(0, names.Count);
            h.Step();
            h.ExpectSent(1, "00 07 00 00 00 02 00 10 | 03 03 00 01 02 00 00 00 | 02 00 00 04 00 00 00 01");
            h.Device.Deliver(h.Device.Response(1, 0).Int(2, 1).Int(1, 1).Str("AmazonRootCA1").ToArray());
            h.Device.Deliver(h.Device.Response(1, 0).Int(2, 1).Int(1, 1).Str("ClientCert").ToArray());
            Assert.IsFalse(system.GetTaskStatus());
            h.Ok(1);
            Assert.IsTrue(system.GetTaskStatus());
            Assert.AreEqual(2, names.Count);
            Assert.AreEqual("AmazonRootCA1", (string)names[0]);
            Assert.AreEqual("ClientCert", (string)names[1]);

            Expect(WincsResult.Pass, system, SystemService.GetKeyList, null);
            h.Step();
            h.ExpectSent(2, "00 07 00 00 00 02 00 10 | 03 03 00 01 02 00 00 00 | 02 00 00 04 00 00 00 02");
            Expect(WincsResult.Busy, system, SystemService.GetCertList, null);
            h.AnswerAll(2, WincStatus.FileSystemError);
            h.Step();
            Assert.IsTrue(system.GetTaskStatus());
            Assert.AreEqual((int)RequestResult.CommandError, (int)system.LastTaskResult);

            Expect(WincsResult.Fail, system, SystemService.GetCertList, "names");
            WincsSystemService noFiles = new WincsSystemService(h.Driver, null, null);
            Expect(WincsResult.Fail, noFiles, SystemService.GetKeyList, null);
        }

        [TestMethod]
        public void SystemEventCallbackSeesTheResetSequence()
        {
            WifiHarness h = new WifiHarness();
            WincsSystemService system = NewSystem(h);
            s_eventCount = 0;
            Expect(WincsResult.Fail, system, SystemService.SetSysEventCallback, "callback");
            Expect(WincsResult.Pass, system, SystemService.SetSysEventCallback, new SystemEventHandler(OnSystemEvent));
            Expect(WincsResult.Pass, system, SystemService.Reset, null);
            h.Run(25, 10);
            h.AnswerBoot(1);
            h.Step();
            Assert.AreEqual(4, s_eventCount);
            Assert.AreEqual((int)SystemEvent.HardReset, (int)s_events[0]);
            Assert.AreEqual((int)SystemEvent.InitBegin, (int)s_events[1]);
            Assert.AreEqual((int)SystemEvent.InitComplete, (int)s_events[2]);
            Assert.AreEqual((int)SystemEvent.DeviceReady, (int)s_events[3]);

            Expect(WincsResult.Pass, system, SystemService.SetSysEventCallback, null);
            Expect(WincsResult.Pass, system, SystemService.Reset, null);
            Assert.AreEqual(4, s_eventCount);
        }

        [TestMethod]
        public void DebugUartSetSendsCfgDebugPort()
        {
            WifiHarness h = new WifiHarness();
            WincsSystemService system = NewSystem(h);
            Expect(WincsResult.Pass, system, SystemService.DebugUartSet, null);
            h.Step();
            h.ExpectSent(1, "00 03 00 00 00 02 00 10 | 03 00 00 04 00 00 00 64 | 02 00 00 04 00 00 00 02");
            Assert.IsFalse(system.GetTaskStatus());
            h.Ok(1);
            Assert.IsTrue(system.GetTaskStatus());
            Assert.AreEqual((int)RequestResult.Ok, (int)system.LastTaskResult);

            Expect(WincsResult.Pass, system, SystemService.DebugUartSet, 0);
            h.Step();
            h.ExpectSent(2, "00 03 00 00 00 02 00 10 | 03 00 00 04 00 00 00 64 | 02 00 00 04 00 00 00 00");
            Expect(WincsResult.Fail, system, SystemService.DebugUartSet, 3);
            Expect(WincsResult.Fail, system, SystemService.DebugUartSet, "UART2");
        }

        [TestMethod]
        public void UnsupportedAndUnknownRequestsFail()
        {
            WifiHarness h = new WifiHarness();
            WincsSystemService system = NewSystem(h);
            Expect(WincsResult.Fail, system, SystemService.SetDebugRegClbk, null);
            Expect(WincsResult.Fail, system, (SystemService)11, null);
            Assert.ThrowsException(typeof(ArgumentNullException), ThrowsOnNullDriver);
            h.Step();
            Assert.AreEqual(1, h.Sent);
        }

        private static void ThrowsOnNullDriver()
        {
            new WincsSystemService(null, null, null);
        }

        private static void OnSystemEvent(WincDriver driver, SystemEvent systemEvent)
        {
            if (s_eventCount < s_events.Length)
            {
                s_events[s_eventCount] = systemEvent;
            }

            s_eventCount++;
        }
    }
}
