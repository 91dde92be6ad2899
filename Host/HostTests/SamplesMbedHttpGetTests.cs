// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The MbedHttpGet sample (Samples/MbedHttpGet/Program.cs unchanged, seed 003's Mbed-style API) run as
    /// its own process on the emulated board against an HTTP server of the test on loopback: it connects
    /// by name (the module's DNS gives 93.184.216.34, which leads to 127.0.0.1), sends its GET, reads the
    /// response in blocking mode, prints status line, header count and body length, closes and ends.
    /// </summary>
    [TestClass]
    public sealed class SamplesMbedHttpGetTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        [TestMethod]
        public void MbedHttpGetSampleSendsItsRequestAndReportsTheResponse()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            using var sample = new SampleProcess("MbedHttpGet.dll", "--server-port", port.ToString(), "--exit-after", "60");

            var accept = listener.AcceptTcpClientAsync();
            Assert.IsTrue(accept.Wait(Wait), "the sample did not connect" + sample.Output());
            using TcpClient client = accept.Result;
            client.ReceiveTimeout = (int)Wait.TotalMilliseconds;
            NetworkStream stream = client.GetStream();

            string expected = "GET / HTTP/1.1\r\nHost: example.com:" + port + "\r\nUser-Agent: nanoWincs-MbedHttpGet\r\nAccept: */*\r\nConnection: close\r\n\r\n";
            byte[] request = ReadHead(stream, sample);
            Assert.AreEqual(expected, Encoding.ASCII.GetString(request), sample.Output());

            // a body over several module frames and over the sample's 512-byte reads
            byte[] body = new byte[3000];
            for (int i = 0; i < body.Length; i++)
            {
                body[i] = (byte)('a' + (i % 26));
            }

            byte[] head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3000\r\nX-Served-By: SamplesMbedHttpGetTests\r\n\r\n");
            stream.Write(head, 0, head.Length);
            stream.Write(body, 0, body.Length);

            // the sample closes once it has Content-Length bytes: the server reads the end of the stream
            var rest = new byte[16];
            Assert.AreEqual(0, stream.Read(rest, 0, rest.Length), "nothing more from the sample, then its close" + sample.Output());
            sample.WaitForLine("[APP] : Done", 1, Wait);
            Assert.IsTrue(sample.WaitForExit(Wait), "Main returns and the sample ends" + sample.Output());

            sample.AssertInOrder(
                "[APP] : Connecting to HomeNet",
                "[APP] : IP address : 192.168.1.100",
                "[APP] : Connected to example.com (93.184.216.34:" + port + ")",
                "[APP] : Sent " + expected.Length + " bytes : GET /",
                "[APP] : HTTP/1.1 200 OK",
                "[APP] : Headers : 3",
                "[APP] : Body : 3000 bytes",
                "[APP] : Socket closed : NSAPI_ERROR_OK",
                "[APP] : Done");
        }

        private static byte[] ReadHead(NetworkStream stream, SampleProcess sample)
        {
            var head = new MemoryStream();
            var one = new byte[1];
            while (head.Length < 4096)
            {
                int n;
                try
                {
                    n = stream.Read(one, 0, 1);
                }
                catch (IOException e)
                {
                    Assert.Fail("reading the request: " + e.Message + sample.Output());
                    return null;
                }

                Assert.AreEqual(1, n, "the request ends early" + sample.Output());
                head.WriteByte(one[0]);
                byte[] b = head.GetBuffer();
                long l = head.Length;
                if (l >= 4 && b[l - 4] == '\r' && b[l - 3] == '\n' && b[l - 2] == '\r' && b[l - 1] == '\n')
                {
                    break;
                }
            }

            return head.ToArray();
        }
    }
}
