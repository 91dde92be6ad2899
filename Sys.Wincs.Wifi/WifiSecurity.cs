// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// Wi-Fi security (<c>SYS_WINCS_WIFI_SECURITY_t</c>); the values are the driver's <c>AuthType</c> and the
    /// module's SEC_TYPE values. There is no 1: WEP is not supported.
    /// </summary>
    public enum WifiSecurity
    {
        /// <summary><c>SYS_WINCS_WIFI_SECURITY_OPEN</c>: no security.</summary>
        Open = 0,

        /// <summary><c>SYS_WINCS_WIFI_SECURITY_WPA2_MIXED</c>: WPA/WPA2 mixed, passphrase.</summary>
        Wpa2Mixed = 2,

        /// <summary><c>SYS_WINCS_WIFI_SECURITY_WPA2</c>: WPA2, passphrase.</summary>
        Wpa2 = 3,

        /// <summary><c>SYS_WINCS_WIFI_SECURITY_WPA3_TRANS</c>: WPA2/WPA3 transition, passphrase.</summary>
        Wpa3Trans = 4,

        /// <summary><c>SYS_WINCS_WIFI_SECURITY_WPA3</c>: WPA3 (SAE), passphrase.</summary>
        Wpa3 = 5,
    }
}
