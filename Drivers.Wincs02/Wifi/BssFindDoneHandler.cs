// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Receives the end of a scan (WSCNDONE, or its failure); called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="wifi">The Wi-Fi service.</param>
    /// <param name="result">Ok; CommandError when the module refused the scan; Timeout when WSCNDONE never came; BusError or ModuleReset when the module was lost.</param>
    /// <param name="resultCount">Networks the module reported (WSCNDONE count; 0 on failure).</param>
    public delegate void BssFindDoneHandler(WincWifi wifi, RequestResult result, int resultCount);
}
