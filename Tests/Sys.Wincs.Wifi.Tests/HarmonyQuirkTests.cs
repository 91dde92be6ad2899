// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;
using Tests.Shared;
using nanoFramework.TestFramework;
using Sys.Wincs.Wifi.Tests.Helpers;

namespace Sys.Wincs.Wifi.Tests
{
    /// <summary>
    /// One test per Harmony behaviour this port fixes on purpose (spec section 8; README "Harmony
    /// quirks fixed"). Each asserts our behaviour where Harmony's would fail the assertion.
    /// </summary>
    [TestClass]
    public class HarmonyQuirkTests
    {
        [TestMethod]
        public void ConnectionTimeoutIsTenSecondsAndRoamingIsLayer3()
        {
            // Harmony passed a zero-filled WDRV_WINC_CONN_CFG: CONN_TIMEOUT 0, ROAMING 0
            WifiHarness h = new WifiHarness();
            h.Open();
            Assert.AreEqual(10000, h.Service.ConnectionConfig.ConnectionTimeoutMs);
            h.Expect(WincsResult.Pass, WifiService.SetParams, WifiRequestTests.Station(true));
            h.Step();
            byte[] sent = h.SentWithoutSequence(1);
            CollectionAssert.AreEqual(
                Hex.Parse("00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 07 | 02 00 00 04 00 00 27 10"),
                Slice(sent, 148, 24));
            CollectionAssert.AreEqual(
                Hex.Parse("00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 09 | 02 00 00 04 00 00 00 02"),
                Slice(sent, 196, 24));

            // the settings can still be changed, and STA_CONNECT uses them as well
            h.Deliver(WifiHarness.Aec(AecId.Wstaerr).Int((int)WincStatus.StaConnFailed, 2));
            h.Service.ConnectionConfig.ConnectionTimeoutMs = 3000;
            h.Expect(WincsResult.Pass, WifiService.StaConnect, null);
            h.Step();
            CollectionAssert.AreEqual(
                Hex.Parse("00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 07 | 02 00 00 04 00 00 0B B8"),
                Slice(h.SentWithoutSequence(2), 148, 24));
        }

        [TestMethod]
        public void SntpUpIsRaisedOnEverySynchronization()
        {
            // Harmony raised SNTP_UP once per boot (static flag) and only for a year after 2000
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetSntp, "pool.ntp.org");
            h.Step();
            h.Ok(1);
            h.Ok(2);
            h.Ok(3);
            h.Deliver(WifiHarness.Aec(AecId.Time).Utc(1714000000));
            h.Deliver(WifiHarness.Aec(AecId.Time).Utc(1714003600));
            h.Expect(WincsResult.Pass, WifiService.GetTime, null);
            h.Step();
            h.Ok(4);
            h.Deliver(WifiHarness.Aec(AecId.Time).Utc(1714003601));
            h.Deliver(WifiHarness.Aec(AecId.Time).Utc(1714007200));
            Assert.AreEqual(4, h.Events.CountOf(WifiEvent.SntpUp));
            Assert.AreEqual(4, h.Events.Count);
            Assert.AreEqual(1714003601 - 1714000000, (int)((((DateTime)h.Events.Data(2)).Ticks - ((DateTime)h.Events.Data(0)).Ticks) / TimeSpan.TicksPerSecond));
        }

        [TestMethod]
        public void UnknownSecurityTypeFails()
        {
            // Harmony printed INVALID_PARAMETER but returned PASS, configured nothing and never connected
            WifiHarness h = new WifiHarness();
            h.Open();
            WifiParam p = WifiRequestTests.Station(true);
            p.Security = (WifiSecurity)1;
            h.Expect(WincsResult.Fail, WifiService.SetParams, p);
            p.Security = (WifiSecurity)6;
            h.Expect(WincsResult.Fail, WifiService.SetParams, p);
            p.Security = (WifiSecurity)(-1);
            h.Expect(WincsResult.Fail, WifiService.SetParams, p);
            h.Step();
            Assert.AreEqual(1, h.Sent);
            h.Expect(WincsResult.Fail, WifiService.StaConnect, null);

            // every known type passes
            p.AutoConnect = false;
            p.Security = WifiSecurity.Open;
            h.Expect(WincsResult.Pass, WifiService.SetParams, p);
            p.Security = WifiSecurity.Wpa2Mixed;
            h.Expect(WincsResult.Pass, WifiService.SetParams, p);
            p.Security = WifiSecurity.Wpa2;
            h.Expect(WincsResult.Pass, WifiService.SetParams, p);
            p.Security = WifiSecurity.Wpa3Trans;
            h.Expect(WincsResult.Pass, WifiService.SetParams, p);
            p.Security = WifiSecurity.Wpa3;
            h.Expect(WincsResult.Pass, WifiService.SetParams, p);
        }

