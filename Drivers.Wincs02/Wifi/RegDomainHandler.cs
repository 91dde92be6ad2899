// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>
    /// Receives regulatory domains (<c>WDRV_WINC_REGDOMAIN_CALLBACK</c>): once per domain reported, or once
    /// with a failure. After a successful set the active domain comes as index 1 of 1, current (the
    /// SYS layer's REG_DOMAIN_SET_ACK condition). Called from <see cref="WincDriver.Tasks"/>.
    /// </summary>
    /// <param name="wifi">The Wi-Fi service.</param>
    /// <param name="result">Ok, or how the request failed (index and total are then 0 and info null).</param>
    /// <param name="index">1-based position.</param>
    /// <param name="ofTotal">Number of domains reported.</param>
    /// <param name="isCurrent">True for the active domain.</param>
    /// <param name="info">The domain (reused by the driver).</param>
    public delegate void RegDomainHandler(WincWifi wifi, RequestResult result, int index, int ofTotal, bool isCurrent, RegDomainInfo info);
}
