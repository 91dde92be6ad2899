// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Drivers.Wincs02;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator.Firmware;

namespace nanoWincs.Host.Tests
{
    /// <summary>The network service end to end on the emulated module: DNS, ping, SNTP and time, interface settings.</summary>
    [TestClass]
    public sealed class DriverNetEndToEndTests
    {
        private static FirmwareOptions Network()
        {
            FirmwareOptions options = DriverRig.HomeNetwork();
            options.DnsTable["broker.test"] = new[] { IPAddress.Parse("10.1.2.3"), IPAddress.Parse("10.1.2.4"), IPAddress.Parse("2001:db8::7") };
            options.DnsTable["v4only.test"] = new[] { IPAddress.Parse("10.9.9.9") };
            options.SlowDnsNames.Add("slow.test");
            return options;
        }

        private static List<(DnsResolveStatus Status, WincStatus Error, DnsRecordType Type, string Address)> Resolve(DriverRig rig, DnsRecordType type, string name, int timeoutMs, int expected)
        {
            var answers = new List<(DnsResolveStatus, WincStatus, DnsRecordType, string)>();
            Assert.AreEqual(DriverStatus.Ok, rig.Net.DnsResolveDomain(type, name, timeoutMs, (net, r) =>
            {
                Assert.AreEqual(name, r.Name);
                answers.Add((r.Status, r.Error, r.RecordType, r.AddressToString()));
            }));
            rig.RunUntil(() => answers.Count >= expected, DriverRig.WaitMs, "DNS answers for " + name);
            rig.RunFor(WincNet.DnsAnswerWindowMs + 50);
            Assert.AreEqual(expected, answers.Count, "no more answers after the window");
            return answers;
        }

        [TestMethod]
        public void DnsResolvesAAndAaaa()
        {
            using var rig = DriverRig.Connected(Network());
            var a = Resolve(rig, DnsRecordType.A, "broker.test", 500, 2);
            CollectionAssert.AreEqual(
                new[] { (DnsResolveStatus.Resolved, WincStatus.Ok, DnsRecordType.A, "10.1.2.3"), (DnsResolveStatus.Resolved, WincStatus.Ok, DnsRecordType.A, "10.1.2.4") },
                a);
            var aaaa = Resolve(rig, DnsRecordType.Aaaa, "broker.test", 500, 1);
            Assert.AreEqual((DnsResolveStatus.Resolved, WincStatus.Ok, DnsRecordType.Aaaa, "2001:db8::7"), aaaa[0]);
        }

        [TestMethod]
        public void DnsUnknownNameMissingRecordAndTimeout()
        {
            using var rig = DriverRig.Connected(Network());
            Assert.AreEqual((DnsResolveStatus.Error, WincStatus.DnsError, DnsRecordType.A, string.Empty), Resolve(rig, DnsRecordType.A, "nosuch.test", 500, 1)[0]);
            Assert.AreEqual((DnsResolveStatus.Error, WincStatus.DnsRecordNotFound, DnsRecordType.Aaaa, string.Empty), Resolve(rig, DnsRecordType.Aaaa, "v4only.test", 500, 1)[0]);
            Assert.AreEqual((DnsResolveStatus.Timeout, WincStatus.DnsTimeout, DnsRecordType.A, string.Empty), Resolve(rig, DnsRecordType.A, "slow.test", 100, 1)[0]);
        }

        [TestMethod]
        public void PingTheGatewayAndAnUnreachableAddress()
        {
            using var rig = DriverRig.Connected(Network());
            var replies = new List<(RequestResult Result, WincStatus Error, string Address, int Rtt)>();
            IcmpEchoHandler record = (net, r, e, address, length, rtt) => replies.Add((r, e, address == null ? null : WincUtils.IPAddressToString(address, 0, length), rtt));
            Assert.AreEqual(DriverStatus.Ok, rig.Net.IcmpEchoRequestAddr(new byte[] { 192, 168, 1, 1 }, 0, 4, record));
            rig.RunUntil(() => replies.Count == 1, DriverRig.WaitMs, "the echo reply");
            Assert.AreEqual((RequestResult.Ok, WincStatus.Ok, "192.168.1.1", 2), replies[0]);

            Assert.AreEqual(DriverStatus.Ok, rig.Net.IcmpEchoRequestName("broker.test", 4, record));
            rig.RunUntil(() => replies.Count == 2, DriverRig.WaitMs, "the echo reply by name");
            Assert.AreEqual((RequestResult.Ok, WincStatus.Ok, "10.1.2.3", 2), replies[1]);

            Assert.AreEqual(DriverStatus.Ok, rig.Net.IcmpEchoRequestAddr(new byte[] { 203, 0, 113, 9 }, 0, 4, record));
            rig.RunUntil(() => replies.Count == 3, DriverRig.WaitMs, "PINGERR");
            Assert.AreEqual((RequestResult.CommandError, WincStatus.PingFailed, (string)null, 0), replies[2]);
        }

