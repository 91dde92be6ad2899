// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Drivers.Wincs02.Wifi;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Wifi
{
    /// <summary>Soft AP: the APStart burst (spec 3.3), WAPSC/WAPSD, stop, failures.</summary>
    [TestClass]
    public class SoftApTests
    {
        private static readonly byte[] s_mac1 = new byte[] { 0x0A, 0, 0, 0, 0, 1 };
        private static readonly byte[] s_mac2 = new byte[] { 0x0A, 0, 0, 0, 0, 2 };

        private static WincWifi Started(DriverHarness h, WifiRecorder rec)
        {
            h.BringUp();
            WincWifi wifi = new WincWifi(h.Driver);
            BssContext bss = new BssContext();
            bss.SetSsid("nanoAP");
            bss.SetChannel(6);
            AuthContext auth = new AuthContext();
            Assert.AreEqual((int)DriverStatus.Ok, (int)auth.SetPersonal("password1", AuthType.Wpa2Personal));
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.ApStart(bss, auth, null, rec.SoftAp));
            h.Run(1, 10);
            Burst.AnswerAll(h.Device, 1, 0);
            h.Run(1, 10);
            Assert.AreEqual(1, rec.ApEventCount);
            Assert.AreEqual((int)SoftApEvent.Started, rec.ApEvent(0));
            Assert.IsTrue(wifi.IsApActive);
            return wifi;
        }

        [TestMethod]
        public void ApStartSendsWapcThenWap1()
        {
            DriverHarness h = new DriverHarness(8);
            Started(h, new WifiRecorder());
            Assert.AreEqual(9, h.Device.GetSentCommandCount(1));

            // WAPC SSID, CHANNEL 6, SEC_TYPE 3, CREDENTIALS, MFP_TYPE 1, HIDDEN false, NETIF_IDX 0, REKEY_INTERVAL 86400, WAP 1
            Burst.AssertSent(h.Device, 1,
                "00 12 00 00 00 02 00 14 | 03 00 00 04 00 00 00 01 | 05 02 00 06 6E 61 6E 6F 41 50 00 00 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 04 | 02 00 00 04 00 00 00 06 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 02 00 00 04 00 00 00 03 | "
                + "00 12 00 00 00 02 00 18 | 03 00 00 04 00 00 00 03 | 05 03 00 09 70 61 73 73 77 6F 72 64 31 00 00 00 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 32 | 02 00 00 04 00 00 00 01 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 05 | 0A 00 00 04 00 00 00 00 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 08 | 02 00 00 04 00 00 00 00 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 09 | 02 00 00 04 00 01 51 80 | "
                + "00 12 01 00 00 01 00 08 | 02 00 00 04 00 00 00 01");
        }

        [TestMethod]
        public void StationsJoinAndLeave()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = Started(h, rec);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wapsc).Int(1, 2).Mac(s_mac1).ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wapsc).Int(2, 2).Mac(s_mac2).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(3, rec.ApEventCount);
            Assert.AreEqual((int)SoftApEvent.StationConnected, rec.ApEvent(1));
            Assert.AreEqual(2, rec.ApAssocId(2));
            CollectionAssert.AreEqual(s_mac2, rec.ApMac);
            Assert.AreEqual(2, wifi.ApStationCount);
            byte[] mac = new byte[6];
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.AssocPeerAddressGet(1, mac, 0));
            CollectionAssert.AreEqual(s_mac1, mac);

            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wapsd).Int(1, 2).Mac(s_mac1).ToArray());
            h.Run(1, 10);
            Assert.AreEqual((int)SoftApEvent.StationDisconnected, rec.ApEvent(3));
            Assert.AreEqual(1, rec.ApAssocId(3));
            Assert.AreEqual(1, wifi.ApStationCount);

            // stop: the remaining station leaves, then Stopped; the module's late WAPSD is not repeated
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.ApStop());
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 2, "00 12 01 00 00 01 00 08 | 02 00 00 04 00 00 00 00");
            h.Device.AnswerStatus(2, 0, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wapsd).Int(2, 2).Mac(s_mac2).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(6, rec.ApEventCount);
            Assert.AreEqual((int)SoftApEvent.StationDisconnected, rec.ApEvent(4));
            Assert.AreEqual(2, rec.ApAssocId(4));
            Assert.AreEqual((int)SoftApEvent.Stopped, rec.ApEvent(5));
            Assert.IsFalse(wifi.IsApActive);
            Assert.AreEqual((int)DriverStatus.RequestError, (int)wifi.ApStop());
        }

        [TestMethod]
        public void RefusedStartReportsStartFailedWithTheStatus()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = new WincWifi(h.Driver);
            BssContext bss = new BssContext();
            bss.SetSsid("ap");
            bss.SetChannel(1);
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.ApStart(bss, null, null, rec.SoftAp));
            h.Run(1, 10);
            Assert.AreEqual(8, h.Device.GetSentCommandCount(1), "open: no CREDENTIALS");
            Burst.AnswerAllButOne(h.Device, 1, 7, (ushort)WincStatus.WapStartFailed);
            h.Run(1, 10);
            Assert.AreEqual(1, rec.ApEventCount);
            Assert.AreEqual((int)SoftApEvent.StartFailed, rec.ApEvent(0));
            Assert.AreEqual((int)WincStatus.WapStartFailed, (int)rec.ApStatus);
            Assert.IsFalse(wifi.IsApActive);
        }

        [TestMethod]
        public void ApNeedsAChannelAndAnIdleStation()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincWifi wifi = new WincWifi(h.Driver);
            BssContext bss = new BssContext();
            bss.SetSsid("ap");
            Assert.AreEqual((int)DriverStatus.InvalidContext, (int)wifi.ApStart(bss, null, null, null), "channel 0 (any) is not an AP channel");
            bss.SetChannel(3);
            SoftApConfig cfg = new SoftApConfig();
            cfg.RekeyIntervalSeconds = 59;
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)wifi.ApStart(bss, null, cfg, null));
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssConnect(bss, null, null, null));
            Assert.AreEqual((int)DriverStatus.RequestError, (int)wifi.ApStart(bss, null, null, null), "the station is connecting");
        }

        [TestMethod]
        public void ModuleLossStopsTheAp()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = Started(h, rec);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wapsc).Int(1, 2).Mac(s_mac1).ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Boot).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(4, rec.ApEventCount);
            Assert.AreEqual((int)SoftApEvent.StationDisconnected, rec.ApEvent(2));
            Assert.AreEqual((int)SoftApEvent.Stopped, rec.ApEvent(3));
            Assert.IsFalse(wifi.IsApActive);
        }

        [TestMethod]
        public void WaperrIsReported()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            Started(h, rec);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Waperr).StatusElement((ushort)WincStatus.WapStopFailed).ToArray());
            h.Run(1, 10);
            Assert.AreEqual((int)SoftApEvent.Error, rec.ApEvent(1));
            Assert.AreEqual((int)WincStatus.WapStopFailed, (int)rec.ApStatus);
        }
    }
}
