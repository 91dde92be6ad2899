// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Drivers.Wincs02.Wifi;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Wifi
{
    /// <summary>Scanning: the BSSFindFirst burst, WSCNIND/WSCNDONE, scan in progress, failures, scan parameters.</summary>
    [TestClass]
    public class ScanTests
    {
        private static readonly byte[] s_bssidA = new byte[] { 0x02, 0, 0, 0, 0, 0x0A };
        private static readonly byte[] s_bssidB = new byte[] { 0x02, 0, 0, 0, 0, 0x0B };

        private static byte[] Indication(int rssi, int security, int channel, byte[] bssid, string ssid)
        {
            return MessageBuilder.Aec((ushort)AecId.Wscnind).Int(rssi, 1).Int(security, 1).Int(channel, 1).Mac(bssid).Str(ssid).ToArray();
        }

        [TestMethod]
        public void ActiveScanSendsWscncThenWscnAndReportsEachNetwork()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = new WincWifi(h.Driver);
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssFindFirst(0, true, rec.Result, rec.Done));
            Assert.IsTrue(wifi.BssFindInProgress);
            Assert.AreEqual((int)DriverStatus.ScanInProgress, (int)wifi.BssFindFirst(0, true, rec.Result, rec.Done));
            h.Run(1, 10);

            // WSCNC CHANMASK24 0x1FFF, CHANNEL 0, FILT_LIST cleared, WSCN 1
            Burst.AssertSent(h.Device, 1,
                "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 0B | 02 00 00 04 00 00 1F FF | "
                + "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 02 00 00 04 00 00 00 00 | "
                + "00 13 00 00 00 02 00 0C | 03 00 00 04 00 00 00 0A | 05 00 00 00 | "
                + "00 13 01 00 00 01 00 08 | 03 03 00 01 01 00 00 00");
            Burst.AnswerAll(h.Device, 1, 0);
            h.Device.Deliver(Indication(-40, 3, 1, s_bssidA, "alpha"));
            h.Device.Deliver(Indication(-70, 0, 11, s_bssidB, "beta"));
            h.Run(1, 10);
            Assert.AreEqual(2, rec.ResultCount);
            Assert.AreEqual("alpha", rec.Ssid(0));
            Assert.AreEqual("beta", rec.Ssid(1));
            Assert.AreEqual(2, rec.LastResultIndex);
            Assert.AreEqual(-70, rec.ResultRssi);
            Assert.AreEqual(11, rec.ResultChannel);
            Assert.AreEqual(0, rec.ResultSecurity);
            CollectionAssert.AreEqual(s_bssidB, rec.ResultBssid);
            BssInfo info = new BssInfo();
            Assert.AreEqual((int)DriverStatus.ScanInProgress, (int)wifi.BssFindGetInfo(0, info));
            Assert.AreEqual(0, rec.DoneCount);

            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wscndone).Int(2, 1).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, rec.DoneCount);
            Assert.AreEqual((int)RequestResult.Ok, (int)rec.DoneResult);
            Assert.AreEqual(2, rec.DoneNetworks);
            Assert.IsFalse(wifi.BssFindInProgress);
            Assert.AreEqual(2, wifi.BssFindGetNumBssResults);
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssFindGetInfo(0, info));
            Assert.IsTrue(info.SsidEquals("alpha"));
            Assert.AreEqual(-40, info.Rssi);
            Assert.IsTrue(info.IsSupported);
            Assert.AreEqual((int)AuthType.Wpa2Personal, (int)info.AuthTypeRecommended);
            Assert.AreEqual((int)DriverStatus.NoBssInfo, (int)wifi.BssFindGetInfo(2, info));
        }

        [TestMethod]
        public void PassiveScanOnOneChannelWithRssiThreshold()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = new WincWifi(h.Driver);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)wifi.BssFindSetRssiThreshold(1));
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssFindSetRssiThreshold(-80));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)wifi.BssFindSetScanChannels24(0x4000));
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssFindSetScanChannels24(0x0421));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)wifi.BssFindFirst(14, false, null, rec.Done));
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssFindFirst(6, false, null, rec.Done));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1,
                "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 0B | 02 00 00 04 00 00 04 21 | "
                + "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 02 00 00 04 00 00 00 06 | "
                + "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 06 | 02 00 00 04 FF FF FF B0 | "
                + "00 13 00 00 00 02 00 0C | 03 00 00 04 00 00 00 0A | 05 00 00 00 | "
                + "00 13 01 00 00 01 00 08 | 03 03 00 01 00 00 00 00");
        }

        [TestMethod]
        public void RefusedScanEndsWithCommandError()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = new WincWifi(h.Driver);
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssFindFirst(0, true, rec.Result, rec.Done));
            h.Run(1, 10);
            Burst.AnswerAllButOne(h.Device, 1, 3, (ushort)WincStatus.WifiApiRequestFailed);
            h.Run(1, 10);
            Assert.AreEqual(1, rec.DoneCount);
            Assert.AreEqual((int)RequestResult.CommandError, (int)rec.DoneResult);
            Assert.IsFalse(wifi.BssFindInProgress);
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssFindFirst(0, true, rec.Result, rec.Done), "a new scan may start");
        }

        [TestMethod]
        public void ScanWithoutWscndoneTimesOut()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = new WincWifi(h.Driver);
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssFindFirst(0, true, rec.Result, rec.Done));
            h.Run(1, 10);
            Burst.AnswerAll(h.Device, 1, 0);
            h.Run(1, 10);
            h.Run(1, WincWifi.ScanTimeoutMs);
            Assert.AreEqual(0, rec.DoneCount);
            h.Run(1, WincDriver.DefaultRequestTimeoutMs);
            Assert.AreEqual(1, rec.DoneCount);
            Assert.AreEqual((int)RequestResult.Timeout, (int)rec.DoneResult);
            Assert.IsFalse(wifi.BssFindInProgress);

            // a WSCNDONE arriving late is ignored
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wscndone).Int(0, 1).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, rec.DoneCount);
        }

        [TestMethod]
        public void ScanParametersBurst()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincWifi wifi = new WincWifi(h.Driver);
            CompletionLog done = new CompletionLog();
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)wifi.BssFindSetScanParameters(0, 0, 0, 0, done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssFindSetScanParameters(3, 40, 0, 2, done.Handler));
            h.Run(1, 10);

            // ACT_SLOT_TIME 40, NUM_SLOTS 3, PROBES_PER_SLOT 2 (passive time 0 = unchanged)
            Burst.AssertSent(h.Device, 1,
                "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 02 00 00 04 00 00 00 28 | "
                + "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 04 | 02 00 00 04 00 00 00 03 | "
                + "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 05 | 02 00 00 04 00 00 00 02");
            Burst.AnswerAllButOne(h.Device, 1, 2, (ushort)WincStatus.InvalidParameter);
            h.Run(1, 10);
            Assert.AreEqual(1, done.Count);
            Assert.AreEqual((int)RequestResult.CommandError, (int)done.Result);
            Assert.AreEqual((int)WincStatus.InvalidParameter, (int)done.Status);
            Assert.IsTrue(done.Source == wifi);
        }
    }
}
