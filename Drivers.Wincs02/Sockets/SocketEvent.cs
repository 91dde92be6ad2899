// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Sockets
{
    /// <summary>Socket events (<c>WINC_SOCKET_EVENT</c>) reported to the <see cref="SocketEventHandler"/>.</summary>
    public enum SocketEvent
    {
        /// <summary>The module opened the socket (SOCKO answered); other calls are possible now.</summary>
        Open = 0,

        /// <summary>A TCP socket listens, or a UDP socket is bound (SOCKBL answered).</summary>
        Listen = 1,

        /// <summary>A listening socket has a connection to <see cref="WincSockets.Accept"/>.</summary>
        ConnectReq = 2,

        /// <summary>Connected (TCP: SOCKIND; UDP: SOCKBR/SOCKBM answered; TLS: before TlsConnect).</summary>
        Connect = 3,

        /// <summary>A write completed (status Ok) or failed (status Error).</summary>
        Send = 4,

        /// <summary>Data arrived; call Recv/RecvFrom.</summary>
        Recv = 5,

        /// <summary>The socket is closed (SOCKCL answered, or the driver reset); the descriptor is free again.</summary>
        Close = 6,

        /// <summary>The TLS handshake completed; data may flow.</summary>
        TlsConnect = 7,

        /// <summary>The module reported a socket error (SOCKERR), or received data was lost.</summary>
        Error = 8,

        /// <summary>The peer closed the connection (SOCKCL AEC); Recv returns 0 once the data is read (firmware 3.2 driver event).</summary>
        Disconnect = 9,

        /// <summary>A getaddrinfo lookup finished (socket -1); call GetAddrInfo again (firmware 3.2 driver event).</summary>
        DnsResolve = 10,
    }
}
