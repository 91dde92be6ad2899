// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;
using Sys.Wincs.Net.Mbed;
using Sys.Wincs.Net.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Net.Tests.Mbed
{
    /// <summary>The Mbed-style TCPSocket over the scripted module: blocking, non-blocking, sigio, errors.</summary>
    [TestClass]
    public class TcpSocketTests
    {
        private static WincsNetworkInterface Interface(NetHarness h)
        {
            WincsNetworkInterface net = new WincsNetworkInterface(h.Service);
            net.PollIntervalMs = 0;
            return net;
        }

        [TestMethod]
        public void BlockingConnectSendRecvClose()
        {
            NetHarness h = new NetHarness(8);
            h.AutoRespond();
            h.AutoConnect = true;
            h.NextSockId = 3;
            WincsNetworkInterface net = Interface(h);
            TcpSocket socket = new TcpSocket();
            Assert.AreEqual((int)NsapiError.Ok, (int)socket.Open(net));
            Assert.AreEqual((int)NsapiError.Parameter, (int)socket.Open(net), "already open");
            Assert.AreEqual((int)NsapiError.Ok, (int)socket.Connect("192.168.0.100", 80));
            h.ExpectSent(h.FindSent(0, CommandId.Sockbr), "00 0E 02 00 00 03 00 18 | 03 02 00 02 00 03 00 00 | 08 00 00 04 C0 A8 00 64 | 03 02 00 02 00 50 00 00");
            Assert.AreEqual((int)NsapiError.IsConnected, (int)socket.Connect("192.168.0.100", 80));
            SocketAddress peer = new SocketAddress();
            Assert.AreEqual((int)NsapiError.Ok, (int)socket.GetPeerName(peer));
            Assert.AreEqual("192.168.0.100:80", peer.ToString());

            int before = h.Device.SentCount;
            Assert.AreEqual(3, socket.Send(new byte[] { 1, 2, 3 }, 3));
            h.Step();
            h.ExpectSent(h.FindSent(before, CommandId.Sockwr), "00 0E 05 00 00 04 00 20 | 03 02 00 02 00 03 00 00 | 03 02 00 02 00 03 00 00 | 02 00 00 04 00 00 00 00 | 06 01 00 03 01 02 03 00");

            h.Receive(3, 0, new byte[] { 7, 8, 9, 10 });
            byte[] buffer = new byte[8];
            Assert.AreEqual(4, socket.Recv(buffer, 8), "blocking recv runs Tasks until the data is there");
            Assert.AreEqual((byte)10, buffer[3]);

            socket.SetTimeout(30);
            long start = System.DateTime.UtcNow.Ticks;
            Assert.AreEqual((int)NsapiError.WouldBlock, socket.Recv(buffer, 8), "a timeout ends the wait");
            long waited = (System.DateTime.UtcNow.Ticks - start) / System.TimeSpan.TicksPerMillisecond;
            Assert.IsTrue(waited >= 25 && waited < 2000, waited.ToString());

            h.PeerClose(3);
            socket.SetBlocking(true);
            Assert.AreEqual(0, socket.Recv(buffer, 8), "the peer closed");
            Assert.AreEqual(0, socket.Recv(buffer, 8), "and stays closed");
            Assert.AreEqual((int)NsapiError.Ok, (int)socket.Close());
            Assert.AreEqual((int)NsapiError.NoSocket, (int)socket.Close());
            Assert.AreEqual(0, h.EventCount, "an Mbed socket's events do not reach the application callback");
        }

        [TestMethod]
        public void NonBlockingConnectReportsProgressAndSigio()
        {
            NetHarness h = new NetHarness(8);
            h.NextSockId = 4;
            TcpSocket socket = new TcpSocket();
            socket.Open(Interface(h));
            socket.SetBlocking(false);
            Assert.IsFalse(socket.IsBlocking);
            int signals = 0;
            socket.Sigio(() => signals++);
            Assert.AreEqual((int)NsapiError.InProgress, (int)socket.Connect("192.168.0.100", 443));
            Assert.AreEqual((int)NsapiError.Already, (int)socket.Connect("192.168.0.100", 443));
            Assert.AreEqual((int)NsapiError.NoConnection, socket.Send(new byte[1], 1), "not connected yet");
            h.Settle();
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(4, 2).Ipv4(10, 0, 0, 2).UInt(50000, 2).Ipv4(192, 168, 0, 100).UInt(443, 2).ToArray());
            h.Settle();
            Assert.IsTrue(signals >= 1, "sigio on the connection");
            Assert.AreEqual((int)NsapiError.IsConnected, (int)socket.Connect("192.168.0.100", 443));
            Assert.AreEqual((int)NsapiError.WouldBlock, socket.Recv(new byte[4], 4));
            int before = signals;
            h.Receive(4, 0, new byte[] { 5 });
            h.Settle();
            Assert.IsTrue(signals > before, "sigio on data");
            byte[] b = new byte[4];
            Assert.AreEqual(1, socket.Recv(b, 4));
            Assert.AreEqual((byte)5, b[0]);
        }

        [TestMethod]
        public void RefusedAndUnresolvedConnectsMapToNsapiErrors()
        {
            NetHarness h = new NetHarness(8);
            h.AutoRespond();
            h.FailNext(CommandId.Sockbr, WincStatus.SocketConnectFailed, 1);
            WincsNetworkInterface net = Interface(h);
            TcpSocket socket = new TcpSocket();
            socket.Open(net);
            Assert.AreEqual((int)NsapiError.NoConnection, (int)socket.Connect("192.168.0.100", 80));

            socket.SetTimeout(5000);
            h.AutoConnect = true;
            h.Device.Transmitted = null;
            socket.SetBlocking(false);
            Assert.AreEqual((int)NsapiError.InProgress, (int)socket.Connect("nowhere.example", 80));
            h.Settle();
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnserr).StatusElement((ushort)WincStatus.DnsError).Int(1, 1).Str("nowhere.example").ToArray());
            h.Settle();
            Assert.AreEqual((int)NsapiError.DnsFailure, (int)socket.Connect("nowhere.example", 80), "the failure is reported once");
            Assert.AreEqual((int)NsapiError.InProgress, (int)socket.Connect("nowhere.example", 80), "then a new attempt starts");

            TcpSocket unopened = new TcpSocket();
            Assert.AreEqual((int)NsapiError.NoSocket, (int)unopened.Connect("1.2.3.4", 80));
            Assert.AreEqual((int)NsapiError.NoSocket, unopened.Send(new byte[1], 1));
            Assert.AreEqual((int)NsapiError.NoSocket, unopened.Recv(new byte[1], 1));
            Assert.AreEqual((int)NsapiError.Parameter, (int)socket.Connect("1.2.3.4", 0));
            Assert.AreEqual((int)NsapiError.Parameter, socket.Send(null, 1));
        }

        [TestMethod]
        public void ConnectByHostNameUsesTheResolvedAddress()
        {
            NetHarness h = new NetHarness(8);
            h.NextSockId = 2;
            TcpSocket socket = new TcpSocket();
            socket.Open(Interface(h));
            socket.SetBlocking(false);
            Assert.AreEqual((int)NsapiError.InProgress, (int)socket.Connect("arm.example", 80));
            h.Settle();
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(1, 1).Str("arm.example").Ipv4(10, 20, 30, 40).ToArray());
            h.Settle();
            h.ExpectSent(h.FindSent(0, CommandId.Sockbr), "00 0E 02 00 00 03 00 18 | 03 02 00 02 00 02 00 00 | 08 00 00 04 0A 14 1E 28 | 03 02 00 02 00 50 00 00");
        }

        [TestMethod]
        public void CallsInsideSigioDoNotWait()
        {
            NetHarness h = new NetHarness(8);
            h.AutoRespond();
            h.AutoConnect = true;
            TcpSocket socket = new TcpSocket();
            socket.Open(Interface(h));
            int inside = 1;
            bool called = false;
            socket.Sigio(() =>
            {
                if (!called)
                {
                    called = true;
                    long start = System.DateTime.UtcNow.Ticks;
                    inside = socket.Recv(new byte[4], 4);
                    Assert.IsTrue(System.DateTime.UtcNow.Ticks - start < 500 * System.TimeSpan.TicksPerMillisecond, "no wait inside a callback");
                }
            });
            Assert.AreEqual((int)NsapiError.Ok, (int)socket.Connect("192.168.0.100", 80));
            Assert.IsTrue(called);
            Assert.AreEqual((int)NsapiError.WouldBlock, inside, "a blocking socket acts as non-blocking inside its callback");
        }

        [TestMethod]
        public void SendOfMoreThanTheRingWaitsForRoom()
        {
            NetHarness h = new NetHarness(8);
            h.AutoRespond();
            h.AutoConnect = true;
            TcpSocket socket = new TcpSocket();
            socket.Open(Interface(h));
            Assert.AreEqual((int)NsapiError.Ok, (int)socket.Connect("192.168.0.100", 80));
            byte[] big = new byte[6000];
            int before = h.Device.SentCount;
            Assert.AreEqual(6000, socket.Send(big, 6000), "blocking: everything, in 1460-byte pieces, as the module takes them");
            h.Settle();
            int total = 0;
            for (int i = before; i < h.Device.SentCount; i++)
            {
                if (h.Device.GetSentId(i, 0) == (ushort)CommandId.Sockwr)
                {
                    byte[] w = h.Device.GetSent(i);
                    total += (w[20] << 8) | w[21];
                }
            }

            Assert.AreEqual(6000, total);

            socket.SetBlocking(false);
            h.Device.Transmitted = null;
            int sent = socket.Send(big, 6000);
            Assert.IsTrue(sent > 0 && sent < 6000, "non-blocking: what fits now (" + sent + ")");
            Assert.AreEqual((int)NsapiError.WouldBlock, socket.Send(big, 1460), "then nothing");
        }
    }
}
