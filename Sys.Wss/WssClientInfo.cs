// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss
{
    /// <summary>What the client asked for in its opening handshake (data of ClientConnected).</summary>
    public sealed class WssClientInfo
    {
        /// <summary>Gets the request target, e.g. "/chat?room=1".</summary>
        public string Path { get; internal set; }

        /// <summary>Gets the subprotocol the server selected, or null.</summary>
        public string Protocol { get; internal set; }

        /// <summary>Gets the Origin header, or null.</summary>
        public string Origin { get; internal set; }
    }
}
