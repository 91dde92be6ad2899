// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Ota
{
    /// <summary>Receives OTA progress (<c>WDRV_WINC_OTA_STATUS_CALLBACK</c>); called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="ota">The OTA service.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="operationId">The module's operation id (0 before the module gave one).</param>
    /// <param name="status">The step or outcome.</param>
    /// <param name="moduleStatus">The module status behind it (e.g. OTA_TLS_ERROR), or OK.</param>
    public delegate void OtaStatusHandler(WincOta ota, OtaOperation operation, int operationId, OtaStatus status, WincStatus moduleStatus);
}
