// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02.Sockets
{
    /// <summary>
    /// Results of <see cref="WincSockets.GetAddrInfo"/> (the <c>struct addrinfo</c> list): up to
    /// <see cref="MaxAddresses"/> endpoints with the requested port. Preallocated by the caller, so
    /// there is nothing to free (<c>freeaddrinfo</c> is not needed).
    /// </summary>
    public sealed class AddrInfo
    {
        /// <summary>Most addresses kept per lookup.</summary>
        public const int MaxAddresses = 4;

        private readonly SocketAddress[] _addresses = new SocketAddress[MaxAddresses];

        /// <summary>Creates an empty result.</summary>
        public AddrInfo()
        {
            for (int i = 0; i < MaxAddresses; i++)
            {
                _addresses[i] = new SocketAddress();
            }
        }

        /// <summary>Gets the number of addresses.</summary>
        public int Count { get; private set; }

        /// <summary>Gets or sets the socket type the lookup was for (<c>ai_socktype</c>).</summary>
        public int SocketType { get; set; }

        /// <summary>Address <paramref name="index"/> (<c>ai_addr</c> of the index-th entry).</summary>
        /// <param name="index">0 to Count - 1.</param>
        /// <returns>The endpoint.</returns>
        /// <exception cref="ArgumentOutOfRangeException">No such entry.</exception>
        public SocketAddress GetAddress(int index)
        {
            if (index < 0 || index >= Count)
            {
                throw new ArgumentOutOfRangeException();
            }

            return _addresses[index];
        }

        /// <summary>Empties the result.</summary>
        public void Clear()
        {
            Count = 0;
        }

        /// <summary>Appends an endpoint (ignored when full).</summary>
        /// <param name="address">The endpoint.</param>
        /// <returns>False when full.</returns>
        public bool Add(SocketAddress address)
        {
            if (Count == MaxAddresses)
            {
                return false;
            }

            _addresses[Count].CopyFrom(address);
            Count++;
            return true;
        }
    }
}
