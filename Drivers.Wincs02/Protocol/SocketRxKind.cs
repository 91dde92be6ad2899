// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>Which form a SOCKRXT/SOCKRXU AEC took, following the socket's async mode.</summary>
    public enum SocketRxKind
    {
        /// <summary>Async mode off: only the pending byte (and datagram) counts; the host reads with SOCKRD.</summary>
        Polled = 0,

        /// <summary>Simple async mode: the data is in the AEC.</summary>
        Async = 1,

        /// <summary>Acknowledged async mode: the data is in the AEC with the sequence number of its first byte.</summary>
        Reliable = 2,
    }
}
