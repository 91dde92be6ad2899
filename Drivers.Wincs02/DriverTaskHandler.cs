// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>
    /// Called at the end of every <see cref="WincDriver.Tasks"/> while the driver is ready, so
    /// services can retry deferred work (a write waiting for a free request, a credit update) and
    /// check their own deadlines without a thread of their own.
    /// </summary>
    /// <param name="driver">The driver.</param>
    /// <param name="nowTicks">The driver clock, in ticks.</param>
    public delegate void DriverTaskHandler(WincDriver driver, long nowTicks);
}
