// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;
using Tests.Shared;
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
            Harness = new DriverHarness(requests);
            Service = new WincsWifiService(Driver);
            Events = new EventLog();
            Assert.AreEqual((int)WincsResult.Pass, (int)Service.SrvCtrl(WifiService.SetCallback, Events.Callback));
            if (bringUp)
            {
                BringUp();
            }
        }

        /// <summary>Gets the driver, clock, bus and transport (Tests/Shared).</summary>
        public DriverHarness Harness { get; private set; }

        /// <summary>Gets the clock.</summary>
        public FakeClock Clock => Harness.Clock;

        /// <summary>Gets the bus.</summary>
        public FakeBus Bus => Harness.Bus;

        /// <summary>Gets the transport.</summary>
        public ScriptedMessageDevice Device => Harness.Device;

        /// <summary>Gets the driver.</summary>
        public WincDriver Driver => Harness.Driver;

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
            Harness.Run(times, stepMs);
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
            Harness.BringUp();
        }

        /// <summary>Queues the answers of a WINCS02 3.2.1 to the CFG/DI/NVMC boot burst.</summary>
        /// <param name="index">Transmission index of the boot burst.</param>
        public void AnswerBoot(int index)
        {
            Harness.AnswerBoot(index);
        }
    }
}
