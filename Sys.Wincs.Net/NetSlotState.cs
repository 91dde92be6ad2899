// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>Life cycle of a socket in the service's connection table.</summary>
    internal enum NetSlotState
    {
        /// <summary>Not in use.</summary>
        Free = 0,

        /// <summary>Opened (or being opened) by the module; bind/listen/connect still to be sent.</summary>
        Setup = 1,

        /// <summary>SOCKBR sent; waiting for the connection (and the TLS handshake).</summary>
        Connecting = 2,

        /// <summary>SOCKBL (or SOCKBM) sent; waiting for the module to bind (or join).</summary>
        Binding = 3,

        /// <summary>A TCP server socket accepting connections.</summary>
        Listening = 4,

        /// <summary>Connected (TCP, after TLS for TLS sockets) or ready (UDP).</summary>
        Connected = 5,

        /// <summary>SOCKCL sent (or to be sent); CLOSED follows.</summary>
        Closing = 6,
    }
}
