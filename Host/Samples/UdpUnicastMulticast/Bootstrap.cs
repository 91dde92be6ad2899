// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using nanoWincs.Samples;

namespace UdpUnicastMulticast
{
    /// <summary>
    /// Desktop-only: before the sample's Main runs, applies the command line and puts an emulated WINCS02
    /// on its pins. The module's UDP port 6666 is 127.0.0.1:--port; the multicast group is joined on the
    /// host's loopback interface (--mcast-group, --mcast-port), where the announcements go too.
    /// </summary>
    internal static class Bootstrap
    {
        [ModuleInitializer]
        internal static void Start()
        {
            BoardOptions o = EmulatedBoard.Parse(new BoardOptions
            {
                Ssid = Program.StaSsid,
                Passphrase = Program.StaPassphrase,
                ModuleListenPort = Program.UdpPort,
                HostListenPort = Program.UdpPort,
            });
            string[] args = Environment.GetCommandLineArgs();
            for (int i = 1; i + 1 < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--mcast-group":
                        Program.MulticastGroup = args[++i];
                        break;
                    case "--mcast-port":
                        Program.MulticastPort = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--announce-ms":
                        Program.AnnounceIntervalMs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                }
            }

            Program.StaSsid = o.Ssid;
            Program.StaPassphrase = o.Passphrase;
            EmulatedBoard.Start(Program.SpiBusId, Program.ChipSelectPin, Program.ResetPin, Program.InterruptPin);
            if (!o.Quiet)
            {
                Console.Error.WriteLine("[BOARD] UDP echo at 127.0.0.1:" + o.HostListenPort + " (the module's port " + Program.UdpPort + "); group "
                    + Program.MulticastGroup + ":" + Program.MulticastPort + " on the loopback interface");
            }
        }
    }
}
