// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests.Wss
{
    /// <summary>
    /// The README's main command, as a user types it: <c>dotnet run --project Host/Samples/WebSocketEcho</c> (with <c>-- --port N</c> when port 8000 is taken)
    /// from the repository root (Samples/WebSocketEcho/Program.cs unchanged, on the emulated board). A
    /// browser's GET gets the sample's page from the WebSocket port, ClientWebSocket gets its text and
    /// binary echoes and a clean close, and the sample prints its [APP] lines. Then the test stops it.
    /// </summary>
    [TestClass]
    public sealed class WebSocketEchoSampleTests
    {
        // dotnet run builds the sample first if the solution build has not (minutes on a busy machine)
        private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(300);
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        [TestMethod]
        public void DotnetRunServesThePageAndEchoesOverClientWebSocket()
        {
            // the README's command exactly when the default port is free (as on CI), else the same with --port
            int port = DefaultPortIsFree() ? 8000 : NetStack.FreeTcpPort();
            string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            var info = new ProcessStartInfo(string.IsNullOrEmpty(dotnet) ? "dotnet" : dotnet)
            {
                WorkingDirectory = NfprojConsistencyTests.RepoRoot,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            string[] command = port == 8000
                ? new[] { "run", "--project", "Host/Samples/WebSocketEcho" }
                : new[] { "run", "--project", "Host/Samples/WebSocketEcho", "--", "--port", port.ToString() };
            foreach (string a in command)
            {
                info.ArgumentList.Add(a);
            }

            var lines = new List<string>();
            using var sample = new Process { StartInfo = info };
            sample.OutputDataReceived += (s, e) => Add(lines, e.Data);
            sample.ErrorDataReceived += (s, e) => Add(lines, e.Data);
            try
            {
                Assert.IsTrue(sample.Start());
                sample.BeginOutputReadLine();
                sample.BeginErrorReadLine();
                WaitForLine(lines, sample, l => l.StartsWith("[APP] : WebSocket echo server at ws://192.168.1.100:8000/", StringComparison.Ordinal), StartLimit);
                Assert.IsTrue(Snapshot(lines).Any(l => l == "[BOARD] Open http://127.0.0.1:" + port + "/ (page and WebSocket on the module's port 8000)"), Output(lines));
                Assert.IsTrue(Snapshot(lines).Contains("[APP] : Open http://192.168.1.100:8000/ in a browser"), Output(lines));

                // the page, from the WebSocket port
                using (var http = new HttpClient { Timeout = Wait })
                {
                    HttpResponseMessage page = http.GetAsync("http://127.0.0.1:" + port + "/").GetAwaiter().GetResult();
                    Assert.AreEqual(HttpStatusCode.OK, page.StatusCode);
                    Assert.AreEqual("text/html", page.Content.Headers.ContentType.MediaType);
                    string html = page.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                    StringAssert.Contains(html, "<title>nanoWincs WebSocket echo</title>");
                    StringAssert.Contains(html, "new WebSocket('ws://' + location.host + '/echo')");
                    Assert.AreEqual(page.Content.Headers.ContentLength, Encoding.UTF8.GetByteCount(html));
                }

                WaitForLine(lines, sample, l => Regex.IsMatch(l, @"^\[APP\] : Client \d got the page$"), Wait);

                // the echo, over .NET's ClientWebSocket
                using (var cts = new CancellationTokenSource(Wait))
                using (var ws = new ClientWebSocket())
                {
                    ws.ConnectAsync(new Uri("ws://127.0.0.1:" + port + "/echo"), cts.Token).GetAwaiter().GetResult();
                    byte[] buffer = new byte[8192];
                    byte[] text = Encoding.UTF8.GetBytes("h\u00e9llo from the test \u20ac");
                    ws.SendAsync(text, WebSocketMessageType.Text, true, cts.Token).GetAwaiter().GetResult();
                    WebSocketReceiveResult r = ws.ReceiveAsync(buffer, cts.Token).GetAwaiter().GetResult();
                    Assert.AreEqual(WebSocketMessageType.Text, r.MessageType);
                    Assert.IsTrue(r.EndOfMessage);
                    CollectionAssert.AreEqual(text, buffer.AsSpan(0, r.Count).ToArray());

                    byte[] binary = Enumerable.Range(0, 4096).Select(i => (byte)(i * 13)).ToArray();
                    ws.SendAsync(binary, WebSocketMessageType.Binary, true, cts.Token).GetAwaiter().GetResult();
                    int got = 0;
                    do
                    {
                        r = ws.ReceiveAsync(new ArraySegment<byte>(buffer, got, buffer.Length - got), cts.Token).GetAwaiter().GetResult();
                        got += r.Count;
                    }
                    while (!r.EndOfMessage);
                    Assert.AreEqual(WebSocketMessageType.Binary, r.MessageType);
                    CollectionAssert.AreEqual(binary, buffer.AsSpan(0, got).ToArray());

                    ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "test done", cts.Token).GetAwaiter().GetResult();
                    Assert.AreEqual(WebSocketCloseStatus.NormalClosure, ws.CloseStatus);
                }

                WaitForLine(lines, sample, l => Regex.IsMatch(l, @"^\[APP\] : Client \d connected \(/echo\)$"), Wait);
                WaitForLine(lines, sample, l => Regex.IsMatch(l, @"^\[APP\] : Client \d sent close 1000$"), Wait);
                WaitForLine(lines, sample, l => Snapshot(lines).Count(x => Regex.IsMatch(x, @"^\[APP\] : Client \d closed$")) == 2, Wait);
                Assert.IsFalse(Snapshot(lines).Any(l => l.StartsWith("[APP_ERROR]", StringComparison.Ordinal) || l.Contains("echo refused", StringComparison.Ordinal)), Output(lines));

                // stop it as a user would (the emulated board reads commands on standard input)
                sample.StandardInput.WriteLine("exit");
                sample.StandardInput.Flush();
                Assert.IsTrue(sample.WaitForExit((int)Wait.TotalMilliseconds), "the sample stops on 'exit'" + Output(lines));
            }
            finally
            {
                if (!sample.HasExited)
                {
                    sample.Kill(true);
                    sample.WaitForExit(10000);
                }
            }
        }

        private static void Add(List<string> lines, string line)
        {
            if (line != null)
            {
                lock (lines)
                {
                    lines.Add(line);
                }
            }
        }

        private static List<string> Snapshot(List<string> lines)
        {
            lock (lines)
            {
                return new List<string>(lines);
            }
        }

        private static string Output(List<string> lines)
        {
            return "\n--- sample output ---\n" + string.Join("\n", Snapshot(lines));
        }

        private static void WaitForLine(List<string> lines, Process sample, Func<string, bool> match, TimeSpan limit)
        {
            var watch = Stopwatch.StartNew();
            while (!Snapshot(lines).Any(match))
            {
                if (watch.Elapsed > limit || sample.HasExited)
                {
                    Assert.Fail("the expected line did not come" + (sample.HasExited ? " (the sample exited)" : string.Empty) + Output(lines));
                }

                Thread.Sleep(20);
            }
        }

        private static bool DefaultPortIsFree()
        {
            try
            {
                var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 8000);
                probe.Start();
                probe.Stop();
                return true;
            }
            catch (System.Net.Sockets.SocketException)
            {
                return false;
            }
        }
    }
}
