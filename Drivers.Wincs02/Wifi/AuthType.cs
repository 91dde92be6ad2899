// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>
    /// Personal authentication types (<c>WDRV_WINC_AUTH_TYPE</c>); the values are the module's SEC_TYPE
    /// values (WSTAC/WAPC id 2). There is no 1: WEP is not supported.
    /// </summary>
    public enum AuthType
    {
        /// <summary><c>WDRV_WINC_AUTH_TYPE_OPEN</c>: no security.</summary>
        Open = 0,

        /// <summary><c>WDRV_WINC_AUTH_TYPE_WPAWPA2_PERSONAL</c>: WPA/WPA2 mixed, passphrase.</summary>
        WpaWpa2Personal = 2,

        /// <summary><c>WDRV_WINC_AUTH_TYPE_WPA2_PERSONAL</c>: WPA2, passphrase.</summary>
        Wpa2Personal = 3,

        /// <summary><c>WDRV_WINC_AUTH_TYPE_WPA2WPA3_PERSONAL</c>: WPA2/WPA3 transition, passphrase.</summary>
        Wpa2Wpa3Personal = 4,

        /// <summary><c>WDRV_WINC_AUTH_TYPE_WPA3_PERSONAL</c>: WPA3 (SAE), passphrase.</summary>
        Wpa3Personal = 5,
    }
}
