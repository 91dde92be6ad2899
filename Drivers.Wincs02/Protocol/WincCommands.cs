// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Encoders for the WINCS02 commands (the <c>WINC_Cmd*</c> functions of <c>winc_cmds.c</c>): each
    /// appends one request to the writer's burst with the parameter types and widths the Microchip
    /// driver uses. Every encoder returns false, leaving the burst as it was, when the burst is full;
    /// invalid arguments throw before anything is written.
    /// </summary>
    public static class WincCommands
    {
        /// <summary>Largest SOCKWR payload (<c>WINC_CMD_PARAM_SZ_SOCKET_DATA_WR</c>).</summary>
        public const int SocketWriteMax = 1460;

        /// <summary>Largest SOCKWRTO payload (<c>WINC_CMD_PARAM_SZ_SOCKET_DATA_WRTO</c>).</summary>
        public const int SocketWriteToMax = 1472;

        /// <summary>Largest listen backlog of SOCKBL (<c>WINC_CMD_PARAM_MAX_SOCKET_PEND_SKTS</c>).</summary>
        public const int MaxPendingSockets = 10;

        /// <summary>Largest TLS configuration index (<c>WINC_CMD_PARAM_MAX_SOCKET_TLS_CONF</c>).</summary>
        public const int MaxTlsConfiguration = 4;

        /// <summary>Longest file name (<c>WINC_CMD_PARAM_SZ_FS_FILENAME</c>).</summary>
        public const int FileNameMax = 32;

        /// <summary>Longest DNS query name (<c>WINC_CMD_PARAM_SZ_DNS_QUERY_NAME</c>).</summary>
        public const int DnsNameMax = 256;

        /// <summary>Largest sequence number of SOCKWR/SOCKWRTO and SOCKC ASYNC_NEXT_SN.</summary>
        public const int MaxSequenceNumber = 65535;

        /// <summary>Forms the id of one value of a multi-value parameter, ID.INDEX (<c>WINC_CmdFormFractInt</c>).</summary>
        /// <param name="id">Parameter id.</param>
        /// <param name="index">Value index.</param>
        /// <returns>(id &lt;&lt; 16) | index.</returns>
        public static uint FractionalId(int id, int index)
        {
            return ((uint)id << 16) | (uint)(index & 0xFFFF);
        }

        /// <summary>RST: resets the module.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <returns>False when the burst is full.</returns>
        public static bool Rst(CommandWriter writer)
        {
            return NoParameters(writer, CommandId.Rst);
        }

        /// <summary>OTAVFY: verifies the downloaded image.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <returns>False when the burst is full.</returns>
        public static bool Otavfy(CommandWriter writer)
        {
            return NoParameters(writer, CommandId.Otavfy);
        }

        /// <summary>OTAACT: activates the downloaded image.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <returns>False when the burst is full.</returns>
        public static bool Otaact(CommandWriter writer)
        {
            return NoParameters(writer, CommandId.Otaact);
        }

        /// <summary>OTAINV: invalidates the running image.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <returns>False when the burst is full.</returns>
        public static bool Otainv(CommandWriter writer)
        {
            return NoParameters(writer, CommandId.Otainv);
        }

        /// <summary>OTADL: starts the download configured with OTAC (state UINT1 = 1).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <returns>False when the burst is full.</returns>
        public static bool Otadl(CommandWriter writer)
        {
            if (!writer.Begin(CommandId.Otadl))
            {
                return false;
            }

            writer.AddUnsigned(1, 1);
            return writer.End();
        }

        // ---------------------------------------------------------------------------------------
        // configuration commands: [selector] [ID as UINT/FRAC 4 bytes] [value]

        /// <summary>
        /// Queries every parameter of a configuration command (CFG, DI, NVMC, WSTAC, WAPC, WSCNC,
        /// WIFIC, DNSC, SNTPC, OTAC): the request has no parameters.
        /// </summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">A configuration command without selector.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException"><paramref name="command"/> needs a selector or is not a configuration command.</exception>
        public static bool ConfigQueryAll(CommandWriter writer, CommandId command)
        {
            CheckPlainConfig(command);
            return NoParameters(writer, command);
        }

        /// <summary>Queries one parameter (or one ID.INDEX value) of a configuration command without selector.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">A configuration command without selector.</param>
        /// <param name="id">Parameter id or <see cref="FractionalId"/>.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException"><paramref name="command"/> needs a selector or is not a configuration command.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is above 255 (or 255.x).</exception>
        public static bool ConfigQuery(CommandWriter writer, CommandId command, uint id)
        {
            CheckPlainConfig(command);
            CheckConfigId(id);
            if (!writer.Begin(command))
            {
                return false;
            }

            writer.AddConfigId(id);
            return writer.End();
        }

        /// <summary>Sets an integer-coded parameter (sent as a 4-byte value of <paramref name="type"/>).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">A configuration command without selector.</param>
        /// <param name="id">Parameter id or <see cref="FractionalId"/>.</param>
        /// <param name="type">INTEGER, INTEGER_UNSIGNED, INTEGER_FRAC, BOOL, STATUS or UTC_TIME.</param>
        /// <param name="value">The value (two's complement for negative INTEGER values).</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException">Bad command or type.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad id.</exception>
        public static bool ConfigSetInteger(CommandWriter writer, CommandId command, uint id, WincType type, int value)
        {
            CheckPlainConfig(command);
            return SetInteger(writer, command, false, 0, id, type, value);
        }

        /// <summary>Sets a parameter of a configuration command with selector (NETIFC interface, DHCPSC pool, SOCKC socket, TLSC configuration, TLSCSC list) to an integer-coded value.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">NETIFC, DHCPSC, SOCKC, TLSC or TLSCSC.</param>
        /// <param name="selector">Interface, pool, socket id, TLS configuration or cipher-suite list.</param>
        /// <param name="id">Parameter id or <see cref="FractionalId"/>.</param>
        /// <param name="type">INTEGER, INTEGER_UNSIGNED, INTEGER_FRAC, BOOL, STATUS or UTC_TIME.</param>
        /// <param name="value">The value.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException">Bad command or type.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad selector or id.</exception>
        public static bool ConfigSetInteger(CommandWriter writer, CommandId command, int selector, uint id, WincType type, int value)
        {
            CheckSelector(command, selector);
            return SetInteger(writer, command, true, selector, id, type, value);
        }

        /// <summary>Sets a boolean parameter (a 4-byte BOOL value, as <c>cmdMultiValueBuilder</c> sends it).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">A configuration command without selector.</param>
        /// <param name="id">Parameter id.</param>
        /// <param name="value">The value.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException">Bad command.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad id.</exception>
        public static bool ConfigSetBool(CommandWriter writer, CommandId command, uint id, bool value)
        {
            return ConfigSetInteger(writer, command, id, WincType.Bool, value ? 1 : 0);
        }

        /// <summary>Sets a boolean parameter of a configuration command with selector.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">NETIFC, DHCPSC, SOCKC, TLSC or TLSCSC.</param>
        /// <param name="selector">The selector.</param>
        /// <param name="id">Parameter id.</param>
        /// <param name="value">The value.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException">Bad command.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad selector or id.</exception>
        public static bool ConfigSetBool(CommandWriter writer, CommandId command, int selector, uint id, bool value)
        {
            return ConfigSetInteger(writer, command, selector, id, WincType.Bool, value ? 1 : 0);
        }

        /// <summary>Sets a STRING parameter (UTF-8, no terminator).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">A configuration command without selector.</param>
        /// <param name="id">Parameter id or <see cref="FractionalId"/>.</param>
        /// <param name="value">The text.</param>
        /// <param name="maxBytes">Longest encoding the parameter accepts.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException">Bad command.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad id, or the text is longer than <paramref name="maxBytes"/>.</exception>
        public static bool ConfigSetString(CommandWriter writer, CommandId command, uint id, string value, int maxBytes)
        {
            CheckPlainConfig(command);
            return SetString(writer, command, false, 0, id, value, maxBytes);
        }

        /// <summary>Sets a STRING parameter of a configuration command with selector.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">NETIFC, DHCPSC, SOCKC, TLSC or TLSCSC.</param>
        /// <param name="selector">The selector.</param>
        /// <param name="id">Parameter id or <see cref="FractionalId"/>.</param>
        /// <param name="value">The text.</param>
        /// <param name="maxBytes">Longest encoding the parameter accepts.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException">Bad command.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad selector or id, or the text is too long.</exception>
        public static bool ConfigSetString(CommandWriter writer, CommandId command, int selector, uint id, string value, int maxBytes)
        {
            CheckSelector(command, selector);
            return SetString(writer, command, true, selector, id, value, maxBytes);
        }

        /// <summary>Sets a parameter from raw bytes of a given type (MACADDR, IPV4ADDR, IPV6ADDR, BYTE_ARRAY, STRING...).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">A configuration command without selector.</param>
        /// <param name="id">Parameter id or <see cref="FractionalId"/>.</param>
        /// <param name="type">Element type of the value.</param>
        /// <param name="data">Value bytes (network order for addresses); may be null when <paramref name="length"/> is 0 (an empty value clears some parameters, e.g. WSTAC BSSID).</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException">Bad command.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null with a non-zero length.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad id or range.</exception>
        public static bool ConfigSetBytes(CommandWriter writer, CommandId command, uint id, WincType type, byte[] data, int offset, int length)
        {
            CheckPlainConfig(command);
            return SetBytes(writer, command, false, 0, id, type, data, offset, length);
        }

        /// <summary>Sets a parameter of a configuration command with selector from raw bytes of a given type.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">NETIFC, DHCPSC, SOCKC, TLSC or TLSCSC.</param>
        /// <param name="selector">The selector.</param>
        /// <param name="id">Parameter id or <see cref="FractionalId"/>.</param>
        /// <param name="type">Element type of the value.</param>
        /// <param name="data">Value bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException">Bad command.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null with a non-zero length.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad selector, id or range.</exception>
        public static bool ConfigSetBytes(CommandWriter writer, CommandId command, int selector, uint id, WincType type, byte[] data, int offset, int length)
        {
            CheckSelector(command, selector);
            return SetBytes(writer, command, true, selector, id, type, data, offset, length);
        }

        /// <summary>Queries every parameter of a configuration command with selector (NETIFC, DHCPSC, SOCKC, TLSC, TLSCSC) for one selector.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">NETIFC, DHCPSC, SOCKC, TLSC or TLSCSC.</param>
        /// <param name="selector">The selector.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException">Bad command.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad selector.</exception>
        public static bool ConfigQueryAll(CommandWriter writer, CommandId command, int selector)
        {
            CheckSelector(command, selector);
            if (!writer.Begin(command))
            {
                return false;
            }

            AddSelector(writer, command, selector);
            return writer.End();
        }

        /// <summary>Queries one parameter of a configuration command with selector.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="command">NETIFC, DHCPSC, SOCKC, TLSC or TLSCSC.</param>
        /// <param name="selector">The selector.</param>
        /// <param name="id">Parameter id or <see cref="FractionalId"/>.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentException">Bad command.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad selector or id.</exception>
        public static bool ConfigQuery(CommandWriter writer, CommandId command, int selector, uint id)
        {
            CheckSelector(command, selector);
            CheckConfigId(id);
            if (!writer.Begin(command))
            {
                return false;
            }

            AddSelector(writer, command, selector);
            writer.AddConfigId(id);
            return writer.End();
        }

        // ---------------------------------------------------------------------------------------
        // Wi-Fi

        /// <summary>WSTA: enables (connects) or disables (disconnects) the station (state INTEGER4).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="enable">True to connect with the WSTAC settings, false to disconnect.</param>
        /// <returns>False when the burst is full.</returns>
        public static bool Wsta(CommandWriter writer, bool enable)
        {
            return State(writer, CommandId.Wsta, enable);
        }

        /// <summary>WSTA without parameter: queries the station state (RSP &lt;ASSOC_ID&gt;,&lt;STATE&gt;).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <returns>False when the burst is full.</returns>
        public static bool WstaQuery(CommandWriter writer)
        {
            return NoParameters(writer, CommandId.Wsta);
        }

        /// <summary>WAP: starts or stops the soft AP (state INTEGER4).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="enable">True to start with the WAPC settings, false to stop.</param>
        /// <returns>False when the burst is full.</returns>
        public static bool Wap(CommandWriter writer, bool enable)
        {
            return State(writer, CommandId.Wap, enable);
        }

        /// <summary>WAP without parameter: queries the soft AP state.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <returns>False when the burst is full.</returns>
        public static bool WapQuery(CommandWriter writer)
        {
            return NoParameters(writer, CommandId.Wap);
        }

        /// <summary>WSCN: starts a scan (actPasv UINT1: 0 passive, 1 active); results arrive as WSCNIND, then WSCNDONE.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="active">True for an active scan.</param>
        /// <returns>False when the burst is full.</returns>
        public static bool Wscn(CommandWriter writer, bool active)
        {
            if (!writer.Begin(CommandId.Wscn))
            {
                return false;
            }

            writer.AddUnsigned(active ? 1u : 0u, 1);
            return writer.End();
        }

        /// <summary>ASSOC: queries associations (optional assocId UINT2; 0 = all).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="assocId">Association id, or 0 for all.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="assocId"/> is outside 0..65535.</exception>
        public static bool Assoc(CommandWriter writer, int assocId)
        {
            CheckRange(assocId, 0, 0xFFFF);
            if (!writer.Begin(CommandId.Assoc))
            {
                return false;
            }

            if (assocId != 0)
            {
                writer.AddUnsigned((uint)assocId, 2);
            }

            return writer.End();
        }

        // ---------------------------------------------------------------------------------------
        // network services

        /// <summary>DNSRESOLV: resolves <paramref name="name"/> (type UINT1, name STRING); results arrive as DNSRESOLV/DNSERR AECs.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="type">Record type.</param>
        /// <param name="name">Host name (at most 256 UTF-8 bytes).</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is 0 or the name is too long.</exception>
        public static bool Dnsresolv(CommandWriter writer, DnsRecordType type, string name)
        {
            if (name == null)
            {
                throw new ArgumentNullException();
            }

            if ((int)type < 1 || Utf8.GetByteCount(name) > DnsNameMax)
            {
                throw new ArgumentOutOfRangeException();
            }

            if (!writer.Begin(CommandId.Dnsresolv))
            {
                return false;
            }

            writer.AddUnsigned((uint)type, 1);
            writer.AddString(name);
            return writer.End();
        }

        /// <summary>TIME: queries the time in a format (format UINT1); the answer arrives as a TIME AEC.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="format">Time format.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not 1..3.</exception>
        public static bool Time(CommandWriter writer, TimeFormat format)
        {
            CheckRange((int)format, 1, 3);
            if (!writer.Begin(CommandId.Time))
            {
                return false;
            }

            writer.AddUnsigned((uint)format, 1);
            return writer.End();
        }

        /// <summary>TIME: sets the time (format UINT1 1 or 2, utcSec UINT4).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="format">UTC Unix or UTC NTP seconds.</param>
        /// <param name="seconds">The time in that format.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not 1 or 2.</exception>
        public static bool TimeSet(CommandWriter writer, TimeFormat format, uint seconds)
        {
            CheckRange((int)format, 1, 2);
            if (!writer.Begin(CommandId.Time))
            {
                return false;
            }

            writer.AddUnsigned((uint)format, 1);
            writer.AddUnsigned(seconds, 4);
            return writer.End();
        }

        /// <summary>PING: sends an ICMP echo request to an address (IPV4ADDR/IPV6ADDR) with an optional IP version (UINT1).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="address">Target address in network order.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">4 or 16.</param>
        /// <param name="protocolVersion">0 (not sent), 4 or 6.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad address length or version.</exception>
        public static bool Ping(CommandWriter writer, byte[] address, int offset, int length, int protocolVersion)
        {
            CheckAddressLength(length);
            CheckVersion(protocolVersion);
            if (!writer.Begin(CommandId.Ping))
            {
                return false;
            }

            writer.AddIpAddress(address, offset, length);
            if (protocolVersion != 0)
            {
                writer.AddUnsigned((uint)protocolVersion, 1);
            }

            return writer.End();
        }

        /// <summary>PING: sends an ICMP echo request to a host name (STRING).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="host">Host name.</param>
        /// <param name="protocolVersion">0 (not sent), 4 or 6.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="host"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad version or the name is too long.</exception>
        public static bool Ping(CommandWriter writer, string host, int protocolVersion)
        {
            if (host == null)
            {
                throw new ArgumentNullException();
            }

            CheckVersion(protocolVersion);
            if (Utf8.GetByteCount(host) > DnsNameMax)
            {
                throw new ArgumentOutOfRangeException();
            }

            if (!writer.Begin(CommandId.Ping))
            {
                return false;
            }

            writer.AddString(host);
            if (protocolVersion != 0)
            {
                writer.AddUnsigned((uint)protocolVersion, 1);
            }

            return writer.End();
        }

        // ---------------------------------------------------------------------------------------
        // file system

        /// <summary>FS list/delete/info (op UINT1, optional filetype INTEGER4, optional name STRING).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="operation">List, Delete or Info.</param>
        /// <param name="fileType">File type, or -1 to omit it (and the name).</param>
        /// <param name="fileName">File name, or null to omit it.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad operation, file type or name length.</exception>
        public static bool FsOp(CommandWriter writer, FsOperation operation, int fileType, string fileName)
        {
            if (operation != FsOperation.List && operation != FsOperation.Delete && operation != FsOperation.Info)
            {
                throw new ArgumentOutOfRangeException();
            }

            if (fileType != -1)
            {
                CheckFileType(fileType);
            }

            CheckFileName(fileName, false);
            if (!writer.Begin(CommandId.Fs))
            {
                return false;
            }

            writer.AddUnsigned((uint)operation, 1);
            if (fileType != -1)
            {
                writer.AddSigned(fileType, 4);
                if (fileName != null)
                {
                    writer.AddString(fileName);
                }
            }

            return writer.End();
        }

        /// <summary>FS load (op 1, filetype UINT1, protocol UINT1 = 5 FS-TSFR, name STRING, optional length UINT2): answered with RSP &lt;OP&gt;,&lt;TSFR_HANDLE&gt;.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="fileType">File type.</param>
        /// <param name="fileName">File name.</param>
        /// <param name="fileLength">Total file length (1..65535), or 0 to omit it.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad type, name or length.</exception>
        public static bool FsLoad(CommandWriter writer, FsFileType fileType, string fileName, int fileLength)
        {
            CheckFileType((int)fileType);
            CheckFileName(fileName, true);
            CheckRange(fileLength, 0, 0xFFFF);
            if (!writer.Begin(CommandId.Fs))
            {
                return false;
            }

            writer.AddUnsigned((uint)FsOperation.Load, 1);
            writer.AddUnsigned((uint)fileType, 1);
            writer.AddUnsigned(5, 1);
            writer.AddString(fileName);
            if (fileLength != 0)
            {
                writer.AddUnsigned((uint)fileLength, 2);
            }

            return writer.End();
        }

        /// <summary>FS store (op 5, filetype UINT1, protocol UINT1 = 5, name STRING): reads a file out of the module.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="fileType">File type.</param>
        /// <param name="fileName">File name.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad type or name.</exception>
        public static bool FsStore(CommandWriter writer, FsFileType fileType, string fileName)
        {
            CheckFileType((int)fileType);
            CheckFileName(fileName, true);
            if (!writer.Begin(CommandId.Fs))
            {
                return false;
            }

            writer.AddUnsigned((uint)FsOperation.Store, 1);
            writer.AddUnsigned((uint)fileType, 1);
            writer.AddUnsigned(5, 1);
            writer.AddString(fileName);
            return writer.End();
        }

        /// <summary>
        /// FSTSFR upload block (handle UINT2, block INTEGER4, data BYTE_ARRAY, optional CRC-16 INTEGER4);
        /// answered with RSP &lt;TSFR_HANDLE&gt;,&lt;BLOCK_NUM&gt;,&lt;BYTES_REMAIN&gt;.
        /// </summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="transferHandle">Handle from the FS load response (1..65535).</param>
        /// <param name="blockNumber">Block number (0..255; blocks count from 1).</param>
        /// <param name="data">Block data.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes.</param>
        /// <param name="crc">CRC-16 of the transfer (0..65535), or -1 to omit it.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad handle, block, range or CRC.</exception>
        public static bool FsTsfr(CommandWriter writer, int transferHandle, int blockNumber, byte[] data, int offset, int length, int crc)
        {
            if (data == null)
            {
                throw new ArgumentNullException();
            }

            CheckRange(transferHandle, 1, 0xFFFF);
            CheckRange(blockNumber, 0, 255);
            CheckRange(crc, -1, 0xFFFF);
            CheckArray(data, offset, length);
            if (!writer.Begin(CommandId.Fstsfr))
            {
                return false;
            }

            writer.AddUnsigned((uint)transferHandle, 2);
            writer.AddSigned(blockNumber, 4);
            writer.AddBytes(data, offset, length);
            if (crc != -1)
            {
                writer.AddSigned(crc, 4);
            }

            return writer.End();
        }

        /// <summary>FSTSFR report (handle UINT2 only): asks how many bytes of a transfer remain.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="transferHandle">Transfer handle.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad handle.</exception>
        public static bool FsTsfrReport(CommandWriter writer, int transferHandle)
        {
            CheckRange(transferHandle, 1, 0xFFFF);
            if (!writer.Begin(CommandId.Fstsfr))
            {
                return false;
            }

            writer.AddUnsigned((uint)transferHandle, 2);
            return writer.End();
        }

        /// <summary>FSTSFR download block (handle UINT2, block UINT1, optional length UINT2): answered with the data.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="transferHandle">Transfer handle.</param>
        /// <param name="blockNumber">Block number (0..255).</param>
        /// <param name="dataLength">Bytes wanted (1..65535), or 0 to omit.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad handle, block or length.</exception>
        public static bool FsRecv(CommandWriter writer, int transferHandle, int blockNumber, int dataLength)
        {
            CheckRange(transferHandle, 1, 0xFFFF);
            CheckRange(blockNumber, 0, 255);
            CheckRange(dataLength, 0, 0xFFFF);
            if (!writer.Begin(CommandId.Fstsfr))
            {
                return false;
            }

            writer.AddUnsigned((uint)transferHandle, 2);
            writer.AddUnsigned((uint)blockNumber, 1);
            if (dataLength != 0)
            {
                writer.AddUnsigned((uint)dataLength, 2);
            }

            return writer.End();
        }

        // ---------------------------------------------------------------------------------------
        // sockets

        /// <summary>SOCKO: opens a socket (protocol UINT1, optional version UINT1); RSP &lt;SOCK_ID&gt;.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="protocol">UDP or TCP.</param>
        /// <param name="ipVersion">0 (not sent), 4 or 6.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad protocol or version.</exception>
        public static bool Socko(CommandWriter writer, SocketProtocol protocol, int ipVersion)
        {
            CheckRange((int)protocol, 1, 2);
            CheckVersion(ipVersion);
            if (!writer.Begin(CommandId.Socko))
            {
                return false;
            }

            writer.AddUnsigned((uint)protocol, 1);
            if (ipVersion != 0)
            {
                writer.AddUnsigned((uint)ipVersion, 1);
            }

            return writer.End();
        }

        /// <summary>SOCKBL: binds a socket to a local port (sockId UINT2, port UINT2, optional backlog UINT1).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="localPort">Local port (1..65535).</param>
        /// <param name="pendingSockets">Listen backlog (1..10), or 0 to omit it.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad id, port or backlog.</exception>
        public static bool Sockbl(CommandWriter writer, int socketId, int localPort, int pendingSockets)
        {
            CheckSocket(socketId);
            CheckRange(localPort, 1, 0xFFFF);
            CheckRange(pendingSockets, 0, MaxPendingSockets);
            if (!writer.Begin(CommandId.Sockbl))
            {
                return false;
            }

            writer.AddUnsigned((uint)socketId, 2);
            writer.AddUnsigned((uint)localPort, 2);
            if (pendingSockets != 0)
            {
                writer.AddUnsigned((uint)pendingSockets, 1);
            }

            return writer.End();
        }

        /// <summary>SOCKBR: binds a socket to a remote endpoint, i.e. connects (sockId UINT2, address, port UINT2).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="address">Remote address in network order.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">4 or 16.</param>
        /// <param name="remotePort">Remote port (1..65535).</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad id, address or port.</exception>
        public static bool Sockbr(CommandWriter writer, int socketId, byte[] address, int offset, int length, int remotePort)
        {
            return SocketEndpoint(writer, CommandId.Sockbr, socketId, address, offset, length, remotePort);
        }

        /// <summary>SOCKBR to a host name (STRING), which the module resolves.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="host">Host name.</param>
        /// <param name="remotePort">Remote port.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="host"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad id, name or port.</exception>
        public static bool Sockbr(CommandWriter writer, int socketId, string host, int remotePort)
        {
            if (host == null)
            {
                throw new ArgumentNullException();
            }

            CheckSocket(socketId);
            CheckRange(remotePort, 1, 0xFFFF);
            if (Utf8.GetByteCount(host) > DnsNameMax)
            {
                throw new ArgumentOutOfRangeException();
            }

            if (!writer.Begin(CommandId.Sockbr))
            {
                return false;
            }

            writer.AddUnsigned((uint)socketId, 2);
            writer.AddString(host);
            writer.AddUnsigned((uint)remotePort, 2);
            return writer.End();
        }

        /// <summary>SOCKBM: joins a multicast group (sockId UINT2, group address, port UINT2).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="address">Group address in network order.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">4 or 16.</param>
        /// <param name="port">Group port (1..65535).</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad id, address or port.</exception>
        public static bool Sockbm(CommandWriter writer, int socketId, byte[] address, int offset, int length, int port)
        {
            return SocketEndpoint(writer, CommandId.Sockbm, socketId, address, offset, length, port);
        }

        /// <summary>SOCKTLS: enables TLS on a socket (sockId UINT2, tlsConf UINT1).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="tlsConfiguration">TLS configuration index (0..4).</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad id or configuration.</exception>
        public static bool Socktls(CommandWriter writer, int socketId, int tlsConfiguration)
        {
            CheckSocket(socketId);
            CheckRange(tlsConfiguration, 0, MaxTlsConfiguration);
            if (!writer.Begin(CommandId.Socktls))
            {
                return false;
            }

            writer.AddUnsigned((uint)socketId, 2);
            writer.AddUnsigned((uint)tlsConfiguration, 1);
            return writer.End();
        }

        /// <summary>SOCKWR: writes to a connected socket (sockId UINT2, length UINT2, optional seqNum INTEGER4, data BYTE_ARRAY).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="sequenceNumber">Sequence number of the first byte (0..65535), or -1 to omit it.</param>
        /// <param name="data">Payload.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">At most <see cref="SocketWriteMax"/> bytes.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad id, sequence number or range.</exception>
        public static bool Sockwr(CommandWriter writer, int socketId, int sequenceNumber, byte[] data, int offset, int length)
        {
            if (data == null)
            {
                throw new ArgumentNullException();
            }

            CheckSocket(socketId);
            CheckRange(sequenceNumber, -1, MaxSequenceNumber);
            CheckArray(data, offset, length);
            CheckRange(length, 0, SocketWriteMax);
            if (!writer.Begin(CommandId.Sockwr))
            {
                return false;
            }

            writer.AddUnsigned((uint)socketId, 2);
            writer.AddUnsigned((uint)length, 2);
            if (sequenceNumber != -1)
            {
                writer.AddSigned(sequenceNumber, 4);
            }

            writer.AddBytes(data, offset, length);
            return writer.End();
        }

        /// <summary>SOCKWRTO: sends a datagram (sockId UINT2, address, port UINT2, length UINT2, optional seqNum INTEGER4, data BYTE_ARRAY).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="address">Destination address in network order.</param>
        /// <param name="addressOffset">First address byte.</param>
        /// <param name="addressLength">4 or 16.</param>
        /// <param name="remotePort">Destination port (1..65535).</param>
        /// <param name="sequenceNumber">Sequence number (0..65535), or -1 to omit it.</param>
        /// <param name="data">Payload.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">At most <see cref="SocketWriteToMax"/> bytes.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Bad id, address, port, sequence number or range.</exception>
        public static bool Sockwrto(CommandWriter writer, int socketId, byte[] address, int addressOffset, int addressLength, int remotePort, int sequenceNumber, byte[] data, int offset, int length)
        {
            if (data == null || address == null)
            {
                throw new ArgumentNullException();
            }

            CheckSocket(socketId);
            CheckAddressLength(addressLength);
            CheckArray(address, addressOffset, addressLength);
            CheckRange(remotePort, 1, 0xFFFF);
            CheckRange(sequenceNumber, -1, MaxSequenceNumber);
            CheckArray(data, offset, length);
            CheckRange(length, 0, SocketWriteToMax);
            if (!writer.Begin(CommandId.Sockwrto))
            {
                return false;
            }

            writer.AddUnsigned((uint)socketId, 2);
            writer.AddIpAddress(address, addressOffset, addressLength);
            writer.AddUnsigned((uint)remotePort, 2);
            writer.AddUnsigned((uint)length, 2);
            if (sequenceNumber != -1)
            {
                writer.AddSigned(sequenceNumber, 4);
            }

            writer.AddBytes(data, offset, length);
            return writer.End();
        }

        /// <summary>SOCKRD: reads pending data (sockId UINT2, mode UINT1, length INTEGER4).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="mode">Output mode.</param>
        /// <param name="length">Bytes wanted.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad id, mode or length.</exception>
        public static bool Sockrd(CommandWriter writer, int socketId, SocketOutputMode mode, int length)
        {
            return SocketRead(writer, CommandId.Sockrd, socketId, mode, length);
        }

        /// <summary>SOCKRDBUF: reads part of a pending datagram (UDP; same layout as SOCKRD).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="mode">Output mode.</param>
        /// <param name="length">Bytes wanted.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad id, mode or length.</exception>
        public static bool Sockrdbuf(CommandWriter writer, int socketId, SocketOutputMode mode, int length)
        {
            return SocketRead(writer, CommandId.Sockrdbuf, socketId, mode, length);
        }

        /// <summary>SOCKCL: closes a socket (sockId UINT2).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad id.</exception>
        public static bool Sockcl(CommandWriter writer, int socketId)
        {
            CheckSocket(socketId);
            if (!writer.Begin(CommandId.Sockcl))
            {
                return false;
            }

            writer.AddUnsigned((uint)socketId, 2);
            return writer.End();
        }

        /// <summary>SOCKLST: lists sockets (optional sockId UINT2; 0 = all).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id, or 0 for all.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad id.</exception>
        public static bool Socklst(CommandWriter writer, int socketId)
        {
            CheckRange(socketId, 0, 0xFFFF);
            if (!writer.Begin(CommandId.Socklst))
            {
                return false;
            }

            if (socketId != 0)
            {
                writer.AddUnsigned((uint)socketId, 2);
            }

            return writer.End();
        }

        /// <summary>SOCKC: sets an integer socket option (sockId UINT2, id UINT4, value INTEGER_UNSIGNED 4 bytes), e.g. ASYNC_NEXT_SN credit.</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="id">Option id.</param>
        /// <param name="value">Option value.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad id.</exception>
        public static bool Sockc(CommandWriter writer, int socketId, SockParamId id, int value)
        {
            return ConfigSetInteger(writer, CommandId.Sockc, socketId, (uint)id, WincType.IntegerUnsigned, value);
        }

        /// <summary>SOCKC: sets a boolean socket option (SO_LINGER, SO_NODELAY).</summary>
        /// <param name="writer">Writer of the request.</param>
        /// <param name="socketId">Module socket id.</param>
        /// <param name="id">Option id.</param>
        /// <param name="value">Option value.</param>
        /// <returns>False when the burst is full.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Bad id.</exception>
        public static bool Sockc(CommandWriter writer, int socketId, SockParamId id, bool value)
        {
            return ConfigSetBool(writer, CommandId.Sockc, socketId, (uint)id, value);
        }

        // ---------------------------------------------------------------------------------------
        // helpers

        private static bool NoParameters(CommandWriter writer, CommandId command)
        {
            if (!writer.Begin(command))
            {
                return false;
            }

            return writer.End();
        }

        private static bool State(CommandWriter writer, CommandId command, bool enable)
        {
            if (!writer.Begin(command))
            {
                return false;
            }

            writer.AddValue(enable ? 1 : 0);
            return writer.End();
        }

        private static bool SetInteger(CommandWriter writer, CommandId command, bool hasSelector, int selector, uint id, WincType type, int value)
        {
            CheckConfigId(id);
            if (!CommandWriter.IsIntegerType(type))
            {
                throw new ArgumentException();
            }

            if (!writer.Begin(command))
            {
                return false;
            }

            if (hasSelector)
            {
                AddSelector(writer, command, selector);
            }

            writer.AddConfigId(id);
            writer.AddValue(type, (uint)value);
            return writer.End();
        }

        private static bool SetString(CommandWriter writer, CommandId command, bool hasSelector, int selector, uint id, string value, int maxBytes)
        {
            if (value == null)
            {
                throw new ArgumentNullException();
            }

            CheckConfigId(id);
            if (Utf8.GetByteCount(value) > maxBytes)
            {
                throw new ArgumentOutOfRangeException();
            }

            if (!writer.Begin(command))
            {
                return false;
            }

            if (hasSelector)
            {
                AddSelector(writer, command, selector);
            }

            writer.AddConfigId(id);
            writer.AddString(value);
            return writer.End();
        }

        private static bool SetBytes(CommandWriter writer, CommandId command, bool hasSelector, int selector, uint id, WincType type, byte[] data, int offset, int length)
        {
            CheckConfigId(id);
            if (data == null && length != 0)
            {
                throw new ArgumentNullException();
            }

            if (length != 0)
            {
                CheckArray(data, offset, length);
            }

            if (!writer.Begin(command))
            {
                return false;
            }

            if (hasSelector)
            {
                AddSelector(writer, command, selector);
            }

            writer.AddConfigId(id);
            writer.AddElement(type, data, offset, length);
            return writer.End();
        }

        private static void AddSelector(CommandWriter writer, CommandId command, int selector)
        {
            switch (command)
            {
                case CommandId.Netifc:
                case CommandId.Dhcpsc:
                    writer.AddSigned(selector, 4);
                    break;
                case CommandId.Sockc:
                    writer.AddUnsigned((uint)selector, 2);
                    break;
                default:
                    writer.AddUnsigned((uint)selector, 1);
                    break;
            }
        }

        private static void CheckSelector(CommandId command, int selector)
        {
            switch (command)
            {
                case CommandId.Netifc:
                    CheckRange(selector, 0, 1);
                    break;
                case CommandId.Dhcpsc:
                    CheckRange(selector, 0, 0);
                    break;
                case CommandId.Sockc:
                    CheckRange(selector, 1, 0xFFFF);
                    break;
                case CommandId.Tlsc:
                    CheckRange(selector, 1, MaxTlsConfiguration);
                    break;
                case CommandId.Tlscsc:
                    CheckRange(selector, 1, 2);
                    break;
                default:
                    throw new ArgumentException();
            }
        }

        private static void CheckPlainConfig(CommandId command)
        {
            switch (command)
            {
                case CommandId.Cfg:
                case CommandId.Di:
                case CommandId.Nvmc:
                case CommandId.Wstac:
                case CommandId.Wapc:
                case CommandId.Wscnc:
                case CommandId.Wific:
                case CommandId.Dnsc:
                case CommandId.Sntpc:
                case CommandId.Otac:
                case CommandId.Mqttc:
                case CommandId.Wprovc:
                case CommandId.Ppsc:
                case CommandId.Syslogc:
                    return;
                default:
                    throw new ArgumentException();
            }
        }

        // cmdCheckFractType(id, 255): a plain id up to 255, or ID.INDEX with ID up to 255
        private static void CheckConfigId(uint id)
        {
            if (((id >> 16) == 0 && id > 255) || (id >> 16) > 255)
            {
                throw new ArgumentOutOfRangeException();
            }
        }

        private static bool SocketEndpoint(CommandWriter writer, CommandId command, int socketId, byte[] address, int offset, int length, int port)
        {
            if (address == null)
            {
                throw new ArgumentNullException();
            }

            CheckSocket(socketId);
            CheckAddressLength(length);
            CheckArray(address, offset, length);
            CheckRange(port, 1, 0xFFFF);
            if (!writer.Begin(command))
            {
                return false;
            }

            writer.AddUnsigned((uint)socketId, 2);
            writer.AddIpAddress(address, offset, length);
            writer.AddUnsigned((uint)port, 2);
            return writer.End();
        }

        private static bool SocketRead(CommandWriter writer, CommandId command, int socketId, SocketOutputMode mode, int length)
        {
            CheckSocket(socketId);
            CheckRange((int)mode, 1, 3);
            CheckRange(length, 0, int.MaxValue);
            if (!writer.Begin(command))
            {
                return false;
            }

            writer.AddUnsigned((uint)socketId, 2);
            writer.AddUnsigned((uint)mode, 1);
            writer.AddSigned(length, 4);
            return writer.End();
        }

        private static void CheckSocket(int socketId)
        {
            CheckRange(socketId, 1, 0xFFFF);
        }

        private static void CheckVersion(int version)
        {
            if (version != 0 && version != 4 && version != 6)
            {
                throw new ArgumentOutOfRangeException();
            }
        }

        private static void CheckAddressLength(int length)
        {
            if (length != 4 && length != 16)
            {
                throw new ArgumentOutOfRangeException();
            }
        }

        private static void CheckFileType(int fileType)
        {
            if ((fileType < 0 || fileType > 3) && fileType != 20)
            {
                throw new ArgumentOutOfRangeException();
            }
        }

        private static void CheckFileName(string fileName, bool required)
        {
            if (fileName == null)
            {
                if (required)
                {
                    throw new ArgumentNullException();
                }

                return;
            }

            if (Utf8.GetByteCount(fileName) > FileNameMax)
            {
                throw new ArgumentOutOfRangeException();
            }
        }

        private static void CheckArray(byte[] data, int offset, int length)
        {
            if (offset < 0 || length < 0 || offset + length > data.Length)
            {
                throw new ArgumentOutOfRangeException();
            }
        }

        private static void CheckRange(int value, int min, int max)
        {
            if (value < min || value > max)
            {
                throw new ArgumentOutOfRangeException();
            }
        }
    }
}
