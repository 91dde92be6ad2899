// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>Requests of <see cref="WincsNetService.SockSrvCtrl"/> (<c>SYS_WINCS_NET_SOCK_SERVICE_t</c>).</summary>
    public enum NetSockService
    {
        /// <summary>Configures a TLS context; argument <see cref="NetTlsSocParams"/> (<c>SYS_WINCS_NET_TLS_CONFIG</c>).</summary>
        TlsConfig = 1,

        /// <summary>Configures the network interface (static address or DHCP client); argument <see cref="NetIfConfig"/> (<c>SYS_WINCS_NET_IF_CONFIG</c>; not implemented by Harmony).</summary>
        IfConfig = 2,

        /// <summary>Starts the soft-AP DHCP server; argument <c>string[2]</c> = { AP address, pool start } (<c>SYS_WINCS_NET_DHCP_SERVER_ENABLE</c>).</summary>
        DhcpServerEnable = 3,

        /// <summary>Stops the DHCP server; no argument (<c>SYS_WINCS_NET_DHCP_SERVER_DISABLE</c>).</summary>
        DhcpServerDisable = 4,

        /// <summary>Opens a socket of the configured type (TCP or UDP); argument <see cref="NetSocket"/> (<c>SYS_WINCS_NET_SOCK_TCP_OPEN</c>).</summary>
        SockTcpOpen = 5,

        /// <summary>Opens a UDP socket; argument <see cref="NetSocket"/> (<c>SYS_WINCS_NET_SOCK_UDP_OPEN</c>; not implemented by Harmony).</summary>
        SockUdpOpen = 6,

        /// <summary>Closes a socket; argument the socket id (uint or int) or its <see cref="NetSocket"/> (<c>SYS_WINCS_NET_SOCK_CLOSE</c>).</summary>
        SockClose = 7,

        /// <summary>Sets the application's socket callback; argument <see cref="NetSockCallback"/> or null (<c>SYS_WINCS_NET_SOCK_SET_CALLBACK</c>).</summary>
        SockSetCallback = 8,

        /// <summary>Sets the DHCP server callback; argument <see cref="NetDhcpCallback"/> or null (<c>SYS_WINCS_NET_SOCK_SET_SRVC_CALLBACK</c>).</summary>
        SockSetSrvcCallback = 9,

        /// <summary>Copies both callbacks out; argument an <c>object[]</c> of at least 2: [0] socket callback, [1] DHCP callback (<c>SYS_WINCS_NET_SOCK_GET_CALLBACK</c>).</summary>
        SockGetCallback = 10,

        /// <summary>Opens a TLS context, which becomes the current one; argument null, or an <c>int[]</c> receiving the handle (<c>SYS_WINCS_NET_OPEN_TLS_CTX</c>).</summary>
        OpenTlsCtx = 11,

        /// <summary>Copies the current TLS context handle; argument an <c>int[]</c> of at least 1 (<c>SYS_WINCS_NET_GET_TLS_CTX_HANDLE</c>).</summary>
        GetTlsCtxHandle = 12,

        /// <summary>Closes a TLS context; argument null (the current one) or its handle (int) (<c>SYS_WINCS_NET_CLOSE_TLS_CTX</c>).</summary>
        CloseTlsCtx = 13,
    }
}
