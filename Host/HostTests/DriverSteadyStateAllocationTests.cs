// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Wifi;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// Steady-state work of the services allocates nothing: ping round trips, association queries and
    /// DNS answers through WincDriver, WincNet and WincWifi, over a replay transport that allocates
    /// nothing itself (through the in-process emulator its SDIO slave would run on the same thread).
    /// </summary>
    [TestClass]
    public sealed class DriverSteadyStateAllocationTests
    {
        private static int s_done;
        private static int s_rssi;
        private static int s_dnsAnswers;


        [TestMethod]
        public void PingAssocAndDnsAllocateNothingInTheServices()
        {
            // the driver and services alone, over an allocation-free replay transport
            s_dnsAnswers = 0;
            var device = new ReplayMessageDevice();
            device.AnswerWith(0x0B00, Aec(0x0B00, "08 00 00 04 C0 A8 01 01 | 02 03 00 01 02 00 00 00"));
            device.AnswerWith(0x1600, Aec(0x1600, "02 02 00 02 00 01 00 00 | 02 03 00 01 01 00 00 00 | 0B 02 00 06 02 11 22 33 44 55 00 00 | 02 03 00 01 D8 00 00 00"));
            device.AnswerWith(0x0501, Aec(0x0500, "02 03 00 01 01 00 00 00 | 05 01 00 0B 62 72 6F 6B 65 72 2E 74 65 73 74 00 | 08 00 00 04 0A 01 02 03"));
            var clock = new ManualClock();
            var driver = new WincDriver(device, device, clock, WincDriver.DefaultRequestCount, WincDriver.DefaultBurstCapacity);
            var wifi = new WincWifi(driver);
            var net = new WincNet(driver);
            driver.Initialize();
            for (int i = 0; i < 100 && !driver.IsReady; i++)
            {
                clock.Ticks += 50 * TimeSpan.TicksPerMillisecond;
                driver.Tasks();
            }

            Assert.IsTrue(driver.IsReady);
            byte[] gateway = { 192, 168, 1, 1 };
            IcmpEchoHandler onPing = OnPing;
            AssociationInfoHandler onAssoc = OnAssoc;
            DnsResolveHandler onDns = OnDns;
            Steps(driver, clock, net, wifi, gateway, onPing, onAssoc, onDns, 3);
            long before = GC.GetAllocatedBytesForCurrentThread();
            Steps(driver, clock, net, wifi, gateway, onPing, onAssoc, onDns, 100);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine("100 x (ping + ASSOC + DNS) through WincDriver, WincNet and WincWifi allocated " + allocated + " bytes");
            Assert.AreEqual(0L, allocated);
            Assert.AreEqual(-40, s_rssi);
            Assert.AreEqual(103, s_dnsAnswers);
            Assert.AreEqual(0, driver.CallbackExceptions);
        }

        private static void Steps(WincDriver driver, ManualClock clock, WincNet net, WincWifi wifi, byte[] gateway, IcmpEchoHandler onPing, AssociationInfoHandler onAssoc, DnsResolveHandler onDns, int count)
        {
            for (int i = 0; i < count; i++)
            {
                s_done = 0;
                Assert.AreEqual(DriverStatus.Ok, net.IcmpEchoRequestAddr(gateway, 0, 4, onPing));
                driver.Tasks();
                Assert.AreEqual(1, s_done);
                s_done = 0;
                Assert.AreEqual(DriverStatus.Ok, wifi.AssocInfoGet(1, onAssoc));
                driver.Tasks();
                Assert.AreEqual(1, s_done);
                s_done = 0;
                Assert.AreEqual(DriverStatus.Ok, net.DnsResolveDomain(DnsRecordType.A, "broker.test", 500, onDns));
                driver.Tasks();
                Assert.AreEqual(1, s_done);

                // past the DNS answer window: the resolution is closed by the task handler
                clock.Ticks += (WincNet.DnsAnswerWindowMs + 1) * TimeSpan.TicksPerMillisecond;
                driver.Tasks();
            }
        }

        private static byte[] Aec(ushort id, string elementsHex)
        {
            string[] parts = elementsHex.Replace("|", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int count = 0;
            var body = new System.Collections.Generic.List<byte>();
            for (int i = 0; i < parts.Length;)
            {
                int length = (Convert.ToByte(parts[i + 2], 16) << 8) | Convert.ToByte(parts[i + 3], 16);
                int size = 4 + length + ((4 - (length & 3)) & 3);
                for (int k = 0; k < size; k++)
                {
                    body.Add(Convert.ToByte(parts[i + k], 16));
                }

                i += size;
                count++;
            }

            var m = new System.Collections.Generic.List<byte> { 3, (byte)(id >> 8), (byte)id, 0, 0, (byte)(id >> 8), (byte)id, (byte)((body.Count + 1) >> 8), (byte)(body.Count + 1), (byte)count };
            m.AddRange(body);
            while ((m.Count & 3) != 0)
            {
                m.Add(0);
            }

            return m.ToArray();
        }

        private sealed class ManualClock : IWincClock
        {
            public long Ticks { get; set; } = TimeSpan.TicksPerDay;

            public long UtcTicks => Ticks;
        }

        private static void OnPing(WincNet net, RequestResult result, WincStatus error, byte[] address, int addressLength, int roundTripMs)
        {
            Assert.AreEqual(RequestResult.Ok, result);
            s_done = 1;
        }

        private static void OnAssoc(WincWifi wifi, RequestResult result, AssociationInfo info)
        {
            Assert.AreEqual(RequestResult.Ok, result);
            s_rssi = info.Rssi;
            s_done = 1;
        }

        private static void OnDns(WincNet net, DnsResult result)
        {
            Assert.AreEqual(DnsResolveStatus.Resolved, result.Status);
            s_dnsAnswers++;
            s_done = 1;
        }
    }
}
