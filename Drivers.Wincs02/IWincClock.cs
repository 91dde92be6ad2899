// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>The time base of the driver's waits and timeouts; <see cref="SystemClock"/> on a device, a scripted clock in tests.</summary>
    public interface IWincClock
    {
        /// <summary>Gets a monotonic time in 100-ns ticks.</summary>
        long UtcTicks { get; }
    }
}
