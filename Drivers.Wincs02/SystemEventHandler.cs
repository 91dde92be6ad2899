// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>Receives bring-up and recovery events (<c>WDRV_WINC_SYSTEM_EVENT_CALLBACK</c>); called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="driver">The driver.</param>
    /// <param name="systemEvent">What happened.</param>
    public delegate void SystemEventHandler(WincDriver driver, SystemEvent systemEvent);
}
