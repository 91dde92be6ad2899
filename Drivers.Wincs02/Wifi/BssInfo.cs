// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Wifi
{
    /// <summary>
    /// One scan result (<c>WDRV_WINC_BSS_INFO</c>, from a WSCNIND AEC). The driver keeps its instances
    /// and reuses them for the next scan: copy what you need (<see cref="CopyTo"/>) rather than keeping a reference.
    /// </summary>
    public sealed class BssInfo
    {
        private readonly byte[] _bssid = new byte[6];
        private readonly byte[] _ssid = new byte[BssContext.SsidMaxLength];

        /// <summary>Gets the received signal strength, in dBm.</summary>
        public int Rssi { get; private set; }

        /// <summary>Gets the module's SEC_TYPE: -1 unknown, 0 open, 2..5 personal (see <see cref="AuthType"/>), 6..9 enterprise.</summary>
        public int SecurityType { get; private set; }

        /// <summary>Gets a value indicating whether <see cref="SecurityType"/> is open or a personal type this driver can join (<see cref="AuthTypeRecommended"/> is meaningful).</summary>
        public bool IsSupported => SecurityType == 0 || (SecurityType >= 2 && SecurityType <= 5);

        /// <summary>Gets the authentication type to use with this network (<c>authTypeRecommended</c>); only meaningful when <see cref="IsSupported"/>.</summary>
        public AuthType AuthTypeRecommended => (AuthType)SecurityType;

        /// <summary>Gets the channel.</summary>
        public int Channel { get; private set; }

        /// <summary>Gets the SSID length in bytes (0 for a hidden network).</summary>
        public int SsidLength { get; private set; }

        /// <summary>Copies the BSSID.</summary>
        /// <param name="destination">Receives six bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <exception cref="ArgumentOutOfRangeException">The destination is too small.</exception>
        public void CopyBssid(byte[] destination, int offset)
        {
            CheckRoom(destination, offset, 6);
            Array.Copy(_bssid, 0, destination, offset, 6);
        }

        /// <summary>Copies the SSID bytes (UTF-8 as broadcast).</summary>
        /// <param name="destination">Receives <see cref="SsidLength"/> bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>The number of bytes copied.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The destination is too small.</exception>
        public int CopySsid(byte[] destination, int offset)
        {
            CheckRoom(destination, offset, SsidLength);
            Array.Copy(_ssid, 0, destination, offset, SsidLength);
            return SsidLength;
        }

        /// <summary>Decodes the SSID (allocates a string).</summary>
        /// <returns>The SSID.</returns>
        public string GetSsid()
        {
            return Utf8.GetString(_ssid, 0, SsidLength);
        }

        /// <summary>Compares the SSID with a text without allocating.</summary>
        /// <param name="ssid">The text.</param>
        /// <returns>True when equal.</returns>
        public bool SsidEquals(string ssid)
        {
            return ssid != null && Utf8.Equals(_ssid, 0, SsidLength, ssid);
        }

        /// <summary>Copies this result into another instance.</summary>
        /// <param name="destination">The copy.</param>
        /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
        public void CopyTo(BssInfo destination)
        {
            if (destination == null)
            {
                throw new ArgumentNullException();
            }

            destination.Rssi = Rssi;
            destination.SecurityType = SecurityType;
            destination.Channel = Channel;
            destination.SsidLength = SsidLength;
            Array.Copy(_bssid, destination._bssid, 6);
            Array.Copy(_ssid, destination._ssid, SsidLength);
        }

        internal bool Read(MessageReader aec)
        {
            int rssi;
            int security;
            int channel;
            int ssidLength;
            if (!AecDecoder.Wscnind(aec, out rssi, out security, out channel, _bssid, 0, _ssid, 0, out ssidLength))
            {
                return false;
            }

            Rssi = rssi;
            SecurityType = security;
            Channel = channel;
            SsidLength = ssidLength;
            return true;
        }

        private static void CheckRoom(byte[] destination, int offset, int length)
        {
            if (destination == null || offset < 0 || offset + length > destination.Length)
            {
                throw new ArgumentOutOfRangeException();
            }
        }
    }
}
