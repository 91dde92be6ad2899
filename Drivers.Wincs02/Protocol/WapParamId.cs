// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the WAPC configuration command (<c>WINC_CFG_PARAM_ID_WAP_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum WapParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_WAP_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_WAP_SSID</c>.</summary>
        Ssid = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_WAP_SEC_TYPE</c>.</summary>
        SecType = 2,

        /// <summary><c>WINC_CFG_PARAM_ID_WAP_CREDENTIALS</c>.</summary>
        Credentials = 3,

        /// <summary><c>WINC_CFG_PARAM_ID_WAP_CHANNEL</c>.</summary>
        Channel = 4,

        /// <summary><c>WINC_CFG_PARAM_ID_WAP_HIDDEN</c>.</summary>
        Hidden = 5,

        /// <summary><c>WINC_CFG_PARAM_ID_WAP_NETIF_IDX</c>.</summary>
        NetifIdx = 8,

        /// <summary><c>WINC_CFG_PARAM_ID_WAP_REKEY_INTERVAL</c>.</summary>
        RekeyInterval = 9,

        /// <summary><c>WINC_CFG_PARAM_ID_WAP_MFP_TYPE</c>.</summary>
        MfpType = 50,
    }
}
