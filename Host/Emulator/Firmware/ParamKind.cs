// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>How a configuration parameter value is accepted and stored.</summary>
    internal enum ParamKind
    {
        /// <summary>INTEGER of a fixed reply width.</summary>
        Integer,

        /// <summary>INTEGER_UNSIGNED of a fixed reply width.</summary>
        Unsigned,

        /// <summary>BOOL (an integer 0/1 is accepted too).</summary>
        Bool,

        /// <summary>STRING with a maximum length.</summary>
        Text,

        /// <summary>IPV4ADDR, 4 bytes.</summary>
        Ipv4,

        /// <summary>IPV4ADDR with netmask, 8 bytes.</summary>
        Ipv4Mask,

        /// <summary>IPV6ADDR, 16 bytes.</summary>
        Ipv6,

        /// <summary>IPV6ADDR with prefix length, 17 bytes.</summary>
        Ipv6Prefix,

        /// <summary>IPV4ADDR or IPV6ADDR, 4 or 16 bytes.</summary>
        Address,

        /// <summary>STRING name, IPV4ADDR or IPV6ADDR.</summary>
        HostOrAddress,

        /// <summary>MACADDR, 6 bytes (0 bytes clears).</summary>
        Mac,

        /// <summary>UTC_TIME.</summary>
        UtcTime,

        /// <summary>INTEGER_FRAC.</summary>
        Fraction,

        /// <summary>Read-only value(s) computed when queried.</summary>
        Computed,
    }
}
