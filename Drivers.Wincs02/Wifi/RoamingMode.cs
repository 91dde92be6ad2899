// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Station roaming (WSTAC ROAMING, id 9).</summary>
    public enum RoamingMode
    {
        /// <summary>No roaming: losing the AP drops the link.</summary>
        Off = 0,

        /// <summary>Wi-Fi (layer 2) roaming only.</summary>
        Layer2 = 1,

        /// <summary>Layer 3 roaming: the address is confirmed again after a roam (driver default).</summary>
        Layer3 = 2,
    }
}
