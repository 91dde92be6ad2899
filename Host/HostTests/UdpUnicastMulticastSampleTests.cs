// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The UdpUnicastMulticast sample (Samples/UdpUnicastMulticast/Program.cs unchanged) as its own process
    /// on the emulated board: a loopback UdpClient gets each datagram back byte for byte from the module's
    /// port, the sample names the sender; a datagram sent to the group on the loopback interface is printed
    /// with its sender; the sample's announcements reach a group member, and its own are not printed.
    /// </summary>
    [TestClass]
    public sealed class UdpUnicastMulticastSampleTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        [TestMethod]
        public void UdpSampleAnswersEachSenderAndTalksToTheGroup()
        {
            int port = NetStack.FreeUdpPort();
            int groupPort = NetStack.FreeUdpPort();
            IPAddress group = IPAddress.Parse("239.255.0.1");

            // a member of the group on the loopback interface, joined before the sample announces
            using var member = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            member.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            member.Bind(new IPEndPoint(group, groupPort));
            member.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.AddMembership, new MulticastOption(group, IPAddress.Loopback));
            member.ReceiveTimeout = (int)Wait.TotalMilliseconds;

            using var sample = new SampleProcess("UdpUnicastMulticast.dll", "--port", port.ToString(), "--mcast-port", groupPort.ToString(), "--announce-ms", "300", "--exit-after", "60");
            sample.WaitForLine("[APP] : UDP socket bound to 192.168.1.100:6666", 1, Wait);
            sample.WaitForLine("[APP] : Joined multicast group 239.255.0.1:" + groupPort, 1, Wait);

            // unicast: each datagram comes back to its sender from the module's port, exactly
            using var peer = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            peer.Client.ReceiveTimeout = (int)Wait.TotalMilliseconds;
            int peerPort = ((IPEndPoint)peer.Client.LocalEndPoint).Port;
            byte[] hello = Encoding.ASCII.GetBytes("hello udp");
            byte[] big = Enumerable.Range(0, 1200).Select(i => (byte)('A' + (i % 26))).ToArray();
            foreach (byte[] datagram in new[] { hello, big })
            {
                peer.Send(datagram, datagram.Length, new IPEndPoint(IPAddress.Loopback, port));
                var from = new IPEndPoint(IPAddress.Any, 0);
                byte[] answer = peer.Receive(ref from);
                CollectionAssert.AreEqual(datagram, answer, "the answer is the datagram");
                Assert.AreEqual(new IPEndPoint(IPAddress.Loopback, port), from, "answered from the module's port");
            }

            sample.WaitForLine("[APP] : Received 9 bytes from 127.0.0.1:" + peerPort + " -> hello udp", 1, Wait);
            sample.WaitForLine("[APP] : Received 1200 bytes from 127.0.0.1:" + peerPort + " -> " + Encoding.ASCII.GetString(big), 1, Wait);

            // a second sender gets its own answer
            using var other = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            other.Client.ReceiveTimeout = (int)Wait.TotalMilliseconds;
            other.Send(Encoding.ASCII.GetBytes("second"), 6, new IPEndPoint(IPAddress.Loopback, port));
            var otherFrom = new IPEndPoint(IPAddress.Any, 0);
            Assert.AreEqual("second", Encoding.ASCII.GetString(other.Receive(ref otherFrom)));

            // multicast in: the group datagram is printed with its sender
            using var sender = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            sender.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, IPAddress.Loopback.GetAddressBytes());
            sender.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            int senderPort = ((IPEndPoint)sender.LocalEndPoint).Port;
            sender.SendTo(Encoding.ASCII.GetBytes("to-group from test"), new IPEndPoint(group, groupPort));
            sample.WaitForLine("[APP] : Multicast from 127.0.0.1:" + senderPort + " (18 bytes) -> to-group from test", 1, Wait);

            // multicast out: the announcements reach the member, from the module's UDP port
            var buffer = new byte[2048];
            var watch = Stopwatch.StartNew();
            Match announced = null;
            EndPoint announcer = new IPEndPoint(IPAddress.Any, 0);
            while (announced == null || !announced.Success)
            {
                Assert.IsTrue(watch.Elapsed < Wait, "no announcement" + sample.Output());
                int n = member.ReceiveFrom(buffer, ref announcer);
                announced = Regex.Match(Encoding.ASCII.GetString(buffer, 0, n), @"^nanoWincs UDP echo at 192\.168\.1\.100:6666 #(\d+)$");
            }

            Assert.AreEqual(new IPEndPoint(IPAddress.Loopback, port), announcer, "announced from the module's UDP port");
            sample.WaitForLine("[APP] : Announced #" + announced.Groups[1].Value + " to 239.255.0.1:" + groupPort, 1, Wait);
            sample.WaitForLine("[APP] : Announced #" + (int.Parse(announced.Groups[1].Value) + 1) + " to 239.255.0.1:" + groupPort, 1, Wait);

            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());
            sample.AssertInOrder(
                "[APP] : Wi-Fi Connecting to : HomeNet",
                "[APP] : Wi-Fi Connected",
                "[APP] : DHCP IPv4 : 192.168.1.100",
                "[APP] : Announced #1 to 239.255.0.1:" + groupPort,
                "[APP] : Received 9 bytes from 127.0.0.1:" + peerPort + " -> hello udp",
                "[APP] : Received 6 bytes from 127.0.0.1:" + ((IPEndPoint)other.Client.LocalEndPoint).Port + " -> second",
                "[APP] : Multicast from 127.0.0.1:" + senderPort + " (18 bytes) -> to-group from test");
            Assert.AreEqual(1, sample.Lines.Count(l => l.StartsWith("[APP] : Multicast from", StringComparison.Ordinal)), "its own announcements are not printed" + sample.Output());
            sample.AssertNoErrors();
        }
    }
}
