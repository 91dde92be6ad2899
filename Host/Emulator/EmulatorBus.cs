// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Bus;
using nanoWincs.Emulator.Sdio;

namespace nanoWincs.Emulator
{
    /// <summary>An in-process <see cref="IWincsBus"/> wired straight to the emulated module (no GPIO or SPI shims).</summary>
    internal sealed class EmulatorBus : IWincsBus
    {
        private readonly object _sync = new object();
        private readonly SdioSlave _slave;
        private byte[] _mosi = new byte[600];
        private byte[] _miso = new byte[600];
        private volatile WincsInterruptHandler _handler;

        public EmulatorBus(SdioSlave slave)
        {
            _slave = slave;
        }

        public bool InterruptAsserted => _slave.InterruptAsserted;

        public WincsInterruptHandler Handler => _handler;

        public void Transfer(SpanByte write, SpanByte read)
        {
            if (write.Length != read.Length)
            {
                throw new ArgumentException("write and read lengths differ");
            }

            int length = write.Length;
            lock (_sync)
            {
                if (_mosi.Length < length)
                {
                    _mosi = new byte[length];
                    _miso = new byte[length];
                }

                for (int i = 0; i < length; i++)
                {
                    _mosi[i] = write[i];
                }

                _slave.Transfer(new ReadOnlySpan<byte>(_mosi, 0, length), new Span<byte>(_miso, 0, length));
                for (int i = 0; i < length; i++)
                {
                    read[i] = _miso[i];
                }
            }
        }

        public void SetReset(bool asserted)
        {
            _slave.SetResetLine(asserted);
        }

        public void SetInterruptHandler(WincsInterruptHandler handler)
        {
            _handler = handler;
        }
    }
}
