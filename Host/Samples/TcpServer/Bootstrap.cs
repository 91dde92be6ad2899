// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Runtime.CompilerServices;
using nanoWincs.Samples;

namespace TcpServer
{
    /// <summary>
    /// Desktop-only: before the sample's Main runs, applies the command line (--port, --ssid, --passphrase)
    /// and puts an emulated WINCS02 on its pins, with the module's server port on 127.0.0.1:--port.
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
                ModuleListenPort = Program.ServerPort,
                HostListenPort = Program.ServerPort,
            });
            Program.StaSsid = o.Ssid;
            Program.StaPassphrase = o.Passphrase;
            EmulatedBoard.Start(Program.SpiBusId, Program.ChipSelectPin, Program.ResetPin, Program.InterruptPin);
            if (!o.Quiet)
            {
                Console.Error.WriteLine("[BOARD] Connect to 127.0.0.1:" + o.HostListenPort + " (the module's port " + Program.ServerPort + "), e.g. ncat 127.0.0.1 " + o.HostListenPort);
            }
        }
    }
}
