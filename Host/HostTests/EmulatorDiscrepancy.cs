// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// Known differences between what the driver sends (the Microchip driver's wire format) and what the
    /// emulator firmware accepts. A test that hits one is reported Inconclusive with the reason instead
    /// of passing; it passes by itself once the emulator follows the module.
    /// </summary>
    internal static class EmulatorDiscrepancy
    {
        public static void IfRefused(WincStatus status, WincStatus knownRefusal, string reason)
        {
            if (status == knownRefusal)
            {
                Assert.Inconclusive("emulator firmware discrepancy: " + reason);
            }
        }
    }
}
