// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Drivers.Wincs02.Sockets;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Benchmarks;
using Sys.Wincs.Net.Mbed;
using DriverAddress = Drivers.Wincs02.Sockets.SocketAddress;
using MbedAddress = Sys.Wincs.Net.Mbed.SocketAddress;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// Ports of 32768 and more end to end: the emulated module sends every port as a 2-byte signed INTEGER
    /// (port 50000 is <c>C3 50</c>), which the driver must read as unsigned 16-bit. Loopback peers bind ports
    /// above Linux's ephemeral range (61000..65535) so the test does not depend on where the OS puts them.
    /// </summary>
    [TestClass]
    public sealed class HighPortEndToEndTests
    {
        private const int ModulePort = 65535;

        [TestMethod]
        public void ServerOnPort65535AcceptsAPeerFromAHighPortAndUdpSockReadReportsAHighSender()
        {
            using var stack = new NetStack(o => o.ListenPortMap[ModulePort] = 0);
            var net = new WincsNetworkInterface(stack.Net);
            var server = new TcpServer();
            Assert.AreEqual(NsapiError.Ok, server.Open(net));
            Assert.AreEqual(NsapiError.Ok, server.Bind(ModulePort));
            Assert.AreEqual(NsapiError.Ok, server.Listen(1));
            Assert.IsTrue(stack.Firmware.TryGetHostEndPoint(ModulePort, false, out IPEndPoint listening), "SOCKBL 65535 reached the module");

            using Socket client = BindHigh(SocketType.Stream, ProtocolType.Tcp, out int clientPort);
            client.Connect(new IPEndPoint(IPAddress.Loopback, listening.Port));
            var connection = new TcpSocket();
            var peer = new MbedAddress();
            server.SetTimeout(5000);
            Assert.AreEqual(NsapiError.Ok, server.Accept(connection, peer), "SOCKIND names local port 65535: the listener must be found");
            Assert.AreEqual("127.0.0.1", peer.GetIpAddress());
            Assert.AreEqual(clientPort, peer.GetPort());
            client.Send(Encoding.ASCII.GetBytes("high"));
            var buf = new byte[16];
            connection.SetTimeout(5000);
            Assert.AreEqual(4, connection.Recv(buf, 16));
            Assert.AreEqual("high", Encoding.ASCII.GetString(buf, 0, 4));

            // UDP: a sender bound to a high port, reported by UdpSockRead (under UdpSocket.RecvFrom)
            var udp = new UdpSocket();
            Assert.AreEqual(NsapiError.Ok, udp.Open(net));
            int udpPort = NetStack.FreeUdpPort();
            Assert.AreEqual(NsapiError.Ok, udp.Bind(udpPort));
            using Socket sender = BindHigh(SocketType.Dgram, ProtocolType.Udp, out int senderPort);
            sender.SendTo(Encoding.ASCII.GetBytes("from-high"), new IPEndPoint(IPAddress.Loopback, udpPort));
            var from = new MbedAddress();
            udp.SetTimeout(5000);
            int n = udp.RecvFrom(from, buf, 16);
            Assert.AreEqual("from-high", Encoding.ASCII.GetString(buf, 0, n));
            Assert.AreEqual(senderPort, from.GetPort());
            Assert.AreEqual(9, udp.SendTo("127.0.0.1", senderPort, buf, 9), "the answer goes back to that port");
            var answer = new byte[16];
            Task<int> got = sender.ReceiveAsync(answer, SocketFlags.None);
            stack.RunUntil(() => got.IsCompleted, "the answer at the high port");
            Assert.AreEqual("from-high", Encoding.ASCII.GetString(answer, 0, got.Result));

            Assert.AreEqual(NsapiError.Ok, udp.Close());
            Assert.AreEqual(NsapiError.Ok, connection.Close());
            Assert.AreEqual(NsapiError.Ok, server.Close());
        }

        [TestMethod]
        public void DriverReportsHighPeerAndSenderPorts()
        {
            using BenchRig rig = BenchRig.Start();
            WincSockets sockets = rig.Sockets;
            bool opened = false;
            bool connected = false;
            bool bound = false;
            sockets.RegisterEventCallback(
                (s, fd, e, status) =>
                {
                    opened |= e == SocketEvent.Open && status == SocketStatus.Ok;
                    connected |= e == SocketEvent.Connect && status == SocketStatus.Ok;
                    bound |= e == SocketEvent.Listen && status == SocketStatus.Ok;
                },
                null);

            // TCP: connect() to a listener on a high port; SOCKIND carries it back as the remote port
            using Socket listenerSocket = BindHigh(SocketType.Stream, ProtocolType.Tcp, out int listenPort);
            listenerSocket.Listen(1);
            int tcp = sockets.Socket(SocketConstants.AfInet, SocketConstants.SockStream, 0);
            Assert.IsTrue(tcp >= 0);
            rig.PumpUntil(() => opened, "TCP socket OPEN");
            Assert.AreEqual(-1, sockets.Connect(tcp, new DriverAddress(127, 0, 0, 1, listenPort)));
            Assert.AreEqual(SocketErrno.EInProgress, sockets.Errno);
            rig.PumpUntil(() => connected, "CONNECT (SOCKIND)");
            using Socket accepted = listenerSocket.Accept();
            var peer = new DriverAddress();
            Assert.AreEqual(0, sockets.GetPeerName(tcp, peer));
            Assert.AreEqual("127.0.0.1:" + listenPort, peer.ToString());

            // UDP: recvfrom() names a sender bound to a high port
            opened = false;
            int udp = sockets.Socket(SocketConstants.AfInet, SocketConstants.SockDgram, 0);
            Assert.IsTrue(udp >= 0);
            rig.PumpUntil(() => opened, "UDP socket OPEN");
            int udpPort = NetStack.FreeUdpPort();
            Assert.AreEqual(0, sockets.Bind(udp, new DriverAddress(0, 0, 0, 0, udpPort)));
            rig.PumpUntil(() => bound, "UDP bound (LISTEN)");
            using Socket sender = BindHigh(SocketType.Dgram, ProtocolType.Udp, out int senderPort);
            sender.SendTo(new byte[] { 1, 2, 3 }, new IPEndPoint(IPAddress.Loopback, udpPort));
            var buffer = new byte[8];
            var from = new DriverAddress();
            int n = -1;
            rig.PumpUntil(() => (n = sockets.RecvFrom(udp, buffer, 0, buffer.Length, 0, from)) >= 0, "the datagram");
            Assert.AreEqual(3, n);
            Assert.AreEqual("127.0.0.1:" + senderPort, from.ToString());
        }

        // A loopback socket bound to a free port in 61000..65535 (above the ephemeral range, all past 32767).
        private static Socket BindHigh(SocketType type, ProtocolType protocol, out int port)
        {
            int start = 61000 + Random.Shared.Next(4500);
            for (int i = 0; i < 4536; i++)
            {
                port = 61000 + ((start - 61000 + i) % 4536);
                var s = new Socket(AddressFamily.InterNetwork, type, protocol);
                try
                {
                    s.Bind(new IPEndPoint(IPAddress.Loopback, port));
                    return s;
                }
                catch (SocketException)
                {
                    s.Dispose();
                }
            }

            throw new InvalidOperationException("no free loopback port in 61000..65535");
        }
    }
}
