// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Net.Tests
{
    /// <summary>Values of the Harmony enumerations (spec §2.0, §2.2), so numbers stored or logged by ported code match.</summary>
    [TestClass]
    public class NetEnumTests
    {
        [TestMethod]
        public void ResultCodes()
        {
            Assert.AreEqual(0, (int)WincsResult.Pass);
            Assert.AreEqual(-1, (int)WincsResult.Fail);
            Assert.AreEqual(-2, (int)WincsResult.Raw);
            Assert.AreEqual(-3, (int)WincsResult.Cotn);
            Assert.AreEqual(-4, (int)WincsResult.Busy);
            Assert.AreEqual(-5, (int)WincsResult.Timeout);
        }

        [TestMethod]
        public void ServiceRequests()
        {
            Assert.AreEqual(1, (int)NetSockService.TlsConfig);
            Assert.AreEqual(2, (int)NetSockService.IfConfig);
            Assert.AreEqual(3, (int)NetSockService.DhcpServerEnable);
            Assert.AreEqual(4, (int)NetSockService.DhcpServerDisable);
            Assert.AreEqual(5, (int)NetSockService.SockTcpOpen);
            Assert.AreEqual(6, (int)NetSockService.SockUdpOpen);
            Assert.AreEqual(7, (int)NetSockService.SockClose);
            Assert.AreEqual(8, (int)NetSockService.SockSetCallback);
            Assert.AreEqual(9, (int)NetSockService.SockSetSrvcCallback);
            Assert.AreEqual(10, (int)NetSockService.SockGetCallback);
            Assert.AreEqual(11, (int)NetSockService.OpenTlsCtx);
            Assert.AreEqual(12, (int)NetSockService.GetTlsCtxHandle);
            Assert.AreEqual(13, (int)NetSockService.CloseTlsCtx);
        }

        [TestMethod]
        public void SocketEnums()
        {
            Assert.AreEqual(0, (int)NetSockEvent.Connected);
            Assert.AreEqual(1, (int)NetSockEvent.TlsDone);
            Assert.AreEqual(2, (int)NetSockEvent.Disconnected);
            Assert.AreEqual(3, (int)NetSockEvent.SendComplete);
            Assert.AreEqual(4, (int)NetSockEvent.Read);
            Assert.AreEqual(5, (int)NetSockEvent.Error);
            Assert.AreEqual(6, (int)NetSockEvent.Undefined);
            Assert.AreEqual(7, (int)NetSockEvent.ClientConnected);
            Assert.AreEqual(8, (int)NetSockEvent.Closed);
            Assert.AreEqual(1, (int)NetSockType.Udp);
            Assert.AreEqual(2, (int)NetSockType.Tcp);
            Assert.AreEqual(0, (int)BindType.Local);
            Assert.AreEqual(1, (int)BindType.Remote);
            Assert.AreEqual(2, (int)BindType.Mcast);
            Assert.AreEqual(3, (int)BindType.None);
            Assert.AreEqual(4, (int)NetIpType.Ipv4);
            Assert.AreEqual(6, (int)NetIpType.Ipv6Local);
            Assert.AreEqual(6, (int)NetIpType.Ipv6Global);
            Assert.AreEqual(0, (int)NetDhcpEvent.StaDhcpDone);
            Assert.AreEqual(1, (int)NetSockMode.Ascii);
            Assert.AreEqual(2, (int)NetSockMode.Binary);
            Assert.AreEqual(2, WincsNetService.NoOfClientSockets);
            Assert.AreEqual(10, WincsNetService.NumConnIds);
            Assert.AreEqual(2048, WincsNetService.SockRcvBufSize);
        }
    }
}
