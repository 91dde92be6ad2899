// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Threading;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Tests.Transport;
using Drivers.Wincs02.Transport;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Messaging
{
    /// <summary>
    /// The mailbox protocol of section 4.4 on a scripted bus: bursts of one and three commands, grants,
    /// RX lists, oversized messages, lost interrupt edges and every bus fault.
    /// </summary>
    [TestClass]
    public class MessageDeviceTests
    {
        private static readonly byte[] s_socko = new byte[]
        {
            0x00, 0x0E, 0x00, 0x00, 0x05, 0x02, 0x00, 0x10,
            0x03, 0x03, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00,
            0x03, 0x03, 0x00, 0x01, 0x04, 0x00, 0x00, 0x00,
        };

        private static readonly byte[] s_intIdRead = new byte[] { 0xFF, 0x74, 0x10, 0x00, 0x10, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF };
        private static readonly byte[] s_armGpRead = new byte[] { 0xFF, 0x75, 0x14, 0x00, 0x50, 0x04, 0x01, 0xFF, 0xFF, 0xFF, 0xFF };
        private static readonly byte[] s_hostGpWrite = new byte[] { 0xFF, 0x75, 0x94, 0x00, 0x48, 0x04, 0x01, 0xFF, 0xFF, 0xFF, 0xFF };

        private static ScriptedWincsBus s_bus;
        private static MessageDevice s_device;
        private static RecordingHandler s_handler;

        [TestMethod]
        public void SingleCommandBurstFollowsTheSpecExample()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            CommandBurst burst = new CommandBurst(64);
            int o = burst.BeginCommand();
            Array.Copy(s_socko, 0, burst.Buffer, o, s_socko.Length);
            burst.EndCommand(s_socko.Length);
            Assert.IsTrue(s_device.Enqueue(burst));
            Assert.AreEqual(1, s_device.QueuedBursts);

            // mailbox 0x01010006 -> SD_HOST_GP bytes 06 00 01 01
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(4, 0xE5));
            s_device.Poll();
            Assert.AreEqual(2, s_bus.FrameCount);
            CollectionAssert.AreEqual(s_hostGpWrite, s_bus.Frame(0));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0xFE, 0x06, 0x00, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0xFF }, s_bus.Frame(1));
            Assert.AreEqual((ushort)0, burst.GetSequence(0));
            Assert.AreEqual(0, s_handler.Sent.Count);

            // TX_REQ grant for one message of six words, acknowledged with MSG_FROM_ARM | ACK_TO_HOST
            s_bus.ClearFrames();
            ScriptInterrupt(0x0C, 0x01010006);
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(24, 0xE5));
            s_device.Poll();
            Assert.AreEqual(9, s_bus.FrameCount);
            AssertInterruptFrames(0, 0x0C);
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x90, 0x00, 0x00, 0x18, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(5));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0xFE }, s_bus.Frame(6));
            byte[] sent = (byte[])s_socko.Clone();
            sent[4] = 0x00;
            CollectionAssert.AreEqual(sent, s_bus.Frame(7));
            CollectionAssert.AreEqual(new byte[] { 0x00, 0x00, 0xFF, 0xFF, 0xFF }, s_bus.Frame(8));
            Assert.AreEqual(1, s_handler.Sent.Count);
            Assert.AreSame(burst, s_handler.Sent[0]);
            Assert.AreEqual(0, s_device.QueuedBursts);

            // RX_REQ for one two-word STATUS; DATA_RDY was already up, so it is cleared with the acknowledgement
            s_bus.ClearFrames();
            byte[] status = new byte[] { 0x01, 0x0E, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };
            ScriptInterrupt(0x05, 0x02010002);
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.ReadBlock(status, 0xFF));
            s_device.Poll();
            AssertInterruptFrames(0, 0x05);
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x10, 0x00, 0x00, 0x08, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(5));
            Assert.AreEqual(9, s_bus.FrameCount);
            Assert.AreEqual(1, s_handler.Messages.Count);
            CollectionAssert.AreEqual(status, s_handler.Message(0));
            Assert.AreEqual(0, s_bus.MisoRemaining);
            Assert.AreEqual(0, s_handler.Errors.Count);
        }

        [TestMethod]
        public void ThreeCommandBurstSendsTheSizeListThroughTheCsa()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            CommandBurst burst = Burst(new int[] { 4, 8, 16 });
            Assert.IsTrue(s_device.Enqueue(burst));

            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(3, 0xE5));
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(12, 0xE5));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(4, 0xE5));
            s_device.Poll();
            AssertFrames(new byte[][]
            {
                new byte[] { 0xFF, 0x74, 0x83, 0x00, 0x00, 0x02, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0x75, 0x84, 0x02, 0x18, 0x03, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0x74, 0x83, 0x00, 0x00, 0x01, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0x75, 0x80, 0x02, 0x1E, 0x0C, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0xFE },
                new byte[] { 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00 },
                new byte[] { 0x00, 0x00, 0xFF, 0xFF, 0xFF },
                s_hostGpWrite,
                new byte[] { 0xFF, 0xFE, 0x03, 0x00, 0x03, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0xFF },
            });
            Assert.AreEqual((ushort)0, burst.GetSequence(0));
            Assert.AreEqual((ushort)1, burst.GetSequence(1));
            Assert.AreEqual((ushort)2, burst.GetSequence(2));

            s_bus.ClearFrames();
            ScriptInterrupt(0x0C, 0x0103000D);
            ScriptWrites(new int[] { 12, 16, 24 });
            s_device.Poll();
            Assert.AreEqual(5 + 12, s_bus.FrameCount);
            for (int i = 0; i < 3; i++)
            {
                CollectionAssert.AreEqual(Command(burst, i), s_bus.Frame(5 + (i * 4) + 2));
            }

            Assert.AreEqual(1, s_handler.Sent.Count);
            Assert.AreEqual((ushort)3, s_device.NextSequence);
        }

        [TestMethod]
        public void BurstsQueuedTogetherShareOneMailbox()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            CommandBurst first = Burst(new int[] { 8 });
            CommandBurst second = Burst(new int[] { 4, 12 });
            s_device.Enqueue(first);
            s_device.Enqueue(second);
            ScriptMultiMailbox(12);
            s_device.Poll();
            CollectionAssert.AreEqual(new byte[] { 0x04, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00 }, s_bus.Frame(6));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0xFE, 0x03, 0x00, 0x03, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0xFF }, s_bus.Frame(9));
            Assert.AreEqual((ushort)0, first.GetSequence(0));
            Assert.AreEqual((ushort)1, second.GetSequence(0));
            Assert.AreEqual((ushort)2, second.GetSequence(1));

            s_bus.ClearFrames();
            ScriptInterrupt(0x0C, 0x0103000C);
            ScriptWrites(new int[] { 16, 12, 20 });
            s_device.Poll();
            Assert.AreEqual(5 + 12, s_bus.FrameCount);
            CollectionAssert.AreEqual(Command(first, 0), s_bus.Frame(7));
            CollectionAssert.AreEqual(Command(second, 0), s_bus.Frame(11));
            CollectionAssert.AreEqual(Command(second, 1), s_bus.Frame(15));
            Assert.AreEqual(2, s_handler.Sent.Count);
            Assert.AreSame(first, s_handler.Sent[0]);
            Assert.AreSame(second, s_handler.Sent[1]);
            Assert.AreEqual(0, s_device.QueuedBursts);
        }

        [TestMethod]
        public void OneMailboxNeverAnnouncesMoreThanSixteenCommands()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            s_device.Enqueue(Burst(new int[] { 4, 4, 4, 4, 4, 4, 4, 4, 4, 4 }));
            s_device.Enqueue(Burst(new int[] { 4, 4, 4, 4, 4, 4, 4 }));
            ScriptMultiMailbox(40);
            s_device.Poll();
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0xFE, 0x0A, 0x00, 0x0A, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0xFF }, s_bus.Frame(9));
            Assert.AreEqual((ushort)10, s_device.NextSequence);
        }

        [TestMethod]
        public void PartialGrantWaitsForTheNextGrant()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            CommandBurst burst = Burst(new int[] { 4, 8, 16 });
            s_device.Enqueue(burst);
            ScriptMultiMailbox(12);
            s_device.Poll();

            s_bus.ClearFrames();
            ScriptInterrupt(0x0C, 0x01020007);
            ScriptWrites(new int[] { 12, 16 });
            s_device.Poll();
            Assert.AreEqual(5 + 8, s_bus.FrameCount);
            Assert.AreEqual(0, s_handler.Sent.Count);

            s_bus.ClearFrames();
            s_device.Poll();
            Assert.AreEqual(0, s_bus.FrameCount);

            ScriptInterrupt(0x0C, 0x01010006);
            ScriptWrites(new int[] { 24 });
            s_device.Poll();
            Assert.AreEqual(5 + 4, s_bus.FrameCount);
            CollectionAssert.AreEqual(Command(burst, 2), s_bus.Frame(7));
            Assert.AreEqual(1, s_handler.Sent.Count);
            Assert.AreEqual(0, s_device.QueuedBursts);
        }

        [TestMethod]
        public void RxListIsReadFirstThenEachMessageAfterDataReady()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            byte[] m1 = new byte[] { 0x01, 0x0E, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00 };
            byte[] m2 = new byte[] { 0x03, 0xAA, 0xBB, 0xCC };
            byte[] m3 = new byte[] { 0x03, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };
            ScriptInterrupt(0x04, 0x02030003);
            ScriptFifoRead(new byte[] { 0x02, 0, 0, 0, 0x01, 0, 0, 0, 0x03, 0, 0, 0 }, true);
            ScriptFifoRead(m1, true);
            ScriptFifoRead(m2, true);
            ScriptFifoRead(m3, true);
            s_device.Poll();

            AssertInterruptFrames(0, 0x04);
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x74, 0x10, 0x00, 0x10, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(5));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x74, 0x90, 0x00, 0x10, 0x01, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(6));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x10, 0x00, 0x00, 0x0C, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(7));
            Assert.AreEqual(5 + 6 + 6 + 5 + 6, s_bus.FrameCount);
            Assert.AreEqual(3, s_handler.Messages.Count);
            CollectionAssert.AreEqual(m1, s_handler.Message(0));
            CollectionAssert.AreEqual(m2, s_handler.Message(1));
            CollectionAssert.AreEqual(m3, s_handler.Message(2));
            Assert.AreEqual(0, s_bus.MisoRemaining);
        }

        [TestMethod]
        public void OversizedMessageIsDrainedReportedAndLaterMessagesSurvive()
        {
            NewDevice(64, 4);
            byte[] big = new byte[600];
            for (int i = 0; i < big.Length; i++)
            {
                big[i] = (byte)(i + 3);
            }

            byte[] small = new byte[] { 0x01, 0x0E, 0x05, 0x00, 0x09, 0x00, 0x00, 0x00 };
            ScriptInterrupt(0x05, 0x02020002);
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.ReadBlock(new byte[] { 0x96, 0, 0, 0, 0x02, 0, 0, 0 }, 0xFF));
            s_bus.Miso(MisoScript.R5(0x00, 0x01));
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.ReadBlock(Slice(big, 0, 512), 0xFF));
            ScriptFifoRead(Slice(big, 512, 88), true);
            ScriptFifoRead(small, true);
            s_device.Poll();

            Assert.AreEqual(1, s_handler.Errors.Count);
            Assert.AreEqual((int)MessageDeviceError.OversizedMessage, (int)s_handler.Error(0));
            Assert.AreEqual(1, s_handler.Messages.Count);
            CollectionAssert.AreEqual(small, s_handler.Message(0));
            Assert.AreEqual(64, s_handler.LastBufferLength);
            Assert.AreEqual(1L, s_device.DiscardedMessages);
            Assert.IsTrue(s_device.IsRunning);
            Assert.AreEqual(0, s_bus.MisoRemaining);
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x18, 0x00, 0x00, 0x01, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(5 + 4 + 2));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x10, 0x00, 0x00, 0x58, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(5 + 4 + 6 + 2));
        }

        [TestMethod]
        public void LostInterruptEdgeIsRecoveredFromTheLevel()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            Assert.IsTrue(s_bus.HasHandler);
            byte[] aec = new byte[] { 0x03, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };

            // the level is low but no edge handler ran
            ScriptInterrupt(0x05, 0x02010003);
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.ReadBlock(aec, 0xFF));
            s_device.Poll();
            Assert.AreEqual(1, s_handler.Messages.Count);
            CollectionAssert.AreEqual(aec, s_handler.Message(0));
        }

        [TestMethod]
        public void EdgeAloneTriggersOneCheckAndAStuckLineCostsOneCommandPerPoll()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            s_bus.Edge();
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_device.Poll();
            Assert.AreEqual(1, s_bus.FrameCount);
            CollectionAssert.AreEqual(s_intIdRead, s_bus.Frame(0));

            s_bus.ClearFrames();
            s_device.Poll();
            Assert.AreEqual(0, s_bus.FrameCount);

            s_bus.InterruptAsserted = true;
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_device.Poll();
            Assert.AreEqual(1, s_bus.FrameCount);
            Assert.IsTrue(s_device.IsRunning);
        }

        [TestMethod]
        public void CorruptedDataTokenDropsTheQueueAndStopsTheLink()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            CommandBurst first = Burst(new int[] { 8 });
            CommandBurst second = Burst(new int[] { 8 });
            s_device.Enqueue(first);
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(4, 0xE5));
            s_device.Poll();
            s_device.Enqueue(second);

            ScriptInterrupt(0x0C, 0x01010004);
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(16, 0x0B));
            s_device.Poll();

            Assert.AreEqual(1, s_handler.Errors.Count);
            Assert.AreEqual((int)MessageDeviceError.TransferFailed, (int)s_handler.Error(0));
            Assert.AreEqual(0, s_handler.Sent.Count);
            Assert.AreEqual(0, s_device.QueuedBursts);
            Assert.IsFalse(s_device.IsRunning);
            Assert.IsFalse(s_device.Enqueue(Burst(new int[] { 4 })));
            Assert.AreEqual((int)SdioInitState.Unknown, (int)s_device.Sdio.InitState);

            // bringing the link up again starts with the I/O abort
            s_bus.ClearFrames();
            MisoScript.InitSuccess(s_bus);
            Assert.AreEqual((int)SdioStatus.Ok, (int)s_device.InitializeStep());
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x74, 0x00, 0x00, 0x0C, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(0));
            Assert.IsTrue(s_device.IsRunning);
            Assert.IsTrue(s_device.Enqueue(first));
        }

        [TestMethod]
        public void R1ErrorOnTheMailboxIsTransferFailed()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            s_device.Enqueue(Burst(new int[] { 8 }));
            s_bus.Miso(MisoScript.R5(0x04, 0x00));
            s_device.Poll();
            Assert.AreEqual(1, s_bus.FrameCount);
            Assert.AreEqual((int)MessageDeviceError.TransferFailed, (int)s_handler.Error(0));
            Assert.AreEqual(0, s_device.QueuedBursts);
        }

        [TestMethod]
        public void BusyForeverIsATimeout()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            s_device.Enqueue(Burst(new int[] { 8 }));
            s_bus.Miso(MisoScript.Cmd53Ok());
            byte[] rx = MisoScript.WriteBlock(4, 0xE5);
            rx[rx.Length - 1] = 0x00;
            s_bus.Miso(rx);
            s_bus.IdleByte = 0x00;
            s_device.Poll();
            Assert.AreEqual((int)MessageDeviceError.Timeout, (int)s_handler.Error(0));
            Assert.AreEqual(2 + SdioSpi.RetryCount, s_bus.FrameCount);
            Assert.IsFalse(s_device.IsRunning);
        }

        [TestMethod]
        public void MisoHeldLowIsAModuleReset()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            s_device.Enqueue(Burst(new int[] { 8 }));
            s_bus.IdleByte = 0x00;
            s_device.Poll();
            Assert.AreEqual((int)MessageDeviceError.ModuleReset, (int)s_handler.Error(0));
        }

        [TestMethod]
        public void MissingGrantTimesOut()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            s_device.GrantTimeoutMilliseconds = 20;
            s_device.Enqueue(Burst(new int[] { 8 }));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(4, 0xE5));
            s_device.Poll();
            s_device.Poll();
            Assert.AreEqual(0, s_handler.Errors.Count);
            Thread.Sleep(40);
            s_device.Poll();
            Assert.AreEqual(1, s_handler.Errors.Count);
            Assert.AreEqual((int)MessageDeviceError.Timeout, (int)s_handler.Error(0));
            Assert.AreEqual(0, s_device.QueuedBursts);
        }

        [TestMethod]
        public void EnqueueRefusesWhenDownOrFullAndRejectsBadBursts()
        {
            s_bus = new ScriptedWincsBus();
            s_device = new MessageDevice(s_bus, 256, 2);
            Assert.IsFalse(s_device.Enqueue(Burst(new int[] { 4 })));

            MisoScript.InitSuccess(s_bus);
            Assert.AreEqual((int)SdioStatus.Ok, (int)s_device.InitializeStep());
            CommandBurst a = Burst(new int[] { 4 });
            Assert.IsTrue(s_device.Enqueue(a));
            Assert.IsTrue(s_device.Enqueue(Burst(new int[] { 4 })));
            Assert.IsFalse(s_device.Enqueue(Burst(new int[] { 4 })));
            Assert.AreEqual(2, s_device.QueuedBursts);
            Assert.ThrowsException(typeof(InvalidOperationException), () => s_device.Enqueue(a));
            Assert.ThrowsException(typeof(ArgumentNullException), () => s_device.Enqueue(null));
            Assert.ThrowsException(typeof(ArgumentException), () => s_device.Enqueue(new CommandBurst(16)));
        }

        [TestMethod]
        public void RestartDropsEverythingAndSequencesStartAgainAtZero()
        {
            NewDevice(MessageDevice.DefaultReceiveBufferSize, 4);
            CommandBurst burst = Burst(new int[] { 4, 4 });
            s_device.Enqueue(burst);
            ScriptMultiMailbox(8);
            s_device.Poll();
            Assert.AreEqual((ushort)2, s_device.NextSequence);

            s_device.Restart();
            Assert.AreEqual((ushort)0, s_device.NextSequence);
            Assert.IsFalse(s_device.IsRunning);
            Assert.AreEqual(0, s_device.QueuedBursts);
            Assert.AreEqual(0, s_handler.Errors.Count);
            Assert.AreEqual((int)SdioInitState.Unknown, (int)s_device.Sdio.InitState);
        }

        [TestMethod]
        public void ConstructorChecksItsArguments()
        {
            ScriptedWincsBus bus = new ScriptedWincsBus();
            Assert.ThrowsException(typeof(ArgumentNullException), () => new MessageDevice(null));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new MessageDevice(bus, 60, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new MessageDevice(bus, 66, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new MessageDevice(bus, 2048, 0));
            MessageDevice device = new MessageDevice(bus);
            Assert.AreEqual(2048, device.ReceiveBufferSize);
            Assert.AreEqual(8, device.QueueCapacity);
            Assert.IsFalse(device.IsRunning);
        }

        private static void NewDevice(int receiveBufferSize, int queueCapacity)
        {
            s_bus = new ScriptedWincsBus();
            s_device = new MessageDevice(s_bus, receiveBufferSize, queueCapacity);
            s_handler = new RecordingHandler();
            s_device.SetHandler(s_handler);
            MisoScript.InitSuccess(s_bus);
            Assert.AreEqual((int)SdioStatus.Ok, (int)s_device.InitializeStep());
            Assert.IsTrue(s_device.IsRunning);
            s_bus.ClearFrames();
        }

        private static CommandBurst Burst(int[] paramBytes)
        {
            CommandBurst burst = new CommandBurst(256);
            for (int c = 0; c < paramBytes.Length; c++)
            {
                int o = burst.BeginCommand();
                byte[] b = burst.Buffer;
                b[o] = 0x00;
                b[o + 1] = 0x0E;
                b[o + 2] = (byte)c;
                b[o + 3] = 0xFF;
                b[o + 4] = 0xFF;
                b[o + 5] = 1;
                b[o + 6] = (byte)(paramBytes[c] >> 8);
                b[o + 7] = (byte)paramBytes[c];
                for (int i = 0; i < paramBytes[c]; i++)
                {
                    b[o + 8 + i] = (byte)(0x40 + c + i);
                }

                burst.EndCommand(8 + paramBytes[c]);
            }

            return burst;
        }

        private static byte[] Command(CommandBurst burst, int index)
        {
            return Slice(burst.Buffer, burst.GetOffset(index), burst.GetLength(index));
        }

        private static void ScriptInterrupt(byte intId, uint mailbox)
        {
            // CMD52 INT_ID_CLR read, CMD53 ARM_GP read (header, token poll, data), CMD52 acknowledgement
            s_bus.Miso(MisoScript.R5(0x00, intId));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.ReadBlock(MisoScript.Word(mailbox), 0xFF));
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.AssertInterruptForFrames(5);
        }

        private static void AssertInterruptFrames(int first, byte clear)
        {
            CollectionAssert.AreEqual(s_intIdRead, s_bus.Frame(first));
            CollectionAssert.AreEqual(s_armGpRead, s_bus.Frame(first + 1));
            CollectionAssert.AreEqual(new byte[] { 0xFF }, s_bus.Frame(first + 2));
            CollectionAssert.AreEqual(MisoScript.Idle(7), s_bus.Frame(first + 3));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x74, 0x90, 0x00, 0x10, clear, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(first + 4));
        }

        private static void ScriptWrites(int[] lengths)
        {
            for (int i = 0; i < lengths.Length; i++)
            {
                s_bus.Miso(MisoScript.Cmd53Ok());
                s_bus.Miso(MisoScript.WriteBlock(lengths[i], 0xE5));
            }
        }

        private static void ScriptMultiMailbox(int listBytes)
        {
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(3, 0xE5));
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(listBytes, 0xE5));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(4, 0xE5));
        }

        private static void ScriptFifoRead(byte[] data, bool pollDataReady)
        {
            if (pollDataReady)
            {
                s_bus.Miso(MisoScript.R5(0x00, 0x01));
                s_bus.Miso(MisoScript.R5(0x00, 0x00));
            }

            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.ReadBlock(data, 0xFF));
        }

        private static void AssertFrames(byte[][] expected)
        {
            Assert.AreEqual(expected.Length, s_bus.FrameCount);
            for (int i = 0; i < expected.Length; i++)
            {
                CollectionAssert.AreEqual(expected[i], s_bus.Frame(i));
            }
        }

        private static byte[] Slice(byte[] source, int offset, int length)
        {
            byte[] slice = new byte[length];
            Array.Copy(source, offset, slice, 0, length);
            return slice;
        }
    }
}
