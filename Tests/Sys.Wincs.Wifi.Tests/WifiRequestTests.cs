// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Wifi;
using nanoFramework.TestFramework;
using Sys.Wincs.Wifi.Tests.Helpers;

namespace Sys.Wincs.Wifi.Tests
{
    /// <summary>
    /// Every SrvCtrl request: its result and the exact command bytes it puts on the wire (golden vectors
    /// written from spec sections 2.1, 3.3 and 4.7, sequence numbers zeroed).
    /// </summary>
    [TestClass]
    public class WifiRequestTests
    {
        private static WincWifi s_wifi;
        private static WincNet s_net;
        private static WincNet s_otherNet;

        // WSTAC burst of a connection to "MyNet" (WPA2, "secret12", any channel, no BSSID) with the service defaults
        internal const string ConnectMyNetWpa2 =
            "00 14 00 00 00 02 00 14 | 03 00 00 04 00 00 00 01 | 05 03 00 05 4D 79 4E 65 74 00 00 00 | "
            + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 04 | 02 00 00 04 00 00 00 00 | "
            + "00 14 00 00 00 02 00 0C | 03 00 00 04 00 00 00 05 | 0B 00 00 00 | "
            + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 02 00 00 04 00 00 00 03 | "
            + "00 14 00 00 00 02 00 14 | 03 00 00 04 00 00 00 03 | 05 00 00 08 73 65 63 72 65 74 31 32 | "
            + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 32 | 02 00 00 04 00 00 00 01 | "
            + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 07 | 02 00 00 04 00 00 27 10 | "
            + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 08 | 02 00 00 04 00 00 00 00 | "
            + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 09 | 02 00 00 04 00 00 00 02 | "
            + "00 09 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 14 | 0A 00 00 04 00 00 00 00 | "
            + "00 14 01 00 00 01 00 08 | 02 00 00 04 00 00 00 01";

        private static void CreateOnTwoDrivers()
        {
            new WincsWifiService(s_wifi, s_otherNet);
        }

        private static void CreateWithoutNet()
        {
            new WincsWifiService(s_wifi, null);
        }

        private static void CreateWithoutDriver()
        {
            new WincsWifiService(null);
        }

        internal static WifiParam Station(bool autoConnect)
        {
            WifiParam p = new WifiParam();
            p.Mode = WifiMode.Sta;
            p.Ssid = "MyNet";
            p.Passphrase = "secret12";
            p.Security = WifiSecurity.Wpa2;
            p.AutoConnect = autoConnect;
            return p;
        }

        internal static WifiParam SoftAp(bool hidden)
        {
            WifiParam p = new WifiParam();
            p.Mode = WifiMode.Ap;
            p.Ssid = "nanoAP";
            p.Passphrase = "appass123";
            p.Security = WifiSecurity.Wpa2;
            p.Channel = 6;
            p.Hidden = hidden;
            return p;
        }

        [TestMethod]
        public void DriverStatusOpenAndHandle()
        {
            WifiHarness h = new WifiHarness(8, false);
            SystemStatus[] status = new SystemStatus[1];
            h.Expect(WincsResult.Pass, WifiService.GetDrvStatus, status);
            Assert.AreEqual((int)SystemStatus.Uninitialized, (int)status[0]);
            h.Expect(WincsResult.Fail, WifiService.GetDrvStatus, null);
            h.Expect(WincsResult.Fail, WifiService.OpenDriver, null);
            h.Expect(WincsResult.Fail, WifiService.GetDrvHandle, new WincDriver[1]);

            h.Driver.Initialize();
            h.Step();
            h.Expect(WincsResult.Pass, WifiService.GetDrvStatus, status);
            Assert.AreEqual((int)SystemStatus.Busy, (int)status[0]);
            h.Expect(WincsResult.Fail, WifiService.OpenDriver, null);

            h.Driver.Deinitialize();
            h.BringUp();
            h.Expect(WincsResult.Pass, WifiService.GetDrvStatus, status);
            Assert.AreEqual((int)SystemStatus.Ready, (int)status[0]);
            WincDriver[] handle = new WincDriver[1];
            h.Expect(WincsResult.Fail, WifiService.OpenDriver, new object[1]);
            Assert.IsFalse(h.Service.IsOpen);
            h.Expect(WincsResult.Pass, WifiService.OpenDriver, handle);
            Assert.IsTrue(h.Service.IsOpen);
            Assert.IsTrue(handle[0] == h.Driver);
            WincDriver[] again = new WincDriver[1];
            h.Expect(WincsResult.Pass, WifiService.GetDrvHandle, again);
            Assert.IsTrue(again[0] == h.Driver);
            h.Expect(WincsResult.Fail, WifiService.GetDrvHandle, null);
        }

