// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;

namespace Sys.Wincs.Net
{
    /// <summary>
    /// The application's socket callback (<c>SYS_WINCS_NET_SOCK_CALLBACK_t</c>), called from
    /// <c>WincDriver.Tasks</c>. It may call the service (read, write, close) but must not block.
    /// </summary>
    /// <param name="socket">The socket id (for CLIENT_CONNECTED, the accepted socket).</param>
    /// <param name="netEvent">What happened.</param>
    /// <param name="netHandle">
    /// Error: the boxed <see cref="NetSockError"/>; ClientConnected: the server's <see cref="NetSocket"/>;
    /// otherwise null (as in Harmony).
    /// </param>
    /// <returns>Ignored by the service (Harmony's callbacks return a result too).</returns>
    public delegate WincsResult NetSockCallback(uint socket, NetSockEvent netEvent, object netHandle);
}
