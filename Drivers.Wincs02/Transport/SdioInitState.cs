// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Transport
{
    /// <summary>State of the resumable SDIO bring-up (<c>WINC_SDIO_STATE_*</c>).</summary>
    public enum SdioInitState
    {
        /// <summary>Nothing known: start with an I/O abort.</summary>
        Unknown = 0,

        /// <summary>A step failed; <see cref="SdioSpi.ResetInit"/> starts again.</summary>
        Error = 1,

        /// <summary>Sending CMD0 until the module answers idle.</summary>
        Resetting = 2,

        /// <summary>Sending CMD5 with an empty OCR.</summary>
        SendOp = 3,

        /// <summary>Sending CMD5 until the module reports ready.</summary>
        WaitOp = 4,

        /// <summary>CRC off, block sizes, CSA, function and interrupt enables.</summary>
        Config = 5,

        /// <summary>The bus is configured.</summary>
        Running = 6,
    }
}
