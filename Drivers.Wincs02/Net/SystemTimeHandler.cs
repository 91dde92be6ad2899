// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Net
{
    /// <summary>Receives the module time (<c>WDRV_WINC_SYSTIME_CURRENT_CALLBACK</c>); called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="net">The network service.</param>
    /// <param name="result">Ok, or how the query failed (the time is then 0).</param>
    /// <param name="utcSeconds">Seconds since 1970-01-01T00:00:00Z.</param>
    public delegate void SystemTimeHandler(WincNet net, RequestResult result, uint utcSeconds);
}
