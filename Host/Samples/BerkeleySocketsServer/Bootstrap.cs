// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Runtime.CompilerServices;
using nanoWincs.Samples;

namespace BerkeleySocketsServer
{
    /// <summary>
    /// Desktop-only: before the sample's Main runs, applies the command line (--port, --ssid, --passphrase)
    /// and puts an emulated WINCS02 on its pins, with the module's listen port (6666) on 127.0.0.1:--port.
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
                System.Console.Error.WriteLine("[BOARD] The module's port " + Program.ServerPort + " is 127.0.0.1:" + o.HostListenPort + " (try: ncat 127.0.0.1 " + o.HostListenPort + ")");
            }
        }
    }
}
