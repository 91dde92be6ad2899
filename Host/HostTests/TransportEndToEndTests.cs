// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Linq;
using System.Threading;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Transport;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator;

namespace nanoWincs.Host.Tests
{
    /// <summary>The driver's MessageDevice against the emulated module: bring-up, bursts, every message size, AECs.</summary>
    [TestClass]
    public sealed class TransportEndToEndTests
    {
        [TestMethod]
        public void BringUpWaitsForTheBootAndTheReadyPoll()
        {
            var h = new TransportHarness(new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(30), OpWaitingPolls = 2 });
            h.BringUp();
            Assert.IsTrue(h.InitSteps.Contains(SdioStatus.ResetWaiting));
            Assert.AreEqual(2, h.InitSteps.Count(s => s == SdioStatus.OpWaiting));
            Assert.AreEqual(SdioStatus.Ok, h.InitSteps.Last());
            Assert.AreEqual(SdioInitState.Running, h.Device.Sdio.InitState);
            Assert.IsTrue(h.Device.IsRunning);
            Assert.AreEqual(1L, h.Emulator.Counters.ResetPulses);
            Assert.AreEqual(2, h.Firmware.Resets); // power-on and the pulse
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(3)]
        [DataRow(16)]
        public void BurstIsDeliveredCommandByCommandAndAnsweredInOrder(int count)
        {
            var h = new TransportHarness();
            h.BringUp();
            h.Emulator.ResetCounters();
            byte[][] commands = Enumerable.Range(0, count).Select(i => TransportHarness.Command(0x0E0B, 4 + ((i * 13) % 57), (byte)i)).ToArray();
            CommandBurst burst = TransportHarness.Burst(commands);
            Assert.IsTrue(h.Device.Enqueue(burst));
            h.PumpUntil(() => h.Messages.Count == count);

            Assert.AreEqual(1, h.Sent.Count);
            Assert.AreSame(burst, h.Sent[0]);
            Assert.AreEqual(count, h.Firmware.Commands.Count);
            for (int i = 0; i < count; i++)
            {
                Assert.AreEqual((ushort)i, burst.GetSequence(i));
                byte[] expected = Pad(commands[i]);
                expected[3] = 0;
                expected[4] = (byte)i;
                CollectionAssert.AreEqual(expected, h.Firmware.Commands[i], "command " + i);
                CollectionAssert.AreEqual(TransportTestFirmware.Status(expected), h.Messages[i], "status " + i);
            }

            EmulatorCounters counters = h.Emulator.Counters;
            Assert.AreEqual(1L, counters.HostMailboxes);
            Assert.AreEqual(1L, counters.TxGrants);
            Assert.AreEqual((long)count, counters.CommandMessages);
            Assert.AreEqual((long)count, counters.Fn1DataWrites, "one CMD53 per command");
            Assert.AreEqual((long)count, counters.MessagesToHost);
            Assert.AreEqual(1L, counters.RxEvents, "the answers come as one RX list");
            Assert.AreEqual((long)count, h.Device.NextSequence);
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        public void BurstsQueuedTogetherGoOutUnderOneMailbox()
        {
            var h = new TransportHarness();
            h.BringUp();
            h.Emulator.ResetCounters();
            var bursts = Enumerable.Range(0, 5).Select(i => TransportHarness.Burst(TransportHarness.Command(0x0E05, 100 + i, (byte)i))).ToList();
            foreach (CommandBurst burst in bursts)
            {
                Assert.IsTrue(h.Device.Enqueue(burst));
            }

            h.PumpUntil(() => h.Messages.Count == 5);
            CollectionAssert.AreEqual(bursts, h.Sent);
            EmulatorCounters counters = h.Emulator.Counters;
            Assert.AreEqual(1L, counters.HostMailboxes);
            Assert.AreEqual(1L, counters.TxGrants);
            Assert.AreEqual(1L, counters.RxEvents);
            Assert.AreEqual(5L, counters.Fn1DataWrites);
            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual(i, h.Firmware.Commands[i][4]);
            }

            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        [DataRow(8)]
        [DataRow(12)]
        [DataRow(508)]
        [DataRow(512)]
        [DataRow(516)]
        [DataRow(1024)]
        [DataRow(1028)]
        [DataRow(1496)]
        [DataRow(1600)]
        [DataRow(1700)]
        public void CommandAndAnswerOfEverySizeCrossIntact(int size)
        {
            var h = new TransportHarness();
            h.BringUp();
            h.Emulator.ResetCounters();
            byte[] command = TransportHarness.Command(TransportTestFirmware.Echo, size - 8, (byte)size);
            Assert.IsTrue(h.Device.Enqueue(TransportHarness.Burst(command)));
            h.PumpUntil(() => h.Messages.Count == 2);

            CollectionAssert.AreEqual(command, h.Firmware.Commands.Single());
            byte[] rsp = TransportTestFirmware.EchoResponse(command);
            CollectionAssert.AreEqual(Pad(rsp), h.Messages[0]);
            CollectionAssert.AreEqual(TransportTestFirmware.Status(command), h.Messages[1]);

            // block mode for what exceeds one block, the remainder in its own CMD53
            EmulatorCounters counters = h.Emulator.Counters;
            long writes = size <= 512 || size % 512 == 0 ? 1 : 2;
            Assert.AreEqual(writes, counters.Fn1DataWrites);
            Assert.AreEqual(1L, counters.CommandMessages);
            Assert.AreEqual(2L, counters.MessagesToHost);
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        [DataRow(4)]
        [DataRow(8)]
        [DataRow(516)]
        [DataRow(1600)]
        [DataRow(2048)]
        public void ModuleMessageOfEverySizeArrives(int size)
        {
            var h = new TransportHarness();
            h.BringUp();
            byte[] message = Enumerable.Range(0, size).Select(i => (byte)(i + 1)).ToArray();
            message[0] = 0x03;
            h.Emulator.PostToHost(message);
            h.PumpUntil(() => h.Messages.Count == 1);
            CollectionAssert.AreEqual(message, h.Messages[0]);
            Assert.AreEqual(0, h.Errors.Count);
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        public void AecsPostedDuringACommandAreGroupedAndKeepTheirOrder()
        {
            var h = new TransportHarness();
            h.BringUp();
            h.Emulator.ResetCounters();
            byte[] command = TransportHarness.Command(TransportTestFirmware.PostAecs, 4);
            command[8] = 40;
            h.Device.Enqueue(TransportHarness.Burst(command));
            h.PumpUntil(() => h.Messages.Count == 41);
            for (int i = 0; i < 40; i++)
            {
                CollectionAssert.AreEqual(TransportTestFirmware.Aec(i), h.Messages[i]);
            }

            CollectionAssert.AreEqual(TransportTestFirmware.Status(command), h.Messages[40]);
            EmulatorCounters counters = h.Emulator.Counters;
            Assert.IsTrue(counters.RxEvents <= 5, counters.RxEvents + " RX events for 41 messages");
            Assert.AreEqual(41L, counters.MessagesToHost);
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        public void AecsFromAnotherThreadInterleaveWithQueuedBursts()
        {
            var h = new TransportHarness(queueCapacity: 4);
            h.BringUp();
            const int Aecs = 200;
            const int Bursts = 40;
            var poster = new Thread(() =>
            {
                for (int i = 0; i < Aecs; i++)
                {
                    h.Emulator.PostToHost(TransportTestFirmware.Aec(i));
                    if (i % 16 == 0)
                    {
                        Thread.Sleep(1);
                    }
                }
            });
            poster.Start();

            int enqueued = 0;
            h.PumpUntil(() =>
            {
                while (enqueued < Bursts && h.Device.Enqueue(TransportHarness.Burst(
                    TransportHarness.Command(0x0E05, 16, (byte)enqueued), TransportHarness.Command(0x0E05, 600, (byte)enqueued))))
                {
                    enqueued++;
                }

                return h.Messages.Count == Aecs + (2 * Bursts);
            });
            Assert.IsTrue(poster.Join(5000));

            var aecs = h.Messages.Where(m => m[0] == 0x03).ToList();
            var statuses = h.Messages.Where(m => m[0] == 0x01).ToList();
            Assert.AreEqual(Aecs, aecs.Count);
            for (int i = 0; i < Aecs; i++)
            {
                CollectionAssert.AreEqual(TransportTestFirmware.Aec(i), aecs[i], "AEC " + i);
            }

            Assert.AreEqual(2 * Bursts, statuses.Count);
            for (int i = 0; i < statuses.Count; i++)
            {
                Assert.AreEqual(i, (statuses[i][3] << 8) | statuses[i][4], "sequence of status " + i);
            }

            Assert.AreEqual(Bursts, h.Sent.Count);
            Assert.AreEqual(0, h.Errors.Count);
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        public void PartialGrantsAndSlowModuleTimingStillDeliverEverything()
        {
            var options = new EmulatorOptions
            {
                BootTime = TimeSpan.FromMilliseconds(2),
                MaxGrantMessages = 2,
                WriteBusyBytes = 6,
                ReadLatencyBytes = 3,
                InterBlockBusyBytes = 2,
                InterBlockGapBytes = 0,
                DataReadyDelayPolls = 3,
                MaxMessagesPerRxList = 3,
            };
            var h = new TransportHarness(options);
            h.BringUp();
            h.Emulator.ResetCounters();
            byte[][] commands = Enumerable.Range(0, 7).Select(i => TransportHarness.Command(TransportTestFirmware.Echo, 100 + (i * 211), (byte)i)).ToArray();
            h.Device.Enqueue(TransportHarness.Burst(commands));
            h.PumpUntil(() => h.Messages.Count == 14);
            Assert.AreEqual(4L, h.Emulator.Counters.TxGrants);
            for (int i = 0; i < 7; i++)
            {
                byte[] sent = Pad(commands[i]);
                sent[4] = (byte)i;
                CollectionAssert.AreEqual(sent, h.Firmware.Commands[i]);
            }

            Assert.AreEqual(0, h.Errors.Count);
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        public void CountersAgreeWithTheDriversOwnAccount()
        {
            var h = new TransportHarness();
            h.BringUp();
            h.Device.Enqueue(TransportHarness.Burst(TransportHarness.Command(TransportTestFirmware.Echo, 700)));
            h.PumpUntil(() => h.Messages.Count == 2);
            EmulatorCounters counters = h.Emulator.Counters;
            Assert.AreEqual(h.Device.Sdio.BytesClocked, counters.BytesClocked);
            Assert.AreEqual(h.Device.Sdio.Frames, counters.ChipSelectFrames);
            Assert.IsTrue(counters.SdioCommands > 0 && counters.SdioCommands == counters.Cmd0 + counters.Cmd5 + counters.Cmd52 + counters.Cmd53 + 1);
        }

        internal static byte[] Pad(byte[] message)
        {
            byte[] padded = new byte[(message.Length + 3) & ~3];
            Array.Copy(message, padded, message.Length);
            return padded;
        }
    }
}
