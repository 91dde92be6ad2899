// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the DNSC configuration command (<c>WINC_CFG_PARAM_ID_DNS_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum DnsParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_DNS_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_DNS_SVR</c>.</summary>
        DnsSvr = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_DNS_AUTO</c>.</summary>
        DnsAuto = 2,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_DNS_TIMEOUT</c>.</summary>
        DnsTimeout = 3,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_DNS_PROTO_PREF</c>.</summary>
        DnsProtoPref = 4,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_DNS_CACHE_TTL</c>.</summary>
        DnsCacheTtl = 6,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_TLS_CONF</c>.</summary>
        TlsConf = 7,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_DNS_DNSSEC_MODE</c>.</summary>
        DnsDnssecMode = 8,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_DNS_SRV_PORT</c>.</summary>
        DnsSrvPort = 10,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_DNS_SRV_SECURE_PORT</c>.</summary>
        DnsSrvSecurePort = 11,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_DNS_CONN_PREF</c>.</summary>
        DnsConnPref = 12,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_DNS_MC_SRV_PREF</c>.</summary>
        DnsMcSrvPref = 13,

        /// <summary><c>WINC_CFG_PARAM_ID_DNS_DNS_CONN_IDLE_TIMEOUT</c>.</summary>
        DnsConnIdleTimeout = 14,
    }
}
