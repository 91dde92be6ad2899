// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Command ids of the WINCS02 binary protocol (<c>WINC_CMD_ID_*</c>, module &lt;&lt; 8 | index);
    /// each equals the AT command of the same name.
    /// </summary>
    public enum CommandId : ushort
    {
        /// <summary><c>WINC_CMD_ID_GMI</c> (AT+GMI): Manufacturer identification.</summary>
        Gmi = 0x0200,

        /// <summary><c>WINC_CMD_ID_GMM</c> (AT+GMM): Model identification.</summary>
        Gmm = 0x0201,

        /// <summary><c>WINC_CMD_ID_GMR</c> (AT+GMR): Revision identification.</summary>
        Gmr = 0x0202,

        /// <summary><c>WINC_CMD_ID_IPR</c> (AT+IPR): Internal baud rate.</summary>
        Ipr = 0x0203,

        /// <summary><c>WINC_CMD_ID_CFG</c> (AT+CFG): System configuration (read or set).</summary>
        Cfg = 0x0300,

        /// <summary><c>WINC_CMD_ID_CFGCP</c> (AT+CFGCP): Copy configurations to/from storage.</summary>
        Cfgcp = 0x0301,

        /// <summary><c>WINC_CMD_ID_DHCPSC</c> (AT+DHCPSC): DHCP server configuration.</summary>
        Dhcpsc = 0x0400,

        /// <summary><c>WINC_CMD_ID_DNSC</c> (AT+DNSC): DNS configuration.</summary>
        Dnsc = 0x0500,

        /// <summary><c>WINC_CMD_ID_DNSRESOLV</c> (AT+DNSRESOLV): Resolve a domain name.</summary>
        Dnsresolv = 0x0501,

        /// <summary><c>WINC_CMD_ID_FS</c> (AT+FS): File system operation (load, list, delete, info, store).</summary>
        Fs = 0x0700,

        /// <summary><c>WINC_CMD_ID_FSTSFR</c> (AT+FSTSFR): File system transfer block.</summary>
        Fstsfr = 0x0701,

        /// <summary><c>WINC_CMD_ID_MQTTC</c> (AT+MQTTC): MQTT configuration.</summary>
        Mqttc = 0x0800,

        /// <summary><c>WINC_CMD_ID_MQTTCONN</c> (AT+MQTTCONN): MQTT connect.</summary>
        Mqttconn = 0x0801,

        /// <summary><c>WINC_CMD_ID_MQTTSUB</c> (AT+MQTTSUB): MQTT subscribe.</summary>
        Mqttsub = 0x0802,

        /// <summary><c>WINC_CMD_ID_MQTTSUBLST</c> (AT+MQTTSUBLST): MQTT subscription list.</summary>
        Mqttsublst = 0x0803,

        /// <summary><c>WINC_CMD_ID_MQTTSUBRD</c> (AT+MQTTSUBRD): MQTT subscription read.</summary>
        Mqttsubrd = 0x0804,

        /// <summary><c>WINC_CMD_ID_MQTTUNSUB</c> (AT+MQTTUNSUB): MQTT unsubscribe.</summary>
        Mqttunsub = 0x0805,

        /// <summary><c>WINC_CMD_ID_MQTTPUB</c> (AT+MQTTPUB): MQTT publish.</summary>
        Mqttpub = 0x0806,

        /// <summary><c>WINC_CMD_ID_MQTTLWT</c> (AT+MQTTLWT): MQTT last will.</summary>
        Mqttlwt = 0x0807,

        /// <summary><c>WINC_CMD_ID_MQTTDISCONN</c> (AT+MQTTDISCONN): MQTT disconnect.</summary>
        Mqttdisconn = 0x0808,

        /// <summary><c>WINC_CMD_ID_MQTTPROPTX</c> (AT+MQTTPROPTX): MQTT transmit properties.</summary>
        Mqttproptx = 0x0809,

        /// <summary><c>WINC_CMD_ID_MQTTPROPRX</c> (AT+MQTTPROPRX): MQTT receive properties.</summary>
        Mqttproprx = 0x080A,

        /// <summary><c>WINC_CMD_ID_MQTTPROPTXS</c> (AT+MQTTPROPTXS): MQTT transmit property selection.</summary>
        Mqttproptxs = 0x080B,

        /// <summary><c>WINC_CMD_ID_NETIFC</c> (AT+NETIFC): Network interface configuration.</summary>
        Netifc = 0x0900,

        /// <summary><c>WINC_CMD_ID_NETIFTX</c> (AT+NETIFTX): Send a layer 2 frame.</summary>
        Netiftx = 0x0901,

        /// <summary><c>WINC_CMD_ID_OTAC</c> (AT+OTAC): OTA configuration.</summary>
        Otac = 0x0A00,

        /// <summary><c>WINC_CMD_ID_OTADL</c> (AT+OTADL): OTA download.</summary>
        Otadl = 0x0A01,

        /// <summary><c>WINC_CMD_ID_OTAVFY</c> (AT+OTAVFY): OTA image verify.</summary>
        Otavfy = 0x0A02,

        /// <summary><c>WINC_CMD_ID_OTAACT</c> (AT+OTAACT): OTA image activate.</summary>
        Otaact = 0x0A03,

        /// <summary><c>WINC_CMD_ID_OTAINV</c> (AT+OTAINV): OTA image invalidate.</summary>
        Otainv = 0x0A04,

        /// <summary><c>WINC_CMD_ID_PING</c> (AT+PING): ICMP echo request.</summary>
        Ping = 0x0B00,

        /// <summary><c>WINC_CMD_ID_RST</c> (AT+RST): Module reset.</summary>
        Rst = 0x0C00,

        /// <summary><c>WINC_CMD_ID_SNTPC</c> (AT+SNTPC): SNTP configuration.</summary>
        Sntpc = 0x0D00,

        /// <summary><c>WINC_CMD_ID_SOCKO</c> (AT+SOCKO): Open a socket.</summary>
        Socko = 0x0E00,

        /// <summary><c>WINC_CMD_ID_SOCKBL</c> (AT+SOCKBL): Bind a socket to a local port.</summary>
        Sockbl = 0x0E01,

        /// <summary><c>WINC_CMD_ID_SOCKBR</c> (AT+SOCKBR): Bind a socket to a remote address (connect).</summary>
        Sockbr = 0x0E02,

        /// <summary><c>WINC_CMD_ID_SOCKBM</c> (AT+SOCKBM): Bind a socket to a multicast group.</summary>
        Sockbm = 0x0E03,

        /// <summary><c>WINC_CMD_ID_SOCKTLS</c> (AT+SOCKTLS): Enable TLS on a socket.</summary>
        Socktls = 0x0E04,

        /// <summary><c>WINC_CMD_ID_SOCKWR</c> (AT+SOCKWR): Write to a connected socket.</summary>
        Sockwr = 0x0E05,

        /// <summary><c>WINC_CMD_ID_SOCKWRTO</c> (AT+SOCKWRTO): Write a datagram to an address.</summary>
        Sockwrto = 0x0E06,

        /// <summary><c>WINC_CMD_ID_SOCKRD</c> (AT+SOCKRD): Read from a socket.</summary>
        Sockrd = 0x0E07,

        /// <summary><c>WINC_CMD_ID_SOCKRDBUF</c> (AT+SOCKRDBUF): Read a partial datagram (UDP).</summary>
        Sockrdbuf = 0x0E08,

        /// <summary><c>WINC_CMD_ID_SOCKCL</c> (AT+SOCKCL): Close a socket.</summary>
        Sockcl = 0x0E09,

        /// <summary><c>WINC_CMD_ID_SOCKLST</c> (AT+SOCKLST): List sockets.</summary>
        Socklst = 0x0E0A,

        /// <summary><c>WINC_CMD_ID_SOCKC</c> (AT+SOCKC): Socket configuration.</summary>
        Sockc = 0x0E0B,

        /// <summary><c>WINC_CMD_ID_TIME</c> (AT+TIME): System time (query or set).</summary>
        Time = 0x1000,

        /// <summary><c>WINC_CMD_ID_TLSC</c> (AT+TLSC): TLS configuration.</summary>
        Tlsc = 0x1100,

        /// <summary><c>WINC_CMD_ID_TLSCSC</c> (AT+TLSCSC): TLS cipher suite configuration.</summary>
        Tlscsc = 0x1101,

        /// <summary><c>WINC_CMD_ID_WAPC</c> (AT+WAPC): Soft AP configuration.</summary>
        Wapc = 0x1200,

        /// <summary><c>WINC_CMD_ID_WAP</c> (AT+WAP): Soft AP control.</summary>
        Wap = 0x1201,

        /// <summary><c>WINC_CMD_ID_WSCNC</c> (AT+WSCNC): Scan configuration.</summary>
        Wscnc = 0x1300,

        /// <summary><c>WINC_CMD_ID_WSCN</c> (AT+WSCN): Start a scan.</summary>
        Wscn = 0x1301,

        /// <summary><c>WINC_CMD_ID_WSTAC</c> (AT+WSTAC): Station configuration.</summary>
        Wstac = 0x1400,

        /// <summary><c>WINC_CMD_ID_WSTA</c> (AT+WSTA): Station control.</summary>
        Wsta = 0x1401,

        /// <summary><c>WINC_CMD_ID_ASSOC</c> (AT+ASSOC): Association query.</summary>
        Assoc = 0x1600,

        /// <summary><c>WINC_CMD_ID_SI</c> (AT+SI): System information.</summary>
        Si = 0x1700,

        /// <summary><c>WINC_CMD_ID_WPROVC</c> (AT+WPROVC): Provisioning service configuration.</summary>
        Wprovc = 0x1900,

        /// <summary><c>WINC_CMD_ID_WPROV</c> (AT+WPROV): Provisioning service control.</summary>
        Wprov = 0x1901,

        /// <summary><c>WINC_CMD_ID_DI</c> (AT+DI): Device information.</summary>
        Di = 0x1A00,

        /// <summary><c>WINC_CMD_ID_EXTCRYPTO</c> (AT+EXTCRYPTO): External crypto result.</summary>
        Extcrypto = 0x1B00,

        /// <summary><c>WINC_CMD_ID_WIFIC</c> (AT+WIFIC): Wi-Fi configuration.</summary>
        Wific = 0x1C00,

        /// <summary><c>WINC_CMD_ID_NVMC</c> (AT+NVMC): NVM configuration.</summary>
        Nvmc = 0x1D00,

        /// <summary><c>WINC_CMD_ID_NVMER</c> (AT+NVMER): NVM erase.</summary>
        Nvmer = 0x1D01,

        /// <summary><c>WINC_CMD_ID_NVMWR</c> (AT+NVMWR): NVM write.</summary>
        Nvmwr = 0x1D02,

        /// <summary><c>WINC_CMD_ID_NVMCHK</c> (AT+NVMCHK): NVM check.</summary>
        Nvmchk = 0x1D03,

        /// <summary><c>WINC_CMD_ID_NVMRD</c> (AT+NVMRD): NVM read.</summary>
        Nvmrd = 0x1D04,

        /// <summary><c>WINC_CMD_ID_DFUADR</c> (AT+DFUADR): DFU address parameters (v3.2).</summary>
        Dfuadr = 0x1E00,

        /// <summary><c>WINC_CMD_ID_DFUSEQ</c> (AT+DFUSEQ): DFU sequence parameters (v3.2).</summary>
        Dfuseq = 0x1E01,

        /// <summary><c>WINC_CMD_ID_PPSC</c> (AT+PPSC): Platform power save configuration (v3.2).</summary>
        Ppsc = 0x1F00,

        /// <summary><c>WINC_CMD_ID_PPS</c> (AT+PPS): Platform power save control (v3.2).</summary>
        Pps = 0x1F01,

        /// <summary><c>WINC_CMD_ID_SYSLOGC</c> (AT+SYSLOGC): Syslog configuration (v3.2).</summary>
        Syslogc = 0x2000,

        /// <summary><c>WINC_CMD_ID_ARB</c> (AT+ARB): Anti-rollback value (v3.2).</summary>
        Arb = 0x2100,

        /// <summary><c>WINC_CMD_ID_HTTPC</c> (AT+HTTPC): HTTP client configuration (v3.2).</summary>
        Httpc = 0x2200,

        /// <summary><c>WINC_CMD_ID_HTTPGET</c> (AT+HTTPGET): HTTP GET (v3.2).</summary>
        Httpget = 0x2201,

        /// <summary><c>WINC_CMD_ID_HTTPRD</c> (AT+HTTPRD): HTTP read (v3.2).</summary>
        Httprd = 0x2202,

        /// <summary><c>WINC_CMD_ID_HTTPCL</c> (AT+HTTPCL): HTTP close (v3.2).</summary>
        Httpcl = 0x2203,
    }
}
