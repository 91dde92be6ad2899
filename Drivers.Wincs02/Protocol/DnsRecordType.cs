// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// DNS record types for DNSRESOLV (<c>WINC_CONST_DNS_TYPE_*</c>).
    /// </summary>
    public enum DnsRecordType : byte
    {
        /// <summary>IPv4 address record.</summary>
        A = 1,

        /// <summary>Name server.</summary>
        Ns = 2,

        /// <summary>Canonical name.</summary>
        Cname = 5,

        /// <summary>Start of authority.</summary>
        Soa = 6,

        /// <summary>Pointer.</summary>
        Ptr = 12,

        /// <summary>Mail exchange.</summary>
        Mx = 15,

        /// <summary>Text.</summary>
        Txt = 16,

        /// <summary>IPv6 address record.</summary>
        Aaaa = 28,

        /// <summary>Service.</summary>
        Srv = 33,

        /// <summary>Delegation signer.</summary>
        Ds = 43,

        /// <summary>Signature.</summary>
        Rrsig = 46,

        /// <summary>Next secure.</summary>
        Nsec = 47,

        /// <summary>DNS key.</summary>
        Dnskey = 48,

        /// <summary>Any record.</summary>
        Any = 255,
    }
}
