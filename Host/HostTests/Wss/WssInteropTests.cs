// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Sys.Wss;

namespace nanoWincs.Host.Tests.Wss
{
    /// <summary>
    /// Independent WebSocket implementations against WssServer on the emulated module, over loopback:
    /// .NET's ClientWebSocket, Node's ws, Python's websockets and headless Chromium (which loads the page
    /// the server itself serves on the same port). Each exchanges text and binary messages of 0 bytes to
    /// 64 KiB, pings and a clean close. The client scripts are in Host/Interop; a client that is not
    /// installed makes its test inconclusive (.ci/run installs them).
    /// </summary>
    [TestClass]
    public sealed class WssInteropTests
    {
        private static readonly int[] Sizes = { 0, 1, 125, 126, 127, 128, 1000, 4096, 65535, 65536 };
        private static readonly string[] Units = { "a", "\u00e9", "\u20ac", "\U0001F600" };

        private static string InteropDirectory => Path.Combine(NfprojConsistencyTests.RepoRoot, "Host", "Interop");

        /// <summary>A string of exactly <paramref name="n"/> UTF-8 bytes mixing 1- to 4-byte characters, as the scripts build it.</summary>
        public static string Text(int n)
        {
            var s = new StringBuilder();
            int bytes = 0;
            for (int i = 0; bytes < n; i++)
            {
                string u = Units[i % Units.Length];
                int b = Encoding.UTF8.GetByteCount(u);
                if (bytes + b <= n)
                {
                    s.Append(u);
                    bytes += b;
                }
                else
                {
                    s.Append('a');
                    bytes++;
                }
            }

            return s.ToString();
        }

        public static byte[] Binary(int n)
        {
            var b = new byte[n];
            for (int i = 0; i < n; i++)
            {
                b[i] = (byte)((i * 7) + n);
            }

            return b;
        }

        [TestMethod]
        public void DotNetClientWebSocket()
        {
            using var h = new WssHarness();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var ws = new ClientWebSocket();

            // .NET 9+: with a keep-alive timeout the client sends pings (not unsolicited pongs) and fails without the pong
            ws.Options.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
            ws.Options.KeepAliveTimeout = TimeSpan.FromSeconds(3);
            ws.ConnectAsync(new Uri("ws://127.0.0.1:" + h.HostPort + "/dotnet"), cts.Token).GetAwaiter().GetResult();
            byte[] buffer = new byte[128 * 1024];

            (WebSocketMessageType Type, byte[] Data) Receive()
            {
                int length = 0;
                WebSocketReceiveResult r;
                do
                {
                    r = ws.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), cts.Token).GetAwaiter().GetResult();
                    length += r.Count;
                }
                while (!r.EndOfMessage);
                return (r.MessageType, buffer.AsSpan(0, length).ToArray());
            }

            foreach (int n in Sizes)
            {
                byte[] t = Encoding.UTF8.GetBytes(Text(n));
                Assert.AreEqual(n, t.Length);
                ws.SendAsync(t, WebSocketMessageType.Text, true, cts.Token).GetAwaiter().GetResult();
                var echo = Receive();
                Assert.AreEqual(WebSocketMessageType.Text, echo.Type, "text of " + n);
                CollectionAssert.AreEqual(t, echo.Data, "text of " + n);

                byte[] b = Binary(n);
                ws.SendAsync(b, WebSocketMessageType.Binary, true, cts.Token).GetAwaiter().GetResult();
                echo = Receive();
                Assert.AreEqual(WebSocketMessageType.Binary, echo.Type, "binary of " + n);
                CollectionAssert.AreEqual(b, echo.Data, "binary of " + n);
            }

            // a 64 KiB message sent in three fragments comes back whole
            byte[] whole = Binary(65536);
            ws.SendAsync(new ArraySegment<byte>(whole, 0, 1000), WebSocketMessageType.Binary, false, cts.Token).GetAwaiter().GetResult();
            ws.SendAsync(new ArraySegment<byte>(whole, 1000, 30000), WebSocketMessageType.Binary, false, cts.Token).GetAwaiter().GetResult();
            ws.SendAsync(new ArraySegment<byte>(whole, 31000, 65536 - 31000), WebSocketMessageType.Binary, true, cts.Token).GetAwaiter().GetResult();
            CollectionAssert.AreEqual(whole, Receive().Data);

