// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Device.Gpio;
using System.Device.Spi;

namespace Drivers.Wincs02.Bus
{
    /// <summary>
    /// <see cref="IWincsBus"/> over nanoFramework's <see cref="SpiDevice"/> (chip select driven by the SPI
    /// driver around every transfer) and <see cref="GpioController"/> (RESETN output, INTOUT input with a
    /// falling-edge callback).
    /// </summary>
    public sealed class SpiGpioWincsBus : IWincsBus, IDisposable
    {
        /// <summary>A clock the WINCS02 runs at on ordinary boards; the module accepts up to <see cref="MaxSpiClockFrequency"/>.</summary>
        public const int SpiClockFrequency = 20_000_000;

        /// <summary>Highest SCK the WINCS02 accepts (datasheet; the board layout may allow less).</summary>
        public const int MaxSpiClockFrequency = 50_000_000;

        /// <summary>The module samples on the leading edge with the clock idle low.</summary>
        public const SpiMode SpiMode = System.Device.Spi.SpiMode.Mode0;

        private readonly SpiDevice _spi;
        private readonly GpioController _gpio;
        private readonly int _resetPin;
        private readonly int _interruptPin;
        private readonly bool _disposeSpi;
        private readonly bool _disposeGpio;
        private readonly PinChangeEventHandler _edgeCallback;
        private WincsInterruptHandler _handler;
        private bool _disposed;

        /// <summary>Creates the bus; opens RESETN as an output driven high (module running) and INTOUT as an input.</summary>
        /// <param name="spiDevice">SPI device for the module: mode <see cref="SpiMode"/>, 8-bit, MSB first, full duplex, chip select set.</param>
        /// <param name="resetPin">GPIO wired to the module's MCLR/RESETN (active low).</param>
        /// <param name="interruptPin">GPIO wired to the module's INTOUT (active low).</param>
        /// <param name="gpioController">Controller for both pins; null creates one (disposed with this bus).</param>
        /// <param name="shouldDispose">True to dispose <paramref name="spiDevice"/> and <paramref name="gpioController"/> with this bus.</param>
        /// <exception cref="ArgumentNullException"><paramref name="spiDevice"/> is null.</exception>
        public SpiGpioWincsBus(SpiDevice spiDevice, int resetPin, int interruptPin, GpioController gpioController = null, bool shouldDispose = true)
        {
            if (spiDevice == null)
            {
                throw new ArgumentNullException();
            }

            _spi = spiDevice;
            _resetPin = resetPin;
            _interruptPin = interruptPin;
            _disposeSpi = shouldDispose;
            _disposeGpio = shouldDispose || gpioController == null;
            _gpio = gpioController ?? new GpioController();

            _gpio.OpenPin(_resetPin, PinMode.Output);
            _gpio.Write(_resetPin, PinValue.High);
            _gpio.OpenPin(_interruptPin, PinMode.InputPullUp);
            _edgeCallback = new PinChangeEventHandler(OnPinChanged);
            _gpio.RegisterCallbackForPinValueChangedEvent(_interruptPin, PinEventTypes.Falling, _edgeCallback);
        }

        /// <inheritdoc/>
        public bool InterruptAsserted => _gpio.Read(_interruptPin) == PinValue.Low;

        /// <inheritdoc/>
        /// <exception cref="ObjectDisposedException">The bus was disposed.</exception>
        public void Transfer(SpanByte write, SpanByte read)
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(null);
            }

            _spi.TransferFullDuplex(write, read);
        }

        /// <inheritdoc/>
        /// <exception cref="ObjectDisposedException">The bus was disposed.</exception>
        public void SetReset(bool asserted)
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(null);
            }

            _gpio.Write(_resetPin, asserted ? PinValue.Low : PinValue.High);
        }

        /// <inheritdoc/>
        public void SetInterruptHandler(WincsInterruptHandler handler)
        {
            _handler = handler;
        }

        /// <summary>Stops the edge callback and releases the pins (and the devices when it owns them).</summary>
        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _handler = null;
            _gpio.UnregisterCallbackForPinValueChangedEvent(_interruptPin, _edgeCallback);
            _gpio.ClosePin(_interruptPin);
            _gpio.ClosePin(_resetPin);
            if (_disposeGpio)
            {
                _gpio.Dispose();
            }

            if (_disposeSpi)
            {
                _spi.Dispose();
            }
        }

        private void OnPinChanged(object sender, PinValueChangedEventArgs e)
        {
            WincsInterruptHandler handler = _handler;
            if (handler != null && e.ChangeType == PinEventTypes.Falling)
            {
                handler();
            }
        }
    }
}
