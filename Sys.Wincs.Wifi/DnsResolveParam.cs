// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// Full form of the <see cref="WifiService.DnsResolve"/> argument: the record type and the module's DNS
    /// timeout can be chosen (Harmony only resolved A records with a 100 ms timeout).
    /// </summary>
    public sealed class DnsResolveParam
    {
        /// <summary>Creates a request for an A record with the default timeout.</summary>
        public DnsResolveParam()
        {
            RecordType = DnsRecordType.A;
            TimeoutMs = WincsWifiService.DefaultDnsTimeoutMs;
        }

        /// <summary>Gets or sets the host name, 1 to 256 UTF-8 bytes.</summary>
        public string Name { get; set; }

        /// <summary>Gets or sets the record type: A (IPv4) or Aaaa (IPv6).</summary>
        public DnsRecordType RecordType { get; set; }

        /// <summary>Gets or sets how long the module waits for the DNS server, 1 to 65535 ms.</summary>
        public int TimeoutMs { get; set; }
    }
}
