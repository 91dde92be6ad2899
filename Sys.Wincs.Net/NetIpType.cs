// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>IP version of a <see cref="NetSocket"/> (<c>SYS_WINCS_NET_IP_TYPE_t</c>).</summary>
    public enum NetIpType
    {
        /// <summary>IPv4 (<c>SYS_WINCS_NET_IPV4</c>).</summary>
        Ipv4 = 4,

        /// <summary>IPv6, link-local address (<c>SYS_WINCS_NET_IPV6_LOCAL</c>).</summary>
        Ipv6Local = 6,

        /// <summary>IPv6, global address (<c>SYS_WINCS_NET_IPV6_GLOBAL</c>; same value as <see cref="Ipv6Local"/>).</summary>
        Ipv6Global = 6,
    }
}
