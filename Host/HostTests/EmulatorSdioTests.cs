// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Linq;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The emulator's SDIO slave decodes the specification's exact frames (section 4.2-4.4, the same golden
    /// vectors the driver is tested against) and answers at the offsets the specification gives.
    /// </summary>
    [TestClass]
    public sealed class EmulatorSdioTests
    {
        private static readonly string[] BringUp =
        {
            "FF 74 00 00 0C 00 01 FF FF FF FF",
            "FF 74 80 00 0C 08 01 FF FF FF FF",
            "FF 40 00 00 00 00 95 FF FF",
            "FF 45 00 00 00 00 01 FF FF FF FF FF FF",
            "FF 45 00 20 00 00 01 FF FF FF FF FF FF",
            "FF 7B 00 FF 00 00 01 FF FF",
            "FF 74 80 02 20 00 01 FF FF FF FF",
            "FF 74 80 02 22 02 01 FF FF FF FF",
            "FF 74 80 02 00 80 01 FF FF FF FF",
            "FF 74 80 00 20 00 01 FF FF FF FF",
            "FF 74 80 00 22 02 01 FF FF FF FF",
            "FF 74 80 00 04 02 01 FF FF FF FF",
            "FF 74 80 00 0E 20 01 FF FF FF FF",
            "FF 74 80 00 08 03 01 FF FF FF FF",
            "FF 74 83 00 00 01 01 FF FF FF FF",
            "FF 74 90 00 12 04 01 FF FF FF FF",
            "FF 74 00 02 00 00 01 FF FF FF FF",
            "FF 74 00 00 06 00 01 FF FF FF FF",
            "FF 74 00 00 08 00 01 FF FF FF FF",
        };

        // rx[8] (and rx[9] where it matters) the module gives for each frame of BringUp
        private static readonly int[][] BringUpAnswers =
        {
            new[] { 0x01 }, new[] { 0x01 }, new[] { 0x01 }, new[] { 0x01 }, new[] { 0x00, 0x90 }, new[] { 0x00 },
            new[] { 0x00 }, new[] { 0x00 }, new[] { 0x00 }, new[] { 0x00 }, new[] { 0x00 }, new[] { 0x00 }, new[] { 0x00 },
            new[] { 0x00 }, new[] { 0x00 }, new[] { 0x00 }, new[] { 0x00, 0x80 }, new[] { 0x00, 0x02 }, new[] { 0x00, 0x03 },
        };

        private TransportTestFirmware _firmware;
        private Wincs02Emulator _emulator;

        [TestInitialize]
        public void Create()
        {
            _firmware = new TransportTestFirmware();
            _emulator = new Wincs02Emulator(_firmware, new EmulatorOptions { BootTime = TimeSpan.Zero });
        }

        [TestMethod]
        public void MisoIsLowWhileTheModuleBootsThenCmd0AnswersIdle()
        {
            var booting = new Wincs02Emulator(new TransportTestFirmware(), new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(150) });
            Assert.IsFalse(booting.IsBooted);
            CollectionAssert.AreEqual(new byte[9], Clock(booting, "FF 40 00 00 00 00 95 FF FF"));
            Thread.Sleep(200);
            Assert.IsTrue(booting.IsBooted);
            CollectionAssert.AreEqual(Hex("FF FF FF FF FF FF FF FF 01"), Clock(booting, "FF 40 00 00 00 00 95 FF FF"));
        }

        [TestMethod]
        public void ResetLineHoldsMisoLowAndRestartsTheFirmware()
        {
            Assert.AreEqual(1, _firmware.Resets); // power-on
            _emulator.Bus.SetReset(true);
            Assert.IsTrue(_emulator.InReset);
            CollectionAssert.AreEqual(new byte[9], Clock("FF 40 00 00 00 00 95 FF FF"));
            Assert.AreEqual(1, _firmware.Resets);
            _emulator.Bus.SetReset(false);
            Assert.AreEqual(2, _firmware.Resets);
            Assert.AreEqual(1L, _emulator.Counters.ResetPulses);
            Assert.AreEqual(0x01, Clock("FF 40 00 00 00 00 95 FF FF")[8]);
        }

        [TestMethod]
        public void SpecBringUpSequenceIsAnsweredAtOffsetEight()
        {
            for (int i = 0; i < BringUp.Length; i++)
            {
                byte[] rx = Clock(BringUp[i]);
                Assert.AreEqual(BringUpAnswers[i][0], rx[8], "frame " + i + " rx[8]");
                if (BringUpAnswers[i].Length > 1)
                {
                    Assert.AreEqual(BringUpAnswers[i][1], rx[9] & BringUpAnswers[i][1], "frame " + i + " rx[9]");
                }

                Assert.IsTrue(rx.Take(8).All(b => b == 0xFF), "frame " + i + " answers before offset 8");
            }

            EmulatorCounters counters = _emulator.Counters;
            Assert.AreEqual(19L, counters.SdioCommands);
            Assert.AreEqual(15L, counters.Cmd52);
            Assert.AreEqual(2L, counters.Cmd5);
            Assert.AreEqual(1L, counters.Cmd0);
            Assert.AreEqual(19L, counters.ChipSelectFrames);
            Assert.AreEqual((long)BringUp.Sum(f => Hex(f).Length), counters.BytesClocked);
            Assert.AreEqual(0L, counters.ProtocolErrors);
        }

        [TestMethod]
        public void Cmd5ReportsNotReadyForTheConfiguredPolls()
        {
            var slow = new Wincs02Emulator(new TransportTestFirmware(), new EmulatorOptions { BootTime = TimeSpan.Zero, OpWaitingPolls = 2 });
            Assert.AreEqual(0x01, Clock(slow, "FF 40 00 00 00 00 95 FF FF")[8]);
            byte[] inquiry = Clock(slow, "FF 45 00 00 00 00 01 FF FF FF FF FF FF");
            Assert.AreEqual(0x01, inquiry[8]);
            Assert.AreEqual(0, inquiry[9] & 0x80);
            for (int i = 0; i < 2; i++)
            {
                byte[] waiting = Clock(slow, "FF 45 00 20 00 00 01 FF FF FF FF FF FF");
                Assert.AreEqual(0x01, waiting[8]);
                Assert.AreEqual(0, waiting[9] & 0x80);
            }

            byte[] ready = Clock(slow, "FF 45 00 20 00 00 01 FF FF FF FF FF FF");
            Assert.AreEqual(0x00, ready[8]);
            Assert.AreEqual(0x80, ready[9] & 0x80);
        }

        [TestMethod]
        public void Cmd8IsIllegalForAnSdioOnlyCard()
        {
            Clock("FF 40 00 00 00 00 95 FF FF");
            Assert.AreEqual(0x05, Clock("FF 48 00 FF 01 AA 01 FF FF")[8]);
        }

        [TestMethod]
        public void CommandWithoutEndBitIsACrcError()
        {
            Assert.AreEqual(0x09, Clock("FF 74 00 00 0C 00 00 FF FF FF FF")[8]);
            Assert.AreEqual(0x09, Clock("FF 40 00 00 00 00 01 FF FF")[8]);
            Assert.AreEqual(2L, _emulator.Counters.ProtocolErrors);
        }

        [TestMethod]
        public void FunctionOneIsRefusedUntilEnabled()
        {
            Assert.AreEqual(0x11, Clock("FF 74 10 00 10 00 01 FF FF FF FF")[8]);
        }

        [TestMethod]
        public void SingleCommandMailboxGrantCommandAndStatus()
        {
            RunBringUp();

            // SD_HOST_GP <- 0x01010006 (the specification's SOCKO example)
            byte[] rx = Clock("FF 75 94 00 48 04 01 FF FF FF FF");
            Assert.AreEqual(0, rx[8] | rx[9]);
            rx = Clock("FF FE 06 00 01 01 00 00 FF FF FF");
            Assert.AreEqual(0x05, rx[8] & 0x1F);
            Assert.AreEqual(0xFF, rx[10]);
            Assert.IsTrue(_emulator.InterruptAsserted);

            // INT_ID_CLR shows MSG_FROM_ARM | ACK_TO_HOST; ARM_GP holds the grant: one message of six words
            Assert.AreEqual(0x0C, Clock("FF 74 10 00 10 00 01 FF FF FF FF")[9]);
            CollectionAssert.AreEqual(Hex("06 00 01 01"), ReadRegisterBlock("FF 75 14 00 50 04 01 FF FF FF FF", 4));
            Assert.AreEqual(0x00, Clock("FF 74 90 00 10 0C 01 FF FF FF FF")[8]);
            Assert.IsFalse(_emulator.InterruptAsserted);

            byte[] socko = Hex("00 0E 00 00 05 02 00 10 03 03 00 01 02 00 00 00 03 03 00 01 04 00 00 00");
            Assert.AreEqual(0, Clock("FF 75 90 00 00 18 01 FF FF FF FF")[8]);
            Clock("FF FE");
            Clock(socko);
            rx = Clock("00 00 FF FF FF");
            Assert.AreEqual(0xE5, rx[2]);
            Assert.AreEqual(1, _firmware.Commands.Count);
            CollectionAssert.AreEqual(socko, _firmware.Commands[0]);

            // the STATUS (7 bytes padded to 8): RX_REQ one message of two words, DATA_RDY already set
            Assert.IsTrue(_emulator.InterruptAsserted);
            Assert.AreEqual(0x05, Clock("FF 74 10 00 10 00 01 FF FF FF FF")[9]);
            CollectionAssert.AreEqual(Hex("02 00 01 02"), ReadRegisterBlock("FF 75 14 00 50 04 01 FF FF FF FF", 4));
            Clock("FF 74 90 00 10 05 01 FF FF FF FF");
            CollectionAssert.AreEqual(Hex("01 0E 00 00 05 00 00 00"), ReadRegisterBlock("FF 75 10 00 00 08 01 FF FF FF FF", 8));

            EmulatorCounters counters = _emulator.Counters;
            Assert.AreEqual(1L, counters.HostMailboxes);
            Assert.AreEqual(1L, counters.TxGrants);
            Assert.AreEqual(1L, counters.RxEvents);
            Assert.AreEqual(1L, counters.CommandMessages);
            Assert.AreEqual(1L, counters.MessagesToHost);
            Assert.AreEqual(8L, counters.MessageBytesToHost);
            Assert.AreEqual(0L, counters.ProtocolErrors);
        }

        [TestMethod]
        public void ThreeCommandSizeListGoesThroughTheCsa()
        {
            RunBringUp();
            Assert.AreEqual(0, Clock("FF 74 83 00 00 02 01 FF FF FF FF")[8]);
            Assert.AreEqual(0, Clock("FF 75 84 02 18 03 01 FF FF FF FF")[8]);
            Assert.AreEqual(0xE5, Clock("FF FE 00 00 00 00 00 FF FF FF")[7]);
            Assert.AreEqual(0, Clock("FF 74 83 00 00 01 01 FF FF FF FF")[8]);
            Assert.AreEqual(0, Clock("FF 75 80 02 1E 0C 01 FF FF FF FF")[8]);
            Clock("FF FE");
            Clock("03 00 00 00 04 00 00 00 06 00 00 00");
            Assert.AreEqual(0xE5, Clock("00 00 FF FF FF")[2]);
            Clock("FF 75 94 00 48 04 01 FF FF FF FF");
            Clock("FF FE 03 00 03 01 00 00 FF FF FF");

            Assert.AreEqual(0x0C, Clock("FF 74 10 00 10 00 01 FF FF FF FF")[9]);
            CollectionAssert.AreEqual(Hex("0D 00 03 01"), ReadRegisterBlock("FF 75 14 00 50 04 01 FF FF FF FF", 4));
            Clock("FF 74 90 00 10 0C 01 FF FF FF FF");

            byte[][] commands = { TransportHarness.Command(0x0E0B, 4), TransportHarness.Command(0x0E0B, 8), TransportHarness.Command(0x0E0B, 16) };
            foreach (byte[] command in commands)
            {
                WriteFifo(command);
            }

            Assert.AreEqual(3, _firmware.Commands.Count);
            for (int i = 0; i < 3; i++)
            {
                CollectionAssert.AreEqual(commands[i], _firmware.Commands[i]);
            }

            // the three answers come as one RX list: RX_REQ number 3, length 3, then the sizes 2, 2, 2
            Assert.AreEqual(0x05, Clock("FF 74 10 00 10 00 01 FF FF FF FF")[9]);
            CollectionAssert.AreEqual(Hex("03 00 03 02"), ReadRegisterBlock("FF 75 14 00 50 04 01 FF FF FF FF", 4));
            Clock("FF 74 90 00 10 05 01 FF FF FF FF");
            CollectionAssert.AreEqual(Hex("02 00 00 00 02 00 00 00 02 00 00 00"), ReadRegisterBlock("FF 75 10 00 00 0C 01 FF FF FF FF", 12));
            for (int i = 0; i < 3; i++)
            {
                Assert.AreEqual(0x01, Clock("FF 74 10 00 10 00 01 FF FF FF FF")[9] & 0x01, "DATA_RDY before message " + i);
                Clock("FF 74 90 00 10 01 01 FF FF FF FF");
                CollectionAssert.AreEqual(TransportTestFirmware.Status(commands[i]), ReadRegisterBlock("FF 75 10 00 00 08 01 FF FF FF FF", 8));
            }

            Assert.AreEqual(0, Clock("FF 74 10 00 10 00 01 FF FF FF FF")[9]);
            Assert.AreEqual(0L, _emulator.Counters.ProtocolErrors);
            Assert.AreEqual(3L, _emulator.Counters.MessagesToHost);
        }

        [TestMethod]
        public void BlockModeWriteAndReadWithRemainders()
        {
            RunBringUp();
            Clock("FF 75 94 00 48 04 01 FF FF FF FF");
            Clock("FF FE 13 01 01 01 00 00 FF FF FF"); // one message of 0x113 = 275 words = 1100 bytes
            Clock("FF 74 10 00 10 00 01 FF FF FF FF");
            ReadRegisterBlock("FF 75 14 00 50 04 01 FF FF FF FF", 4);
            Clock("FF 74 90 00 10 0C 01 FF FF FF FF");

            byte[] command = TransportHarness.Command(0x0E05, 1092, 7);
            Assert.AreEqual(0, Clock("FF 75 98 00 00 02 01 FF FF FF FF")[8]);
            for (int block = 0; block < 2; block++)
            {
                Clock("FF FC");
                Clock(command.Skip(block * 512).Take(512).ToArray());
                Assert.AreEqual(0xE5, Clock("00 00 FF FF FF")[2]);
            }

            Assert.AreEqual(0, Clock("FF 75 90 00 00 4C 01 FF FF FF FF")[8]);
            Clock("FF FE");
            Clock(command.Skip(1024).ToArray());
            Assert.AreEqual(0xE5, Clock("00 00 FF FF FF")[2]);
            CollectionAssert.AreEqual(command, _firmware.Commands.Single());

            // a 1028-byte module message: two blocks in one CMD53, then four bytes in a new one
            Clock("FF 74 10 00 10 00 01 FF FF FF FF");
            ReadRegisterBlock("FF 75 14 00 50 04 01 FF FF FF FF", 4);
            Clock("FF 74 90 00 10 05 01 FF FF FF FF");
            Clock("FF 74 10 00 10 00 01 FF FF FF FF"); // drains the STATUS of the command first
            Clock("FF 74 90 00 10 01 01 FF FF FF FF");
            ReadRegisterBlock("FF 75 10 00 00 08 01 FF FF FF FF", 8);

            byte[] big = Enumerable.Range(0, 1028).Select(i => (byte)(i * 5)).ToArray();
            _emulator.PostToHost(big);
            Clock("FF 74 10 00 10 00 01 FF FF FF FF");
            CollectionAssert.AreEqual(Hex("01 01 01 02"), ReadRegisterBlock("FF 75 14 00 50 04 01 FF FF FF FF", 4));
            Clock("FF 74 90 00 10 05 01 FF FF FF FF");
            Assert.AreEqual(0, Clock("FF 75 18 00 00 02 01 FF FF FF FF")[8]);
            byte[] first = ReadBlock(512, out byte trailing);
            Assert.AreEqual(0xFF, trailing); // the inter-block gap, then the next start token
            byte[] second = ReadBlock(512, out _);
            Assert.AreEqual(0x01, Clock("FF 74 10 00 10 00 01 FF FF FF FF")[9]);
            Clock("FF 74 90 00 10 01 01 FF FF FF FF");
            byte[] rest = ReadRegisterBlock("FF 75 10 00 00 04 01 FF FF FF FF", 4);
            CollectionAssert.AreEqual(big, first.Concat(second).Concat(rest).ToArray());
            Assert.AreEqual(0L, _emulator.Counters.ProtocolErrors);
        }

        [TestMethod]
        public void InjectedR5ErrorAndCorruptedDataResponse()
        {
            RunBringUp();
            _emulator.FailNextCommand(0x20);
            Assert.AreEqual(0x20, Clock("FF 74 10 00 10 00 01 FF FF FF FF")[8]);
            Assert.AreEqual(0x00, Clock("FF 74 10 00 10 00 01 FF FF FF FF")[8]);

            _emulator.CorruptNextDataResponse();
            Clock("FF 75 94 00 48 04 01 FF FF FF FF");
            Assert.AreEqual(0x0B, Clock("FF FE 06 00 01 01 00 00 FF FF FF")[8] & 0x1F);
            Assert.AreEqual(0L, _emulator.Counters.HostMailboxes);
            Assert.AreEqual(1L, _emulator.Counters.RejectedBlocks);
        }

        [TestMethod]
        public void ProtocolViolationsAreCounted()
        {
            RunBringUp();
            ReadRegisterBlock("FF 75 10 00 00 08 01 FF FF FF FF", 8); // nothing announced
            Clock("FF 75 98 00 00 02 01 FF FF FF FF");
            Clock("FF FE"); // block mode wants 0xFC
            Assert.AreEqual(2L, _emulator.Counters.ProtocolErrors);
        }

        private static byte[] Hex(string text)
        {
            return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => Convert.ToByte(h, 16)).ToArray();
        }

        private static byte[] Clock(Wincs02Emulator emulator, string mosi)
        {
            byte[] tx = Hex(mosi);
            byte[] rx = new byte[tx.Length];
            emulator.SpiPeripheral.Transfer(tx, rx);
            return rx;
        }

        private byte[] Clock(string mosi)
        {
            return Clock(_emulator, mosi);
        }

        private byte[] Clock(byte[] mosi)
        {
            byte[] rx = new byte[mosi.Length];
            _emulator.SpiPeripheral.Transfer(mosi, rx);
            return rx;
        }

        private void RunBringUp()
        {
            foreach (string frame in BringUp)
            {
                Clock(frame);
            }

            Assert.AreEqual(0L, _emulator.Counters.ProtocolErrors);
        }

        /// <summary>A CMD53 read header, then one byte at a time until the start token, then the data and CRC.</summary>
        private byte[] ReadRegisterBlock(string header, int length)
        {
            byte[] rx = Clock(header);
            Assert.AreEqual(0, rx[8] | rx[9], "CMD53 read R5");
            Assert.AreEqual(0xFF, rx[10], "no start token inside the command frame");
            return ReadBlock(length, out _);
        }

        private byte[] ReadBlock(int length, out byte trailing)
        {
            int polls = 0;
            while (Clock(new byte[] { 0xFF })[0] != 0xFE)
            {
                Assert.IsTrue(++polls < 10, "start token");
            }

            byte[] data = Clock(Enumerable.Repeat((byte)0xFF, length).ToArray());
            byte[] crc = Clock(new byte[] { 0xFF, 0xFF, 0xFF });
            trailing = crc[2];
            return data;
        }

        private void WriteFifo(byte[] message)
        {
            Assert.IsTrue(message.Length <= 512);
            int count = message.Length & 511;
            byte[] header = { 0xFF, 0x75, 0x90, 0x00, (byte)(count >> 8), (byte)count, 0x01, 0xFF, 0xFF, 0xFF, 0xFF };
            Assert.AreEqual(0, Clock(header)[8]);
            Clock(new byte[] { 0xFF, 0xFE });
            Clock(message);
            Assert.AreEqual(0xE5, Clock(Hex("00 00 FF FF FF"))[2]);
        }
    }
}
