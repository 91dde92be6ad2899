// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;
using Sys.Wincs.Net.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Net.Tests
{
    /// <summary>Host names in sockAddr, resolved through the module's DNS (Harmony accepts IP literals only).</summary>
    [TestClass]
    public class NetHostNameTests
    {
        private static void Resolve(NetHarness h, string name, int a, int b, int c, int d)
        {
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(1, 1).Str(name).Ipv4(a, b, c, d).ToArray());
        }

        [TestMethod]
        public void ClientConnectsToTheResolvedAddress()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.Open(NetHarness.Client(NetSockType.Tcp, "broker.example", 1883));
            int dns = h.FindSent(0, CommandId.Dnsresolv);
            Assert.IsTrue(dns >= 0, "a DNS lookup went out");
            h.ExpectSent(dns, "00 05 01 00 00 02 00 1C | 03 03 00 01 01 00 00 00 | 05 02 00 0E 62 72 6F 6B 65 72 2E 65 78 61 6D 70 6C 65 00 00");
            Assert.AreEqual(-1, h.FindSent(0, CommandId.Sockbr), "no connect before the answer");
            Resolve(h, "broker.example", 10, 1, 2, 3);
            h.Settle();
            h.ExpectSent(h.FindSent(0, CommandId.Sockbr), "00 0E 02 00 00 03 00 18 | 03 02 00 02 00 01 00 00 | 08 00 00 04 0A 01 02 03 | 03 02 00 02 07 5B 00 00");
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(1, 2).Ipv4(10, 1, 2, 9).UInt(50000, 2).Ipv4(10, 1, 2, 3).UInt(1883, 2).ToArray());
            h.Settle();
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Connected));
        }

        [TestMethod]
        public void AnswerBeforeTheOpenConnectsAfterTheOpen()
        {
            NetHarness h = new NetHarness(8);
            NetSocket c = NetHarness.Client(NetSockType.Udp, "ntp.example", 123);
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockTcpOpen, c));
            h.Step();
            h.Step();
            int dns = h.FindSent(0, CommandId.Dnsresolv);
            Assert.IsTrue(dns >= 0);
            h.Device.AnswerStatus(dns, 0, 0);
            Resolve(h, "ntp.example", 10, 9, 9, 9);
            h.Step();
            Assert.AreEqual(-1, h.FindSent(0, CommandId.Sockbr), "SOCKO not answered yet");
            h.Answer();
            h.Settle();
            h.ExpectSent(h.FindSent(0, CommandId.Sockbr), "00 0E 02 00 00 03 00 18 | 03 02 00 02 00 01 00 00 | 08 00 00 04 0A 09 09 09 | 03 02 00 02 00 7B 00 00");
            Assert.AreEqual(1, h.Count(c.SockId, NetSockEvent.Connected));
        }

        [TestMethod]
        public void UnknownNameIsResolveFailedThenClosed()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.Open(NetHarness.Client(NetSockType.Tcp, "nowhere.example", 80));
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnserr).StatusElement((ushort)WincStatus.DnsError).Int(1, 1).Str("nowhere.example").ToArray());
            h.Settle();
            Assert.AreEqual((int)NetSockError.ResolveFailed, (int)h.LastError(s));
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
            Assert.AreEqual(-1, h.FindSent(0, CommandId.Sockbr));
        }

        [TestMethod]
        public void SilentDnsTimesOut()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.Open(NetHarness.Client(NetSockType.Tcp, "slow.example", 80));
            h.Harness.Run(105, 100);
            Assert.AreEqual((int)NetSockError.ResolveFailed, (int)h.LastError(s), "the driver gives up after 10 s");
            h.Settle();
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
        }

        [TestMethod]
        public void OneLookupServesEverySocketOfTheSameName()
        {
            NetHarness h = new NetHarness(16);
            uint a = h.Open(NetHarness.Client(NetSockType.Tcp, "same.example", 80));
            uint b = h.Open(NetHarness.Client(NetSockType.Tcp, "same.example", 81));
            uint c = h.Open(NetHarness.Client(NetSockType.Tcp, "other.example", 82));
            Assert.AreEqual(1, h.CountSent(0, CommandId.Dnsresolv), "one name at a time");
            Resolve(h, "same.example", 10, 0, 0, 1);
            h.Settle();
            Assert.AreEqual(2, h.CountSent(0, CommandId.Sockbr), "both sockets of the first name connect");
            Assert.AreEqual(2, h.CountSent(0, CommandId.Dnsresolv), "then the next name is looked up");
            Resolve(h, "other.example", 10, 0, 0, 2);
            h.Settle();
            Assert.AreEqual(3, h.CountSent(0, CommandId.Sockbr));
            Assert.AreEqual(0, h.CountAll(NetSockEvent.Error));
            Assert.IsTrue(a != b && b != c);
        }

        [TestMethod]
        public void ClosingWhileResolvingStillCollectsTheLookup()
        {
            NetHarness h = new NetHarness(16);
            uint a = h.Open(NetHarness.Client(NetSockType.Tcp, "first.example", 80));
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockClose, a));
            uint b = h.Open(NetHarness.Client(NetSockType.Tcp, "second.example", 80));
            h.Settle();
            Assert.AreEqual(1, h.Count(a, NetSockEvent.Closed));
            Assert.AreEqual(1, h.CountSent(0, CommandId.Dnsresolv), "the first lookup is still in the driver");
            Resolve(h, "first.example", 10, 0, 0, 1);
            h.Settle();
            Assert.AreEqual(2, h.CountSent(0, CommandId.Dnsresolv), "collected and discarded: the second name goes out");
            Resolve(h, "second.example", 10, 0, 0, 2);
            h.Settle();
            h.ExpectSent(h.FindSent(0, CommandId.Sockbr), "00 0E 02 00 00 03 00 18 | 03 02 00 02 00 02 00 00 | 08 00 00 04 0A 00 00 02 | 03 02 00 02 00 50 00 00");
            Assert.AreEqual(0, h.Count(b, NetSockEvent.Error));
        }
    }
}
