// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Linq;
using System.Net;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator.Firmware;
using static nanoWincs.Host.Tests.FirmwareTestWire;

namespace nanoWincs.Host.Tests
{
    /// <summary>Station mode: WSTAC/WSTA, association outcomes, DHCP lease, IPv6, link loss, roaming, scanning.</summary>
    [TestClass]
    public sealed class FirmwareStationTests
    {
        private static void Configure(FirmwareHarness h, string ssid, int security, string passphrase)
        {
            h.Ok(CommandId.Wstac, Param.U32(1), Param.Str(ssid));
            h.Ok(CommandId.Wstac, Param.U32(2), Param.I32(security));
            h.Ok(CommandId.Wstac, Param.U32(3), Param.Str(passphrase));
        }

        [TestMethod]
        public void ConnectReportsLinkUpThenDhcpLease()
        {
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            Configure(h, "HomeNet", 3, "secret123");
            h.Ok(CommandId.Wsta, Param.I32(1));
            Message up = h.ExpectAec(AecId.Wstalu);
            CollectionAssert.AreEqual(Hex("03 1403 0000 1403 001D 03 | 02 02 0002 0001 0000 | 0B 02 0006 021122334455 0000 | 02 03 0001 06 000000 | 0000"), up.Raw);
            Message ip = h.ExpectAec(AecId.Wstaaip);
            Assert.AreEqual(1, ip[0].Signed);
            Assert.AreEqual(8, ip[1].Type);
            Assert.AreEqual(IPAddress.Parse("192.168.1.100"), ip[1].Address);
            FirmwareHarness.Reply state = h.Ok(CommandId.Wsta);
            Assert.AreEqual(1, state.Single[0].Signed);
            Assert.AreEqual(1, state.Single[1].Signed);
            Message mask = h.Ok(CommandId.Netifc, Param.I32(0), Param.U32(40)).Single;
            CollectionAssert.AreEqual(Hex("C0A80164 FFFFFF00"), mask[1].Data);
            Assert.AreEqual(IPAddress.Parse("192.168.1.1"), h.Ok(CommandId.Netifc, Param.I32(0), Param.U32(41)).Single[1].Address);
            Assert.AreEqual(IPAddress.Parse("192.168.1.1"), h.Ok(CommandId.Dnsc, Param.U32(1)).Single[1].Address);
            CollectionAssert.AreEqual(Hex("00010000"), h.Ok(CommandId.Dnsc, Param.U32(1)).Single[0].Data, "DNS_SVR is a multiple value parameter: 1.0");
        }

        [TestMethod]
        public void WrongPassphraseReportsWstaerr()
        {
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            Configure(h, "HomeNet", 3, "wrong-pass");
            h.Ok(CommandId.Wsta, Param.I32(1));
            Message err = h.ExpectAec(AecId.Wstaerr);
            Assert.AreEqual(1, err[0].Type, "error code is a STATUS element");
            Assert.AreEqual(StatusCode.StaConnFailed, err[0].Unsigned);
            Assert.AreEqual(0, h.Ok(CommandId.Wsta).Single[1].Signed);
        }

        [TestMethod]
        public void SecurityMismatchFailsAndTransitionModeAcceptsWpa2AndWpa3()
        {
            var options = FirmwareHarness.WithHomeNetwork();
            options.AccessPoints.Add(new AccessPoint("Mixed", 4, "password9") { Channel = 11 });
            using var h = new FirmwareHarness(options);
            Configure(h, "HomeNet", 0, string.Empty);
            h.Ok(CommandId.Wsta, Param.I32(1));
            h.ExpectAec(AecId.Wstaerr);
            Configure(h, "Mixed", 5, "password9");
            h.Ok(CommandId.Wsta, Param.I32(1));
            Assert.AreEqual(11, h.ExpectAec(AecId.Wstalu)[2].Signed);
            h.ExpectAec(AecId.Wstaaip);
        }

