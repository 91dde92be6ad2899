// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The SoftApDhcpServer sample (Samples/SoftApDhcpServer/Program.cs unchanged) as its own process on
    /// the emulated board: the DHCP server and the soft AP start with the configured channel and
    /// visibility, three emulated stations join, and each lease is printed with the station's MAC
    /// address, association id and the exact address from the pool.
    /// </summary>
    [TestClass]
    public sealed class SoftApDhcpServerSampleTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        [TestMethod]
        public void SoftApSamplePrintsEachStationLease()
        {
            using var sample = new SampleProcess("SoftApDhcpServer.dll", "--stations", "3", "--channel", "11", "--hidden", "--exit-after", "60");
            sample.WaitForLine("[APP] : Station 02:AA:BB:CC:DD:03 (association 3) leased 192.168.1.52", 1, Wait);
            sample.WaitForLine("[APP] : Stations on the AP: 3", 1, Wait);
            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());

            sample.AssertInOrder(
                "Setting REG domain to GEN",
                "Set Reg Domain -> SUCCESS",
                "[APP] : DHCP server on 192.168.1.1, pool from 192.168.1.50",
                "[APP] : Starting Soft AP 'nanoWincs-AP' on channel 11 (hidden)",
                "[APP] : Soft AP up: join 'nanoWincs-AP' with passphrase 'nanowincs123', the AP is 192.168.1.1",
                "[APP] : Station 02:AA:BB:CC:DD:01 (association 1) leased 192.168.1.50",
                "[APP] : Station 02:AA:BB:CC:DD:02 (association 2) leased 192.168.1.51",
                "[APP] : Station 02:AA:BB:CC:DD:03 (association 3) leased 192.168.1.52");
            sample.AssertInOrder(
                "[BOARD] station 02:AA:BB:CC:DD:01 joined 'nanoWincs-AP' (association 1)",
                "[BOARD] station 02:AA:BB:CC:DD:02 joined 'nanoWincs-AP' (association 2)",
                "[BOARD] station 02:AA:BB:CC:DD:03 joined 'nanoWincs-AP' (association 3)");
            Assert.AreEqual(3, sample.Lines.Count(l => l.Contains(" leased ", StringComparison.Ordinal)), "one lease per station" + sample.Output());
            Assert.AreEqual(1, sample.Lines.Count(l => l == "[APP] : Stations on the AP: 3"), sample.Output());
            sample.AssertNoErrors();
        }
    }
}
