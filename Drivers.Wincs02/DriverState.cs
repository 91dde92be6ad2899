// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>
    /// Steps of the driver state machine run by WincDriver.Tasks.
    /// </summary>
    internal enum DriverState
    {
        /// <summary>Not started.</summary>
        Uninitialized = 0,

        /// <summary>RESETN held low for the reset pulse.</summary>
        ResetLow = 1,

        /// <summary>RESETN released; waiting before the bring-up.</summary>
        ResetHigh = 2,

        /// <summary>Calling InitializeStep every 100 ms.</summary>
        InitStep = 3,

        /// <summary>Waiting for the CFG/DI/NVMC answers.</summary>
        BootQuery = 4,

        /// <summary>Running.</summary>
        Ready = 5,

        /// <summary>Failed; only Reset or Initialize leave it.</summary>
        Error = 6,
    }
}
