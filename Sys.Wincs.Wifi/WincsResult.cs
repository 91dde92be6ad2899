// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// Result of a service request (<c>SYS_WINCS_RESULT_t</c>, same names and values).
    /// </summary>
    /// <remarks>
    /// Sys.Wincs.Net declares the same enum for its requests; the two libraries do not depend on each
    /// other, so each carries its own copy. When an application imports both namespaces, qualify the
    /// name or alias it (<c>using WincsResult = Sys.Wincs.Wifi.WincsResult;</c>); the values are identical,
    /// so casting one to the other through <c>int</c> is safe.
    /// </remarks>
    public enum WincsResult
    {
        /// <summary><c>SYS_WINCS_PASS</c>: the request was carried out or queued.</summary>
        Pass = 0,

        /// <summary><c>SYS_WINCS_FAIL</c>: the request was refused (bad argument, driver not open, module refused it...).</summary>
        Fail = -1,

        /// <summary><c>SYS_WINCS_RAW</c>: RNWF AT-mode leftover, never returned by the WINCS02 services.</summary>
        Raw = -2,

        /// <summary><c>SYS_WINCS_COTN</c>: "continue"; RNWF AT-mode leftover, never returned by the WINCS02 services.</summary>
        Cotn = -3,

        /// <summary><c>SYS_WINCS_BUSY</c>: the driver is busy (re-initializing, request pool or queue full); try again.</summary>
        Busy = -4,

        /// <summary><c>SYS_WINCS_TIMEOUT</c>: RNWF AT-mode leftover, never returned by the WINCS02 services (timeouts are reported as events).</summary>
        Timeout = -5,
    }
}
