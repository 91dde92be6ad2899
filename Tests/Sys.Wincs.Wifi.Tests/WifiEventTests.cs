// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using nanoFramework.TestFramework;
using Sys.Wincs.Wifi.Tests.Helpers;

namespace Sys.Wincs.Wifi.Tests
{
    /// <summary>
    /// Driver callbacks → SYS_WINCS_WIFI events (spec section 2.1, "Event generation"), each with its
    /// data, from module messages scripted on the transport.
    /// </summary>
    [TestClass]
    public class WifiEventTests
    {
        private static WincsWifiService s_reconnectService;
        private static WincsResult[] s_reconnectResult;

        internal static readonly byte[] ApBssid = new byte[] { 0x02, 0x11, 0x22, 0x33, 0x44, 0x55 };

        internal static string ErrorText(WifiService service, RequestResult result, WincStatus status)
        {
            return ((int)service).ToString() + "/" + ((int)result).ToString() + "/" + ((int)status).ToString();
        }

        // open, SetParams(station, autoConnect), WSTA accepted, WSTALU: returns with CONNECTING and CONNECTED logged
        internal static WifiHarness Connected()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetParams, WifiRequestTests.Station(true));
            h.Step();
            h.Ok(1);
            h.Deliver(WifiHarness.Aec(AecId.Wstalu).Int(1, 1).Mac(ApBssid).Int(6, 1));
            Assert.AreEqual(2, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.ConnStateConnecting, (int)h.Events.Get(0));
            Assert.AreEqual((int)WifiEvent.Connected, (int)h.Events.Get(1));
            Assert.AreEqual(1, (int)h.Events.Data(1), "association id");
            return h;
        }

        [TestMethod]
        public void ConnectAddressesAndDisconnect()
        {
            WifiHarness h = Connected();
            h.Deliver(WifiHarness.Aec(AecId.Wstaaip).Int(1, 1).Ipv4(192, 168, 1, 100));
            h.Deliver(WifiHarness.Aec(AecId.Wstaaip).Int(1, 1).Ipv6(new byte[] { 0xFE, 0x80, 0, 0, 0, 0, 0, 0, 0x02, 0x04, 0xA3, 0xFF, 0xFE, 0x12, 0x34, 0x56 }));
            h.Deliver(WifiHarness.Aec(AecId.Wstaaip).Int(1, 1).Ipv6(new byte[] { 0x20, 0x01, 0x0D, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5 }));
            h.Deliver(WifiHarness.Aec(AecId.Wstald).Int(1, 1));
            Assert.AreEqual(6, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.DhcpIpv4Complete, (int)h.Events.Get(2));
            Assert.AreEqual("192.168.1.100", (string)h.Events.Data(2));
            Assert.AreEqual((int)WifiEvent.DhcpIpv6LocalComplete, (int)h.Events.Get(3));
            Assert.AreEqual("fe80::204:a3ff:fe12:3456", (string)h.Events.Data(3));
            Assert.AreEqual((int)WifiEvent.DhcpIpv6GlobalComplete, (int)h.Events.Get(4));
            Assert.AreEqual("2001:db8::5", (string)h.Events.Data(4));
            Assert.AreEqual((int)WifiEvent.Disconnected, (int)h.Events.Get(5));
            Assert.AreEqual(1, (int)h.Events.Data(5));
        }

        [TestMethod]
        public void ConnectFailedCarriesTheModuleError()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetParams, WifiRequestTests.Station(true));
            h.Step();
            h.Ok(1);
            h.Deliver(WifiHarness.Aec(AecId.Wstaerr).Int((int)WincStatus.StaConnFailed, 2));
            Assert.AreEqual(2, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.ConnectFailed, (int)h.Events.Get(1));
            Assert.AreEqual((int)WincStatus.StaConnFailed, (int)(WincStatus)h.Events.Data(1));

            // the station may connect again
            h.Expect(WincsResult.Pass, WifiService.StaConnect, null);
        }

        [TestMethod]
        public void RefusedConnectIsConnectFailed()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetParams, WifiRequestTests.Station(true));
            h.Step();
            h.AnswerAllBut(1, 10, WincStatus.StaConnRefused);
            h.Step();
            Assert.AreEqual(1, h.Events.Count, "no CONNECTING for a refused WSTA");
            Assert.AreEqual((int)WifiEvent.ConnectFailed, (int)h.Events.Get(0));
            Assert.AreEqual((int)WincStatus.StaConnRefused, (int)(WincStatus)h.Events.Data(0));
        }

        [TestMethod]
        public void NoLinkWithinTheConnectionTimeoutIsConnectFailed()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetParams, WifiRequestTests.Station(true));
            h.Step();
            h.Ok(1);
            h.Run(10, 1000);
            Assert.AreEqual(1, h.Events.Count, "still connecting after 10 s");
            h.Run(12, 1000);
            Assert.AreEqual(2, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.ConnectFailed, (int)h.Events.Get(1));
            Assert.AreEqual((int)WincStatus.Timeout, (int)(WincStatus)h.Events.Data(1));
        }

        [TestMethod]
        public void RoamedAndModuleLoss()
        {
            WifiHarness h = Connected();
            h.Deliver(WifiHarness.Aec(AecId.Wstaroam).Int(2, 1));
            Assert.AreEqual((int)WifiEvent.ConnStateRoamed, (int)h.Events.Get(2));
            Assert.AreEqual(2, (int)h.Events.Data(2));

            // a bus failure loses the link: DISCONNECTED, and requests are Busy while the driver recovers
            h.Device.FailBus(MessageDeviceError.TransferFailed);
            h.Step();
            Assert.AreEqual(4, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.Disconnected, (int)h.Events.Get(3));
            h.Expect(WincsResult.Busy, WifiService.StaConnect, null);
        }

        [TestMethod]
        public void ReconnectFromTheDisconnectedCallback()
        {
            // seed 000: case SYS_WINCS_DISCONNECTED: SYS_WINCS_WIFI_SrvCtrl(SYS_WINCS_WIFI_STA_CONNECT, NULL)
            WifiHarness h = Connected();
            WincsResult[] reconnect = new WincsResult[1];
            reconnect[0] = WincsResult.Timeout;
            s_reconnectService = h.Service;
            s_reconnectResult = reconnect;
            h.Events.Then = ReconnectOnDisconnected;
            h.Deliver(WifiHarness.Aec(AecId.Wstald).Int(1, 1));
            Assert.AreEqual((int)WincsResult.Pass, (int)reconnect[0]);
            h.Step();
            Assert.AreEqual(3, h.Sent);
            h.ExpectSent(2, WifiRequestTests.ConnectMyNetWpa2);
            h.Ok(2);
            Assert.AreEqual((int)WifiEvent.ConnStateConnecting, (int)h.Events.Get(h.Events.Count - 1));
        }

        [TestMethod]
        public void ScanIndicationsAndDone()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.ActiveScan, null);
            h.Step();
            h.Ok(1);
            h.Deliver(WifiHarness.Aec(AecId.Wscnind).Int(-45, 1).Int(3, 1).Int(6, 1).Mac(ApBssid).Str("HomeNet"));
            h.Deliver(WifiHarness.Aec(AecId.Wscnind).Int(-80, 1).Int(0, 1).Int(11, 1).Mac(ApBssid).Str("Cafe"));
            h.Deliver(WifiHarness.Aec(AecId.Wscndone).Int(2, 1));
            Assert.AreEqual(3, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.ScanIndication, (int)h.Events.Get(0));
            Assert.AreEqual("HomeNet -45 6 3", (string)h.Events.Data(0));
            Assert.AreEqual((int)WifiEvent.ScanIndication, (int)h.Events.Get(1));
            Assert.AreEqual("Cafe -80 11 0", (string)h.Events.Data(1));
            Assert.AreEqual((int)WifiEvent.ScanDone, (int)h.Events.Get(2));
            Assert.AreEqual(2, (int)h.Events.Data(2));

            // results outside a scan are not reported
            h.Deliver(WifiHarness.Aec(AecId.Wscnind).Int(-45, 1).Int(3, 1).Int(6, 1).Mac(ApBssid).Str("Late"));
            Assert.AreEqual(3, h.Events.Count);
        }

        [TestMethod]
        public void RefusedScanIsAnError()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.PassiveScan, null);
            h.Step();
            h.AnswerAll(1, WincStatus.InvalidParameter);
            h.Step();
            Assert.AreEqual(1, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.Error, (int)h.Events.Get(0));
            Assert.AreEqual(ErrorText(WifiService.PassiveScan, RequestResult.CommandError, WincStatus.Ok), (string)h.Events.Data(0));
        }

        [TestMethod]
        public void DnsResolvedErrorAndTimeOut()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.DnsResolve, "example.com");
            h.Step();
            h.Ok(1);
            h.Deliver(WifiHarness.Aec(AecId.Dnsresolv).Int(1, 1).Str("example.com").Ipv4(93, 184, 216, 34));
            h.Deliver(WifiHarness.Aec(AecId.Dnsresolv).Int(1, 1).Str("example.com").Ipv4(93, 184, 216, 35));
            Assert.AreEqual(2, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.DnsResolved, (int)h.Events.Get(0));
            Assert.AreEqual("93.184.216.34", (string)h.Events.Data(0));
            Assert.AreEqual("93.184.216.35", (string)h.Events.Data(1));

            DnsResolveParam v6 = new DnsResolveParam();
            v6.Name = "six.example";
            v6.RecordType = DnsRecordType.Aaaa;
            h.Expect(WincsResult.Pass, WifiService.DnsResolve, v6);
            h.Step();
            h.Ok(2);
            h.Deliver(WifiHarness.Aec(AecId.Dnsresolv).Int(28, 1).Str("six.example").Ipv6(new byte[] { 0x20, 0x01, 0x0D, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 }));
            Assert.AreEqual((int)WifiEvent.DnsResolved, (int)h.Events.Get(2));
            Assert.AreEqual("2001:db8::1", (string)h.Events.Data(2));

            h.Expect(WincsResult.Pass, WifiService.DnsResolve, "nx.example");
            h.Step();
            h.Ok(3);
            h.Deliver(WifiHarness.Aec(AecId.Dnserr).Int((int)WincStatus.DnsNonExistentDomain, 2).Int(1, 1).Str("nx.example"));
            Assert.AreEqual((int)WifiEvent.DnsError, (int)h.Events.Get(3));
            Assert.AreEqual("nx.example", (string)h.Events.Data(3));

            h.Expect(WincsResult.Pass, WifiService.DnsResolve, "slow.example");
            h.Step();
            h.Ok(4);
            h.Deliver(WifiHarness.Aec(AecId.Dnserr).Int((int)WincStatus.DnsTimeout, 2).Int(1, 1).Str("slow.example"));
            Assert.AreEqual((int)WifiEvent.DnsTimeOut, (int)h.Events.Get(4));
            Assert.AreEqual("slow.example", (string)h.Events.Data(4));

            // no answer at all: DNS_TIME_OUT once the module's timeout and the guard have passed
            h.Expect(WincsResult.Pass, WifiService.DnsResolve, "silent.example");
            h.Step();
            h.Ok(5);
            h.Run(5, 1000);
            Assert.AreEqual(5, h.Events.Count);
            h.Run(12, 1000);
            Assert.AreEqual(6, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.DnsTimeOut, (int)h.Events.Get(5));
            Assert.AreEqual("silent.example", (string)h.Events.Data(5));
        }

        [TestMethod]
        public void PingReplyAndFailure()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.Ping, "8.8.8.8");
            h.Step();
            h.Ok(1);
            h.Deliver(WifiHarness.Aec(AecId.Ping).Ipv4(8, 8, 8, 8).Int(23, 1));
            Assert.AreEqual(1, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.PingEchoRspRcvd, (int)h.Events.Get(0));
            Assert.AreEqual("8.8.8.8", (string)h.Events.Data(0));
            Assert.AreEqual(23, h.Service.LastPingRoundTripMs);

            h.Expect(WincsResult.Pass, WifiService.Ping, "10.0.0.99");
            h.Step();
            h.Ok(2);
            h.Deliver(WifiHarness.Aec(AecId.Pingerr).Int((int)WincStatus.PingFailed, 2));
            Assert.AreEqual((int)WifiEvent.Error, (int)h.Events.Get(1));
            Assert.AreEqual(ErrorText(WifiService.Ping, RequestResult.CommandError, WincStatus.PingFailed), (string)h.Events.Data(1));
        }

        [TestMethod]
        public void SntpUpCarriesTheTime()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetSntp, "pool.ntp.org");
            h.Step();
            h.Ok(1);
            h.Ok(2);
            h.Ok(3);
            Assert.AreEqual(0, h.Events.Count);
            h.Deliver(WifiHarness.Aec(AecId.Time).Utc(1714000000));
            Assert.AreEqual(1, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.SntpUp, (int)h.Events.Get(0));
            DateTime t = (DateTime)h.Events.Data(0);
            Assert.AreEqual(new DateTime(2024, 4, 24, 23, 6, 40).Ticks, t.Ticks);
            Assert.AreEqual((int)DateTimeKind.Utc, (int)t.Kind);

            // NTP-era values are converted
            h.Deliver(WifiHarness.Aec(AecId.Time).Utc(1714000000 + 2208988800));
            Assert.AreEqual(t.Ticks, ((DateTime)h.Events.Data(1)).Ticks);

            h.Deliver(WifiHarness.Aec(AecId.Sntperr).Int((int)WincStatus.SntpServerTmo, 2));
            Assert.AreEqual((int)WifiEvent.Error, (int)h.Events.Get(2));
            Assert.AreEqual(ErrorText(WifiService.SetSntp, RequestResult.CommandError, WincStatus.SntpServerTmo), (string)h.Events.Data(2));
        }

        [TestMethod]
        public void GetTimeAnswers()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.GetTime, null);
            h.Step();
            h.Ok(1);
            h.Deliver(WifiHarness.Aec(AecId.Time).Utc(1714000000));
            Assert.AreEqual((int)WifiEvent.SntpUp, (int)h.Events.Get(0));
            Assert.AreEqual(new DateTime(2024, 4, 24, 23, 6, 40).Ticks, ((DateTime)h.Events.Data(0)).Ticks);

            // a clock never synchronized (1970) is no SNTP_UP but an error the application can retry on
            h.Expect(WincsResult.Pass, WifiService.GetTime, null);
            h.Step();
            h.Ok(2);
            h.Deliver(WifiHarness.Aec(AecId.Time).Utc(120));
            Assert.AreEqual(2, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.Error, (int)h.Events.Get(1));
            Assert.AreEqual(ErrorText(WifiService.GetTime, RequestResult.Ok, WincStatus.TimeError), (string)h.Events.Data(1));

            // no TIME AEC at all: an error once the driver stops waiting
            h.Expect(WincsResult.Pass, WifiService.GetTime, null);
            h.Step();
            h.Ok(3);
            h.Run(11, 1000);
            Assert.AreEqual(3, h.Events.Count);
            Assert.AreEqual(ErrorText(WifiService.GetTime, RequestResult.Timeout, WincStatus.Ok), (string)h.Events.Data(2));
        }

        [TestMethod]
        public void RegDomainSetAckGetInfoAndRefusal()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetRegDomain, "USA");
            h.Step();
            h.Device.Deliver(h.Device.Response(1, 1).Int(10, 1).Str("USA").ToArray());
            h.Device.Deliver(h.Device.Response(1, 2).Int(12, 1).Int(0x7FF, 2).ToArray());
            h.Ok(1);
            Assert.AreEqual(1, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.RegDomainSetAck, (int)h.Events.Get(0));
            Assert.AreEqual("USA", (string)h.Events.Data(0));

            h.Expect(WincsResult.Pass, WifiService.GetRegDomain, null);
            h.Step();
            h.Device.Deliver(h.Device.Response(2, 0).Frac(11, 0).Str("GEN").ToArray());
            h.Device.Deliver(h.Device.Response(2, 0).Frac(11, 1).Str("USA").ToArray());
            h.Device.Deliver(h.Device.Response(2, 0).Frac(11, 2).Str("EMEA").ToArray());
            h.Device.Deliver(h.Device.Response(2, 1).Int(10, 1).Str("USA").ToArray());
            h.Device.Deliver(h.Device.Response(2, 2).Int(12, 1).Int(0x7FF, 2).ToArray());
            h.Ok(2);
            Assert.AreEqual(4, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.RegDomainInfo, (int)h.Events.Get(1));
            Assert.AreEqual("GEN 1/3 other 0", (string)h.Events.Data(1));
            Assert.AreEqual("USA 2/3 current 2047", (string)h.Events.Data(2));
            Assert.AreEqual("EMEA 3/3 other 0", (string)h.Events.Data(3));

            h.Expect(WincsResult.Pass, WifiService.SetRegDomain, "XYZ");
            h.Step();
            h.Device.AnswerStatus(3, 0, (ushort)WincStatus.InvalidParameter);
            h.Device.Deliver(h.Device.Response(3, 1).Int(10, 1).Str("USA").ToArray());
            h.Device.AnswerStatus(3, 1, 0);
            h.Device.AnswerStatus(3, 2, 0);
            h.Step();
            Assert.AreEqual(5, h.Events.Count);
            Assert.AreEqual((int)WifiEvent.Error, (int)h.Events.Get(4));
            Assert.AreEqual(ErrorText(WifiService.SetRegDomain, RequestResult.CommandError, WincStatus.Ok), (string)h.Events.Data(4));
        }

        [TestMethod]
        public void SoftApStartFailureAndConfigErrorsAreErrors()
        {
            WifiHarness h = new WifiHarness();
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.SetParams, WifiRequestTests.SoftAp(false));
            h.Expect(WincsResult.Pass, WifiService.ApEnable, null);
            h.Step();
            h.AnswerAllBut(1, 8, WincStatus.WapStartFailed);
            h.Step();
            Assert.AreEqual(1, h.Events.Count);
            Assert.AreEqual(ErrorText(WifiService.ApEnable, RequestResult.CommandError, WincStatus.WapStartFailed), (string)h.Events.Data(0));

            h.Expect(WincsResult.Pass, WifiService.EnablePowersaveMode, true);
            h.Step();
            h.AnswerAll(2, WincStatus.InvalidParameter);
            h.Step();
            Assert.AreEqual(ErrorText(WifiService.EnablePowersaveMode, RequestResult.CommandError, WincStatus.InvalidParameter), (string)h.Events.Data(1));

            h.Expect(WincsResult.Pass, WifiService.BtCoexEnable, false);
            h.Step();
            h.Run(6, 1000);
            Assert.AreEqual(ErrorText(WifiService.BtCoexEnable, RequestResult.Timeout, WincStatus.Timeout), (string)h.Events.Data(2));
            Assert.AreEqual(3, h.Events.Count);
        }

        [TestMethod]
        public void BothSlotsAreCalledAndAThrowingCallbackIsContained()
        {
            WifiHarness h = new WifiHarness();
            EventLog service = new EventLog();
            service.Then = Throw;
            h.Expect(WincsResult.Pass, WifiService.SetSrvcCallback, service.Callback);
            h.Open();
            h.Expect(WincsResult.Pass, WifiService.Ping, "8.8.8.8");
            h.Step();
            h.Ok(1);
            h.Deliver(WifiHarness.Aec(AecId.Ping).Ipv4(8, 8, 8, 8).Int(5, 1));
            Assert.AreEqual(1, service.Count);
            Assert.AreEqual(1, h.Events.Count, "the application slot runs after a throwing service slot");
            Assert.AreEqual((int)WifiEvent.PingEchoRspRcvd, (int)service.Get(0));
            Assert.AreEqual(1, h.Service.CallbackExceptions);
            Assert.AreEqual(0, h.Driver.CallbackExceptions);
        }

        private static void ReconnectOnDisconnected(WifiEvent wifiEvent, object data)
        {
            if (wifiEvent == WifiEvent.Disconnected)
            {
                s_reconnectResult[0] = s_reconnectService.SrvCtrl(WifiService.StaConnect, null);
            }
        }

        private static void Throw(WifiEvent wifiEvent, object data)
        {
            throw new InvalidOperationException();
        }
    }
}
