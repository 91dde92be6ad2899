// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss
{
    /// <summary>Application callback (<c>SYS_WSS_CALLBACK</c>); data is valid only during the call.</summary>
    /// <param name="wssEvent">What happened.</param>
    /// <param name="data">Event data (see <see cref="WssEvent"/>), or null.</param>
    /// <param name="clientIndex">Client slot, 0 to MaxClients - 1, or -1 for service events.</param>
    /// <param name="cookie">The cookie given at initialisation or registration.</param>
    public delegate void WssCallback(WssEvent wssEvent, object data, int clientIndex, object cookie);
}
