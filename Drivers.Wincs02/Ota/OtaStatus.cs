// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Ota
{
    /// <summary>Progress and outcome of an OTA operation (<c>WDRV_WINC_OTA_UPDATE_STATUS</c>, with the progress steps of the OTA AEC).</summary>
    public enum OtaStatus
    {
        /// <summary>The module accepted the command.</summary>
        Started = 0,

        /// <summary>The download began and the image area was erased (ERASE_DONE); the download continues.</summary>
        EraseDone = 1,

        /// <summary>The image was written (WRITE_DONE); verification follows.</summary>
        WriteDone = 2,

        /// <summary>The operation succeeded (VERIFY_DONE, ACTIVATE_DONE or INVALIDATE_DONE); final.</summary>
        Complete = 3,

        /// <summary>The operation failed (refused command, OTA_ERROR, VERIFY_FAILED, no answer in time, module lost); final.</summary>
        Fail = 4,

        /// <summary>No station connection, or the server did not answer in time (OTA_NO_STA_CONN, OTA_TIMEOUT); final.</summary>
        ConnError = 5,

        /// <summary>The server answered badly or the TLS handshake failed (OTA_PROTOCOL_ERROR, OTA_TLS_ERROR); final.</summary>
        ServerError = 6,

        /// <summary>The image is too large (OTA_IMG_TOO_LARGE); final.</summary>
        InsufficientFlash = 7,
    }
}
