// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the DHCPSC configuration command (<c>WINC_CFG_PARAM_ID_DHCPS_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum DhcpsParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_DHCPS_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_DHCPS_ENABLED</c>.</summary>
        Enabled = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_DHCPS_POOL_START</c>.</summary>
        PoolStart = 2,

        /// <summary><c>WINC_CFG_PARAM_ID_DHCPS_POOL_END</c>.</summary>
        PoolEnd = 3,

        /// <summary><c>WINC_CFG_PARAM_ID_DHCPS_POOL_LEASES</c>.</summary>
        PoolLeases = 4,

        /// <summary><c>WINC_CFG_PARAM_ID_DHCPS_NETIF_IDX</c>.</summary>
        NetifIdx = 5,

        /// <summary><c>WINC_CFG_PARAM_ID_DHCPS_GATEWAY</c>.</summary>
        Gateway = 10,

        /// <summary><c>WINC_CFG_PARAM_ID_DHCPS_DNS_SVR</c>.</summary>
        DnsSvr = 11,
    }
}
