// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net.Mbed
{
    /// <summary>IP version of a <see cref="SocketAddress"/> (<c>nsapi_version_t</c>).</summary>
    public enum NsapiVersion
    {
        /// <summary>No address (<c>NSAPI_UNSPEC</c>).</summary>
        Unspec = 0,

        /// <summary>IPv4 (<c>NSAPI_IPv4</c>).</summary>
        Ipv4 = 1,

        /// <summary>IPv6 (<c>NSAPI_IPv6</c>).</summary>
        Ipv6 = 2,
    }
}
