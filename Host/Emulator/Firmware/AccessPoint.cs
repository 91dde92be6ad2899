// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>An emulated access point the module's station can see, scan and join.</summary>
    public sealed class AccessPoint
    {
        /// <summary>Creates an access point.</summary>
        /// <param name="ssid">Network name (1..32 bytes).</param>
        /// <param name="security">SEC_TYPE: 0 open, 2 WPA/WPA2 mixed, 3 WPA2, 4 WPA2/WPA3 transition, 5 WPA3.</param>
        /// <param name="passphrase">Passphrase (ignored for open networks).</param>
        public AccessPoint(string ssid, int security, string passphrase)
        {
            Ssid = ssid;
            Security = security;
            Passphrase = passphrase ?? string.Empty;
        }

        /// <summary>Network name.</summary>
        public string Ssid { get; set; }

        /// <summary>SEC_TYPE value the AP advertises (0, 2, 3, 4, 5; 6..9 enterprise, -1 unknown).</summary>
        public int Security { get; set; }

        /// <summary>Passphrase a station must present.</summary>
        public string Passphrase { get; set; }

        /// <summary>Received signal strength in dBm.</summary>
        public int Rssi { get; set; } = -45;

        /// <summary>Channel 1..14.</summary>
        public int Channel { get; set; } = 6;

        /// <summary>BSSID (6 bytes).</summary>
        public byte[] Bssid { get; set; } = { 0x02, 0x00, 0x00, 0x00, 0x00, 0x01 };

        /// <summary>True when the SSID is not broadcast (passive scans do not report it).</summary>
        public bool Hidden { get; set; }

        /// <summary>False while the AP is out of range (see <see cref="ModuleFirmware.LoseAccessPoint"/>).</summary>
        public bool Available { get; set; } = true;
    }
}
