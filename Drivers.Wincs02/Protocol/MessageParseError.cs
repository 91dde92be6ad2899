// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>Why <see cref="MessageReader.Parse"/> rejected a module message.</summary>
    public enum MessageParseError
    {
        /// <summary>The message was parsed.</summary>
        None = 0,

        /// <summary>No buffer, or the range lies outside it.</summary>
        InvalidBuffer = 1,

        /// <summary>The message is shorter than its fixed header.</summary>
        Truncated = 2,

        /// <summary>Byte 0 is not STATUS, RSP or AEC.</summary>
        UnknownType = 3,

        /// <summary>A TLV header, its data or its padding runs past the announced length.</summary>
        ElementBeyondMessage = 4,

        /// <summary>The message announces more elements than <see cref="MessageReader.MaxElements"/>.</summary>
        TooManyElements = 5,
    }
}
