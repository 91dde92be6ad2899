// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>Transport of a <see cref="NetSocket"/> (<c>SYS_WINCS_NET_SOCK_TYPE_t</c>).</summary>
    public enum NetSockType
    {
        /// <summary>UDP datagrams (<c>SYS_WINCS_NET_SOCK_TYPE_UDP</c>).</summary>
        Udp = 1,

        /// <summary>TCP stream, optionally TLS (<c>SYS_WINCS_NET_SOCK_TYPE_TCP</c>).</summary>
        Tcp = 2,
    }
}
