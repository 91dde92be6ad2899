// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>
    /// Life cycle of a pooled WincRequest.
    /// </summary>
    internal enum RequestState
    {
        /// <summary>In the pool.</summary>
        Free = 0,

        /// <summary>Handed out; commands are being written.</summary>
        Building = 1,

        /// <summary>Accepted by the transport, not yet completely sent.</summary>
        Queued = 2,

        /// <summary>Completely sent; waiting for the STATUSes.</summary>
        Sent = 3,

        /// <summary>Completed (timeout, early status) while the transport still holds the burst; returns to the pool when the transport lets go.</summary>
        Abandoned = 4,
    }
}
