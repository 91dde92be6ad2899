// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Transport
{
    /// <summary>
    /// Result of one step of the SDIO-over-SPI bring-up (<c>WINC_SDIO_STATUS_*</c>): negative values
    /// are failures, zero is done, positive values mean "call again in about 100 ms".
    /// </summary>
    public enum SdioStatus
    {
        /// <summary>Writing IO_ABORT failed.</summary>
        AbortFailed = -6,

        /// <summary>CMD0 answered with something other than idle.</summary>
        ResetFailed = -5,

        /// <summary>CMD5 (operating conditions) failed.</summary>
        OpFailed = -4,

        /// <summary>A configuration write or its verification failed.</summary>
        CfgFailed = -3,

        /// <summary>Transport error.</summary>
        Error = -2,

        /// <summary>Not started.</summary>
        Unknown = -1,

        /// <summary>The bus is running.</summary>
        Ok = 0,

        /// <summary>The module is still booting (CMD0 read 0x00 or 0xFF).</summary>
        ResetWaiting = 1,

        /// <summary>The module has not reported ready in CMD5 yet.</summary>
        OpWaiting = 2,
    }
}
