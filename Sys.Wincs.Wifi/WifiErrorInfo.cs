// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// Data of <see cref="WifiEvent.Error"/>: which request failed after it was accepted, and how. The
    /// service reuses one instance: copy what you need during the callback.
    /// </summary>
    public sealed class WifiErrorInfo
    {
        /// <summary>Gets the request that failed (e.g. SetRegDomain, Ping, ActiveScan, GetTime, ApEnable).</summary>
        public WifiService Service { get; internal set; }

        /// <summary>Gets how the driver request ended: CommandError (see <see cref="Status"/>), Timeout, BusError or ModuleReset.</summary>
        public RequestResult Result { get; internal set; }

        /// <summary>Gets the module's status, e.g. PING_FAILED, WAP_START_FAILED, SNTP_SERVER_TMO, or OK when there is none.</summary>
        public WincStatus Status { get; internal set; }
    }
}
