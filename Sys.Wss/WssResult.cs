// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss
{
    /// <summary>Result of a SYS_WSS call (<c>SYS_WSS_RESULT</c>; the first five keep Harmony's values).</summary>
    public enum WssResult
    {
        /// <summary>SYS_WSS_SUCCESS.</summary>
        Success = 0,

        /// <summary>SYS_WSS_FAILURE: the operation could not be done (not initialised, socket error).</summary>
        Failure = 1,

        /// <summary>SYS_WSS_ERROR_INVALID_REQUEST: the opening handshake was malformed.</summary>
        ErrorInvalidRequest = 2,

        /// <summary>SYS_WSS_ERROR_INVALID_KEY: Sec-WebSocket-Key did not decode to 16 bytes.</summary>
        ErrorInvalidKey = 3,

        /// <summary>SYS_WSS_ERROR_INVALID_FRAME: a frame broke RFC 6455 (Harmony defined it but never returned it).</summary>
        ErrorInvalidFrame = 4,

        /// <summary>nanoWincs: the client index names no connected client.</summary>
        ErrorInvalidClient = 5,

        /// <summary>nanoWincs: an argument is out of range (control payload over 125 bytes, bad close code, message over the limit).</summary>
        ErrorInvalidArgument = 6,

        /// <summary>nanoWincs: the client's transmit buffer cannot take the frame now; try again after Task().</summary>
        ErrorBusy = 7,
    }
}
