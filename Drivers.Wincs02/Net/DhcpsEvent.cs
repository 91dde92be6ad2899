// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Net
{
    /// <summary>DHCP server events (<c>WDRV_WINC_DHCPS_EVENT_TYPE</c>).</summary>
    public enum DhcpsEvent
    {
        /// <summary>A station on the soft AP was leased an address (WAPAIP).</summary>
        LeaseAssigned = 0,
    }
}