        [TestMethod]
        public void ResetIsARealPulse()
        {
            // Harmony's SYS_WINCS_SYSTEM_RESET only drove RESETN high
            WifiHarness h = new WifiHarness();
            WincsSystemService system = new WincsSystemService(h.Driver, h.Service.Net, null);
            int before = h.Bus.ResetCalls;
            long start = h.Clock.UtcTicks;
            Assert.AreEqual((int)WincsResult.Pass, (int)system.SrvCtrl(SystemService.Reset, null));
            Assert.AreEqual(before + 1, h.Bus.ResetCalls);
            Assert.IsTrue(h.Bus.GetResetLevel(before), "RESETN low first");
            Assert.IsTrue(h.Bus.InReset);
            h.Run(99, 1);
            Assert.IsTrue(h.Bus.InReset, "held low for 100 ms");
            h.Run(2, 1);
            Assert.IsFalse(h.Bus.InReset);
            Assert.IsFalse(h.Bus.GetResetLevel(before + 1), "then released");
            Assert.AreEqual(100, FakeClock.Ms(h.Bus.GetResetTime(before + 1) - h.Bus.GetResetTime(before)));
            Assert.AreEqual(0, FakeClock.Ms(h.Bus.GetResetTime(before) - start));
            Assert.AreEqual((int)SystemStatus.Busy, (int)h.Driver.Status);

            // the module comes back and answers its boot queries again
            h.Run(20, 10);
            Assert.AreEqual(2, h.Sent, "a new boot burst");
        }

        [TestMethod]
        public void HiddenSsidFlagIsNamedForWhatItDoes()
        {
            // Harmony's field was ssidVisibility, copied to cloaked: true hid the SSID
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetParams, WifiRequestTests.SoftAp(true));
            Assert.IsTrue(h.Service.SoftApConfig.Hidden);
            h.Expect(WincsResult.Pass, WifiService.ApEnable, null);
            h.Step();
            CollectionAssert.AreEqual(
                Hex.Parse("00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 05 | 0A 00 00 04 00 00 00 01"),
                Slice(h.SentWithoutSequence(1), 132, 24));
            h.Ok(1);
            h.Expect(WincsResult.Pass, WifiService.ApDisable, null);
            h.Step();
            h.Ok(2);
            h.Ok(3);

