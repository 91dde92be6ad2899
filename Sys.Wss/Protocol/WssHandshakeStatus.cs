// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss.Protocol
{
    /// <summary>Progress of an opening handshake.</summary>
    public enum WssHandshakeStatus
    {
        /// <summary>The request headers are not complete yet.</summary>
        NeedMore = 0,

        /// <summary>A valid WebSocket upgrade: answer 101.</summary>
        Accepted = 1,

        /// <summary>Not a valid upgrade: answer with the error status and close TCP.</summary>
        Rejected = 2,

        /// <summary>A plain HTTP GET (no Upgrade header) and a page is available: answer 200 with the page and close TCP.</summary>
        Page = 3,
    }
}
