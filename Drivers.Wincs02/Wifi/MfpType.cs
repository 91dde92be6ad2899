// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Management frame protection (WSTAC/WAPC MFP_TYPE, id 50).</summary>
    public enum MfpType
    {
        /// <summary>Not used.</summary>
        Disabled = 0,

        /// <summary>Used when the peer supports it.</summary>
        Enabled = 1,

        /// <summary>Required (WPA3-only networks).</summary>
        Required = 2,
    }
}
