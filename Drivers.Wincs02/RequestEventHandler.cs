// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02
{
    /// <summary>
    /// Receives the progress of a request (<c>WINC_DEV_CMDREQ_CALLBACK</c>); called from <see cref="WincDriver.Tasks"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="requestEvent">What happened.</param>
    /// <param name="commandIndex">Index of the command within the burst, or -1 for TxComplete and StatusComplete.</param>
    /// <param name="message">
    /// The RSP or STATUS message (valid only during the call), or null when the event was synthesized
    /// (TxComplete, StatusComplete, or a STATUS forced because a later command was answered first).
    /// </param>
    public delegate void RequestEventHandler(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message);
}
