// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>DHCP server events passed to the <see cref="NetDhcpCallback"/> (<c>SYS_WINCS_NET_DHCP_EVENT_t</c>).</summary>
    public enum NetDhcpEvent
    {
        /// <summary>The soft AP's DHCP server leased an address to a station; the handle is the address text (<c>SYS_WINCS_NET_STA_DHCP_DONE</c>, named for the station that got it).</summary>
        StaDhcpDone = 0,
    }
}
