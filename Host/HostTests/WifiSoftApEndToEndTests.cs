// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Net;
using Drivers.Wincs02;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator.Firmware;
using Sys.Wincs.Net;
using Sys.Wincs.Wifi;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// Soft AP end to end: SET_PARAMS (AP) and AP_ENABLE through the Wi-Fi service, an emulated station
    /// joins; with the network service's DHCP server it gets a lease, which the network service reports
    /// (SYS_WINCS_NET_STA_DHCP_DONE with the address); AP_DISABLE stops the AP and the DHCP server.
    /// </summary>
    [TestClass]
    public sealed class WifiSoftApEndToEndTests
    {
        [TestMethod]
        public void WifiSoftApStartsTakesAStationAndStops()
        {
            using var h = new WifiEmulatorHarness(new FirmwareOptions());
            h.Start();
            StartAp(h);
            int assocId = h.Firmware.JoinStation(new EmulatedStation(new byte[] { 0x02, 0xAA, 0xBB, 0xCC, 0xDD, 0x01 }), TimeSpan.FromSeconds(2));
            Assert.IsTrue(assocId > 0, "the station joined" + h.Diagnostics());
            h.PumpUntil(() => h.Wifi.Wifi.ApStationCount == 1, "the station reported");
            Assert.AreEqual(0, h.JoinStation(new EmulatedStation(new byte[] { 0x02, 0xAA, 0xBB, 0xCC, 0xDD, 0x02 }, "wrong-pass")), "a wrong passphrase is refused");
            Assert.AreEqual(0, h.Events.Count, "Harmony raises no Wi-Fi event for the AP or its stations: " + h.Diagnostics());

            StopAp(h);
            Assert.AreEqual(0, h.Wifi.Wifi.ApStationCount);
        }

        [TestMethod]
        public void WifiSoftApDhcpServerLeaseIsRaisedByTheNetService()
        {
            using var h = new WifiEmulatorHarness(new FirmwareOptions());
            var net = new WincsNetService(h.Driver);
            var leases = new List<string>();
            h.Start();
            StartAp(h);
            Assert.AreEqual(WincsResult.Pass, net.SockSrvCtrl(NetSockService.SockSetSrvcCallback, new NetDhcpCallback((e, data) =>
            {
                lock (leases)
                {
                    leases.Add(e + " " + data + " assoc " + net.DhcpLeaseAssocId);
                }

                return WincsResult.Pass;
            })));
            Assert.AreEqual(WincsResult.Pass, net.SockSrvCtrl(NetSockService.DhcpServerEnable, new[] { "192.168.1.1", "192.168.1.50" }));
            h.Pump(TimeSpan.FromMilliseconds(100));

            int assocId = h.Firmware.JoinStation(new EmulatedStation(new byte[] { 0x02, 0xAA, 0xBB, 0xCC, 0xDD, 0x01 }), TimeSpan.FromSeconds(2));
            Assert.IsTrue(assocId > 0, "the station joined" + h.Diagnostics());
            h.PumpUntil(() => { lock (leases) { return leases.Count > 0; } }, "the lease event");
            CollectionAssert.AreEqual(new[] { "StaDhcpDone 192.168.1.50 assoc " + assocId }, leases);
            Assert.AreEqual(0, net.DhcpLeaseAssocId, "only valid during the callback");
            var mac = new byte[6];
            Assert.AreEqual(Drivers.Wincs02.DriverStatus.Ok, h.Wifi.Wifi.AssocPeerAddressGet(assocId, mac, 0));
            CollectionAssert.AreEqual(new byte[] { 0x02, 0xAA, 0xBB, 0xCC, 0xDD, 0x01 }, mac, "the lease's association names the station");
            StopAp(h);
        }

        private static void StartAp(WifiEmulatorHarness h)
        {
            var ap = new WifiParam { Mode = WifiMode.Ap, Ssid = "nanoAP", Passphrase = "appass123", Security = WifiSecurity.Wpa2, Channel = 6 };
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.SetParams, ap));
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.ApEnable, null));
            h.PumpUntil(() => h.Wifi.Wifi.IsApActive, "soft AP up");
            Assert.IsNotNull(h.Firmware.SoftApAddress);
        }

        private static void StopAp(WifiEmulatorHarness h)
        {
            Assert.AreEqual(WincsResult.Pass, h.Wifi.SrvCtrl(WifiService.ApDisable, null));
            h.PumpUntil(() => !h.Wifi.Wifi.IsApActive, "soft AP down");
            h.Pump(TimeSpan.FromMilliseconds(50));
            Assert.IsNull(h.Firmware.SoftApAddress);
            Assert.AreEqual(0, h.Count(WifiEvent.Error), h.Diagnostics());
        }
    }
}
