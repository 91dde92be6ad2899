// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;

namespace Tests.Shared
{
    /// <summary>A clock the test moves by hand, so waits of seconds take no time.</summary>
    public sealed class FakeClock : IWincClock
    {
        /// <summary>Gets or sets the current time in ticks.</summary>
        public long UtcTicks { get; set; }

        /// <summary>Moves the clock forward.</summary>
        /// <param name="milliseconds">Milliseconds.</param>
        public void Advance(int milliseconds)
        {
            UtcTicks += milliseconds * TimeSpan.TicksPerMillisecond;
        }

        /// <summary>Milliseconds since tick 0.</summary>
        /// <param name="ticks">A time.</param>
        /// <returns>Whole milliseconds.</returns>
        public static int Ms(long ticks)
        {
            return (int)(ticks / TimeSpan.TicksPerMillisecond);
        }
    }
}
