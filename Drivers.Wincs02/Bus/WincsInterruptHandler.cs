// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Bus
{
    /// <summary>Called when the WINCS02 pulls INTOUT low.</summary>
    public delegate void WincsInterruptHandler();
}
