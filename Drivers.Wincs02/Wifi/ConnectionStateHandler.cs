// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Receives station connection changes (<c>WDRV_WINC_BSSCON_NOTIFY_CALLBACK</c>); called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="wifi">The Wi-Fi service.</param>
    /// <param name="assocId">The module's association id (0 before the link came up).</param>
    /// <param name="state">The new state.</param>
    public delegate void ConnectionStateHandler(WincWifi wifi, int assocId, ConnectionState state);
}
