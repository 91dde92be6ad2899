// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02
{
    /// <summary>The device clock: <c>DateTime.UtcNow.Ticks</c> (nanoFramework has no Stopwatch or Environment.TickCount).</summary>
    public sealed class SystemClock : IWincClock
    {
        /// <summary>Gets the current UTC time in ticks.</summary>
        public long UtcTicks => DateTime.UtcNow.Ticks;
    }
}
