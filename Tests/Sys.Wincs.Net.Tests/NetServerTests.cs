// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;
using Sys.Wincs.Net.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Net.Tests
{
    /// <summary>TCP server sockets: listen, backlog, CLIENT_CONNECTED with the accepted socket (spec §2.2).</summary>
    [TestClass]
    public class NetServerTests
    {
        private static void Connect(NetHarness h, int sockId, int peerPort)
        {
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(sockId, 2).Ipv4(192, 168, 1, 10).UInt(6666, 2).Ipv4(192, 168, 1, 77).UInt((uint)peerPort, 2).ToArray());
        }

        [TestMethod]
        public void ListensWithTheDefaultBacklogAndAcceptsFiveClients()
        {
            NetHarness h = new NetHarness(8);
            NetSocket server = NetHarness.Server(NetSockType.Tcp, 6666);
            h.NextSockId = 2;
            uint l = h.Open(server);
            h.ExpectSent(h.FindSent(0, CommandId.Sockbl), "00 0E 01 00 00 03 00 18 | 03 02 00 02 00 02 00 00 | 03 02 00 02 1A 0A 00 00 | 03 03 00 01 02 00 00 00");
            Assert.IsTrue(h.Service.IsListening(l));
            Assert.AreEqual(0, h.EventCount, "listening raises nothing, as in Harmony");

            for (int i = 0; i < 5; i++)
            {
                Connect(h, 20 + i, 40000 + i);
            }

            h.Settle();
            Assert.AreEqual(5, h.CountAll(NetSockEvent.ClientConnected));
            uint[] clients = new uint[5];
            for (int i = 0; i < 5; i++)
            {
                clients[i] = h.GetSocket(i);
                Assert.AreEqual((int)NetSockEvent.ClientConnected, (int)h.GetEvent(i));
                Assert.AreNotEqual(l, clients[i], "CLIENT_CONNECTED names the NEW socket");
                Assert.AreSame(server, h.GetHandle(i), "the handle is the server's configuration");
                Assert.IsTrue(h.Service.IsConnected(clients[i]));
            }

            Assert.IsTrue(h.Service.IsListening(l), "the server keeps listening");

            int before = h.Device.SentCount;
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.TcpSockWrite(clients[3], 2, new byte[] { 5, 6 }));
            h.Step();
            int wr = h.FindSent(before, CommandId.Sockwr);
            Assert.AreEqual(23, (h.Device.GetSent(wr)[12] << 8) | h.Device.GetSent(wr)[13], "written with the accepted socket's module id");
            h.Receive(24, 0, new byte[] { 42 });
            h.Settle();
            Assert.AreEqual(1, h.Count(clients[4], NetSockEvent.Read));
            byte[] b = new byte[4];
            Assert.AreEqual(1, h.Service.TcpSockRead(clients[4], 4, b));
            Assert.AreEqual((byte)42, b[0]);

            h.PeerClose(21);
            h.Settle();
            Assert.AreEqual(1, h.Count(clients[1], NetSockEvent.Disconnected));
            Assert.AreEqual(1, h.Count(clients[1], NetSockEvent.Closed));
            Assert.IsTrue(h.Service.IsListening(l));
            Assert.IsTrue(h.Service.IsConnected(clients[0]));
        }

        [TestMethod]
        public void BacklogIsConfigurableUpToTheModuleMaximum()
        {
            NetHarness h = new NetHarness(8);
            NetSocket server = NetHarness.Server(NetSockType.Tcp, 80);
            server.Backlog = WincsNetService.MaxBacklog;
            h.NextSockId = 2;
            h.Open(server);
            h.ExpectSent(h.FindSent(0, CommandId.Sockbl), "00 0E 01 00 00 03 00 18 | 03 02 00 02 00 02 00 00 | 03 02 00 02 00 50 00 00 | 03 03 00 01 0A 00 00 00");
        }

        [TestMethod]
        public void ListenFailureIsAnErrorThenClosed()
        {
            NetHarness h = new NetHarness(8);
            h.FailNext(CommandId.Sockbl, WincStatus.SocketBindFailed, 1);
            uint l = h.Open(NetHarness.Server(NetSockType.Tcp, 80));
            Assert.AreEqual(1, h.Count(l, NetSockEvent.Error), "Harmony stays silent");
            Assert.AreEqual((int)NetSockError.ListenFailed, (int)h.LastError(l));
            Assert.AreEqual(1, h.Count(l, NetSockEvent.Closed));
            Assert.IsTrue(h.IndexOf(l, NetSockEvent.Error) < h.IndexOf(l, NetSockEvent.Closed));
            Assert.IsFalse(h.Service.IsListening(l));
            Assert.AreEqual(1, h.CountSent(0, CommandId.Sockcl));
        }

        [TestMethod]
        public void UdpBindFailureIsAnErrorThenClosed()
        {
            NetHarness h = new NetHarness(8);
            h.FailNext(CommandId.Sockbl, WincStatus.SocketBindFailed, 1);
            uint s = h.Open(NetHarness.Server(NetSockType.Udp, 80));
            Assert.AreEqual((int)NetSockError.BindFailed, (int)h.LastError(s));
            Assert.AreEqual(0, h.Count(s, NetSockEvent.Connected));
            Assert.AreEqual(1, h.Count(s, NetSockEvent.Closed));
        }
    
        private const string NoDelayCommand = "00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 02 00 00 | 03 00 00 04 00 00 00 02 | 02 00 00 04 00 00 00 01";

        // Index of the transmitted single-command burst equal to hex (sequence number ignored) before 'to', or -1.
        private static int FindExact(NetHarness h, int to, string hex)
        {
            byte[] expected = Hex.Parse(hex);
            for (int i = 0; i < to; i++)
            {
                byte[] sent = h.Device.GetSent(i);
                if (sent.Length != expected.Length)
                {
                    continue;
                }

                bool same = true;
                for (int j = 0; j < sent.Length && same; j++)
                {
                    same = j == 3 || j == 4 || sent[j] == expected[j];
                }

                if (same)
                {
                    return i;
                }
            }

            return -1;
        }

        [TestMethod]
        public void NoDelayIsSetOnTheServerSocketBeforeTheListen()
        {
            NetHarness h = new NetHarness(8);
            NetSocket server = NetHarness.Server(NetSockType.Tcp, 6666);
            server.NoDelay = true;
            h.NextSockId = 2;
            uint l = h.Open(server);
            int bl = h.FindSent(0, CommandId.Sockbl);
            Assert.IsTrue(bl > 0);
            string sent = string.Empty;
            for (int i = 0; i <= bl; i++)
            {
                sent += i.ToString() + ": " + Hex.Format(h.Device.GetSent(i)) + " / ";
            }

            Assert.IsTrue(FindExact(h, bl, NoDelayCommand) >= 0, "SOCKC(2, SO_NODELAY, 1) before SOCKBL: " + sent);
            Assert.IsTrue(h.Service.IsListening(l));
            Assert.AreEqual(0, h.EventCount);
        }

        [TestMethod]
        public void WithoutNoDelayTheModuleDefaultIsLeftAlone()
        {
            NetHarness h = new NetHarness(8);
            h.NextSockId = 2;
            h.Open(NetHarness.Server(NetSockType.Tcp, 6666));
            Assert.AreEqual(-1, FindExact(h, h.Device.SentCount, NoDelayCommand));
        }

        [TestMethod]
        public void TxPendingCountsWhatTheModuleHasNotTakenYet()
        {
            NetHarness h = new NetHarness(8);
            uint c = h.OpenConnectedClient(7000, 5);
            Assert.AreEqual(0, h.Service.SockTxPending(c));
            Assert.AreEqual(-1, h.Service.SockTxPending(c + 1));
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.TcpSockWrite(c, 3, new byte[] { 1, 2, 3 }));
            Assert.AreEqual(3, h.Service.SockTxPending(c), "queued or in flight until the module answers the SOCKWR");
            h.Settle();
            Assert.AreEqual(0, h.Service.SockTxPending(c));
            Assert.AreEqual(1, h.Count(c, NetSockEvent.SendComplete));
        }
}
}
