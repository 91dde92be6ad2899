// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the DI configuration command (<c>WINC_CFG_PARAM_ID_DI_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum DiParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_DI_DEVICE_ID</c>.</summary>
        DeviceId = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_DI_NUM_IMAGES</c>.</summary>
        NumImages = 14,

        /// <summary><c>WINC_CFG_PARAM_ID_DI_IMAGE_INFO</c>.</summary>
        ImageInfo = 15,
    }
}
