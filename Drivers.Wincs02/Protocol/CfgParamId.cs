// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the CFG configuration command (<c>WINC_CFG_PARAM_ID_CFG_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum CfgParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_CFG_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_DEVICE_NAME</c>.</summary>
        DeviceName = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_VERSION</c>.</summary>
        Version = 10,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_PATCH</c>.</summary>
        Patch = 11,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_SECURITY</c>.</summary>
        Security = 12,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_BUILD_HASH</c>.</summary>
        BuildHash = 13,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_BUILD_TIME</c>.</summary>
        BuildTime = 14,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_CMD_PORT</c>.</summary>
        CmdPort = 20,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_CMD_BAUD</c>.</summary>
        CmdBaud = 21,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_CMD_TIMEOUT</c>.</summary>
        CmdTimeout = 22,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_ARCHIVE_FILTER</c>.</summary>
        ArchiveFilter = 50,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_ARCHIVE_SLOTS</c>.</summary>
        ArchiveSlots = 51,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_AUTOEXEC_STATUS</c>.</summary>
        AutoexecStatus = 52,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_DEBUG_PORT</c>.</summary>
        DebugPort = 100,

        /// <summary><c>WINC_CFG_PARAM_ID_CFG_DEBUG_BAUD</c>.</summary>
        DebugBaud = 101,
    }
}
