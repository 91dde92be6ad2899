// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>Called at the end of every <see cref="WincDriver.Tasks"/> while the driver is ready (<see cref="WincDriver.AddTaskHandler"/>).</summary>
    /// <param name="driver">The driver.</param>
    /// <param name="nowTicks">The driver clock at this call, in 100-ns ticks.</param>
    public delegate void TaskHandler(WincDriver driver, long nowTicks);
}
