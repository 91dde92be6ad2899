// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>A sample run with <c>dotnet</c>: lines of its output collected, commands written to its standard input, killed on dispose.</summary>
    internal sealed class SampleProcess : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = new List<string>();

        public SampleProcess(string assembly, params string[] args)
        {
            string path = Path.Combine(AppContext.BaseDirectory, assembly);
            Assert.IsTrue(File.Exists(path), path + " was not built beside the tests");
            string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            var info = new ProcessStartInfo(string.IsNullOrEmpty(dotnet) ? "dotnet" : dotnet)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            info.ArgumentList.Add(path);
            foreach (string a in args)
            {
                info.ArgumentList.Add(a);
            }

            _process = new Process { StartInfo = info };
            _process.OutputDataReceived += (s, e) => Add(e.Data);
            _process.ErrorDataReceived += (s, e) => Add(e.Data);
            Assert.IsTrue(_process.Start());
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public List<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return _lines.ToList();
                }
            }
        }

        public void Send(string command)
        {
            _process.StandardInput.WriteLine(command);
            _process.StandardInput.Flush();
        }

        public void WaitForLine(string line, int occurrence, TimeSpan timeout)
        {
            var watch = Stopwatch.StartNew();
            while (Lines.Count(l => l == line) < occurrence)
            {
                if (watch.Elapsed > timeout || _process.HasExited)
                {
                    Assert.Fail("waiting for line " + occurrence + " '" + line + "'" + Output());
                }

                Thread.Sleep(10);
            }
        }

        /// <summary>Waits for the first line that <paramref name="match"/> accepts and returns it; fails after <paramref name="timeout"/> or when the sample exits.</summary>
        public string WaitForLine(Func<string, bool> match, string what, TimeSpan timeout)
        {
            var watch = Stopwatch.StartNew();
            while (true)
            {
                string found = Lines.FirstOrDefault(match);
                if (found != null)
                {
                    return found;
                }

                if (watch.Elapsed > timeout || _process.HasExited)
                {
                    Assert.Fail("waiting for " + what + Output());
                }

                Thread.Sleep(10);
            }
        }

        /// <summary>The sample's own lines (the board's "[BOARD]" lines left out).</summary>
        public List<string> AppLines()
        {
            return Lines.Where(l => !l.StartsWith("[BOARD]", StringComparison.Ordinal)).ToList();
        }

        /// <summary>Waits for the first line <paramref name="match"/> accepts and returns it.</summary>
        public string WaitForMatch(Func<string, bool> match, string what, TimeSpan timeout)
        {
            return WaitForLine(match, what, timeout);
        }

        /// <summary>Asserts the sample printed no error line (<c>[APP_ERROR]</c> or <c>ERROR</c>).</summary>
        public void AssertNoErrors()
        {
            Assert.AreEqual(0, Lines.Count(l => l.StartsWith("ERROR", StringComparison.Ordinal) || l.StartsWith("[APP_ERROR]", StringComparison.Ordinal)), Output());
        }

        /// <summary>Asserts that every expected line appears, in this order (other lines, the board's included, may come between).</summary>
        public void AssertInOrder(params string[] expected)
        {
            List<string> lines = Lines;
            int at = 0;
            foreach (string e in expected)
            {
                int found = lines.FindIndex(at, l => l == e);
                Assert.IsTrue(found >= 0, "'" + e + "' after line " + at + Output());
                at = found + 1;
            }
        }

        public bool WaitForExit(TimeSpan timeout)
        {
            return _process.WaitForExit((int)timeout.TotalMilliseconds);
        }

        public string Output()
        {
            return "\n--- sample output ---\n" + string.Join("\n", Lines);
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(true);
                    _process.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
            }

            _process.Dispose();
        }

        private void Add(string line)
        {
            if (line == null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }
}
