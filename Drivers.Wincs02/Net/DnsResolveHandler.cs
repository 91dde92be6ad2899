// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Net
{
    /// <summary>Receives DNS answers (<c>WDRV_WINC_DNS_RESOLVE_CALLBACK</c>): one call per address, or one failure; called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="net">The network service.</param>
    /// <param name="result">The answer (reused by the driver).</param>
    public delegate void DnsResolveHandler(WincNet net, DnsResult result);
}
