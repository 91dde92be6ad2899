// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The WifiScan sample (Samples/WifiScan/Program.cs unchanged) as its own process on the emulated
    /// board with the access points its bootstrap adds: an active then a passive scan, each network
    /// printed with its exact SSID, BSSID, channel, RSSI and security in channel order, the hidden one
    /// left out, and SCAN_DONE with the count.
    /// </summary>
    [TestClass]
    public sealed class WifiScanSampleTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        private static readonly string[] Networks =
        {
            "[APP] : SSID: CoffeeShop, BSSID: 02:11:22:33:44:01, Channel: 1, RSSI: -71 dBm, Security: Open",
            "[APP] : SSID: Legacy, BSSID: 0A:BC:DE:F0:12:34, Channel: 3, RSSI: -83 dBm, Security: WPA/WPA2",
            "[APP] : SSID: HomeNet, BSSID: 02:00:00:00:00:01, Channel: 6, RSSI: -42 dBm, Security: WPA2",
            "[APP] : SSID: Office-WPA3, BSSID: 02:11:22:33:44:0B, Channel: 11, RSSI: -58 dBm, Security: WPA3",
            "[APP] : SSID: Transition, BSSID: 02:11:22:33:44:0D, Channel: 13, RSSI: -66 dBm, Security: WPA2/WPA3",
        };

        [TestMethod]
        public void WifiScanSamplePrintsEveryNetworkOfAnActiveAndAPassiveScan()
        {
            using var sample = new SampleProcess("WifiScan.dll", "--interval", "1", "--exit-after", "60");
            sample.WaitForLine("[APP] : Scan #2 done: 5 networks found", 1, Wait);
            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());

            List<string> app = sample.Lines.Where(l => !l.StartsWith("[BOARD]", StringComparison.Ordinal)).ToList();
            int start = app.IndexOf("Setting REG domain to GEN");
            Assert.IsTrue(start >= 0, sample.Output());
            var expected = new List<string> { "Setting REG domain to GEN", "Set Reg Domain -> SUCCESS", "[APP] : Scan #1 (active) on all channels" };
            expected.AddRange(Networks);
            expected.Add("[APP] : Scan #1 done: 5 networks found");
            expected.Add("[APP] : Scan #2 (passive) on all channels");
            expected.AddRange(Networks);
            expected.Add("[APP] : Scan #2 done: 5 networks found");
            CollectionAssert.AreEqual(expected, app.Skip(start).Take(expected.Count).ToList(), sample.Output());
            Assert.IsFalse(sample.Lines.Any(l => l.Contains("Secret", StringComparison.Ordinal) || l.Contains("<hidden>", StringComparison.Ordinal)), "the hidden network is not reported" + sample.Output());
            sample.AssertNoErrors();
        }

        [TestMethod]
        public void WifiScanSampleScansOneChannel()
        {
            using var sample = new SampleProcess("WifiScan.dll", "--interval", "1", "--channel", "11", "--exit-after", "60");
            sample.WaitForLine("[APP] : Scan #1 done: 1 networks found", 1, Wait);
            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());
            sample.AssertInOrder("[APP] : Scan #1 (active) on channel 11", Networks[3], "[APP] : Scan #1 done: 1 networks found");
            Assert.AreEqual(1, sample.Lines.Count(l => l.StartsWith("[APP] : SSID: ", StringComparison.Ordinal)), sample.Output());
        }
    }
}
