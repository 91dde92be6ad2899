// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>
    /// State of the driver as a system module (<c>SYS_STATUS</c> with the WINC extended errors):
    /// negative values are failures, <see cref="Ready"/> means requests can be submitted.
    /// </summary>
    public enum SystemStatus
    {
        /// <summary><c>WDRV_WINC_SYS_STATUS_ERROR_DEVICE_FAILURE</c>: the module answered wrongly during bring-up (CMD0 error, repeated CMD5 failure, boot queries lost).</summary>
        ErrorDeviceFailure = -12,

        /// <summary><c>WDRV_WINC_SYS_STATUS_ERROR_DEVICE_NOT_FOUND</c>: the module never left reset within the retry budget.</summary>
        ErrorDeviceNotFound = -11,

        /// <summary><c>SYS_STATUS_ERROR</c>: a failure without a more specific reason.</summary>
        Error = -1,

        /// <summary><c>SYS_STATUS_UNINITIALIZED</c>: Initialize has not been called.</summary>
        Uninitialized = 0,

        /// <summary><c>SYS_STATUS_BUSY</c>: reset pulse, SDIO bring-up or boot queries in progress.</summary>
        Busy = 1,

        /// <summary><c>SYS_STATUS_READY</c>: the module is up and the boot information is known.</summary>
        Ready = 2,
    }
}
