// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>
    /// Why a <see cref="NetSockEvent.Error"/> was raised (the boxed handle argument of the event).
    /// Harmony raises no event for most of these; the service reports every one.
    /// </summary>
    public enum NetSockError
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>The module could not open the socket (e.g. NO_FREE_SOCKETS); the id is free again and no CLOSED follows.</summary>
        OpenFailed = 1,

        /// <summary>The host name in the socket address could not be resolved (DNS error or timeout).</summary>
        ResolveFailed = 2,

        /// <summary>Binding the local port failed (SOCKBL refused).</summary>
        BindFailed = 3,

        /// <summary>Listening failed.</summary>
        ListenFailed = 4,

        /// <summary>Connecting failed (refused, unreachable, timed out), or a multicast join failed.</summary>
        ConnectFailed = 5,

        /// <summary>The TLS context is unusable, or the TLS handshake failed.</summary>
        TlsFailed = 6,

        /// <summary>The module refused a write.</summary>
        SendFailed = 7,

        /// <summary>Reading failed, or received data was lost.</summary>
        ReceiveFailed = 8,

        /// <summary>The module reported an error on the socket (SOCKERR).</summary>
        SocketError = 9,

        /// <summary>The socket was lost: module reset, bus failure, or a close the module refused.</summary>
        ConnectionLost = 10,
    }
}
