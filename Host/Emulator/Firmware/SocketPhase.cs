// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>Life cycle of a module socket.</summary>
    internal enum SocketPhase
    {
        /// <summary>Opened by SOCKO, nothing bound yet.</summary>
        Open,

        /// <summary>TCP listening (SOCKBL).</summary>
        Listening,

        /// <summary>TCP connect in progress (SOCKBR).</summary>
        Connecting,

        /// <summary>TCP connected, or UDP bound/with a default remote.</summary>
        Connected,

        /// <summary>The connection failed or was lost; waits for SOCKCL.</summary>
        Failed,

        /// <summary>Closed by SOCKCL or reset.</summary>
        Closed,
    }
}
