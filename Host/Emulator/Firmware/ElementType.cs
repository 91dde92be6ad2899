// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>Type byte of a TLV element (WINC_TYPE), as the module sees it.</summary>
    public enum ElementType : byte
    {
        /// <summary>WINC_TYPE_INVALID.</summary>
        Invalid = 0,

        /// <summary>WINC_TYPE_STATUS: 2 bytes, module &lt;&lt; 8 | code.</summary>
        Status = 1,

        /// <summary>WINC_TYPE_INTEGER: signed, 1 to 4 bytes big-endian.</summary>
        Integer = 2,

        /// <summary>WINC_TYPE_INTEGER_UNSIGNED: 1 to 4 bytes big-endian.</summary>
        IntegerUnsigned = 3,

        /// <summary>WINC_TYPE_INTEGER_FRAC: int16 integer part then uint16 fraction ("X.Y").</summary>
        IntegerFrac = 4,

        /// <summary>WINC_TYPE_STRING: bytes, no terminator.</summary>
        String = 5,

        /// <summary>WINC_TYPE_BYTE_ARRAY.</summary>
        ByteArray = 6,

        /// <summary>WINC_TYPE_LABEL.</summary>
        Label = 7,

        /// <summary>WINC_TYPE_IPV4ADDR: 4 bytes, or 8 with the netmask.</summary>
        Ipv4Address = 8,

        /// <summary>WINC_TYPE_IPV6ADDR: 16 bytes, or 17 with the scope/prefix.</summary>
        Ipv6Address = 9,

        /// <summary>WINC_TYPE_BOOL: one byte 0/1.</summary>
        Bool = 10,

        /// <summary>WINC_TYPE_MACADDR: 6 bytes.</summary>
        MacAddress = 11,

        /// <summary>WINC_TYPE_UTC_TIME: 4 bytes big-endian seconds.</summary>
        UtcTime = 12,
    }
}
