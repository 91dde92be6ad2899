// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Tests.Shared
{
    /// <summary>Called after the scripted device transmitted a burst.</summary>
    /// <param name="index">Transmission index.</param>
    public delegate void TransmitHook(int index);
}
