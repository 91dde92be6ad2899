// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Net
{
    /// <summary>Receives the answer of a ping (<c>WDRV_WINC_ICMP_ECHO_RSP_EVENT_HANDLER</c>); called from <see cref="WincDriver.Tasks"/>.</summary>
    /// <param name="net">The network service.</param>
    /// <param name="result">Ok for a reply; CommandError for PINGERR or a refused request (see <paramref name="error"/>); Timeout; BusError or ModuleReset.</param>
    /// <param name="error">The module's error (e.g. PING_FAILED), or OK.</param>
    /// <param name="address">The address that replied (valid during the call), or null.</param>
    /// <param name="addressLength">4, 16, or 0.</param>
    /// <param name="roundTripMs">Round-trip time in milliseconds, or 0.</param>
    public delegate void IcmpEchoHandler(WincNet net, RequestResult result, WincStatus error, byte[] address, int addressLength, int roundTripMs);
}
