// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>Owner of a socket released by its Mbed-style object: the rest of its events go nowhere.</summary>
    internal sealed class NetDiscardSink : INetSockSink
    {
        /// <inheritdoc/>
        public void OnNetEvent(int socket, NetSockEvent netEvent, NetSockError error)
        {
        }
    }
}
