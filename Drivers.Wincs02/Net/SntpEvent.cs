// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Net
{
    /// <summary>SNTP client events.</summary>
    public enum SntpEvent
    {
        /// <summary>The module reported its time without being asked (an SNTP update: TIME AEC).</summary>
        TimeUpdated = 0,

        /// <summary>The SNTP update failed (SNTPERR; the status is its code, e.g. SNTP_SERVER_TMO).</summary>
        Error = 1,
    }
}
