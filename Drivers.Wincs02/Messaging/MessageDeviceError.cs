// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Messaging
{
    /// <summary>Why the message transport gave up on the bus.</summary>
    public enum MessageDeviceError
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>An SDIO command got an R1/R5 error or a bad data token.</summary>
        TransferFailed = 1,

        /// <summary>The module did not answer in time (busy, start token, grant or DATA_RDY).</summary>
        Timeout = 2,

        /// <summary>The module announced a message larger than the receive buffer; it was drained and discarded, nothing else was lost and the link stays up.</summary>
        OversizedMessage = 3,

        /// <summary>The module was reset: MISO was held low where a token was due.</summary>
        ModuleReset = 4,
    }
}
