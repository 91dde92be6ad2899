// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>Data mode of RNWF AT sockets (<c>SYS_WINCS_NET_SOCKMODE_t</c>); unused by the WINCS02, which is always binary.</summary>
    public enum NetSockMode
    {
        /// <summary>ASCII (<c>SYS_WINCS_NET_SOCKMODE_ASCII</c>).</summary>
        Ascii = 1,

        /// <summary>Binary (<c>SYS_WINCS_NET_SOCKMODE_BINARY</c>).</summary>
        Binary = 2,
    }
}