            h.Expect(WincsResult.Pass, WifiService.SetParams, WifiRequestTests.SoftAp(false));
            Assert.IsFalse(h.Service.SoftApConfig.Hidden);
            h.Expect(WincsResult.Pass, WifiService.ApEnable, null);
            h.Step();
            CollectionAssert.AreEqual(
                Hex.Parse("00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 05 | 0A 00 00 04 00 00 00 00"),
                Slice(h.SentWithoutSequence(4), 132, 24));
        }

        [TestMethod]
        public void RegDomainSetAckIsRaisedOnce()
        {
            // Harmony's applications saw REG_DOMAIN_SET_ACK twice per set and guarded it with a static flag
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetRegDomain, "GEN");
            h.Step();
            h.Device.Deliver(h.Device.Response(1, 1).Int(10, 1).Str("GEN").ToArray());
            h.Device.Deliver(h.Device.Response(1, 1).Int(10, 1).Str("GEN").ToArray());
            h.Device.Deliver(h.Device.Response(1, 2).Int(12, 1).Int(0x1FFF, 2).ToArray());
            h.Ok(1);
            h.Run(20, 100);
            Assert.AreEqual(1, h.Events.CountOf(WifiEvent.RegDomainSetAck));
            Assert.AreEqual(1, h.Events.Count);

            // setting the active domain again skips the set but acknowledges once more
            h.Expect(WincsResult.Pass, WifiService.SetRegDomain, "GEN");
            h.Step();
            Assert.AreEqual(2, h.Device.GetSentCommandCount(2), "only the two queries");
            h.Device.Deliver(h.Device.Response(2, 0).Int(10, 1).Str("GEN").ToArray());
            h.Device.Deliver(h.Device.Response(2, 1).Int(12, 1).Int(0x1FFF, 2).ToArray());
            h.Ok(2);
            Assert.AreEqual(2, h.Events.CountOf(WifiEvent.RegDomainSetAck));
            Assert.AreEqual(2, h.Events.Count);
        }

        [TestMethod]
        public void ScanResultsAreDeliveredAsEvents()
        {
            // Harmony had no scan event: results were printed and a semaphore posted
            WifiHarness h = new WifiHarness();
            h.Open();
            ScanParam p = new ScanParam();
            p.Channel = 1;
            h.Expect(WincsResult.Pass, WifiService.PassiveScan, p);
            h.Step();
            h.Ok(1);
            h.Deliver(WifiHarness.Aec(AecId.Wscnind).Int(-60, 1).Int(5, 1).Int(1, 1).Mac(WifiEventTests.ApBssid).Str("Wpa3Net"));
            h.Deliver(WifiHarness.Aec(AecId.Wscndone).Int(1, 1));
            Assert.AreEqual(2, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.ScanIndication, (int)h.Events.Get(0));
            Assert.AreEqual("Wpa3Net -60 1 5", (string)h.Events.Data(0));
            Assert.AreEqual((int)WifiEvent.ScanDone, (int)h.Events.Get(1));
            Assert.AreEqual(1, (int)h.Events.Data(1));
        }

        [TestMethod]
        public void DnsResolveHasASensibleTimeoutAndAaaa()
        {
            // Harmony: A records only, DNSC DNS_TIMEOUT 100 ms
            Assert.AreEqual(5000, WincsWifiService.DefaultDnsTimeoutMs);
            DnsResolveParam defaults = new DnsResolveParam();
            Assert.AreEqual((int)DnsRecordType.A, (int)defaults.RecordType);
            Assert.AreEqual(5000, defaults.TimeoutMs);

            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.DnsResolve, "a.io");
            DnsResolveParam v6 = new DnsResolveParam();
            v6.Name = "a.io";
            v6.RecordType = DnsRecordType.Aaaa;
            h.Expect(WincsResult.Pass, WifiService.DnsResolve, v6);
            h.Step();
            h.ExpectSent(
                1,
                "00 05 00 00 00 02 00 10 | 03 00 00 04 00 00 00 03 | 02 00 00 04 00 00 13 88 | "
                + "00 05 01 00 00 02 00 10 | 03 03 00 01 01 00 00 00 | 05 00 00 04 61 2E 69 6F");
            h.ExpectSent(
                2,
                "00 05 00 00 00 02 00 10 | 03 00 00 04 00 00 00 03 | 02 00 00 04 00 00 13 88 | "
                + "00 05 01 00 00 02 00 10 | 03 03 00 01 1C 00 00 00 | 05 00 00 04 61 2E 69 6F");
            h.Ok(1);
            h.Ok(2);

            // an answer after Harmony's 100 ms still counts
            h.Run(3, 1000);
            h.Deliver(WifiHarness.Aec(AecId.Dnsresolv).Int(28, 1).Str("a.io").Ipv6(new byte[] { 0x20, 0x01, 0x0D, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x42 }));
            h.Deliver(WifiHarness.Aec(AecId.Dnsresolv).Int(1, 1).Str("a.io").Ipv4(10, 1, 2, 3));
            Assert.AreEqual(2, h.Events.Count);
            Assert.AreEqual("2001:db8::42", (string)h.Events.Data(0));
            Assert.AreEqual("10.1.2.3", (string)h.Events.Data(1));
        }

        [TestMethod]
        public void ServiceCallbackSlotIsInvoked()
        {
            // Harmony stored SET_SRVC_CALLBACK in slot 0 but only ever called slot 1
            WifiHarness h = new WifiHarness();
            EventLog service = new EventLog();
            h.Expect(WincsResult.Pass, WifiService.SetSrvcCallback, service.Callback);
            h.Expect(WincsResult.Pass, WifiService.SetCallback, null);
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetRegDomain, "USA");
            h.Step();
            h.Device.Deliver(h.Device.Response(1, 1).Int(10, 1).Str("USA").ToArray());
            h.Ok(1);
            Assert.AreEqual(1, service.Count);
            Assert.AreEqual((int)WifiEvent.RegDomainSetAck, (int)service.Get(0));
            Assert.AreEqual(0, h.Events.Count);
        }

        private static byte[] Slice(byte[] data, int offset, int length)
        {
            byte[] result = new byte[length];
            Array.Copy(data, offset, result, 0, length);
            return result;
        }
    }
}
