// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Net
{
    /// <summary>One outstanding DNS resolution of WincNet.</summary>
    internal sealed class DnsResolveSlot
    {
        /// <summary>Gets or sets the state: 0 free, 1 waiting for the first answer, 2 answered (more addresses may follow).</summary>
        internal int State { get; set; }

        internal string Name { get; set; }

        internal DnsRecordType Type { get; set; }

        internal DnsResolveHandler Callback { get; set; }

        internal WincRequest Request { get; set; }

        internal long Deadline { get; set; }

        internal void Free()
        {
            State = 0;
            Name = null;
            Callback = null;
            Request = null;
        }
    }
}
