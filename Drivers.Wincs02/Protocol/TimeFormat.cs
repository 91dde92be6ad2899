// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Time formats of the TIME command (<c>WINC_CONST_TIME_FORMAT_*</c>).
    /// </summary>
    public enum TimeFormat : byte
    {
        /// <summary>Seconds since 1970.</summary>
        UtcUnix = 1,

        /// <summary>Seconds since 1900.</summary>
        UtcNtp = 2,

        /// <summary>RFC 3339 text.</summary>
        Rfc3339 = 3,
    }
}
