// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Device.Gpio;

namespace System.Device.Spi
{
    /// <summary>SPI clock modes.</summary>
    public enum SpiMode
    {
        /// <summary>CPOL 0, CPHA 0.</summary>
        Mode0,
        /// <summary>CPOL 0, CPHA 1.</summary>
        Mode1,
        /// <summary>CPOL 1, CPHA 0.</summary>
        Mode2,
        /// <summary>CPOL 1, CPHA 1.</summary>
        Mode3,
    }

    /// <summary>Bit order.</summary>
    public enum DataFlow
    {
        /// <summary>Most significant bit first.</summary>
        MsbFirst,
        /// <summary>Least significant bit first.</summary>
        LsbFirst,
    }

    /// <summary>Bus wiring.</summary>
    public enum SpiBusConfiguration
    {
        /// <summary>Full duplex.</summary>
        FullDuplex,
        /// <summary>Half duplex.</summary>
        HalfDuplex,
        /// <summary>Simplex.</summary>
        Simplex,
    }

    /// <summary>Sharing mode (not usable on the device; present for API parity).</summary>
    public enum SpiSharingMode
    {
        /// <summary>Exclusive.</summary>
        Exclusive,
        /// <summary>Shared.</summary>
        Shared,
    }

    /// <summary>Connection settings.</summary>
    public sealed class SpiConnectionSettings
    {
        /// <summary>Creates settings for a bus and chip-select GPIO (-1: not managed).</summary>
        public SpiConnectionSettings(int busId, int chipSelectLine = -1)
        {
            BusId = busId;
            ChipSelectLine = chipSelectLine;
        }

        internal SpiConnectionSettings(SpiConnectionSettings other)
        {
            BusId = other.BusId;
            ChipSelectLine = other.ChipSelectLine;
            Mode = other.Mode;
            DataBitLength = other.DataBitLength;
            ClockFrequency = other.ClockFrequency;
            DataFlow = other.DataFlow;
            ChipSelectLineActiveState = other.ChipSelectLineActiveState;
            Configuration = other.Configuration;
        }

        /// <summary>Bus id.</summary>
        public int BusId { get; set; }

        /// <summary>Chip-select GPIO.</summary>
        public int ChipSelectLine { get; set; }

        /// <summary>Clock mode.</summary>
        public SpiMode Mode { get; set; } = SpiMode.Mode0;

        /// <summary>Bits per word.</summary>
        public int DataBitLength { get; set; } = 8;

        /// <summary>Clock in Hz.</summary>
        public int ClockFrequency { get; set; } = 500_000;

        /// <summary>Bit order.</summary>
        public DataFlow DataFlow { get; set; } = DataFlow.MsbFirst;

        /// <summary>Active chip-select level.</summary>
        public PinValue ChipSelectLineActiveState { get; set; } = PinValue.Low;

        /// <summary>Bus wiring.</summary>
        public SpiBusConfiguration Configuration { get; set; } = SpiBusConfiguration.FullDuplex;
    }

    /// <summary>Bus limits.</summary>
    public sealed class SpiBusInfo
    {
        /// <summary>Maximum clock.</summary>
        public int MaxClockFrequency => 80_000_000;

        /// <summary>Minimum clock.</summary>
        public int MinClockFrequency => 100_000;
    }

    /// <summary>Thrown when the device is already open.</summary>
    [Serializable]
    public class SpiDeviceAlreadyInUseException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public SpiDeviceAlreadyInUseException()
        {
        }
    }

    /// <summary>An SPI device; on the host, transfers go to <see cref="HostSpi"/>.</summary>
    public class SpiDevice : IDisposable
    {
        private readonly SpiConnectionSettings _settings;
        private bool _disposed;

        /// <summary>Opens a device.</summary>
        public SpiDevice(SpiConnectionSettings settings)
        {
            _settings = new SpiConnectionSettings(settings);
            HostSpi.Open(_settings.BusId, _settings.ChipSelectLine);
        }

        /// <summary>Settings (a copy).</summary>
        public SpiConnectionSettings ConnectionSettings => new SpiConnectionSettings(_settings);

        /// <summary>Opens a device.</summary>
        public static SpiDevice Create(SpiConnectionSettings settings) => new SpiDevice(settings);

        /// <summary>Bus limits.</summary>
        public static SpiBusInfo GetBusInfo(int busId) => new SpiBusInfo();

        /// <summary>Reads one byte (clocks out 0x00, as the native driver does).</summary>
        public byte ReadByte()
        {
            byte[] rx = new byte[1];
            Read(rx);
            return rx[0];
        }

        /// <summary>Reads bytes, clocking out 0x00.</summary>
        public void Read(SpanByte buffer)
        {
            byte[] zeros = new byte[buffer.Length];
            Transfer(zeros, 0, buffer.Array_, buffer.Start, buffer.Length);
        }

        /// <summary>Reads 16-bit words.</summary>
        public void Read(ushort[] buffer) => throw new NotSupportedException();

        /// <summary>Writes one byte.</summary>
        public void WriteByte(byte value) => Write(new byte[] { value });

        /// <summary>Writes bytes, discarding MISO.</summary>
        public void Write(SpanByte buffer)
        {
            byte[] sink = new byte[buffer.Length];
            Transfer(buffer.Array_, buffer.Start, sink, 0, buffer.Length);
        }

        /// <summary>Writes 16-bit words.</summary>
        public void Write(ushort[] buffer) => throw new NotSupportedException();

        /// <summary>Full-duplex transfer; both buffers must have the same length.</summary>
        public void TransferFullDuplex(SpanByte writeBuffer, SpanByte readBuffer)
        {
            if (_settings.Configuration != SpiBusConfiguration.FullDuplex)
            {
                throw new InvalidOperationException();
            }

            if (writeBuffer.Length != readBuffer.Length)
            {
                throw new ArgumentException();
            }

            Transfer(writeBuffer.Array_, writeBuffer.Start, readBuffer.Array_, readBuffer.Start, writeBuffer.Length);
        }

        /// <summary>Full-duplex 16-bit transfer.</summary>
        public void TransferFullDuplex(ushort[] writeBuffer, ushort[] readBuffer) => throw new NotSupportedException();

        /// <summary>Closes the device.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Closes the device.</summary>
        protected virtual void Dispose(bool disposing)
        {
            if (!_disposed)
            {
                _disposed = true;
                HostSpi.Close(_settings.BusId, _settings.ChipSelectLine);
            }
        }

        private void Transfer(byte[] tx, int txStart, byte[] rx, int rxStart, int length)
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(SpiDevice));
            }

            if (length == 0)
            {
                return;
            }

            HostSpi.Transfer(_settings.BusId, _settings.ChipSelectLine, new ReadOnlySpan<byte>(tx, txStart, length), new Span<byte>(rx, rxStart, length));
        }
    }
}
