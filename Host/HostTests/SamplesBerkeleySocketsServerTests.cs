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
    /// The BerkeleySocketsServer sample (Samples/BerkeleySocketsServer/Program.cs unchanged, seed 001's
    /// socket API) run as its own process on the emulated board, its module port 6666 on a free host
    /// port (--port): two loopback clients at once get their bytes back upper-cased, one of them 5000
    /// bytes (more than the driver's send ring), and the errno line of the call made before
    /// SOCKET_EVENT_OPEN is ENOTSOCK, as the API documentation says.
    /// </summary>
    [TestClass]
    public sealed class SamplesBerkeleySocketsServerTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        [TestMethod]
        public void BerkeleySocketsServerSampleEchoesTwoClientsUpperCased()
        {
            int port = NetStack.FreeTcpPort();
            using var sample = new SampleProcess("BerkeleySocketsServer.dll", "--port", port.ToString(), "--exit-after", "60");
            sample.WaitForLine("[APP] : Listening on port 6666", 1, Wait);

            using var one = Connect(port, sample);
            using var two = Connect(port, sample);
            int portOne = ((IPEndPoint)one.Client.LocalEndPoint).Port;
            int portTwo = ((IPEndPoint)two.Client.LocalEndPoint).Port;
            Send(one, "hello from client one");
            Send(two, "Second Client: 42!");
            Assert.AreEqual("HELLO FROM CLIENT ONE", Receive(one, 21, sample));
            Assert.AreEqual("SECOND CLIENT: 42!", Receive(two, 18, sample));

            string big = new string(Enumerable.Range(0, 5000).Select(i => (char)('a' + (i % 26))).ToArray());
            Send(two, big);
            Send(one, "still here");
            Assert.AreEqual("STILL HERE", Receive(one, 10, sample));
            Assert.AreEqual(big.ToUpperInvariant(), Receive(two, 5000, sample));

            one.Close();
            two.Close();
            sample.WaitForLine(l => l.StartsWith("[APP] : socket 2 closed", StringComparison.Ordinal), "client socket 2 closed", Wait);
            sample.WaitForLine("[APP] : socket 1 closed", 1, Wait);
            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());

            sample.AssertInOrder(
                "[APP] : DHCP IPv4 : 192.168.1.100",
                "[APP] : socket() = 0",
                "[APP] : send() before SOCKET_EVENT_OPEN = -1, errno 88 (ENOTSOCK)",
                "[APP] : Listening on port 6666");
            var accepted = sample.AppLines().Where(l => l.StartsWith("[APP] : accept() = ", StringComparison.Ordinal)).OrderBy(l => l, StringComparer.Ordinal).ToList();
            CollectionAssert.AreEquivalent(
                new[] { "[APP] : accept() = 1 : client 127.0.0.1:" + portOne, "[APP] : accept() = 2 : client 127.0.0.1:" + portTwo },
                accepted,
                sample.Output());
            sample.AssertInOrder("[APP] : accept() = 1 : client 127.0.0.1:" + portOne, "[APP] : recv(1) = 21 : \"hello from client one\"", "[APP] : recv(1) = 10 : \"still here\"", "[APP] : recv(1) = 0 : client gone, shutdown()", "[APP] : socket 1 closed");
            sample.AssertInOrder("[APP] : accept() = 2 : client 127.0.0.1:" + portTwo, "[APP] : recv(2) = 18 : \"Second Client: 42!\"", "[APP] : recv(2) = 0 : client gone, shutdown()", "[APP] : socket 2 closed");
            Assert.AreEqual(5000 + 18, sample.AppLines().Where(l => l.StartsWith("[APP] : recv(2) = ", StringComparison.Ordinal)).Sum(l => int.Parse(l.Split(' ')[4])), "every byte of client two was read" + sample.Output());
            Assert.AreEqual(0, sample.AppLines().Count(l => l.Contains("error", StringComparison.Ordinal) || l.StartsWith("[APP_ERROR]", StringComparison.Ordinal)), sample.Output());
        }

        private static TcpClient Connect(int port, SampleProcess sample)
        {
            var client = new TcpClient();
            var connect = client.ConnectAsync(IPAddress.Loopback, port);
            Assert.IsTrue(connect.Wait(Wait), "connecting to the sample" + sample.Output());
            client.ReceiveTimeout = (int)Wait.TotalMilliseconds;
            client.NoDelay = true;
            return client;
        }

        private static void Send(TcpClient client, string text)
        {
            byte[] data = Encoding.ASCII.GetBytes(text);
            client.GetStream().Write(data, 0, data.Length);
        }

        private static string Receive(TcpClient client, int length, SampleProcess sample)
        {
            var received = new MemoryStream();
            var buffer = new byte[2048];
            var watch = Stopwatch.StartNew();
            while (received.Length < length)
            {
                if (watch.Elapsed > Wait)
                {
                    Assert.Fail("echo incomplete: " + received.Length + " of " + length + " bytes" + sample.Output());
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

                Assert.AreNotEqual(0, n, "the sample closed the connection" + sample.Output());
                received.Write(buffer, 0, n);
            }

            return Encoding.ASCII.GetString(received.ToArray());
        }
    }
}
