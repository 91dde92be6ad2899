// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Sockets
{
    /// <summary>Receives socket events (<c>WINC_SOCKET_EVENT_CALLBACK</c>); called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="sockets">The socket layer.</param>
    /// <param name="socket">The socket descriptor, or -1 for DNS events.</param>
    /// <param name="socketEvent">What happened.</param>
    /// <param name="status">Ok or Error.</param>
    public delegate void SocketEventHandler(WincSockets sockets, int socket, SocketEvent socketEvent, SocketStatus status);
}
