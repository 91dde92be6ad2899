// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Receives each scan result as the module reports it; called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="wifi">The Wi-Fi service.</param>
    /// <param name="index">1-based position of the result in this scan.</param>
    /// <param name="info">The result (reused by the driver: copy it to keep it).</param>
    public delegate void BssInfoHandler(WincWifi wifi, int index, BssInfo info);
}
