// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the NETIFC configuration command (<c>WINC_CFG_PARAM_ID_NETIF_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum NetifParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_NAME</c>.</summary>
        Name = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_ETHER</c>.</summary>
        Ether = 2,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_HOSTNAME</c>.</summary>
        Hostname = 3,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_DHCPC_EN</c>.</summary>
        DhcpcEn = 10,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_DHCPC_LEASE_START</c>.</summary>
        DhcpcLeaseStart = 11,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_DHCPC_LEASE_ENDS</c>.</summary>
        DhcpcLeaseEnds = 12,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_DHCPC_SRV_ADDR</c>.</summary>
        DhcpcSrvAddr = 13,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_L2_ONLY</c>.</summary>
        L2Only = 20,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_L2_MONITOR_MODE</c>.</summary>
        L2MonitorMode = 21,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_L2_MONITOR_MAX_LEN</c>.</summary>
        L2MonitorMaxLen = 22,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_IP_MASK</c>.</summary>
        IpMask = 40,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_GATEWAY</c>.</summary>
        Gateway = 41,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_IPV6_GLO_ADDR</c>.</summary>
        Ipv6GloAddr = 60,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_IPV6_LL_ADDR</c>.</summary>
        Ipv6LlAddr = 61,

        /// <summary><c>WINC_CFG_PARAM_ID_NETIF_IPV6_GATEWAY</c>.</summary>
        Ipv6Gateway = 62,
    }
}
