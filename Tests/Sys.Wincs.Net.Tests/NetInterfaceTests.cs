// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;
using Sys.Wincs.Net.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Net.Tests
{
    /// <summary>IF_CONFIG (Harmony: FAIL) and DHCP_SERVER_ENABLE/DISABLE with the DHCP callback.</summary>
    [TestClass]
    public class NetInterfaceTests
    {
        // Parameter id of a configuration command with an 8-byte selector (NETIFC, DHCPSC), or without (DNSC).
        private static int ParamId(NetHarness h, int index, bool selector)
        {
            byte[] b = h.Device.GetSent(index);
            int at = selector ? 20 : 12;
            return (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
        }

        [TestMethod]
        public void StaticAddressIsConfiguredAndItsStatusReported()
        {
            NetHarness h = new NetHarness(16);
            NetIfConfig c = new NetIfConfig();
            c.IpAddress = "192.168.1.77";
            c.PrefixLength = 24;
            c.Gateway = "192.168.1.1";
            c.DnsServer = "192.168.1.2";
            int before = h.Device.SentCount;
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.IfConfig, c), "IF_CONFIG is implemented");
            Assert.AreEqual((int)WincsResult.Busy, (int)c.Status, "pending");
            h.Step();
            Assert.AreEqual(before + 5, h.Device.SentCount);
            Assert.AreEqual((ushort)CommandId.Netifc, h.Device.GetSentId(before, 0));
            Assert.AreEqual(10, ParamId(h, before, true), "DHCPC_EN");
            Assert.AreEqual((byte)0, h.Device.GetSent(before)[31], "off");
            Assert.AreEqual(40, ParamId(h, before + 1, true), "IP_MASK");
            byte[] ipMask = h.Device.GetSent(before + 1);
            CollectionAssert.AreEqual(new byte[] { 0x08, 0x00, 0x00, 0x08, 192, 168, 1, 77, 255, 255, 255, 0 }, new byte[] { ipMask[24], ipMask[25], ipMask[26], ipMask[27], ipMask[28], ipMask[29], ipMask[30], ipMask[31], ipMask[32], ipMask[33], ipMask[34], ipMask[35] });
            Assert.AreEqual(41, ParamId(h, before + 2, true), "GATEWAY");
            Assert.AreEqual((ushort)CommandId.Dnsc, h.Device.GetSentId(before + 3, 0));
            Assert.AreEqual(2, ParamId(h, before + 3, false), "DNS_AUTO off");
            Assert.AreEqual((ushort)CommandId.Dnsc, h.Device.GetSentId(before + 4, 0));
            h.Answer();
            h.Settle();
            Assert.AreEqual((int)WincsResult.Pass, (int)c.Status);

            NetIfConfig d = new NetIfConfig();
            d.DhcpEnable = true;
            before = h.Device.SentCount;
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.IfConfig, d));
            h.FailNext(CommandId.Netifc, WincStatus.InvalidParameter, 1);
            h.Settle();
            Assert.AreEqual(before + 1, h.Device.SentCount, "DHCP: one command");
            Assert.AreEqual((byte)1, h.Device.GetSent(before)[31], "DHCPC_EN on");
            Assert.AreEqual((int)WincsResult.Fail, (int)d.Status, "the module's refusal is reported");
        }

        [TestMethod]
        public void BadInterfaceConfigurationsFail()
        {
            NetHarness h = new NetHarness(8);
            int before = h.Device.SentCount;
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.IfConfig, null));
            NetIfConfig c = new NetIfConfig();
            c.IpAddress = "192.168.1.300";
            c.PrefixLength = 24;
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.IfConfig, c));
            c.IpAddress = "192.168.1.3";
            c.PrefixLength = 33;
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.IfConfig, c));
            c.PrefixLength = 24;
            c.Gateway = "gateway";
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.IfConfig, c));
            c.Gateway = null;
            c.Interface = 2;
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.IfConfig, c));
            h.Step();
            Assert.AreEqual(before, h.Device.SentCount);
        }

        [TestMethod]
        public void DhcpServerLeasesReachTheDhcpCallback()
        {
            NetHarness h = new NetHarness(16);
            string leased = null;
            int events = 0;
            NetDhcpCallback callback = (e, handle) =>
            {
                Assert.AreEqual((int)NetDhcpEvent.StaDhcpDone, (int)e);
                leased = (string)handle;
                events++;
                return WincsResult.Pass;
            };
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockSetSrvcCallback, callback));
            int before = h.Device.SentCount;
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.DhcpServerEnable, new string[] { "192.168.1.1", "192.168.1.50" }));
            h.Settle();
            Assert.AreEqual((ushort)CommandId.Netifc, h.Device.GetSentId(before, 0));
            Assert.AreEqual(40, ParamId(h, before, true), "the AP's address with its /24 mask");
            Assert.AreEqual((ushort)CommandId.Dhcpsc, h.Device.GetSentId(before + 1, 0));
            Assert.AreEqual(2, ParamId(h, before + 1, true), "POOL_START");
            Assert.AreEqual((ushort)CommandId.Dhcpsc, h.Device.GetSentId(before + 2, 0));
            Assert.AreEqual(1, ParamId(h, before + 2, true), "ENABLED");

            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Wapaip).Int(1, 1).Ipv4(192, 168, 1, 50).ToArray());
            h.Settle();
            Assert.AreEqual(1, events);
            Assert.AreEqual("192.168.1.50", leased);

            before = h.Device.SentCount;
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.DhcpServerDisable, null));
            h.Settle();
            Assert.AreEqual((ushort)CommandId.Dhcpsc, h.Device.GetSentId(before, 0));
            Assert.AreEqual(1, ParamId(h, before, true));
            Assert.AreEqual((byte)0, h.Device.GetSent(before)[31]);

            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.DhcpServerEnable, new string[] { "192.168.1.1" }));
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.DhcpServerEnable, new string[] { "192.168.1.1", "pool" }));
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.DhcpServerEnable, "192.168.1.1"));
        }
    }
}
