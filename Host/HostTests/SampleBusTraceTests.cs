// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// <c>--trace FILE</c> of the emulated board (Host/Samples/Common/EmulatedBoard.cs): the TcpClientEcho
    /// sample, run as its own process against a loopback peer, writes the bus trace of its whole run to the file.
    /// </summary>
    [TestClass]
    public sealed class SampleBusTraceTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

        [TestMethod]
        public void SampleWithTraceWritesTheBusTraceFile()
        {
            string path = Path.Combine(Path.GetTempPath(), "nanowincs-trace-" + Guid.NewGuid().ToString("N") + ".txt");
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            string sample = Path.Combine(AppContext.BaseDirectory, "TcpClientEcho.dll");
            Assert.IsTrue(File.Exists(sample), sample + " was not built beside the tests");
            string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            var info = new ProcessStartInfo(string.IsNullOrEmpty(dotnet) ? "dotnet" : dotnet)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            foreach (string a in new[] { sample, "--server-port", port.ToString(), "--exit-after", "60", "--trace", path })
            {
                info.ArgumentList.Add(a);
            }

            var output = new List<string>();
            using var process = new Process { StartInfo = info };
            process.OutputDataReceived += (s, e) => Add(output, e.Data);
            process.ErrorDataReceived += (s, e) => Add(output, e.Data);
            try
            {
                Assert.IsTrue(process.Start());
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
                var accept = listener.AcceptTcpClientAsync();
                Assert.IsTrue(accept.Wait(Wait), "the sample did not connect" + Output(output));
                using TcpClient peer = accept.Result;
                var watch = Stopwatch.StartNew();
                while (!File.Exists(path) || !ReadShared(path).Any(l => l.Contains("<- AEC    SOCKIND 1, 192.168.1.100, ", StringComparison.Ordinal)))
                {
                    Assert.IsTrue(watch.Elapsed < Wait, "no SOCKIND in the trace" + Output(output));
                    Thread.Sleep(20);
                }

                process.StandardInput.WriteLine("exit");
                process.StandardInput.Flush();
                Assert.IsTrue(process.WaitForExit((int)Wait.TotalMilliseconds), "the sample exits" + Output(output));

                List<string> lines = ReadShared(path);
                var stamped = new Regex(@"^ *[0-9]+\.[0-9]{3} (-> REQ    |<- (RSP    |STATUS |AEC    )|<x |\*\* SDIO   )", RegexOptions.CultureInvariant);
                foreach (string line in lines)
                {
                    Assert.IsTrue(stamped.IsMatch(line), "not a trace line: '" + line + "'");
                }

                List<string> masked = lines.Select(l => Regex.Replace(l, @"^ *[0-9]+\.[0-9]{3} ", string.Empty)).ToList();
                string[] expected =
                {
                    "** SDIO   RESETN low: module held in reset",
                    "** SDIO   CMD0: link reset",
                    "<- AEC    BOOT",
                    "-> REQ    CFG #0",
                    "<- STATUS CFG #0 OK",
                    "-> REQ    WSTAC #",
                    "-> REQ    WSTA #",
                    "<- AEC    WSTAAIP 1, 192.168.1.100",
                    "-> REQ    SOCKO #",
                    "-> REQ    SOCKBR #",
                    "<- AEC    SOCKIND 1, 192.168.1.100, ",
                };
                int at = 0;
                foreach (string e in expected)
                {
                    int found = masked.FindIndex(at, l => l.StartsWith(e, StringComparison.Ordinal));
                    Assert.IsTrue(found >= 0, "'" + e + "...' after line " + at + " of the trace:\n" + string.Join("\n", lines));
                    at = found + 1;
                }

                Assert.IsTrue(masked.Any(l => l == "-> REQ    WSTAC #" + Sequence(masked, "WSTAC") + " 1, \"HomeNet\""), string.Join("\n", lines));
                CollectionAssert.Contains(output, "[BOARD] WINCS02 emulator on SPI1 CS5, RESETN GPIO4, INTOUT GPIO27; access point 'HomeNet'; 192.168.1.10 is 127.0.0.1; bus trace to " + path, Output(output));
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(true);
                    process.WaitForExit(5000);
                }

                File.Delete(path);
            }
        }

        private static string Sequence(List<string> masked, string command)
        {
            string line = masked.First(l => l.StartsWith("-> REQ    " + command + " #", StringComparison.Ordinal));
            return line.Substring(("-> REQ    " + command + " #").Length).Split(' ')[0];
        }

        private static List<string> ReadShared(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var lines = new List<string>();
            string line;
            while ((line = reader.ReadLine()) != null)
            {
                lines.Add(line);
            }

            return lines;
        }

        private static void Add(List<string> output, string line)
        {
            if (line != null)
            {
                lock (output)
                {
                    output.Add(line);
                }
            }
        }

        private static string Output(List<string> output)
        {
            lock (output)
            {
                return "\n--- sample output ---\n" + string.Join("\n", output);
            }
        }
    }
}
