// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Sockets;

namespace Sys.Wincs.Net
{
    /// <summary>A host name lookup asked for outside a socket (the Mbed interface's GetHostByName); one at a time.</summary>
    internal sealed class NetDnsQuery
    {
        internal NetDnsQuery()
        {
            Address = new SocketAddress();
        }

        internal string Host { get; set; }

        internal int Family { get; set; }

        internal bool Pending { get; set; }

        internal bool Succeeded { get; set; }

        internal SocketAddress Address { get; private set; }
    }
}
