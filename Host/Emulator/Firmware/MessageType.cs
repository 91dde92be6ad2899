// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>First byte of every message (WINC_COMMAND_MSG_TYPE).</summary>
    public enum MessageType : byte
    {
        /// <summary>Host command request.</summary>
        Request = 0,

        /// <summary>Final status of one command.</summary>
        Status = 1,

        /// <summary>Command response carrying elements.</summary>
        Response = 2,

        /// <summary>Asynchronous event.</summary>
        Aec = 3,
    }
}
