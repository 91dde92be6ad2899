// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Drivers.Wincs02;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Sys.Wincs.Net;
using DriverAddress = Drivers.Wincs02.Sockets.SocketAddress;

namespace nanoWincs.Host.Tests
{
    /// <summary>SYS_WINCS_NET UDP sockets end to end: unicast both ways, multicast, and the sender reported by UdpSockRead.</summary>
    [TestClass]
    public sealed class NetUdpEndToEndTests
    {
        [TestMethod]
        public void UdpServerAnswersTheSenderItReads()
        {
            int port = NetStack.FreeUdpPort();
            using var stack = new NetStack();
            NetSocket server = NetStack.Server(NetSockType.Udp, port);
            var from = new DriverAddress();
            byte[] rx = new byte[64];
            string got = null;
            stack.Reaction = (socket, e, handle) =>
            {
                if (e == NetSockEvent.Read)
                {
                    int n = stack.Net.UdpSockRead(socket, rx.Length, rx, 0, from);
                    got = Encoding.ASCII.GetString(rx, 0, n);
                    byte[] reply = Encoding.ASCII.GetBytes("pong:" + got);
                    Assert.AreEqual(WincsResult.Pass, stack.Net.UdpSockWrite(socket, DriverAddress.InetNtop(from.Family, from.Address, 0), (uint)from.Port, reply.Length, reply));
                }
            };
            Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockUdpOpen, server));
            stack.RunUntil(() => stack.Count(server.SockId, NetSockEvent.Connected) == 1, "bound (CONNECTED)");

