// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Life cycle of the soft AP as WincWifi tracks it.</summary>
    internal enum ApState
    {
        /// <summary>Not running.</summary>
        Idle = 0,

        /// <summary>WAPC/WAP(1) burst outstanding.</summary>
        Starting = 1,

        /// <summary>Running.</summary>
        Active = 2,

        /// <summary>WAP(0) outstanding.</summary>
        Stopping = 3,
    }
}
