// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// Requests of <see cref="WincsWifiService.SrvCtrl"/> (<c>SYS_WINCS_WIFI_SERVICE_t</c>; names without the
    /// <c>SYS_WINCS_WIFI_</c> prefix). The values are those of a Harmony build with every optional
    /// feature enabled (Bluetooth coexistence, ping, power save); use the names, not the numbers.
    /// </summary>
    public enum WifiService
    {
        /// <summary><c>GET_DRV_STATUS</c>: argument a <c>SystemStatus[]</c> whose element 0 receives the driver state; poll until Ready.</summary>
        GetDrvStatus = 0,

        /// <summary><c>OPEN_DRIVER</c>: opens the driver (Fail until it is Ready); argument null or a <c>WincDriver[]</c> that receives the handle.</summary>
        OpenDriver = 1,

        /// <summary><c>GET_DRV_HANDLE</c>: argument a <c>WincDriver[]</c> that receives the open driver; Fail before OpenDriver.</summary>
        GetDrvHandle = 2,

        /// <summary><c>GET_TIME</c>: asks the module for its time; the answer comes as SntpUp (clock synchronized) or Error.</summary>
        GetTime = 3,

        /// <summary><c>SET_SNTP</c>: argument the SNTP server name or address (string); sets it, makes it static and enables SNTP.</summary>
        SetSntp = 4,

        /// <summary><c>BT_COEX_CONFG</c>: argument a <c>Drivers.Wincs02.Wifi.CoexConfig</c>.</summary>
        BtCoexConfg = 5,

        /// <summary><c>BT_COEX_ENABLE</c>: argument a bool.</summary>
        BtCoexEnable = 6,

        /// <summary><c>SET_PARAMS</c>: argument a <see cref="WifiParam"/>; a station with AutoConnect connects at once.</summary>
        SetParams = 7,

        /// <summary><c>STA_CONNECT</c>: connects the station with the stored parameters (argument ignored).</summary>
        StaConnect = 8,

        /// <summary><c>STA_DISCONNECT</c>: disconnects the station (argument ignored).</summary>
        StaDisconnect = 9,

        /// <summary><c>PING</c>: argument the target, an IPv4/IPv6 literal (or a host name) as a string.</summary>
        Ping = 10,

        /// <summary><c>AP_ENABLE</c>: starts the soft AP with the stored parameters (argument ignored).</summary>
        ApEnable = 11,

        /// <summary><c>AP_DISABLE</c>: stops the soft AP and its DHCP server (argument ignored).</summary>
        ApDisable = 12,

        /// <summary><c>SET_CHANNEL_AP</c>: argument the channel (int or byte, 1..13) of the stored parameters.</summary>
        SetChannelAp = 13,

        /// <summary><c>SET_BSSID</c>: argument a 6-byte array (or null to clear) restricting the station to one AP.</summary>
        SetBssid = 14,

        /// <summary><c>SET_HIDDEN</c>: argument a bool, true to hide the soft AP's SSID.</summary>
        SetHidden = 15,

        /// <summary><c>PASSIVE_SCAN</c>: argument a <see cref="ScanParam"/> (or null: every channel, module timing).</summary>
        PassiveScan = 16,

        /// <summary><c>ACTIVE_SCAN</c>: argument a <see cref="ScanParam"/> (or null: every channel, module timing).</summary>
        ActiveScan = 17,

        /// <summary><c>DNS_RESOLVE</c>: argument a host name (A record) or a <see cref="DnsResolveParam"/> (A or AAAA, timeout).</summary>
        DnsResolve = 18,

        /// <summary><c>SET_REG_DOMAIN</c>: argument the regulatory domain name (string, e.g. "GEN", "USA", "EMEA").</summary>
        SetRegDomain = 19,

        /// <summary><c>GET_REG_DOMAIN</c>: argument null (every available domain) or a <c>RegDomainSelect</c>; each domain comes as RegDomainInfo.</summary>
        GetRegDomain = 20,

        /// <summary><c>ENABLE_POWERSAVE_MODE</c>: argument a bool, true for wireless sleep mode.</summary>
        EnablePowersaveMode = 21,

        /// <summary><c>SET_CALLBACK</c>: argument the application's <see cref="WifiCallback"/> (null clears it).</summary>
        SetCallback = 22,

        /// <summary><c>GET_CALLBACK</c>: argument a <see cref="WifiCallback"/> array of at least 2: [0] receives the service callback, [1] the application's.</summary>
        GetCallback = 23,

        /// <summary><c>SET_SRVC_CALLBACK</c>: argument the service callback (used by other services; null clears it).</summary>
        SetSrvcCallback = 24,
    }
}
