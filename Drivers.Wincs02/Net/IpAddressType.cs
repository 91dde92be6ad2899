// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Net
{
    /// <summary>Address family (<c>WDRV_WINC_IP_ADDRESS_TYPE</c>); the values are the IP versions.</summary>
    public enum IpAddressType
    {
        /// <summary>IPv4, 4 bytes.</summary>
        IPv4 = 4,

        /// <summary>IPv6, 16 bytes.</summary>
        IPv6 = 6,
    }
}
