// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Linq;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Transport;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator;

namespace nanoWincs.Host.Tests
{
    /// <summary>Each transport fault the emulator injects, what the driver reports, and how the link comes back.</summary>
    [TestClass]
    public sealed class TransportFaultTests
    {
        [TestMethod]
        public void CorruptedDataResponseFailsTheQueueAndTheLinkComesBack()
        {
            var h = new TransportHarness();
            h.BringUp();
            h.Device.Enqueue(TransportHarness.Burst(TransportHarness.Command(0x0E05, 40)));
            h.Device.Enqueue(TransportHarness.Burst(TransportHarness.Command(0x0E05, 40)));
            h.Emulator.CorruptNextDataResponse();
            h.PumpUntil(() => h.Errors.Count == 1);

            Assert.AreEqual(MessageDeviceError.TransferFailed, h.Errors[0]);
            Assert.AreEqual((byte)0x0B, (byte)(h.Device.Sdio.LastResponse & 0x1F));
            Assert.AreEqual(0, h.Device.QueuedBursts);
            Assert.AreEqual(0, h.Sent.Count);
            Assert.IsFalse(h.Device.IsRunning);
            Assert.AreEqual(1L, h.Emulator.Counters.RejectedBlocks);

            int resets = h.Firmware.Resets;
            h.BringUp(pulseReset: false);
            Assert.AreEqual(resets, h.Firmware.Resets, "the module itself was not reset");
            h.Device.Enqueue(TransportHarness.Burst(TransportHarness.Command(0x0E05, 40)));
            h.PumpUntil(() => h.Messages.Count == 1);
            Assert.AreEqual(0x01, h.Messages[0][0]);
            Assert.AreEqual(1, h.Errors.Count);
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        public void R5ErrorFailsTheQueueAndTheLinkComesBack()
        {
            var h = new TransportHarness();
            h.BringUp();
            h.Device.Enqueue(TransportHarness.Burst(TransportHarness.Command(0x0E05, 40), TransportHarness.Command(0x0E05, 8)));
            h.Emulator.FailNextCommand(0x40);
            h.PumpUntil(() => h.Errors.Count == 1);
            Assert.AreEqual(MessageDeviceError.TransferFailed, h.Errors[0]);
            Assert.AreEqual((byte)0x40, h.Device.Sdio.LastResponse);

            h.BringUp(pulseReset: false);
            h.Device.Enqueue(TransportHarness.Burst(TransportHarness.Command(0x0E05, 40), TransportHarness.Command(0x0E05, 8)));
            h.PumpUntil(() => h.Messages.Count == 2);
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        public void BusErrorInTheMiddleOfAnRxListLosesNoModuleMessage()
        {
            var h = new TransportHarness();
            h.BringUp();
            h.MessageHook = message =>
            {
                if (h.Messages.Count == 2)
                {
                    // the DATA_RDY poll before the third message of the list fails
                    h.Emulator.FailNextCommand();
                }
            };

            // the first AEC goes out alone; the next five wait and come as one list
            for (int i = 0; i < 6; i++)
            {
                h.Emulator.PostToHost(TransportTestFirmware.Aec(i));
            }

            h.PumpUntil(() => h.Errors.Count == 1);
            Assert.AreEqual(MessageDeviceError.TransferFailed, h.Errors[0]);
            Assert.AreEqual(2, h.Messages.Count);
            h.MessageHook = null;

            // CMD0 on the way back makes the module announce what the host had not read completely
            h.BringUp(pulseReset: false);
            h.PumpUntil(() => h.Messages.Count == 6);
            for (int i = 0; i < 6; i++)
            {
                CollectionAssert.AreEqual(TransportTestFirmware.Aec(i), h.Messages[i], "AEC " + i);
            }

            Assert.AreEqual(6L, h.Emulator.Counters.MessagesToHost);
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        public void LostInterruptEdgeIsRecoveredByPollingTheLevel()
        {
            CountingBus counting = null;
            var h = new TransportHarness(wrapBus: bus => counting = new CountingBus(bus));
            h.BringUp();
            int edges = counting.Edges;

            h.Emulator.DropNextInterruptEdge();
            h.Emulator.PostToHost(TransportTestFirmware.Aec(1));
            Assert.IsTrue(h.Emulator.InterruptAsserted);
            Assert.AreEqual(edges, counting.Edges, "no edge reached the driver");
            h.Device.Poll();
            Assert.AreEqual(1, h.Messages.Count);
            CollectionAssert.AreEqual(TransportTestFirmware.Aec(1), h.Messages[0]);

            h.Emulator.PostToHost(TransportTestFirmware.Aec(2));
            Assert.AreEqual(edges + 1, counting.Edges);
            h.Device.Poll();
            Assert.AreEqual(2, h.Messages.Count);
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        public void ModuleResetInTheMiddleOfAWriteIsReportedAndRecovered()
        {
            var h = new TransportHarness(new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(20) });
            h.Firmware.PostBootOnReset = true;
            h.BringUp();
            h.PumpUntil(() => h.Messages.Count == 1);
            Assert.AreEqual(0x01, h.Messages[0][5], "BOOT AEC (id 0x0100)");
            h.Messages.Clear();
            int resets = h.Firmware.Resets;

            byte[] command = TransportHarness.Command(TransportTestFirmware.Echo, 1200);
            h.Device.Enqueue(TransportHarness.Burst(command));
            h.Emulator.ResetModuleAfter(300);
            h.PumpUntil(() => h.Errors.Count == 1);
            Assert.AreEqual(MessageDeviceError.ModuleReset, h.Errors[0]);
            Assert.AreEqual(resets + 1, h.Firmware.Resets);
            Assert.AreEqual(1L, h.Emulator.Counters.InjectedResets);
            Assert.AreEqual(0, h.Device.QueuedBursts);

            h.BringUp(pulseReset: false);
            Assert.IsTrue(h.InitSteps.Contains(SdioStatus.ResetWaiting), "the link waited for the module to boot again");
            h.PumpUntil(() => h.Messages.Count == 1);
            Assert.AreEqual(0x01, h.Messages[0][5], "BOOT AEC after the reset");
            h.Device.Enqueue(TransportHarness.Burst(command));
            h.PumpUntil(() => h.Messages.Count == 3);
            byte[] received = h.Firmware.Commands.Single();
            Assert.AreEqual(1, received[4], "sequence numbers go on across a bus error; only Restart starts them again");
            CollectionAssert.AreEqual(TransportTestFirmware.Status(received), h.Messages[2]);
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        public void OversizedMessageIsDrainedWhileEverythingElseArrives()
        {
            var h = new TransportHarness();
            h.BringUp();
            byte[] command = TransportHarness.Command(0x0E05, 24);
            h.Device.Enqueue(TransportHarness.Burst(command));
            h.Emulator.PostToHost(TransportTestFirmware.Aec(1));
            h.Emulator.AnnounceOversizedMessage(3000);
            h.Emulator.PostToHost(TransportTestFirmware.Aec(2));
            h.PumpUntil(() => h.Messages.Count == 3);

            Assert.AreEqual(1, h.Errors.Count);
            Assert.AreEqual(MessageDeviceError.OversizedMessage, h.Errors[0]);
            Assert.AreEqual(1L, h.Device.DiscardedMessages);
            Assert.IsTrue(h.Device.IsRunning);
            Assert.AreEqual(1, h.Sent.Count);
            var aecs = h.Messages.Where(m => m[0] == 0x03).ToList();
            CollectionAssert.AreEqual(TransportTestFirmware.Aec(1), aecs[0]);
            CollectionAssert.AreEqual(TransportTestFirmware.Aec(2), aecs[1]);
            CollectionAssert.AreEqual(TransportTestFirmware.Status(command), h.Messages.Single(m => m[0] == 0x01));
            Assert.IsTrue(h.Messages.All(m => m.Length <= 2048));
            Assert.AreEqual(4L, h.Emulator.Counters.MessagesToHost, "the oversized message was read to its end");
            h.AssertNoProtocolErrors();
        }

        [TestMethod]
        public void OversizedMessageAloneInItsEventKeepsTheLinkUp()
        {
            var h = new TransportHarness(receiveBufferSize: 256);
            h.BringUp();
            h.Emulator.AnnounceOversizedMessage(1030);
            h.PumpUntil(() => h.Errors.Count == 1);
            h.Emulator.PostToHost(TransportTestFirmware.Aec(3));
            h.PumpUntil(() => h.Messages.Count == 1);
            Assert.AreEqual(MessageDeviceError.OversizedMessage, h.Errors.Single());
            CollectionAssert.AreEqual(TransportTestFirmware.Aec(3), h.Messages[0]);
            h.AssertNoProtocolErrors();
        }
    }
}
