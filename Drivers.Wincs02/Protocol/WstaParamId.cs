// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the WSTAC configuration command (<c>WINC_CFG_PARAM_ID_WSTA_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum WstaParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_SSID</c>.</summary>
        Ssid = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_SEC_TYPE</c>.</summary>
        SecType = 2,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_CREDENTIALS</c>.</summary>
        Credentials = 3,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_CHANNEL</c>.</summary>
        Channel = 4,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_BSSID</c>.</summary>
        Bssid = 5,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_CONN_TIMEOUT</c>.</summary>
        ConnTimeout = 7,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_NETIF_IDX</c>.</summary>
        NetifIdx = 8,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_ROAMING</c>.</summary>
        Roaming = 9,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_ENT_IDENT_PLAIN</c>.</summary>
        EntIdentPlain = 20,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_ENT_IDENT_PROT</c>.</summary>
        EntIdentProt = 21,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_ENT_TUNN_METHOD</c>.</summary>
        EntTunnMethod = 25,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_ENT_TUNN_TLS_CONF</c>.</summary>
        EntTunnTlsConf = 26,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_ENT_CRED_TYPE</c>.</summary>
        EntCredType = 30,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_ENT_CRED_TLS_CONF</c>.</summary>
        EntCredTlsConf = 31,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_ENT_MSCHV2_UN</c>.</summary>
        EntMschv2Un = 32,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_ENT_MSCHV2_PW</c>.</summary>
        EntMschv2Pw = 33,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_MFP_TYPE</c>.</summary>
        MfpType = 50,

        /// <summary><c>WINC_CFG_PARAM_ID_WSTA_WPA3_TD</c>.</summary>
        Wpa3Td = 51,
    }
}
