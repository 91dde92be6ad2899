// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Globalization;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The DnsPingSntp sample (Samples/DnsPingSntp/Program.cs unchanged) run as its own process on the
    /// emulated board: after DHCP it resolves the names its bootstrap put in the module's DNS table (one
    /// and two addresses), gets a clean error line for an unknown name, pings with the RTT the module
    /// reports, and prints the SNTP time, which must be the host's clock.
    /// </summary>
    [TestClass]
    public sealed class SamplesDnsPingSntpTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        [TestMethod]
        public void DnsPingSntpSampleResolvesPingsAndPrintsTheSntpTime()
        {
            using var sample = new SampleProcess("DnsPingSntp.dll", "--exit-after", "60");
            string sntp = sample.WaitForLine(l => l.StartsWith("[APP] : SNTP UP : ", StringComparison.Ordinal), "the SNTP time", Wait);
            DateTime seenAt = DateTime.UtcNow;
            sample.WaitForLine("[APP] : Done", 1, Wait);
            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());

            sample.AssertInOrder(
                "Firmware Version: 3.2.0",
                "Set Reg Domain -> SUCCESS",
                "[APP] : Wi-Fi Connecting to : HomeNet",
                "[APP] : Wi-Fi Connected    ",
                "[APP] : DHCP IPv4 : 192.168.1.100",
                "[APP] : DNS resolve : www.example.com",
                "[APP] : DNS resolved : www.example.com -> 93.184.216.34",
                "[APP] : DNS done : www.example.com : 1 address(es)",
                "[APP] : DNS resolve : cdn.example.org",
                "[APP] : DNS resolved : cdn.example.org -> 203.0.113.10",
                "[APP] : DNS resolved : cdn.example.org -> 203.0.113.11",
                "[APP] : DNS done : cdn.example.org : 2 address(es)",
                "[APP] : DNS resolve : no-such-host.invalid",
                "[APP] : DNS error : no-such-host.invalid is unknown",
                "[APP] : Ping 8.8.8.8",
                "[APP] : Ping reply from 8.8.8.8 : RTT = 7 ms",
                "[APP] : SNTP server : pool.ntp.org",
                sntp,
                "[APP] : Done");

            // exactly the addresses of the table, each once; the unknown name has no address line
            Assert.AreEqual(3, sample.AppLines().Count(l => l.StartsWith("[APP] : DNS resolved : ", StringComparison.Ordinal)), sample.Output());
            Assert.AreEqual(0, sample.AppLines().Count(l => l.Contains("no answer", StringComparison.Ordinal) || l.StartsWith("[APP_ERROR]", StringComparison.Ordinal)), sample.Output());

            // the module's SNTP time is the host clock: the printed second is within a few seconds of when the line came
            DateTime printed = DateTime.ParseExact(sntp.Substring("[APP] : SNTP UP : ".Length), "yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            double offset = (seenAt - printed).TotalSeconds;
            Assert.IsTrue(offset > -1 && offset < 4, "SNTP time " + printed.ToString("o") + " vs host " + seenAt.ToString("o") + sample.Output());
        }
    }
}
