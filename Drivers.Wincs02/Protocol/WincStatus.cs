// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Status codes the module returns in STATUS messages and error elements (<c>WINC_STATUS_*</c>,
    /// module &lt;&lt; 8 | code).
    /// </summary>
    public enum WincStatus : ushort
    {
        /// <summary><c>WINC_STATUS_OK</c>: Success.</summary>
        Ok = 0x0000,

        /// <summary><c>WINC_STATUS_ERROR</c>: General error.</summary>
        Error = 0x0001,

        /// <summary><c>WINC_STATUS_INVALID_CMD</c>: Invalid command (also forced on a command overtaken by a later sequence number).</summary>
        InvalidCmd = 0x0002,

        /// <summary><c>WINC_STATUS_UNKNOWN_CMD</c>: Unknown command.</summary>
        UnknownCmd = 0x0003,

        /// <summary><c>WINC_STATUS_INVALID_PARAMETER</c>: Invalid parameter.</summary>
        InvalidParameter = 0x0004,

        /// <summary><c>WINC_STATUS_INCORRECT_NUM_PARAMS</c>: Incorrect number of parameters.</summary>
        IncorrectNumParams = 0x0005,

        /// <summary><c>WINC_STATUS_STORE_UPDATE_BLOCKED</c>: Configuration store update blocked.</summary>
        StoreUpdateBlocked = 0x0006,

        /// <summary><c>WINC_STATUS_STORE_ACCESS_FAILED</c>: Configuration store access failed.</summary>
        StoreAccessFailed = 0x0007,

        /// <summary><c>WINC_STATUS_TIMEOUT</c>: Timeout.</summary>
        Timeout = 0x0008,

        /// <summary><c>WINC_STATUS_HOST_INTERFACE_FAILED</c>: Host interface failed.</summary>
        HostInterfaceFailed = 0x0009,

        /// <summary><c>WINC_STATUS_ACCESS_DENIED</c>: Access denied.</summary>
        AccessDenied = 0x000A,

        /// <summary><c>WINC_STATUS_CONFIG_CONFLICT</c>: Configuration conflict (v3.2).</summary>
        ConfigConflict = 0x000B,

        /// <summary><c>WINC_STATUS_WIFI_API_REQUEST_FAILED</c>: Wi-Fi API request failed.</summary>
        WifiApiRequestFailed = 0x0100,

        /// <summary><c>WINC_STATUS_STA_NOT_CONNECTED</c>: Station not connected.</summary>
        StaNotConnected = 0x0101,

        /// <summary><c>WINC_STATUS_NETWORK_ERROR</c>: Network error.</summary>
        NetworkError = 0x0102,

        /// <summary><c>WINC_STATUS_FILE_SYSTEM_ERROR</c>: File system error.</summary>
        FileSystemError = 0x0103,

        /// <summary><c>WINC_STATUS_CFG_NOT_PRESENT</c>: Configuration not present.</summary>
        CfgNotPresent = 0x0300,

        /// <summary><c>WINC_STATUS_DNS_TYPE_NOT_SUPPORTED</c>: DNS record type not supported.</summary>
        DnsTypeNotSupported = 0x0500,

        /// <summary><c>WINC_STATUS_DNS_TIMEOUT</c>: DNS timeout.</summary>
        DnsTimeout = 0x0501,

        /// <summary><c>WINC_STATUS_DNS_ERROR</c>: DNS error.</summary>
        DnsError = 0x0502,

        /// <summary><c>WINC_STATUS_DNS_RECORD_NOT_FOUND</c>: DNS record not found (v3.2).</summary>
        DnsRecordNotFound = 0x0503,

        /// <summary><c>WINC_STATUS_DNS_NON_EXISTENT_DOMAIN</c>: DNS non-existent domain (v3.2).</summary>
        DnsNonExistentDomain = 0x0504,

        /// <summary><c>WINC_STATUS_DNS_AUTH_DATA_ERROR</c>: DNS authenticated data error (v3.2).</summary>
        DnsAuthDataError = 0x0505,

        /// <summary><c>WINC_STATUS_DNS_TRUNCATED_RESPONSE</c>: DNS truncated response (v3.2).</summary>
        DnsTruncatedResponse = 0x0506,

        /// <summary><c>WINC_STATUS_TSFR_PROTOCOL_NOT_SUPPORTED</c>: Transfer protocol not supported.</summary>
        TsfrProtocolNotSupported = 0x0700,

        /// <summary><c>WINC_STATUS_FILE_EXISTS</c>: File exists.</summary>
        FileExists = 0x0701,

        /// <summary><c>WINC_STATUS_FILE_NOT_FOUND</c>: File not found.</summary>
        FileNotFound = 0x0702,

        /// <summary><c>WINC_STATUS_INVALID_FILE_TYPE</c>: Invalid file type.</summary>
        InvalidFileType = 0x0703,

        /// <summary><c>WINC_STATUS_FILE_CREATE_FAILED</c>: File create failed (v3.2).</summary>
        FileCreateFailed = 0x0704,

        /// <summary><c>WINC_STATUS_FILE_WRITE_FAILED</c>: File write failed (v3.2).</summary>
        FileWriteFailed = 0x0705,

        /// <summary><c>WINC_STATUS_MQTT_ERROR</c>: MQTT error.</summary>
        MqttError = 0x0800,

        /// <summary><c>WINC_STATUS_NETWORK_INTF_DOWN</c>: Network interface down.</summary>
        NetworkIntfDown = 0x0900,

        /// <summary><c>WINC_STATUS_ERASE_DONE</c>: OTA erase done.</summary>
        EraseDone = 0x0A00,

        /// <summary><c>WINC_STATUS_WRITE_DONE</c>: OTA write done.</summary>
        WriteDone = 0x0A01,

        /// <summary><c>WINC_STATUS_VERIFY_DONE</c>: OTA verify done.</summary>
        VerifyDone = 0x0A02,

        /// <summary><c>WINC_STATUS_ACTIVATE_DONE</c>: OTA activate done.</summary>
        ActivateDone = 0x0A03,

        /// <summary><c>WINC_STATUS_INVALIDATE_DONE</c>: OTA invalidate done.</summary>
        InvalidateDone = 0x0A04,

        /// <summary><c>WINC_STATUS_OTA_ERROR</c>: OTA error.</summary>
        OtaError = 0x0A05,

        /// <summary><c>WINC_STATUS_OTA_NO_STA_CONN</c>: OTA without station connection.</summary>
        OtaNoStaConn = 0x0A06,

        /// <summary><c>WINC_STATUS_OTA_PROTOCOL_ERROR</c>: OTA protocol error.</summary>
        OtaProtocolError = 0x0A07,

        /// <summary><c>WINC_STATUS_OTA_TLS_ERROR</c>: OTA TLS error.</summary>
        OtaTlsError = 0x0A08,

        /// <summary><c>WINC_STATUS_OTA_IMG_TOO_LARGE</c>: OTA image too large.</summary>
        OtaImgTooLarge = 0x0A09,

        /// <summary><c>WINC_STATUS_OTA_TIMEOUT</c>: OTA timeout.</summary>
        OtaTimeout = 0x0A0A,

        /// <summary><c>WINC_STATUS_OTA_VERIFY_FAILED</c>: OTA verify failed.</summary>
        OtaVerifyFailed = 0x0A0B,

        /// <summary><c>WINC_STATUS_PING_FAILED</c>: Ping failed.</summary>
        PingFailed = 0x0B00,

        /// <summary><c>WINC_STATUS_SNTP_SERVER_TMO</c>: SNTP server timeout.</summary>
        SntpServerTmo = 0x0D00,

        /// <summary><c>WINC_STATUS_SNTP_PROTOCOL_ERROR</c>: SNTP protocol error.</summary>
        SntpProtocolError = 0x0D01,

        /// <summary><c>WINC_STATUS_SOCKET_ID_NOT_FOUND</c>: Socket id not found.</summary>
        SocketIdNotFound = 0x0E00,

        /// <summary><c>WINC_STATUS_LENGTH_MISMATCH</c>: Length mismatch.</summary>
        LengthMismatch = 0x0E01,

        /// <summary><c>WINC_STATUS_NO_FREE_SOCKETS</c>: No free sockets.</summary>
        NoFreeSockets = 0x0E02,

        /// <summary><c>WINC_STATUS_SOCKET_INVALID_PROTOCOL</c>: Invalid socket protocol.</summary>
        SocketInvalidProtocol = 0x0E03,

        /// <summary><c>WINC_STATUS_SOCKET_CLOSE_FAILED</c>: Socket close failed.</summary>
        SocketCloseFailed = 0x0E04,

        /// <summary><c>WINC_STATUS_SOCKET_BIND_FAILED</c>: Socket bind failed.</summary>
        SocketBindFailed = 0x0E05,

        /// <summary><c>WINC_STATUS_SOCKET_TLS_FAILED</c>: Socket TLS failed.</summary>
        SocketTlsFailed = 0x0E06,

        /// <summary><c>WINC_STATUS_SOCKET_CONNECT_FAILED</c>: Socket connect failed.</summary>
        SocketConnectFailed = 0x0E07,

        /// <summary><c>WINC_STATUS_SOCKET_SEND_FAILED</c>: Socket send failed.</summary>
        SocketSendFailed = 0x0E08,

        /// <summary><c>WINC_STATUS_SOCKET_SET_OPT_FAILED</c>: Socket option failed.</summary>
        SocketSetOptFailed = 0x0E09,

        /// <summary><c>WINC_STATUS_SOCKET_REMOTE_NOT_SET</c>: Socket destination not set.</summary>
        SocketRemoteNotSet = 0x0E0A,

        /// <summary><c>WINC_STATUS_MULTICAST_ERROR</c>: Multicast error.</summary>
        MulticastError = 0x0E0B,

        /// <summary><c>WINC_STATUS_SOCKET_NOT_READY</c>: Socket not ready (retransmit later).</summary>
        SocketNotReady = 0x0E0C,

        /// <summary><c>WINC_STATUS_SOCKET_SEQUENCE_ERROR</c>: Socket sequence error (retransmit from the acknowledged point).</summary>
        SocketSequenceError = 0x0E0D,

        /// <summary><c>WINC_STATUS_TIME_ERROR</c>: Time error.</summary>
        TimeError = 0x1000,

        /// <summary><c>WINC_STATUS_TLS_CA_CERT_MISSING</c>: TLS CA certificate missing (v3.2).</summary>
        TlsCaCertMissing = 0x1100,

        /// <summary><c>WINC_STATUS_TLS_CA_CERT_VALIDATION</c>: TLS CA certificate validation (v3.2).</summary>
        TlsCaCertValidation = 0x1101,

        /// <summary><c>WINC_STATUS_TLS_CA_CERT_DATE_VALIDATION</c>: TLS CA certificate date validation (v3.2).</summary>
        TlsCaCertDateValidation = 0x1102,

        /// <summary><c>WINC_STATUS_TLS_KEY_PAIR_INCOMPLETE</c>: TLS key pair incomplete (v3.2).</summary>
        TlsKeyPairIncomplete = 0x1103,

        /// <summary><c>WINC_STATUS_TLS_PEER_DOMAIN_MISSING</c>: TLS peer domain missing (v3.2).</summary>
        TlsPeerDomainMissing = 0x1104,

        /// <summary><c>WINC_STATUS_WAP_STOP_REFUSED</c>: Soft AP stop not permitted.</summary>
        WapStopRefused = 0x1200,

        /// <summary><c>WINC_STATUS_WAP_STOP_FAILED</c>: Soft AP stop failed.</summary>
        WapStopFailed = 0x1201,

        /// <summary><c>WINC_STATUS_WAP_START_REFUSED</c>: Soft AP start not permitted.</summary>
        WapStartRefused = 0x1202,

        /// <summary><c>WINC_STATUS_WAP_START_FAILED</c>: Soft AP start failed.</summary>
        WapStartFailed = 0x1203,

        /// <summary><c>WINC_STATUS_UNSUPPORTTED_SEC_TYPE</c>: Unsupported security type (Microchip's spelling: <c>WINC_STATUS_UNSUPPORTTED_SEC_TYPE</c>).</summary>
        UnsupportedSecType = 0x1204,

        /// <summary><c>WINC_STATUS_STA_DISCONN_REFUSED</c>: Station disconnect not permitted.</summary>
        StaDisconnRefused = 0x1400,

        /// <summary><c>WINC_STATUS_STA_DISCONN_FAILED</c>: Station disconnect failed.</summary>
        StaDisconnFailed = 0x1401,

        /// <summary><c>WINC_STATUS_STA_CONN_REFUSED</c>: Station connection not permitted.</summary>
        StaConnRefused = 0x1402,

        /// <summary><c>WINC_STATUS_STA_CONN_FAILED</c>: Station connection failed.</summary>
        StaConnFailed = 0x1403,

        /// <summary><c>WINC_STATUS_ASSOC_NOT_FOUND</c>: Association not found.</summary>
        AssocNotFound = 0x1600,

        /// <summary><c>WINC_STATUS_NVM_LOCKED</c>: NVM locked until reset.</summary>
        NvmLocked = 0x1D00,

        /// <summary><c>WINC_STATUS_DFU_ADDRESS_WARNING</c>: No bootable image in the other partition (v3.2).</summary>
        DfuAddressWarning = 0x1E00,

        /// <summary><c>WINC_STATUS_PPS_WIFI_PS_NOT_ENABLED</c>: Wi-Fi power save not enabled (v3.2).</summary>
        PpsWifiPsNotEnabled = 0x1F00,

        /// <summary><c>WINC_STATUS_PPS_TIMEOUT</c>: Platform power save timeout (v3.2).</summary>
        PpsTimeout = 0x1F01,

        /// <summary><c>WINC_STATUS_PPS_PAUSE_EXPIRED</c>: Platform power save pause expired (v3.2).</summary>
        PpsPauseExpired = 0x1F02,

        /// <summary><c>WINC_STATUS_ARB_NO_INCREASE</c>: Anti-rollback value would not increase (v3.2).</summary>
        ArbNoIncrease = 0x2100,

        /// <summary><c>WINC_STATUS_ARB_REJECTED</c>: Anti-rollback value would invalidate the image (v3.2).</summary>
        ArbRejected = 0x2101,

        /// <summary><c>WINC_STATUS_HTTP_DNS_FAILED</c>: HTTP DNS failed (v3.2).</summary>
        HttpDnsFailed = 0x2200,

        /// <summary><c>WINC_STATUS_HTTP_TLS_FAILED</c>: HTTP TLS failed (v3.2).</summary>
        HttpTlsFailed = 0x2201,

        /// <summary><c>WINC_STATUS_HTTP_CONNECT_FAILED</c>: HTTP connect failed (v3.2).</summary>
        HttpConnectFailed = 0x2202,

        /// <summary><c>WINC_STATUS_HTTP_MEMORY</c>: HTTP buffer allocation failed (v3.2).</summary>
        HttpMemory = 0x2203,

        /// <summary><c>WINC_STATUS_HTTP_RESPONSE_HEADERS</c>: HTTP response format (v3.2).</summary>
        HttpResponseHeaders = 0x2204,

        /// <summary><c>WINC_STATUS_HTTP_RECV_FAILED</c>: HTTP receive failed (v3.2).</summary>
        HttpRecvFailed = 0x2205,

        /// <summary><c>WINC_STATUS_HTTP_SEND_FAILED</c>: HTTP send failed (v3.2).</summary>
        HttpSendFailed = 0x2206,

        /// <summary><c>WINC_STATUS_HTTP_TIMEOUT</c>: HTTP timeout (v3.2).</summary>
        HttpTimeout = 0x2207,
    }
}
