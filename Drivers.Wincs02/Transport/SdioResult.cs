// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Transport
{
    /// <summary>Outcome of a CMD53 transfer; <see cref="SdioSpi.LastResponse"/> holds the byte that failed it.</summary>
    public enum SdioResult
    {
        /// <summary>Every block was moved.</summary>
        Ok = 0,

        /// <summary>The R5 response of the command was not zero.</summary>
        CommandFailed = 1,

        /// <summary>A written block's data-response token was not 0x05.</summary>
        DataRejected = 2,

        /// <summary>The start-token search ended on a byte other than 0xFE.</summary>
        StartTokenMissing = 3,

        /// <summary>The module stayed busy (0x00) after a written block for every retry.</summary>
        BusyTimeout = 4,

        /// <summary>No start token arrived within the retries.</summary>
        TokenTimeout = 5,

        /// <summary>DATA_RDY never rose within the retries.</summary>
        DataReadyTimeout = 6,

        /// <summary>MISO held low where a token was due: the module is in reset or booting.</summary>
        NoResponse = 7,
    }
}
