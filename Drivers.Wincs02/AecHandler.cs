// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02
{
    /// <summary>
    /// Receives every asynchronous event (<c>WINC_DEV_AEC_RSP_CB</c>); called from <see cref="WincDriver.Tasks"/>.
    /// The reader and its buffer are valid only during the call.
    /// </summary>
    /// <param name="driver">The driver.</param>
    /// <param name="aec">The parsed AEC.</param>
    public delegate void AecHandler(WincDriver driver, MessageReader aec);
}
