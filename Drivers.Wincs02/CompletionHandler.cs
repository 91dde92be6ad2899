// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02
{
    /// <summary>
    /// Tells how a configuration request ended (the Harmony set functions only log failures; here every
    /// one reaches the caller). Called from <see cref="WincDriver.Tasks"/>.
    /// </summary>
    /// <param name="source">The service that sent the request (WincWifi, WincNet, WincTls...).</param>
    /// <param name="result">Ok, CommandError (see <paramref name="status"/>), Timeout, BusError or ModuleReset.</param>
    /// <param name="status">The first status that was not OK, <see cref="WincStatus.Timeout"/> for a command never answered, or OK.</param>
    public delegate void CompletionHandler(object source, RequestResult result, WincStatus status);
}
