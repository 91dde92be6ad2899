// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Device.Gpio;
using System.Device.Spi;
using Drivers.Wincs02.Bus;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator;

namespace nanoWincs.Host.Tests
{
    /// <summary>The nanoFramework adapter (SpiDevice + GpioController) carries bytes, reset pulses and interrupt edges to the emulator through the shims.</summary>
    [TestClass]
    public sealed class SpiGpioWincsBusTests
    {
        private const int SpiBus = 1;
        private const int ChipSelect = 17;
        private const int ResetPin = 40;
        private const int InterruptPin = 41;

        [TestInitialize]
        public void CleanBoard()
        {
            HostGpio.Reset();
        }

        [TestCleanup]
        public void Unwire()
        {
            HostSpi.Detach(SpiBus, ChipSelect);
            HostGpio.Reset();
        }

        [TestMethod]
        public void BytesResetAndInterruptsFlowThroughTheShims()
        {
            var firmware = new TransportTestFirmware();
            using var emulator = new Wincs02Emulator(firmware, new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(5) });
            emulator.AttachToHostPins(SpiBus, ChipSelect, ResetPin, InterruptPin);
            SpiConnectionSettings settings = Settings();
            var bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            var counting = new CountingBus(bus);

            Assert.AreEqual(PinValue.High, HostGpio.Read(ResetPin), "RESETN released when the bus opens");
            Assert.IsFalse(bus.InterruptAsserted);

            bus.SetReset(true);
            Assert.IsTrue(emulator.InReset);
            Assert.AreEqual(PinValue.Low, HostGpio.Read(ResetPin));
            bus.SetReset(false);
            Assert.IsFalse(emulator.InReset);
            Assert.AreEqual(1L, emulator.Counters.ResetPulses);
            Assert.AreEqual(2, firmware.Resets);

            var h = new TransportHarness(emulator, firmware, counting);
            h.BringUp(pulseReset: false);
            byte[] command = TransportHarness.Command(TransportTestFirmware.Echo, 900, 9);
            h.Device.Enqueue(TransportHarness.Burst(command));
            h.PumpUntil(() => h.Messages.Count == 2);
            CollectionAssert.AreEqual(command, firmware.Commands[0]);
            CollectionAssert.AreEqual(TransportTestFirmware.EchoResponse(command), h.Messages[0][..(10 + 900)]);

            // the grant and the answers each came as a falling edge on the INTOUT pin
            Assert.AreEqual(2, counting.Edges);
            Assert.AreEqual(PinValue.High, HostGpio.Read(InterruptPin));

            // a message from the module pulls the pin low until the driver acknowledges it
            emulator.PostToHost(TransportTestFirmware.Aec(5));
            Assert.AreEqual(PinValue.Low, HostGpio.Read(InterruptPin));
            Assert.IsTrue(bus.InterruptAsserted);
            Assert.AreEqual(3, counting.Edges);
            h.PumpUntil(() => h.Messages.Count == 3);
            Assert.IsFalse(bus.InterruptAsserted);

            EmulatorCounters counters = emulator.Counters;
            Assert.AreEqual(h.Device.Sdio.BytesClocked, counters.BytesClocked);
            Assert.AreEqual(h.Device.Sdio.Frames, counters.ChipSelectFrames);
            h.AssertNoProtocolErrors();

            // disposing releases the SPI device and both pins
            bus.Dispose();
            using var again = SpiDevice.Create(settings);
            using var gpio = new GpioController();
            gpio.OpenPin(ResetPin, PinMode.Output);
            gpio.OpenPin(InterruptPin, PinMode.Input);
        }

        [TestMethod]
        public void WithoutOwnershipTheDevicesStayOpen()
        {
            using var emulator = new Wincs02Emulator(new TransportTestFirmware(), new EmulatorOptions { BootTime = TimeSpan.Zero });
            emulator.AttachToHostPins(SpiBus, ChipSelect, ResetPin, InterruptPin);
            using var spi = SpiDevice.Create(Settings());
            using var gpio = new GpioController();
            var bus = new SpiGpioWincsBus(spi, ResetPin, InterruptPin, gpio, shouldDispose: false);
            bus.Dispose();
            Assert.IsFalse(gpio.IsPinOpen(ResetPin));
            Assert.IsFalse(gpio.IsPinOpen(InterruptPin));

            byte[] rx = new byte[9];
            spi.TransferFullDuplex(new byte[] { 0xFF, 0x40, 0x00, 0x00, 0x00, 0x00, 0x95, 0xFF, 0xFF }, rx);
            Assert.AreEqual(0x01, rx[8], "the SPI device still works after the bus is disposed");
            Assert.ThrowsExactly<ObjectDisposedException>(() => bus.Transfer(new byte[1], new byte[1]));
        }

        private static SpiConnectionSettings Settings()
        {
            return new SpiConnectionSettings(SpiBus, ChipSelect)
            {
                Mode = SpiGpioWincsBus.SpiMode,
                ClockFrequency = SpiGpioWincsBus.SpiClockFrequency,
                DataFlow = DataFlow.MsbFirst,
            };
        }
    }
}
