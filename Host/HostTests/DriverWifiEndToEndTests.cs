// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Drivers.Wincs02;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Wifi;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator.Firmware;

namespace nanoWincs.Host.Tests
{
    /// <summary>The Wi-Fi service end to end: WincDriver + MessageDevice + emulated WINCS02 module.</summary>
    [TestClass]
    public sealed class DriverWifiEndToEndTests
    {
        [TestMethod]
        public void BootsToReadyWithTheFirmwareVersionReadFromTheModule()
        {
            var options = new FirmwareOptions { VersionMajor = 3, VersionMinor = 2, VersionPatch = 1, BuildHash = "b2c3d" };
            using var rig = new DriverRig(options);
            var version = new FirmwareVersionInfo();
            Assert.AreEqual(DriverStatus.Ok, rig.Driver.InfoDeviceFirmwareVersionGet(true, version));
            Assert.AreEqual(3, version.Major);
            Assert.AreEqual(2, version.Minor);
            Assert.AreEqual(1, version.Patch);
            var info = new DeviceInfo();
            Assert.AreEqual(DriverStatus.Ok, rig.Driver.InfoDeviceGet(info));
            Assert.AreEqual(0x29C70053u, info.Id);
        }

        [TestMethod]
        public void ConnectsToTheConfiguredApAndGetsTheDhcpAddressEvent()
        {
            using var rig = DriverRig.Connected();
            CollectionAssert.AreEqual(new[] { ConnectionState.Connecting, ConnectionState.Connected }, rig.States);
            Assert.AreEqual(ConnectionState.Connected, rig.Wifi.StationState);
            Assert.AreEqual(6, rig.Wifi.StationChannel);
            Assert.AreEqual("192.168.1.100", rig.NetIfEvents.Single().Address);
            Assert.IsTrue(rig.Net.IPLinkActive);
            var peer = new byte[6];
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.AssocPeerAddressGet(rig.Wifi.StationAssocId, peer, 0));
            CollectionAssert.AreEqual(DriverRig.HomeBssid, peer);

