// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Wifi
{
    /// <summary>Role of the module (<c>SYS_WINCS_WIFI_MODE_t</c>).</summary>
    public enum WifiMode
    {
        /// <summary><c>SYS_WINCS_WIFI_MODE_STA</c>: station, joins a network.</summary>
        Sta = 0,

        /// <summary><c>SYS_WINCS_WIFI_MODE_AP</c>: soft access point.</summary>
        Ap = 1,
    }
}
