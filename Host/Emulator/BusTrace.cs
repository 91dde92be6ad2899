// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;
using nanoWincs.Emulator.Firmware;

namespace nanoWincs.Emulator
{
    /// <summary>
    /// The lines of the bus trace (<see cref="Wincs02Emulator.Trace"/>): what crossed the SDIO mailbox, as
    /// the module saw it, with the specification's names. One line per message or SDIO event:
    /// <code>
    ///    412.337 -> REQ    SOCKO #4 2, 4
    ///    412.902 &lt;- RSP    SOCKO #4 1
    ///    412.950 &lt;- STATUS SOCKO #4 OK
    ///    530.118 &lt;- AEC    SOCKRXT 1, 5
    ///     31.004 ** SDIO   CMD0: link reset
    /// </code>
    /// The time is milliseconds since the emulator was created: a command is stamped when its last byte
    /// reached the module, a module message when the host has read its last byte, so the lines are in bus
    /// order; a module message lost by a reset is shown with "&lt;x" instead of "&lt;-". Parameters are
    /// decoded by TLV type: integers in decimal (a 2-byte INTEGER unsigned: the module's 16-bit ids, ports
    /// and lengths), BOOL as true/false (of any integer width), STATUS elements by name, INTEGER_FRAC as
    /// X.Y, strings quoted (escaped, cut after <see cref="MaxTextCharacters"/>), addresses dotted (IPv4 with a mask as
    /// address/mask), MAC addresses with colons, UTC_TIME as ISO 8601, byte arrays as [length] and the first
    /// <see cref="MaxHexBytes"/> bytes in hex; an element of an unknown type, or of a length its type does not
    /// allow, as its type name (WINC_TYPE) or number, [length] and hex ("MACADDR [0]").
    /// </summary>
    public static class BusTrace
    {
        /// <summary>Bytes of a BYTE_ARRAY shown in hex (the rest is counted, not shown).</summary>
        public const int MaxHexBytes = 16;

        /// <summary>Characters of a STRING shown.</summary>
        public const int MaxTextCharacters = 64;

        // WINC_TYPE_* (section 4.5), for elements shown raw
        private static readonly string[] s_typeNames =
        {
            "INVALID", "STATUS", "INTEGER", "INTEGER_UNSIGNED", "INTEGER_FRAC", "STRING", "BYTE_ARRAY", "LABEL", "IPV4ADDR", "IPV6ADDR", "BOOL", "MACADDR", "UTC_TIME",
        };

        /// <summary>The time column: milliseconds with three decimals, right-aligned in ten characters.</summary>
        /// <param name="sinceStart">Time since the emulator was created.</param>
        /// <returns>E.g. "    12.345".</returns>
        public static string Timestamp(TimeSpan sinceStart)
        {
            return sinceStart.TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture).PadLeft(10);
        }

        /// <summary>A host-to-module command: "-> REQ    NAME #seq parameters".</summary>
        /// <param name="message">The REQ message as the slave received it (padding included).</param>
        /// <returns>The line without its time.</returns>
        public static string FormatCommand(ReadOnlySpan<byte> message)
        {
            WireRequest request = WireRequest.Parse(message);
            if (request == null)
            {
                return "-> REQ    (" + message.Length + " bytes, too short) " + Hex(message);
            }

            var line = new StringBuilder("-> REQ    ");
            line.Append(WireNames.Command(request.CommandId)).Append(" #").Append(request.Sequence.ToString(CultureInfo.InvariantCulture));
            if (request.Error != StatusCode.Ok)
            {
                return line.Append(" malformed (").Append(request.ErrorText).Append(") ").Append(Bytes(message)).ToString();
            }

            return AppendElements(line, request.Elements).ToString();
        }

        /// <summary>A module-to-host message: "&lt;- RSP    NAME #seq elements", "&lt;- STATUS NAME #seq STATUS_NAME" or "&lt;- AEC    NAME elements".</summary>
        /// <param name="message">The message as the module posted it.</param>
        /// <returns>The line without its time.</returns>
        public static string FormatToHost(ReadOnlySpan<byte> message)
        {
            WireResponse response = WireResponse.Parse(message);
            var line = new StringBuilder("<- ");
            switch (response.Type)
            {
                case MessageType.Status:
                    line.Append("STATUS ").Append(WireNames.Command(response.Id)).Append(" #").Append(response.Sequence.ToString(CultureInfo.InvariantCulture))
                        .Append(' ').Append(WireNames.Status(response.Status));
                    return line.ToString();
                case MessageType.Response:
                    line.Append("RSP    ").Append(WireNames.Command(response.Id)).Append(" #").Append(response.Sequence.ToString(CultureInfo.InvariantCulture));
                    if (response.ResponseId != response.Id)
                    {
                        line.Append(" (response id ").Append(WireNames.Command(response.ResponseId)).Append(')');
                    }

                    break;
                case MessageType.Aec:
                    line.Append("AEC    ").Append(WireNames.Aec(response.ResponseId));
                    break;
                default:
                    line.Append("???   ");
                    break;
            }

            if (response.Error != null)
            {
                return line.Append(" malformed (").Append(response.Error).Append(") ").Append(Bytes(message)).ToString();
            }

            return AppendElements(line, response.Elements).ToString();
        }

        /// <summary>A module-to-host message the host never got: "&lt;x AEC    NAME elements (lost: why)".</summary>
        /// <param name="message">The message as the module posted it.</param>
        /// <param name="why">Why it was lost.</param>
        /// <returns>The line without its time.</returns>
        public static string FormatLost(ReadOnlySpan<byte> message, string why)
        {
            return "<x" + FormatToHost(message).Substring(2) + " (lost: " + why + ")";
        }

