// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Wifi
{
    /// <summary>Scan parameters of <see cref="WifiService.PassiveScan"/> and <see cref="WifiService.ActiveScan"/> (<c>SYS_WINCS_WIFI_SCAN_PARAM_t</c>).</summary>
    public sealed class ScanParam
    {
        /// <summary>Gets or sets the channel to scan, 1 to 13, or 0 for every channel.</summary>
        public int Channel { get; set; }

        /// <summary>
        /// Gets or sets the time spent on each channel, in milliseconds (WSCNC PASV_SLOT_TIME for a passive
        /// scan, ACT_SLOT_TIME for an active one; Harmony ignored it for active scans); 0 keeps the module's setting.
        /// </summary>
        public int ScanTimeMs { get; set; }
    }
}
