// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the OTAC configuration command (<c>WINC_CFG_PARAM_ID_OTA_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum OtaParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_OTA_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_OTA_PROTOCOL</c>.</summary>
        Protocol = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_OTA_HOST</c>.</summary>
        Host = 2,

        /// <summary><c>WINC_CFG_PARAM_ID_OTA_PORT</c>.</summary>
        Port = 3,

        /// <summary><c>WINC_CFG_PARAM_ID_OTA_PATH</c>.</summary>
        Path = 4,

        /// <summary><c>WINC_CFG_PARAM_ID_OTA_FILE</c>.</summary>
        File = 5,

        /// <summary><c>WINC_CFG_PARAM_ID_OTA_TIMEOUT</c>.</summary>
        Timeout = 6,

        /// <summary><c>WINC_CFG_PARAM_ID_OTA_TLS_CONF</c>.</summary>
        TlsConf = 7,

        /// <summary><c>WINC_CFG_PARAM_ID_OTA_SOCKET_ID</c>.</summary>
        SocketId = 10,
    }
}
