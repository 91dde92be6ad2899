// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Net
{
    /// <summary>One DNS answer or failure, reused by the driver: copy what you need during the callback.</summary>
    public sealed class DnsResult
    {
        private readonly byte[] _address = new byte[16];

        /// <summary>Gets the outcome.</summary>
        public DnsResolveStatus Status { get; internal set; }

        /// <summary>Gets the module's error status for Error and Timeout (e.g. DNS_ERROR, DNS_TIMEOUT), else OK.</summary>
        public WincStatus Error { get; internal set; }

        /// <summary>Gets the record type of the answer (A or AAAA), or the type asked for on failure.</summary>
        public DnsRecordType RecordType { get; internal set; }

        /// <summary>Gets the name as given to <see cref="WincNet.DnsResolveDomain"/>.</summary>
        public string Name { get; internal set; }

        /// <summary>Gets the address length: 4, 16, or 0 on failure.</summary>
        public int AddressLength { get; internal set; }

        internal byte[] Buffer => _address;

        /// <summary>Copies the address.</summary>
        /// <param name="destination">Receives <see cref="AddressLength"/> bytes.</param>
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

        /// <summary>Formats the address; allocates.</summary>
        /// <returns>The text, or an empty string on failure.</returns>
        public string AddressToString()
        {
            return AddressLength == 0 ? string.Empty : WincUtils.IPAddressToString(_address, 0, AddressLength);
        }
    }
}
