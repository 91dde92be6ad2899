// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss
{
    /// <summary>Frame opcodes (<c>SYS_WSS_FRAME</c>).</summary>
    public enum WssFrame
    {
        /// <summary>Continuation of a fragmented message.</summary>
        Continuation = 0x0,

        /// <summary>UTF-8 text.</summary>
        Text = 0x1,

        /// <summary>Binary data.</summary>
        Binary = 0x2,

        /// <summary>Close.</summary>
        Close = 0x8,

        /// <summary>Ping.</summary>
        Ping = 0x9,

        /// <summary>Pong.</summary>
        Pong = 0xA,
    }
}
