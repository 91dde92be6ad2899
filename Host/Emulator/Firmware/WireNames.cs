// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Collections.Generic;
using System.Globalization;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// The names the host interface specification gives to command ids (section 4.6, the AT command
    /// names), AEC ids (section 4.6) and status codes (section 4.8), for the bus trace. Every id the
    /// specification lists is named, also those this emulator does not implement (it answers them
    /// UNKNOWN_CMD, and the trace should still say what the host asked for).
    /// </summary>
    public static class WireNames
    {
        private static readonly Dictionary<ushort, string> s_commands = Table(
            0x0200, "GMI", 0x0201, "GMM", 0x0202, "GMR", 0x0203, "IPR",
            0x0300, "CFG", 0x0301, "CFGCP",
            0x0400, "DHCPSC",
            0x0500, "DNSC", 0x0501, "DNSRESOLV",
            0x0700, "FS", 0x0701, "FSTSFR",
            0x0800, "MQTTC", 0x0801, "MQTTCONN", 0x0802, "MQTTSUB", 0x0803, "MQTTSUBLST", 0x0804, "MQTTSUBRD",
            0x0805, "MQTTUNSUB", 0x0806, "MQTTPUB", 0x0807, "MQTTLWT", 0x0808, "MQTTDISCONN", 0x0809, "MQTTPROPTX",
            0x080A, "MQTTPROPRX", 0x080B, "MQTTPROPTXS",
            0x0900, "NETIFC", 0x0901, "NETIFTX",
            0x0A00, "OTAC", 0x0A01, "OTADL", 0x0A02, "OTAVFY", 0x0A03, "OTAACT", 0x0A04, "OTAINV",
            0x0B00, "PING",
            0x0C00, "RST",
            0x0D00, "SNTPC",
            0x0E00, "SOCKO", 0x0E01, "SOCKBL", 0x0E02, "SOCKBR", 0x0E03, "SOCKBM", 0x0E04, "SOCKTLS", 0x0E05, "SOCKWR",
            0x0E06, "SOCKWRTO", 0x0E07, "SOCKRD", 0x0E08, "SOCKRDBUF", 0x0E09, "SOCKCL", 0x0E0A, "SOCKLST", 0x0E0B, "SOCKC",
            0x1000, "TIME",
            0x1100, "TLSC", 0x1101, "TLSCSC",
            0x1200, "WAPC", 0x1201, "WAP",
            0x1300, "WSCNC", 0x1301, "WSCN",
            0x1400, "WSTAC", 0x1401, "WSTA",
            0x1600, "ASSOC",
            0x1700, "SI",
            0x1900, "WPROVC", 0x1901, "WPROV",
            0x1A00, "DI",
            0x1B00, "EXTCRYPTO",
            0x1C00, "WIFIC",
            0x1D00, "NVMC", 0x1D01, "NVMER", 0x1D02, "NVMWR", 0x1D03, "NVMCHK", 0x1D04, "NVMRD",
            0x1E00, "DFUADR", 0x1E01, "DFUSEQ",
            0x1F00, "PPSC", 0x1F01, "PPS",
            0x2000, "SYSLOGC",
            0x2100, "ARB",
            0x2200, "HTTPC", 0x2201, "HTTPGET", 0x2202, "HTTPRD", 0x2203, "HTTPCL");

        private static readonly Dictionary<ushort, string> s_aecs = Table(
            0x0100, "BOOT",
            0x0500, "DNSRESOLV", 0x0501, "DNSERR",
            0x0700, "FSUP",
            0x0800, "MQTTCONN", 0x0801, "MQTTCONNACK", 0x0802, "MQTTPUBACK", 0x0803, "MQTTPUBCOMP", 0x0804, "MQTTPUBERR",
            0x0805, "MQTTSUB", 0x0806, "MQTTUNSUB", 0x0807, "MQTTSUBRX", 0x0808, "MQTTPROPRX",
            0x0900, "NETIFRX",
            0x0A00, "OTA", 0x0A01, "OTAERR",
            0x0B00, "PING", 0x0B01, "PINGERR",
            0x0D00, "SNTPERR",
            0x0E00, "SOCKIND", 0x0E01, "SOCKRXT", 0x0E02, "SOCKRXU", 0x0E03, "SOCKCL", 0x0E04, "SOCKTLS", 0x0E05, "SOCKERR",
            0x1000, "TIME",
            0x1100, "TLSERR",
            0x1200, "WAPAIP", 0x1201, "WAPSC", 0x1202, "WAPSD", 0x1203, "WAPERR",
            0x1300, "WSCNIND", 0x1301, "WSCNDONE",
            0x1400, "WSTAAIP", 0x1401, "WSTALD", 0x1402, "WSTAERR", 0x1403, "WSTALU", 0x1404, "WSTAROAM",
            0x1600, "ASSOC",
            0x1700, "SIMSTAT", 0x1701, "SIMERR", 0x1702, "SIWPKTS", 0x1703, "SIHEAP", 0x1704, "SIHERR", 0x1705, "SISTACK",
            0x1900, "WPROVAT", 0x1901, "WPROVDT",
            0x1B00, "EXTCRYPTO",
            0x1D00, "NVMER", 0x1D01, "NVMCHK", 0x1D02, "NVMERR",
            0x1F00, "PPS",
            0x2000, "SYSLOG");

        private static readonly Dictionary<ushort, string> s_statuses = Table(
            0x0000, "OK", 0x0001, "ERROR", 0x0002, "INVALID_CMD", 0x0003, "UNKNOWN_CMD", 0x0004, "INVALID_PARAMETER",
            0x0005, "INCORRECT_NUM_PARAMS", 0x0006, "STORE_UPDATE_BLOCKED", 0x0007, "STORE_ACCESS_FAILED", 0x0008, "TIMEOUT",
            0x0009, "HOST_INTERFACE_FAILED", 0x000A, "ACCESS_DENIED", 0x000B, "CONFIG_CONFLICT",
            0x0100, "WIFI_API_REQUEST_FAILED", 0x0101, "STA_NOT_CONNECTED", 0x0102, "NETWORK_ERROR", 0x0103, "FILE_SYSTEM_ERROR",
            0x0300, "CFG_NOT_PRESENT",
            0x0500, "DNS_TYPE_NOT_SUPPORTED", 0x0501, "DNS_TIMEOUT", 0x0502, "DNS_ERROR", 0x0503, "DNS_RECORD_NOT_FOUND",
            0x0504, "DNS_NON_EXISTENT_DOMAIN",
            0x0700, "TSFR_PROTOCOL_NOT_SUPPORTED", 0x0701, "FILE_EXISTS", 0x0702, "FILE_NOT_FOUND", 0x0703, "INVALID_FILE_TYPE",
            0x0704, "FILE_CREATE_FAILED", 0x0705, "FILE_WRITE_FAILED",
            0x0800, "MQTT_ERROR",
            0x0900, "NETWORK_INTF_DOWN",
            0x0A00, "ERASE_DONE", 0x0A01, "WRITE_DONE", 0x0A02, "VERIFY_DONE", 0x0A03, "ACTIVATE_DONE", 0x0A04, "INVALIDATE_DONE",
            0x0A05, "OTA_ERROR", 0x0A06, "OTA_NO_STA_CONN", 0x0A07, "OTA_PROTOCOL_ERROR", 0x0A08, "OTA_TLS_ERROR",
            0x0A09, "OTA_IMG_TOO_LARGE", 0x0A0A, "OTA_TIMEOUT", 0x0A0B, "OTA_VERIFY_FAILED",
            0x0B00, "PING_FAILED",
            0x0D00, "SNTP_SERVER_TMO", 0x0D01, "SNTP_PROTOCOL_ERROR",
            0x0E00, "SOCKET_ID_NOT_FOUND", 0x0E01, "LENGTH_MISMATCH", 0x0E02, "NO_FREE_SOCKETS", 0x0E03, "SOCKET_INVALID_PROTOCOL",
            0x0E04, "SOCKET_CLOSE_FAILED", 0x0E05, "SOCKET_BIND_FAILED", 0x0E06, "SOCKET_TLS_FAILED", 0x0E07, "SOCKET_CONNECT_FAILED",
            0x0E08, "SOCKET_SEND_FAILED", 0x0E09, "SOCKET_SET_OPT_FAILED", 0x0E0A, "SOCKET_REMOTE_NOT_SET", 0x0E0B, "MULTICAST_ERROR",
            0x0E0C, "SOCKET_NOT_READY", 0x0E0D, "SOCKET_SEQUENCE_ERROR",
            0x1000, "TIME_ERROR",
            0x1100, "TLS_CA_CERT_MISSING", 0x1101, "TLS_CA_CERT_VALIDATION", 0x1102, "TLS_CA_CERT_DATE_VALIDATION",
            0x1103, "TLS_KEY_PAIR_INCOMPLETE", 0x1104, "TLS_PEER_DOMAIN_MISSING",
            0x1200, "WAP_STOP_REFUSED", 0x1201, "WAP_STOP_FAILED", 0x1202, "WAP_START_REFUSED", 0x1203, "WAP_START_FAILED",
            0x1204, "UNSUPPORTTED_SEC_TYPE",
            0x1400, "STA_DISCONN_REFUSED", 0x1401, "STA_DISCONN_FAILED", 0x1402, "STA_CONN_REFUSED", 0x1403, "STA_CONN_FAILED",
            0x1600, "ASSOC_NOT_FOUND");

        /// <summary>The specification's name of a command id (WINC_CMD_ID_SOCKO → "SOCKO"), else "0xHHHH".</summary>
        /// <param name="id">Command id.</param>
        /// <returns>The name.</returns>
        public static string Command(ushort id)
        {
            return Lookup(s_commands, id);
        }

        /// <summary>The specification's name of an AEC id (WINC_AEC_ID_SOCKIND → "SOCKIND"), else "0xHHHH".</summary>
        /// <param name="id">AEC id.</param>
        /// <returns>The name.</returns>
        public static string Aec(ushort id)
        {
            return Lookup(s_aecs, id);
        }

        /// <summary>The specification's name of a status code (WINC_STATUS_SOCKET_NOT_READY → "SOCKET_NOT_READY"), else "0xHHHH".</summary>
        /// <param name="status">Status code.</param>
        /// <returns>The name.</returns>
        public static string Status(ushort status)
        {
            return Lookup(s_statuses, status);
        }

        /// <summary>Whether the specification names this command id.</summary>
        /// <param name="id">Command id.</param>
        /// <returns>True when named.</returns>
        public static bool IsKnownCommand(ushort id)
        {
            return s_commands.ContainsKey(id);
        }

        /// <summary>Whether the specification names this AEC id.</summary>
        /// <param name="id">AEC id.</param>
        /// <returns>True when named.</returns>
        public static bool IsKnownAec(ushort id)
        {
            return s_aecs.ContainsKey(id);
        }

        /// <summary>Whether the specification names this status code.</summary>
        /// <param name="status">Status code.</param>
        /// <returns>True when named.</returns>
        public static bool IsKnownStatus(ushort status)
        {
            return s_statuses.ContainsKey(status);
        }

        private static string Lookup(Dictionary<ushort, string> table, ushort id)
        {
            return table.TryGetValue(id, out string name) ? name : "0x" + id.ToString("X4", CultureInfo.InvariantCulture);
        }

        private static Dictionary<ushort, string> Table(params object[] pairs)
        {
            var table = new Dictionary<ushort, string>(pairs.Length / 2);
            for (int i = 0; i < pairs.Length; i += 2)
            {
                table.Add((ushort)(int)pairs[i], (string)pairs[i + 1]);
            }

            return table;
        }
    }
}
