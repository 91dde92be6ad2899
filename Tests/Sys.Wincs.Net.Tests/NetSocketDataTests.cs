// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;
using Sys.Wincs.Net.Tests.Helpers;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Net.Tests
{
    /// <summary>TcpSockRead/TcpSockWrite return values and READ/SEND_COMPLETE/DISCONNECTED/CLOSED (spec §2.2).</summary>
    [TestClass]
    public class NetSocketDataTests
    {
        [TestMethod]
        public void ReadReturnsBytesThenMinusOneSilently()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 7);
            h.Receive(7, 0, new byte[] { 104, 101, 108, 108, 111 });
            h.Settle();
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Read));
            byte[] buffer = new byte[16];
            Assert.AreEqual(5, h.Service.TcpSockRead(s, 16, buffer));
            Assert.AreEqual((byte)'o', buffer[4]);
            Assert.AreEqual(-1, h.Service.TcpSockRead(s, 16, buffer), "no data: -1");
            h.Settle();
            Assert.AreEqual(0, h.CountAll(NetSockEvent.Error), "would-block is silent");
            Assert.AreEqual(0, h.CountAll(NetSockEvent.Disconnected));
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Read), "no READ again once drained");
            Assert.AreEqual(0, h.Service.TcpSockRead(s, 0, buffer), "length 0 reads nothing and is not a close");
            Assert.AreEqual(0, h.CountAll(NetSockEvent.Disconnected));
            Assert.AreEqual(-1, h.Service.TcpSockRead(s, 4, null));
            Assert.AreEqual(-1, h.Service.TcpSockRead(s, 4, buffer, 17));
            Assert.AreEqual(-1, h.Service.TcpSockRead(9, 4, buffer), "unknown socket");
        }

        [TestMethod]
        public void ReadIsClippedToTheBuffer()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 7);
            byte[] data = new byte[100];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)i;
            }

            h.Receive(7, 0, data);
            h.Settle();

            // the seed application reads SYS_WINCS_NET_SOCK_RCV_BUF_SIZE into uint8_t rx_data[64]
            byte[] rx = new byte[64];
            Assert.AreEqual(64, h.Service.TcpSockRead(s, WincsNetService.SockRcvBufSize, rx));
            Assert.AreEqual((byte)63, rx[63]);
            Assert.AreEqual(6, h.Service.TcpSockRead(s, 10, rx, 58));
            Assert.AreEqual((byte)64, rx[58]);
            Assert.AreEqual((byte)69, rx[63]);
        }

        [TestMethod]
        public void PartialReadsKeepReadComing()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 7);
            h.Receive(7, 0, new byte[30]);
            h.Settle();
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Read));
            byte[] b = new byte[10];
            Assert.AreEqual(10, h.Service.TcpSockRead(s, 10, b));
            h.Step();
            Assert.AreEqual(2, h.Count(s, NetSockEvent.Read), "data left after a read: READ again");
            h.Step();
            Assert.AreEqual(2, h.Count(s, NetSockEvent.Read), "but only after a read: no READ storm for an application that waits");
            Assert.AreEqual(20, h.Service.TcpSockRead(s, 30, new byte[30]));
            h.Step();
            h.Step();
            Assert.AreEqual(2, h.Count(s, NetSockEvent.Read));
        }

        [TestMethod]
        public void ReadInTheCallbackEchoesLikeTheSeedApplication()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 7);
            byte[] rx = new byte[64];
            int writes = 0;
            h.Reaction = (socket, netEvent, handle) =>
            {
                if (netEvent == NetSockEvent.Read)
                {
                    int n = h.Service.TcpSockRead(socket, WincsNetService.SockRcvBufSize, rx);
                    if (n > 0 && h.Service.TcpSockWrite(socket, n, rx) == WincsResult.Pass)
                    {
                        writes++;
                    }
                }
                else if (netEvent == NetSockEvent.Disconnected)
                {
                    Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockClose, socket));
                }

                return WincsResult.Pass;
            };
            int before = h.Device.SentCount;
            h.Receive(7, 0, new byte[] { 1, 2, 3 });
            h.Settle();
            Assert.AreEqual(1, writes);
            int wr = h.FindSent(before, CommandId.Sockwr);
            Assert.IsTrue(wr >= 0);
            h.ExpectSent(wr, "00 0E 05 00 00 04 00 20 | 03 02 00 02 00 07 00 00 | 03 02 00 02 00 03 00 00 | 02 00 00 04 00 00 00 00 | 06 01 00 03 01 02 03 00");
            Assert.AreEqual(1, h.Count(s, NetSockEvent.SendComplete));

            h.PeerClose(7);
            h.Settle();
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Disconnected));
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
            Assert.AreEqual(1, h.CountSent(before, CommandId.Sockcl), "one SOCKCL although the application closed too");
            Assert.IsTrue(h.IndexOf(s, NetSockEvent.Disconnected) < h.IndexOf(s, NetSockEvent.Closed));
        }

        [TestMethod]
        public void PeerCloseAfterDataReturnsDataThenZero()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 7);
            h.Receive(7, 0, new byte[] { 9, 8 });
            h.PeerClose(7);
            h.Settle();
            Assert.AreEqual(0, h.Count(s, NetSockEvent.Disconnected), "unread data first");
            byte[] b = new byte[8];
            Assert.AreEqual(2, h.Service.TcpSockRead(s, 8, b));
            Assert.AreEqual(0, h.Service.TcpSockRead(s, 8, b), "orderly close");
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Disconnected));
            Assert.AreEqual(0, h.Service.TcpSockRead(s, 8, b), "still closed");
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Disconnected), "reported once");
            h.Step();
            int cl = h.FindSent(0, CommandId.Sockcl);
            Assert.IsTrue(cl > 0, "the service closes the socket, as Harmony's SockRead does");
            h.Answer();
            h.Settle();
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
            Assert.IsFalse(h.Service.IsConnected(s));
        }

        [TestMethod]
        public void PeerCloseIsReportedEvenWithoutARead()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 7);
            h.Receive(7, 0, new byte[] { 9, 8 });
            h.Settle();
            byte[] b = new byte[2];
            Assert.AreEqual(2, h.Service.TcpSockRead(s, 2, b), "the application reads exactly what it was told");
            h.PeerClose(7);
            h.Settle();
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Disconnected), "Harmony would wait for a read that never comes");
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
            Assert.AreEqual(-1, h.Service.TcpSockRead(s, 2, b), "gone");
        }

        [TestMethod]
        public void WriteIsAllOrNothingWithBusyAndFail()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 7);
            byte[] data = new byte[3000];
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.TcpSockWrite(s, 1460, data));
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.TcpSockWrite(s, 1460, data, 1460));
            Assert.AreEqual((int)WincsResult.Busy, (int)h.Service.TcpSockWrite(s, 100, data), "2944-byte ring full: busy, nothing queued");
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.TcpSockWrite(s, 3001, data), "beyond the buffer");
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.TcpSockWrite(s, -1, data));
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.TcpSockWrite(s, 4, null));
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.TcpSockWrite(8, 4, data), "unknown socket");
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.TcpSockWrite(s, 0, data), "nothing to send");
            h.Settle();
            Assert.AreEqual(2, h.Count(s, NetSockEvent.SendComplete));
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.TcpSockWrite(s, 100, data), "room again");

            NetSocket c = NetHarness.Client(NetSockType.Tcp, "192.168.0.100", 81);
            uint pending = h.Open(c);
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.TcpSockWrite(pending, 4, data), "not connected yet");
        }

        [TestMethod]
        public void CloseRequestsAcceptEveryIdForm()
        {
            NetHarness h = new NetHarness(8);
            uint a = h.OpenConnectedClient(80, 3);
            uint b = h.OpenConnectedClient(81, 4);
            NetSocket cc = NetHarness.Client(NetSockType.Tcp, "192.168.0.100", 82);
            uint c = h.Open(cc);
            int before = h.Device.SentCount;
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockClose, a), "boxed uint, as &socket in C");
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockClose, (int)b));
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockClose, cc));
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockClose, 9u), "an unknown socket: PASS as in Harmony");
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.SockClose, "3"));
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.SockClose, null));
            h.Settle();
            Assert.AreEqual(3, h.CountSent(before, CommandId.Sockcl));
            Assert.AreEqual(1, h.Count(a, NetSockEvent.Closed));
            Assert.AreEqual(1, h.Count(b, NetSockEvent.Closed));
            Assert.AreEqual(1, h.Count(c, NetSockEvent.Closed));
            Assert.AreEqual(0, h.CountAll(NetSockEvent.Error), "an asked-for close is not an error");
        }

        [TestMethod]
        public void CallbacksAreSetAndReadBack()
        {
            NetHarness h = new NetHarness(8);
            object[] slots = new object[2];
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockGetCallback, slots));
            Assert.AreSame(h.Callback, slots[0]);
            Assert.IsNull(slots[1]);
            NetDhcpCallback dhcp = (e, handle) => WincsResult.Pass;
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockSetSrvcCallback, dhcp));
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockGetCallback, slots));
            Assert.AreSame(dhcp, slots[1]);
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.SockGetCallback, new object[1]));
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.SockSetCallback, dhcp), "a DHCP callback is not a socket callback");
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl((NetSockService)99, null));

            uint s = h.OpenConnectedClient(80, 7);
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.SockSetCallback, null));
            h.Receive(7, 0, new byte[] { 1 });
            h.Settle();
            Assert.AreEqual(0, h.Count(s, NetSockEvent.Read), "no callback, no event (and no crash)");
        }

        [TestMethod]
        public void AThrowingCallbackIsCountedAndTheServiceGoesOn()
        {
            NetHarness h = new NetHarness(8);
            uint s = h.OpenConnectedClient(80, 7);
            h.Reaction = (socket, netEvent, handle) => throw new System.InvalidOperationException();
            h.PeerClose(7);
            h.Settle();
            Assert.AreEqual(2, h.Service.CallbackExceptions, "DISCONNECTED and CLOSED both threw");
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed), "the socket still closed cleanly");
        }
    }
}
