// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Drivers.Wincs02.Wifi;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Wifi
{
    /// <summary>Station: the BssConnect burst (spec 3.3), connection states from STATUS and WSTA* AECs, failures, disconnect, association queries.</summary>
    [TestClass]
    public class WifiStationTests
    {
        // WSTAC SSID "MyNet", CHANNEL 0, BSSID cleared, SEC_TYPE 3, CREDENTIALS "secret12", MFP_TYPE 1,
        // CONN_TIMEOUT 10000, NETIF_IDX 0, ROAMING 2 (L3), NETIFC 0 L2_ONLY false, WSTA 1
        private const string ConnectWpa2Defaults =
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

        private static readonly byte[] s_bssid = new byte[] { 0x02, 0x11, 0x22, 0x33, 0x44, 0x55 };

        private static BssContext Bss(string ssid)
        {
            BssContext bss = new BssContext();
            Assert.AreEqual((int)DriverStatus.Ok, (int)bss.SetSsid(ssid));
            return bss;
        }

        private static AuthContext Wpa2(string passphrase)
        {
            AuthContext auth = new AuthContext();
            Assert.AreEqual((int)DriverStatus.Ok, (int)auth.SetPersonal(passphrase, AuthType.Wpa2Personal));
            return auth;
        }

        // brings the driver up, connects, answers every command OK: the station is Connecting
        private static WincWifi Connecting(DriverHarness h, WifiRecorder rec)
        {
            h.BringUp();
            WincWifi wifi = new WincWifi(h.Driver);
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssConnect(Bss("MyNet"), Wpa2("secret12"), null, rec.Connection));
            h.Run(1, 10);
            Burst.AnswerAll(h.Device, 1, 0);
            h.Run(1, 10);
            Assert.AreEqual(1, rec.StateCount);
            Assert.AreEqual((int)ConnectionState.Connecting, rec.State(0));
            return wifi;
        }

        private static byte[] Wstalu(int assocId, int channel)
        {
            return MessageBuilder.Aec((ushort)AecId.Wstalu).Int(assocId, 2).Mac(s_bssid).Int(channel, 1).ToArray();
        }

        [TestMethod]
        public void BssConnectSendsOneBurstWithTheDriverDefaults()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            Connecting(h, rec);
            Assert.AreEqual(11, h.Device.GetSentCommandCount(1));
            Burst.AssertSent(h.Device, 1, ConnectWpa2Defaults);
        }

        [TestMethod]
        public void ExplicitConfigChannelBssidOpenAndNoCredentials()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincWifi wifi = new WincWifi(h.Driver);
            BssContext bss = Bss("ab");
            Assert.AreEqual((int)DriverStatus.Ok, (int)bss.SetChannel(11));
            Assert.AreEqual((int)DriverStatus.Ok, (int)bss.SetBssid(s_bssid, 0));
            ConnectionConfig cfg = new ConnectionConfig();
            cfg.ConnectionTimeoutMs = 0;
            cfg.Roaming = RoamingMode.Off;
            cfg.InterfaceIndex = 1;
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssConnect(bss, null, cfg, null));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1,
                "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 05 02 00 02 61 62 00 00 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 04 | 02 00 00 04 00 00 00 0B | "
                + "00 14 00 00 00 02 00 14 | 03 00 00 04 00 00 00 05 | 0B 02 00 06 02 11 22 33 44 55 00 00 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 02 00 00 04 00 00 00 00 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 32 | 02 00 00 04 00 00 00 00 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 07 | 02 00 00 04 00 00 00 00 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 08 | 02 00 00 04 00 00 00 01 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 09 | 02 00 00 04 00 00 00 00 | "
                + "00 09 00 00 00 03 00 18 | 02 00 00 04 00 00 00 01 | 03 00 00 04 00 00 00 14 | 0A 00 00 04 00 00 00 00 | "
                + "00 14 01 00 00 01 00 08 | 02 00 00 04 00 00 00 01");
        }

        [TestMethod]
        public void LinkUpReportsConnectedWithBssidAndChannel()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = Connecting(h, rec);
            h.Device.Deliver(Wstalu(1, 6));
            h.Run(1, 10);
            Assert.AreEqual(2, rec.StateCount);
            Assert.AreEqual((int)ConnectionState.Connected, rec.State(1));
            Assert.AreEqual(1, rec.LastAssocId);
            Assert.AreEqual((int)ConnectionState.Connected, (int)wifi.StationState);
            Assert.AreEqual(1, wifi.StationAssocId);
            Assert.AreEqual(6, wifi.StationChannel);
            byte[] peer = new byte[6];
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.AssocPeerAddressGet(1, peer, 0));
            CollectionAssert.AreEqual(s_bssid, peer);
            Assert.AreEqual((int)DriverStatus.NotConnected, (int)wifi.AssocPeerAddressGet(2, peer, 0));
        }

        [TestMethod]
        public void WrongPassphraseWstaerrReportsFailed()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = Connecting(h, rec);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wstaerr).StatusElement((ushort)WincStatus.StaConnFailed).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(2, rec.StateCount);
            Assert.AreEqual((int)ConnectionState.Failed, rec.State(1));
            Assert.AreEqual((int)WincStatus.StaConnFailed, (int)wifi.LastConnectError);
            Assert.AreEqual((int)ConnectionState.Disconnected, (int)wifi.StationState);

            // a new attempt is allowed at once
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssConnect(Bss("MyNet"), Wpa2("secret12"), null, rec.Connection));
        }

        [TestMethod]
        public void RefusedCommandReportsFailedWithoutConnecting()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = new WincWifi(h.Driver);
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssConnect(Bss("MyNet"), Wpa2("secret12"), null, rec.Connection));
            h.Run(1, 10);
            Burst.AnswerAllButOne(h.Device, 1, 10, (ushort)WincStatus.StaConnRefused);
            h.Run(1, 10);
            Assert.AreEqual(1, rec.StateCount);
            Assert.AreEqual((int)ConnectionState.Failed, rec.State(0));
            Assert.AreEqual((int)WincStatus.StaConnRefused, (int)wifi.LastConnectError);
        }

        [TestMethod]
        public void LinkDownBeforeLinkUpIsAFailureAfterItADisconnection()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = Connecting(h, rec);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wstald).Int(1, 2).ToArray());
            h.Run(1, 10);
            Assert.AreEqual((int)ConnectionState.Failed, rec.State(1));

            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssConnect(Bss("MyNet"), Wpa2("secret12"), null, rec.Connection));
            h.Run(1, 10);
            Burst.AnswerAll(h.Device, 2, 0);
            h.Device.Deliver(Wstalu(3, 1));
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wstaroam).Int(3, 2).ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wstald).Int(3, 2).ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wstald).Int(3, 2).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(6, rec.StateCount, "the duplicate WSTALD is not news");
            Assert.AreEqual((int)ConnectionState.Connecting, rec.State(2));
            Assert.AreEqual((int)ConnectionState.Connected, rec.State(3));
            Assert.AreEqual((int)ConnectionState.Roamed, rec.State(4));
            Assert.AreEqual((int)ConnectionState.Disconnected, rec.State(5));
        }

        [TestMethod]
        public void DisconnectSendsWsta0AndReportsDisconnected()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = Connecting(h, rec);
            h.Device.Deliver(Wstalu(1, 6));
            h.Run(1, 10);
            Assert.AreEqual((int)DriverStatus.RequestError, (int)wifi.BssConnect(Bss("MyNet"), null, null, null), "already connected");
            CompletionLog done = new CompletionLog();
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssDisconnect(done.Handler));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 2, "00 14 01 00 00 01 00 08 | 02 00 00 04 00 00 00 00");
            h.Device.AnswerStatus(2, 0, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wstald).Int(1, 2).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, done.Count);
            Assert.AreEqual((int)RequestResult.Ok, (int)done.Result);
            Assert.AreEqual(3, rec.StateCount);
            Assert.AreEqual((int)ConnectionState.Disconnected, rec.State(2));
            Assert.AreEqual((int)DriverStatus.DisconnectFail, (int)wifi.BssDisconnect());
        }

        [TestMethod]
        public void DisconnectWithoutWstaldStillEndsWithinTheGuard()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = Connecting(h, rec);
            h.Device.Deliver(Wstalu(1, 6));
            h.Run(1, 10);
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.BssDisconnect());
            h.Run(1, 10);
            h.Device.AnswerStatus(2, 0, 0);
            h.Run(1, 10);
            h.Run(1, WincWifi.GuardMs - 20);
            Assert.AreEqual(2, rec.StateCount, "still waiting for WSTALD");
            h.Run(1, 20);
            Assert.AreEqual(3, rec.StateCount);
            Assert.AreEqual((int)ConnectionState.Disconnected, rec.State(2));
        }

        [TestMethod]
        public void NoLinkWithinTheConnectionTimeoutIsAFailure()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = Connecting(h, rec);
            h.Run(1, ConnectionConfig.DefaultConnectionTimeoutMs + WincWifi.GuardMs);
            Assert.AreEqual(1, rec.StateCount, "the request timeout is part of the budget");
            h.Run(1, WincDriver.DefaultRequestTimeoutMs);
            Assert.AreEqual(2, rec.StateCount);
            Assert.AreEqual((int)ConnectionState.Failed, rec.State(1));
            Assert.AreEqual((int)WincStatus.Timeout, (int)wifi.LastConnectError);
        }

        [TestMethod]
        public void BusErrorWhileConnectedReportsDisconnected()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = Connecting(h, rec);
            h.Device.Deliver(Wstalu(1, 6));
            h.Run(1, 10);
            h.Device.FailBus(MessageDeviceError.TransferFailed);
            h.Run(1, 10);
            Assert.AreEqual(3, rec.StateCount);
            Assert.AreEqual((int)ConnectionState.Disconnected, rec.State(2));
            Assert.AreEqual((int)ConnectionState.Disconnected, (int)wifi.StationState);
        }

        [TestMethod]
        public void InvalidContextsAndArgumentsAreRejected()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincWifi wifi = new WincWifi(h.Driver);
            Assert.AreEqual((int)DriverStatus.InvalidContext, (int)wifi.BssConnect(null, null, null, null));
            Assert.AreEqual((int)DriverStatus.InvalidContext, (int)wifi.BssConnect(new BssContext(), null, null, null));
            ConnectionConfig cfg = new ConnectionConfig();
            cfg.InterfaceIndex = 2;
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)wifi.BssConnect(Bss("x"), null, cfg, null));
            Assert.AreEqual((int)DriverStatus.DisconnectFail, (int)wifi.BssDisconnect());
            h.Run(1, 10);
            Assert.AreEqual(1, h.Device.SentCount, "nothing was sent");
            Assert.AreEqual(8, h.Driver.FreeRequestCount, "nothing leaked from the pool");
        }

        [TestMethod]
        public void BssContextChecksSsidChannelAndBssid()
        {
            BssContext bss = new BssContext();
            Assert.IsFalse(bss.IsValid);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)bss.SetSsid(null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)bss.SetSsid(string.Empty));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)bss.SetSsid("0123456789abcdef0123456789abcdefX"));
            Assert.AreEqual((int)DriverStatus.Ok, (int)bss.SetSsid("0123456789abcdef0123456789abcdef"));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)bss.SetChannel(14));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)bss.SetChannel(-1));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)bss.SetBssid(new byte[5], 0));
            Assert.AreEqual((int)DriverStatus.Ok, (int)bss.SetBssid(s_bssid, 0));
            Assert.IsTrue(bss.HasBssid);
            bss.SetDefaults();
            Assert.IsFalse(bss.HasBssid);
            Assert.IsNull(bss.Ssid);
        }

        [TestMethod]
        public void AuthContextRejectsUnknownSecurityAndBadPassphrases()
        {
            AuthContext auth = new AuthContext();
            Assert.AreEqual((int)AuthType.Open, (int)auth.AuthType);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)auth.SetPersonal("secret12", (AuthType)1), "WEP");
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)auth.SetPersonal("secret12", (AuthType)6), "enterprise");
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)auth.SetPersonal("secret12", (AuthType)(-1)));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)auth.SetPersonal("secret12", AuthType.Open));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)auth.SetPersonal("short", AuthType.Wpa2Personal));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)auth.SetPersonal(null, AuthType.Wpa2Personal));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)auth.SetPersonal("0123456789012345678901234567890123456789012345678901234567890123Z", AuthType.Wpa2Personal));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)auth.SetPersonal("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg", AuthType.Wpa2Personal), "64 characters must be hex");
            Assert.AreEqual((int)AuthType.Open, (int)auth.AuthType, "a rejected call changes nothing");
            Assert.AreEqual((int)DriverStatus.Ok, (int)auth.SetPersonal("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", AuthType.WpaWpa2Personal));
            Assert.AreEqual((int)MfpType.Enabled, (int)auth.Mfp);
            Assert.AreEqual((int)DriverStatus.Ok, (int)auth.SetPersonal("sae", AuthType.Wpa3Personal), "WPA3 accepts short passwords");
            Assert.AreEqual((int)MfpType.Required, (int)auth.Mfp);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)auth.ConfigureMfp(MfpType.Enabled), "WPA3 requires MFP");
            Assert.AreEqual((int)DriverStatus.Ok, (int)auth.SetPersonal("secret12", AuthType.Wpa2Wpa3Personal));
            Assert.AreEqual((int)DriverStatus.Ok, (int)auth.ConfigureMfp(MfpType.Required));
            Assert.AreEqual((int)MfpType.Required, (int)auth.Mfp);
            auth.SetOpen();
            Assert.IsNull(auth.Passphrase);
            Assert.AreEqual((int)MfpType.Disabled, (int)auth.Mfp);
        }

        [TestMethod]
        public void AssocInfoGetSendsAssocAndReportsTheAec()
        {
            DriverHarness h = new DriverHarness(8);
            WifiRecorder rec = new WifiRecorder();
            WincWifi wifi = Connecting(h, rec);
            h.Device.Deliver(Wstalu(1, 6));
            h.Run(1, 10);
            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.AssocInfoGet(1, rec.Assoc));
            Assert.AreEqual((int)DriverStatus.RetryRequest, (int)wifi.AssocInfoGet(1, rec.Assoc), "one query at a time");
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 2, "00 16 00 00 00 01 00 08 | 03 02 00 02 00 01 00 00");
            h.Device.AnswerStatus(2, 0, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Assoc).Int(1, 2).Int(1, 1).Mac(s_bssid).Int(-52, 1).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, rec.AssocCount);
            Assert.AreEqual((int)RequestResult.Ok, (int)rec.AssocResult);
            Assert.AreEqual(-52, rec.AssocRssi);
            Assert.IsTrue(rec.AssocIsStation);
            CollectionAssert.AreEqual(s_bssid, rec.AssocPeer);

            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.AssocInfoGet(9, rec.Assoc));
            h.Run(1, 10);
            h.Device.AnswerStatus(3, 0, (ushort)WincStatus.AssocNotFound);
            h.Run(1, 10);
            Assert.AreEqual(2, rec.AssocCount);
            Assert.AreEqual((int)RequestResult.CommandError, (int)rec.AssocResult);

            Assert.AreEqual((int)DriverStatus.Ok, (int)wifi.AssocInfoGet(1, rec.Assoc));
            h.Run(1, 10);
            h.Device.AnswerStatus(4, 0, 0);
            h.Run(1, 10);
            h.Run(1, 10000);
            Assert.AreEqual(3, rec.AssocCount, "no ASSOC AEC: the query times out");
            Assert.AreEqual((int)RequestResult.Timeout, (int)rec.AssocResult);
        }
    }
}
