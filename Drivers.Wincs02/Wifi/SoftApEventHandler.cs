// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Receives soft AP events; called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="wifi">The Wi-Fi service.</param>
    /// <param name="softApEvent">What happened.</param>
    /// <param name="assocId">Association id of the station concerned, or 0.</param>
    /// <param name="mac">MAC of the station concerned (6 bytes, valid only during the call), or null.</param>
    /// <param name="status">Module status of a failure or error, else OK.</param>
    public delegate void SoftApEventHandler(WincWifi wifi, SoftApEvent softApEvent, int assocId, byte[] mac, WincStatus status);
}
