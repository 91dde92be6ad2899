// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>
    /// Result of a SYS_WINCS service call (<c>SYS_WINCS_RESULT_t</c>), shared by Sys.Wincs.Wifi and
    /// Sys.Wincs.Net as Harmony's services share one type. The driver itself does not return it (its calls
    /// return <see cref="DriverStatus"/>); it lives here, in the assembly both services build on, so that an
    /// application importing <c>Drivers.Wincs02</c>, <c>Sys.Wincs.Wifi</c> and <c>Sys.Wincs.Net</c> sees
    /// exactly one <c>WincsResult</c>.
    /// </summary>
    public enum WincsResult
    {
        /// <summary>Done, or queued to the module (<c>SYS_WINCS_PASS</c>).</summary>
        Pass = 0,

        /// <summary>Refused: bad argument, driver not open, unknown socket, nothing free, module refused it (<c>SYS_WINCS_FAIL</c>).</summary>
        Fail = -1,

        /// <summary>Raw mode (<c>SYS_WINCS_RAW</c>, an RNWF AT-mode leftover; never returned).</summary>
        Raw = -2,

        /// <summary>Continue/retry (<c>SYS_WINCS_COTN</c>, an RNWF AT-mode leftover; never returned).</summary>
        Cotn = -3,

        /// <summary>Not now: the driver is re-initializing, its request pool or queue is full, or a send ring is full; try again after the next Tasks or SEND_COMPLETE (<c>SYS_WINCS_BUSY</c>).</summary>
        Busy = -4,

        /// <summary>Timed out (<c>SYS_WINCS_TIMEOUT</c>; the services report timeouts as events, so it is never returned).</summary>
        Timeout = -5,
    }
}
