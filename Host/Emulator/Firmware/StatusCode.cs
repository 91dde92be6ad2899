// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>Status codes (WINC_STATUS_*): module &lt;&lt; 8 | code, carried by STATUS messages and by error elements.</summary>
    public static class StatusCode
    {
        /// <summary>WINC_STATUS_OK.</summary>
        public const ushort Ok = 0x0000;

        /// <summary>WINC_STATUS_ERROR.</summary>
        public const ushort Error = 0x0001;

        /// <summary>WINC_STATUS_INVALID_CMD.</summary>
        public const ushort InvalidCmd = 0x0002;

        /// <summary>WINC_STATUS_UNKNOWN_CMD.</summary>
        public const ushort UnknownCmd = 0x0003;

        /// <summary>WINC_STATUS_INVALID_PARAMETER.</summary>
        public const ushort InvalidParameter = 0x0004;

        /// <summary>WINC_STATUS_INCORRECT_NUM_PARAMS.</summary>
        public const ushort IncorrectNumParams = 0x0005;

        /// <summary>WINC_STATUS_STORE_UPDATE_BLOCKED.</summary>
        public const ushort StoreUpdateBlocked = 0x0006;

        /// <summary>WINC_STATUS_STORE_ACCESS_FAILED.</summary>
        public const ushort StoreAccessFailed = 0x0007;

        /// <summary>WINC_STATUS_TIMEOUT.</summary>
        public const ushort Timeout = 0x0008;

        /// <summary>WINC_STATUS_HOST_INTERFACE_FAILED.</summary>
        public const ushort HostInterfaceFailed = 0x0009;

        /// <summary>WINC_STATUS_ACCESS_DENIED.</summary>
        public const ushort AccessDenied = 0x000A;

        /// <summary>WINC_STATUS_CONFIG_CONFLICT.</summary>
        public const ushort ConfigConflict = 0x000B;

        /// <summary>WINC_STATUS_WIFI_API_REQUEST_FAILED.</summary>
        public const ushort WifiApiRequestFailed = 0x0100;

        /// <summary>WINC_STATUS_STA_NOT_CONNECTED.</summary>
        public const ushort StaNotConnected = 0x0101;

        /// <summary>WINC_STATUS_NETWORK_ERROR.</summary>
        public const ushort NetworkError = 0x0102;

        /// <summary>WINC_STATUS_FILE_SYSTEM_ERROR.</summary>
        public const ushort FileSystemError = 0x0103;

        /// <summary>WINC_STATUS_CFG_NOT_PRESENT.</summary>
        public const ushort CfgNotPresent = 0x0300;

        /// <summary>WINC_STATUS_DNS_TYPE_NOT_SUPPORTED.</summary>
        public const ushort DnsTypeNotSupported = 0x0500;

        /// <summary>WINC_STATUS_DNS_TIMEOUT.</summary>
        public const ushort DnsTimeout = 0x0501;

        /// <summary>WINC_STATUS_DNS_ERROR.</summary>
        public const ushort DnsError = 0x0502;

        /// <summary>WINC_STATUS_DNS_RECORD_NOT_FOUND.</summary>
        public const ushort DnsRecordNotFound = 0x0503;

        /// <summary>WINC_STATUS_DNS_NON_EXISTENT_DOMAIN.</summary>
        public const ushort DnsNonExistentDomain = 0x0504;

        /// <summary>WINC_STATUS_TSFR_PROTOCOL_NOT_SUPPORTED.</summary>
        public const ushort TsfrProtocolNotSupported = 0x0700;

        /// <summary>WINC_STATUS_FILE_EXISTS.</summary>
        public const ushort FileExists = 0x0701;

        /// <summary>WINC_STATUS_FILE_NOT_FOUND.</summary>
        public const ushort FileNotFound = 0x0702;

        /// <summary>WINC_STATUS_INVALID_FILE_TYPE.</summary>
        public const ushort InvalidFileType = 0x0703;

        /// <summary>WINC_STATUS_FILE_CREATE_FAILED.</summary>
        public const ushort FileCreateFailed = 0x0704;

        /// <summary>WINC_STATUS_FILE_WRITE_FAILED.</summary>
        public const ushort FileWriteFailed = 0x0705;

        /// <summary>WINC_STATUS_NETWORK_INTF_DOWN.</summary>
        public const ushort NetworkIntfDown = 0x0900;

        /// <summary>WINC_STATUS_ERASE_DONE.</summary>
        public const ushort EraseDone = 0x0A00;

        /// <summary>WINC_STATUS_WRITE_DONE.</summary>
        public const ushort WriteDone = 0x0A01;

        /// <summary>WINC_STATUS_VERIFY_DONE.</summary>
        public const ushort VerifyDone = 0x0A02;

        /// <summary>WINC_STATUS_ACTIVATE_DONE.</summary>
        public const ushort ActivateDone = 0x0A03;

        /// <summary>WINC_STATUS_INVALIDATE_DONE.</summary>
        public const ushort InvalidateDone = 0x0A04;

        /// <summary>WINC_STATUS_OTA_ERROR.</summary>
        public const ushort OtaError = 0x0A05;

        /// <summary>WINC_STATUS_OTA_NO_STA_CONN.</summary>
        public const ushort OtaNoStaConn = 0x0A06;

        /// <summary>WINC_STATUS_OTA_PROTOCOL_ERROR.</summary>
        public const ushort OtaProtocolError = 0x0A07;

        /// <summary>WINC_STATUS_OTA_TLS_ERROR.</summary>
        public const ushort OtaTlsError = 0x0A08;

        /// <summary>WINC_STATUS_OTA_IMG_TOO_LARGE.</summary>
        public const ushort OtaImgTooLarge = 0x0A09;

        /// <summary>WINC_STATUS_OTA_TIMEOUT.</summary>
        public const ushort OtaTimeout = 0x0A0A;

        /// <summary>WINC_STATUS_OTA_VERIFY_FAILED.</summary>
        public const ushort OtaVerifyFailed = 0x0A0B;

        /// <summary>WINC_STATUS_PING_FAILED.</summary>
        public const ushort PingFailed = 0x0B00;

        /// <summary>WINC_STATUS_SNTP_SERVER_TMO.</summary>
        public const ushort SntpServerTmo = 0x0D00;

        /// <summary>WINC_STATUS_SNTP_PROTOCOL_ERROR.</summary>
        public const ushort SntpProtocolError = 0x0D01;

        /// <summary>WINC_STATUS_SOCKET_ID_NOT_FOUND.</summary>
        public const ushort SocketIdNotFound = 0x0E00;

        /// <summary>WINC_STATUS_LENGTH_MISMATCH.</summary>
        public const ushort LengthMismatch = 0x0E01;

        /// <summary>WINC_STATUS_NO_FREE_SOCKETS.</summary>
        public const ushort NoFreeSockets = 0x0E02;

        /// <summary>WINC_STATUS_SOCKET_INVALID_PROTOCOL.</summary>
        public const ushort SocketInvalidProtocol = 0x0E03;

        /// <summary>WINC_STATUS_SOCKET_CLOSE_FAILED.</summary>
        public const ushort SocketCloseFailed = 0x0E04;

        /// <summary>WINC_STATUS_SOCKET_BIND_FAILED.</summary>
        public const ushort SocketBindFailed = 0x0E05;

        /// <summary>WINC_STATUS_SOCKET_TLS_FAILED.</summary>
        public const ushort SocketTlsFailed = 0x0E06;

        /// <summary>WINC_STATUS_SOCKET_CONNECT_FAILED.</summary>
        public const ushort SocketConnectFailed = 0x0E07;

        /// <summary>WINC_STATUS_SOCKET_SEND_FAILED.</summary>
        public const ushort SocketSendFailed = 0x0E08;

        /// <summary>WINC_STATUS_SOCKET_SET_OPT_FAILED.</summary>
        public const ushort SocketSetOptFailed = 0x0E09;

        /// <summary>WINC_STATUS_SOCKET_REMOTE_NOT_SET.</summary>
        public const ushort SocketRemoteNotSet = 0x0E0A;

        /// <summary>WINC_STATUS_MULTICAST_ERROR.</summary>
        public const ushort MulticastError = 0x0E0B;

        /// <summary>WINC_STATUS_SOCKET_NOT_READY.</summary>
        public const ushort SocketNotReady = 0x0E0C;

        /// <summary>WINC_STATUS_SOCKET_SEQUENCE_ERROR.</summary>
        public const ushort SocketSequenceError = 0x0E0D;

        /// <summary>WINC_STATUS_TIME_ERROR.</summary>
        public const ushort TimeError = 0x1000;

        /// <summary>WINC_STATUS_TLS_CA_CERT_MISSING.</summary>
        public const ushort TlsCaCertMissing = 0x1100;

        /// <summary>WINC_STATUS_TLS_CA_CERT_VALIDATION.</summary>
        public const ushort TlsCaCertValidation = 0x1101;

        /// <summary>WINC_STATUS_TLS_CA_CERT_DATE_VALIDATION.</summary>
        public const ushort TlsCaCertDateValidation = 0x1102;

        /// <summary>WINC_STATUS_TLS_KEY_PAIR_INCOMPLETE.</summary>
        public const ushort TlsKeyPairIncomplete = 0x1103;

        /// <summary>WINC_STATUS_TLS_PEER_DOMAIN_MISSING.</summary>
        public const ushort TlsPeerDomainMissing = 0x1104;

        /// <summary>WINC_STATUS_WAP_STOP_REFUSED.</summary>
        public const ushort WapStopRefused = 0x1200;

        /// <summary>WINC_STATUS_WAP_STOP_FAILED.</summary>
        public const ushort WapStopFailed = 0x1201;

        /// <summary>WINC_STATUS_WAP_START_REFUSED.</summary>
        public const ushort WapStartRefused = 0x1202;

        /// <summary>WINC_STATUS_WAP_START_FAILED.</summary>
        public const ushort WapStartFailed = 0x1203;

        /// <summary>WINC_STATUS_UNSUPPORTTED_SEC_TYPE.</summary>
        public const ushort UnsupportedSecType = 0x1204;

        /// <summary>WINC_STATUS_STA_DISCONN_REFUSED.</summary>
        public const ushort StaDisconnRefused = 0x1400;

        /// <summary>WINC_STATUS_STA_DISCONN_FAILED.</summary>
        public const ushort StaDisconnFailed = 0x1401;

        /// <summary>WINC_STATUS_STA_CONN_REFUSED.</summary>
        public const ushort StaConnRefused = 0x1402;

        /// <summary>WINC_STATUS_STA_CONN_FAILED.</summary>
        public const ushort StaConnFailed = 0x1403;

        /// <summary>WINC_STATUS_ASSOC_NOT_FOUND.</summary>
        public const ushort AssocNotFound = 0x1600;
    }
}
