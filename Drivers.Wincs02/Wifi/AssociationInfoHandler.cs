// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Receives the answer of <see cref="WincWifi.AssocInfoGet"/> (<c>WDRV_WINC_ASSOC_RSSI_CALLBACK</c>); called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="wifi">The Wi-Fi service.</param>
    /// <param name="result">Ok with <paramref name="info"/> filled; CommandError (e.g. ASSOC_NOT_FOUND), Timeout, BusError or ModuleReset otherwise.</param>
    /// <param name="info">The association (reused by the driver), or null on failure.</param>
    public delegate void AssociationInfoHandler(WincWifi wifi, RequestResult result, AssociationInfo info);
}
