// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the WIFIC configuration command (<c>WINC_CFG_PARAM_ID_WIFI_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum WifiParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_REGDOMAIN_SELECTED</c>.</summary>
        RegdomainSelected = 10,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_REGDOMAIN_AVAILABLE</c>.</summary>
        RegdomainAvailable = 11,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_REGDOMAIN_CHANMASK24</c>.</summary>
        RegdomainChanmask24 = 12,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_POWERSAVE</c>.</summary>
        Powersave = 20,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_POWERSAVE_LISTEN_INTERVAL</c>.</summary>
        PowersaveListenInterval = 21,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_POWERSAVE_INACT_LIMIT</c>.</summary>
        PowersaveInactLimit = 22,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_COEX_ENABLED</c>.</summary>
        CoexEnabled = 30,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_COEX_INTERFACE_TYPE</c>.</summary>
        CoexInterfaceType = 31,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_COEX_WLAN_RX_VS_BT</c>.</summary>
        CoexWlanRxVsBt = 32,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_COEX_WLAN_TX_VS_BT</c>.</summary>
        CoexWlanTxVsBt = 33,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_COEX_ANTENNA_MODE</c>.</summary>
        CoexAntennaMode = 34,

        /// <summary><c>WINC_CFG_PARAM_ID_WIFI_AMPDU_TX_ENABLED</c>.</summary>
        AmpduTxEnabled = 40,
    }
}
