// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the SOCKC configuration command (<c>WINC_CFG_PARAM_ID_SOCK_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum SockParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_SOCK_SO_LINGER</c>.</summary>
        SoLinger = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_SOCK_SO_NODELAY</c>.</summary>
        SoNodelay = 2,

        /// <summary><c>WINC_CFG_PARAM_ID_SOCK_SO_KEEPALIVE</c>.</summary>
        SoKeepalive = 3,

        /// <summary><c>WINC_CFG_PARAM_ID_SOCK_SO_RCVBUF</c>.</summary>
        SoRcvbuf = 4,

        /// <summary><c>WINC_CFG_PARAM_ID_SOCK_SO_SNDBUF</c>.</summary>
        SoSndbuf = 5,

        /// <summary><c>WINC_CFG_PARAM_ID_SOCK_IP_TOS</c>.</summary>
        IpTos = 32,

        /// <summary><c>WINC_CFG_PARAM_ID_SOCK_ASYNC_NEXT_SN</c>.</summary>
        AsyncNextSn = 100,

        /// <summary><c>WINC_CFG_PARAM_ID_SOCK_ASYNC_WIN_SZ</c>.</summary>
        AsyncWinSz = 101,

        /// <summary><c>WINC_CFG_PARAM_ID_SOCK_ASYNC_MAX_FRM_SZ</c>.</summary>
        AsyncMaxFrmSz = 102,
    }
}