            using var peer = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            int peerPort = ((IPEndPoint)peer.Client.LocalEndPoint).Port;
            peer.Send(Encoding.ASCII.GetBytes("ping"), 4, new IPEndPoint(IPAddress.Loopback, port));
            Task<UdpReceiveResult> answer = peer.ReceiveAsync();
            stack.RunUntil(() => answer.IsCompleted, "the answer");
            Assert.AreEqual("ping", got);
            Assert.AreEqual(peerPort, from.Port, "UdpSockRead reports the sender (Harmony cannot)");
            Assert.AreEqual("127.0.0.1", DriverAddress.InetNtop(from.Family, from.Address, 0));
            Assert.AreEqual("pong:ping", Encoding.ASCII.GetString(answer.Result.Buffer));
            Assert.AreEqual(port, answer.Result.RemoteEndPoint.Port);
        }

        [TestMethod]
        public void UdpClientSendsAndReceives()
        {
            using var stack = new NetStack();
            using var peer = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            int peerPort = ((IPEndPoint)peer.Client.LocalEndPoint).Port;
            NetSocket client = NetStack.Client(NetSockType.Udp, "127.0.0.1", peerPort);
            string got = null;
            stack.Reaction = (socket, e, handle) =>
            {
                if (e == NetSockEvent.Connected)
                {
                    byte[] hello = Encoding.ASCII.GetBytes("hello");
                    Assert.AreEqual(WincsResult.Pass, stack.Net.UdpSockWrite(socket, "127.0.0.1", (uint)peerPort, hello.Length, hello));
                }
                else if (e == NetSockEvent.Read)
                {
                    byte[] rx = new byte[32];
                    int n = stack.Net.UdpSockRead(socket, rx.Length, rx);
                    got = Encoding.ASCII.GetString(rx, 0, n);
                }
            };
            Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, client), "Harmony's way: SOCK_TCP_OPEN with sockType UDP");
            Task<UdpReceiveResult> hello = peer.ReceiveAsync();
            stack.RunUntil(() => hello.IsCompleted, "the datagram at the peer");
            Assert.AreEqual("hello", Encoding.ASCII.GetString(hello.Result.Buffer));
            peer.Send(Encoding.ASCII.GetBytes("back"), 4, hello.Result.RemoteEndPoint);
            stack.RunUntil(() => got != null, "the reply at the module");
            Assert.AreEqual("back", got);
        }

        [TestMethod]
        public void MulticastGroupBothWays()
        {
            int port = NetStack.FreeUdpPort();
            IPAddress group = IPAddress.Parse("239.7.7.7");
            using var stack = new NetStack();
            NetSocket m = new NetSocket { BindType = BindType.Mcast, SockType = NetSockType.Udp, SockAddr = "239.7.7.7", SockPort = port, IpType = 4 };
            string got = null;
            stack.Reaction = (socket, e, handle) =>
            {
                if (e == NetSockEvent.Read)
                {
                    byte[] rx = new byte[32];
                    int n = stack.Net.UdpSockRead(socket, rx.Length, rx);
                    got = Encoding.ASCII.GetString(rx, 0, n);
                }
            };
            Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockUdpOpen, m));
            stack.RunUntil(() => stack.Count(m.SockId, NetSockEvent.Connected) == 1, "joined (CONNECTED)");

            using var sender = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            sender.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, IPAddress.Loopback.GetAddressBytes());
            sender.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            sender.SendTo(Encoding.ASCII.GetBytes("to-group"), new IPEndPoint(group, port));
            stack.RunUntil(() => got != null, "the group datagram at the module");
            Assert.AreEqual("to-group", got);

            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Bind(new IPEndPoint(group, port));
            listener.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.AddMembership, new MulticastOption(group, IPAddress.Loopback));
            var buffer = new byte[32];
            Task<int> receive = listener.ReceiveAsync(buffer, SocketFlags.None);
            byte[] data = Encoding.ASCII.GetBytes("from-module");
            Assert.AreEqual(WincsResult.Pass, stack.Net.UdpSockWrite(m.SockId, "239.7.7.7", (uint)port, data.Length, data));
            stack.RunUntil(() => receive.IsCompleted, "the module's datagram in the group");
            Assert.AreEqual("from-module", Encoding.ASCII.GetString(buffer, 0, receive.Result));
        }

        [TestMethod]
        public void Ipv6TcpAndUdp()
        {
            using var stack = new NetStack(o => o.EnableIPv6 = true);
            var listener = new TcpListener(IPAddress.IPv6Loopback, 0);
            listener.Start();
            try
            {
                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                Task<string> peer = Task.Run(() =>
                {
                    using TcpClient c = listener.AcceptTcpClient();
                    c.ReceiveTimeout = 10000;
                    var b = new byte[16];
                    int n = c.GetStream().Read(b, 0, b.Length);
                    c.GetStream().Write(b, 0, n);
                    return Encoding.ASCII.GetString(b, 0, n) + "@" + ((IPEndPoint)c.Client.RemoteEndPoint).Address;
                });
                NetSocket tcp = NetStack.Client(NetSockType.Tcp, "::1", port, 6);
                string echo = null;
                stack.Reaction = (socket, e, handle) =>
                {
                    if (e == NetSockEvent.Connected && socket == tcp.SockId)
                    {
                        byte[] d = Encoding.ASCII.GetBytes("six");
                        stack.Net.TcpSockWrite(socket, d.Length, d);
                    }
                    else if (e == NetSockEvent.Read && socket == tcp.SockId)
                    {
                        byte[] rx = new byte[16];
                        int n = stack.Net.TcpSockRead(socket, rx.Length, rx);
                        echo = Encoding.ASCII.GetString(rx, 0, n);
                    }
                };
                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, tcp));
                stack.RunUntil(() => echo != null, "the IPv6 echo");
                Assert.AreEqual("six", echo);
                Assert.IsTrue(peer.Wait(NetStack.Wait));
                Assert.AreEqual("six@::1", peer.Result);

                using var udpPeer = new UdpClient(new IPEndPoint(IPAddress.IPv6Loopback, 0));
                int udpPort = ((IPEndPoint)udpPeer.Client.LocalEndPoint).Port;
                NetSocket udp = new NetSocket { BindType = BindType.None, SockType = NetSockType.Udp, IpType = 6 };
                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockUdpOpen, udp));
                stack.RunUntil(() => stack.Net.IsConnected(udp.SockId), "IPv6 UDP socket ready");
                byte[] datagram = Encoding.ASCII.GetBytes("v6 datagram");
                Assert.AreEqual(WincsResult.Pass, stack.Net.UdpSockWrite(udp.SockId, "::1", (uint)udpPort, datagram.Length, datagram));
                Task<UdpReceiveResult> r = udpPeer.ReceiveAsync();
                stack.RunUntil(() => r.IsCompleted, "the IPv6 datagram");
                Assert.AreEqual("v6 datagram", Encoding.ASCII.GetString(r.Result.Buffer));
            }
            finally
            {
                listener.Stop();
            }
        }
    }
}
