// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using DriverAddress = Drivers.Wincs02.Sockets.SocketAddress;
using SocketConstants = Drivers.Wincs02.Sockets.SocketConstants;

namespace Sys.Wincs.Net.Mbed
{
    /// <summary>
    /// An IP address and port (Mbed's <c>SocketAddress</c>): set and read the address as text or bytes,
    /// the port and the IP version. Mutable and reusable, so receiving into one allocates nothing.
    /// </summary>
    public sealed class SocketAddress
    {
        private readonly byte[] _bytes = new byte[16];
        private NsapiVersion _version;
        private int _port;

        /// <summary>Creates an empty address (<see cref="NsapiVersion.Unspec"/>, port 0).</summary>
        public SocketAddress()
        {
        }

        /// <summary>Creates an address from a literal and a port.</summary>
        /// <param name="address">An IPv4 or IPv6 literal (an invalid one leaves the address unspecified).</param>
        /// <param name="port">The port.</param>
        public SocketAddress(string address, int port)
        {
            SetIpAddress(address);
            SetPort(port);
        }

        /// <summary>Creates an address from bytes.</summary>
        /// <param name="bytes">4 (IPv4) or 16 (IPv6) bytes, network order.</param>
        /// <param name="version">The version.</param>
        /// <param name="port">The port.</param>
        public SocketAddress(byte[] bytes, NsapiVersion version, int port)
        {
            SetIpBytes(bytes, version);
            SetPort(port);
        }

        /// <summary>Gets a value indicating whether the address is set and not all zeros (Mbed's <c>operator bool</c>).</summary>
        public bool IsValid
        {
            get
            {
                int n = Length;
                for (int i = 0; i < n; i++)
                {
                    if (_bytes[i] != 0)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private int Length => _version == NsapiVersion.Ipv4 ? 4 : (_version == NsapiVersion.Ipv6 ? 16 : 0);

        /// <summary>Sets the address from a literal (<c>set_ip_address</c>).</summary>
        /// <param name="address">An IPv4 or IPv6 literal.</param>
        /// <returns>True when parsed; false leaves the address unspecified.</returns>
        public bool SetIpAddress(string address)
        {
            Array.Clear(_bytes, 0, 16);
            if (address != null && DriverAddress.InetPton(SocketConstants.AfInet, address, _bytes, 0) == 1)
            {
                _version = NsapiVersion.Ipv4;
                return true;
            }

            if (address != null && DriverAddress.InetPton(SocketConstants.AfInet6, address, _bytes, 0) == 1)
            {
                _version = NsapiVersion.Ipv6;
                return true;
            }

            Array.Clear(_bytes, 0, 16);
            _version = NsapiVersion.Unspec;
            return false;
        }

        /// <summary>Gets the address as text (<c>get_ip_address</c>).</summary>
        /// <returns>The literal, or null when unspecified.</returns>
        public string GetIpAddress()
        {
            if (_version == NsapiVersion.Unspec)
            {
                return null;
            }

            return DriverAddress.InetNtop(_version == NsapiVersion.Ipv4 ? SocketConstants.AfInet : SocketConstants.AfInet6, _bytes, 0);
        }

        /// <summary>Sets the address from bytes (<c>set_ip_bytes</c>).</summary>
        /// <param name="bytes">4 or 16 bytes, network order.</param>
        /// <param name="version">The version.</param>
        /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is null for a specified version.</exception>
        /// <exception cref="ArgumentException"><paramref name="bytes"/> is too short for <paramref name="version"/>.</exception>
        public void SetIpBytes(byte[] bytes, NsapiVersion version)
        {
            Array.Clear(_bytes, 0, 16);
            if (version != NsapiVersion.Ipv4 && version != NsapiVersion.Ipv6)
            {
                _version = NsapiVersion.Unspec;
                return;
            }

            if (bytes == null)
            {
                throw new ArgumentNullException();
            }

            int n = version == NsapiVersion.Ipv4 ? 4 : 16;
            if (bytes.Length < n)
            {
                throw new ArgumentException();
            }

            Array.Copy(bytes, _bytes, n);
            _version = version;
        }

        /// <summary>Gets the address bytes (<c>get_ip_bytes</c>): 16 bytes of which 4 or 16 are used. Do not change them.</summary>
        /// <returns>The bytes.</returns>
        public byte[] GetIpBytes()
        {
            return _bytes;
        }

        /// <summary>Gets the IP version (<c>get_ip_version</c>).</summary>
        /// <returns>The version.</returns>
        public NsapiVersion GetIpVersion()
        {
            return _version;
        }

        /// <summary>Sets the port (<c>set_port</c>).</summary>
        /// <param name="port">0..65535.</param>
        /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
        public void SetPort(int port)
        {
            if (port < 0 || port > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException();
            }

            _port = port;
        }

        /// <summary>Gets the port (<c>get_port</c>).</summary>
        /// <returns>The port.</returns>
        public int GetPort()
        {
            return _port;
        }

        /// <summary>Formats the address as "a.b.c.d:port" or "[v6]:port".</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            string ip = GetIpAddress();
            if (ip == null)
            {
                return string.Concat(":", _port.ToString());
            }

            return _version == NsapiVersion.Ipv6 ? string.Concat("[", ip, "]:", _port.ToString()) : string.Concat(ip, ":", _port.ToString());
        }

        /// <summary>Copies another address.</summary>
        /// <param name="other">The source.</param>
        internal void CopyFrom(SocketAddress other)
        {
            Array.Copy(other._bytes, _bytes, 16);
            _version = other._version;
            _port = other._port;
        }

        /// <summary>Copies into a driver endpoint.</summary>
        /// <param name="destination">The driver endpoint.</param>
        internal void CopyTo(DriverAddress destination)
        {
            if (_version == NsapiVersion.Unspec)
            {
                destination.Clear();
                destination.Port = _port;
                return;
            }

            destination.Set(_version == NsapiVersion.Ipv4 ? SocketConstants.AfInet : SocketConstants.AfInet6, _bytes, 0, _port);
        }

        /// <summary>Copies from a driver endpoint.</summary>
        /// <param name="source">The driver endpoint.</param>
        internal void CopyFrom(DriverAddress source)
        {
            Array.Clear(_bytes, 0, 16);
            if (source.Family == SocketConstants.AfInet)
            {
                _version = NsapiVersion.Ipv4;
                Array.Copy(source.Address, _bytes, 4);
            }
            else if (source.Family == SocketConstants.AfInet6)
            {
                _version = NsapiVersion.Ipv6;
                Array.Copy(source.Address, _bytes, 16);
            }
            else
            {
                _version = NsapiVersion.Unspec;
            }

            _port = source.Port;
        }
    }
}
