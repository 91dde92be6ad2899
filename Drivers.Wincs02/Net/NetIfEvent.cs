// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Net
{
    /// <summary>Network interface events (<c>WDRV_WINC_NETIF_EVENT</c>).</summary>
    public enum NetIfEvent
    {
        /// <summary>An address was assigned (WSTAAIP: DHCP lease, static address confirmed, IPv6 link-local or global).</summary>
        AddressUpdate = 0,

        /// <summary>The station link went down (WSTALD) or the module was lost: the interface's addresses are gone.</summary>
        InterfaceDown = 1,
    }
}
