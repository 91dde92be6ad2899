// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>A regulatory domain (<c>WDRV_WINC_REGDOMAIN_INFO</c>).</summary>
    public sealed class RegDomainInfo
    {
        /// <summary>Longest domain name in bytes.</summary>
        public const int NameMaxLength = 6;

        /// <summary>Gets the domain name ("GEN", "USA", "EMEA"...).</summary>
        public string Name { get; internal set; }

        /// <summary>Gets the 2.4 GHz channels it allows (bit 0 = channel 1), or 0 when not reported (only the active domain's mask is known).</summary>
        public int ChannelMask24 { get; internal set; }
    }
}
