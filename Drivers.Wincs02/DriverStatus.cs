// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>
    /// Result of a driver call (<c>WDRV_WINC_STATUS</c>, same order and values).
    /// </summary>
    public enum DriverStatus
    {
        /// <summary><c>WDRV_WINC_STATUS_OK</c>: done or queued.</summary>
        Ok = 0,

        /// <summary><c>WDRV_WINC_STATUS_NOT_OPEN</c>: the driver is not initialized or has failed.</summary>
        NotOpen = 1,

        /// <summary><c>WDRV_WINC_STATUS_INVALID_ARG</c>: an argument is invalid.</summary>
        InvalidArg = 2,

        /// <summary><c>WDRV_WINC_STATUS_SCAN_IN_PROGRESS</c>: a scan is running.</summary>
        ScanInProgress = 3,

        /// <summary><c>WDRV_WINC_STATUS_NO_BSS_INFO</c>: no scan result is available.</summary>
        NoBssInfo = 4,

        /// <summary><c>WDRV_WINC_STATUS_BSS_FIND_END</c>: no more scan results.</summary>
        BssFindEnd = 5,

        /// <summary><c>WDRV_WINC_STATUS_CONNECT_FAIL</c>: the connection request failed.</summary>
        ConnectFail = 6,

        /// <summary><c>WDRV_WINC_STATUS_DISCONNECT_FAIL</c>: the disconnection request failed.</summary>
        DisconnectFail = 7,

        /// <summary><c>WDRV_WINC_STATUS_REQUEST_ERROR</c>: the request could not be built or the module refused it.</summary>
        RequestError = 8,

        /// <summary><c>WDRV_WINC_STATUS_INVALID_CONTEXT</c>: a context (BSS, auth, TLS...) is invalid.</summary>
        InvalidContext = 9,

        /// <summary><c>WDRV_WINC_STATUS_RETRY_REQUEST</c>: resources are exhausted for now (request pool, transport queue); try again.</summary>
        RetryRequest = 10,

        /// <summary><c>WDRV_WINC_STATUS_NO_SPACE</c>: not enough room.</summary>
        NoSpace = 11,

        /// <summary><c>WDRV_WINC_STATUS_NO_ETH_BUFFER</c>: no Ethernet buffer.</summary>
        NoEthBuffer = 12,

        /// <summary><c>WDRV_WINC_STATUS_NOT_CONNECTED</c>: not connected.</summary>
        NotConnected = 13,

        /// <summary><c>WDRV_WINC_STATUS_OPERATION_NOT_SUPPORTED</c>: not supported.</summary>
        OperationNotSupported = 14,

        /// <summary><c>WDRV_WINC_STATUS_BUSY</c>: the driver is (re)initializing; try again later.</summary>
        Busy = 15,
    }
}
