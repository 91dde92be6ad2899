// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Collections.Generic;

namespace System.Device.Spi
{
    /// <summary>A host-side SPI peripheral: one call is one chip-select frame.</summary>
    public interface ISpiPeripheral
    {
        /// <summary>Clocks <paramref name="mosi"/> in and fills <paramref name="miso"/> (same length) while CS is asserted.</summary>
        void Transfer(ReadOnlySpan<byte> mosi, Span<byte> miso);
    }

    /// <summary>
    /// Host-only SPI wiring: which peripheral answers on a bus and chip-select line.
    /// Not part of the nanoFramework API (the API gate rejects it in device code).
    /// </summary>
    public static class HostSpi
    {
        private static readonly object s_lock = new object();
        private static readonly Dictionary<(int, int), ISpiPeripheral> s_peripherals = new Dictionary<(int, int), ISpiPeripheral>();
        private static readonly HashSet<(int, int)> s_open = new HashSet<(int, int)>();

        /// <summary>Attaches a peripheral to a bus and chip-select line.</summary>
        public static void Attach(int busId, int chipSelectLine, ISpiPeripheral peripheral)
        {
            lock (s_lock)
            {
                s_peripherals[(busId, chipSelectLine)] = peripheral;
            }
        }

        /// <summary>Detaches a peripheral.</summary>
        public static void Detach(int busId, int chipSelectLine)
        {
            lock (s_lock)
            {
                s_peripherals.Remove((busId, chipSelectLine));
                s_open.Remove((busId, chipSelectLine));
            }
        }

        internal static void Open(int busId, int chipSelectLine)
        {
            lock (s_lock)
            {
                if (!s_open.Add((busId, chipSelectLine)))
                {
                    throw new SpiDeviceAlreadyInUseException();
                }
            }
        }

        internal static void Close(int busId, int chipSelectLine)
        {
            lock (s_lock)
            {
                s_open.Remove((busId, chipSelectLine));
            }
        }

        internal static void Transfer(int busId, int chipSelectLine, ReadOnlySpan<byte> mosi, Span<byte> miso)
        {
            ISpiPeripheral peripheral;
            lock (s_lock)
            {
                s_peripherals.TryGetValue((busId, chipSelectLine), out peripheral);
            }

            if (peripheral == null)
            {
                // nothing on the bus: MISO floats high
                miso.Fill(0xFF);
                return;
            }

            peripheral.Transfer(mosi, miso);
        }
    }
}
