// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Which regulatory domains <see cref="WincWifi.WifiRegDomainGet"/> reports (<c>WDRV_WINC_REGDOMAIN_SELECT</c>).</summary>
    public enum RegDomainSelect
    {
        /// <summary>Only the active domain.</summary>
        Current = 0,

        /// <summary>Every domain the module offers (WIFIC REGDOMAIN_AVAILABLE).</summary>
        All = 1,
    }
}
