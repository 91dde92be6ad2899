// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Runtime.CompilerServices;
using nanoWincs.Samples;

namespace TcpClientEcho
{
    /// <summary>
    /// Desktop-only: before the sample's Main runs, applies the command line to its configuration
    /// (Program's <c>configuration.h</c> fields) and puts an emulated WINCS02 on its pins.
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
                ServerAddress = Program.ServerAddress,
                ServerPort = Program.ServerPort,
            });
            Program.StaSsid = o.Ssid;
            Program.StaPassphrase = o.Passphrase;
            Program.ServerAddress = o.ServerAddress;
            Program.ServerPort = o.ServerPort;
            EmulatedBoard.Start(Program.SpiBusId, Program.ChipSelectPin, Program.ResetPin, Program.InterruptPin);
        }
    }
}
