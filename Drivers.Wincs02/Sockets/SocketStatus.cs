// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Sockets
{
    /// <summary>Outcome carried by a socket event (<c>WINC_SOCKET_STATUS</c>).</summary>
    public enum SocketStatus
    {
        /// <summary>Success.</summary>
        Ok = 0,

        /// <summary>Failure.</summary>
        Error = 1,
    }
}
