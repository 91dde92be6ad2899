// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Output modes of SOCKRD and SOCKRDBUF (<c>WINC_CONST_SOCKET_OUTPUT_MODE_*</c>).
    /// </summary>
    public enum SocketOutputMode : byte
    {
        /// <summary>Data as text.</summary>
        Ascii = 1,

        /// <summary>Data as a byte array.</summary>
        Binary = 2,

        /// <summary>Data with pending counts (and the sender for UDP).</summary>
        AsciiExtended = 3,
    }
}
