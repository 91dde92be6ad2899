// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Sys.Wincs.Net.Tests.Helpers;
using Tests.Shared;
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
        public void WriteRefusedForSecondsIsSentOnceWhenTheModuleTakesIt()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 4);
            int first = h.Device.SentCount;
            h.FailNext(CommandId.Sockwr, WincStatus.SocketNotReady, 45);
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.TcpSockWrite(s, 3, new byte[] { 7, 8, 9 }));
            // the driver paces NOT_READY resends (2 ms doubling to 100 ms): 45 of them take about 4.2 s, within its 5 s
            long start = h.Harness.Clock.UtcTicks;
            for (int i = 0; i < 6000 && h.Count(s, NetSockEvent.SendComplete) == 0; i++)
            {
                h.Step();
                h.Answer();
            }

            h.Step();
            int ms = (int)((h.Harness.Clock.UtcTicks - start) / System.TimeSpan.TicksPerMillisecond);
            Assert.IsTrue(ms > 3500 && ms < 5000, ms.ToString() + " ms");
            Assert.AreEqual(1, h.Count(s, NetSockEvent.SendComplete));
            Assert.AreEqual(0, h.Count(s, NetSockEvent.Error));
            Assert.IsTrue(h.Service.IsConnected(s));

            // 45 refused writes and the one taken, each the same 3 bytes at sequence number 0: nothing lost, nothing twice
            Assert.AreEqual(46, h.CountSent(first, CommandId.Sockwr));
            int taken = h.Last;
            while (h.Device.GetSentId(taken, 0) != (ushort)CommandId.Sockwr)
            {
                taken--;
            }

            h.ExpectSent(taken, "00 0E 05 00 00 04 00 20 | 03 02 00 02 00 04 00 00 | 03 02 00 02 00 03 00 00 | 02 00 00 04 00 00 00 00 | 06 01 00 03 07 08 09 00");
            Assert.AreEqual(0, h.Service.SockTxPending(s));
        }

        [TestMethod]
        public void WriteRefusedForeverIsSendFailedAfterTheSharedBudget()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 4);
            h.FailNext(CommandId.Sockwr, WincStatus.SocketNotReady, 100000);
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.TcpSockWrite(s, 3, new byte[] { 7, 8, 9 }));
            long start = h.Harness.Clock.UtcTicks;
            for (int i = 0; i < 12000 && h.Count(s, NetSockEvent.Error) == 0; i++)
            {
                h.Step();
                h.Answer();
            }

            // the driver resends for WriteRefusalTimeoutMs and the service adds no second budget on top
            int ms = (int)((h.Harness.Clock.UtcTicks - start) / System.TimeSpan.TicksPerMillisecond);
            Assert.IsTrue(ms >= WincsNetService.SendStallTimeoutMs && ms <= WincsNetService.SendStallTimeoutMs + 110, ms.ToString() + " ms");
            Assert.AreEqual(WincsNetService.SendStallTimeoutMs, h.Service.Sockets.WriteRefusalTimeoutMs);
            Assert.AreEqual((int)NetSockError.SendFailed, (int)h.LastError(s));
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Error));
            Assert.AreEqual(0, h.Count(s, NetSockEvent.SendComplete));
            h.Settle();
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
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