        /// <summary>An SDIO-level event (reset, link reset, ready, injected fault, protocol error): "** SDIO   text".</summary>
        /// <param name="text">What happened.</param>
        /// <returns>The line without its time.</returns>
        public static string FormatEvent(string text)
        {
            return "** SDIO   " + text;
        }

        /// <summary>One element as the trace shows it.</summary>
        /// <param name="element">The element.</param>
        /// <returns>Its text.</returns>
        public static string FormatElement(WireElement element)
        {
            byte[] data = element.Data;
            switch (element.Type)
            {
                case ElementType.Integer:
                    // 16-bit quantities (socket ids, ports, lengths, association ids) travel as 2-byte INTEGER
                    // carrying the unsigned bit pattern (Firmware/README.md); 1 and 4 bytes are signed (RSSI)
                    if (data.Length == 2)
                    {
                        return BinaryPrimitives.ReadUInt16BigEndian(data).ToString(CultureInfo.InvariantCulture);
                    }

                    if (element.IsInteger)
                    {
                        return element.ToInt64().ToString(CultureInfo.InvariantCulture);
                    }

                    break;
                case ElementType.IntegerUnsigned:
                    if (element.IsInteger)
                    {
                        return element.ToInt64().ToString(CultureInfo.InvariantCulture);
                    }

                    break;
                case ElementType.Bool:
                    // one byte by the specification; configuration values come as 4 bytes, like every integer value
                    if (element.IsInteger)
                    {
                        long value = element.ToInt64();
                        return value == 0 ? "false" : value == 1 ? "true" : "BOOL " + value.ToString(CultureInfo.InvariantCulture);
                    }

                    break;
                case ElementType.Status:
                    if (data.Length == 2)
                    {
                        return WireNames.Status(BinaryPrimitives.ReadUInt16BigEndian(data));
                    }

                    break;
                case ElementType.IntegerFrac:
                    if (element.TryGetFraction(out int integer, out int fraction))
                    {
                        return integer.ToString(CultureInfo.InvariantCulture) + "." + fraction.ToString(CultureInfo.InvariantCulture);
                    }

                    break;
                case ElementType.String:
                    return Quoted(data);
                case ElementType.Label:
                    return "label " + Quoted(data);
                case ElementType.ByteArray:
                    return Bytes(data);
                case ElementType.Ipv4Address:
                    if (data.Length == 4)
                    {
                        return new IPAddress(data).ToString();
                    }

                    if (data.Length == 8)
                    {
                        return new IPAddress(data.AsSpan(0, 4)).ToString() + "/" + new IPAddress(data.AsSpan(4, 4)).ToString();
                    }

                    break;
                case ElementType.Ipv6Address:
                    if (data.Length == 16)
                    {
                        return new IPAddress(data).ToString();
                    }

                    if (data.Length == 17)
                    {
                        return new IPAddress(data.AsSpan(0, 16)).ToString() + "/" + data[16].ToString(CultureInfo.InvariantCulture);
                    }

                    break;
                case ElementType.MacAddress:
                    if (data.Length == 6)
                    {
                        return BitConverter.ToString(data).Replace('-', ':');
                    }

                    break;
                case ElementType.UtcTime:
                    if (data.Length == 4)
                    {
                        return DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadUInt32BigEndian(data)).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                    }

                    break;
            }

            // an unknown type, or a known one of the wrong length
            byte type = (byte)element.Type;
            return (type < s_typeNames.Length ? s_typeNames[type] : "type " + type.ToString(CultureInfo.InvariantCulture)) + " " + Bytes(data);
        }

        private static StringBuilder AppendElements(StringBuilder line, System.Collections.Generic.IReadOnlyList<WireElement> elements)
        {
            for (int i = 0; i < elements.Count; i++)
            {
                line.Append(i == 0 ? " " : ", ").Append(FormatElement(elements[i]));
            }

            return line;
        }

        private static string Bytes(ReadOnlySpan<byte> data)
        {
            string text = "[" + data.Length.ToString(CultureInfo.InvariantCulture) + "]";
            if (data.Length == 0)
            {
                return text;
            }

            return text + " " + Hex(data.Slice(0, Math.Min(data.Length, MaxHexBytes))) + (data.Length > MaxHexBytes ? "..." : string.Empty);
        }

        private static string Hex(ReadOnlySpan<byte> data)
        {
            return Convert.ToHexString(data);
        }

        private static string Quoted(byte[] data)
        {
            string text = Encoding.UTF8.GetString(data);
            var quoted = new StringBuilder("\"");
            int shown = Math.Min(text.Length, MaxTextCharacters);
            for (int i = 0; i < shown; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '"':
                        quoted.Append("\\\"");
                        break;
                    case '\\':
                        quoted.Append("\\\\");
                        break;
                    case '\n':
                        quoted.Append("\\n");
                        break;
                    case '\r':
                        quoted.Append("\\r");
                        break;
                    case '\t':
                        quoted.Append("\\t");
                        break;
                    default:
                        if (c < 0x20 || c == 0x7F)
                        {
                            quoted.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }

            quoted.Append('"');
            if (text.Length > shown)
            {
                quoted.Append("...[").Append(data.Length.ToString(CultureInfo.InvariantCulture)).Append(" bytes]");
            }

            return quoted.ToString();
        }
    }
}
