// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Messaging;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator;

namespace nanoWincs.Host.Tests
{
    /// <summary>The driver core runs over the real transport and the emulated module: reset pulse, bring-up, boot queries.</summary>
    [TestClass]
    public sealed class DriverOverTransportTests
    {
        [TestMethod]
        public void DriverCoreReachesReadyOverMessageDeviceAndTheEmulator()
        {
            var firmware = new TransportTestFirmware();
            var emulator = new Wincs02Emulator(firmware, new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(10) });
            var device = new MessageDevice(emulator.Bus);
            var clock = new StepClock();
            var driver = new WincDriver(device, emulator.Bus, clock, WincDriver.DefaultRequestCount, WincDriver.DefaultBurstCapacity);
            driver.Initialize();

            var watch = Stopwatch.StartNew();
            while (!driver.IsReady && watch.ElapsedMilliseconds < 5000)
            {
                clock.Advance(TimeSpan.FromMilliseconds(20));
                driver.Tasks();
                Thread.Sleep(1);
            }

            Assert.IsTrue(driver.IsReady, "driver status " + driver.Status + ", protocol log: " + string.Join(" | ", emulator.ProtocolLog));
            EmulatorCounters counters = emulator.Counters;
            Assert.AreEqual(1L, counters.ResetPulses);
            Assert.AreEqual(3L, counters.CommandMessages, "CFG, DI and NVMC queries");
            Assert.AreEqual(1L, counters.HostMailboxes, "the three boot queries share one mailbox");
            Assert.AreEqual(3L, counters.MessagesToHost);
            Assert.AreEqual(0L, counters.ProtocolErrors);
            Assert.AreEqual(0x03, firmware.Commands[0][1], "CFG module id first");
        }

        private sealed class StepClock : IWincClock
        {
            private long _ticks = TimeSpan.TicksPerDay;

            public long UtcTicks => Interlocked.Read(ref _ticks);

            public void Advance(TimeSpan step)
            {
                Interlocked.Add(ref _ticks, step.Ticks);
            }
        }
    }
}
