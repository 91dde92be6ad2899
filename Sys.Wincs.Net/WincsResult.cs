// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>
    /// Result of a SYS_WINCS service call (<c>SYS_WINCS_RESULT_t</c>). Sys.Wincs.Wifi uses the same
    /// names and values, so an application can compare the results of both services the same way.
    /// </summary>
    public enum WincsResult
    {
        /// <summary>Done, or queued to the module (<c>SYS_WINCS_PASS</c>).</summary>
        Pass = 0,

        /// <summary>Refused: bad argument, unknown socket, nothing free (<c>SYS_WINCS_FAIL</c>).</summary>
        Fail = -1,

        /// <summary>Raw mode (<c>SYS_WINCS_RAW</c>, an RNWF AT-mode leftover; never returned).</summary>
        Raw = -2,

        /// <summary>Continue/retry (<c>SYS_WINCS_COTN</c>, an RNWF AT-mode leftover; never returned).</summary>
        Cotn = -3,

        /// <summary>Not now: the driver's request pool or a send ring is full; try again after the next Tasks or SEND_COMPLETE (<c>SYS_WINCS_BUSY</c>).</summary>
        Busy = -4,

        /// <summary>Timed out (<c>SYS_WINCS_TIMEOUT</c>; the service reports timeouts as events, so it is never returned).</summary>
        Timeout = -5,
    }
}