            // association query: RSSI of the AP
            RequestResult? result = null;
            int rssi = 0;
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.AssocInfoGet(rig.Wifi.StationAssocId, (w, r, info) =>
            {
                result = r;
                rssi = info == null ? 0 : info.Rssi;
            }));
            rig.RunUntil(() => result.HasValue, DriverRig.WaitMs, "the ASSOC answer");
            Assert.AreEqual(RequestResult.Ok, result);
            Assert.AreEqual(-40, rssi);
        }

        [TestMethod]
        public void Ipv6AddressesAreReportedLinkLocalThenGlobal()
        {
            FirmwareOptions options = DriverRig.HomeNetwork();
            options.EnableIPv6 = true;
            options.StationGlobalIPv6 = IPAddress.Parse("2001:db8::64");
            using var rig = DriverRig.Connected(options);
            rig.RunUntil(() => rig.NetIfEvents.Count == 3, DriverRig.WaitMs, "the IPv6 addresses");
            Assert.AreEqual(("192.168.1.100", false), (rig.NetIfEvents[0].Address, rig.NetIfEvents[0].LinkLocal));
            Assert.AreEqual(("fe80::204:a3ff:fe12:3456", true), (rig.NetIfEvents[1].Address, rig.NetIfEvents[1].LinkLocal));
            Assert.AreEqual(("2001:db8::64", false), (rig.NetIfEvents[2].Address, rig.NetIfEvents[2].LinkLocal));
        }

        [TestMethod]
        public void WrongPassphraseFails()
        {
            using var rig = new DriverRig(DriverRig.HomeNetwork());
            Assert.AreEqual(DriverStatus.Ok, rig.Connect("HomeNet", "not-the-secret"));
            rig.RunUntil(() => rig.States.Contains(ConnectionState.Failed), DriverRig.WaitMs, "Failed");
            CollectionAssert.AreEqual(new[] { ConnectionState.Connecting, ConnectionState.Failed }, rig.States);
            Assert.AreEqual(WincStatus.StaConnFailed, rig.Wifi.LastConnectError);
            Assert.AreEqual(ConnectionState.Disconnected, rig.Wifi.StationState);
            Assert.AreEqual(0, rig.NetIfEvents.Count);
        }

        [TestMethod]
        public void AbsentApFailsWithinTheConnectionTimeout()
        {
            using var rig = new DriverRig(DriverRig.HomeNetwork());
            var bss = new BssContext();
            bss.SetSsid("Elsewhere");
            var cfg = new ConnectionConfig { ConnectionTimeoutMs = 200 };
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.BssConnect(bss, null, cfg, (w, id, s) => rig.States.Add(s)));
            rig.RunUntil(() => rig.States.Contains(ConnectionState.Failed), DriverRig.WaitMs, "Failed");
            Assert.AreEqual(WincStatus.StaConnFailed, rig.Wifi.LastConnectError);
        }

        [TestMethod]
        public void WifiLossReportsDisconnectedAndTheAddressGoes()
        {
            using var rig = DriverRig.Connected();
            rig.Firmware.LoseAccessPoint("HomeNet");
            rig.RunUntil(() => rig.States.Contains(ConnectionState.Disconnected), DriverRig.WaitMs, "Disconnected");
            Assert.AreEqual(ConnectionState.Disconnected, rig.Wifi.StationState);
            Assert.AreEqual(NetIfEvent.InterfaceDown, rig.NetIfEvents.Last().Event);
            Assert.IsFalse(rig.Net.IPLinkActive);

            // back in range: connecting again works
            rig.Firmware.RestoreAccessPoint("HomeNet");
            rig.States.Clear();
            Assert.AreEqual(DriverStatus.Ok, rig.Connect("HomeNet", "secret123"));
            rig.RunUntil(() => rig.States.Contains(ConnectionState.Connected), DriverRig.WaitMs, "Connected again");
        }

        [TestMethod]
        public void DisconnectReportsDisconnected()
        {
            using var rig = DriverRig.Connected();
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.BssDisconnect());
            rig.RunUntil(() => rig.States.Contains(ConnectionState.Disconnected), DriverRig.WaitMs, "Disconnected");
            Assert.AreEqual(DriverStatus.DisconnectFail, rig.Wifi.BssDisconnect());
        }

        [TestMethod]
        public void ScanResultsMatchTheConfiguredAps()
        {
            FirmwareOptions options = DriverRig.HomeNetwork();
            options.AccessPoints.Add(new AccessPoint("Cafe", 0, null) { Channel = 1, Rssi = -70, Bssid = new byte[] { 0x02, 0, 0, 0, 0, 0x0C } });
            options.AccessPoints.Add(new AccessPoint("Office", 5, "wpa3-only") { Channel = 11, Rssi = -55, Bssid = new byte[] { 0x02, 0, 0, 0, 0, 0x0D } });
            options.AccessPoints.Add(new AccessPoint("Hidden", 3, "hidden-secret") { Channel = 3, Hidden = true, Bssid = new byte[] { 0x02, 0, 0, 0, 0, 0x0E } });
            using var rig = new DriverRig(options);
            var found = new List<(string Ssid, int Channel, int Rssi, int Security, string Bssid)>();
            RequestResult? done = null;
            int count = -1;
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.BssFindFirst(0, true, (w, index, info) =>
            {
                var bssid = new byte[6];
                info.CopyBssid(bssid, 0);
                found.Add((info.GetSsid(), info.Channel, info.Rssi, info.SecurityType, BitConverter.ToString(bssid)));
            }, (w, r, n) =>
            {
                done = r;
                count = n;
            }));
            Assert.AreEqual(DriverStatus.ScanInProgress, rig.Wifi.BssFindFirst(0, true, null, null));
            rig.RunUntil(() => done.HasValue, DriverRig.WaitMs, "WSCNDONE");
            Assert.AreEqual(RequestResult.Ok, done);
            Assert.AreEqual(3, count, "the hidden AP is not seen without its SSID in the filter list");
            CollectionAssert.AreEqual(
                new[]
                {
                    ("Cafe", 1, -70, 0, "02-00-00-00-00-0C"),
                    ("HomeNet", 6, -40, 3, "02-11-22-33-44-55"),
                    ("Office", 11, -55, 5, "02-00-00-00-00-0D"),
                },
                found);
            Assert.AreEqual(3, rig.Wifi.BssFindGetNumBssResults);
            var first = new BssInfo();
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.BssFindGetInfo(2, first));
            Assert.IsTrue(first.SsidEquals("Office"));
            Assert.AreEqual(AuthType.Wpa3Personal, first.AuthTypeRecommended);

            // a single channel
            found.Clear();
            done = null;
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.BssFindFirst(11, false, (w, index, info) => found.Add((info.GetSsid(), info.Channel, 0, 0, null)), (w, r, n) => done = r));
            rig.RunUntil(() => done.HasValue, DriverRig.WaitMs, "WSCNDONE");
            Assert.AreEqual("Office", found.Single().Ssid);
        }

        [TestMethod]
        public void RegulatoryDomainSetAndGet()
        {
            using var rig = new DriverRig(DriverRig.HomeNetwork());
            var calls = new List<(RequestResult Result, int Index, int Total, bool Current, string Name, int Mask)>();
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.WifiRegDomainSet("USA", (w, r, i, n, cur, info) => calls.Add((r, i, n, cur, info?.Name, info?.ChannelMask24 ?? 0))));
            rig.RunUntil(() => calls.Count == 1, DriverRig.WaitMs, "the regulatory domain answer");
            Assert.AreEqual((RequestResult.Ok, 1, 1, true, "USA", 0x07FF), calls[0]);
            Assert.AreEqual(0x07FF, rig.Wifi.RegulatoryChannelMask24);

            calls.Clear();
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.WifiRegDomainGet(RegDomainSelect.All, (w, r, i, n, cur, info) => calls.Add((r, i, n, cur, info?.Name, info?.ChannelMask24 ?? 0))));
            rig.RunUntil(() => calls.Count == 4, DriverRig.WaitMs, "four domains");
            CollectionAssert.AreEqual(new[] { "GEN", "USA", "EMEA", "JPN" }, calls.Select(c => c.Name).ToArray());
            Assert.IsTrue(calls.Single(c => c.Current).Name == "USA");

            // an unknown domain is refused by the module
            calls.Clear();
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.WifiRegDomainSet("MARS", (w, r, i, n, cur, info) => calls.Add((r, i, n, cur, info?.Name, 0))));
            rig.RunUntil(() => calls.Count == 1, DriverRig.WaitMs, "the refusal");
            Assert.AreEqual(RequestResult.CommandError, calls[0].Result);
        }

        [TestMethod]
        public void SoftApStationJoinsAndGetsALease()
        {
            using var rig = new DriverRig(new FirmwareOptions());
            var events = new List<(SoftApEvent Event, int AssocId, string Mac)>();
            var leases = new List<string>();
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.NetIfIPAddrSet(0, new byte[] { 192, 168, 4, 1 }, 0, 4, 24, cb)).Result);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.DhcpsPoolAddressSet(0, new byte[] { 192, 168, 4, 50 }, 0, cb)).Result);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.DhcpsEnableSet(0, true, (net, idx, e, assoc, address) => leases.Add(new IPAddress(address).ToString()), cb)).Result);

            var bss = new BssContext();
            bss.SetSsid("nanoAP");
            bss.SetChannel(6);
            var auth = new AuthContext();
            Assert.AreEqual(DriverStatus.Ok, auth.SetPersonal("password1", AuthType.Wpa2Personal));
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.ApStart(bss, auth, null, (w, e, id, mac, s) => events.Add((e, id, mac == null ? null : BitConverter.ToString(mac)))));
            rig.RunUntil(() => events.Count == 1, DriverRig.WaitMs, "Started");
            Assert.AreEqual(SoftApEvent.Started, events[0].Event);
            Assert.IsTrue(rig.Wifi.IsApActive);

            var station = new EmulatedStation(new byte[] { 0x0A, 0xBB, 0xCC, 0, 0, 1 }, "password1");
            Assert.AreNotEqual(0, rig.Firmware.JoinStation(station, TimeSpan.FromSeconds(5)));
            rig.RunUntil(() => leases.Count == 1, DriverRig.WaitMs, "the lease");
            Assert.AreEqual((SoftApEvent.StationConnected, 1, "0A-BB-CC-00-00-01"), events[1]);
            Assert.AreEqual("192.168.4.50", leases[0]);

            Assert.AreEqual(0, rig.Firmware.JoinStation(new EmulatedStation(new byte[] { 0x0A, 0, 0, 0, 0, 2 }, "wrong-pass"), TimeSpan.FromSeconds(5)));

            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.ApStop());
            rig.RunUntil(() => events.Any(e => e.Event == SoftApEvent.Stopped), DriverRig.WaitMs, "Stopped");
            rig.RunFor(50);
            CollectionAssert.AreEqual(
                new[] { SoftApEvent.Started, SoftApEvent.StationConnected, SoftApEvent.StationDisconnected, SoftApEvent.Stopped },
                events.Select(e => e.Event).ToArray());
            Assert.IsFalse(rig.Wifi.IsApActive);
        }

        [TestMethod]
        public void SoftApWithATooShortPassphraseIsRefused()
        {
            using var rig = new DriverRig(new FirmwareOptions());
            var events = new List<(SoftApEvent Event, WincStatus Status)>();
            var bss = new BssContext();
            bss.SetSsid("nanoAP");
            bss.SetChannel(1);
            var auth = new AuthContext();
            Assert.AreEqual(DriverStatus.Ok, auth.SetPersonal("sae", AuthType.Wpa3Personal));
            Assert.AreEqual(DriverStatus.Ok, rig.Wifi.ApStart(bss, auth, null, (w, e, id, mac, s) => events.Add((e, s))));
            rig.RunUntil(() => events.Count == 1, DriverRig.WaitMs, "StartFailed");
            Assert.AreEqual((SoftApEvent.StartFailed, WincStatus.WapStartFailed), events[0]);
        }
    }
}
