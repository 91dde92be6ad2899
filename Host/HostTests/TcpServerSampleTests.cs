// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The TcpServer sample (Samples/TcpServer/Program.cs unchanged) as its own process on the emulated
    /// board: three loopback clients at once, each gets exactly its own bytes back (one of them more than
    /// the driver's send ring holds), the sample reports each client with its address, and one client
    /// closing leaves the other two echoing.
    /// </summary>
    [TestClass]
    public sealed class TcpServerSampleTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        [TestMethod]
        public void TcpServerSampleEchoesThreeClientsAtOnceAndOneCloseLeavesTheOthers()
        {
            int port = NetStack.FreeTcpPort();
            using var sample = new SampleProcess("TcpServer.dll", "--port", port.ToString(), "--exit-after", "60");
            sample.WaitForLine("[APP] : TCP server listening on 192.168.1.100:6666", 1, Wait);
            Assert.IsTrue(sample.Lines.Contains("[BOARD] Connect to 127.0.0.1:" + port + " (the module's port 6666), e.g. ncat 127.0.0.1 " + port), sample.Output());

            var clients = new TcpClient[3];
            var ids = new string[3];
            try
            {
                for (int i = 0; i < clients.Length; i++)
                {
                    clients[i] = new TcpClient { NoDelay = true, ReceiveTimeout = (int)Wait.TotalMilliseconds };
                    clients[i].Connect(IPAddress.Loopback, port);
                }

                for (int i = 0; i < clients.Length; i++)
                {
                    // the sample names each client by the address the module reports for it
                    string from = " from 127.0.0.1:" + ((IPEndPoint)clients[i].Client.LocalEndPoint).Port;
                    string line = sample.WaitForMatch(l => l.StartsWith("[APP] : Client Connected -> socketID: ", StringComparison.Ordinal) && l.EndsWith(from, StringComparison.Ordinal), "client " + i + " connected" + from, Wait);
                    ids[i] = line.Substring("[APP] : Client Connected -> socketID: ".Length, line.Length - from.Length - "[APP] : Client Connected -> socketID: ".Length);
                }

                Assert.AreEqual(3, ids.Distinct().Count(), "each client has its own socket: " + string.Join(",", ids));

                // all three write before any reads its echo
                string[] first = { "alpha-1", "bravo-22", "charlie-333" };
                for (int i = 0; i < clients.Length; i++)
                {
                    Write(clients[i], Encoding.ASCII.GetBytes(first[i]));
                }

                for (int i = 0; i < clients.Length; i++)
                {
                    Assert.AreEqual(first[i], Encoding.ASCII.GetString(Read(clients[i], first[i].Length, sample)));
                    sample.WaitForLine("[APP] : Received " + first[i].Length + " bytes on socketID: " + ids[i] + " -> " + first[i], 1, Wait);
                }

                // the middle client leaves: DISCONNECTED → SOCK_CLOSE → CLOSED for its socket only
                clients[1].Close();
                sample.WaitForLine("[APP] : Client DisConnected -> socketID: " + ids[1], 1, Wait);
                sample.WaitForLine("[APP] : Socket CLOSED -> socketID: " + ids[1], 1, Wait);

                Write(clients[0], Encoding.ASCII.GetBytes("still here"));
                Assert.AreEqual("still here", Encoding.ASCII.GetString(Read(clients[0], 10, sample)));

                // more than the 2944-byte send ring: the sample holds back on Busy and resumes on SEND_COMPLETE
                byte[] big = new byte[6000];
                for (int i = 0; i < big.Length; i++)
                {
                    big[i] = (byte)('a' + (i % 26));
                }

                Write(clients[2], big);
                CollectionAssert.AreEqual(big, Read(clients[2], big.Length, sample), "the large echo is exact");
                Assert.AreEqual(big.Length, sample.Lines.Where(l => l.StartsWith("[APP] : Received ", StringComparison.Ordinal) && l.Contains(" bytes on socketID: " + ids[2] + " -> ", StringComparison.Ordinal))
                    .Sum(l => int.Parse(l.Substring("[APP] : Received ".Length, l.IndexOf(' ', "[APP] : Received ".Length) - "[APP] : Received ".Length))) - first[2].Length, "every byte reported once");
                Assert.AreEqual(1, sample.Lines.Count(l => l.StartsWith("[APP] : Socket CLOSED", StringComparison.Ordinal)), "only the client that left was closed" + sample.Output());
            }
            finally
            {
                foreach (TcpClient c in clients)
                {
                    c?.Dispose();
                }
            }

            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());
            sample.AssertInOrder(
                "Set Reg Domain -> SUCCESS",
                "[APP] : Wi-Fi Connecting to : HomeNet",
                "[APP] : Wi-Fi Connected",
                "[APP] : DHCP IPv4 : 192.168.1.100",
                "[APP] : TCP server listening on 192.168.1.100:6666",
                "[APP] : Client DisConnected -> socketID: " + ids[1],
                "[APP] : Socket CLOSED -> socketID: " + ids[1],
                "[APP] : Received 10 bytes on socketID: " + ids[0] + " -> still here");
            sample.AssertNoErrors();
        }

        private static void Write(TcpClient client, byte[] data)
        {
            client.GetStream().Write(data, 0, data.Length);
        }

        private static byte[] Read(TcpClient client, int length, SampleProcess sample)
        {
            var received = new MemoryStream();
            var buffer = new byte[8192];
            var watch = Stopwatch.StartNew();
            while (received.Length < length)
            {
                if (watch.Elapsed > Wait)
                {
                    Assert.Fail("echo incomplete: " + received.Length + " of " + length + sample.Output());
                }

                int n;
                try
                {
                    n = client.GetStream().Read(buffer, 0, (int)Math.Min(buffer.Length, length - received.Length));
                }
                catch (IOException e)
                {
                    Assert.Fail("reading the echo: " + e.Message + sample.Output());
                    return null;
                }

                if (n == 0)
                {
                    Assert.Fail("the sample closed the connection" + sample.Output());
                }

                received.Write(buffer, 0, n);
            }

            return received.ToArray();
        }
    }
}
