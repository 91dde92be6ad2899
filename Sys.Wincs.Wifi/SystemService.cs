// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// Requests of <see cref="WincsSystemService.SrvCtrl"/> (<c>SYS_WINCS_SYSTEM_SERVICE_t</c>; names without
    /// the <c>SYS_WINCS_SYSTEM_</c> prefix). The values are those of a Harmony build with certificate
    /// printing enabled; use the names, not the numbers.
    /// </summary>
    public enum SystemService
    {
        /// <summary><c>RESET</c>: resets the module with a real RESETN pulse and brings it up again (Harmony only drove RESETN high).</summary>
        Reset = 0,

        /// <summary><c>SW_REV</c>: argument a <c>FirmwareVersionInfo</c> that receives the running firmware's version.</summary>
        SwRev = 1,

        /// <summary><c>DEV_INFO</c>: argument a <c>DeviceInfo</c> that receives the device id, images and flash geometry.</summary>
        DevInfo = 2,

        /// <summary><c>GET_CERT_LIST</c>: lists the certificates of the file store; argument null or an <c>ArrayList</c> that receives the names.</summary>
        GetCertList = 3,

        /// <summary><c>GET_KEY_LIST</c>: lists the private keys of the file store; argument null or an <c>ArrayList</c> that receives the names.</summary>
        GetKeyList = 4,

        /// <summary><c>GET_WIFI_DEV_MAC_ADDR</c>: argument a byte array (at least 6) that receives the MAC read by ReqWifiDevMacAddr; Fail before it is known.</summary>
        GetWifiDevMacAddr = 5,

        /// <summary><c>REQ_WIFI_DEV_MAC_ADDR</c>: reads the MAC address from the module; <see cref="WincsSystemService.GetTaskStatus"/> tells when it arrived.</summary>
        ReqWifiDevMacAddr = 6,

        /// <summary><c>DRIVER_VER</c>: argument a <c>DriverVersionInfo</c> that receives the driver version.</summary>
        DriverVer = 7,

        /// <summary><c>SET_SYS_EVENT_CALLBACK</c>: argument the driver's <c>SystemEventHandler</c> for reset and bring-up events (null clears it).</summary>
        SetSysEventCallback = 8,

        /// <summary><c>DEBUG_UART_SET</c>: routes the module's debug output (CFG DEBUG_PORT); argument null (UART 2, as Harmony) or the port as an int (0 off, 1, 2).</summary>
        DebugUartSet = 9,

        /// <summary><c>SET_DEBUG_REG_CLBK</c>: not supported (the driver has no debug print hook): always Fail.</summary>
        SetDebugRegClbk = 10,
    }
}
