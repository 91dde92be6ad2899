// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Wifi.Tests.Helpers
{
    /// <summary>
    /// A WincDriver brought up on a fake clock, bus and scripted transport, with a Wi-Fi service whose
    /// application callback records every event. Transmission 0 is the driver's boot burst.
    /// </summary>
    public sealed class WifiHarness
    {
        /// <summary>Creates the harness with 16 requests, brings the driver up and creates the service (not opened).</summary>
        public WifiHarness()
            : this(16, true)
        {
        }

        /// <summary>Creates the harness and the service (not opened), and brings the driver up if asked.</summary>
        /// <param name="requests">Requests in the driver's pool.</param>
        /// <param name="bringUp">True to initialize the driver and answer its boot queries.</param>
        public WifiHarness(int requests, bool bringUp)
        {
            Clock = new FakeClock();
            Clock.UtcTicks = 1000 * TimeSpan.TicksPerMillisecond;
            Bus = new FakeBus(Clock);
            Device = new ScriptedMessageDevice(Clock);
            Driver = new WincDriver(Device, Bus, Clock, requests, WincDriver.DefaultBurstCapacity);
            Service = new WincsWifiService(Driver);
            Events = new EventLog();
            Assert.AreEqual((int)WincsResult.Pass, (int)Service.SrvCtrl(WifiService.SetCallback, Events.Callback));
            if (bringUp)
            {
                BringUp();
            }
        }

        /// <summary>Gets the clock.</summary>
        public FakeClock Clock { get; private set; }

        /// <summary>Gets the bus.</summary>
        public FakeBus Bus { get; private set; }

        /// <summary>Gets the transport.</summary>
        public ScriptedMessageDevice Device { get; private set; }

        /// <summary>Gets the driver.</summary>
        public WincDriver Driver { get; private set; }

        /// <summary>Gets the Wi-Fi service.</summary>
        public WincsWifiService Service { get; private set; }

        /// <summary>Gets the application callback's log.</summary>
        public EventLog Events { get; private set; }

        /// <summary>Gets the number of bursts transmitted (boot burst included).</summary>
        public int Sent => Device.SentCount;

        /// <summary>Opens the driver through the service.</summary>
        public void Open()
        {
            Assert.AreEqual((int)WincsResult.Pass, (int)Service.SrvCtrl(WifiService.OpenDriver, null));
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

        /// <summary>Runs Tasks once (transmits what was queued, delivers what was scripted).</summary>
        public void Step()
        {
            Run(1, 1);
        }

        /// <summary>Carries out a request and asserts its result.</summary>
        /// <param name="expected">Expected result.</param>
        /// <param name="request">Request.</param>
        /// <param name="argument">Argument.</param>
        public void Expect(WincsResult expected, WifiService request, object argument)
        {
            Assert.AreEqual((int)expected, (int)Service.SrvCtrl(request, argument), "result of request " + ((int)request).ToString());
        }

        /// <summary>Transmission <paramref name="index"/> with the sequence numbers zeroed, as hex.</summary>
        /// <param name="index">Transmission index.</param>
        /// <returns>The bytes.</returns>
        public byte[] SentWithoutSequence(int index)
        {
            byte[] sent = Device.GetSent(index);
            byte[] copy = new byte[sent.Length];
            Array.Copy(sent, copy, sent.Length);
            int commands = Device.GetSentCommandCount(index);
            int offset = 0;
            for (int c = 0; c < commands; c++)
            {
                copy[offset + 3] = 0;
                copy[offset + 4] = 0;
                int length = (copy[offset + 6] << 8) | copy[offset + 7];
                offset += (8 + length + 3) & ~3;
            }

            return copy;
        }

        /// <summary>Asserts the bytes of a transmission (sequence numbers zeroed).</summary>
        /// <param name="index">Transmission index.</param>
        /// <param name="hex">The golden vector.</param>
        public void ExpectSent(int index, string hex)
        {
            Assert.IsTrue(index < Sent, "transmission " + index.ToString() + " was sent");
            byte[] actual = SentWithoutSequence(index);
            CollectionAssert.AreEqual(Hex.Parse(hex), actual, Hex.Format(actual));
        }

        /// <summary>Answers every command of a transmission with a status.</summary>
        /// <param name="index">Transmission index.</param>
        /// <param name="status">The status for all commands.</param>
        public void AnswerAll(int index, WincStatus status)
        {
            int n = Device.GetSentCommandCount(index);
            for (int c = 0; c < n; c++)
            {
                Device.AnswerStatus(index, c, (ushort)status);
            }
        }

        /// <summary>Answers every command of a transmission with OK except one, which gets <paramref name="failure"/>.</summary>
        /// <param name="index">Transmission index.</param>
        /// <param name="failing">Index of the failing command.</param>
        /// <param name="failure">Its status.</param>
        public void AnswerAllBut(int index, int failing, WincStatus failure)
        {
            int n = Device.GetSentCommandCount(index);
            for (int c = 0; c < n; c++)
            {
                Device.AnswerStatus(index, c, c == failing ? (ushort)failure : (ushort)0);
            }
        }

        /// <summary>Answers every command of a transmission with OK and runs Tasks.</summary>
        /// <param name="index">Transmission index.</param>
        public void Ok(int index)
        {
            AnswerAll(index, WincStatus.Ok);
            Step();
        }

        /// <summary>Delivers an AEC and runs Tasks.</summary>
        /// <param name="aec">The AEC.</param>
        public void Deliver(MessageBuilder aec)
        {
            Device.Deliver(aec.ToArray());
            Step();
        }

        /// <summary>Starts an AEC.</summary>
        /// <param name="id">AEC id.</param>
        /// <returns>A builder.</returns>
        public static MessageBuilder Aec(AecId id)
        {
            return MessageBuilder.Aec((ushort)id);
        }

        /// <summary>Initializes the driver, answers the CFG/DI/NVMC boot burst (transmission 0) like a WINCS02 3.2.1 and asserts Ready.</summary>
        public void BringUp()
        {
            Driver.Initialize();
            Driver.Tasks();
            Run(25, 10);
            Assert.AreEqual(1, Device.SentCount, "the boot burst was sent");
            AnswerBoot(0);
            Run(1, 10);
            Assert.AreEqual((int)SystemStatus.Ready, (int)Driver.Status);
        }

        /// <summary>Queues the answers of a WINCS02 3.2.1 to the CFG/DI/NVMC boot burst.</summary>
        /// <param name="index">Transmission index of the boot burst.</param>
        public void AnswerBoot(int index)
        {
            ScriptedMessageDevice d = Device;
            d.Deliver(d.Response(index, 0).Int(10, 1).Frac(3, 2).ToArray());
            d.Deliver(d.Response(index, 0).Int(11, 1).Int(1, 1).ToArray());
            d.Deliver(d.Response(index, 0).Int(12, 1).Int(7, 1).ToArray());
            d.Deliver(d.Response(index, 0).Int(13, 1).Str("a1ac4").ToArray());
            d.Deliver(d.Response(index, 0).Int(14, 1).Utc(1714000000).ToArray());
            d.AnswerStatus(index, 0, 0);
            d.Deliver(d.Response(index, 1).Int(1, 1).UInt(0x29C70053, 4).ToArray());
            d.Deliver(d.Response(index, 1).Int(14, 1).Int(2, 1).ToArray());
            d.Deliver(d.Response(index, 1).Frac(15, 0).UInt(5, 4).UInt(0x03020001, 4).UInt(0x60000000, 4).ToArray());
            d.Deliver(d.Response(index, 1).Frac(15, 1).UInt(4, 4).UInt(0x03010000, 4).UInt(0x600F0000, 4).ToArray());
            d.AnswerStatus(index, 1, 0);
            d.Deliver(d.Response(index, 2).Int(1, 1).UInt(0x000F0000, 4).ToArray());
            d.Deliver(d.Response(index, 2).Int(2, 1).Int(240, 2).ToArray());
            d.Deliver(d.Response(index, 2).Int(3, 1).Int(4096, 2).ToArray());
            d.AnswerStatus(index, 2, 0);
        }
    }
}
