// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Decoders for the asynchronous events the driver and services act on. Each checks that the
    /// reader holds an AEC of the expected id with at least the documented elements of the
    /// documented types, and returns false otherwise (outputs are then meaningless). Extra trailing
    /// elements (later firmware adds some, e.g. error texts) are ignored. Nothing is allocated:
    /// addresses, names and MACs are copied into caller buffers.
    /// </summary>
    /// <remarks>
    /// Fields the C driver reads into <c>uint16_t</c> (socket ids, ports, lengths, pending counts,
    /// DNS record types, status codes) are decoded with <see cref="MessageReader.TryGetUInt16"/>:
    /// the module may send them as a 2-byte signed INTEGER, which must not be sign-extended (port
    /// 50000 arrives as <c>C3 50</c>). Sequence numbers are taken modulo 65536, as the C driver does.
    /// </remarks>
    public static class AecDecoder
    {
        /// <summary>Tells whether the reader holds a well-formed AEC with id <paramref name="id"/> and at least <paramref name="minElements"/> elements.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="id">Expected AEC id.</param>
        /// <param name="minElements">Fewest elements.</param>
        /// <returns>True when it does.</returns>
        public static bool IsAec(MessageReader message, AecId id, int minElements)
        {
            return message != null && message.IsValid && message.Type == MessageType.Aec
                && message.AecId == id && message.ElementCount >= minElements;
        }

        /// <summary>BOOT: the module has (re)booted; no elements.</summary>
        /// <param name="message">A parsed message.</param>
        /// <returns>True for a BOOT AEC.</returns>
        public static bool Boot(MessageReader message)
        {
            return IsAec(message, AecId.Boot, 0);
        }

        /// <summary>WSTALU &lt;ASSOC_ID&gt;,&lt;BSSID&gt;,&lt;CHANNEL&gt;: the station link is up.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="assocId">Association id.</param>
        /// <param name="bssid">Receives the 6-byte BSSID.</param>
        /// <param name="bssidOffset">First BSSID byte.</param>
        /// <param name="channel">Channel.</param>
        /// <returns>True when decoded.</returns>
        public static bool Wstalu(MessageReader message, out int assocId, byte[] bssid, int bssidOffset, out int channel)
        {
            assocId = 0;
            channel = 0;
            return IsAec(message, AecId.Wstalu, 3)
                && message.TryGetInt32(0, out assocId)
                && message.CopyMacAddress(1, bssid, bssidOffset)
                && message.TryGetInt32(2, out channel);
        }

        /// <summary>WSTALD &lt;ASSOC_ID&gt;: the station link is down.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="assocId">Association id.</param>
        /// <returns>True when decoded.</returns>
        public static bool Wstald(MessageReader message, out int assocId)
        {
            return SingleInteger(message, AecId.Wstald, out assocId);
        }

        /// <summary>WSTAERR &lt;ERROR_CODE&gt;: the station connection failed.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="errorCode">Error code (a <see cref="WincStatus"/> value).</param>
        /// <returns>True when decoded.</returns>
        public static bool Wstaerr(MessageReader message, out int errorCode)
        {
            return SingleUInt16(message, AecId.Wstaerr, out errorCode);
        }

        /// <summary>WSTAROAM &lt;ASSOC_ID&gt;: the station roamed.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="assocId">Association id.</param>
        /// <returns>True when decoded.</returns>
        public static bool Wstaroam(MessageReader message, out int assocId)
        {
            return SingleInteger(message, AecId.Wstaroam, out assocId);
        }

        /// <summary>WSTAAIP &lt;ASSOC_ID&gt;,&lt;IPV4ADDR|IPV6ADDR&gt;: the station got an address.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="assocId">Association id.</param>
        /// <param name="address">Receives 4 or 16 bytes.</param>
        /// <param name="offset">First address byte.</param>
        /// <param name="addressLength">4 or 16.</param>
        /// <param name="prefix">Prefix length (mask or IPv6 prefix/scope), or -1 when not sent.</param>
        /// <returns>True when decoded.</returns>
        public static bool Wstaaip(MessageReader message, out int assocId, byte[] address, int offset, out int addressLength, out int prefix)
        {
            addressLength = 0;
            prefix = -1;
            if (!IsAec(message, AecId.Wstaaip, 2) || !message.TryGetInt32(0, out assocId))
            {
                assocId = 0;
                return false;
            }

            addressLength = message.CopyIpAddress(1, address, offset);
            prefix = message.GetIpPrefix(1);
            return addressLength != 0;
        }

        /// <summary>WAPSC &lt;ASSOC_ID&gt;,&lt;MACADDR&gt;: a station joined the soft AP.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="assocId">Association id.</param>
        /// <param name="mac">Receives the station MAC.</param>
        /// <param name="offset">First MAC byte.</param>
        /// <returns>True when decoded.</returns>
        public static bool Wapsc(MessageReader message, out int assocId, byte[] mac, int offset)
        {
            return IntegerAndMac(message, AecId.Wapsc, out assocId, mac, offset);
        }

        /// <summary>WAPSD &lt;ASSOC_ID&gt;,&lt;MACADDR&gt;: a station left the soft AP.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="assocId">Association id.</param>
        /// <param name="mac">Receives the station MAC.</param>
        /// <param name="offset">First MAC byte.</param>
        /// <returns>True when decoded.</returns>
        public static bool Wapsd(MessageReader message, out int assocId, byte[] mac, int offset)
        {
            return IntegerAndMac(message, AecId.Wapsd, out assocId, mac, offset);
        }

        /// <summary>WAPAIP &lt;ASSOC_ID&gt;,&lt;IPV4ADDR&gt;: the soft AP's DHCP server leased an address.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="assocId">Association id.</param>
        /// <param name="address">Receives 4 bytes.</param>
        /// <param name="offset">First address byte.</param>
        /// <returns>True when decoded.</returns>
        public static bool Wapaip(MessageReader message, out int assocId, byte[] address, int offset)
        {
            assocId = 0;
            return IsAec(message, AecId.Wapaip, 2)
                && message.TryGetInt32(0, out assocId)
                && message.GetElementType(1) == WincType.Ipv4Address
                && message.CopyIpAddress(1, address, offset) == 4;
        }

        /// <summary>WAPERR &lt;ERROR_CODE&gt;: a soft AP error.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="errorCode">Error code.</param>
        /// <returns>True when decoded.</returns>
        public static bool Waperr(MessageReader message, out int errorCode)
        {
            return SingleUInt16(message, AecId.Waperr, out errorCode);
        }

        /// <summary>WSCNIND &lt;RSSI&gt;,&lt;SEC_TYPE&gt;,&lt;CHANNEL&gt;,&lt;BSSID&gt;,&lt;SSID&gt;: one scan result.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="rssi">RSSI in dBm.</param>
        /// <param name="securityType">Security type (-1 unknown, 0 open, 2..9).</param>
        /// <param name="channel">Channel.</param>
        /// <param name="bssid">Receives the 6-byte BSSID.</param>
        /// <param name="bssidOffset">First BSSID byte.</param>
        /// <param name="ssid">Receives the SSID bytes (32 bytes suffice).</param>
        /// <param name="ssidOffset">First SSID byte.</param>
        /// <param name="ssidLength">SSID length.</param>
        /// <returns>True when decoded (false also when the SSID does not fit <paramref name="ssid"/>).</returns>
        public static bool Wscnind(MessageReader message, out int rssi, out int securityType, out int channel, byte[] bssid, int bssidOffset, byte[] ssid, int ssidOffset, out int ssidLength)
        {
            rssi = 0;
            securityType = 0;
            channel = 0;
            ssidLength = 0;
            if (!IsAec(message, AecId.Wscnind, 5)
                || !message.TryGetInt32(0, out rssi)
                || !message.TryGetInt32(1, out securityType)
                || !message.TryGetInt32(2, out channel)
                || !message.CopyMacAddress(3, bssid, bssidOffset))
            {
                return false;
            }

            ssidLength = message.CopyBytes(4, ssid, ssidOffset);
            return ssidLength >= 0;
        }

        /// <summary>WSCNDONE &lt;NUM_RESULTS&gt;: the scan ended.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="resultCount">Number of results reported.</param>
        /// <returns>True when decoded.</returns>
        public static bool Wscndone(MessageReader message, out int resultCount)
        {
            return SingleInteger(message, AecId.Wscndone, out resultCount);
        }

        /// <summary>SOCKIND &lt;SOCK_ID&gt;,&lt;LCL_ADDR&gt;,&lt;LCL_PORT&gt;,&lt;RMT_ADDR&gt;,&lt;RMT_PORT&gt;: a TCP connection is established (a new id for an accepted connection).</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="socketId">Module socket id (0 to 65535).</param>
        /// <param name="localAddress">Receives the local address.</param>
        /// <param name="localOffset">First local address byte.</param>
        /// <param name="localAddressLength">4 or 16.</param>
        /// <param name="localPort">Local port (0 to 65535).</param>
        /// <param name="remoteAddress">Receives the remote address.</param>
        /// <param name="remoteOffset">First remote address byte.</param>
        /// <param name="remoteAddressLength">4 or 16.</param>
        /// <param name="remotePort">Remote port (0 to 65535).</param>
        /// <returns>True when decoded.</returns>
        public static bool Sockind(MessageReader message, out int socketId, byte[] localAddress, int localOffset, out int localAddressLength, out int localPort, byte[] remoteAddress, int remoteOffset, out int remoteAddressLength, out int remotePort)
        {
            socketId = 0;
            localAddressLength = 0;
            localPort = 0;
            remoteAddressLength = 0;
            remotePort = 0;
            if (!IsAec(message, AecId.Sockind, 5)
                || !message.TryGetUInt16(0, out socketId)
                || !message.TryGetUInt16(2, out localPort)
                || !message.TryGetUInt16(4, out remotePort))
            {
                return false;
            }

            // ports are 16-bit unsigned; the module may send them as a 2-byte signed INTEGER
            localPort &= 0xFFFF;
            remotePort &= 0xFFFF;
            localAddressLength = message.CopyIpAddress(1, localAddress, localOffset);
            remoteAddressLength = message.CopyIpAddress(3, remoteAddress, remoteOffset);
            return localAddressLength != 0 && remoteAddressLength != 0;
        }

        /// <summary>
        /// SOCKRXT, in any of its three forms: polled &lt;SOCK_ID&gt;,&lt;PEND_DATA&gt;; async
        /// &lt;SOCK_ID&gt;,&lt;LENGTH&gt;,&lt;DATA&gt;; reliable &lt;SOCK_ID&gt;,&lt;LENGTH&gt;,&lt;SEQ_NUM&gt;,&lt;DATA&gt;.
        /// </summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="into">Receives the indication (cleared first).</param>
        /// <returns>True when decoded (false also when the data element is shorter than the announced length).</returns>
        public static bool Sockrxt(MessageReader message, SocketRxIndication into)
        {
            into.Clear();
            if (!IsAec(message, AecId.Sockrxt, 2))
            {
                return false;
            }

            int socketId;
            int length;
            if (!message.TryGetUInt16(0, out socketId) || !message.TryGetUInt16(1, out length))
            {
                return false;
            }

            into.SocketId = socketId;
            into.Length = length;
            int count = message.ElementCount;
            if (count == 2)
            {
                into.Kind = SocketRxKind.Polled;
                return true;
            }

            int dataIndex = 2;
            if (count >= 4 && IsData(message, 3))
            {
                int sequence;
                if (!TrySequence(message, 2, out sequence))
                {
                    return false;
                }

                into.Kind = SocketRxKind.Reliable;
                into.SequenceNumber = sequence;
                dataIndex = 3;
            }
            else
            {
                into.Kind = SocketRxKind.Async;
            }

            return TakeData(message, dataIndex, into);
        }

        /// <summary>
        /// SOCKRXU, in any of its three forms: polled &lt;SOCK_ID&gt;,&lt;RMT_ADDR&gt;,&lt;RMT_PORT&gt;,&lt;PEND_DATA&gt;,&lt;PEND_DATAGRAM&gt;;
        /// async &lt;SOCK_ID&gt;,&lt;RMT_ADDR&gt;,&lt;RMT_PORT&gt;,&lt;LENGTH&gt;,&lt;DATA&gt;; reliable
        /// &lt;SOCK_ID&gt;,&lt;RMT_ADDR&gt;,&lt;RMT_PORT&gt;,&lt;LENGTH&gt;,&lt;SEQ_NUM&gt;,&lt;DATA&gt;.
        /// </summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="into">Receives the indication (cleared first).</param>
        /// <returns>True when decoded.</returns>
        public static bool Sockrxu(MessageReader message, SocketRxIndication into)
        {
            into.Clear();
            into.IsDatagram = true;
            if (!IsAec(message, AecId.Sockrxu, 5))
            {
                return false;
            }

            int socketId;
            int port;
            int length;
            if (!message.TryGetUInt16(0, out socketId) || !message.TryGetUInt16(2, out port) || !message.TryGetUInt16(3, out length))
            {
                return false;
            }

            port &= 0xFFFF;

            int addressLength = message.CopyIpAddress(1, into.RemoteAddress, 0);
            if (addressLength == 0)
            {
                return false;
            }

            into.SocketId = socketId;
            into.RemotePort = port & 0xFFFF;
            into.RemoteAddressLength = addressLength;
            into.Length = length;
            int count = message.ElementCount;
            if (IsData(message, 4))
            {
                into.Kind = SocketRxKind.Async;
                return TakeData(message, 4, into);
            }

            if (count >= 6 && IsData(message, 5))
            {
                int sequence;
                if (!TrySequence(message, 4, out sequence))
                {
                    return false;
                }

                into.Kind = SocketRxKind.Reliable;
                into.SequenceNumber = sequence;
                return TakeData(message, 5, into);
            }

            int datagrams;
            if (!message.TryGetUInt16(4, out datagrams))
            {
                return false;
            }

            into.Kind = SocketRxKind.Polled;
            into.PendingDatagrams = datagrams;
            return true;
        }

        /// <summary>SOCKCL &lt;SOCK_ID&gt;: the peer closed the socket.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <returns>True when decoded.</returns>
        public static bool Sockcl(MessageReader message, out int socketId)
        {
            return SingleUInt16(message, AecId.Sockcl, out socketId);
        }

        /// <summary>SOCKTLS &lt;SOCK_ID&gt;: the TLS handshake completed.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <returns>True when decoded.</returns>
        public static bool Socktls(MessageReader message, out int socketId)
        {
            return SingleUInt16(message, AecId.Socktls, out socketId);
        }

        /// <summary>SOCKERR &lt;SOCK_ID&gt;,&lt;ERROR_CODE&gt;: a socket error.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="errorCode">Error code.</param>
        /// <returns>True when decoded.</returns>
        public static bool Sockerr(MessageReader message, out int socketId, out int errorCode)
        {
            socketId = 0;
            errorCode = 0;
            return IsAec(message, AecId.Sockerr, 2) && message.TryGetUInt16(0, out socketId) && message.TryGetUInt16(1, out errorCode);
        }

        /// <summary>PING &lt;IP_ADDRESS&gt;,&lt;RTT&gt;: an echo reply.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="address">Receives the address that replied.</param>
        /// <param name="offset">First address byte.</param>
        /// <param name="addressLength">4 or 16.</param>
        /// <param name="roundTripMs">Round-trip time in milliseconds.</param>
        /// <returns>True when decoded.</returns>
        public static bool Ping(MessageReader message, byte[] address, int offset, out int addressLength, out int roundTripMs)
        {
            addressLength = 0;
            roundTripMs = 0;
            if (!IsAec(message, AecId.Ping, 2) || !message.TryGetInt32(1, out roundTripMs))
            {
                return false;
            }

            addressLength = message.CopyIpAddress(0, address, offset);
            return addressLength != 0;
        }

        /// <summary>PINGERR &lt;ERROR_CODE&gt;.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="errorCode">Error code.</param>
        /// <returns>True when decoded.</returns>
        public static bool Pingerr(MessageReader message, out int errorCode)
        {
            return SingleUInt16(message, AecId.Pingerr, out errorCode);
        }

        /// <summary>SNTPERR &lt;ERROR_CODE&gt;.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="errorCode">Error code.</param>
        /// <returns>True when decoded.</returns>
        public static bool Sntperr(MessageReader message, out int errorCode)
        {
            return SingleUInt16(message, AecId.Sntperr, out errorCode);
        }

        /// <summary>TIME &lt;TIME&gt; in a numeric format (UTC_TIME or an integer; an RFC 3339 text is rejected).</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="seconds">Seconds in the format that was asked for.</param>
        /// <returns>True when decoded.</returns>
        public static bool Time(MessageReader message, out uint seconds)
        {
            seconds = 0;
            return IsAec(message, AecId.Time, 1) && message.TryGetUInt32(0, out seconds);
        }

        /// <summary>OTA &lt;OTA_OP_ID&gt;,&lt;OTA_STATE&gt; (0 erase done, 1 write done, 2 verify done, 3 activate done).</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="operationId">Operation id.</param>
        /// <param name="state">State reached.</param>
        /// <returns>True when decoded.</returns>
        public static bool Ota(MessageReader message, out int operationId, out int state)
        {
            return TwoIntegers(message, AecId.Ota, out operationId, out state);
        }

        /// <summary>OTAERR &lt;OTA_OP_ID&gt;,&lt;ERROR_CODE&gt;.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="operationId">Operation id.</param>
        /// <param name="errorCode">Error code.</param>
        /// <returns>True when decoded.</returns>
        public static bool Otaerr(MessageReader message, out int operationId, out int errorCode)
        {
            operationId = 0;
            errorCode = 0;
            return IsAec(message, AecId.Otaerr, 2) && message.TryGetInt32(0, out operationId) && message.TryGetUInt16(1, out errorCode);
        }

        /// <summary>
        /// DNSRESOLV &lt;TYPE&gt;,&lt;QUERY_NAME&gt;,&lt;ADDRESS&gt;: a resolved name. For record types other
        /// than A/AAAA the third element is not an address and <paramref name="addressLength"/> is 0.
        /// </summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="recordType">Record type.</param>
        /// <param name="name">Receives the query name.</param>
        /// <param name="nameOffset">First name byte.</param>
        /// <param name="nameLength">Name length.</param>
        /// <param name="address">Receives the address.</param>
        /// <param name="addressOffset">First address byte.</param>
        /// <param name="addressLength">4, 16, or 0 when the answer is not an address.</param>
        /// <returns>True when decoded.</returns>
        public static bool Dnsresolv(MessageReader message, out int recordType, byte[] name, int nameOffset, out int nameLength, byte[] address, int addressOffset, out int addressLength)
        {
            nameLength = 0;
            addressLength = 0;
            recordType = 0;
            if (!IsAec(message, AecId.Dnsresolv, 3) || !message.TryGetUInt16(0, out recordType))
            {
                return false;
            }

            nameLength = message.CopyBytes(1, name, nameOffset);
            if (nameLength < 0)
            {
                nameLength = 0;
                return false;
            }

            addressLength = message.CopyIpAddress(2, address, addressOffset);
            return true;
        }

        /// <summary>
        /// DNSERR &lt;ERROR_CODE&gt;,&lt;TYPE&gt;,&lt;QUERY_NAME&gt; (firmware 3.2 inserts an error text after the
        /// code; both layouts are accepted).
        /// </summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="errorCode">Error code.</param>
        /// <param name="recordType">Record type.</param>
        /// <param name="name">Receives the query name.</param>
        /// <param name="nameOffset">First name byte.</param>
        /// <param name="nameLength">Name length.</param>
        /// <returns>True when decoded.</returns>
        public static bool Dnserr(MessageReader message, out int errorCode, out int recordType, byte[] name, int nameOffset, out int nameLength)
        {
            recordType = 0;
            nameLength = 0;
            if (!IsAec(message, AecId.Dnserr, 3) || !message.TryGetUInt16(0, out errorCode))
            {
                errorCode = 0;
                return false;
            }

            int typeIndex = 1;
            if (message.ElementCount >= 4 && message.GetElementType(1) == WincType.String)
            {
                typeIndex = 2;
            }

            if (!message.TryGetUInt16(typeIndex, out recordType))
            {
                return false;
            }

            nameLength = message.CopyBytes(typeIndex + 1, name, nameOffset);
            if (nameLength < 0)
            {
                nameLength = 0;
                return false;
            }

            return true;
        }

        /// <summary>ASSOC &lt;ASSOC_ID&gt;,&lt;AP_STA&gt;,&lt;BSSID&gt;,&lt;RSSI&gt;: association information.</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="assocId">Association id.</param>
        /// <param name="apOrStation">0 AP, 1 station.</param>
        /// <param name="bssid">Receives the BSSID.</param>
        /// <param name="offset">First BSSID byte.</param>
        /// <param name="rssi">RSSI in dBm.</param>
        /// <returns>True when decoded.</returns>
        public static bool Assoc(MessageReader message, out int assocId, out int apOrStation, byte[] bssid, int offset, out int rssi)
        {
            assocId = 0;
            apOrStation = 0;
            rssi = 0;
            return IsAec(message, AecId.Assoc, 4)
                && message.TryGetInt32(0, out assocId)
                && message.TryGetInt32(1, out apOrStation)
                && message.CopyMacAddress(2, bssid, offset)
                && message.TryGetInt32(3, out rssi);
        }

        /// <summary>TLSERR &lt;CONF&gt;,&lt;ERROR_CODE&gt; (firmware 3.2).</summary>
        /// <param name="message">A parsed message.</param>
        /// <param name="configuration">TLS configuration index.</param>
        /// <param name="errorCode">Error code.</param>
        /// <returns>True when decoded.</returns>
        public static bool Tlserr(MessageReader message, out int configuration, out int errorCode)
        {
            configuration = 0;
            errorCode = 0;
            return IsAec(message, AecId.Tlserr, 2) && message.TryGetInt32(0, out configuration) && message.TryGetUInt16(1, out errorCode);
        }

        private static bool SingleInteger(MessageReader message, AecId id, out int value)
        {
            value = 0;
            return IsAec(message, id, 1) && message.TryGetInt32(0, out value);
        }

        private static bool SingleUInt16(MessageReader message, AecId id, out int value)
        {
            value = 0;
            return IsAec(message, id, 1) && message.TryGetUInt16(0, out value);
        }

        // the module's sequence numbers count bytes modulo 65536 (the C driver keeps the low 16 bits)
        private static bool TrySequence(MessageReader message, int index, out int sequence)
        {
            uint v;
            bool ok = message.TryGetUInt32(index, out v);
            sequence = (int)(v & 0xFFFF);
            return ok;
        }

        private static bool TwoIntegers(MessageReader message, AecId id, out int first, out int second)
        {
            first = 0;
            second = 0;
            return IsAec(message, id, 2) && message.TryGetInt32(0, out first) && message.TryGetInt32(1, out second);
        }

        private static bool IntegerAndMac(MessageReader message, AecId id, out int value, byte[] mac, int offset)
        {
            value = 0;
            return IsAec(message, id, 2) && message.TryGetInt32(0, out value) && message.CopyMacAddress(1, mac, offset);
        }

        private static bool IsData(MessageReader message, int index)
        {
            WincType t = message.GetElementType(index);
            return t == WincType.ByteArray || t == WincType.String;
        }

        private static bool TakeData(MessageReader message, int index, SocketRxIndication into)
        {
            if (!IsData(message, index))
            {
                return false;
            }

            int length = message.GetElementLength(index);
            if (length != into.Length)
            {
                // the announced length and the data disagree: refuse rather than guess
                return false;
            }

            into.DataOffset = message.GetElementOffset(index);
            into.DataLength = length;
            return true;
        }
    }
}
