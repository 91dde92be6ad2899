// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the NVMC configuration command (<c>WINC_CFG_PARAM_ID_NVM_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum NvmParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_NVM_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_NVM_START_OFFSET</c>.</summary>
        StartOffset = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_NVM_NUM_SECTORS</c>.</summary>
        NumSectors = 2,

        /// <summary><c>WINC_CFG_PARAM_ID_NVM_SECTOR_SZ</c>.</summary>
        SectorSz = 3,

        /// <summary><c>WINC_CFG_PARAM_ID_NVM_CHECK_MODE</c>.</summary>
        CheckMode = 4,
    }
}
