// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>
    /// How a request ended.
    /// </summary>
    public enum RequestResult
    {
        /// <summary>Not finished yet.</summary>
        Pending = 0,

        /// <summary>Every command got a STATUS and all were OK.</summary>
        Ok = 1,

        /// <summary>Every command got a STATUS and at least one was not OK (<see cref="WincRequest.ErrorCount"/>).</summary>
        CommandError = 2,

        /// <summary>The module did not answer within the request timeout; late answers are ignored.</summary>
        Timeout = 3,

        /// <summary>The transport failed; the request was dropped.</summary>
        BusError = 4,

        /// <summary>The module or the driver was reset while the request was outstanding.</summary>
        ModuleReset = 5,
    }
}
