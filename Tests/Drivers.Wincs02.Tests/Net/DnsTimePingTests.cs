// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Drivers.Wincs02.Wifi;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Net
{
    /// <summary>DNS (DNSC timeout + DNSRESOLV, DNSRESOLV/DNSERR AECs), SNTP and TIME, PING/PINGERR.</summary>
    [TestClass]
    public class DnsTimePingTests
    {
        private static WincNet Up(DriverHarness h)
        {
            h.BringUp();
            return new WincNet(h.Driver);
        }

        [TestMethod]
        public void ResolveSendsTimeoutAndQueryThenDeliversEachAddress()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder rec = new NetRecorder();
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsResolveDomain(DnsRecordType.A, "example.com", 100, rec.Dns));
            Assert.AreEqual((int)DriverStatus.RetryRequest, (int)net.DnsResolveDomain(DnsRecordType.A, "example.com", 100, rec.Dns), "the same query is running");
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1,
                "00 05 00 00 00 02 00 10 | 03 00 00 04 00 00 00 03 | 02 00 00 04 00 00 00 64 | "
                + "00 05 01 00 00 02 00 18 | 03 03 00 01 01 00 00 00 | 05 01 00 0B 65 78 61 6D 70 6C 65 2E 63 6F 6D 00");
            Burst.AnswerAll(h.Device, 1, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(1, 1).Str("example.com").Ipv4(93, 184, 216, 34).ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(1, 1).Str("example.com").Ipv4(93, 184, 216, 35).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(2, rec.DnsCount);
            Assert.AreEqual((int)DnsResolveStatus.Resolved, rec.DnsStatusAt(0));
            Assert.AreEqual("93.184.216.34", rec.DnsAddress(0));
            Assert.AreEqual("93.184.216.35", rec.DnsAddress(1));
            Assert.AreEqual("example.com", rec.DnsName);
            Assert.AreEqual(1, rec.DnsType);

            // once the answer window closed, a late answer reaches nobody and nothing is pending
            h.Run(1, WincNet.DnsAnswerWindowMs);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(1, 1).Str("example.com").Ipv4(1, 2, 3, 4).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(2, rec.DnsCount);
            h.Run(1, 60000);
            Assert.AreEqual(2, rec.DnsCount, "no timeout after success");
        }

        [TestMethod]
        public void RepeatedResolutionsOfOneNameEachGetTheirOwnAnswer()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder first = new NetRecorder();
            NetRecorder next = new NetRecorder();
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsResolveDomain(DnsRecordType.A, "example.com", 100, first.Dns));
            h.Run(1, 10);
            Burst.AnswerAll(h.Device, 1, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(1, 1).Str("example.com").Ipv4(1, 1, 1, 1).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, first.DnsCount);

            // within the first one's answer window, more queries of the same name, more than there are slots
            for (int i = 0; i < WincNet.MaxPendingResolves + 2; i++)
            {
                Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsResolveDomain(DnsRecordType.A, "example.com", 100, next.Dns), "query " + i);
                h.Run(1, 10);
                Burst.AnswerAll(h.Device, 2 + i, 0);
                h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(1, 1).Str("example.com").Ipv4(2, 2, 2, i).ToArray());
                h.Run(1, 10);
                Assert.AreEqual(i + 1, next.DnsCount);
                Assert.AreEqual("2.2.2." + i, next.DnsAddress(i));
            }

            Assert.AreEqual(1, first.DnsCount, "later answers do not reach the first caller");
        }

        [TestMethod]
        public void AaaaAnswerAndConcurrentResolutions()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder a = new NetRecorder();
            NetRecorder b = new NetRecorder();
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsResolveDomain(DnsRecordType.Aaaa, "v6.test", 2000, a.Dns));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsResolveDomain(DnsRecordType.A, "v4.test", 2000, b.Dns));
            h.Run(1, 10);
            Burst.AnswerAll(h.Device, 1, 0);
            Burst.AnswerAll(h.Device, 2, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(1, 1).Str("v4.test").Ipv4(10, 0, 0, 4).ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(28, 1).Str("v6.test").Ipv6(Hex.Parse("20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 06")).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, a.DnsCount);
            Assert.AreEqual("2001:db8::6", a.DnsAddress(0));
            Assert.AreEqual(28, a.DnsType);
            Assert.AreEqual(1, b.DnsCount);
            Assert.AreEqual("10.0.0.4", b.DnsAddress(0));
        }

        [TestMethod]
        public void DnserrIsAnErrorOrATimeout()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder rec = new NetRecorder();
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsResolveDomain(DnsRecordType.A, "nosuch.test", 100, rec.Dns));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsResolveDomain(DnsRecordType.A, "slow.test", 100, rec.Dns));
            h.Run(1, 10);
            Burst.AnswerAll(h.Device, 1, 0);
            Burst.AnswerAll(h.Device, 2, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnserr).StatusElement((ushort)WincStatus.DnsError).Int(1, 1).Str("nosuch.test").ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnserr).StatusElement((ushort)WincStatus.DnsTimeout).Str("timed out").Int(1, 1).Str("slow.test").ToArray());
            h.Run(1, 10);
            Assert.AreEqual(2, rec.DnsCount);
            Assert.AreEqual((int)DnsResolveStatus.Error, rec.DnsStatusAt(0));
            Assert.AreEqual((int)DnsResolveStatus.Timeout, rec.DnsStatusAt(1));
            Assert.AreEqual((int)WincStatus.DnsTimeout, (int)rec.DnsError);
            Assert.AreEqual("slow.test", rec.DnsName);
            Assert.AreEqual(string.Empty, rec.DnsAddress(1));
        }

        [TestMethod]
        public void NoAnswerAtAllTimesOutAndARefusedQueryFails()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder rec = new NetRecorder();
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsResolveDomain(DnsRecordType.A, "silent.test", 1000, rec.Dns));
            h.Run(1, 10);
            Burst.AnswerAll(h.Device, 1, 0);
            h.Run(1, 10);
            h.Run(1, 1000 + WincWifi.GuardMs + WincDriver.DefaultRequestTimeoutMs - 30);
            Assert.AreEqual(0, rec.DnsCount);
            h.Run(1, 20);
            Assert.AreEqual(1, rec.DnsCount);
            Assert.AreEqual((int)DnsResolveStatus.Timeout, rec.DnsStatusAt(0));

            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsResolveDomain(DnsRecordType.Any, "x.test", 1000, rec.Dns));
            h.Run(1, 10);
            h.Device.AnswerStatus(2, 0, 0);
            h.Device.AnswerStatus(2, 1, (ushort)WincStatus.DnsTypeNotSupported);
            h.Run(1, 10);
            Assert.AreEqual(2, rec.DnsCount);
            Assert.AreEqual((int)DnsResolveStatus.Error, rec.DnsStatusAt(1));
            Assert.AreEqual((int)WincStatus.DnsTypeNotSupported, (int)rec.DnsError);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.DnsResolveDomain(DnsRecordType.A, "x", 0, rec.Dns));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.DnsResolveDomain(DnsRecordType.A, string.Empty, 100, rec.Dns));
        }

        [TestMethod]
        public void SntpBurstsTimeQueryAndUpdates()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder rec = new NetRecorder();
            net.SntpRegisterEventCallback(rec.Sntp);
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.SntpServerAddressSet("pool.ntp.org", null));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.SntpStaticSet(true, null));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.SntpEnableSet(true, null));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.SystemTimeSetCurrent(1700000000, null));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.SystemTimeGetCurrent(rec.Time));
            Assert.AreEqual((int)DriverStatus.RetryRequest, (int)net.SystemTimeGetCurrent(rec.Time));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1, "00 0D 00 00 00 02 00 18 | 03 00 00 04 00 00 00 03 | 05 00 00 0C 70 6F 6F 6C 2E 6E 74 70 2E 6F 72 67");
            Burst.AssertSent(h.Device, 2, "00 0D 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 0A 00 00 04 00 00 00 01");
            Burst.AssertSent(h.Device, 3, "00 0D 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 0A 00 00 04 00 00 00 01");
            Burst.AssertSent(h.Device, 4, "00 10 00 00 00 02 00 10 | 03 03 00 01 01 00 00 00 | 03 00 00 04 65 53 F1 00");
            Burst.AssertSent(h.Device, 5, "00 10 00 00 00 01 00 08 | 03 03 00 01 01 00 00 00");
            h.Device.AnswerStatus(5, 0, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Time).Utc(1700000123).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, rec.TimeCount);
            Assert.AreEqual((int)RequestResult.Ok, (int)rec.TimeResult);
            Assert.AreEqual((int)1700000123, (int)rec.Seconds);
            Assert.AreEqual(0, rec.SntpCount, "an asked-for TIME is not an SNTP update");

            // an update in NTP seconds, then an SNTP failure
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Time).UInt(1700000200u + WincNet.NtpToUnixOffset, 4).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, rec.SntpCount);
            Assert.AreEqual((int)SntpEvent.TimeUpdated, (int)rec.SntpLast);
            Assert.AreEqual((int)1700000200, (int)rec.SntpSeconds);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sntperr).StatusElement((ushort)WincStatus.SntpServerTmo).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(2, rec.SntpCount);
            Assert.AreEqual((int)SntpEvent.Error, (int)rec.SntpLast);
            Assert.AreEqual((int)WincStatus.SntpServerTmo, (int)rec.SntpError);
        }

        [TestMethod]
        public void TimeQueryWithoutAnswerTimesOut()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder rec = new NetRecorder();
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.SystemTimeGetCurrent(rec.Time));
            h.Run(1, 10);
            h.Device.AnswerStatus(1, 0, 0);
            h.Run(1, 10);
            h.Run(1, 10000);
            Assert.AreEqual(1, rec.TimeCount);
            Assert.AreEqual((int)RequestResult.Timeout, (int)rec.TimeResult);
            Assert.AreEqual(0, (int)rec.Seconds);
        }

        [TestMethod]
        public void PingAnswerErrorAndOneAtATime()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder rec = new NetRecorder();
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.IcmpEchoRequestAddr(Hex.Parse("08 08 08 08"), 0, 4, rec.Ping));
            Assert.AreEqual((int)DriverStatus.RetryRequest, (int)net.IcmpEchoRequestName("a.b", 4, rec.Ping));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1, "00 0B 00 00 00 01 00 08 | 08 00 00 04 08 08 08 08");
            h.Device.AnswerStatus(1, 0, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Ping).Ipv4(8, 8, 8, 8).Int(12, 2).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, rec.PingCount);
            Assert.AreEqual((int)RequestResult.Ok, (int)rec.PingResult);
            Assert.AreEqual("8.8.8.8", rec.PingAddress);
            Assert.AreEqual(12, rec.PingRtt);

            Assert.AreEqual((int)DriverStatus.Ok, (int)net.IcmpEchoRequestName("a.b", 4, rec.Ping));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 2, "00 0B 00 00 00 02 00 10 | 05 01 00 03 61 2E 62 00 | 03 03 00 01 04 00 00 00");
            h.Device.AnswerStatus(2, 0, 0);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Pingerr).StatusElement((ushort)WincStatus.PingFailed).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(2, rec.PingCount);
            Assert.AreEqual((int)RequestResult.CommandError, (int)rec.PingResult);
            Assert.AreEqual((int)WincStatus.PingFailed, (int)rec.PingError);
            Assert.IsNull(rec.PingAddress);

            Assert.AreEqual((int)DriverStatus.Ok, (int)net.IcmpEchoRequestName("c.d", 0, rec.Ping));
            h.Run(1, 10);
            h.Device.AnswerStatus(3, 0, 0);
            h.Run(1, 10);
            h.Run(1, WincNet.PingTimeoutMs + WincDriver.DefaultRequestTimeoutMs);
            Assert.AreEqual(3, rec.PingCount);
            Assert.AreEqual((int)RequestResult.Timeout, (int)rec.PingResult);
        }

        [TestMethod]
        public void ModuleLossEndsEveryPendingQuery()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder rec = new NetRecorder();
            net.NetIfRegisterEventCallback(rec.NetIf);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wstaaip).Int(1, 2).Ipv4(192, 168, 1, 100).ToArray());
            h.Run(1, 10);
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsResolveDomain(DnsRecordType.A, "example.com", 100, rec.Dns));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.SystemTimeGetCurrent(rec.Time));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.IcmpEchoRequestAddr(Hex.Parse("08 08 08 08"), 0, 4, rec.Ping));
            h.Run(1, 10);
            Burst.AnswerAll(h.Device, 1, 0);
            Burst.AnswerAll(h.Device, 2, 0);
            Burst.AnswerAll(h.Device, 3, 0);
            h.Run(1, 10);
            h.Device.FailBus(MessageDeviceError.TransferFailed);
            h.Run(1, 10);
            Assert.AreEqual(1, rec.DnsCount);
            Assert.AreEqual((int)DnsResolveStatus.Error, rec.DnsStatusAt(0));
            Assert.AreEqual(1, rec.TimeCount);
            Assert.AreEqual((int)RequestResult.BusError, (int)rec.TimeResult);
            Assert.AreEqual(1, rec.PingCount);
            Assert.AreEqual((int)RequestResult.BusError, (int)rec.PingResult);
            Assert.AreEqual(2, rec.NetIfCount);
            Assert.AreEqual((int)NetIfEvent.InterfaceDown, rec.NetIfEventAt(1));
            Assert.IsFalse(net.IPLinkActive);
        }
    }
}
