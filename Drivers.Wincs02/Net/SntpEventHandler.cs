// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Net
{
    /// <summary>Receives SNTP client events; called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="net">The network service.</param>
    /// <param name="sntpEvent">What happened.</param>
    /// <param name="utcSeconds">For TimeUpdated, seconds since 1970 (NTP-era values are converted); else 0.</param>
    /// <param name="error">For Error, the module's code; else OK.</param>
    public delegate void SntpEventHandler(WincNet net, SntpEvent sntpEvent, uint utcSeconds, WincStatus error);
}
