// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02.Sockets
{
    /// <summary>
    /// An IPv4 or IPv6 endpoint (the <c>sockaddr_in</c>/<c>sockaddr_in6</c> of the C API): family,
    /// port in host order, and the address bytes in network order. Preallocate and reuse.
    /// </summary>
    public sealed class SocketAddress
    {
        private readonly byte[] _address = new byte[16];

        /// <summary>Creates an unspecified address.</summary>
        public SocketAddress()
        {
        }

        /// <summary>Creates an IPv4 endpoint.</summary>
        /// <param name="a">First octet.</param>
        /// <param name="b">Second octet.</param>
        /// <param name="c">Third octet.</param>
        /// <param name="d">Fourth octet.</param>
        /// <param name="port">Port.</param>
        public SocketAddress(int a, int b, int c, int d, int port)
        {
            SetIpv4(a, b, c, d, port);
        }

        /// <summary>Gets or sets the family: <see cref="SocketConstants.AfInet"/>, <see cref="SocketConstants.AfInet6"/> or <see cref="SocketConstants.AfUnspec"/>.</summary>
        public int Family { get; set; }

        /// <summary>Gets or sets the port (host order).</summary>
        public int Port { get; set; }

        /// <summary>Gets the address bytes (4 used for IPv4, 16 for IPv6).</summary>
        public byte[] Address => _address;

        /// <summary>Gets the number of address bytes the family uses (4, 16, or 0 when unspecified).</summary>
        public int AddressLength => Family == SocketConstants.AfInet ? 4 : (Family == SocketConstants.AfInet6 ? 16 : 0);

        /// <summary>Gets a value indicating whether every address byte is zero (INADDR_ANY / in6addr_any).</summary>
        public bool IsAny
        {
            get
            {
                for (int i = 0; i < AddressLength; i++)
                {
                    if (_address[i] != 0)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>Makes this an IPv4 endpoint.</summary>
        /// <param name="a">First octet.</param>
        /// <param name="b">Second octet.</param>
        /// <param name="c">Third octet.</param>
        /// <param name="d">Fourth octet.</param>
        /// <param name="port">Port.</param>
        public void SetIpv4(int a, int b, int c, int d, int port)
        {
            Array.Clear(_address, 0, 16);
            _address[0] = (byte)a;
            _address[1] = (byte)b;
            _address[2] = (byte)c;
            _address[3] = (byte)d;
            Family = SocketConstants.AfInet;
            Port = port;
        }

        /// <summary>Sets family, port and address from bytes.</summary>
        /// <param name="family">AF_INET or AF_INET6.</param>
        /// <param name="address">Address bytes (network order).</param>
        /// <param name="offset">First byte.</param>
        /// <param name="port">Port.</param>
        /// <exception cref="ArgumentException">Unknown family.</exception>
        /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
        public void Set(int family, byte[] address, int offset, int port)
        {
            if (address == null)
            {
                throw new ArgumentNullException();
            }

            if (family != SocketConstants.AfInet && family != SocketConstants.AfInet6)
            {
                throw new ArgumentException();
            }

            Array.Clear(_address, 0, 16);
            Array.Copy(address, offset, _address, 0, family == SocketConstants.AfInet ? 4 : 16);
            Family = family;
            Port = port;
        }

        /// <summary>Copies another endpoint.</summary>
        /// <param name="other">The source.</param>
        /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
        public void CopyFrom(SocketAddress other)
        {
            if (other == null)
            {
                throw new ArgumentNullException();
            }

            Array.Copy(other._address, _address, 16);
            Family = other.Family;
            Port = other.Port;
        }

        /// <summary>Makes this unspecified.</summary>
        public void Clear()
        {
            Array.Clear(_address, 0, 16);
            Family = SocketConstants.AfUnspec;
            Port = 0;
        }

        /// <summary>Tells whether two endpoints have the same family, address and port.</summary>
        /// <param name="other">The other endpoint.</param>
        /// <returns>True when equal.</returns>
        public bool SameAs(SocketAddress other)
        {
            if (other == null || other.Family != Family || other.Port != Port)
            {
                return false;
            }

            for (int i = 0; i < AddressLength; i++)
            {
                if (other._address[i] != _address[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Parses a literal address (<c>inet_pton</c>): dotted IPv4 "a.b.c.d", or IPv6 with "::"
        /// compression and an optional trailing dotted IPv4 part.
        /// </summary>
        /// <param name="family">AF_INET or AF_INET6.</param>
        /// <param name="text">The literal.</param>
        /// <param name="destination">Receives 4 or 16 bytes.</param>
        /// <param name="offset">First destination byte.</param>
        /// <returns>1 when parsed, 0 when <paramref name="text"/> is not a valid literal, -1 for an unknown family.</returns>
        public static int InetPton(int family, string text, byte[] destination, int offset)
        {
            if (text == null || destination == null)
            {
                return 0;
            }

            if (family == SocketConstants.AfInet)
            {
                if (offset < 0 || offset + 4 > destination.Length)
                {
                    return 0;
                }

                return ParseIpv4(text, 0, text.Length, destination, offset) ? 1 : 0;
            }

            if (family != SocketConstants.AfInet6)
            {
                return -1;
            }

            if (offset < 0 || offset + 16 > destination.Length)
            {
                return 0;
            }

            return ParseIpv6(text, destination, offset) ? 1 : 0;
        }

        /// <summary>Formats an address as text (<c>inet_ntop</c>); IPv6 uses the longest zero run as "::".</summary>
        /// <param name="family">AF_INET or AF_INET6.</param>
        /// <param name="address">Address bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>The text, or null for an unknown family.</returns>
        public static string InetNtop(int family, byte[] address, int offset)
        {
            if (address == null)
            {
                return null;
            }

            if (family == SocketConstants.AfInet)
            {
                return string.Concat(
                    string.Concat(address[offset].ToString(), ".", address[offset + 1].ToString()),
                    ".",
                    string.Concat(address[offset + 2].ToString(), ".", address[offset + 3].ToString()));
            }

            if (family != SocketConstants.AfInet6)
            {
                return null;
            }

            // longest run of zero groups (at least two) becomes "::"
            int bestStart = -1;
            int bestLength = 1;
            int runStart = -1;
            for (int g = 0; g <= 8; g++)
            {
                bool zero = g < 8 && address[offset + (2 * g)] == 0 && address[offset + (2 * g) + 1] == 0;
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

            char[] chars = new char[40];
            int n = 0;
            for (int g = 0; g < 8; g++)
            {
                if (g == bestStart)
                {
                    chars[n++] = ':';
                    chars[n++] = ':';
                    g += bestLength - 1;
                    continue;
                }

                if (n > 0 && chars[n - 1] != ':')
                {
                    chars[n++] = ':';
                }

                int v = (address[offset + (2 * g)] << 8) | address[offset + (2 * g) + 1];
                bool started = false;
                for (int shift = 12; shift >= 0; shift -= 4)
                {
                    int d = (v >> shift) & 15;
                    if (d != 0 || started || shift == 0)
                    {
                        chars[n++] = "0123456789abcdef"[d];
                        started = true;
                    }
                }
            }

            return new string(chars, 0, n);
        }

        /// <summary>Formats the endpoint as "a.b.c.d:port" or "[v6]:port".</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            string a = InetNtop(Family, _address, 0);
            if (a == null)
            {
                return "unspecified";
            }

            return Family == SocketConstants.AfInet6 ? string.Concat("[", a, "]:" + Port.ToString()) : string.Concat(a, ":", Port.ToString());
        }

        private static bool ParseIpv4(string s, int start, int end, byte[] destination, int offset)
        {
            int part = 0;
            int at = start;
            while (part < 4)
            {
                int value = 0;
                int digits = 0;
                while (at < end && s[at] >= '0' && s[at] <= '9' && digits < 4)
                {
                    value = (value * 10) + (s[at] - '0');
                    digits++;
                    at++;
                }

                if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && s[at - digits] == '0'))
                {
                    return false;
                }

                destination[offset + part] = (byte)value;
                part++;
                if (part == 4)
                {
                    return at == end;
                }

                if (at >= end || s[at] != '.')
                {
                    return false;
                }

                at++;
            }

            return false;
        }

        private static bool ParseIpv6(string s, byte[] destination, int offset)
        {
            int[] groups = new int[8];
            int count = 0;
            int gap = -1;
            int at = 0;
            int end = s.Length;
            if (end == 0)
            {
                return false;
            }

            if (s[0] == ':')
            {
                if (end < 2 || s[1] != ':')
                {
                    return false;
                }

                gap = 0;
                at = 2;
                if (at == end)
                {
                    Array.Clear(destination, offset, 16);
                    return true;
                }
            }

            while (at < end)
            {
                if (count == 8)
                {
                    return false;
                }

                // a trailing dotted IPv4 part fills two groups
                int dot = -1;
                for (int k = at; k < end && s[k] != ':'; k++)
                {
                    if (s[k] == '.')
                    {
                        dot = k;
                        break;
                    }
                }

                if (dot >= 0)
                {
                    if (count > 6)
                    {
                        return false;
                    }

                    byte[] v4 = new byte[4];
                    if (!ParseIpv4(s, at, end, v4, 0))
                    {
                        return false;
                    }

                    groups[count++] = (v4[0] << 8) | v4[1];
                    groups[count++] = (v4[2] << 8) | v4[3];
                    at = end;
                    break;
                }

                int value = 0;
                int digits = 0;
                while (at < end && digits < 5)
                {
                    int d = HexValue(s[at]);
                    if (d < 0)
                    {
                        break;
                    }

                    value = (value << 4) | d;
                    digits++;
                    at++;
                }

                if (digits == 0 || digits > 4)
                {
                    return false;
                }

                groups[count++] = value;
                if (at == end)
                {
                    break;
                }

                if (s[at] != ':')
                {
                    return false;
                }

                at++;
                if (at < end && s[at] == ':')
                {
                    if (gap >= 0)
                    {
                        return false;
                    }

                    gap = count;
                    at++;
                }
                else if (at == end)
                {
                    return false;
                }
            }

            if (gap < 0 && count != 8)
            {
                return false;
            }

            if (gap >= 0 && count > 7)
            {
                return false;
            }

            Array.Clear(destination, offset, 16);
            int tail = gap >= 0 ? count - gap : 0;
            int head = gap >= 0 ? gap : count;
            for (int g = 0; g < head; g++)
            {
                destination[offset + (2 * g)] = (byte)(groups[g] >> 8);
                destination[offset + (2 * g) + 1] = (byte)groups[g];
            }

            for (int g = 0; g < tail; g++)
            {
                int target = 8 - tail + g;
                destination[offset + (2 * target)] = (byte)(groups[head + g] >> 8);
                destination[offset + (2 * target) + 1] = (byte)groups[head + g];
            }

            return true;
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
    }
}
