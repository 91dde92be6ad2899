// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;

namespace Sys.Wincs.Net
{
    /// <summary>The DHCP server callback (<c>SYS_WINCS_NET_DHCP_CALLBACK_t</c>), called from <c>WincDriver.Tasks</c>.</summary>
    /// <param name="dhcpEvent">What happened.</param>
    /// <param name="netHandle">The leased address as text.</param>
    /// <returns>Ignored by the service.</returns>
    public delegate WincsResult NetDhcpCallback(NetDhcpEvent dhcpEvent, object netHandle);
}
