// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Bus;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// Forwards to the emulator's bus and adds up what the emulator allocates on the calling thread
    /// inside each call, so an allocation test can tell the device code's bytes (driver, service)
    /// from the emulated hardware's (on a device, SPI is a peripheral, not managed code).
    /// </summary>
    internal sealed class MeteringBus : IWincsBus
    {
        private readonly IWincsBus _inner;

        public MeteringBus(IWincsBus inner)
        {
            _inner = inner;
        }

        /// <summary>Bytes the emulator allocated inside bus calls, on the threads that made them (summed).</summary>
        public long EmulatorBytes { get; private set; }

        public bool InterruptAsserted
        {
            get
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                bool asserted = _inner.InterruptAsserted;
                EmulatorBytes += GC.GetAllocatedBytesForCurrentThread() - before;
                return asserted;
            }
        }

        public void Transfer(SpanByte write, SpanByte read)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            _inner.Transfer(write, read);
            EmulatorBytes += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        public void SetReset(bool asserted)
        {
            _inner.SetReset(asserted);
        }

        public void SetInterruptHandler(WincsInterruptHandler handler)
        {
            _inner.SetInterruptHandler(handler);
        }
    }
}
