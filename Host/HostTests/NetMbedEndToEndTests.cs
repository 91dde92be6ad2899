// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Drivers.Wincs02.Wifi;
using Sys.Wincs.Net;
using Sys.Wincs.Net.Mbed;
using MbedAddress = Sys.Wincs.Net.Mbed.SocketAddress;

namespace nanoWincs.Host.Tests
{
    /// <summary>The Mbed-style API end to end (seed 003): blocking calls that run Tasks themselves, over the emulated module.</summary>
    [TestClass]
    public sealed class NetMbedEndToEndTests
    {
        [TestMethod]
        public void TcpSocketSendsAnHttpQueryLikeTheMbedExample()
        {
            using var stack = new NetStack(o => o.DnsTable["arm.test"] = new[] { IPAddress.Loopback });
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                Task<string> server = Task.Run(() =>
                {
                    using TcpClient c = listener.AcceptTcpClient();
                    c.ReceiveTimeout = 10000;
                    var b = new byte[64];
                    int n = c.GetStream().Read(b, 0, b.Length);
                    c.GetStream().Write(Encoding.ASCII.GetBytes("HTTP/1.0 200 OK\r\n\r\nhi"));
                    return Encoding.ASCII.GetString(b, 0, n);
                });

                // the seed's example, line by line
                var net = new WincsNetworkInterface(stack.Net);
                var sock = new TcpSocket();
                Assert.AreEqual(NsapiError.Ok, sock.Open(net));
                Assert.AreEqual(NsapiError.Ok, sock.Connect("arm.test", port));
                byte[] query = Encoding.ASCII.GetBytes("GET / HTTP/1.0\r\n\r\n");
                Assert.AreEqual(18, sock.Send(query, 18));
                byte[] buf = new byte[100];
                int total = 0;
                int r;
                while ((r = sock.Recv(buf, total, buf.Length - total)) > 0)
                {
                    total += r;
                }

                Assert.AreEqual(0, r, "the server closed");
                Assert.AreEqual(NsapiError.Ok, sock.Close());
                Assert.AreEqual("HTTP/1.0 200 OK\r\n\r\nhi", Encoding.ASCII.GetString(buf, 0, total));
                Assert.IsTrue(server.Wait(NetStack.Wait));
                Assert.AreEqual("GET / HTTP/1.0\r\n\r\n", server.Result);

                var address = new MbedAddress();
                Assert.AreEqual(NsapiError.Ok, net.GetHostByName("arm.test", address));
                Assert.AreEqual("127.0.0.1", address.GetIpAddress());
                Assert.AreEqual(NsapiError.DnsFailure, net.GetHostByName("nowhere.test", address));

                var refused = new TcpSocket();
                refused.Open(net);
                Assert.AreEqual(NsapiError.NoConnection, refused.Connect("127.0.0.1", NetStack.FreeTcpPort()));
            }
            finally
            {
                listener.Stop();
            }
        }

        [TestMethod]
        public void TcpServerAcceptsAndUdpSocketExchanges()
        {
            const int ModulePort = 7070;
            int hostPort = NetStack.FreeTcpPort();
            using var stack = new NetStack(o => o.ListenPortMap[ModulePort] = hostPort);
            var net = new WincsNetworkInterface(stack.Net);
            var server = new TcpServer();
            Assert.AreEqual(NsapiError.Ok, server.Open(net));
            Assert.AreEqual(NsapiError.Ok, server.Bind(ModulePort));
            Assert.AreEqual(NsapiError.Ok, server.Listen(5));

            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, hostPort);
            var connection = new TcpSocket();
            var peer = new MbedAddress();
            Assert.AreEqual(NsapiError.Ok, server.Accept(connection, peer));
            Assert.AreEqual("127.0.0.1", peer.GetIpAddress());
            Assert.AreEqual(((IPEndPoint)client.Client.LocalEndPoint).Port, peer.GetPort());
            client.GetStream().Write(Encoding.ASCII.GetBytes("mbed"));
            var buf = new byte[16];
            int n = connection.Recv(buf, 16);
            Assert.AreEqual("mbed", Encoding.ASCII.GetString(buf, 0, n));
            Assert.AreEqual(4, connection.Send(buf, 0, n));
            client.ReceiveTimeout = 10000;
            Task<int> echo = client.GetStream().ReadAsync(buf, 0, 16);
            stack.RunUntil(() => echo.IsCompleted, "the echo (Send queued it; Tasks sends it)");
            Assert.AreEqual(4, echo.Result);
            server.SetTimeout(20);
            Assert.AreEqual(NsapiError.WouldBlock, server.Accept(new TcpSocket(), null), "nobody else came");

