// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;

namespace Sys.Wincs.Net
{
    /// <summary>Interface configuration for <see cref="NetSockService.IfConfig"/> (Harmony declares the request but does not implement it).</summary>
    public sealed class NetIfConfig
    {
        /// <summary>Gets or sets the interface index (0 = the station's).</summary>
        public int Interface { get; set; }

        /// <summary>Gets or sets a value indicating whether the DHCP client supplies the address (the other fields are then ignored).</summary>
        public bool DhcpEnable { get; set; }

        /// <summary>Gets or sets the static address, an IPv4 literal.</summary>
        public string IpAddress { get; set; }

        /// <summary>Gets or sets the prefix length of the static address (1..32, 24 = 255.255.255.0).</summary>
        public int PrefixLength { get; set; }

        /// <summary>Gets or sets the default gateway, an IPv4 literal, or null to leave it.</summary>
        public string Gateway { get; set; }

        /// <summary>Gets or sets the DNS server, an IPv4 literal, or null to leave the servers (a static server also turns DNS_AUTO off).</summary>
        public string DnsServer { get; set; }

        /// <summary>
        /// Gets or sets the outcome, written by the service: Busy while the module has not answered every
        /// setting, then Pass, or Fail when one was refused (output).
        /// </summary>
        public WincsResult Status { get; set; }
    }
}
