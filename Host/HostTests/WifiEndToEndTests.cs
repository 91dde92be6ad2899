// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Linq;
using System.Net;
using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator.Firmware;
using Sys.Wincs.Wifi;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// SYS_WINCS_WIFI and SYS_WINCS_SYSTEM end to end: service → driver → SDIO-over-SPI transport →
    /// emulated WINCS02 and back, with the events an application sees.
    /// </summary>
    [TestClass]
    public sealed class WifiEndToEndTests
    {
        [TestMethod]
        public void WifiConnectsAndReportsTheLeasedAddress()
        {
            using var h = new WifiEmulatorHarness(WifiEmulatorHarness.HomeNetwork());
            h.Start();
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.SetRegDomain, "GEN"));
            h.WaitFor(WifiEvent.RegDomainSetAck, 1);
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.SetParams, WifiEmulatorHarness.Station()));
            h.WaitFor(WifiEvent.DhcpIpv4Complete, 1);
            h.Pump(TimeSpan.FromMilliseconds(50));

            WifiEvent[] sequence = h.Events.Select(x => x.Event).ToArray();
            CollectionAssert.AreEqual(
                new[] { WifiEvent.RegDomainSetAck, WifiEvent.ConnStateConnecting, WifiEvent.Connected, WifiEvent.DhcpIpv4Complete },
                sequence,
                h.Diagnostics());
            Assert.AreEqual("GEN", h.LastData(WifiEvent.RegDomainSetAck));
            Assert.AreEqual("192.168.1.100", h.LastData(WifiEvent.DhcpIpv4Complete));
            Assert.AreEqual(1, (int)h.LastData(WifiEvent.Connected), "association id");
            Assert.AreEqual(6, h.Wifi.Wifi.StationChannel);
            Assert.AreEqual(IPAddress.Parse("192.168.1.100"), h.Firmware.StationAddress);
        }

        [TestMethod]
        public void WifiWrongPassphraseIsConnectFailed()
        {
            using var h = new WifiEmulatorHarness(WifiEmulatorHarness.HomeNetwork());
            h.Start();
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.SetParams, WifiEmulatorHarness.Station(passphrase: "wrong-pass")));
            h.WaitFor(WifiEvent.ConnectFailed, 1);
            Assert.AreEqual(WincStatus.StaConnFailed, (WincStatus)h.LastData(WifiEvent.ConnectFailed));
            Assert.AreEqual(0, h.Count(WifiEvent.Connected));

            // the right passphrase connects afterwards
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.SetParams, WifiEmulatorHarness.Station()));
            h.WaitFor(WifiEvent.DhcpIpv4Complete, 1);
        }

        [TestMethod]
        public void WifiScanReportsEveryAccessPointThenDone()
        {
            FirmwareOptions options = WifiEmulatorHarness.HomeNetwork();
            options.AccessPoints.Add(new AccessPoint("Cafe", 0, null) { Channel = 1, Rssi = -70, Bssid = new byte[] { 0x02, 0, 0, 0, 0, 0x02 } });
            options.AccessPoints.Add(new AccessPoint("Office", 5, "sae-secret") { Channel = 11, Rssi = -55, Bssid = new byte[] { 0x02, 0, 0, 0, 0, 0x03 } });
            using var h = new WifiEmulatorHarness(options);
            h.Start();
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.ActiveScan, null));
            h.WaitFor(WifiEvent.ScanDone, 1);
            var found = h.Events.Where(x => x.Event == WifiEvent.ScanIndication).Select(x => (string)x.Data).OrderBy(s => s, StringComparer.Ordinal).ToArray();
            CollectionAssert.AreEqual(new[] { "Cafe", "HomeNet", "Office" }, found, h.Diagnostics());
            Assert.AreEqual(3, (int)h.LastData(WifiEvent.ScanDone));
            Assert.AreEqual(WifiEvent.ScanDone, h.Events.Last().Event, "SCAN_DONE after every SCAN_INDICATION");

            // a passive scan of channel 11 finds only the network there
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.PassiveScan, new ScanParam { Channel = 11, ScanTimeMs = 100 }));
            h.WaitFor(WifiEvent.ScanDone, 2);
            Assert.AreEqual("Office", (string)h.Events.Where(x => x.Event == WifiEvent.ScanIndication).Last().Data);
            Assert.AreEqual(1, (int)h.LastData(WifiEvent.ScanDone));
        }

        [TestMethod]
        public void WifiDnsResolvesFailsAndTimesOut()
        {
            FirmwareOptions options = WifiEmulatorHarness.HomeNetwork();
            options.DnsTable["example.com"] = new[] { IPAddress.Parse("93.184.216.34") };
            options.DnsTable["six.example"] = new[] { IPAddress.Parse("2001:db8::42") };
            options.SlowDnsNames.Add("slow.example");
            using var h = new WifiEmulatorHarness(options);
            h.Connect();

            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.DnsResolve, "example.com"));
            h.WaitFor(WifiEvent.DnsResolved, 1);
            Assert.AreEqual("93.184.216.34", h.LastData(WifiEvent.DnsResolved));

            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.DnsResolve, new DnsResolveParam { Name = "six.example", RecordType = DnsRecordType.Aaaa }));
            h.WaitFor(WifiEvent.DnsResolved, 2);
            Assert.AreEqual("2001:db8::42", h.LastData(WifiEvent.DnsResolved));

            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.DnsResolve, "nowhere.example"));
            h.WaitFor(WifiEvent.DnsError, 1);
            Assert.AreEqual("nowhere.example", h.LastData(WifiEvent.DnsError));

            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.DnsResolve, new DnsResolveParam { Name = "slow.example", TimeoutMs = 200 }));
            h.WaitFor(WifiEvent.DnsTimeOut, 1);
            Assert.AreEqual("slow.example", h.LastData(WifiEvent.DnsTimeOut));
        }

        [TestMethod]
        public void WifiPingAnswersAndFails()
        {
            using var h = new WifiEmulatorHarness(WifiEmulatorHarness.HomeNetwork());
            h.Connect();
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.Ping, "192.168.1.1"));
            h.WaitFor(WifiEvent.PingEchoRspRcvd, 1);
            Assert.AreEqual("192.168.1.1", h.LastData(WifiEvent.PingEchoRspRcvd));
            Assert.AreEqual(h.Options.PingRttMilliseconds, h.Wifi.LastPingRoundTripMs);

            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.Ping, "10.9.9.9"));
            h.WaitFor(WifiEvent.Error, 1);
            Assert.AreEqual("Ping/CommandError/PingFailed", h.LastData(WifiEvent.Error));
        }

        [TestMethod]
        public void WifiSntpUpOnEverySynchronization()
        {
            using var h = new WifiEmulatorHarness(WifiEmulatorHarness.HomeNetwork());
            h.Connect();
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.SetSntp, "pool.ntp.org"));
            h.WaitFor(WifiEvent.SntpUp, 1);
            var synchronized = (DateTime)h.LastData(WifiEvent.SntpUp);
            Assert.AreEqual(DateTimeKind.Utc, synchronized.Kind);
            Assert.IsTrue(Math.Abs((synchronized - DateTime.UtcNow).TotalSeconds) < 5, synchronized.ToString("O"));

            // GET_TIME on a synchronized clock is SNTP_UP again (Harmony: once per boot)
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.GetTime, null));
            h.WaitFor(WifiEvent.SntpUp, 2);

            // an unreachable server is an error
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.SetSntp, "ntp.invalid"));
            h.WaitFor(WifiEvent.Error, 1);
            Assert.AreEqual("SetSntp/CommandError/SntpServerTmo", h.LastData(WifiEvent.Error));
        }

        [TestMethod]
        public void WifiRegDomainAckOnceAndDomainList()
        {
            using var h = new WifiEmulatorHarness(WifiEmulatorHarness.HomeNetwork());
            h.Start();
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.SetRegDomain, "USA"));
            h.WaitFor(WifiEvent.RegDomainSetAck, 1);
            h.Pump(TimeSpan.FromMilliseconds(100));
            Assert.AreEqual(1, h.Count(WifiEvent.RegDomainSetAck));
            Assert.AreEqual("USA", h.LastData(WifiEvent.RegDomainSetAck));
            Assert.AreEqual(0x7FF, h.Wifi.Wifi.RegulatoryChannelMask24);

            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.GetRegDomain, null));
            h.WaitFor(WifiEvent.RegDomainInfo, 4);
            CollectionAssert.AreEquivalent(
                new[] { "GEN", "USA", "EMEA", "JPN" },
                h.Events.Where(x => x.Event == WifiEvent.RegDomainInfo).Select(x => (string)x.Data).ToArray());

            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.SetRegDomain, "MARS"));
            h.WaitFor(WifiEvent.Error, 1);
            Assert.AreEqual("SetRegDomain/CommandError/Ok", h.LastData(WifiEvent.Error));
            Assert.AreEqual(1, h.Count(WifiEvent.RegDomainSetAck));
        }

        [TestMethod]
        public void WifiLossDisconnectsAndTheSeedReconnectSucceeds()
        {
            using var h = new WifiEmulatorHarness(WifiEmulatorHarness.HomeNetwork());
            WincsResult reconnect = WincsResult.Timeout;

            // seed 000: case SYS_WINCS_DISCONNECTED: SYS_WINCS_WIFI_SrvCtrl(SYS_WINCS_WIFI_STA_CONNECT, NULL)
            h.OnEvent = (e, data) =>
            {
                if (e == WifiEvent.Disconnected)
                {
                    reconnect = h.Wifi.SrvCtrl(WifiService.StaConnect, null);
                }
            };
            h.Connect();
            h.Firmware.LoseAccessPoint("HomeNet");
            h.WaitFor(WifiEvent.Disconnected, 1);
            Assert.AreEqual(WincsResult.Pass, reconnect);

            // the AP comes back within the 10 s connection timeout: the pending attempt succeeds
            h.Pump(TimeSpan.FromMilliseconds(500));
            Assert.AreEqual(1, h.Count(WifiEvent.Connected));
            h.Firmware.RestoreAccessPoint("HomeNet");
            h.WaitFor(WifiEvent.DhcpIpv4Complete, 2);
            Assert.AreEqual(2, h.Count(WifiEvent.Connected));
            Assert.AreEqual(0, h.Count(WifiEvent.ConnectFailed), h.Diagnostics());
        }

        [TestMethod]
        public void WifiLossWithHarmonysZeroTimeoutFailsTheReconnect()
        {
            // the same loss with Harmony's CONN_TIMEOUT 0: the module gives up long before the AP is back
            using var h = new WifiEmulatorHarness(WifiEmulatorHarness.HomeNetwork());
            h.Wifi.ConnectionConfig.ConnectionTimeoutMs = 0;
            h.OnEvent = (e, data) =>
            {
                if (e == WifiEvent.Disconnected)
                {
                    h.Wifi.SrvCtrl(WifiService.StaConnect, null);
                }
            };
            h.Connect();
            h.Firmware.LoseAccessPoint("HomeNet");
            h.WaitFor(WifiEvent.ConnectFailed, 1);
            h.Firmware.RestoreAccessPoint("HomeNet");
            h.Pump(TimeSpan.FromMilliseconds(300));
            Assert.AreEqual(1, h.Count(WifiEvent.Connected), "no reconnection");
        }

        [TestMethod]
        public void WifiSystemServiceResetVersionsAndMac()
        {
            using var h = new WifiEmulatorHarness(WifiEmulatorHarness.HomeNetwork());
            var system = new WincsSystemService(h.Driver, h.Wifi.Net, null);
            h.Connect();

            var firmware = new FirmwareVersionInfo();
            Assert.AreEqual(WincsResult.Pass, system.SrvCtrl(SystemService.SwRev, firmware));
            Assert.AreEqual(3, firmware.Major);
            Assert.AreEqual(2, firmware.Minor);
            var device = new DeviceInfo();
            Assert.AreEqual(WincsResult.Pass, system.SrvCtrl(SystemService.DevInfo, device));
            Assert.AreEqual(h.Options.DeviceId, device.Id);

            Assert.AreEqual(WincsResult.Pass, system.SrvCtrl(SystemService.ReqWifiDevMacAddr, null));
            h.PumpUntil(system.GetTaskStatus, "MAC address");
            var mac = new byte[6];
            Assert.AreEqual(WincsResult.Pass, system.SrvCtrl(SystemService.GetWifiDevMacAddr, mac));
            CollectionAssert.AreEqual(h.Options.MacAddress, mac);

            // a real reset pulse: the module reboots, the link is lost, the driver comes back Ready
            long pulses = h.Emulator.Counters.ResetPulses;
            Assert.AreEqual(WincsResult.Pass, system.SrvCtrl(SystemService.Reset, null));
            h.WaitFor(WifiEvent.Disconnected, 1);
            h.PumpUntil(() => h.Driver.IsReady, "driver ready after the reset");
            Assert.AreEqual(pulses + 1, h.Emulator.Counters.ResetPulses);
            Assert.IsNull(h.Firmware.StationAddress);
        }
    }
}
