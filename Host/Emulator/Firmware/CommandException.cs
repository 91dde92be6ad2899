// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>Ends a command with an error STATUS (thrown by parameter checks inside a handler).</summary>
    internal sealed class CommandException : Exception
    {
        public CommandException(ushort status, string reason)
            : base(reason)
        {
            Status = status;
        }

        public ushort Status { get; }
    }
}
