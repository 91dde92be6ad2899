// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>Role of a <see cref="NetSocket"/> (<c>SYS_WINCS_BIND_TYPE_t</c>).</summary>
    public enum BindType
    {
        /// <summary>Server: bound to the local port (TCP listens, UDP receives) (<c>SYS_WINCS_BIND_LOCAL</c>).</summary>
        Local = 0,

        /// <summary>Client: connected to the remote address and port (<c>SYS_WINCS_BIND_REMOTE</c>).</summary>
        Remote = 1,

        /// <summary>UDP multicast: bound to the port and joined to the group in the address (<c>SYS_WINCS_BIND_MCAST</c>).</summary>
        Mcast = 2,

        /// <summary>UDP only: neither bound nor connected; send with <see cref="WincsNetService.UdpSockWrite(uint, string, uint, int, byte[])"/> (<c>SYS_WINCS_BIND_NONE</c>; refused by Harmony).</summary>
        None = 3,
    }
}
