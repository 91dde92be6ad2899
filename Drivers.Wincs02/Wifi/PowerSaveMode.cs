// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Power save mode (<c>WDRV_WINC_POWERSAVE_MODE</c>, WIFIC POWERSAVE id 20).</summary>
    public enum PowerSaveMode
    {
        /// <summary>Always on.</summary>
        Run = 0,

        /// <summary>Wireless sleep mode: the radio sleeps between beacons.</summary>
        Wsm = 1,
    }
}