        [TestMethod]
        public void UnknownSsidFailsAfterTheConnectionTimeout()
        {
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            Configure(h, "Nowhere", 3, "secret123");
            h.Ok(CommandId.Wstac, Param.U32(7), Param.I32(150));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            h.Ok(CommandId.Wsta, Param.I32(1));
            Assert.AreEqual(StatusCode.StaConnFailed, h.ExpectAec(AecId.Wstaerr)[0].Unsigned);
            Assert.IsTrue(watch.ElapsedMilliseconds >= 140, "failed after " + watch.ElapsedMilliseconds + " ms, CONN_TIMEOUT is 150 ms");
        }

        [TestMethod]
        public void ChannelAndBssidRestrictTheMatch()
        {
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            Configure(h, "HomeNet", 3, "secret123");
            h.Ok(CommandId.Wstac, Param.U32(4), Param.I32(1));
            h.Ok(CommandId.Wsta, Param.I32(1));
            h.ExpectAec(AecId.Wstaerr);
            h.Ok(CommandId.Wstac, Param.U32(4), Param.I32(0));
            h.Ok(CommandId.Wstac, Param.U32(5), Param.Mac(2, 0x11, 0x22, 0x33, 0x44, 0x66));
            h.Ok(CommandId.Wsta, Param.I32(1));
            h.ExpectAec(AecId.Wstaerr);
            h.Ok(CommandId.Wstac, Param.U32(5), Param.Mac());
            h.Ok(CommandId.Wsta, Param.I32(1));
            h.ExpectAec(AecId.Wstalu);
        }

        [TestMethod]
        public void DisconnectReportsLinkDown()
        {
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            h.ConnectStation();
            h.Ok(CommandId.Wsta, Param.I32(0));
            CollectionAssert.AreEqual(Hex("03 1401 0000 1401 0009 01 | 02 02 0002 0001 0000 | 0000"), h.ExpectAec(AecId.Wstald).Raw);
            Assert.AreEqual(0, h.Ok(CommandId.Wsta).Single[1].Signed);
            h.Ok(CommandId.Wsta, Param.I32(0));
            h.ExpectSilence(TimeSpan.FromMilliseconds(30));
        }

        [TestMethod]
        public void ApLostThenRestoredAllowsReconnect()
        {
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            h.ConnectStation();
            h.Firmware.LoseAccessPoint("HomeNet");
            h.ExpectAec(AecId.Wstald);
            Assert.IsNull(h.Firmware.StationAddress);
            h.Ok(CommandId.Wsta, Param.I32(1));
            h.ExpectAec(AecId.Wstaerr);
            h.Firmware.RestoreAccessPoint("HomeNet");
            h.Ok(CommandId.Wsta, Param.I32(1));
            h.ExpectAec(AecId.Wstalu);
            h.ExpectAec(AecId.Wstaaip);
        }

        [TestMethod]
        public void AssocReportsTheStationAssociation()
        {
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            Assert.AreEqual(StatusCode.AssocNotFound, h.Command(CommandId.Assoc, Param.U16(1)).Status);
            h.ConnectStation();
            h.Ok(CommandId.Assoc);
            Message assoc = h.ExpectAec(AecId.Assoc);
            Assert.AreEqual(1, assoc[0].Signed);
            Assert.AreEqual(1, assoc[1].Signed, "STA");
            CollectionAssert.AreEqual(Hex("021122334455"), assoc[2].Data);
            Assert.AreEqual(-40, assoc[3].Signed);
        }

        [TestMethod]
        public void WaitForIdleReturnsOnceQueuedCommandsAreDone()
        {
            using var h = new FirmwareHarness();
            h.Firmware.ResponseDelay = TimeSpan.FromMilliseconds(20);
            for (int i = 0; i < 5; i++)
            {
                h.Send(CommandId.Gmm);
            }

            Assert.IsTrue(h.Firmware.WaitForIdle(FirmwareHarness.Wait));
            Assert.AreEqual(10 + 1, h.Firmware.MessagesPosted, "BOOT plus RSP and STATUS of five commands");
        }

