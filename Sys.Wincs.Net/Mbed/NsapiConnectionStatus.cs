// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net.Mbed
{
    /// <summary>State of a network interface (<c>nsapi_connection_status_t</c>).</summary>
    public enum NsapiConnectionStatus
    {
        /// <summary>Connected with a link-local (or static) address only (<c>NSAPI_STATUS_LOCAL_UP</c>).</summary>
        LocalUp = 0,

        /// <summary>Connected with a routable address (<c>NSAPI_STATUS_GLOBAL_UP</c>).</summary>
        GlobalUp = 1,

        /// <summary>Not connected (<c>NSAPI_STATUS_DISCONNECTED</c>).</summary>
        Disconnected = 2,

        /// <summary>Connecting (<c>NSAPI_STATUS_CONNECTING</c>).</summary>
        Connecting = 3,

        /// <summary>The interface cannot tell (<c>NSAPI_STATUS_ERROR_UNSUPPORTED</c>).</summary>
        ErrorUnsupported = 4,
    }
}
