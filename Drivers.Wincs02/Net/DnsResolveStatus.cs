// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Net
{
    /// <summary>Outcome reported to a <see cref="DnsResolveHandler"/> (<c>WDRV_WINC_DNS_STATUS_TYPE</c>).</summary>
    public enum DnsResolveStatus
    {
        /// <summary>One address of the name (DNSRESOLV AEC); one call per address.</summary>
        Resolved = 0,

        /// <summary>The name could not be resolved (DNSERR, a refused request, or the module lost); see the error status.</summary>
        Error = 1,

        /// <summary>No answer in time (DNSERR DNS_TIMEOUT, or nothing at all).</summary>
        Timeout = 2,
    }
}
