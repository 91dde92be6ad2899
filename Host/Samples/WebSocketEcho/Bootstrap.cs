// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Runtime.CompilerServices;
using nanoWincs.Samples;

namespace WebSocketEcho
{
    /// <summary>
    /// Desktop-only: before the sample's Main runs, applies the command line (--port, --ssid, --passphrase)
    /// and puts an emulated WINCS02 on its pins, with the module's WebSocket port on 127.0.0.1:--port.
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
                ModuleListenPort = Program.WssPort,
                HostListenPort = Program.WssPort,
            });
            Program.StaSsid = o.Ssid;
            Program.StaPassphrase = o.Passphrase;
            EmulatedBoard.Start(Program.SpiBusId, Program.ChipSelectPin, Program.ResetPin, Program.InterruptPin);
            System.Console.WriteLine("[BOARD] Open http://127.0.0.1:" + o.HostListenPort + "/ (page and WebSocket on the module's port " + Program.WssPort + ")");
        }
    }
}
