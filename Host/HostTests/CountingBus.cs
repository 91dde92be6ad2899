// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Threading;
using Drivers.Wincs02.Bus;

namespace nanoWincs.Host.Tests
{
    /// <summary>Forwards to another bus and counts the interrupt edges that reach the driver.</summary>
    internal sealed class CountingBus : IWincsBus
    {
        private readonly IWincsBus _inner;
        private int _edges;

        public CountingBus(IWincsBus inner)
        {
            _inner = inner;
        }

        public int Edges => Volatile.Read(ref _edges);

        public bool InterruptAsserted => _inner.InterruptAsserted;

        public void Transfer(SpanByte write, SpanByte read)
        {
            _inner.Transfer(write, read);
        }

        public void SetReset(bool asserted)
        {
            _inner.SetReset(asserted);
        }

        public void SetInterruptHandler(WincsInterruptHandler handler)
        {
            _inner.SetInterruptHandler(handler == null ? null : () =>
            {
                Interlocked.Increment(ref _edges);
                handler();
            });
        }
    }
}
