// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the SNTPC configuration command (<c>WINC_CFG_PARAM_ID_SNTP_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum SntpParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_SNTP_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_SNTP_NTP_ENABLED</c>.</summary>
        NtpEnabled = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_SNTP_NTP_STATIC</c>.</summary>
        NtpStatic = 2,

        /// <summary><c>WINC_CFG_PARAM_ID_SNTP_NTP_SVR</c>.</summary>
        NtpSvr = 3,
    }
}
