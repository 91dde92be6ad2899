// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Device.Gpio;
using System.Device.Spi;
using System.IO;
using Drivers.Wincs02.Bus;
using nanoWincs.Emulator.Sdio;

namespace nanoWincs.Emulator
{
    /// <summary>
    /// An emulated WINCS02: the SDIO-over-SPI slave of the real module in front of an <see cref="IModuleFirmware"/>.
    /// Reach it through <see cref="Bus"/> (in process) or through the nanoFramework shims after
    /// <see cref="AttachToHostPins"/>; inject transport faults; read what crossed the bus in <see cref="Counters"/>.
    /// </summary>
    public sealed class Wincs02Emulator : IDisposable
    {
        private readonly object _sync = new object();
        private readonly SdioSlave _slave;
        private readonly EmulatorBus _bus;
        private readonly Action<int, PinValue> _resetObserver;
        private bool _dropNextEdge;
        private int _spiBus = -1;
        private int _chipSelect = -1;
        private int _resetPin = -1;
        private int _interruptPin = -1;

        /// <summary>Creates the module, powered and booting (MISO low for <see cref="EmulatorOptions.BootTime"/>).</summary>
        /// <param name="firmware">The command processor; it is attached and told of the power-on reset.</param>
        /// <param name="options">Timing options, or null for the defaults.</param>
        public Wincs02Emulator(IModuleFirmware firmware, EmulatorOptions options = null)
        {
            if (firmware == null)
            {
                throw new ArgumentNullException(nameof(firmware));
            }

            Options = options ?? new EmulatorOptions();
            _slave = new SdioSlave(firmware, Options);
            _bus = new EmulatorBus(_slave);
            _resetObserver = (pin, value) => _slave.SetResetLine(value == PinValue.Low);
            _slave.InterruptLineChanged += OnInterruptLineChanged;
            firmware.Attach(_slave);

            // the power-on reset: the firmware hears OnReset once it is attached
            _slave.Dispatch();
        }

        /// <summary>Gets the options in use.</summary>
        public EmulatorOptions Options { get; }

        /// <summary>Gets the in-process bus: Transfer to the slave, SetReset to RESETN, INTOUT level and edges.</summary>
        public IWincsBus Bus => _bus;

        /// <summary>Gets the slave as an SPI peripheral (for <see cref="HostSpi.Attach"/>).</summary>
        public ISpiPeripheral SpiPeripheral => _slave;

        /// <summary>Gets the firmware's side of the slave (what <see cref="IModuleFirmware.Attach"/> received).</summary>
        public IModuleHost Host => _slave;

        /// <summary>Gets a snapshot of the transport counters.</summary>
        public EmulatorCounters Counters => _slave.SnapshotCounters();

        /// <summary>
        /// Gets or sets the bus trace: null (the default) traces nothing and costs nothing; a writer gets one
        /// line per host command, module answer, event and SDIO event, decoded with the specification's names
        /// (format in <see cref="BusTrace"/>). Lines are written whole, from the SPI thread and the module CPU;
        /// the writer is not closed by the emulator (use an auto-flushing writer to keep the trace of a process
        /// that exits).
        /// </summary>
        public TextWriter Trace
        {
            get { return _slave.Trace; }
            set { _slave.Trace = value; }
        }

        /// <summary>Gets the protocol violations the slave detected (at most the first 100).</summary>
        public IReadOnlyList<string> ProtocolLog => _slave.ProtocolLog;

        /// <summary>Gets a value indicating whether INTOUT is asserted (low).</summary>
        public bool InterruptAsserted => _slave.InterruptAsserted;

        /// <summary>Gets a value indicating whether the module is out of reset and booted.</summary>
        public bool IsBooted => _slave.IsBooted;

        /// <summary>Gets a value indicating whether RESETN is held low.</summary>
        public bool InReset => _slave.InReset;

        /// <summary>Gets the number of module messages waiting to be announced to the host.</summary>
        public int QueuedToHost => _slave.QueuedToHost;

