// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Wifi
{
    /// <summary>
    /// Which network to join or offer (<c>WDRV_WINC_BSS_CONTEXT</c>): SSID, channel (0 = any, station
    /// only) and an optional BSSID. Set it up once at configuration time; BssConnect and ApStart read it.
    /// </summary>
    public sealed class BssContext
    {
        /// <summary>Longest SSID in UTF-8 bytes.</summary>
        public const int SsidMaxLength = 32;

        /// <summary>Any channel (<c>WDRV_WINC_CID_ANY</c>).</summary>
        public const int ChannelAny = 0;

        /// <summary>Highest 2.4 GHz channel the module accepts.</summary>
        public const int ChannelMax = 13;

        private readonly byte[] _bssid = new byte[6];

        /// <summary>Creates a context with the defaults (<see cref="SetDefaults"/>).</summary>
        public BssContext()
        {
            SetDefaults();
        }

        /// <summary>Gets the SSID, or null when none is set.</summary>
        public string Ssid { get; private set; }

        /// <summary>Gets the channel, 0 for any.</summary>
        public int Channel { get; private set; }

        /// <summary>Gets a value indicating whether a BSSID restricts the connection to one AP.</summary>
        public bool HasBssid { get; private set; }

        /// <summary>Gets a value indicating whether the context can be used (an SSID is set; <c>WDRV_WINC_BSSCtxIsValid</c>).</summary>
        public bool IsValid => Ssid != null;

        /// <summary>Clears the SSID and BSSID and selects any channel (<c>WDRV_WINC_BSSCtxSetDefaults</c>).</summary>
        public void SetDefaults()
        {
            Ssid = null;
            Channel = ChannelAny;
            HasBssid = false;
            for (int i = 0; i < 6; i++)
            {
                _bssid[i] = 0;
            }
        }

        /// <summary>Sets the SSID (<c>WDRV_WINC_BSSCtxSetSSID</c>).</summary>
        /// <param name="ssid">1 to 32 UTF-8 bytes.</param>
        /// <returns>Ok, or InvalidArg for null, empty or too long.</returns>
        public DriverStatus SetSsid(string ssid)
        {
            int length = ServiceRequests.Utf8Length(ssid);
            if (length < 1 || length > SsidMaxLength)
            {
                return DriverStatus.InvalidArg;
            }

            Ssid = ssid;
            return DriverStatus.Ok;
        }

        /// <summary>Sets the channel (<c>WDRV_WINC_BSSCtxSetChannel</c>).</summary>
        /// <param name="channel">0 (any) to 13; a soft AP needs 1 to 13.</param>
        /// <returns>Ok, or InvalidArg when out of range.</returns>
        public DriverStatus SetChannel(int channel)
        {
            if (channel < ChannelAny || channel > ChannelMax)
            {
                return DriverStatus.InvalidArg;
            }

            Channel = channel;
            return DriverStatus.Ok;
        }

        /// <summary>Sets or clears the BSSID (<c>WDRV_WINC_BSSCtxSetBSSID</c>).</summary>
        /// <param name="bssid">Six bytes, or null to accept any AP with the SSID.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Ok, or InvalidArg when fewer than six bytes follow <paramref name="offset"/>.</returns>
        public DriverStatus SetBssid(byte[] bssid, int offset)
        {
            if (bssid == null)
            {
                HasBssid = false;
                return DriverStatus.Ok;
            }

            if (offset < 0 || offset + 6 > bssid.Length)
            {
                return DriverStatus.InvalidArg;
            }

            Array.Copy(bssid, offset, _bssid, 0, 6);
            HasBssid = true;
            return DriverStatus.Ok;
        }

        /// <summary>Copies the BSSID.</summary>
        /// <param name="destination">Receives six bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>False when no BSSID is set (nothing is copied).</returns>
        /// <exception cref="ArgumentOutOfRangeException">The destination is too small.</exception>
        public bool CopyBssid(byte[] destination, int offset)
        {
            if (!HasBssid)
            {
                return false;
            }

            if (destination == null || offset < 0 || offset + 6 > destination.Length)
            {
                throw new ArgumentOutOfRangeException();
            }

            Array.Copy(_bssid, 0, destination, offset, 6);
            return true;
        }

        // WSTAC/WAPC BSSID value: the six bytes, or an empty MACADDR that clears a previous one
        internal bool WriteBssid(CommandWriter writer, CommandId command, uint id)
        {
            return WincCommands.ConfigSetBytes(writer, command, id, WincType.MacAddress, HasBssid ? _bssid : null, 0, HasBssid ? 6 : 0);
        }
    }
}
