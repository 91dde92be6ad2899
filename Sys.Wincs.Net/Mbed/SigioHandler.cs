// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net.Mbed
{
    /// <summary>
    /// Called when a socket's state changes (<c>sigio</c>): data to receive, room to send, a
    /// connection to accept, an error. It may be called spuriously. It runs inside
    /// <c>WincDriver.Tasks</c>: calls made from it do not wait (they act as non-blocking).
    /// </summary>
    public delegate void SigioHandler();
}
