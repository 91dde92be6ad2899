// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Emulator
{
    /// <summary>What crossed the emulated module's SPI interface (a snapshot).</summary>
    public sealed class EmulatorCounters
    {
        /// <summary>Gets the bytes clocked (MOSI and MISO move together).</summary>
        public long BytesClocked { get; internal set; }

        /// <summary>Gets the chip-select frames.</summary>
        public long ChipSelectFrames { get; internal set; }

        /// <summary>Gets the SDIO commands decoded (every CMDx).</summary>
        public long SdioCommands { get; internal set; }

        /// <summary>Gets the CMD0 commands.</summary>
        public long Cmd0 { get; internal set; }

        /// <summary>Gets the CMD5 commands.</summary>
        public long Cmd5 { get; internal set; }

        /// <summary>Gets the CMD52 commands.</summary>
        public long Cmd52 { get; internal set; }

        /// <summary>Gets the CMD53 commands.</summary>
        public long Cmd53 { get; internal set; }

        /// <summary>Gets the CMD53 writes to the FN1 data FIFO.</summary>
        public long Fn1DataWrites { get; internal set; }

        /// <summary>Gets the CMD53 reads of the FN1 data FIFO.</summary>
        public long Fn1DataReads { get; internal set; }

        /// <summary>Gets the blocks written with a rejected data-response token.</summary>
        public long RejectedBlocks { get; internal set; }

        /// <summary>Gets the host mailboxes (SD_HOST_GP) received.</summary>
        public long HostMailboxes { get; internal set; }

        /// <summary>Gets the TX_REQ grants posted.</summary>
        public long TxGrants { get; internal set; }

        /// <summary>Gets the RX_REQ events posted.</summary>
        public long RxEvents { get; internal set; }

        /// <summary>Gets the host-to-module (command) messages handed to the firmware.</summary>
        public long CommandMessages { get; internal set; }

        /// <summary>Gets the bytes of those command messages (padding included).</summary>
        public long CommandBytes { get; internal set; }

        /// <summary>Gets the module-to-host messages the host has read.</summary>
        public long MessagesToHost { get; internal set; }

        /// <summary>Gets the bytes of those messages (padding included).</summary>
        public long MessageBytesToHost { get; internal set; }

        /// <summary>Gets the module-to-host messages lost because the module was reset before the host read them.</summary>
        public long MessagesLostByReset { get; internal set; }

        /// <summary>Gets the RESETN pulses (assertions).</summary>
        public long ResetPulses { get; internal set; }

        /// <summary>Gets the resets injected in the middle of a transfer.</summary>
        public long InjectedResets { get; internal set; }

        /// <summary>Gets the violations of the protocol the slave detected.</summary>
        public long ProtocolErrors { get; internal set; }

        /// <summary>Gets the last protocol violation, or null.</summary>
        public string LastProtocolError { get; internal set; }

        internal EmulatorCounters Clone()
        {
            return (EmulatorCounters)MemberwiseClone();
        }
    }
}
