// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The TcpClientEcho sample (seed 000's application, Samples/TcpClientEcho/Program.cs unchanged) run
    /// as its own process on the emulated board, against a TCP echo peer on loopback: it joins Wi-Fi, gets
    /// its DHCP address, connects, echoes, reconnects after an injected Wi-Fi loss and handles the server
    /// closing. Asserts the bytes on the wire and the lines the application prints.
    /// </summary>
    [TestClass]
    public sealed class WifiTcpClientEchoSampleTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        [TestMethod]
        public void WifiTcpClientEchoSampleEchoesReconnectsAndHandlesServerClose()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            using var sample = new SampleProcess("TcpClientEcho.dll", "--server-port", port.ToString(), "--exit-after", "60");

            // INIT → OPEN_DRIVER → DEVICE_INFO → SET_REG_DOMAIN → REG_DOMAIN_SET_ACK → SET_WIFI_PARAMS
            sample.WaitForLine("[APP] : DHCP IPv4 : 192.168.1.100", 1, Wait);
            using TcpClient first = Accept(listener, sample);
            sample.WaitForLine("[APP] : Connected to Server!", 1, Wait);
            Assert.AreEqual("hello nano", Echo(first, "hello nano", sample));
            sample.WaitForLine("Received ->hello nano", 1, Wait);
            Assert.AreEqual("line two", Echo(first, "line two", sample));

            // Wi-Fi loss: DISCONNECTED → the callback's STA_CONNECT; the AP comes back within the 10 s
            // connection timeout, the pending attempt succeeds, and the new DHCP event opens a new socket
            sample.Send("wifi-loss");
            sample.WaitForLine("[APP] : Wi-Fi Disconnected", 1, Wait);
            sample.WaitForLine("Reconnecting... ", 1, Wait);
            Thread.Sleep(300);
            sample.Send("wifi-restore");
            sample.WaitForLine("[APP] : DHCP IPv4 : 192.168.1.100", 2, Wait);
            using TcpClient second = Accept(listener, sample);
            sample.WaitForLine("[APP] : Connected to Server!", 2, Wait);
            Assert.AreEqual("after the loss", Echo(second, "after the loss", sample));

            // the server closes: DISCONNECTED → SOCK_CLOSE → CLOSED
            second.Close();
            sample.WaitForLine("[APP] : DisConnected!", 1, Wait);
            sample.WaitForLine("[APP] : Socket CLOSED -> socketID: 1", 1, Wait);

            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());

            string[] expected =
            {
                "WINC: Device ID = 29c70053",
                "Firmware Version: 3.2.0",
                "Driver Version: 1.0.0",
                "Setting REG domain to GEN",
                "Set Reg Domain -> SUCCESS",
                "[APP] : Wi-Fi Connecting to : HomeNet",
                "[APP] : Wi-Fi Connected    ",
                "[APP] : DHCP IPv4 : 192.168.1.100",
                "[APP] : Connected to Server!",
                "Received ->hello nano",
                "Received ->line two",
                "[APP] : Wi-Fi Disconnected",
                "Reconnecting... ",
                "[APP] : Wi-Fi Connected    ",
                "[APP] : DHCP IPv4 : 192.168.1.100",
                "[APP] : Connected to Server!",
                "Received ->after the loss",
                "[APP] : DisConnected!",
                "[APP] : Socket CLOSED -> socketID: 1",
            };
            AssertInOrder(expected, sample.Lines.Where(l => !l.StartsWith("[BOARD]", StringComparison.Ordinal)).ToList(), sample.Output());
            Assert.AreEqual(0, sample.Lines.Count(l => l.StartsWith("ERROR", StringComparison.Ordinal) || l.StartsWith("[APP_ERROR]", StringComparison.Ordinal)), sample.Output());
        }

        private static TcpClient Accept(TcpListener listener, SampleProcess sample)
        {
            var accept = listener.AcceptTcpClientAsync();
            if (!accept.Wait(Wait))
            {
                Assert.Fail("the sample did not connect" + sample.Output());
            }

            TcpClient client = accept.Result;
            client.ReceiveTimeout = (int)Wait.TotalMilliseconds;
            client.NoDelay = true;
            return client;
        }

        private static string Echo(TcpClient client, string text, SampleProcess sample)
        {
            byte[] data = Encoding.ASCII.GetBytes(text);
            NetworkStream stream = client.GetStream();
            stream.Write(data, 0, data.Length);
            var received = new MemoryStream();
            var buffer = new byte[256];
            var watch = Stopwatch.StartNew();
            while (received.Length < data.Length)
            {
                if (watch.Elapsed > Wait)
                {
                    Assert.Fail("no echo of '" + text + "'" + sample.Output());
                }

                int n;
                try
                {
                    n = stream.Read(buffer, 0, buffer.Length);
                }
                catch (IOException e)
                {
                    Assert.Fail("reading the echo of '" + text + "': " + e.Message + sample.Output());
                    return null;
                }

                if (n == 0)
                {
                    Assert.Fail("the sample closed the connection" + sample.Output());
                }

                received.Write(buffer, 0, n);
            }

            return Encoding.ASCII.GetString(received.ToArray());
        }

        private static void AssertInOrder(string[] expected, List<string> lines, string context)
        {
            int at = 0;
            foreach (string e in expected)
            {
                int found = lines.FindIndex(at, l => l == e);
                Assert.IsTrue(found >= 0, "'" + e + "' after line " + at + context);
                at = found + 1;
            }
        }
    }
}