        [TestMethod]
        public void ConnectWhileConnectedIsRefused()
        {
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            h.ConnectStation();
            Assert.AreEqual(StatusCode.StaConnRefused, h.Command(CommandId.Wsta, Param.I32(1)).Status);
        }

        [TestMethod]
        public void StaticAddressIsReportedWithoutDhcp()
        {
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            h.Ok(CommandId.Netifc, Param.I32(0), Param.U32(10), Param.Bool(false));
            h.Ok(CommandId.Netifc, Param.I32(0), Param.U32(40), Param.IpMask("10.0.0.7", "255.0.0.0"));
            Configure(h, "HomeNet", 3, "secret123");
            h.Ok(CommandId.Wsta, Param.I32(1));
            h.ExpectAec(AecId.Wstalu);
            Assert.AreEqual(IPAddress.Parse("10.0.0.7"), h.ExpectAec(AecId.Wstaaip)[1].Address);
        }

        [TestMethod]
        public void Ipv6AddressesFollowTheIpv4Lease()
        {
            var options = FirmwareHarness.WithHomeNetwork();
            options.EnableIPv6 = true;
            options.StationGlobalIPv6 = IPAddress.Parse("2001:db8::100");
            using var h = new FirmwareHarness(options);
            Configure(h, "HomeNet", 3, "secret123");
            h.Ok(CommandId.Wsta, Param.I32(1));
            h.ExpectAec(AecId.Wstalu);
            Assert.AreEqual(IPAddress.Parse("192.168.1.100"), h.ExpectAec(AecId.Wstaaip)[1].Address);
            Message ll = h.ExpectAec(AecId.Wstaaip);
            Assert.AreEqual(9, ll[1].Type);
            Assert.AreEqual(IPAddress.Parse("fe80::204:a3ff:fe12:3456"), ll[1].Address);
            Assert.AreEqual(IPAddress.Parse("2001:db8::100"), h.ExpectAec(AecId.Wstaaip)[1].Address);
        }

        [TestMethod]
        public void RoamingFollowsTheRoamingSetting()
        {
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            h.ConnectStation();
            Assert.AreEqual(2, h.Ok(CommandId.Wstac, Param.U32(9)).Single[1].Signed, "layer 3 roaming by default");
            h.Firmware.SimulateRoam();
            Assert.AreEqual(1, h.ExpectAec(AecId.Wstaroam)[0].Signed);
            Assert.AreEqual(IPAddress.Parse("192.168.1.100"), h.ExpectAec(AecId.Wstaaip)[1].Address);
            h.Ok(CommandId.Wstac, Param.U32(9), Param.I32(1));
            h.Firmware.SimulateRoam();
            h.ExpectAec(AecId.Wstaroam);
            h.ExpectSilence(TimeSpan.FromMilliseconds(30));
            h.Ok(CommandId.Wstac, Param.U32(9), Param.I32(0));
            h.Firmware.SimulateRoam();
            h.ExpectAec(AecId.Wstald);
        }