            using var udpPeer = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            int udpPeerPort = ((IPEndPoint)udpPeer.Client.LocalEndPoint).Port;
            var udp = new UdpSocket();
            udp.Open(net);
            int udpPort = NetStack.FreeUdpPort();
            Assert.AreEqual(NsapiError.Ok, udp.Bind(udpPort));
            Assert.AreEqual(5, udp.SendTo("127.0.0.1", udpPeerPort, Encoding.ASCII.GetBytes("hello"), 5));
            Task<UdpReceiveResult> got = udpPeer.ReceiveAsync();
            stack.RunUntil(() => got.IsCompleted, "the datagram");
            Assert.AreEqual("hello", Encoding.ASCII.GetString(got.Result.Buffer));
            Assert.AreEqual(udpPort, got.Result.RemoteEndPoint.Port);
            udpPeer.Send(Encoding.ASCII.GetBytes("back"), 4, new IPEndPoint(IPAddress.Loopback, udpPort));
            var from = new MbedAddress();
            n = udp.RecvFrom(from, buf, 16);
            Assert.AreEqual("back", Encoding.ASCII.GetString(buf, 0, n));
            Assert.AreEqual(udpPeerPort, from.GetPort());
            Assert.AreEqual(NsapiError.Ok, udp.Close());
            Assert.AreEqual(NsapiError.Ok, connection.Close());
            Assert.AreEqual(NsapiError.Ok, server.Close());
        }

        [TestMethod]
        public void BlockingCallsWorkBesideATaskRunnerThread()
        {
            using var stack = new NetStack();
            var runner = new WincsTaskRunner(stack.Driver, 1);
            runner.Start();
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                Task echo = Task.Run(() =>
                {
                    using TcpClient c = listener.AcceptTcpClient();
                    var b = new byte[1460];
                    NetworkStream s = c.GetStream();
                    int n;
                    while ((n = s.Read(b, 0, b.Length)) > 0)
                    {
                        s.Write(b, 0, n);
                    }
                });

                var net = new WincsNetworkInterface(stack.Net);
                var sock = new TcpSocket();
                sock.Open(net);
                Assert.AreEqual(NsapiError.Ok, sock.Connect("127.0.0.1", port));
                byte[] data = NetStack.Pattern(20000, 9);
                byte[] back = new byte[20000];
                Assert.AreEqual(20000, sock.Send(data, 20000));
                int got = 0;
                while (got < back.Length)
                {
                    int n = sock.Recv(back, got, back.Length - got);
                    Assert.IsTrue(n > 0, "recv " + n);
                    got += n;
                }

                CollectionAssert.AreEqual(data, back);
                Assert.IsTrue(runner.Iterations > 0);
                Assert.AreEqual(0, runner.Exceptions);
                sock.Close();
            }
            finally
            {
                Assert.IsTrue(runner.Stop(5000), "the runner thread ends");
                Assert.IsFalse(runner.IsRunning);
                listener.Stop();
            }
        }

        [TestMethod]
        public void InterfaceConnectsTheStationAndReportsItsAddress()
        {
            using var stack = new NetStack(connectStation: false);
            var wifi = new WincWifi(stack.Driver);
            var net = new WincsNetworkInterface(stack.Net, wifi, null);
            Assert.AreEqual(NsapiConnectionStatus.Disconnected, net.GetConnectionStatus());
            Assert.AreEqual(NsapiError.NoSsid, net.Connect());
            Assert.AreEqual(NsapiError.AuthFailure, net.Connect("HomeNet", "wrong-pass", AuthType.Wpa2Personal));
            Assert.AreEqual(NsapiError.Ok, net.Connect("HomeNet", "secret123", AuthType.Wpa2Personal));
            Assert.AreEqual(NsapiConnectionStatus.GlobalUp, net.GetConnectionStatus());
            Assert.AreEqual(NsapiError.IsConnected, net.Connect());
            var address = new MbedAddress();
            Assert.AreEqual(NsapiError.Ok, net.GetIpAddress(address));
            Assert.AreEqual("192.168.1.100", address.GetIpAddress());

            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                Task<TcpClient> accept = listener.AcceptTcpClientAsync();
                var sock = new TcpSocket();
                sock.Open(net);
                Assert.AreEqual(NsapiError.Ok, sock.Connect("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port));
                stack.RunUntil(() => accept.IsCompleted, "accepted");
                accept.Result.Dispose();
                sock.Close();
            }
            finally
            {
                listener.Stop();
            }

            Assert.AreEqual(NsapiError.Ok, net.Disconnect());
            Assert.AreEqual(NsapiConnectionStatus.Disconnected, net.GetConnectionStatus());
            Assert.AreEqual(NsapiError.NoConnection, net.Disconnect());
        }
    }
}
