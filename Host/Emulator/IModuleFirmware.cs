// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace nanoWincs.Emulator
{
    /// <summary>
    /// The module's command processor, behind the SDIO slave. The slave hands it every host-to-module
    /// message as it arrived; it answers through <see cref="IModuleHost.PostToHost"/>.
    /// </summary>
    public interface IModuleFirmware
    {
        /// <summary>Connects the firmware to the slave that carries its messages.</summary>
        void Attach(IModuleHost host);

        /// <summary>One REQ message from the host (8-byte header + TLVs, padded to 4). Called on the SPI thread; must not block.</summary>
        void OnCommand(ReadOnlySpan<byte> message);

        /// <summary>The module was reset (RESETN pulse or RST): forget all state; post BOOT once booted.</summary>
        void OnReset();
    }

    /// <summary>What the SDIO slave offers the firmware.</summary>
    public interface IModuleHost
    {
        /// <summary>Queues one module-to-host message (STATUS, RSP or AEC); thread-safe; raises INTOUT.</summary>
        void PostToHost(ReadOnlySpan<byte> message);
    }
}