        /// <summary>
        /// Wires the module into the nanoFramework shims: SPI bus/chip select in <see cref="HostSpi"/>, RESETN
        /// observed and INTOUT driven through <see cref="HostGpio"/>.
        /// </summary>
        /// <param name="spiBus">SPI bus id.</param>
        /// <param name="chipSelect">Chip-select line.</param>
        /// <param name="resetPin">GPIO the MCU drives as RESETN.</param>
        /// <param name="interruptPin">GPIO the module drives as INTOUT.</param>
        public void AttachToHostPins(int spiBus, int chipSelect, int resetPin, int interruptPin)
        {
            lock (_sync)
            {
                if (_spiBus >= 0)
                {
                    throw new InvalidOperationException("already attached");
                }

                _spiBus = spiBus;
                _chipSelect = chipSelect;
                _resetPin = resetPin;
                _interruptPin = interruptPin;
            }

            HostSpi.Attach(spiBus, chipSelect, _slave);
            HostGpio.ObserveMcuWrites(resetPin, _resetObserver);
            HostGpio.Drive(interruptPin, _slave.InterruptAsserted ? PinValue.Low : PinValue.High);
            if (HostGpio.Read(resetPin) == PinValue.Low)
            {
                _slave.SetResetLine(true);
            }
        }

        /// <summary>Module-to-host message, as the firmware would post it.</summary>
        /// <param name="message">The message (padded to words by the slave).</param>
        public void PostToHost(ReadOnlySpan<byte> message)
        {
            _slave.PostToHost(message);
        }

        /// <summary>Zeroes the counters and the protocol log.</summary>
        public void ResetCounters()
        {
            _slave.ResetCounters();
        }

        /// <summary>Answers the next written block with a CRC-error data-response token (0xEB) and discards it.</summary>
        public void CorruptNextDataResponse()
        {
            _slave.CorruptNextDataResponse();
        }

        /// <summary>Answers the next CMD52/CMD53 with an R5 error instead of executing it.</summary>
        /// <param name="flags">R5 error flags (0x04 illegal command by default).</param>
        public void FailNextCommand(byte flags = 0x04)
        {
            _slave.FailNextCommand(flags);
        }

        /// <summary>
        /// The next falling edge of INTOUT reaches no edge handler of <see cref="Bus"/> while the level goes low
        /// (a lost interrupt). Through <see cref="AttachToHostPins"/> the pin still changes, and the shim's GPIO
        /// controller reports every change, so this fault only applies to <see cref="Bus"/>.
        /// </summary>
        public void DropNextInterruptEdge()
        {
            lock (_sync)
            {
                _dropNextEdge = true;
            }
        }

        /// <summary>Resets the module by itself after <paramref name="clockedBytes"/> more bytes: state lost, MISO low while it boots again.</summary>
        /// <param name="clockedBytes">Bytes clocked normally before the reset.</param>
        public void ResetModuleAfter(int clockedBytes)
        {
            _slave.ResetAfter(clockedBytes);
        }

        /// <summary>Posts a module message of <paramref name="length"/> bytes (an AEC with an unknown id) to exceed the host's receive buffer.</summary>
        /// <param name="length">Message length in bytes.</param>
        /// <returns>The message as posted.</returns>
        public byte[] AnnounceOversizedMessage(int length)
        {
            if (length < 12)
            {
                throw new ArgumentOutOfRangeException(nameof(length));
            }

            byte[] message = new byte[length];
            message[0] = 0x03;
            message[1] = 0xFF;
            message[2] = 0xFE;
            message[5] = 0xFF;
            message[6] = 0xFE;
            for (int i = 10; i < length; i++)
            {
                message[i] = (byte)(i * 13);
            }

            _slave.PostToHost(message);
            return message;
        }

        /// <summary>Detaches from the shims.</summary>
        public void Dispose()
        {
            int spiBus;
            int resetPin;
            lock (_sync)
            {
                spiBus = _spiBus;
                resetPin = _resetPin;
                _spiBus = -1;
            }

            if (spiBus >= 0)
            {
                HostSpi.Detach(spiBus, _chipSelect);
                HostGpio.StopObserving(resetPin, _resetObserver);
            }
        }

        private void OnInterruptLineChanged(bool asserted)
        {
            int pin;
            bool drop = false;
            lock (_sync)
            {
                pin = _spiBus >= 0 ? _interruptPin : -1;
                if (asserted && _dropNextEdge)
                {
                    _dropNextEdge = false;
                    drop = true;
                }
            }

            if (pin >= 0)
            {
                HostGpio.Drive(pin, asserted ? PinValue.Low : PinValue.High);
            }

            if (drop)
            {
                _slave.TraceEvent("fault: INTOUT falling edge dropped (injected)");
            }

            WincsInterruptHandler handler = _bus.Handler;
            if (asserted && !drop && handler != null)
            {
                handler();
            }
        }
    }
}
