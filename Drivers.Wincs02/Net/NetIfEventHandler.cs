// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Net
{
    /// <summary>Receives network interface events (<c>WDRV_WINC_NETIF_EVENT_HANDLER</c>); called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="net">The network service.</param>
    /// <param name="ifIndex">The interface (<see cref="WincNet.StationInterfaceIndex"/> for station addresses).</param>
    /// <param name="netIfEvent">What happened.</param>
    /// <param name="info">The address (reused by the driver).</param>
    public delegate void NetIfEventHandler(WincNet net, int ifIndex, NetIfEvent netIfEvent, NetIfAddressInfo info);
}
