// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Threading;
using Drivers.Wincs02.Bus;

namespace nanoWincs.Benchmarks
{
    /// <summary>
    /// Passes every call to the emulator's bus and adds up what the emulator allocated inside it on the calling
    /// thread, so that the driver's own allocations can be told apart (the in-process bus runs the emulated SPI
    /// slave on the thread that calls Transfer). It also lets the driving thread sleep until INTOUT falls, as a
    /// device's task loop waits on the interrupt instead of spinning.
    /// </summary>
    public sealed class AllocationFilterBus : IWincsBus
    {
        private readonly IWincsBus _inner;
        private readonly ManualResetEventSlim _edge = new ManualResetEventSlim(false, 0);
        private long _emulatorBytes;
        private long _transfers;
        private WincsInterruptHandler _handler;

        public AllocationFilterBus(IWincsBus inner)
        {
            _inner = inner ?? throw new ArgumentNullException(nameof(inner));
            _inner.SetInterruptHandler(OnEdge);
        }

        /// <summary>Gets the bytes allocated inside the emulator's bus calls on the calling threads.</summary>
        public long EmulatorBytes => _emulatorBytes;

        /// <summary>Gets the number of chip-select frames the driver asked for.</summary>
        public long Transfers => _transfers;

        /// <summary>Waits until INTOUT is asserted or an edge arrived, at most <paramref name="milliseconds"/>.</summary>
        public void WaitForInterrupt(int milliseconds)
        {
            if (!_inner.InterruptAsserted)
            {
                _edge.Wait(milliseconds);
            }

            _edge.Reset();
        }

        public bool InterruptAsserted
        {
            get
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                bool asserted = _inner.InterruptAsserted;
                _emulatorBytes += GC.GetAllocatedBytesForCurrentThread() - before;
                return asserted;
            }
        }

        public void Transfer(SpanByte write, SpanByte read)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            _inner.Transfer(write, read);
            _transfers++;
            _emulatorBytes += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        public void SetReset(bool asserted)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            _inner.SetReset(asserted);
            _emulatorBytes += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        public void SetInterruptHandler(WincsInterruptHandler handler)
        {
            _handler = handler;
        }

        private void OnEdge()
        {
            _handler?.Invoke();
            _edge.Set();
        }
    }
}
