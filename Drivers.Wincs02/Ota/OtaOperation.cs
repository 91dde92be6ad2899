// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Ota
{
    /// <summary>OTA operations (<c>WDRV_WINC_OTA_OPERATION_TYPE</c>).</summary>
    public enum OtaOperation
    {
        /// <summary>None running.</summary>
        None = 0,

        /// <summary>Download of a new image (OTADL).</summary>
        Update = 1,

        /// <summary>Verification of the downloaded image (OTAVFY).</summary>
        Verify = 2,

        /// <summary>Activation of the downloaded image at the next boot (OTAACT).</summary>
        Activate = 3,

        /// <summary>Invalidation of the running image (OTAINV).</summary>
        Invalidate = 4,
    }
}
