// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// Receives Wi-Fi service events (<c>SYS_WINCS_WIFI_CALLBACK_t</c>). Called from <c>WincDriver.Tasks</c>,
    /// on its thread, with the driver's lock held: service requests may be made from inside the callback.
    /// </summary>
    /// <param name="wifiEvent">What happened.</param>
    /// <param name="data">The event's data (see <see cref="WifiEvent"/>), or null.</param>
    public delegate void WifiCallback(WifiEvent wifiEvent, object data);
}
