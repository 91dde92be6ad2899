// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Element types of a WINCS02 TLV (<c>WINC_TYPE</c> in Microchip's interface header).
    /// </summary>
    public enum WincType : byte
    {
        /// <summary>Not a valid element.</summary>
        Invalid = 0,

        /// <summary>A 16-bit status code.</summary>
        Status = 1,

        /// <summary>A signed big-endian integer of 1 to 4 bytes.</summary>
        Integer = 2,

        /// <summary>An unsigned big-endian integer of 1 to 4 bytes.</summary>
        IntegerUnsigned = 3,

        /// <summary>Four bytes: a 16-bit integer part and a 16-bit fraction ("X.Y" parameter ids).</summary>
        IntegerFrac = 4,

        /// <summary>Text without a terminator.</summary>
        String = 5,

        /// <summary>Raw bytes.</summary>
        ByteArray = 6,

        /// <summary>A label (text).</summary>
        Label = 7,

        /// <summary>An IPv4 address (4 bytes) or address and mask (8 bytes).</summary>
        Ipv4Address = 8,

        /// <summary>An IPv6 address (16 bytes) or address and prefix/scope (17 bytes).</summary>
        Ipv6Address = 9,

        /// <summary>One byte, 0 or 1.</summary>
        Bool = 10,

        /// <summary>A 6-byte MAC address.</summary>
        MacAddress = 11,

        /// <summary>Seconds since 1970 as 4 big-endian bytes.</summary>
        UtcTime = 12,
    }
}