        [TestMethod]
        public void WstacQueryAllListsEveryParameterAndRejectsBadValues()
        {
            using var h = new FirmwareHarness();
            FirmwareHarness.Reply all = h.Ok(CommandId.Wstac);
            CollectionAssert.AreEqual(new long[] { 1, 2, 3, 4, 5, 7, 8, 9, 20, 21, 25, 26, 30, 31, 32, 33, 50, 51 }, all.Responses.Select(m => m[0].Signed).ToArray());
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Wstac, Param.U32(2), Param.I32(1)).Status, "WEP (1) is not a security type");
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Wstac, Param.U32(4), Param.I32(14)).Status);
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Wstac, Param.U32(1), Param.Str(new string('s', 33))).Status);
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Wstac, Param.U32(1), Param.U32(5)).Status);
        }

        [TestMethod]
        public void ScanReportsVisibleApsInChannelOrderThenDone()
        {
            var options = FirmwareHarness.WithHomeNetwork();
            options.AccessPoints.Add(new AccessPoint("Cafe", 0, null) { Channel = 1, Rssi = -70, Bssid = new byte[] { 2, 0, 0, 0, 0, 2 } });
            options.AccessPoints.Add(new AccessPoint("Hidden", 5, "password9") { Channel = 11, Hidden = true, Bssid = new byte[] { 2, 0, 0, 0, 0, 3 } });
            options.AccessPoints.Add(new AccessPoint("Ch13", 3, "password9") { Channel = 13, Bssid = new byte[] { 2, 0, 0, 0, 0, 4 } });
            using var h = new FirmwareHarness(options);
            h.Ok(CommandId.Wscn, Param.U8(0));
            Message first = h.ExpectAec(AecId.Wscnind);
            CollectionAssert.AreEqual(Hex("03 1300 0000 1300 002D 05 | 02 03 0001 BA 000000 | 02 03 0001 00 000000 | 02 03 0001 01 000000 | 0B 02 0006 020000000002 0000 | 05 00 0004 43616665 | 0000"), first.Raw);
            Assert.AreEqual("HomeNet", h.ExpectAec(AecId.Wscnind)[4].Text);
            Assert.AreEqual("Ch13", h.ExpectAec(AecId.Wscnind)[4].Text);
            Assert.AreEqual(3, h.ExpectAec(AecId.Wscndone)[0].Signed);

            h.Ok(CommandId.Wific, Param.U32(10), Param.Str("USA"));
            h.Ok(CommandId.Wscnc, Param.U32(1), Param.U32(6));
            h.Ok(CommandId.Wscn, Param.U8(1));
            Assert.AreEqual("HomeNet", h.ExpectAec(AecId.Wscnind)[4].Text);
            Assert.AreEqual(1, h.ExpectAec(AecId.Wscndone)[0].Signed);

            h.Ok(CommandId.Wscnc, Param.U32(1), Param.U32(0));
            h.Ok(CommandId.Wscnc, Param.U32(10), Param.Str("Hidden"));
            h.Ok(CommandId.Wific, Param.U32(10), Param.Str("GEN"));
            h.Ok(CommandId.Wscn, Param.U8(1));
            Assert.AreEqual("Hidden", h.ExpectAec(AecId.Wscnind)[4].Text);
            Assert.AreEqual(1, h.ExpectAec(AecId.Wscndone)[0].Signed);
            FirmwareHarness.Reply results = h.Ok(CommandId.Wscnc, Param.U32(20));
            Assert.AreEqual(1, results.Responses.Count);
            Assert.AreEqual(6, results.Single.Elements.Count);
        }

        [TestMethod]
        public void ScanRssiThresholdAndSecurityFilter()
        {
            var options = FirmwareHarness.WithHomeNetwork();
            options.AccessPoints.Add(new AccessPoint("Weak", 0, null) { Channel = 3, Rssi = -90 });
            using var h = new FirmwareHarness(options);
            h.Ok(CommandId.Wscnc, Param.U32(6), Param.I32(-80));
            h.Ok(CommandId.Wscn, Param.U8(1));
            Assert.AreEqual("HomeNet", h.ExpectAec(AecId.Wscnind)[4].Text);
            h.ExpectAec(AecId.Wscndone);
            h.Ok(CommandId.Wscnc, Param.U32(6), Param.I32(0));
            h.Ok(CommandId.Wscnc, Param.U32(7), Param.U32(0x04));
            h.Ok(CommandId.Wscn, Param.U8(1));
            Assert.AreEqual("Weak", h.ExpectAec(AecId.Wscnind)[4].Text);
            Assert.AreEqual(1, h.ExpectAec(AecId.Wscndone)[0].Signed);
        }
    }
}
