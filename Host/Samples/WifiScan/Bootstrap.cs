// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using nanoWincs.Emulator.Firmware;
using nanoWincs.Samples;

namespace WifiScan
{
    /// <summary>
    /// Desktop-only: before the sample's Main runs, applies the command line (--interval SECONDS,
    /// --channel N) and puts an emulated WINCS02 on its pins, with several access points in range
    /// besides the board's own ('HomeNet', WPA2, channel 6, -42 dBm), one of them hidden.
    /// </summary>
    internal static class Bootstrap
    {
        [ModuleInitializer]
        internal static void Start()
        {
            EmulatedBoard.Parse(new BoardOptions());
            string[] args = Environment.GetCommandLineArgs();
            for (int i = 1; i + 1 < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--interval":
                        Program.ScanIntervalSeconds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--channel":
                        Program.ScanChannel = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                }
            }

            EmulatedBoard.Start(Program.SpiBusId, Program.ChipSelectPin, Program.ResetPin, Program.InterruptPin, firmware =>
            {
                firmware.AccessPoints.Add(new AccessPoint("CoffeeShop", 0, null) { Channel = 1, Rssi = -71, Bssid = new byte[] { 0x02, 0x11, 0x22, 0x33, 0x44, 0x01 } });
                firmware.AccessPoints.Add(new AccessPoint("Office-WPA3", 5, "office-passphrase") { Channel = 11, Rssi = -58, Bssid = new byte[] { 0x02, 0x11, 0x22, 0x33, 0x44, 0x0B } });
                firmware.AccessPoints.Add(new AccessPoint("Legacy", 2, "legacy-pass") { Channel = 3, Rssi = -83, Bssid = new byte[] { 0x0A, 0xBC, 0xDE, 0xF0, 0x12, 0x34 } });
                firmware.AccessPoints.Add(new AccessPoint("Transition", 4, "transition-pass") { Channel = 13, Rssi = -66, Bssid = new byte[] { 0x02, 0x11, 0x22, 0x33, 0x44, 0x0D } });
                firmware.AccessPoints.Add(new AccessPoint("Secret", 3, "hidden-pass") { Channel = 9, Rssi = -50, Hidden = true, Bssid = new byte[] { 0x02, 0x11, 0x22, 0x33, 0x44, 0x09 } });
            });
        }
    }
}
