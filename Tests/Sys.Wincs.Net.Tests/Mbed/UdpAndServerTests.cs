// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;
using Sys.Wincs.Net.Mbed;
using Sys.Wincs.Net.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Net.Tests.Mbed
{
    /// <summary>The Mbed-style UDPSocket and TCPServer over the scripted module.</summary>
    [TestClass]
    public class UdpAndServerTests
    {
        private static WincsNetworkInterface Interface(NetHarness h)
        {
            WincsNetworkInterface net = new WincsNetworkInterface(h.Service);
            net.PollIntervalMs = 0;
            return net;
        }

        [TestMethod]
        public void UdpBindSendToRecvFromAndJoin()
        {
            NetHarness h = new NetHarness(8);
            h.AutoRespond();
            h.NextSockId = 5;
            UdpSocket socket = new UdpSocket();
            socket.Open(Interface(h));
            Assert.AreEqual((int)NsapiError.NoSocket, (int)socket.JoinMulticastGroup(new SocketAddress("239.1.1.1", 0)), "not bound");
            Assert.AreEqual((int)NsapiError.Ok, (int)socket.Bind(5353));
            h.ExpectSent(h.FindSent(0, CommandId.Sockbl), "00 0E 01 00 00 02 00 10 | 03 02 00 02 00 05 00 00 | 03 02 00 02 14 E9 00 00");
            Assert.AreEqual((int)NsapiError.Parameter, (int)socket.Bind(5354), "already bound");

            int before = h.Device.SentCount;
            Assert.AreEqual(2, socket.SendTo(new SocketAddress("10.0.0.9", 4000), new byte[] { 1, 2 }, 2));
            h.Step();
            h.ExpectSent(h.FindSent(before, CommandId.Sockwrto), "00 0E 06 00 00 06 00 30 | 03 02 00 02 00 05 00 00 | 08 00 00 04 0A 00 00 09 | 03 02 00 02 0F A0 00 00 | 03 02 00 02 00 02 00 00 | 02 00 00 04 00 00 00 00 | 06 02 00 02 01 02 00 00");

            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxu).Int(5, 2).Ipv4(10, 0, 0, 8).UInt(6000, 2).UInt(3, 2).UInt(0, 2).Bytes(new byte[] { 9, 8, 7 }).ToArray());
            SocketAddress from = new SocketAddress();
            byte[] buffer = new byte[8];
            Assert.AreEqual(3, socket.RecvFrom(from, buffer, 8));
            Assert.AreEqual("10.0.0.8:6000", from.ToString());
            socket.SetTimeout(0);
            Assert.AreEqual((int)NsapiError.WouldBlock, socket.RecvFrom(from, buffer, 8));

            socket.SetBlocking(true);
            before = h.Device.SentCount;
            Assert.AreEqual((int)NsapiError.Ok, (int)socket.JoinMulticastGroup(new SocketAddress("239.1.1.1", 0)));
            h.ExpectSent(h.FindSent(before, CommandId.Sockbm), "00 0E 03 00 00 03 00 18 | 03 02 00 02 00 05 00 00 | 08 00 00 04 EF 01 01 01 | 03 02 00 02 14 E9 00 00");
            Assert.AreEqual((int)NsapiError.Parameter, (int)socket.JoinMulticastGroup(new SocketAddress("10.1.1.1", 0)), "not a group");
        }

        [TestMethod]
        public void UdpSendWithoutBindOpensAnUnboundSocket()
        {
            NetHarness h = new NetHarness(8);
            h.AutoRespond();
            UdpSocket socket = new UdpSocket();
            socket.Open(Interface(h));
            Assert.AreEqual(4, socket.SendTo(new SocketAddress("10.0.0.9", 123), new byte[4], 4));
            h.Settle();
            Assert.AreEqual(-1, h.FindSent(0, CommandId.Sockbl), "no bind");
            Assert.IsTrue(h.FindSent(0, CommandId.Sockwrto) > 0);
            Assert.AreEqual((int)NsapiError.Parameter, socket.SendTo(new SocketAddress(), new byte[4], 4), "no address");
            Assert.AreEqual((int)NsapiError.Parameter, socket.SendTo(new SocketAddress("10.0.0.9", 123), new byte[4], 5), "beyond the buffer");
        }

        [TestMethod]
        public void ServerListensAndAccepts()
        {
            NetHarness h = new NetHarness(8);
            h.AutoRespond();
            h.NextSockId = 2;
            WincsNetworkInterface net = Interface(h);
            TcpServer server = new TcpServer();
            Assert.AreEqual((int)NsapiError.NoSocket, (int)server.Bind(80), "not open");
            server.Open(net);
            Assert.AreEqual((int)NsapiError.Parameter, (int)server.Listen(), "not bound");
            Assert.AreEqual((int)NsapiError.Ok, (int)server.Bind(80));
            Assert.AreEqual((int)NsapiError.Ok, (int)server.Listen(4));
            h.ExpectSent(h.FindSent(0, CommandId.Sockbl), "00 0E 01 00 00 03 00 18 | 03 02 00 02 00 02 00 00 | 03 02 00 02 00 50 00 00 | 03 03 00 01 04 00 00 00");

            server.SetBlocking(false);
            TcpSocket client = new TcpSocket();
            Assert.AreEqual((int)NsapiError.WouldBlock, (int)server.Accept(client, null));

            int signals = 0;
            server.Sigio(() => signals++);
            for (int i = 0; i < 2; i++)
            {
                h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(20 + i, 2).Ipv4(192, 168, 1, 100).UInt(80, 2).Ipv4(192, 168, 1, 50).UInt((uint)(40000 + i), 2).ToArray());
            }

            h.Settle();
            Assert.AreEqual(2, signals);
            Assert.AreEqual(2, server.PendingCount);
            SocketAddress peer = new SocketAddress();
            Assert.AreEqual((int)NsapiError.Ok, (int)server.Accept(client, peer));
            Assert.AreEqual("192.168.1.50:40000", peer.ToString());
            Assert.AreEqual((int)NsapiError.Parameter, (int)server.Accept(client, peer), "the socket is in use");

            h.Receive(20, 0, new byte[] { 42 });
            byte[] b = new byte[4];
            Assert.AreEqual(1, client.Recv(b, 4));
            Assert.AreEqual((byte)42, b[0]);
            int before = h.Device.SentCount;
            Assert.AreEqual(2, client.Send(new byte[] { 1, 2 }, 2));
            h.Step();
            int wr = h.FindSent(before, CommandId.Sockwr);
            Assert.AreEqual(20, (h.Device.GetSent(wr)[12] << 8) | h.Device.GetSent(wr)[13]);

            // the second connection closes before anyone accepts it
            h.PeerClose(21);
            h.Settle();
            Assert.AreEqual(0, server.PendingCount);
            Assert.AreEqual((int)NsapiError.WouldBlock, (int)server.Accept(new TcpSocket(), null));
            Assert.AreEqual(0, h.EventCount, "nothing reached the application callback");

            Assert.AreEqual((int)NsapiError.Ok, (int)server.Close());
            Assert.IsTrue(client.Send(new byte[1], 1) == 1, "accepted connections outlive the server");
        }

        [TestMethod]
        public void GetHostByNameResolvesAndConvertsLiterals()
        {
            NetHarness h = new NetHarness(8);
            WincsNetworkInterface net = Interface(h);
            SocketAddress a = new SocketAddress();
            a.SetPort(99);
            Assert.AreEqual((int)NsapiError.Ok, (int)net.GetHostByName("10.9.8.7", a));
            Assert.AreEqual("10.9.8.7:99", a.ToString());
            Assert.AreEqual(-1, h.FindSent(0, CommandId.Dnsresolv), "a literal needs no lookup");

            h.Device.Transmitted = (index) =>
            {
                if (h.Device.GetSentId(index, 0) == (ushort)CommandId.Dnsresolv)
                {
                    h.Device.AnswerStatus(index, 0, 0);
                    h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(1, 1).Str("host.example").Ipv4(1, 2, 3, 4).ToArray());
                }
            };
            Assert.AreEqual((int)NsapiError.Ok, (int)net.GetHostByName("host.example", a));
            Assert.AreEqual("1.2.3.4:99", a.ToString());
            Assert.AreEqual((int)NsapiError.Parameter, (int)net.GetHostByName(null, a));
        }
    }
}
