// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;
using nanoFramework.TestFramework;

namespace Tests.Shared
{
    /// <summary>A WincDriver wired to a fake clock, bus and scripted transport, with an event log.</summary>
    public sealed class DriverHarness
    {
        private readonly SystemEvent[] _events = new SystemEvent[128];

        /// <summary>Creates a harness with a pool of <paramref name="requests"/> requests.</summary>
        /// <param name="requests">Pool size.</param>
        public DriverHarness(int requests)
            : this(requests, ScriptedMessageDevice.DefaultLogSize)
        {
        }

        /// <summary>Creates a harness with a pool of <paramref name="requests"/> requests whose transport keeps the last <paramref name="logSize"/> transmissions.</summary>
        /// <param name="requests">Pool size.</param>
        /// <param name="logSize">Transmissions the scripted transport keeps.</param>
        public DriverHarness(int requests, int logSize)
        {
            Clock = new FakeClock();
            Clock.UtcTicks = 1000 * System.TimeSpan.TicksPerMillisecond;
            Bus = new FakeBus(Clock);
            Device = new ScriptedMessageDevice(Clock, logSize);
            Driver = new WincDriver(Device, Bus, Clock, requests, WincDriver.DefaultBurstCapacity);
            Driver.RegisterSystemEventCallback(OnSystemEvent);
        }

        /// <summary>Gets the clock.</summary>
        public FakeClock Clock { get; private set; }

        /// <summary>Gets the bus.</summary>
        public FakeBus Bus { get; private set; }

        /// <summary>Gets the transport.</summary>
        public ScriptedMessageDevice Device { get; private set; }

        /// <summary>Gets the driver.</summary>
        public WincDriver Driver { get; private set; }

        /// <summary>Gets the number of system events seen.</summary>
        public int EventCount { get; private set; }

        /// <summary>System event <paramref name="index"/>.</summary>
        /// <param name="index">Event index.</param>
        /// <returns>The event.</returns>
        public SystemEvent GetEvent(int index)
        {
            return _events[index];
        }

        /// <summary>How many times <paramref name="systemEvent"/> was seen.</summary>
        /// <param name="systemEvent">The event.</param>
        /// <returns>Count.</returns>
        public int Count(SystemEvent systemEvent)
        {
            int n = 0;
            for (int i = 0; i < EventCount; i++)
            {
                if (_events[i] == systemEvent)
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>Calls Tasks <paramref name="times"/> times, moving the clock <paramref name="stepMs"/> before each.</summary>
        /// <param name="times">Calls.</param>
        /// <param name="stepMs">Milliseconds per call.</param>
        public void Run(int times, int stepMs)
        {
            for (int i = 0; i < times; i++)
            {
                Clock.Advance(stepMs);
                Driver.Tasks();
            }
        }

        /// <summary>Initializes and runs until the boot burst is on the wire (bring-up succeeds at the first step).</summary>
        public void RunToBootQuery()
        {
            Driver.Initialize();
            Driver.Tasks();
            Run(25, 10);
            Assert.AreEqual(1, Device.SentCount, "the boot burst was sent");
        }

        /// <summary>Answers the CFG/DI/NVMC boot burst (transmission 0 unless given) like a WINCS02 3.2.1 would.</summary>
        /// <param name="sentIndex">Transmission index of the boot burst.</param>
        public void AnswerBoot(int sentIndex)
        {
            ScriptedMessageDevice d = Device;
            Assert.AreEqual(3, d.GetSentCommandCount(sentIndex));
            Assert.AreEqual((ushort)CommandId.Cfg, d.GetSentId(sentIndex, 0));
            Assert.AreEqual((ushort)CommandId.Di, d.GetSentId(sentIndex, 1));
            Assert.AreEqual((ushort)CommandId.Nvmc, d.GetSentId(sentIndex, 2));
            d.Deliver(d.Response(sentIndex, 0).Int(1, 1).Str("WINCS02").ToArray());
            d.Deliver(d.Response(sentIndex, 0).Int(10, 1).Frac(3, 2).ToArray());
            d.Deliver(d.Response(sentIndex, 0).Int(11, 1).Int(1, 1).ToArray());
            d.Deliver(d.Response(sentIndex, 0).Int(12, 1).Int(7, 1).ToArray());
            d.Deliver(d.Response(sentIndex, 0).Int(13, 1).Str("a1ac4").ToArray());
            d.Deliver(d.Response(sentIndex, 0).Int(14, 1).Utc(1714000000).ToArray());
            d.AnswerStatus(sentIndex, 0, 0);
            d.Deliver(d.Response(sentIndex, 1).Int(1, 1).UInt(0x29C70053, 4).ToArray());
            d.Deliver(d.Response(sentIndex, 1).Int(14, 1).Int(2, 1).ToArray());
            d.Deliver(d.Response(sentIndex, 1).Frac(15, 0).UInt(5, 4).UInt(0x03020001, 4).UInt(0x60000000, 4).ToArray());
            d.Deliver(d.Response(sentIndex, 1).Frac(15, 1).UInt(4, 4).UInt(0x03010000, 4).UInt(0x600F0000, 4).ToArray());
            d.AnswerStatus(sentIndex, 1, 0);
            d.Deliver(d.Response(sentIndex, 2).Int(1, 1).UInt(0x000F0000, 4).ToArray());
            d.Deliver(d.Response(sentIndex, 2).Int(2, 1).Int(240, 2).ToArray());
            d.Deliver(d.Response(sentIndex, 2).Int(3, 1).Int(4096, 2).ToArray());
            d.AnswerStatus(sentIndex, 2, 0);
        }

        /// <summary>Initializes, answers the boot queries and asserts the driver is Ready.</summary>
        public void BringUp()
        {
            RunToBootQuery();
            AnswerBoot(0);
            Run(1, 10);
            Assert.AreEqual((int)SystemStatus.Ready, (int)Driver.Status);
        }

        private void OnSystemEvent(WincDriver driver, SystemEvent systemEvent)
        {
            if (EventCount < _events.Length)
            {
                _events[EventCount] = systemEvent;
            }

            EventCount++;
        }
    }
}
