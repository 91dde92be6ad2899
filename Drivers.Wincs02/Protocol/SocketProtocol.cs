// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Socket protocols of SOCKO (<c>WINC_CONST_SOCKET_PROTOCOL_*</c>); equal to SOCK_DGRAM/SOCK_STREAM.
    /// </summary>
    public enum SocketProtocol : byte
    {
        /// <summary>UDP datagrams.</summary>
        Udp = 1,

        /// <summary>TCP stream.</summary>
        Tcp = 2,
    }
}
