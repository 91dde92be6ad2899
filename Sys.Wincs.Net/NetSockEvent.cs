// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>Socket events passed to the <see cref="NetSockCallback"/> (<c>SYS_WINCS_NET_SOCK_EVENT_t</c>).</summary>
    public enum NetSockEvent
    {
        /// <summary>A TCP client connected, or a UDP socket is ready (connected, bound or joined) (<c>SYS_WINCS_NET_SOCK_EVENT_CONNECTED</c>). TLS sockets get <see cref="TlsDone"/> instead.</summary>
        Connected = 0,

        /// <summary>The TLS handshake of a TLS socket completed (<c>SYS_WINCS_NET_SOCK_EVENT_TLS_DONE</c>).</summary>
        TlsDone = 1,

        /// <summary>The peer closed the connection; the service is closing the socket (<c>SYS_WINCS_NET_SOCK_EVENT_DISCONNECTED</c>).</summary>
        Disconnected = 2,

        /// <summary>A write was accepted by the module (<c>SYS_WINCS_NET_SOCK_EVENT_SEND_COMPLETE</c>).</summary>
        SendComplete = 3,

        /// <summary>Data arrived; call TcpSockRead or UdpSockRead (<c>SYS_WINCS_NET_SOCK_EVENT_READ</c>).</summary>
        Read = 4,

        /// <summary>Something failed; the handle argument is the boxed <see cref="NetSockError"/> (<c>SYS_WINCS_NET_SOCK_EVENT_ERROR</c>).</summary>
        Error = 5,

        /// <summary>Unknown event (<c>SYS_WINCS_NET_SOCK_EVENT_UNDEFINED</c>; never raised).</summary>
        Undefined = 6,

        /// <summary>A server socket accepted a connection; the socket argument is the NEW socket, the handle the server's <see cref="NetSocket"/> (<c>SYS_WINCS_NET_SOCK_EVENT_CLIENT_CONNECTED</c>).</summary>
        ClientConnected = 7,

        /// <summary>The socket is closed and its id is free (<c>SYS_WINCS_NET_SOCK_EVENT_CLOSED</c>).</summary>
        Closed = 8,
    }
}