        [TestMethod]
        public void SntpUpdateAndSystemTime()
        {
            using var rig = DriverRig.Connected(Network());
            var updates = new List<(SntpEvent Event, uint Seconds, WincStatus Error)>();
            rig.Net.SntpRegisterEventCallback((net, e, s, error) => updates.Add((e, s, error)));
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.SntpServerAddressSet("pool.ntp.org", cb)).Result);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.SntpStaticSet(true, cb)).Result);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.SntpEnableSet(true, cb)).Result);
            rig.RunUntil(() => updates.Count == 1, DriverRig.WaitMs, "the SNTP update");
            long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            Assert.AreEqual(SntpEvent.TimeUpdated, updates[0].Event);
            Assert.IsTrue(Math.Abs(updates[0].Seconds - now) <= 2, "NTP seconds converted to Unix: " + updates[0].Seconds + " vs " + now);

            // the module clock can be set and read back
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.SystemTimeSetCurrent(1700000000, cb)).Result);
            RequestResult? result = null;
            uint seconds = 0;
            Assert.AreEqual(DriverStatus.Ok, rig.Net.SystemTimeGetCurrent((net, r, s) =>
            {
                result = r;
                seconds = s;
            }));
            rig.RunUntil(() => result.HasValue, DriverRig.WaitMs, "the TIME AEC");
            Assert.AreEqual(RequestResult.Ok, result);
            Assert.IsTrue(seconds >= 1700000000 && seconds <= 1700000002, seconds.ToString());

            // a static server that does not answer
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.SntpServerAddressSet("ntp.nowhere.test", cb)).Result);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.SntpEnableSet(true, cb)).Result);
            rig.RunUntil(() => updates.Any(u => u.Event == SntpEvent.Error), DriverRig.WaitMs, "SNTPERR");
            Assert.AreEqual(WincStatus.SntpServerTmo, updates.Last().Error);
        }

        [TestMethod]
        public void MacAddressHostnameAndStaticAddress()
        {
            FirmwareOptions options = DriverRig.HomeNetwork();
            using var rig = new DriverRig(options);
            RequestResult? result = null;
            byte[] mac = null;
            Assert.AreEqual(DriverStatus.Ok, rig.Net.NetIfMacAddrGet(0, (net, r, i, m) =>
            {
                result = r;
                mac = m == null ? null : (byte[])m.Clone();
            }));
            rig.RunUntil(() => result.HasValue, DriverRig.WaitMs, "the MAC");
            Assert.AreEqual(RequestResult.Ok, result);
            CollectionAssert.AreEqual(options.MacAddress, mac);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.NetIfHostnameSet(0, "nanodevice", cb)).Result);

            // static address: DHCP off, address and gateway set before connecting; WSTAAIP confirms it
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.IPUseDhcpSet(0, false, cb)).Result);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.NetIfIPAddrSet(0, new byte[] { 192, 168, 1, 77 }, 0, 4, 24, cb)).Result);
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.IPDefaultGatewaySet(0, new byte[] { 192, 168, 1, 1 }, 0, 4, cb)).Result);
            Assert.AreEqual(DriverStatus.Ok, rig.Connect("HomeNet", "secret123"));
            rig.RunUntil(() => rig.NetIfEvents.Count == 1, DriverRig.WaitMs, "the static address");
            Assert.AreEqual("192.168.1.77", rig.NetIfEvents[0].Address);
        }

        [TestMethod]
        public void DnsServersAreReplaced()
        {
            using var rig = new DriverRig(DriverRig.HomeNetwork());
            Assert.AreEqual(RequestResult.Ok, rig.Complete(cb => rig.Net.DnsAutoSet(false, cb)).Result);
            var (result, status) = rig.Complete(cb => rig.Net.DnsServerAddressSet(new byte[] { 8, 8, 8, 8, 1, 1, 1, 1 }, 0, 2, cb));
            Assert.AreEqual((RequestResult.Ok, WincStatus.Ok), (result, status), "DNSC DNS_SVR = 0 clears the list, as the Harmony driver sends it" + rig.Diagnostics());
        }
    }
}
