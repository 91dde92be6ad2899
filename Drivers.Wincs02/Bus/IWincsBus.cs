// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02.Bus
{
    /// <summary>
    /// The narrow hardware seam of the driver: one SPI chip-select frame per <see cref="Transfer"/>,
    /// the RESETN output and the INTOUT input. SpiGpioWincsBus implements it over
    /// nanoFramework's SpiDevice and GpioController; the host emulator implements it directly.
    /// </summary>
    public interface IWincsBus
    {
        /// <summary>
        /// Asserts chip select, clocks <paramref name="write"/> out while filling <paramref name="read"/>
        /// (same length), then releases chip select.
        /// </summary>
        /// <param name="write">Bytes for MOSI; idle bytes must be 0xFF (the WINCS02 treats 0x00 as data).</param>
        /// <param name="read">Receives MISO; same length as <paramref name="write"/>.</param>
        void Transfer(SpanByte write, SpanByte read);

        /// <summary>Drives RESETN: true holds the module in reset (pin low), false releases it.</summary>
        /// <param name="asserted">True to hold the module in reset.</param>
        void SetReset(bool asserted);

        /// <summary>Gets a value indicating whether INTOUT is asserted (pin low).</summary>
        bool InterruptAsserted { get; }

        /// <summary>
        /// Registers a handler called on each falling edge of INTOUT, or null to rely on polling
        /// <see cref="InterruptAsserted"/>. The handler may run on another thread and must not block.
        /// </summary>
        /// <param name="handler">The handler, or null.</param>
        void SetInterruptHandler(WincsInterruptHandler handler);
    }
}
