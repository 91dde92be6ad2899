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
    /// <summary>Soft AP with DHCP server, NETIFC, DNS resolution, PING and SNTP.</summary>
    [TestClass]
    public sealed class FirmwareNetworkTests
    {
        private static FirmwareOptions WithDns()
        {
            FirmwareOptions options = FirmwareHarness.WithHomeNetwork();
            options.DnsTable["example.com"] = new[] { IPAddress.Parse("93.184.216.34"), IPAddress.Parse("2606:2800:220:1::1") };
            options.DnsTable["printer.lan"] = new[] { IPAddress.Loopback };
            options.SlowDnsNames.Add("slow.example");
            return options;
        }

        private static void StartAp(FirmwareHarness h, bool dhcp)
        {
            h.Ok(CommandId.Wapc, Param.U32(1), Param.Str("ModuleAP"));
            h.Ok(CommandId.Wapc, Param.U32(2), Param.I32(3));
            h.Ok(CommandId.Wapc, Param.U32(3), Param.Str("apsecret1"));
            h.Ok(CommandId.Wapc, Param.U32(4), Param.I32(6));
            h.Ok(CommandId.Netifc, Param.I32(0), Param.U32(40), Param.IpMask("192.168.4.1", "255.255.255.0"));
            h.Ok(CommandId.Dhcpsc, Param.I32(0), Param.U32(2), Param.Ip("192.168.4.50"));
            h.Ok(CommandId.Dhcpsc, Param.I32(0), Param.U32(1), Param.Bool(dhcp));
            h.Ok(CommandId.Wap, Param.I32(1));
        }

        [TestMethod]
        public void SoftApStationsJoinGetLeasesAndLeave()
        {
            using var h = new FirmwareHarness();
            StartAp(h, true);
            Assert.AreEqual(1, h.Ok(CommandId.Wap).Single[0].Signed);
            Assert.AreEqual(IPAddress.Parse("192.168.4.1"), h.Firmware.SoftApAddress);
            byte[] macA = { 0x10, 0x20, 0x30, 0x40, 0x50, 0x60 };
            byte[] macB = { 0x10, 0x20, 0x30, 0x40, 0x50, 0x61 };
            Assert.AreEqual(1, h.Firmware.JoinStation(new EmulatedStation(macA), FirmwareHarness.Wait));
            CollectionAssert.AreEqual(Hex("03 1201 0000 1201 0015 02 | 02 02 0002 0001 0000 | 0B 02 0006 102030405060 0000 | 0000"), h.ExpectAec(AecId.Wapsc).Raw);
            Message lease = h.ExpectAec(AecId.Wapaip);
            Assert.AreEqual(1, lease[0].Signed);
            Assert.AreEqual(IPAddress.Parse("192.168.4.50"), lease[1].Address);
            Assert.AreEqual(2, h.Firmware.JoinStation(new EmulatedStation(macB), FirmwareHarness.Wait));
            h.ExpectAec(AecId.Wapsc);
            Assert.AreEqual(IPAddress.Parse("192.168.4.51"), h.ExpectAec(AecId.Wapaip)[1].Address);
            Assert.AreEqual(2, h.Ok(CommandId.Dhcpsc, Param.I32(0), Param.U32(4)).Single[1].Signed, "POOL_LEASES");
            Assert.AreEqual(IPAddress.Parse("192.168.4.59"), h.Ok(CommandId.Dhcpsc, Param.I32(0), Param.U32(3)).Single[1].Address, "POOL_END");
            h.Firmware.LeaveStation(macA);
            Message gone = h.ExpectAec(AecId.Wapsd);
            Assert.AreEqual(1, gone[0].Signed);
            CollectionAssert.AreEqual(macA, gone[1].Data);
            h.Ok(CommandId.Wap, Param.I32(0));
            Message stopped = h.ExpectAec(AecId.Wapsd);
            Assert.AreEqual(2, stopped[0].Signed);
            Assert.AreEqual(0, h.Ok(CommandId.Wap).Single[0].Signed);
            Assert.IsNull(h.Firmware.SoftApAddress);
        }

        [TestMethod]
        public void SoftApWithoutDhcpServerGivesNoLeaseAndRejectsWrongPassphrase()
        {
            using var h = new FirmwareHarness();
            StartAp(h, false);
            Assert.AreEqual(0, h.Firmware.JoinStation(new EmulatedStation(new byte[] { 1, 2, 3, 4, 5, 6 }, "nope"), FirmwareHarness.Wait));
            Assert.AreEqual(1, h.Firmware.JoinStation(new EmulatedStation(new byte[] { 1, 2, 3, 4, 5, 7 }, "apsecret1"), FirmwareHarness.Wait));
            h.ExpectAec(AecId.Wapsc);
            h.ExpectSilence(TimeSpan.FromMilliseconds(50));
        }

        [TestMethod]
        public void SoftApStartChecksConfigurationAndExclusivity()
        {
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            Assert.AreEqual(StatusCode.WapStopRefused, h.Command(CommandId.Wap, Param.I32(0)).Status);
            Assert.AreEqual(StatusCode.WapStartFailed, h.Command(CommandId.Wap, Param.I32(1)).Status, "no SSID");
            h.Ok(CommandId.Wapc, Param.U32(1), Param.Str("AP"));
            h.Ok(CommandId.Wapc, Param.U32(2), Param.I32(3));
            h.Ok(CommandId.Wapc, Param.U32(3), Param.Str("short"));
            Assert.AreEqual(StatusCode.WapStartFailed, h.Command(CommandId.Wap, Param.I32(1)).Status, "WPA passphrase under 8 characters");
            Assert.AreEqual(StatusCode.UnsupportedSecType, h.Command(CommandId.Wapc, Param.U32(2), Param.I32(1)).Status);
            h.Ok(CommandId.Wapc, Param.U32(3), Param.Str("long-enough"));
            h.ConnectStation();
            Assert.AreEqual(StatusCode.WapStartRefused, h.Command(CommandId.Wap, Param.I32(1)).Status, "station connected");
            h.Ok(CommandId.Wsta, Param.I32(0));
            h.ExpectAec(AecId.Wstald);
            h.Ok(CommandId.Wap, Param.I32(1));
            Assert.AreEqual(IPAddress.Parse("192.168.1.1"), h.Firmware.SoftApAddress, "default AP address when NETIFC IP_MASK was never set");
            Assert.AreEqual(StatusCode.StaConnRefused, h.Command(CommandId.Wsta, Param.I32(1)).Status, "AP running");
        }

        [TestMethod]
        public void NetifcListsInterfacesAndReportsMacAndHostname()
        {
            using var h = new FirmwareHarness();
            FirmwareHarness.Reply list = h.Ok(CommandId.Netifc);
            Assert.AreEqual(2, list.Single.Elements.Count);
            CollectionAssert.AreEqual(Hex("0004A3123456"), h.Ok(CommandId.Netifc, Param.I32(0), Param.U32(2)).Single[1].Data);
            CollectionAssert.AreEqual(Hex("0004A3123457"), h.Ok(CommandId.Netifc, Param.I32(1), Param.U32(2)).Single[1].Data);
            Assert.AreEqual(StatusCode.AccessDenied, h.Command(CommandId.Netifc, Param.I32(0), Param.U32(2), Param.Mac(1, 2, 3, 4, 5, 6)).Status);
            h.Ok(CommandId.Netifc, Param.I32(0), Param.U32(3), Param.Str("sensor-7"));
            Assert.AreEqual("sensor-7", h.Ok(CommandId.Netifc, Param.I32(0), Param.U32(3)).Single[1].Text);
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Netifc, Param.I32(2)).Status);
            h.Ok(CommandId.Netifc, Param.I32(0), Param.U32(60), Param.Ip("2001:db8::5"));
            Message global = h.Ok(CommandId.Netifc, Param.I32(0), Param.U32(60)).Single;
            CollectionAssert.AreEqual(Hex("003C0000"), global[0].Data);
            Assert.AreEqual(17, global[1].Data.Length, "address + prefix");
            Assert.AreEqual(IPAddress.Parse("fe80::204:a3ff:fe12:3456"), h.Ok(CommandId.Netifc, Param.I32(0), Param.U32(61)).Single[1].Address);
        }

        [TestMethod]
        public void DnsResolvesTableEntriesAndLocalhost()
        {
            using var h = new FirmwareHarness(WithDns());
            h.ConnectStation();
            h.Ok(CommandId.Dnsresolv, Param.U8(1), Param.Str("example.com"));
            Message a = h.ExpectAec(AecId.Dnsresolv);
            CollectionAssert.AreEqual(Hex("03 0500 0000 0500 0021 03 | 02 03 0001 01 000000 | 05 01 000B 6578616D706C652E636F6D 00 | 08 00 0004 5DB8D822 | 0000"), a.Raw);
            h.Ok(CommandId.Dnsresolv, Param.U8(28), Param.Str("EXAMPLE.com"));
            Message aaaa = h.ExpectAec(AecId.Dnsresolv);
            Assert.AreEqual(28, aaaa[0].Signed);
            Assert.AreEqual("EXAMPLE.com", aaaa[1].Text, "the query name is echoed as sent");
            Assert.AreEqual(IPAddress.Parse("2606:2800:220:1::1"), aaaa[2].Address);
            h.Ok(CommandId.Dnsresolv, Param.U8(255), Param.Str("localhost"));
            Assert.AreEqual(IPAddress.Loopback, h.ExpectAec(AecId.Dnsresolv)[2].Address);
            Assert.AreEqual(IPAddress.IPv6Loopback, h.ExpectAec(AecId.Dnsresolv)[2].Address);
        }

        [TestMethod]
        public void DnsErrorsForUnknownSlowAndUnsupported()
        {
            using var h = new FirmwareHarness(WithDns());
            h.ConnectStation();
            h.Ok(CommandId.Dnsresolv, Param.U8(1), Param.Str("nothing.invalid"));
            CollectionAssert.AreEqual(Hex("03 0501 0000 0501 0025 03 | 01 02 0002 0502 0000 | 02 03 0001 01 000000 | 05 01 000F 6E6F7468696E672E696E76616C6964 00 | 0000"), h.ExpectAec(AecId.Dnserr).Raw);
            h.Ok(CommandId.Dnsresolv, Param.U8(28), Param.Str("printer.lan"));
            Assert.AreEqual(StatusCode.DnsRecordNotFound, h.ExpectAec(AecId.Dnserr)[0].Unsigned);
            h.Ok(CommandId.Dnsc, Param.U32(3), Param.U32(120));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            h.Ok(CommandId.Dnsresolv, Param.U8(1), Param.Str("slow.example"));
            Message timeout = h.ExpectAec(AecId.Dnserr);
            Assert.AreEqual(StatusCode.DnsTimeout, timeout[0].Unsigned);
            Assert.IsTrue(watch.ElapsedMilliseconds >= 110, "DNS timeout after " + watch.ElapsedMilliseconds + " ms");
            Assert.AreEqual(StatusCode.DnsTypeNotSupported, h.Command(CommandId.Dnsresolv, Param.U8(15), Param.Str("example.com")).Status);
        }

        [TestMethod]
        public void DnsWithoutNetworkTimesOut()
        {
            using var h = new FirmwareHarness(WithDns());
            h.Ok(CommandId.Dnsc, Param.U32(3), Param.U32(20));
            h.Ok(CommandId.Dnsresolv, Param.U8(1), Param.Str("example.com"));
            Assert.AreEqual(StatusCode.DnsTimeout, h.ExpectAec(AecId.Dnserr)[0].Unsigned);
        }

        [TestMethod]
        public void PingAnswersReachableTargetsWithFixedRtt()
        {
            FirmwareOptions options = WithDns();
            options.PingRttMilliseconds = 3;
            using var h = new FirmwareHarness(options);
            h.ConnectStation();
            h.Ok(CommandId.Ping, Param.Ip("127.0.0.1"));
            CollectionAssert.AreEqual(Hex("03 0B00 0000 0B00 0011 02 | 08 00 0004 7F000001 | 02 02 0002 0003 0000 | 0000"), h.ExpectAec(AecId.Ping).Raw);
            h.Ok(CommandId.Ping, Param.Ip("192.168.1.1"));
            Assert.AreEqual(IPAddress.Parse("192.168.1.1"), h.ExpectAec(AecId.Ping)[0].Address);
            h.Ok(CommandId.Ping, Param.Str("example.com"));
            Assert.AreEqual(IPAddress.Parse("93.184.216.34"), h.ExpectAec(AecId.Ping)[0].Address);
            h.Ok(CommandId.Ping, Param.Str("example.com"), Param.U8(6));
            Assert.AreEqual(IPAddress.Parse("2606:2800:220:1::1"), h.ExpectAec(AecId.Ping)[0].Address);
            h.Ok(CommandId.Ping, Param.Ip("::1"));
            Assert.AreEqual(IPAddress.IPv6Loopback, h.ExpectAec(AecId.Ping)[0].Address);
        }

        [TestMethod]
        public void PingUnknownTargetFails()
        {
            using var h = new FirmwareHarness(WithDns());
            h.ConnectStation();
            h.Ok(CommandId.Ping, Param.Ip("203.0.113.9"));
            CollectionAssert.AreEqual(Hex("03 0B01 0000 0B01 0009 01 | 01 02 0002 0B00 0000 | 0000"), h.ExpectAec(AecId.Pingerr).Raw);
            h.Ok(CommandId.Ping, Param.Str("unknown.host"));
            h.ExpectAec(AecId.Pingerr);
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Ping, Param.U32(5)).Status);
        }

        [TestMethod]
        public void SntpUpdatesTimeAfterTheLeaseAndReportsUnreachableServers()
        {
            var now = new DateTime(2025, 10, 15, 9, 49, 11, DateTimeKind.Utc);
            FirmwareOptions options = WithDns();
            options.Clock = () => now;
            using var h = new FirmwareHarness(options);
            h.Ok(CommandId.Time, Param.U8(1), Param.U32(1000));
            h.Ok(CommandId.Sntpc, Param.U32(3), Param.Str("time.google.com"));
            h.Ok(CommandId.Sntpc, Param.U32(2), Param.Bool(true));
            h.Ok(CommandId.Sntpc, Param.U32(1), Param.Bool(true));
            h.ExpectSilence(TimeSpan.FromMilliseconds(30));
            h.ConnectStation();
            Message time = h.ExpectAec(AecId.Time);
            Assert.AreEqual(new DateTimeOffset(now).ToUnixTimeSeconds() + 2208988800L, time[0].Unsigned, "NTP seconds, as in the API example");
            h.Ok(CommandId.Time, Param.U8(1));
            Assert.AreEqual(new DateTimeOffset(now).ToUnixTimeSeconds(), h.ExpectAec(AecId.Time)[0].Unsigned, "the SNTP update replaced the time set by hand");

            h.Ok(CommandId.Sntpc, Param.U32(3), Param.Str("ntp.unreachable.test"));
            CollectionAssert.AreEqual(Hex("03 0D00 0000 0D00 0009 01 | 01 02 0002 0D00 0000 | 0000"), h.ExpectAec(AecId.Sntperr).Raw);
            FirmwareHarness.Reply all = h.Ok(CommandId.Sntpc);
            CollectionAssert.AreEqual(new long[] { 1, 2, 3 }, all.Responses.Select(m => m[0].Signed).ToArray());
            Assert.AreEqual("ntp.unreachable.test", all.Responses[2][1].Text);
        }
    }
}
