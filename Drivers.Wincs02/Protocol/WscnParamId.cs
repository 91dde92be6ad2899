// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the WSCNC configuration command (<c>WINC_CFG_PARAM_ID_WSCN_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum WscnParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_CHANNEL</c>.</summary>
        Channel = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_ACT_SLOT_TIME</c>.</summary>
        ActSlotTime = 2,

        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_PASV_SLOT_TIME</c>.</summary>
        PasvSlotTime = 3,

        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_NUM_SLOTS</c>.</summary>
        NumSlots = 4,

        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_PROBES_PER_SLOT</c>.</summary>
        ProbesPerSlot = 5,

        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_RSSI_THRESH</c>.</summary>
        RssiThresh = 6,

        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_SEC_FILTER</c>.</summary>
        SecFilter = 7,

        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_ASYNC_NOTIFY</c>.</summary>
        AsyncNotify = 8,

        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_FILT_LIST</c>.</summary>
        FiltList = 10,

        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_CHANMASK24</c>.</summary>
        Chanmask24 = 11,

        /// <summary><c>WINC_CFG_PARAM_ID_WSCN_SCAN_RESULTS</c>.</summary>
        ScanResults = 20,
    }
}
