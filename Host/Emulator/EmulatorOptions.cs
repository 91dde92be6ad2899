// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace nanoWincs.Emulator
{
    /// <summary>Timing and behaviour knobs of the emulated module's SDIO-over-SPI interface.</summary>
    public sealed class EmulatorOptions
    {
        /// <summary>Gets or sets how long MISO stays low after RESETN is released (the real module takes about 3.5 s).</summary>
        public TimeSpan BootTime { get; set; } = TimeSpan.FromMilliseconds(30);

        /// <summary>Gets or sets how many CMD5 polls with an OCR are answered "not ready" before the module reports ready.</summary>
        public int OpWaitingPolls { get; set; }

        /// <summary>Gets or sets the 0xFF bytes between a CMD53 read's R5 and the first start token (at least 1 for a Harmony host).</summary>
        public int ReadLatencyBytes { get; set; } = 1;

        /// <summary>Gets or sets the 0x00 (busy) bytes after a read block's CRC, before the next block's gap.</summary>
        public int InterBlockBusyBytes { get; set; }

        /// <summary>Gets or sets the 0xFF bytes after a read block's CRC (or busy bytes) before the next start token.</summary>
        public int InterBlockGapBytes { get; set; } = 1;

        /// <summary>Gets or sets the 0x00 (busy) bytes after each data-response token (the host sees busy from 2).</summary>
        public int WriteBusyBytes { get; set; }

        /// <summary>Gets or sets how many INT_ID_CLR reads still show DATA_RDY clear after data has been staged.</summary>
        public int DataReadyDelayPolls { get; set; }

        /// <summary>Gets or sets the most commands one TX_REQ grant covers (0: the whole announced burst).</summary>
        public int MaxGrantMessages { get; set; }

        /// <summary>Gets or sets the most queued messages grouped into one RX_REQ list.</summary>
        public int MaxMessagesPerRxList { get; set; } = 16;

        internal void Validate()
        {
            if (BootTime < TimeSpan.Zero || OpWaitingPolls < 0 || ReadLatencyBytes < 0 || InterBlockBusyBytes < 0
                || InterBlockGapBytes < 0 || WriteBusyBytes < 0 || DataReadyDelayPolls < 0 || MaxGrantMessages < 0
                || MaxMessagesPerRxList < 1 || MaxMessagesPerRxList > 255)
            {
                throw new ArgumentOutOfRangeException(nameof(EmulatorOptions));
            }
        }
    }
}
