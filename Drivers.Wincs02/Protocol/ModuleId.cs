// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Module numbers of the WINCS02 command set (<c>WINC_MOD_ID_*</c>): the high byte of every
    /// command, AEC and status id.
    /// </summary>
    public enum ModuleId : byte
    {
        /// <summary><c>WINC_MOD_ID_CORE</c>.</summary>
        Core = 0x00,

        /// <summary><c>WINC_MOD_ID_SYSTEM</c>.</summary>
        System = 0x01,

        /// <summary><c>WINC_MOD_ID_INTERNAL</c>.</summary>
        Internal = 0x02,

        /// <summary><c>WINC_MOD_ID_CFG</c>.</summary>
        Cfg = 0x03,

        /// <summary><c>WINC_MOD_ID_DHCP</c>.</summary>
        Dhcp = 0x04,

        /// <summary><c>WINC_MOD_ID_DNS</c>.</summary>
        Dns = 0x05,

        /// <summary><c>WINC_MOD_ID_FS</c>.</summary>
        Fs = 0x07,

        /// <summary><c>WINC_MOD_ID_MQTT</c>.</summary>
        Mqtt = 0x08,

        /// <summary><c>WINC_MOD_ID_NETIF</c>.</summary>
        Netif = 0x09,

        /// <summary><c>WINC_MOD_ID_OTA</c>.</summary>
        Ota = 0x0A,

        /// <summary><c>WINC_MOD_ID_PING</c>.</summary>
        Ping = 0x0B,

        /// <summary><c>WINC_MOD_ID_RST</c>.</summary>
        Rst = 0x0C,

        /// <summary><c>WINC_MOD_ID_SNTP</c>.</summary>
        Sntp = 0x0D,

        /// <summary><c>WINC_MOD_ID_SOCKET</c>.</summary>
        Socket = 0x0E,

        /// <summary><c>WINC_MOD_ID_TIME</c>.</summary>
        Time = 0x10,

        /// <summary><c>WINC_MOD_ID_TLS</c>.</summary>
        Tls = 0x11,

        /// <summary><c>WINC_MOD_ID_WAP</c>.</summary>
        Wap = 0x12,

        /// <summary><c>WINC_MOD_ID_WSCN</c>.</summary>
        Wscn = 0x13,

        /// <summary><c>WINC_MOD_ID_WSTA</c>.</summary>
        Wsta = 0x14,

        /// <summary><c>WINC_MOD_ID_ASSOC</c>.</summary>
        Assoc = 0x16,

        /// <summary><c>WINC_MOD_ID_SI</c>.</summary>
        Si = 0x17,

        /// <summary><c>WINC_MOD_ID_WPROV</c>.</summary>
        Wprov = 0x19,

        /// <summary><c>WINC_MOD_ID_DI</c>.</summary>
        Di = 0x1A,

        /// <summary><c>WINC_MOD_ID_EXTCRYPTO</c>.</summary>
        Extcrypto = 0x1B,

        /// <summary><c>WINC_MOD_ID_WIFI</c>.</summary>
        Wifi = 0x1C,

        /// <summary><c>WINC_MOD_ID_NVM</c>.</summary>
        Nvm = 0x1D,

        /// <summary><c>WINC_MOD_ID_DFU</c>.</summary>
        Dfu = 0x1E,

        /// <summary><c>WINC_MOD_ID_PPS</c>.</summary>
        Pps = 0x1F,

        /// <summary><c>WINC_MOD_ID_SYSLOG</c>.</summary>
        Syslog = 0x20,

        /// <summary><c>WINC_MOD_ID_ARB</c>.</summary>
        Arb = 0x21,

        /// <summary><c>WINC_MOD_ID_HTTP</c>.</summary>
        Http = 0x22,
    }
}
