// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>
    /// Bring-up and recovery events (<c>WDRV_WINC_SYSTEM_EVENT_*</c>) reported to the system event callback.
    /// </summary>
    public enum SystemEvent
    {
        /// <summary>RESETN was pulled low (start of a hard reset pulse).</summary>
        HardReset = 0,

        /// <summary>RESETN was released and the SDIO bring-up starts.</summary>
        InitBegin = 1,

        /// <summary>The SDIO link is up; the boot queries are being sent.</summary>
        InitComplete = 2,

        /// <summary>The boot queries were answered; the driver is ready.</summary>
        DeviceReady = 3,

        /// <summary>The bring-up failed for good (see the error status).</summary>
        ResetFailed = 4,

        /// <summary>The module did not leave reset within the retry budget.</summary>
        ResetTimeout = 5,

        /// <summary>The bring-up failed and starts again from the beginning.</summary>
        ResetRetry = 6,

        /// <summary>The bus failed while running; outstanding requests failed and the link is re-initialized without a hard reset.</summary>
        CommsError = 7,

        /// <summary>The module sent BOOT while running (it reset by itself); outstanding requests failed and the link is re-initialized. Not in Harmony, which ignores BOOT.</summary>
        UnexpectedReset = 8,
    }
}
