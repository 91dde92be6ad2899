// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02
{
    /// <summary>
    /// Address text conversions (<c>WDRV_WINC_UtilsStringToIPAddress</c>, <c>WDRV_WINC_UtilsIPAddressToString</c>
    /// and their IPv6 forms). Parsing does not allocate; formatting allocates the returned string, so it
    /// belongs in event reporting, not in a data path.
    /// </summary>
    public static class WincUtils
    {
        /// <summary>Longest text <see cref="IPAddressToString"/> can produce for IPv6 (with an embedded IPv4 tail).</summary>
        public const int MaxAddressTextLength = 45;

        private const string HexDigits = "0123456789abcdef";

        /// <summary>Parses a dotted IPv4 address ("192.168.1.10").</summary>
        /// <param name="text">The text.</param>
        /// <param name="destination">Receives 4 bytes in network order.</param>
        /// <param name="offset">First destination byte.</param>
        /// <returns>True when the text is a valid dotted quad (each part 0..255, no sign, no spaces).</returns>
        public static bool StringToIPAddress(string text, byte[] destination, int offset)
        {
            if (text == null || destination == null || offset < 0 || offset + 4 > destination.Length)
            {
                return false;
            }

            return ParseIPv4(text, 0, text.Length, destination, offset);
        }

        /// <summary>
        /// Parses an IPv6 address in any RFC 4291 text form ("fe80::1", "2001:db8:0:0:0:0:0:5",
        /// "::ffff:192.168.1.1"); a zone suffix ("%1") is not accepted.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <param name="destination">Receives 16 bytes in network order.</param>
        /// <param name="offset">First destination byte.</param>
        /// <returns>True when valid.</returns>
        public static bool StringToIPv6Address(string text, byte[] destination, int offset)
        {
            if (text == null || destination == null || offset < 0 || offset + 16 > destination.Length || text.Length < 2)
            {
                return false;
            }

            // groups before "::" are written forward, those after it are collected then moved to the end
            int groups = 0;
            int gapAt = -1;
            int i = 0;
            int n = text.Length;
            if (text[0] == ':')
            {
                if (text[1] != ':')
                {
                    return false;
                }

                gapAt = 0;
                i = 2;
                if (i == n)
                {
                    ClearBytes(destination, offset, 16);
                    return true;
                }
            }

            ClearBytes(destination, offset, 16);
            while (i < n)
            {
                if (groups >= 8)
                {
                    return false;
                }

                // an IPv4 tail takes the last two groups
                int dot = IndexOf(text, '.', i);
                int colon = IndexOf(text, ':', i);
                if (dot >= 0 && (colon < 0 || dot < colon))
                {
                    if (groups > 6 || !ParseIPv4(text, i, n, destination, offset + (groups * 2)))
                    {
                        return false;
                    }

                    groups += 2;
                    i = n;
                    break;
                }

                int value = 0;
                int digits = 0;
                while (i < n && text[i] != ':')
                {
                    int d = HexValue(text[i]);
                    if (d < 0 || digits == 4)
                    {
                        return false;
                    }

                    value = (value << 4) | d;
                    digits++;
                    i++;
                }

                if (digits == 0)
                {
                    return false;
                }

                destination[offset + (groups * 2)] = (byte)(value >> 8);
                destination[offset + (groups * 2) + 1] = (byte)value;
                groups++;
                if (i == n)
                {
                    break;
                }

                // at a ':'
                i++;
                if (i < n && text[i] == ':')
                {
                    if (gapAt >= 0)
                    {
                        return false;
                    }

                    gapAt = groups;
                    i++;
                }
                else if (i == n)
                {
                    return false;
                }
            }

            if (gapAt < 0)
            {
                return groups == 8;
            }

            if (groups == 8)
            {
                return false;
            }

            // move the groups after the gap to the end
            int tail = groups - gapAt;
            for (int g = tail - 1; g >= 0; g--)
            {
                int from = offset + ((gapAt + g) * 2);
                int to = offset + ((8 - tail + g) * 2);
                destination[to] = destination[from];
                destination[to + 1] = destination[from + 1];
            }

            for (int g = gapAt; g < 8 - tail; g++)
            {
                destination[offset + (g * 2)] = 0;
                destination[offset + (g * 2) + 1] = 0;
            }

            return true;
        }

        /// <summary>
        /// Parses an IPv4 or IPv6 address literal, whichever it is.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <param name="destination">Receives 4 or 16 bytes (16 bytes of room needed).</param>
        /// <param name="offset">First destination byte.</param>
        /// <returns>4, 16, or 0 when <paramref name="text"/> is not an address.</returns>
        public static int ParseAddress(string text, byte[] destination, int offset)
        {
            if (StringToIPAddress(text, destination, offset))
            {
                return 4;
            }

            return StringToIPv6Address(text, destination, offset) ? 16 : 0;
        }

        /// <summary>Formats an address: dotted quad for 4 bytes, RFC 5952 text for 16 (lower case, longest zero run as "::").</summary>
        /// <param name="address">Address bytes in network order.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">4 or 16.</param>
        /// <returns>The text.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The length is not 4 or 16 or the range is outside the array.</exception>
        public static string IPAddressToString(byte[] address, int offset, int length)
        {
            if (address == null)
            {
                throw new ArgumentNullException();
            }

            if ((length != 4 && length != 16) || offset < 0 || offset + length > address.Length)
            {
                throw new ArgumentOutOfRangeException();
            }

            char[] text = new char[MaxAddressTextLength];
            int n = 0;
            if (length == 4)
            {
                for (int i = 0; i < 4; i++)
                {
                    if (i > 0)
                    {
                        text[n++] = '.';
                    }

                    n = AppendDecimal(text, n, address[offset + i]);
                }

                return new string(text, 0, n);
            }

            // longest run (at least two) of zero groups
            int bestStart = -1;
            int bestLength = 1;
            int runStart = -1;
            for (int g = 0; g <= 8; g++)
            {
                bool zero = g < 8 && address[offset + (g * 2)] == 0 && address[offset + (g * 2) + 1] == 0;
                if (zero && runStart < 0)
                {
                    runStart = g;
                }
                else if (!zero && runStart >= 0)
                {
                    if (g - runStart > bestLength)
                    {
                        bestStart = runStart;
                        bestLength = g - runStart;
                    }

                    runStart = -1;
                }
            }

            for (int g = 0; g < 8; g++)
            {
                if (g == bestStart)
                {
                    text[n++] = ':';
                    text[n++] = ':';
                    g += bestLength - 1;
                    continue;
                }

                if (g > 0 && g != bestStart + bestLength)
                {
                    text[n++] = ':';
                }

                int value = (address[offset + (g * 2)] << 8) | address[offset + (g * 2) + 1];
                bool started = false;
                for (int shift = 12; shift >= 0; shift -= 4)
                {
                    int d = (value >> shift) & 0xF;
                    if (d != 0 || started || shift == 0)
                    {
                        text[n++] = HexDigits[d];
                        started = true;
                    }
                }
            }

            return new string(text, 0, n);
        }

        /// <summary>True for an IPv6 link-local unicast address (fe80::/10).</summary>
        /// <param name="address">Address bytes.</param>
        /// <param name="offset">First of 16 bytes.</param>
        /// <returns>True when link-local.</returns>
        public static bool IsIPv6LinkLocal(byte[] address, int offset)
        {
            return address != null && offset >= 0 && offset + 16 <= address.Length
                && address[offset] == 0xFE && (address[offset + 1] & 0xC0) == 0x80;
        }

        private static bool ParseIPv4(string text, int start, int end, byte[] destination, int offset)
        {
            int part = 0;
            int value = 0;
            int digits = 0;
            for (int i = start; i <= end; i++)
            {
                if (i == end || text[i] == '.')
                {
                    if (digits == 0 || part > 3)
                    {
                        return false;
                    }

                    destination[offset + part] = (byte)value;
                    part++;
                    value = 0;
                    digits = 0;
                    continue;
                }

                char c = text[i];
                if (c < '0' || c > '9' || digits == 3)
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
                digits++;
                if (value > 255)
                {
                    return false;
                }
            }

            return part == 4;
        }

        private static int AppendDecimal(char[] text, int n, int value)
        {
            if (value >= 100)
            {
                text[n++] = (char)('0' + (value / 100));
            }

            if (value >= 10)
            {
                text[n++] = (char)('0' + ((value / 10) % 10));
            }

            text[n++] = (char)('0' + (value % 10));
            return n;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        private static int IndexOf(string text, char c, int start)
        {
            for (int i = start; i < text.Length; i++)
            {
                if (text[i] == c)
                {
                    return i;
                }
            }

            return -1;
        }

        private static void ClearBytes(byte[] b, int offset, int length)
        {
            for (int i = 0; i < length; i++)
            {
                b[offset + i] = 0;
            }
        }
    }
}
