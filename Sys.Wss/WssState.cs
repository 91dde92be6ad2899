// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss
{
    /// <summary>State of one client slot (<c>SYS_WSS_STATE</c>, values as in sys_wss.h).</summary>
    public enum WssState
    {
        /// <summary>No connection.</summary>
        Closed = 0,

        /// <summary>Close handshake in progress.</summary>
        Closing = 1,

        /// <summary>TCP accepted, opening handshake in progress.</summary>
        Connecting = 2,

        /// <summary>Open: messages flow.</summary>
        Connected = 3,
    }
}
