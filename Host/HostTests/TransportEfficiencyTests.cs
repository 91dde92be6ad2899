// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// Bus efficiency of 1460-byte socket writes (printed). Measured: one write per mailbox 0.876 (payload) /
    /// 0.898 (whole messages) of the bytes clocked; five per mailbox 0.897 / 0.919; sixteen 0.911 / 0.933. What
    /// remains is what the specification requires per command and per answer (mailbox, grant, CMD53 framing,
    /// DATA_RDY before every FIFO read). The floors sit just under the measured figures to catch regressions.
    /// </summary>
    [TestClass]
    public sealed class TransportEfficiencyTests
    {
        public TestContext TestContext { get; set; }

        [TestMethod]
        [DataRow(1, 20, 1, 0.875)]
        [DataRow(1, 20, 4, 0.875)]
        [DataRow(5, 8, 1, 0.895)]
        [DataRow(5, 8, 2, 0.895)]
        [DataRow(16, 4, 2, 0.91)]
        public void SocketWriteEfficiency(int writesPerBurst, int bursts, int pipeline, double floor)
        {
            TransportEfficiency.Figure figure = TransportEfficiency.Measure(writesPerBurst, bursts, pipeline);
            TestContext.WriteLine(figure.ToString());
            Console.WriteLine(figure.ToString());
            Assert.AreEqual(1496L * writesPerBurst * bursts, figure.CommandBytes);
            Assert.IsTrue(figure.PayloadRatio >= floor, figure.ToString());
        }
    }
}
