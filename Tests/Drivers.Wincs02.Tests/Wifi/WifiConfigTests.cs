// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Drivers.Wincs02.Wifi;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Wifi
{
    /// <summary>WIFIC: regulatory domain set/get, power save, Bluetooth coexistence.</summary>
    [TestClass]
    public class WifiConfigTests
    {
        [TestMethod]
        public void RegDomainSetThenReadsTheActiveDomainBack()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = new WincWifi(h.Driver);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)wifi.WifiRegDomainSet("TOOLONG", rec.RegDomain));
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.WifiRegDomainSet("USA", rec.RegDomain));
            Assert.AreEqual((int)DriverStatus.RetryRequest, (int)wifi.WifiRegDomainGet(RegDomainSelect.Current, rec.RegDomain));
            h.Run(1, 10);

            // WIFIC REGDOMAIN_SELECTED "USA", query REGDOMAIN_SELECTED, query REGDOMAIN_CHANMASK24
            Burst.AssertSent(h.Device, 1,
                "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 0A | 05 01 00 03 55 53 41 00 | "
                + "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0A | "
                + "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0C");
            h.Device.AnswerStatus(1, 0, 0);
            h.Device.Deliver(h.Device.Response(1, 1).Int(10, 1).Str("USA").ToArray());
            h.Device.AnswerStatus(1, 1, 0);
            h.Device.Deliver(h.Device.Response(1, 2).Int(12, 1).UInt(0x07FF, 2).ToArray());
            h.Device.AnswerStatus(1, 2, 0);
            h.Run(1, 10);
            Assert.AreEqual(1, rec.RegCount);
            Assert.AreEqual((int)RequestResult.Ok, (int)rec.RegResult);
            Assert.AreEqual(1, rec.RegIndex);
            Assert.AreEqual(1, rec.RegTotal);
            Assert.AreEqual(1, rec.RegCurrentCall);
            Assert.AreEqual("USA", rec.RegName(0));
            Assert.AreEqual(0x07FF, rec.RegMask);
            Assert.AreEqual(0x07FF, wifi.RegulatoryChannelMask24);

            // channel 12 is outside the USA mask now
            BssContext bss = new BssContext();
            bss.SetSsid("x");
            bss.SetChannel(12);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)wifi.BssConnect(bss, null, null, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)wifi.BssFindFirst(12, true, null, null));

            // setting the active domain again only reads it back
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.WifiRegDomainSet("USA", rec.RegDomain));
            h.Run(1, 10);
            Assert.AreEqual(2, h.Device.GetSentCommandCount(2));
        }

        [TestMethod]
        public void RegDomainRefusedIsReportedAsAFailure()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = new WincWifi(h.Driver);
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.WifiRegDomainSet("XX", rec.RegDomain));
            h.Run(1, 10);
            h.Device.AnswerStatus(1, 0, (ushort)WincStatus.InvalidParameter);
            h.Device.Deliver(h.Device.Response(1, 1).Int(10, 1).Str("GEN").ToArray());
            h.Device.AnswerStatus(1, 1, 0);
            h.Device.AnswerStatus(1, 2, 0);
            h.Run(1, 10);
            Assert.AreEqual(1, rec.RegCount);
            Assert.AreEqual((int)RequestResult.CommandError, (int)rec.RegResult);
            Assert.AreEqual(0, rec.RegTotal);
            Assert.AreEqual(0, rec.RegCurrentCall);
        }

        [TestMethod]
        public void RegDomainGetAllReportsEachAvailableDomain()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = new WincWifi(h.Driver);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)wifi.WifiRegDomainGet(RegDomainSelect.All, null));
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.WifiRegDomainGet(RegDomainSelect.All, rec.RegDomain));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1,
                "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0B | "
                + "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0A | "
                + "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0C");
            h.Device.Deliver(h.Device.Response(1, 0).Frac(11, 0).Str("GEN").ToArray());
            h.Device.Deliver(h.Device.Response(1, 0).Frac(11, 1).Str("USA").ToArray());
            h.Device.Deliver(h.Device.Response(1, 0).Frac(11, 2).Str("EMEA").ToArray());
            h.Device.AnswerStatus(1, 0, 0);
            h.Device.Deliver(h.Device.Response(1, 1).Int(10, 1).Str("EMEA").ToArray());
            h.Device.AnswerStatus(1, 1, 0);
            h.Device.Deliver(h.Device.Response(1, 2).Int(12, 1).UInt(0x1FFF, 2).ToArray());
            h.Device.AnswerStatus(1, 2, 0);
            h.Run(1, 10);
            Assert.AreEqual(3, rec.RegCount);
            Assert.AreEqual("GEN", rec.RegName(0));
            Assert.AreEqual("USA", rec.RegName(1));
            Assert.AreEqual("EMEA", rec.RegName(2));
            Assert.AreEqual(3, rec.RegCurrentCall);
            Assert.AreEqual(3, rec.RegTotal);
            Assert.AreEqual(0x1FFF, rec.RegMask);
        }

        [TestMethod]
        public void PowerSaveAndCoexistenceBursts()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincWifi wifi = new WincWifi(h.Driver);
            CompletionLog done = new CompletionLog();
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)wifi.WifiPowerSaveModeSet((PowerSaveMode)3, done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.WifiPowerSaveModeSet(PowerSaveMode.Wsm, done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.WifiCoexEnableSet(true, done.Handler));
            CoexConfig coex = new CoexConfig();
            coex.Use2Wire = true;
            coex.SharedAntenna = true;
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.WifiCoexConfSet(coex, done.Handler));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1, "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 14 | 02 00 00 04 00 00 00 01");
            Burst.AssertSent(h.Device, 2, "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 1E | 0A 00 00 04 00 00 00 01");
            Burst.AssertSent(h.Device, 3,
                "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 1F | 02 00 00 04 00 00 00 01 | "
                + "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 20 | 02 00 00 04 00 00 00 00 | "
                + "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 21 | 02 00 00 04 00 00 00 00 | "
                + "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 22 | 02 00 00 04 00 00 00 01");
            Burst.AnswerAll(h.Device, 1, 0);
            Burst.AnswerAll(h.Device, 2, (ushort)WincStatus.AccessDenied);
            h.Run(1, 10);
            Assert.AreEqual(2, done.Count);
            Assert.AreEqual((int)RequestResult.CommandError, (int)done.Result);
            Assert.AreEqual((int)WincStatus.AccessDenied, (int)done.Status);
            h.Run(1, WincDriver.DefaultRequestTimeoutMs);
            Assert.AreEqual(3, done.Count, "the unanswered coexistence burst times out");
            Assert.AreEqual((int)RequestResult.Timeout, (int)done.Result);
            Assert.AreEqual((int)WincStatus.Timeout, (int)done.Status);
        }
    }
}
