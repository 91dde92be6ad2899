// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02.Wifi
{
    /// <summary>An association as the ASSOC command reports it (<c>WDRV_WINC_ASSOC_INFO</c>); reused by the driver.</summary>
    public sealed class AssociationInfo
    {
        private readonly byte[] _peer = new byte[6];

        /// <summary>Gets the association id.</summary>
        public int AssocId { get; internal set; }

        /// <summary>Gets a value indicating whether this is the station's own association (the peer is the AP) rather than a station on the soft AP.</summary>
        public bool IsStation { get; internal set; }

        /// <summary>Gets the signal strength, in dBm.</summary>
        public int Rssi { get; internal set; }

        /// <summary>Gets the channel (the station's, from WSTALU; 0 when unknown).</summary>
        public int Channel { get; internal set; }

        internal byte[] Peer => _peer;

        /// <summary>Copies the peer's MAC (the AP's BSSID for the station).</summary>
        /// <param name="destination">Receives six bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <exception cref="ArgumentOutOfRangeException">The destination is too small.</exception>
        public void CopyPeerAddress(byte[] destination, int offset)
        {
            if (destination == null || offset < 0 || offset + 6 > destination.Length)
            {
                throw new ArgumentOutOfRangeException();
            }

            Array.Copy(_peer, 0, destination, offset, 6);
        }
    }
}
