// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Net
{
    /// <summary>Receives DHCP server events (<c>WDRV_WINC_DHCPS_EVENT_HANDLER</c>); called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="net">The network service.</param>
    /// <param name="dhcpsIndex">The DHCP server (0).</param>
    /// <param name="dhcpsEvent">What happened.</param>
    /// <param name="assocId">Association id of the station.</param>
    /// <param name="address">The leased IPv4 address (4 bytes, valid during the call).</param>
    public delegate void DhcpsEventHandler(WincNet net, int dhcpsIndex, DhcpsEvent dhcpsEvent, int assocId, byte[] address);
}
