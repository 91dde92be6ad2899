// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>What a <see cref="SoftApEventHandler"/> is told.</summary>
    public enum SoftApEvent
    {
        /// <summary>WAP(1) succeeded: the soft AP is up.</summary>
        Started = 0,

        /// <summary>The soft AP could not be started (the status tells why).</summary>
        StartFailed = 1,

        /// <summary>The soft AP is down (APStop, or the module was lost).</summary>
        Stopped = 2,

        /// <summary>WAP(0) was refused; the AP is still up.</summary>
        StopFailed = 3,

        /// <summary>A station joined (WAPSC).</summary>
        StationConnected = 4,

        /// <summary>A station left (WAPSD, or the AP stopped).</summary>
        StationDisconnected = 5,

        /// <summary>The module reported a soft AP error (WAPERR; the status is its code).</summary>
        Error = 6,
    }
}
