// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Sys.Wincs.Net.Tests.Helpers;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Net.Tests
{
    /// <summary>No silent failures: every failure after the open reaches the application as ERROR (with a reason) then CLOSED.</summary>
    [TestClass]
    public class NetSocketFailureTests
    {
        [TestMethod]
        public void RefusedConnectIsErrorThenClosed()
        {
            NetHarness h = new NetHarness(8);
            h.FailNext(CommandId.Sockbr, WincStatus.SocketConnectFailed, 1);
            uint s = h.Open(NetHarness.Client(NetSockType.Tcp, "192.168.0.100", 80));
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Error));
            Assert.AreEqual((int)NetSockError.ConnectFailed, (int)h.LastError(s));
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
            Assert.AreEqual(0, h.Count(s, NetSockEvent.Connected));
            Assert.AreEqual(2, h.EventCount);
        }

        [TestMethod]
        public void SockerrWhileConnectingIsErrorThenClosed()
        {
            NetHarness h = new NetHarness(8);
            h.NextSockId = 4;
            uint s = h.Open(NetHarness.Client(NetSockType.Tcp, "192.168.0.100", 80));
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockerr).Int(4, 2).StatusElement((ushort)WincStatus.SocketConnectFailed).ToArray());
            h.PeerClose(4);
            h.Settle();
            Assert.AreEqual((int)NetSockError.ConnectFailed, (int)h.LastError(s));
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Error), "one ERROR although SOCKCL followed");
            Assert.AreEqual(0, h.Count(s, NetSockEvent.Disconnected), "a connection that never was is not disconnected");
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
        }

        [TestMethod]
        public void SockerrOnAConnectedSocketIsSocketError()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 4);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockerr).Int(4, 2).StatusElement((ushort)WincStatus.Error).ToArray());
            h.Settle();
            Assert.AreEqual((int)NetSockError.SocketError, (int)h.LastError(s));
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
        }

        [TestMethod]
        public void FailedOpenIsErrorWithoutClosed()
        {
            NetHarness h = new NetHarness(8);
            h.FailNext(CommandId.Socko, WincStatus.NoFreeSockets, 1);
            NetSocket c = NetHarness.Client(NetSockType.Tcp, "192.168.0.100", 80);
            uint s = h.Open(c);
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Error));
            Assert.AreEqual((int)NetSockError.OpenFailed, (int)h.LastError(s));
            Assert.AreEqual(0, h.Count(s, NetSockEvent.Closed), "the id is free at once; nothing to close");
            Assert.AreEqual(-1, h.FindSent(0, CommandId.Sockcl));
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockTcpOpen, c), "the id can be used again");
            Assert.AreEqual(s, c.SockId);
        }

        [TestMethod]
        public void WriteRefusedForLongIsSendFailedAndClosesTheStream()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 4);
            h.FailNext(CommandId.Sockwr, WincStatus.SocketSendFailed, 1000);
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.TcpSockWrite(s, 3, new byte[3]));
            int writes = h.Device.SentCount;
            for (int i = 0; i < 30 && h.Count(s, NetSockEvent.Closed) == 0; i++)
            {
                h.Harness.Run(1, 100);
                h.Answer();
                h.Harness.Run(1, 100);
                h.Answer();
            }

            Assert.IsTrue(h.CountSent(writes - 1, CommandId.Sockwr) > 10, "the write was tried again while the stall lasted");
            Assert.AreEqual((int)NetSockError.SendFailed, (int)h.LastError(s));
            Assert.AreEqual(0, h.Count(s, NetSockEvent.SendComplete));
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
        }

        [TestMethod]
        public void BriefWriteRefusalIsRetriedSilently()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 4);
            h.FailNext(CommandId.Sockwr, WincStatus.SocketNotReady, 60);
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.TcpSockWrite(s, 3, new byte[] { 7, 8, 9 }));
            // the driver paces NOT_READY resends (2 ms doubling to 100 ms): 50 of them take about 4.5 s
            for (int i = 0; i < 5000 && h.Count(s, NetSockEvent.SendComplete) == 0; i++)
            {
                h.Harness.Run(1, 2);
                h.Answer();
            }

            Assert.AreEqual(1, h.Count(s, NetSockEvent.SendComplete), "the driver gave up after 50 NOT_READY; the service resumed");
            Assert.AreEqual(0, h.Count(s, NetSockEvent.Error));
            Assert.IsTrue(h.Service.IsConnected(s));
        }

        [TestMethod]
        public void LostDatagramIsAnErrorButTheUdpSocketStays()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.Open(NetHarness.Server(NetSockType.Udp, 5000));
            h.FailNext(CommandId.Sockwrto, WincStatus.SocketSendFailed, 1);
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.UdpSockWrite(s, "10.0.0.1", 9, 1, new byte[1]));
            h.Settle();
            Assert.AreEqual((int)NetSockError.SendFailed, (int)h.LastError(s));
            Assert.AreEqual(0, h.Count(s, NetSockEvent.Closed));
            Assert.IsTrue(h.Service.IsConnected(s));
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.UdpSockWrite(s, "10.0.0.1", 9, 1, new byte[1]));
            h.Settle();
            Assert.AreEqual(1, h.Count(s, NetSockEvent.SendComplete));
        }

        [TestMethod]
        public void ModuleResetLosesEverySocketWithErrorThenClosed()
        {
            NetHarness h = new NetHarness(8);
            uint a = h.OpenConnectedClient(80, 4);
            uint b = h.Open(NetHarness.Server(NetSockType.Udp, 5000));
            h.Device.FailBus(MessageDeviceError.TransferFailed);
            h.Step();
            Assert.AreEqual((int)NetSockError.ConnectionLost, (int)h.LastError(a));
            Assert.AreEqual((int)NetSockError.ConnectionLost, (int)h.LastError(b));
            Assert.AreEqual(1, h.Count(a, NetSockEvent.Closed));
            Assert.AreEqual(1, h.Count(b, NetSockEvent.Closed));
            Assert.IsFalse(h.Service.IsConnected(a));
        }

        [TestMethod]
        public void ReceiveOverflowIsReceiveFailed()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 4);
            h.Receive(4, 0, new byte[1472]);
            h.Receive(4, 1472, new byte[1472]);
            h.Receive(4, 2944, new byte[10]);
            h.Settle();
            Assert.AreEqual((int)NetSockError.ReceiveFailed, (int)h.LastError(s), "data beyond the window was lost: loudly");
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
        }

        [TestMethod]
        public void ApplicationMayReopenInsideTheErrorCallback()
        {
            NetHarness h = new NetHarness(8);
            NetSocket again = NetHarness.Client(NetSockType.Tcp, "192.168.0.100", 81);
            h.FailNext(CommandId.Socko, WincStatus.NoFreeSockets, 1);
            h.Reaction = (socket, netEvent, handle) =>
            {
                if (netEvent == NetSockEvent.Error && again.SockId == 0 && h.Count(socket, NetSockEvent.Error) == 1)
                {
                    h.Service.SockSrvCtrl(NetSockService.SockTcpOpen, again);
                }

                return WincsResult.Pass;
            };
            again.SockId = 0;
            uint s = h.Open(NetHarness.Client(NetSockType.Tcp, "192.168.0.100", 80));
            Assert.AreEqual(s, again.SockId, "the id was reused inside the callback");
            Assert.AreEqual(0, h.Count(s, NetSockEvent.Closed), "no stray CLOSED for the new socket");
            Assert.AreEqual(2, h.CountSent(0, CommandId.Sockbr) + h.CountSent(0, CommandId.Socko) - 1);
        }
    }
}
