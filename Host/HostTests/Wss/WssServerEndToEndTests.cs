// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Sys.Wss;

namespace nanoWincs.Host.Tests.Wss
{
    /// <summary>
    /// WssServer's service behaviour over the emulated module and real loopback TCP: the page on the
    /// WebSocket port, HTTP 503 beyond the maximum while the others keep working, the idle ping and its
    /// timeout, the close-handshake timeout, and listening again after the module resets.
    /// </summary>
    [TestClass]
    public sealed class WssServerEndToEndTests
    {
        private const string Page = "<!DOCTYPE html><html><body><p>echo</p><script>/* \u00e9 */</script></body></html>";

        /// <summary>Sends raw bytes, reads until the server closes TCP (bounded), returns what came.</summary>
        private static (byte[] Bytes, bool ClosedByServer) Exchange(int port, string request)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 5000 };
            socket.Connect(IPAddress.Loopback, port);
            socket.Send(Encoding.ASCII.GetBytes(request));
            var got = new MemoryStream();
            byte[] buffer = new byte[8192];
            try
            {
                int n;
                while ((n = socket.Receive(buffer)) > 0)
                {
                    got.Write(buffer, 0, n);
                }

                return (got.ToArray(), true);
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.TimedOut)
            {
                return (got.ToArray(), false);
            }
        }

        private static void Echo(FuzzClient c, string text)
        {
            int before = c.Events().Count;
            c.SendFrame(1, text);

            // the server's idle pings may arrive between the send and its echo; anything else may not
            Func<List<WsEvent>> received = () => c.Events().Skip(before).Where(e => e.Kind != "ping").ToList();
            Assert.IsTrue(c.WaitFor(() => received().Count > 0, TimeSpan.FromSeconds(5)), "no echo: " + c.Describe());
            Assert.IsTrue(received()[0].SameAs(WsEvent.Text(text)), c.Describe());
        }

        [TestMethod]
        public void APlainGetGetsThePageOnTheWebSocketPortAndTheServerClosesTcp()
        {
            using var h = new WssHarness(c =>
            {
                c.HttpPage = Encoding.UTF8.GetBytes(Page);
                c.HttpPageContentType = "text/html; charset=utf-8";
            });
            var (bytes, closed) = Exchange(h.HostPort, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\nConnection: keep-alive\r\n\r\n");
            Assert.IsTrue(closed, "the server closes TCP after the page");
            string text = Encoding.UTF8.GetString(bytes);
            int split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            string header = text.Substring(0, split + 4);
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + Encoding.UTF8.GetByteCount(Page) + "\r\nConnection: close\r\nCache-Control: no-cache\r\n\r\n", header);
            CollectionAssert.AreEqual(Encoding.UTF8.GetBytes(Page), bytes.AsSpan(Encoding.ASCII.GetByteCount(header)).ToArray());

            // a real HTTP client agrees, and the WebSocket on the same port still works
            using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
            {
                HttpResponseMessage response = http.GetAsync("http://127.0.0.1:" + h.HostPort + "/index.html").GetAwaiter().GetResult();
                Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
                Assert.AreEqual("text/html", response.Content.Headers.ContentType.MediaType);
                Assert.AreEqual(Page, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
            }

            using (FuzzClient c = FuzzClient.Connect(h.HostPort))
            {
                Echo(c, "after the page");
            }

            h.WaitUntil(() => h.Count(WssEvent.ClientClosing) >= 2 && h.Events().Count(e => e.Event == WssEvent.ClientClosing && e.Code == 200) == 2, "two page answers reported with status 200");
        }

        [TestMethod]
        public void WithoutAPageAPlainGetGets400()
        {
            using var h = new WssHarness();
            var (bytes, closed) = Exchange(h.HostPort, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            Assert.IsTrue(closed);
            Assert.AreEqual("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 17\r\n\r\n400 Bad Request\r\n", Encoding.ASCII.GetString(bytes));
        }

        [TestMethod]
        public void AClientBeyondTheMaximumGets503WhileTheConnectedOnesKeepWorking()
        {
            using var h = new WssHarness(c => c.MaxClients = 2);
            using FuzzClient a = FuzzClient.Connect(h.HostPort);
            using FuzzClient b = FuzzClient.Connect(h.HostPort);
            Echo(a, "a1");
            var (bytes, closed) = Exchange(h.HostPort, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
            Assert.IsTrue(closed, "the server closes the refused connection");
            Assert.AreEqual("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 25\r\n\r\n503 Service Unavailable\r\n", Encoding.ASCII.GetString(bytes));
            Assert.AreEqual(1, h.Invoke(() => h.Server.RejectedClients));

            Echo(a, "a2");
            Echo(b, "b1");
            Assert.IsFalse(a.CloseReceived || b.CloseReceived || a.TcpClosedByServer || b.TcpClosedByServer);

            // a freed slot takes the next client
            a.SendClose(1000);
            a.ExpectCloseReply(new[] { 1000 }, true);
            h.WaitUntil(() => h.Invoke(() => h.Server.GetClientState(0)) == WssState.Closed, "slot 0 free");
            using FuzzClient c = FuzzClient.Connect(h.HostPort);
            Echo(c, "c1");
            Echo(b, "b2");
            Assert.AreEqual(0, h.EchoFailures);
        }

        [TestMethod]
        public void AnIdleClientIsPingedAndClosedWith1001WhenNoPongComes()
        {
            using var h = new WssHarness(c =>
            {
                c.ClientTimeoutMs = 400;
                c.PongTimeoutMs = 400;
            });
            using FuzzClient c = FuzzClient.Connect(h.HostPort);
            var watch = Stopwatch.StartNew();
            Assert.IsTrue(c.WaitFor(() => c.Events().Count == 1, TimeSpan.FromSeconds(5)), "the idle ping: " + c.Describe());
            TimeSpan pingAt = watch.Elapsed;
            WsEvent ping = c.Events()[0];
            Assert.AreEqual("ping", ping.Kind);
            CollectionAssert.AreEqual(new byte[] { 0, 0, 0, 1 }, ping.Payload, "a 4-byte counter");
            Assert.IsTrue(pingAt >= TimeSpan.FromMilliseconds(350), "pinged after the idle time, not before: " + pingAt);

            Assert.IsTrue(c.WaitFor(() => c.CloseReceived, TimeSpan.FromSeconds(5)), c.Describe());
            Assert.AreEqual(1001, c.CloseCode);
            Assert.IsTrue(watch.Elapsed - pingAt >= TimeSpan.FromMilliseconds(350), "closed after the pong timeout");
            Assert.IsTrue(c.WaitFor(() => c.TcpClosedByServer, TimeSpan.FromSeconds(5)), "the server closes TCP once the client answered the close: " + c.Describe());
            h.WaitUntil(() => h.Count(WssEvent.ClientClosed) == 1, "CLIENT_CLOSED");
            Assert.AreEqual(1, h.Count(WssEvent.ClientTimeout));
        }

        [TestMethod]
        public void AClientThatAnswersTheIdlePingStaysConnected()
        {
            using var h = new WssHarness(c =>
            {
                c.ClientTimeoutMs = 300;
                c.PongTimeoutMs = 300;
            });
            using FuzzClient c = FuzzClient.Connect(h.HostPort);
            int answered = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromMilliseconds(1500))
            {
                var pings = c.Events().Where(e => e.Kind == "ping").ToList();
                while (answered < pings.Count)
                {
                    c.SendFrame(10, pings[answered].Payload);
                    answered++;
                }

                Thread.Sleep(10);
            }

            Assert.IsTrue(answered >= 2, "pinged again after each idle period: " + answered);
            Assert.IsFalse(c.CloseReceived || c.TcpClosedByServer, c.Describe());
            Echo(c, "still here");
            Assert.AreEqual(0, h.Count(WssEvent.ClientTimeout));
            Assert.AreEqual(answered, h.Count(WssEvent.ClientPongRx));
        }

        [TestMethod]
        public void TheServerClosesTcpWhenTheClientNeverAnswersItsClose()
        {
            using var h = new WssHarness(c => c.CloseTimeoutMs = 500);
            using FuzzClient c = FuzzClient.Connect(h.HostPort);
            c.AnswerClose = false;
            h.WaitUntil(() => h.Invoke(() => h.Server.GetClientState(0)) == WssState.Connected, "connected");
            byte[] reason = Encoding.UTF8.GetBytes("bye");
            TimeSpan closeAt = c.Now;
            Assert.AreEqual(WssResult.Success, h.Invoke(() => h.Server.CloseConnection(WssStatusCode.GoingAway, reason, 0, reason.Length, 0)));
            Assert.IsTrue(c.WaitFor(() => c.CloseReceived, TimeSpan.FromSeconds(5)), c.Describe());
            Assert.AreEqual(1001, c.CloseCode);
            CollectionAssert.AreEqual(reason, c.CloseReason);
            Assert.IsTrue(c.WaitFor(() => c.TcpClosedByServer, TimeSpan.FromSeconds(5)), "close-handshake timeout: " + c.Describe());
            TimeSpan waited = c.TcpClosedAt - closeAt;
            Assert.IsTrue(waited >= TimeSpan.FromMilliseconds(450) && waited < TimeSpan.FromSeconds(3), "TCP closed " + waited.TotalMilliseconds + " ms after the close frame (CloseTimeoutMs 500)");
            h.WaitUntil(() => h.Count(WssEvent.ClientClosed) == 1, "CLIENT_CLOSED");
        }

        [TestMethod]
        public void AServerInitiatedCloseEndsAsSoonAsTheClientAnswers()
        {
            using var h = new WssHarness(c => c.CloseTimeoutMs = 5000);
            using FuzzClient c = FuzzClient.Connect(h.HostPort);
            h.WaitUntil(() => h.Invoke(() => h.Server.GetClientState(0)) == WssState.Connected, "connected");
            Assert.AreEqual(WssResult.Success, h.Invoke(() => h.Server.CloseConnection(WssStatusCode.NormalClosure, null, 0, 0, -1)));
            Assert.IsTrue(c.WaitFor(() => c.TcpClosedByServer, TimeSpan.FromSeconds(2)), "the server closes TCP on the client's close reply: " + c.Describe());
            Assert.AreEqual(1000, c.CloseCode);
            h.WaitUntil(() => h.Events().Select(e => e.Event).SequenceEqual(new[] { WssEvent.ClientConnecting, WssEvent.ClientConnected, WssEvent.ClientClosing, WssEvent.ClientCloseFrameRx, WssEvent.ClientClosed }), "CONNECTING, CONNECTED, CLOSING, CLOSE_FRAME_RX, CLOSED");
        }

        [TestMethod]
        public void AfterAModuleResetTheServerListensAgain()
        {
            using var h = new WssHarness();
            using (FuzzClient before = FuzzClient.Connect(h.HostPort))
            {
                Echo(before, "before the reset");
                h.ClearEvents();
                // the module resets by itself in the middle of the transfers that carry a 4 KiB message
                h.Stack.Emulator.ResetModuleAfter(300);
                before.SendFrame(2, new byte[4096]);
                Assert.IsTrue(before.WaitFor(() => before.TcpClosedByServer, TimeSpan.FromSeconds(10)), "the module's reset drops the connection: " + before.Describe());
            }

            h.WaitUntil(() => h.Count(WssEvent.LlIntfDown) == 1 && h.Count(WssEvent.ClientClosed) == 1, "LL_INTF_DOWN and CLIENT_CLOSED");
            h.WaitUntil(() => h.Stack.Driver.IsReady, "the driver brought the module up again");
            h.Invoke(() => h.Stack.ConnectStation());
            h.WaitUntil(() => h.Count(WssEvent.LlIntfUp) == 1, "LL_INTF_UP: listening again", TimeSpan.FromSeconds(15));
            h.WaitForListener();
            using FuzzClient after = FuzzClient.Connect(h.HostPort);
            Echo(after, "after the reset");
            Assert.AreEqual(0, h.EchoFailures);
        }
    
        [TestMethod]
        public void AModuleThatResetWhileIdleIsFoundOutByTheNextIdlePingAndTheServerListensAgain()
        {
            using var h = new WssHarness(c =>
            {
                c.ClientTimeoutMs = 1000;
                c.PongTimeoutMs = 1000;
            });
            using (FuzzClient before = FuzzClient.Connect(h.HostPort))
            {
                Echo(before, "before the reset");
                h.ClearEvents();

                // the reset hits the very first byte of the next transfer (the read of the client's frame), so the
                // host sees nothing until it next talks to the module: the idle ping's SOCKWR
                h.Stack.Emulator.ResetModuleAfter(0);
                before.SendFrame(1, "lost in the reset");
                Assert.IsTrue(before.WaitFor(() => before.TcpClosedByServer, TimeSpan.FromSeconds(10)), before.Describe());
            }

            h.WaitUntil(() => h.Count(WssEvent.LlIntfDown) == 1 && h.Count(WssEvent.ClientClosed) == 1, "LL_INTF_DOWN and CLIENT_CLOSED", TimeSpan.FromSeconds(15));
            h.WaitUntil(() => h.Stack.Driver.IsReady, "the driver brought the module up again");
            h.Invoke(() => h.Stack.ConnectStation());
            h.WaitUntil(() => h.Count(WssEvent.LlIntfUp) == 1, "LL_INTF_UP: listening again", TimeSpan.FromSeconds(15));
            h.WaitForListener();
            using FuzzClient after = FuzzClient.Connect(h.HostPort);
            Echo(after, "after the reset");
        }
}
}