        [TestMethod]
        public void ModuleRequestsFailBeforeOpenAndSendNothing()
        {
            WifiHarness h = new WifiHarness();
            h.Expect(WincsResult.Fail, WifiService.GetTime, null);
            h.Expect(WincsResult.Fail, WifiService.SetSntp, "pool.ntp.org");
            h.Expect(WincsResult.Fail, WifiService.StaConnect, null);
            h.Expect(WincsResult.Fail, WifiService.Ping, "8.8.8.8");
            h.Expect(WincsResult.Fail, WifiService.ActiveScan, null);
            h.Expect(WincsResult.Fail, WifiService.DnsResolve, "example.com");
            h.Expect(WincsResult.Fail, WifiService.SetRegDomain, "USA");
            h.Expect(WincsResult.Fail, WifiService.SetParams, Station(true));

            // local requests need no driver
            h.Expect(WincsResult.Pass, WifiService.SetParams, Station(false));
            h.Expect(WincsResult.Pass, WifiService.SetHidden, true);
            h.Step();
            Assert.AreEqual(1, h.Sent, "only the boot burst");
        }

        [TestMethod]
        public void SetParamsStationAutoConnectSendsTheConnectBurst()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetParams, Station(true));
            h.Step();
            Assert.AreEqual(2, h.Sent);
            h.ExpectSent(1, ConnectMyNetWpa2);
            Assert.AreEqual((int)WifiMode.Sta, (int)h.Service.Mode);
        }

        [TestMethod]
        public void SetParamsWithoutAutoConnectWaitsForStaConnect()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetParams, Station(false));
            h.Step();
            Assert.AreEqual(1, h.Sent);
            h.Expect(WincsResult.Pass, WifiService.StaConnect, null);
            h.Step();
            h.ExpectSent(1, ConnectMyNetWpa2);

            // a second connect while connecting is refused by the driver
            h.Expect(WincsResult.Fail, WifiService.StaConnect, null);
        }

        [TestMethod]
        public void OpenNetworkWithChannelAndBssid()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            WifiParam p = new WifiParam();
            p.Ssid = "Cafe";
            p.Security = WifiSecurity.Open;
            p.Passphrase = "ignored!";
            p.Channel = 11;
            h.Expect(WincsResult.Pass, WifiService.SetParams, p);
            h.Expect(WincsResult.Pass, WifiService.SetBssid, new byte[] { 0x00, 0x11, 0x22, 0x33, 0x44, 0x55 });
            h.Expect(WincsResult.Fail, WifiService.SetBssid, new byte[5]);
            h.Expect(WincsResult.Pass, WifiService.StaConnect, null);
            h.Step();
            h.ExpectSent(
                1,
                "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 05 00 00 04 43 61 66 65 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 04 | 02 00 00 04 00 00 00 0B | "
                + "00 14 00 00 00 02 00 14 | 03 00 00 04 00 00 00 05 | 0B 02 00 06 00 11 22 33 44 55 00 00 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 02 00 00 04 00 00 00 00 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 32 | 02 00 00 04 00 00 00 00 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 07 | 02 00 00 04 00 00 27 10 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 08 | 02 00 00 04 00 00 00 00 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 09 | 02 00 00 04 00 00 00 02 | "
                + "00 09 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 14 | 0A 00 00 04 00 00 00 00 | "
                + "00 14 01 00 00 01 00 08 | 02 00 00 04 00 00 00 01");
        }

        [TestMethod]
        public void SetParamsRejectsBadParameters()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Fail, WifiService.SetParams, null);
            h.Expect(WincsResult.Fail, WifiService.SetParams, "MyNet");
            WifiParam p = Station(true);
            p.Ssid = null;
            h.Expect(WincsResult.Fail, WifiService.SetParams, p);
            p.Ssid = "123456789012345678901234567890123";
            h.Expect(WincsResult.Fail, WifiService.SetParams, p);
            p = Station(true);
            p.Passphrase = "short";
            h.Expect(WincsResult.Fail, WifiService.SetParams, p);
            p = Station(true);
            p.Channel = 14;
            h.Expect(WincsResult.Fail, WifiService.SetParams, p);
            p = Station(true);
            p.Mode = (WifiMode)2;
            h.Expect(WincsResult.Fail, WifiService.SetParams, p);
            p = SoftAp(false);
            p.Channel = 0;
            h.Expect(WincsResult.Fail, WifiService.SetParams, p);
            h.Step();
            Assert.AreEqual(1, h.Sent, "nothing sent");

            // nothing was stored: STA_CONNECT has no network to join
            h.Expect(WincsResult.Fail, WifiService.StaConnect, null);
        }

        [TestMethod]
        public void StaDisconnectSendsWstaZero()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Fail, WifiService.StaDisconnect, null);
            h.Expect(WincsResult.Pass, WifiService.SetParams, Station(true));
            h.Step();
            h.Expect(WincsResult.Pass, WifiService.StaDisconnect, null);
            h.Step();
            h.ExpectSent(2, "00 14 01 00 00 01 00 08 | 02 00 00 04 00 00 00 00");
        }

        [TestMethod]
        public void SetSntpSendsServerStaticAndEnable()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Fail, WifiService.SetSntp, null);
            h.Expect(WincsResult.Fail, WifiService.SetSntp, 123);
            h.Expect(WincsResult.Pass, WifiService.SetSntp, "pool.ntp.org");
            h.Step();
            Assert.AreEqual(4, h.Sent);
            h.ExpectSent(1, "00 0D 00 00 00 02 00 18 | 03 00 00 04 00 00 00 03 | 05 00 00 0C 70 6F 6F 6C 2E 6E 74 70 2E 6F 72 67");
            h.ExpectSent(2, "00 0D 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 0A 00 00 04 00 00 00 01");
            h.ExpectSent(3, "00 0D 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 0A 00 00 04 00 00 00 01");
        }

        [TestMethod]
        public void GetTimeSendsTimeUtc()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.GetTime, null);
            h.Step();
            h.ExpectSent(1, "00 10 00 00 00 01 00 08 | 03 03 00 01 01 00 00 00");

            // one time query at a time
            h.Expect(WincsResult.Busy, WifiService.GetTime, null);
        }

        [TestMethod]
        public void CoexistenceConfigAndEnable()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            CoexConfig c = new CoexConfig();
            c.Use2Wire = true;
            c.WlanTxHigherThanBt = true;
            h.Expect(WincsResult.Fail, WifiService.BtCoexConfg, null);
            h.Expect(WincsResult.Pass, WifiService.BtCoexConfg, c);
            h.Expect(WincsResult.Fail, WifiService.BtCoexEnable, null);
            h.Expect(WincsResult.Pass, WifiService.BtCoexEnable, true);
            h.Step();
            h.ExpectSent(
                1,
                "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 1F | 02 00 00 04 00 00 00 01 | "
                + "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 20 | 02 00 00 04 00 00 00 00 | "
                + "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 21 | 02 00 00 04 00 00 00 01 | "
                + "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 22 | 02 00 00 04 00 00 00 00");
            h.ExpectSent(2, "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 1E | 0A 00 00 04 00 00 00 01");
        }

        [TestMethod]
        public void PingLiteralsAndName()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Fail, WifiService.Ping, null);
            h.Expect(WincsResult.Pass, WifiService.Ping, "8.8.8.8");
            h.Step();
            h.ExpectSent(1, "00 0B 00 00 00 01 00 08 | 08 00 00 04 08 08 08 08");

            // one ping at a time (the module's answers carry no id)
            h.Expect(WincsResult.Busy, WifiService.Ping, "8.8.4.4");
            h.Ok(1);
            h.Deliver(WifiHarness.Aec(AecId.Ping).Ipv4(8, 8, 8, 8).Int(12, 1));

            h.Expect(WincsResult.Pass, WifiService.Ping, "fe80::1");
            h.Step();
            h.ExpectSent(2, "00 0B 00 00 00 01 00 14 | 09 00 00 10 FE 80 00 00 00 00 00 00 00 00 00 00 00 00 00 01");
            h.Ok(2);
            h.Deliver(WifiHarness.Aec(AecId.Pingerr).Int(0x0B00, 2));

            h.Expect(WincsResult.Pass, WifiService.Ping, "gw.local");
            h.Step();
            h.ExpectSent(3, "00 0B 00 00 00 01 00 0C | 05 00 00 08 67 77 2E 6C 6F 63 61 6C");
        }

        [TestMethod]
        public void SoftApEnableSendsWapcBurstAndDisableStopsDhcpServer()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetParams, SoftAp(false));
            h.Expect(WincsResult.Pass, WifiService.SetChannelAp, 6);
            h.Expect(WincsResult.Fail, WifiService.SetChannelAp, 0);
            h.Expect(WincsResult.Fail, WifiService.SetChannelAp, 14);
            h.Expect(WincsResult.Fail, WifiService.SetChannelAp, "6");
            h.Expect(WincsResult.Pass, WifiService.SetHidden, true);
            h.Expect(WincsResult.Fail, WifiService.SetHidden, null);
            h.Step();
            Assert.AreEqual(1, h.Sent, "SetParams for an AP sends nothing");
            Assert.AreEqual((int)WifiMode.Ap, (int)h.Service.Mode);

            h.Expect(WincsResult.Fail, WifiService.ApDisable, null);
            h.Expect(WincsResult.Pass, WifiService.ApEnable, null);
            h.Step();
            h.ExpectSent(
                1,
                "00 12 00 00 00 02 00 14 | 03 00 00 04 00 00 00 01 | 05 02 00 06 6E 61 6E 6F 41 50 00 00 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 04 | 02 00 00 04 00 00 00 06 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 02 00 00 04 00 00 00 03 | "
                + "00 12 00 00 00 02 00 18 | 03 00 00 04 00 00 00 03 | 05 03 00 09 61 70 70 61 73 73 31 32 33 00 00 00 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 32 | 02 00 00 04 00 00 00 01 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 05 | 0A 00 00 04 00 00 00 01 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 08 | 02 00 00 04 00 00 00 00 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 09 | 02 00 00 04 00 01 51 80 | "
                + "00 12 01 00 00 01 00 08 | 02 00 00 04 00 00 00 01");
            h.Ok(1);
            Assert.IsTrue(h.Service.Wifi.IsApActive);
            Assert.AreEqual(0, h.Events.Count, "Harmony raises no event for the AP start");

            h.Expect(WincsResult.Pass, WifiService.ApDisable, null);
            h.Step();
            h.ExpectSent(2, "00 12 01 00 00 01 00 08 | 02 00 00 04 00 00 00 00");
            h.ExpectSent(3, "00 04 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 01 | 0A 00 00 04 00 00 00 00");
        }

        [TestMethod]
        public void ScansSendTimingThenScan()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            ScanParam s = new ScanParam();
            s.ScanTimeMs = 120;
            h.Expect(WincsResult.Pass, WifiService.PassiveScan, s);
            h.Step();
            h.ExpectSent(1, "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 03 | 02 00 00 04 00 00 00 78");
            h.ExpectSent(
                2,
                "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 0B | 02 00 00 04 00 00 1F FF | "
                + "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 02 00 00 04 00 00 00 00 | "
                + "00 13 00 00 00 02 00 0C | 03 00 00 04 00 00 00 0A | 05 00 00 00 | "
                + "00 13 01 00 00 01 00 08 | 03 03 00 01 00 00 00 00");

            // a scan at a time
            h.Expect(WincsResult.Fail, WifiService.ActiveScan, null);
            h.Ok(1);
            h.Ok(2);
            h.Deliver(WifiHarness.Aec(AecId.Wscndone).Int(0, 1));

            s.Channel = 6;
            s.ScanTimeMs = 0;
            h.Expect(WincsResult.Pass, WifiService.ActiveScan, s);
            h.Step();
            h.ExpectSent(
                3,
                "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 0B | 02 00 00 04 00 00 1F FF | "
                + "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 02 00 00 04 00 00 00 06 | "
                + "00 13 00 00 00 02 00 0C | 03 00 00 04 00 00 00 0A | 05 00 00 00 | "
                + "00 13 01 00 00 01 00 08 | 03 03 00 01 01 00 00 00");
            h.Ok(3);
            h.Deliver(WifiHarness.Aec(AecId.Wscndone).Int(0, 1));

            // Harmony ignored the time of an active scan; here it is the active slot time
            s.Channel = 0;
            s.ScanTimeMs = 40;
            h.Expect(WincsResult.Pass, WifiService.ActiveScan, s);
            h.Step();
            h.ExpectSent(4, "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 02 00 00 04 00 00 00 28");

            ScanParam bad = new ScanParam();
            bad.Channel = 14;
            h.Expect(WincsResult.Fail, WifiService.PassiveScan, bad);
            bad.Channel = 0;
            bad.ScanTimeMs = 70000;
            h.Expect(WincsResult.Fail, WifiService.PassiveScan, bad);
            h.Expect(WincsResult.Fail, WifiService.PassiveScan, "all");
        }

        [TestMethod]
        public void DnsResolveNameAndParam()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.DnsResolve, "example.com");
            h.Step();
            h.ExpectSent(
                1,
                "00 05 00 00 00 02 00 10 | 03 00 00 04 00 00 00 03 | 02 00 00 04 00 00 13 88 | "
                + "00 05 01 00 00 02 00 18 | 03 03 00 01 01 00 00 00 | 05 01 00 0B 65 78 61 6D 70 6C 65 2E 63 6F 6D 00");

            DnsResolveParam p = new DnsResolveParam();
            p.Name = "a.io";
            p.RecordType = DnsRecordType.Aaaa;
            p.TimeoutMs = 2000;
            h.Expect(WincsResult.Pass, WifiService.DnsResolve, p);
            h.Step();
            h.ExpectSent(
                2,
                "00 05 00 00 00 02 00 10 | 03 00 00 04 00 00 00 03 | 02 00 00 04 00 00 07 D0 | "
                + "00 05 01 00 00 02 00 10 | 03 03 00 01 1C 00 00 00 | 05 00 00 04 61 2E 69 6F");

            h.Expect(WincsResult.Fail, WifiService.DnsResolve, null);
            p.RecordType = DnsRecordType.Mx;
            h.Expect(WincsResult.Fail, WifiService.DnsResolve, p);
            p.RecordType = DnsRecordType.A;
            p.TimeoutMs = 0;
            h.Expect(WincsResult.Fail, WifiService.DnsResolve, p);
            p.TimeoutMs = 100;
            p.Name = null;
            h.Expect(WincsResult.Fail, WifiService.DnsResolve, p);
        }

        [TestMethod]
        public void RegulatoryDomainSetAndGet()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Fail, WifiService.SetRegDomain, null);
            h.Expect(WincsResult.Fail, WifiService.SetRegDomain, "TOOLONG");
            h.Expect(WincsResult.Pass, WifiService.SetRegDomain, "USA");
            h.Step();
            h.ExpectSent(
                1,
                "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 0A | 05 01 00 03 55 53 41 00 | "
                + "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0A | "
                + "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0C");

            // one regulatory request at a time
            h.Expect(WincsResult.Busy, WifiService.GetRegDomain, null);
            h.Ok(1);
            h.Expect(WincsResult.Fail, WifiService.GetRegDomain, "all");
            h.Expect(WincsResult.Pass, WifiService.GetRegDomain, null);
            h.Step();
            h.ExpectSent(
                2,
                "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0B | "
                + "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0A | "
                + "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0C");
            h.Ok(2);
            h.Expect(WincsResult.Pass, WifiService.GetRegDomain, RegDomainSelect.Current);
            h.Step();
            h.ExpectSent(
                3,
                "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0A | "
                + "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0C");
        }

        [TestMethod]
        public void PowerSaveModeOnAndOff()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Fail, WifiService.EnablePowersaveMode, null);
            h.Expect(WincsResult.Pass, WifiService.EnablePowersaveMode, true);
            h.Expect(WincsResult.Pass, WifiService.EnablePowersaveMode, false);
            h.Step();
            h.ExpectSent(1, "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 14 | 02 00 00 04 00 00 00 01");
            h.ExpectSent(2, "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 14 | 02 00 00 04 00 00 00 00");
        }

        [TestMethod]
        public void CallbackSlots()
        {
            WifiHarness h = new WifiHarness();
            EventLog service = new EventLog();
            WifiCallback[] slots = new WifiCallback[2];
            h.Expect(WincsResult.Pass, WifiService.GetCallback, slots);
            Assert.IsNull(slots[0]);
            Assert.IsTrue(slots[1] == h.Events.Callback);
            h.Expect(WincsResult.Pass, WifiService.SetSrvcCallback, service.Callback);
            h.Expect(WincsResult.Pass, WifiService.GetCallback, slots);
            Assert.IsTrue(slots[WincsWifiService.ServiceCallbackIndex] == service.Callback);
            Assert.IsTrue(slots[WincsWifiService.ApplicationCallbackIndex] == h.Events.Callback);
            Assert.IsTrue(h.Service.ServiceCallback == service.Callback);
            Assert.IsTrue(h.Service.ApplicationCallback == h.Events.Callback);
            h.Expect(WincsResult.Fail, WifiService.GetCallback, new WifiCallback[1]);
            h.Expect(WincsResult.Fail, WifiService.GetCallback, null);
            h.Expect(WincsResult.Fail, WifiService.SetCallback, "callback");
            h.Expect(WincsResult.Pass, WifiService.SetCallback, null);
            Assert.IsNull(h.Service.ApplicationCallback);
        }

        [TestMethod]
        public void UnknownRequestAndClosedServiceFail()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Fail, (WifiService)25, null);
            h.Expect(WincsResult.Fail, (WifiService)(-1), null);
            h.Service.Close();
            h.Expect(WincsResult.Fail, WifiService.GetTime, null);
            h.Expect(WincsResult.Fail, WifiService.SetCallback, null);
            h.Step();
            Assert.AreEqual(1, h.Sent);
        }

        [TestMethod]
        public void ExhaustedPoolIsBusy()
        {
            WifiHarness h = new WifiHarness(2, true);
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.EnablePowersaveMode, true);
            h.Expect(WincsResult.Pass, WifiService.EnablePowersaveMode, true);
            h.Expect(WincsResult.Busy, WifiService.EnablePowersaveMode, true);
            h.Expect(WincsResult.Busy, WifiService.SetParams, Station(true));
            h.Step();
            h.Ok(1);
            h.Ok(2);
            h.Expect(WincsResult.Pass, WifiService.SetParams, Station(true));
        }

        [TestMethod]
        public void SharedDriverServices()
        {
            WifiHarness h = new WifiHarness();
            WifiHarness other = new WifiHarness();
            s_wifi = new WincWifi(h.Driver);
            s_net = new WincNet(h.Driver);
            s_otherNet = new WincNet(other.Driver);
            WincsWifiService shared = new WincsWifiService(s_wifi, s_net);
            Assert.IsTrue(shared.Wifi == s_wifi);
            Assert.IsTrue(shared.Net == s_net);
            Assert.IsTrue(shared.Driver == h.Driver);
            Assert.ThrowsException(typeof(ArgumentException), CreateOnTwoDrivers);
            Assert.ThrowsException(typeof(ArgumentNullException), CreateWithoutNet);
            Assert.ThrowsException(typeof(ArgumentNullException), CreateWithoutDriver);

            // the shared network service reports addresses to this service
            EventLog log = new EventLog();
            Assert.AreEqual((int)WincsResult.Pass, (int)shared.SrvCtrl(WifiService.SetCallback, log.Callback));
            h.Deliver(WifiHarness.Aec(AecId.Wstaaip).Int(1, 1).Ipv4(10, 0, 0, 7));
            Assert.AreEqual(1, log.Count);
            Assert.AreEqual("10.0.0.7", (string)log.Data(0));

            // closing it leaves the shared services running, without its callbacks
            shared.Close();
            h.Deliver(WifiHarness.Aec(AecId.Wstaaip).Int(1, 1).Ipv4(10, 0, 0, 8));
            Assert.AreEqual(1, log.Count);
            Assert.IsTrue(s_net.IPLinkActive);
        }

        [TestMethod]
        public void ResultMapping()
        {
            Assert.AreEqual((int)WincsResult.Pass, (int)WincsWifiService.ToWincsResult(DriverStatus.Ok));
            Assert.AreEqual((int)WincsResult.Busy, (int)WincsWifiService.ToWincsResult(DriverStatus.RetryRequest));
            Assert.AreEqual((int)WincsResult.Busy, (int)WincsWifiService.ToWincsResult(DriverStatus.Busy));
            Assert.AreEqual((int)WincsResult.Fail, (int)WincsWifiService.ToWincsResult(DriverStatus.NotOpen));
            Assert.AreEqual((int)WincsResult.Fail, (int)WincsWifiService.ToWincsResult(DriverStatus.ScanInProgress));
            Assert.AreEqual((int)WincsResult.Fail, (int)WincsWifiService.ToWincsResult(DriverStatus.RequestError));
            Assert.AreEqual(0, (int)WincsResult.Pass);
            Assert.AreEqual(-1, (int)WincsResult.Fail);
            Assert.AreEqual(-2, (int)WincsResult.Raw);
            Assert.AreEqual(-3, (int)WincsResult.Cotn);
            Assert.AreEqual(-4, (int)WincsResult.Busy);
            Assert.AreEqual(-5, (int)WincsResult.Timeout);
        }
    }
}
