// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>State of the station connection (<c>WDRV_WINC_CONN_STATE</c>).</summary>
    public enum ConnectionState
    {
        /// <summary>Not connected (after WSTALD, a disconnect, or a lost module).</summary>
        Disconnected = 0,

        /// <summary>The module accepted WSTA(1) and is associating.</summary>
        Connecting = 1,

        /// <summary>Associated (WSTALU).</summary>
        Connected = 2,

        /// <summary>The attempt failed (WSTAERR, WSTALD before the link came up, a refused command, or no answer in time).</summary>
        Failed = 3,

        /// <summary>The station moved to another AP of the same network (WSTAROAM); still connected.</summary>
        Roamed = 4,
    }
}
