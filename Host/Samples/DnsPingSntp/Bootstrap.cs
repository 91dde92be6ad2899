// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Net;
using System.Runtime.CompilerServices;
using nanoWincs.Samples;

namespace DnsPingSntp
{
    /// <summary>
    /// Desktop-only: before the sample's Main runs, applies the command line (--ssid, --passphrase) and
    /// puts an emulated WINCS02 on its pins, in a world where the sample's host names resolve (their
    /// addresses lead to 127.0.0.1), its ping target answers and pool.ntp.org gives the host's clock.
    /// </summary>
    internal static class Bootstrap
    {
        /// <summary>Round trip time the emulated module reports for a ping (no ICMP leaves the host).</summary>
        internal const int PingRttMilliseconds = 7;

        [ModuleInitializer]
        internal static void Start()
        {
            BoardOptions o = EmulatedBoard.Parse(new BoardOptions
            {
                Ssid = Program.StaSsid,
                Passphrase = Program.StaPassphrase,
            });
            Program.StaSsid = o.Ssid;
            Program.StaPassphrase = o.Passphrase;
            EmulatedBoard.Start(Program.SpiBusId, Program.ChipSelectPin, Program.ResetPin, Program.InterruptPin, firmware =>
            {
                AddName(firmware, "www.example.com", "93.184.216.34");
                AddName(firmware, "cdn.example.org", "203.0.113.10", "203.0.113.11");
                firmware.PingableAddresses.Add(IPAddress.Parse(Program.PingTarget));
                firmware.PingRttMilliseconds = PingRttMilliseconds;
                firmware.NtpServers.Add(Program.SntpAddress);
            });
        }

        private static void AddName(nanoWincs.Emulator.Firmware.FirmwareOptions firmware, string name, params string[] addresses)
        {
            var list = new IPAddress[addresses.Length];
            for (int i = 0; i < addresses.Length; i++)
            {
                list[i] = IPAddress.Parse(addresses[i]);
                firmware.AddressMap[list[i]] = IPAddress.Loopback;
            }

            firmware.DnsTable[name] = list;
        }
    }
}
