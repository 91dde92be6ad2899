// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Asynchronous event code ids (<c>WINC_AEC_ID_*</c>, module &lt;&lt; 8 | index), carried in the
    /// response-id field of an AEC message.
    /// </summary>
    public enum AecId : ushort
    {
        /// <summary><c>WINC_AEC_ID_BOOT</c> (+BOOT): The module has booted (no elements).</summary>
        Boot = 0x0100,

        /// <summary><c>WINC_AEC_ID_DNSRESOLV</c> (+DNSRESOLV): DNS resolve result.</summary>
        Dnsresolv = 0x0500,

        /// <summary><c>WINC_AEC_ID_DNSERR</c> (+DNSERR): DNS resolve error.</summary>
        Dnserr = 0x0501,

        /// <summary><c>WINC_AEC_ID_FSUP</c> (+FSUP): File system update (v3.2).</summary>
        Fsup = 0x0700,

        /// <summary><c>WINC_AEC_ID_MQTTCONN</c> (+MQTTCONN): MQTT connection state.</summary>
        Mqttconn = 0x0800,

        /// <summary><c>WINC_AEC_ID_MQTTCONNACK</c> (+MQTTCONNACK): MQTT CONNACK.</summary>
        Mqttconnack = 0x0801,

        /// <summary><c>WINC_AEC_ID_MQTTPUBACK</c> (+MQTTPUBACK): MQTT PUBACK.</summary>
        Mqttpuback = 0x0802,

        /// <summary><c>WINC_AEC_ID_MQTTPUBCOMP</c> (+MQTTPUBCOMP): MQTT PUBCOMP.</summary>
        Mqttpubcomp = 0x0803,

        /// <summary><c>WINC_AEC_ID_MQTTPUBERR</c> (+MQTTPUBERR): MQTT publish error.</summary>
        Mqttpuberr = 0x0804,

        /// <summary><c>WINC_AEC_ID_MQTTSUB</c> (+MQTTSUB): MQTT SUBACK.</summary>
        Mqttsub = 0x0805,

        /// <summary><c>WINC_AEC_ID_MQTTUNSUB</c> (+MQTTUNSUB): MQTT UNSUBACK.</summary>
        Mqttunsub = 0x0806,

        /// <summary><c>WINC_AEC_ID_MQTTSUBRX</c> (+MQTTSUBRX): MQTT subscription data received.</summary>
        Mqttsubrx = 0x0807,

        /// <summary><c>WINC_AEC_ID_MQTTPROPRX</c> (+MQTTPROPRX): MQTT receive property.</summary>
        Mqttproprx = 0x0808,

        /// <summary><c>WINC_AEC_ID_NETIFRX</c> (+NETIFRX): Layer 2 frame received.</summary>
        Netifrx = 0x0900,

        /// <summary><c>WINC_AEC_ID_OTA</c> (+OTA): OTA progress.</summary>
        Ota = 0x0A00,

        /// <summary><c>WINC_AEC_ID_OTAERR</c> (+OTAERR): OTA error.</summary>
        Otaerr = 0x0A01,

        /// <summary><c>WINC_AEC_ID_PING</c> (+PING): Ping reply.</summary>
        Ping = 0x0B00,

        /// <summary><c>WINC_AEC_ID_PINGERR</c> (+PINGERR): Ping error.</summary>
        Pingerr = 0x0B01,

        /// <summary><c>WINC_AEC_ID_SNTPERR</c> (+SNTPERR): SNTP error.</summary>
        Sntperr = 0x0D00,

        /// <summary><c>WINC_AEC_ID_SOCKIND</c> (+SOCKIND): TCP connection established.</summary>
        Sockind = 0x0E00,

        /// <summary><c>WINC_AEC_ID_SOCKRXT</c> (+SOCKRXT): TCP data received.</summary>
        Sockrxt = 0x0E01,

        /// <summary><c>WINC_AEC_ID_SOCKRXU</c> (+SOCKRXU): UDP data received.</summary>
        Sockrxu = 0x0E02,

        /// <summary><c>WINC_AEC_ID_SOCKCL</c> (+SOCKCL): Socket closed by the peer.</summary>
        Sockcl = 0x0E03,

        /// <summary><c>WINC_AEC_ID_SOCKTLS</c> (+SOCKTLS): TLS handshake complete.</summary>
        Socktls = 0x0E04,

        /// <summary><c>WINC_AEC_ID_SOCKERR</c> (+SOCKERR): Socket error.</summary>
        Sockerr = 0x0E05,

        /// <summary><c>WINC_AEC_ID_TIME</c> (+TIME): Current time.</summary>
        Time = 0x1000,

        /// <summary><c>WINC_AEC_ID_TLSERR</c> (+TLSERR): TLS error (v3.2).</summary>
        Tlserr = 0x1100,

        /// <summary><c>WINC_AEC_ID_WAPAIP</c> (+WAPAIP): Soft AP leased an address.</summary>
        Wapaip = 0x1200,

        /// <summary><c>WINC_AEC_ID_WAPSC</c> (+WAPSC): Station connected to the soft AP.</summary>
        Wapsc = 0x1201,

        /// <summary><c>WINC_AEC_ID_WAPSD</c> (+WAPSD): Station disconnected from the soft AP.</summary>
        Wapsd = 0x1202,

        /// <summary><c>WINC_AEC_ID_WAPERR</c> (+WAPERR): Soft AP error.</summary>
        Waperr = 0x1203,

        /// <summary><c>WINC_AEC_ID_WSCNIND</c> (+WSCNIND): Scan result.</summary>
        Wscnind = 0x1300,

        /// <summary><c>WINC_AEC_ID_WSCNDONE</c> (+WSCNDONE): Scan complete.</summary>
        Wscndone = 0x1301,

        /// <summary><c>WINC_AEC_ID_WSTAAIP</c> (+WSTAAIP): Station address assigned.</summary>
        Wstaaip = 0x1400,

        /// <summary><c>WINC_AEC_ID_WSTALD</c> (+WSTALD): Station link down.</summary>
        Wstald = 0x1401,

        /// <summary><c>WINC_AEC_ID_WSTAERR</c> (+WSTAERR): Station error.</summary>
        Wstaerr = 0x1402,

        /// <summary><c>WINC_AEC_ID_WSTALU</c> (+WSTALU): Station link up.</summary>
        Wstalu = 0x1403,

        /// <summary><c>WINC_AEC_ID_WSTAROAM</c> (+WSTAROAM): Station roamed.</summary>
        Wstaroam = 0x1404,

        /// <summary><c>WINC_AEC_ID_ASSOC</c> (+ASSOC): Association information.</summary>
        Assoc = 0x1600,

        /// <summary><c>WINC_AEC_ID_SIMSTAT</c> (+SIMSTAT): Memory statistics.</summary>
        Simstat = 0x1700,

        /// <summary><c>WINC_AEC_ID_SIMERR</c> (+SIMERR): Memory error.</summary>
        Simerr = 0x1701,

        /// <summary><c>WINC_AEC_ID_SIWPKTS</c> (+SIWPKTS): Wi-Fi packet statistics.</summary>
        Siwpkts = 0x1702,

        /// <summary><c>WINC_AEC_ID_SIHEAP</c> (+SIHEAP): Heap statistics.</summary>
        Siheap = 0x1703,

        /// <summary><c>WINC_AEC_ID_SIHERR</c> (+SIHERR): Heap error.</summary>
        Siherr = 0x1704,

        /// <summary><c>WINC_AEC_ID_SISTACK</c> (+SISTACK): Stack statistics.</summary>
        Sistack = 0x1705,

        /// <summary><c>WINC_AEC_ID_WPROVAT</c> (+WPROVAT): Provisioning attached.</summary>
        Wprovat = 0x1900,

        /// <summary><c>WINC_AEC_ID_WPROVDT</c> (+WPROVDT): Provisioning detached.</summary>
        Wprovdt = 0x1901,

        /// <summary><c>WINC_AEC_ID_EXTCRYPTO</c> (+EXTCRYPTO): External crypto request.</summary>
        Extcrypto = 0x1B00,

        /// <summary><c>WINC_AEC_ID_NVMER</c> (+NVMER): NVM erase complete.</summary>
        Nvmer = 0x1D00,

        /// <summary><c>WINC_AEC_ID_NVMCHK</c> (+NVMCHK): NVM check result.</summary>
        Nvmchk = 0x1D01,

        /// <summary><c>WINC_AEC_ID_NVMERR</c> (+NVMERR): NVM error.</summary>
        Nvmerr = 0x1D02,

        /// <summary><c>WINC_AEC_ID_PPS</c> (+PPS): Platform power save (v3.2).</summary>
        Pps = 0x1F00,

        /// <summary><c>WINC_AEC_ID_SYSLOG</c> (+SYSLOG): Syslog event (v3.2).</summary>
        Syslog = 0x2000,

        /// <summary><c>WINC_AEC_ID_HTTPRSPCODE</c> (+HTTPRSPCODE): HTTP response code (v3.2).</summary>
        Httprspcode = 0x2200,

        /// <summary><c>WINC_AEC_ID_HTTPRSPFIELD</c> (+HTTPRSPFIELD): HTTP response field (v3.2).</summary>
        Httprspfield = 0x2201,

        /// <summary><c>WINC_AEC_ID_HTTPBODYRX</c> (+HTTPBODYRX): HTTP body data (v3.2).</summary>
        Httpbodyrx = 0x2202,

        /// <summary><c>WINC_AEC_ID_HTTPBODYEND</c> (+HTTPBODYEND): HTTP body end (v3.2).</summary>
        Httpbodyend = 0x2203,

        /// <summary><c>WINC_AEC_ID_HTTPCL</c> (+HTTPCL): HTTP closed (v3.2).</summary>
        Httpcl = 0x2204,

        /// <summary><c>WINC_AEC_ID_HTTPERR</c> (+HTTPERR): HTTP error (v3.2).</summary>
        Httperr = 0x2205,
    }
}
