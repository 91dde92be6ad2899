// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Benchmarks;

namespace nanoWincs.Host.Tests.Wss
{
    /// <summary>
    /// Receiving and echoing a WebSocket message allocates nothing in steady state, on the thread that runs
    /// the application loop (Driver.Tasks, WssServer.Task): WssServer, WssConnection, the parser, the net
    /// service and the driver together. Uses Host/Benchmarks/WssBenchmarks (the alloc.wss_echo figures).
    /// </summary>
    [TestClass]
    public sealed class WssAllocationTests
    {
        [TestMethod]
        [DataRow(125, 2000)]
        [DataRow(4096, 1000)]
        public void EchoingAMessageAllocatesNothingAfterWarmUp(int size, int messages)
        {
            using var bench = new WssBenchmarks();
            bench.Echo(size, 300);
            WssBenchmarks.EchoResult r = bench.Echo(size, messages);
            Console.WriteLine(r);
            Assert.AreEqual(0L, r.DeviceBytes, "bytes allocated by the device code for " + messages + " echoes: " + r);
        }
    }
}
