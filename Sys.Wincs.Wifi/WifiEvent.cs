// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// Events given to a <see cref="WifiCallback"/> (<c>SYS_WINCS_WIFI_EVENT_t</c>; names without the
    /// <c>SYS_WINCS_</c> prefix). Values 0..14 are those of a Harmony build with ping enabled; the scan
    /// and regulatory domain list events are additions of this port.
    /// </summary>
    public enum WifiEvent
    {
        /// <summary><c>SYS_WINCS_CONNECTED</c>: the station joined the network. Data: the association id (int).</summary>
        Connected = 0,

        /// <summary><c>SYS_WINCS_DISCONNECTED</c>: the station left the network (link lost, disconnect, module lost). Data: the association id (int).</summary>
        Disconnected = 1,

        /// <summary><c>SYS_WINCS_CONNECT_FAILED</c>: the connection attempt failed. Data: why (<c>WincStatus</c>, e.g. the WSTAERR code or Timeout).</summary>
        ConnectFailed = 2,

        /// <summary><c>SYS_WINCS_CONN_STATE_ROAMED</c>: the station moved to another AP of the network. Data: the association id (int).</summary>
        ConnStateRoamed = 3,

        /// <summary><c>SYS_WINCS_CONN_STATE_CONNECTING</c>: the module accepted the connection request and is associating. Data: 0 (int).</summary>
        ConnStateConnecting = 4,

        /// <summary><c>SYS_WINCS_DHCP_IPV4_COMPLETE</c> (older <c>SYS_WINCS_DHCP_DONE</c>): the station has an IPv4 address. Data: the address text ("192.168.1.100").</summary>
        DhcpIpv4Complete = 5,

        /// <summary><c>SYS_WINCS_DHCP_IPV6_LOCAL_COMPLETE</c>: the station has an IPv6 link-local address. Data: the address text ("fe80::...").</summary>
        DhcpIpv6LocalComplete = 6,

        /// <summary><c>SYS_WINCS_DHCP_IPV6_GLOBAL_COMPLETE</c>: the station has a global IPv6 address. Data: the address text.</summary>
        DhcpIpv6GlobalComplete = 7,

        /// <summary><c>SYS_WINCS_SNTP_UP</c>: the module clock was synchronized (every SNTP update, and every GetTime answer after synchronization). Data: the time (<c>DateTime</c>, UTC).</summary>
        SntpUp = 8,

        /// <summary><c>SYS_WINCS_REG_DOMAIN_SET_ACK</c>: the regulatory domain is active (once per SetRegDomain). Data: the domain name (string).</summary>
        RegDomainSetAck = 9,

        /// <summary><c>SYS_WINCS_DNS_RESOLVED</c>: one address of the name (one event per address). Data: the address text.</summary>
        DnsResolved = 10,

        /// <summary><c>SYS_WINCS_DNS_ERROR</c>: the name could not be resolved. Data: the name (string).</summary>
        DnsError = 11,

        /// <summary><c>SYS_WINCS_DNS_TIME_OUT</c>: no DNS answer in time. Data: the name (string).</summary>
        DnsTimeOut = 12,

        /// <summary><c>SYS_WINCS_PING_ECHO_RSP_RCVD</c>: the ping target answered. Data: the address text (round-trip time in <see cref="WincsWifiService.LastPingRoundTripMs"/>).</summary>
        PingEchoRspRcvd = 13,

        /// <summary><c>SYS_WINCS_WIFI_ERROR</c>: a request failed after it was accepted. Data: a <see cref="WifiErrorInfo"/> (reused: copy what you need).</summary>
        Error = 14,

        /// <summary>A network was found by a scan (not in Harmony, which only printed results). Data: a <c>Drivers.Wincs02.Wifi.BssInfo</c> (reused by the driver: copy it to keep it).</summary>
        ScanIndication = 15,

        /// <summary>The scan ended (not in Harmony). Data: the number of networks the module reported (int).</summary>
        ScanDone = 16,

        /// <summary>One regulatory domain answering GetRegDomain (not in Harmony, which only printed it). Data: a <see cref="WifiRegDomain"/> (reused: copy what you need).</summary>
        RegDomainInfo = 17,
    }
}
