// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Message types of the command protocol (<c>WINC_COMMAND_MSG_TYPE</c>): byte 0 of every message.
    /// </summary>
    public enum MessageType : byte
    {
        /// <summary><c>WINC_COMMAND_MSG_TYPE_REQ</c>: a host command.</summary>
        Request = 0,

        /// <summary><c>WINC_COMMAND_MSG_TYPE_STATUS</c>: the single status that ends a command.</summary>
        Status = 1,

        /// <summary><c>WINC_COMMAND_MSG_TYPE_RSP</c>: a response element list for a command.</summary>
        Response = 2,

        /// <summary><c>WINC_COMMAND_MSG_TYPE_AEC</c>: an asynchronous event.</summary>
        Aec = 3,
    }
}
