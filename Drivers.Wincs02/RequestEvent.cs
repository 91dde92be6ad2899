// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>
    /// What a <see cref="RequestEventHandler"/> is told (<c>WINC_DEV_CMDREQ_EVENT_*</c>).
    /// </summary>
    public enum RequestEvent
    {
        /// <summary>Every command of the burst has been written to the module.</summary>
        TxComplete = 0,

        /// <summary>A response (RSP) arrived for one command; the message is the reader holding it.</summary>
        ResponseReceived = 1,

        /// <summary>The STATUS of one command arrived (or was forced); its value is <see cref="WincRequest.GetStatus"/>.</summary>
        CommandStatus = 2,

        /// <summary>The request is finished (see <see cref="WincRequest.Result"/>); it returns to the pool after the handler returns.</summary>
        StatusComplete = 3,
    }
}