            // the keep-alive pings are answered (the client reads the pongs while a receive is pending; a
            // missing pong would abort it after KeepAliveTimeout): still open after several intervals
            var pending = ws.ReceiveAsync(new ArraySegment<byte>(buffer), cts.Token);
            h.WaitUntil(() => h.Count(WssEvent.ClientPingRx) >= 5, "five pings from ClientWebSocket");
            Assert.AreEqual(WebSocketState.Open, ws.State);
            Assert.IsFalse(pending.IsCompleted);

            ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "dotnet done", cts.Token).GetAwaiter().GetResult();
            WebSocketReceiveResult closing = pending.GetAwaiter().GetResult();
            Assert.AreEqual(WebSocketMessageType.Close, closing.MessageType);
            Assert.AreEqual(WebSocketState.Closed, ws.State);
            Assert.AreEqual(WebSocketCloseStatus.NormalClosure, ws.CloseStatus);
            AssertServerSawCleanClose(h, 2 * Sizes.Length);
            Assert.AreEqual(Sizes.Length + 1, h.Count(WssEvent.ClientBinDataRx), "the fragmented message arrived as one message");
        }

        [TestMethod]
        public void NodeWs()
        {
            const string Module = "/usr/share/nodejs/ws";
            if (!File.Exists("/usr/bin/node") || !Directory.Exists(Module))
            {
                Assert.Inconclusive("Node's ws is not installed (apt-get install node-ws provides /usr/bin/node and " + Module + ")");
            }

            using var h = new WssHarness();
            string output = Run("/usr/bin/node", new[] { Path.Combine(InteropDirectory, "ws_client.js"), "ws://127.0.0.1:" + h.HostPort + "/node" }, TimeSpan.FromSeconds(40));
            StringAssert.Contains(output, "RESULT ok 20 messages, 3 pings, close 1000", output);
            AssertServerSawCleanClose(h, 2 * Sizes.Length);
            Assert.AreEqual(3, h.Count(WssEvent.ClientPingRx));
        }

        [TestMethod]
        public void PythonWebsockets()
        {
            const string Python = "/usr/bin/python3";
            if (!File.Exists(Python) || Run(Python, new[] { "-c", "import websockets" }, TimeSpan.FromSeconds(20), false) == null)
            {
                Assert.Inconclusive("Python websockets is not installed for " + Python + " (apt-get install python3-websockets)");
            }

            using var h = new WssHarness();
            string output = Run(Python, new[] { Path.Combine(InteropDirectory, "websockets_client.py"), "ws://127.0.0.1:" + h.HostPort + "/python" }, TimeSpan.FromSeconds(40));
            StringAssert.Contains(output, "RESULT ok 20 messages, 3 pings, close 1000", output);
            AssertServerSawCleanClose(h, 2 * Sizes.Length);
            Assert.AreEqual(3, h.Count(WssEvent.ClientPingRx));
        }

        [TestMethod]
        public void HeadlessChromiumLoadsThePageFromTheSamePort()
        {
            const string Chromium = "/usr/bin/chromium";
            if (!File.Exists(Chromium))
            {
                Assert.Inconclusive("Chromium is not installed (apt-get install chromium)");
            }

            var results = new ConcurrentQueue<(int Client, string Line)>();
            byte[] serverPing = Encoding.ASCII.GetBytes("server-ping");
            byte[] pongSeen = Encoding.ASCII.GetBytes("pong-seen");
            int pongs = 0;
            using var h = new WssHarness(c => c.HttpPage = File.ReadAllBytes(Path.Combine(InteropDirectory, "browser_selftest.html")));
            h.Application = (e, data, client) =>
            {
                if (e == WssEvent.ClientTxtDataRx)
                {
                    var rx = (WssRxData)data;
                    string text = Encoding.UTF8.GetString(rx.Data, rx.Offset, rx.Length);
                    if (text == "ping-me")
                    {
                        Assert.AreEqual(WssResult.Success, h.Server.PingClient(serverPing, 0, serverPing.Length, client));
                    }
                    else if (text.StartsWith("RESULT ", StringComparison.Ordinal))
                    {
                        results.Enqueue((client, text));
                    }
                }
                else if (e == WssEvent.ClientPongRx)
                {
                    var rx = (WssRxData)data;
                    if (rx.Data.AsSpan(rx.Offset, rx.Length).SequenceEqual(serverPing))
                    {
                        pongs++;
                        Assert.AreEqual(WssResult.Success, h.Server.SendMessage(true, WssFrame.Text, pongSeen, 0, pongSeen.Length, client));
                    }
                }
            };

            string profile = Directory.CreateTempSubdirectory("nanowincs-chromium-").FullName;
            var info = new ProcessStartInfo(Chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "http://127.0.0.1:" + h.HostPort + "/" })
            {
                info.ArgumentList.Add(a);
            }

            var log = new ConcurrentQueue<string>();
            using var browser = new Process { StartInfo = info };
            browser.OutputDataReceived += (s, e) => log.Enqueue(e.Data);
            browser.ErrorDataReceived += (s, e) => log.Enqueue(e.Data);
            try
            {
                Assert.IsTrue(browser.Start());
                browser.BeginOutputReadLine();
                browser.BeginErrorReadLine();
                h.WaitUntil(() => !results.IsEmpty || browser.HasExited, "the page's RESULT message", TimeSpan.FromSeconds(60));
                Assert.IsTrue(results.TryPeek(out var result), "Chromium exited early: " + string.Join("\n", log));
                StringAssert.StartsWith(result.Line, "RESULT ok 20 messages, server ping answered", result.Line);
                h.WaitUntil(() => h.Events().Any(e => e.Event == WssEvent.ClientCloseFrameRx && e.Client == result.Client && e.Code == 1000), "the browser's close (1000)");
                h.WaitUntil(() => h.Invoke(() => h.Server.GetClientState(result.Client)) == WssState.Closed, "the server closed TCP");
                Assert.AreEqual(1, pongs);
                Assert.IsTrue(h.Events().Any(e => e.Event == WssEvent.ClientClosing && e.Code == 200), "the page came from the WebSocket port");
                Assert.AreEqual(0, h.EchoFailures);
                Console.WriteLine(result.Line);
            }
            finally
            {
                if (!browser.HasExited)
                {
                    browser.Kill(true);
                    browser.WaitForExit(10000);
                }

                try
                {
                    Directory.Delete(profile, true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }

        private static void AssertServerSawCleanClose(WssHarness h, int messages)
        {
            h.WaitUntil(() => h.Count(WssEvent.ClientClosed) == 1, "CLIENT_CLOSED");
            var events = h.Events();
            Assert.AreEqual(0, h.EchoFailures, h.LoopState());
            Assert.IsTrue(events.Count(e => e.Event == WssEvent.ClientTxtDataRx) >= messages / 2, h.LoopState());
            Assert.IsTrue(events.Count(e => e.Event == WssEvent.ClientBinDataRx) >= messages / 2, h.LoopState());
            Assert.AreEqual(0, events.Count(e => e.Event == WssEvent.ErrInvalidFrame), h.LoopState());
            Assert.IsTrue(events.Any(e => e.Event == WssEvent.ClientCloseFrameRx && e.Code == 1000), "the client closed with 1000" + h.LoopState());
        }

        /// <summary>Runs a client process with a bound; returns its output, or null (when not asserting) if it failed.</summary>
        private static string Run(string file, string[] args, TimeSpan limit, bool assertSuccess = true)
        {
            var info = new ProcessStartInfo(file)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string a in args)
            {
                info.ArgumentList.Add(a);
            }

            using var p = new Process { StartInfo = info };
            var output = new StringBuilder();
            p.OutputDataReceived += (s, e) =>
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            };
            p.ErrorDataReceived += (s, e) =>
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            };
            Assert.IsTrue(p.Start());
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            if (!p.WaitForExit((int)limit.TotalMilliseconds))
            {
                p.Kill(true);
                p.WaitForExit(5000);
                Assert.Fail(Path.GetFileName(file) + " did not finish within " + limit.TotalSeconds + " s: " + output);
            }

            p.WaitForExit();
            string text;
            lock (output)
            {
                text = output.ToString();
            }

            if (p.ExitCode != 0)
            {
                if (assertSuccess)
                {
                    Assert.Fail(Path.GetFileName(file) + " exited with " + p.ExitCode + ": " + text);
                }

                return null;
            }

            return text;
        }
    }
}
