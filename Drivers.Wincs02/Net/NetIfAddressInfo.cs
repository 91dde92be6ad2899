// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02.Net
{
    /// <summary>
    /// An address update (<c>WDRV_WINC_NETIF_ADDR_UPDATE_TYPE</c>), reused by the driver for every event:
    /// copy what you need during the callback.
    /// </summary>
    public sealed class NetIfAddressInfo
    {
        private readonly byte[] _address = new byte[16];

        /// <summary>Gets the family of the address.</summary>
        public IpAddressType AddressType { get; internal set; }

        /// <summary>Gets the association the address belongs to.</summary>
        public int AssocId { get; internal set; }

        /// <summary>Gets the address length: 4 or 16 (0 for InterfaceDown).</summary>
        public int AddressLength { get; internal set; }

        /// <summary>Gets the prefix length sent with the address (netmask bits or IPv6 prefix), or -1 when the module sent none.</summary>
        public int PrefixLength { get; internal set; }

        /// <summary>Gets a value indicating whether this is an IPv6 link-local address (fe80::/10; the SYS layer's DHCP_IPV6_LOCAL_COMPLETE as opposed to GLOBAL).</summary>
        public bool IsLinkLocal => AddressLength == 16 && WincUtils.IsIPv6LinkLocal(_address, 0);

        internal byte[] Buffer => _address;

        /// <summary>Copies the address.</summary>
        /// <param name="destination">Receives <see cref="AddressLength"/> bytes in network order.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>The number of bytes copied.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The destination is too small.</exception>
        public int CopyAddress(byte[] destination, int offset)
        {
            if (destination == null || offset < 0 || offset + AddressLength > destination.Length)
            {
                throw new ArgumentOutOfRangeException();
            }

            Array.Copy(_address, 0, destination, offset, AddressLength);
            return AddressLength;
        }

        /// <summary>Formats the address ("192.168.1.100", "fe80::204:a3ff:fe12:3456"); allocates.</summary>
        /// <returns>The text, or an empty string when there is no address.</returns>
        public override string ToString()
        {
            return AddressLength == 0 ? string.Empty : WincUtils.IPAddressToString(_address, 0, AddressLength);
        }
    }
}
