// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Net;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Net
{
    /// <summary>Network interface, DHCP client and server: the NETIFC/DNSC/DHCPSC bursts and the WSTAAIP/WAPAIP events.</summary>
    [TestClass]
    public class NetIfTests
    {
        private static readonly byte[] s_linkLocal = Hex.Parse("FE 80 00 00 00 00 00 00 02 04 A3 FF FE 12 34 56");
        private static readonly byte[] s_global = Hex.Parse("20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 05");

        private static WincNet Up(DriverHarness h)
        {
            h.BringUp();
            return new WincNet(h.Driver);
        }

        [TestMethod]
        public void StationAddressesAreReportedWithTheirKind()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder rec = new NetRecorder();
            net.NetIfRegisterEventCallback(rec.NetIf);
            Assert.IsFalse(net.IPLinkActive);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wstaaip).Int(1, 2).Element(8, Hex.Parse("C0 A8 01 64 FF FF FF 00")).ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wstaaip).Int(1, 2).Ipv6(s_linkLocal).ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wstaaip).Int(1, 2).Ipv6(s_global).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(3, rec.NetIfCount);
            Assert.AreEqual((int)NetIfEvent.AddressUpdate, rec.NetIfEventAt(0));
            Assert.AreEqual("192.168.1.100", rec.Address(0));
            Assert.IsFalse(rec.LinkLocal(0));
            Assert.AreEqual("fe80::204:a3ff:fe12:3456", rec.Address(1));
            Assert.IsTrue(rec.LinkLocal(1));
            Assert.AreEqual("2001:db8::5", rec.Address(2));
            Assert.IsFalse(rec.LinkLocal(2));
            Assert.IsTrue(net.IPLinkActive);
            byte[] ip = new byte[4];
            int prefix;
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.IPAddressGet(ip, 0, out prefix));
            CollectionAssert.AreEqual(Hex.Parse("C0 A8 01 64"), ip);
            Assert.AreEqual(24, prefix);

            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wstald).Int(1, 2).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(4, rec.NetIfCount);
            Assert.AreEqual((int)NetIfEvent.InterfaceDown, rec.NetIfEventAt(3));
            Assert.IsFalse(net.IPLinkActive);
            Assert.AreEqual((int)DriverStatus.NotConnected, (int)net.IPAddressGet(ip, 0, out prefix));
        }

        [TestMethod]
        public void StaticAddressGatewayDnsAndHostnameBursts()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            CompletionLog done = new CompletionLog();
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.IPUseDhcpSet(0, false, done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.NetIfIPAddrSet(0, Hex.Parse("C0 A8 01 01"), 0, 4, 24, done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.IPDefaultGatewaySet(0, Hex.Parse("C0 A8 01 FE"), 0, 4, done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsServerAddressSet(Hex.Parse("08 08 08 08 01 01 01 01"), 0, 2, done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.NetIfHostnameSet(0, "nano", done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.NetIfIPAddrSet(0, s_global, 0, 16, 64, done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DnsAutoSet(false, done.Handler));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1, "00 09 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 0A | 0A 00 00 04 00 00 00 00");
            Burst.AssertSent(h.Device, 2, "00 09 00 00 00 03 00 1C | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 28 | 08 00 00 08 C0 A8 01 01 FF FF FF 00");
            Burst.AssertSent(h.Device, 3, "00 09 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 29 | 08 00 00 04 C0 A8 01 FE");
            Burst.AssertSent(h.Device, 4,
                "00 05 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 02 00 00 04 00 00 00 00 | "
                + "00 05 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 08 00 00 04 08 08 08 08 | "
                + "00 05 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 08 00 00 04 01 01 01 01");
            Burst.AssertSent(h.Device, 5, "00 09 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 03 | 05 00 00 04 6E 61 6E 6F");
            Burst.AssertSent(h.Device, 6, "00 09 00 00 00 03 00 28 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 3C | 09 03 00 11 20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 05 40 00 00 00");
            Burst.AssertSent(h.Device, 7, "00 05 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 0A 00 00 04 00 00 00 00");
            for (int i = 1; i <= 7; i++)
            {
                Burst.AnswerAll(h.Device, i, 0);
            }

            h.Run(1, 10);
            Assert.AreEqual(7, done.Count);
            Assert.AreEqual((int)RequestResult.Ok, (int)done.Result);
        }

        [TestMethod]
        public void BadArgumentsAreRejectedBeforeAnythingIsSent()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.IPUseDhcpSet(2, true, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.NetIfIPAddrSet(0, new byte[4], 0, 4, 33, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.NetIfIPAddrSet(0, new byte[4], 0, 5, 24, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.NetIfIPAddrSet(0, new byte[16], 0, 16, 0, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.DnsServerAddressSet(new byte[12], 0, 3, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.DnsServerAddressSet(new byte[4], 0, 2, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.NetIfHostnameSet(0, string.Empty, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.NetIfMacAddrGet(0, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.DhcpsEnableSet(1, true, null, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)net.DhcpsPoolAddressSet(0, new byte[3], 0, null));
            h.Run(1, 10);
            Assert.AreEqual(1, h.Device.SentCount);
            Assert.AreEqual(8, h.Driver.FreeRequestCount);
        }

        [TestMethod]
        public void MacAddressQuery()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder rec = new NetRecorder();
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.NetIfMacAddrGet(0, rec.Mac));
            Assert.AreEqual((int)DriverStatus.RetryRequest, (int)net.NetIfMacAddrGet(1, rec.Mac));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1, "00 09 00 00 00 02 00 10 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 02");
            h.Device.Deliver(h.Device.Response(1, 0).Int(2, 1).Mac(Hex.Parse("00 04 A3 12 34 56")).ToArray());
            h.Device.AnswerStatus(1, 0, 0);
            h.Run(1, 10);
            Assert.AreEqual(1, rec.MacCount);
            Assert.AreEqual((int)RequestResult.Ok, (int)rec.MacResult);
            CollectionAssert.AreEqual(Hex.Parse("00 04 A3 12 34 56"), rec.MacAddress);

            // OK without the RSP is not an answer
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.NetIfMacAddrGet(1, rec.Mac));
            h.Run(1, 10);
            h.Device.AnswerStatus(2, 0, 0);
            h.Run(1, 10);
            Assert.AreEqual(2, rec.MacCount);
            Assert.AreEqual((int)RequestResult.CommandError, (int)rec.MacResult);
        }

        [TestMethod]
        public void DhcpServerBurstsAndLeaseEvent()
        {
            DriverHarness h = new DriverHarness(8);
            WincNet net = Up(h);
            NetRecorder rec = new NetRecorder();
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DhcpsPoolAddressSet(0, Hex.Parse("C0 A8 01 32"), 0, null));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DhcpsGatewaySet(0, Hex.Parse("C0 A8 01 01"), 0, null));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DhcpsNetIfBind(0, 0, null));
            Assert.AreEqual((int)DriverStatus.Ok, (int)net.DhcpsEnableSet(0, true, rec.Dhcps, null));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1, "00 04 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 02 | 08 00 00 04 C0 A8 01 32");
            Burst.AssertSent(h.Device, 2, "00 04 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 0A | 08 00 00 04 C0 A8 01 01");
            Burst.AssertSent(h.Device, 3, "00 04 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 05 | 02 00 00 04 00 00 00 00");
            Burst.AssertSent(h.Device, 4, "00 04 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 01 | 0A 00 00 04 00 00 00 01");
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wapaip).Int(3, 2).Ipv4(192, 168, 1, 50).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(1, rec.LeaseCount);
            Assert.AreEqual(3, rec.LeaseAssocId);
            Assert.AreEqual("192.168.1.50", rec.Lease);
        }
    }
}
