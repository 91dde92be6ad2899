// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Bus;

namespace Tests.Shared
{
    /// <summary>Records RESETN changes with the time they happened; the driver core never transfers.</summary>
    public sealed class FakeBus : IWincsBus
    {
        private readonly FakeClock _clock;
        private readonly bool[] _levels = new bool[64];
        private readonly long[] _times = new long[64];

        /// <summary>Creates the bus.</summary>
        /// <param name="clock">Clock used to stamp changes.</param>
        public FakeBus(FakeClock clock)
        {
            _clock = clock;
        }

        /// <summary>Gets the number of SetReset calls recorded.</summary>
        public int ResetCalls { get; private set; }

        /// <summary>Gets a value indicating whether RESETN is held low now.</summary>
        public bool InReset { get; private set; }

        /// <inheritdoc/>
        public bool InterruptAsserted => false;

        /// <summary>Value passed to SetReset call <paramref name="index"/>.</summary>
        /// <param name="index">Call index.</param>
        /// <returns>True for "held in reset".</returns>
        public bool GetResetLevel(int index)
        {
            return _levels[index];
        }

        /// <summary>Clock ticks of SetReset call <paramref name="index"/>.</summary>
        /// <param name="index">Call index.</param>
        /// <returns>Ticks.</returns>
        public long GetResetTime(int index)
        {
            return _times[index];
        }

        /// <inheritdoc/>
        public void SetReset(bool asserted)
        {
            if (ResetCalls < _levels.Length)
            {
                _levels[ResetCalls] = asserted;
                _times[ResetCalls] = _clock.UtcTicks;
            }

            ResetCalls++;
            InReset = asserted;
        }

        /// <inheritdoc/>
        public void Transfer(SpanByte write, SpanByte read)
        {
            throw new NotSupportedException();
        }

        /// <inheritdoc/>
        public void SetInterruptHandler(WincsInterruptHandler handler)
        {
        }
    }
}
