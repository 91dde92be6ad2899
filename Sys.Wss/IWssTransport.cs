// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss
{
    /// <summary>
    /// The TCP side of one client connection as WssConnection sees it. WssServer implements it over
    /// SYS_WINCS_NET sockets; tests implement it in memory.
    /// </summary>
    public interface IWssTransport
    {
        /// <summary>Offers bytes to the socket.</summary>
        /// <param name="socket">Socket id.</param>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>Bytes taken (0 when the socket is full for now), or a negative value when the socket is broken.</returns>
        int Write(int socket, byte[] buffer, int offset, int count);

        /// <summary>Closes the TCP connection.</summary>
        /// <param name="socket">Socket id.</param>
        void Close(int socket);
    }
}
