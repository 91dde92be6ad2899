// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Net
{
    /// <summary>Receives an interface's MAC address (<c>WDRV_WINC_NETIF_MACADDR_CALLBACK</c>); called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="net">The network service.</param>
    /// <param name="result">Ok, or how the query failed (the MAC is then null).</param>
    /// <param name="ifIndex">The interface.</param>
    /// <param name="mac">Six bytes, valid during the call, or null.</param>
    public delegate void MacAddressHandler(WincNet net, RequestResult result, int ifIndex, byte[] mac);
}
