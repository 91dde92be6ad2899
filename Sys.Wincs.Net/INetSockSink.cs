// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>Receives the events of the sockets it owns instead of the application callback (the Mbed-style classes).</summary>
    internal interface INetSockSink
    {
        /// <summary>An event of socket <paramref name="socket"/>.</summary>
        /// <param name="socket">The socket id (for ClientConnected, the accepted socket).</param>
        /// <param name="netEvent">What happened.</param>
        /// <param name="error">For Error events, why.</param>
        void OnNetEvent(int socket, NetSockEvent netEvent, NetSockError error);
    }
}
