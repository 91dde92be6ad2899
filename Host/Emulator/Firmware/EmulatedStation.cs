// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>A client that joins the module's soft AP (see <see cref="ModuleFirmware.JoinStation"/>).</summary>
    public sealed class EmulatedStation
    {
        /// <summary>Creates a station.</summary>
        /// <param name="mac">Its MAC address (6 bytes).</param>
        /// <param name="passphrase">Passphrase it presents; null means it knows the right one.</param>
        public EmulatedStation(byte[] mac, string passphrase = null)
        {
            Mac = mac;
            Passphrase = passphrase;
        }

        /// <summary>MAC address.</summary>
        public byte[] Mac { get; }

        /// <summary>Passphrase presented, or null for the AP's own.</summary>
        public string Passphrase { get; }

        /// <summary>False when the station should not ask the DHCP server for an address.</summary>
        public bool UsesDhcp { get; set; } = true;
    }
}
