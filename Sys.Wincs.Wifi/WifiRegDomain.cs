// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// Data of <see cref="WifiEvent.RegDomainInfo"/>: one regulatory domain answering GetRegDomain. The
    /// service reuses one instance: copy what you need during the callback.
    /// </summary>
    public sealed class WifiRegDomain
    {
        /// <summary>Gets the domain name ("GEN", "USA", "EMEA"...).</summary>
        public string Name { get; internal set; }

        /// <summary>Gets the 1-based position of this domain in the answer.</summary>
        public int Index { get; internal set; }

        /// <summary>Gets the number of domains in the answer.</summary>
        public int Count { get; internal set; }

        /// <summary>Gets a value indicating whether this domain is the active one.</summary>
        public bool IsCurrent { get; internal set; }

        /// <summary>Gets the 2.4 GHz channels the domain allows (bit 0 = channel 1), known for the active domain only (else 0).</summary>
        public int ChannelMask24 { get; internal set; }
    }
}
