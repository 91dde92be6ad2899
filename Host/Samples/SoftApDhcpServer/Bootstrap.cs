// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using nanoWincs.Emulator.Firmware;
using nanoWincs.Samples;

namespace SoftApDhcpServer
{
    /// <summary>
    /// Desktop-only: before the sample's Main runs, applies the command line (--channel N, --hidden,
    /// --stations N) and puts an emulated WINCS02 on its pins. With --stations N, N emulated stations
    /// (MAC 02:AA:BB:CC:DD:01, :02, ...) join the soft AP one after the other once it is up.
    /// </summary>
    internal static class Bootstrap
    {
        private static readonly TimeSpan ApWait = TimeSpan.FromSeconds(30);

        [ModuleInitializer]
        internal static void Start()
        {
            BoardOptions o = EmulatedBoard.Parse(new BoardOptions());
            int stations = 0;
            string[] args = Environment.GetCommandLineArgs();
            for (int i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--channel" when i + 1 < args.Length:
                        Program.ApChannel = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--stations" when i + 1 < args.Length:
                        stations = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--hidden":
                        Program.ApHidden = true;
                        break;
                }
            }

            EmulatedBoard.Start(Program.SpiBusId, Program.ChipSelectPin, Program.ResetPin, Program.InterruptPin);
            if (stations > 0)
            {
                new Thread(() => JoinStations(stations, o.Quiet)) { IsBackground = true, Name = "emulated stations" }.Start();
            }
        }

        /// <summary>Waits for the soft AP, then lets the stations join it in order.</summary>
        private static void JoinStations(int count, bool quiet)
        {
            DateTime deadline = DateTime.UtcNow + ApWait;
            while (EmulatedBoard.Firmware.SoftApAddress == null)
            {
                if (DateTime.UtcNow > deadline)
                {
                    Console.Error.WriteLine("[BOARD] the soft AP did not start within " + ApWait.TotalSeconds + " s; no station joins");
                    return;
                }

                Thread.Sleep(10);
            }

            for (int i = 1; i <= count; i++)
            {
                var station = new EmulatedStation(new byte[] { 0x02, 0xAA, 0xBB, 0xCC, 0xDD, (byte)i });
                int assocId = EmulatedBoard.Firmware.JoinStation(station, TimeSpan.FromSeconds(2));
                if (!quiet)
                {
                    Console.Error.WriteLine("[BOARD] station 02:AA:BB:CC:DD:" + i.ToString("X2", CultureInfo.InvariantCulture)
                        + (assocId > 0 ? " joined '" + Program.ApSsid + "' (association " + assocId + ")" : " could not join"));
                }
            }
        }
    }
}
