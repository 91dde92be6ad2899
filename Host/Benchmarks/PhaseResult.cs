// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using nanoWincs.Emulator;

namespace nanoWincs.Benchmarks
{
    /// <summary>What one measured phase moved and cost: payload, bus traffic (emulator counters), allocations on the driving thread.</summary>
    public sealed class PhaseResult
    {
        public string Name { get; init; }

        /// <summary>Gets the application calls (send or recv returning data).</summary>
        public long Operations { get; init; }

        public long PayloadBytes { get; init; }

        public long BytesClocked { get; init; }

        public long ChipSelectFrames { get; init; }

        public long SdioCommands { get; init; }

        /// <summary>Gets the CMD52 (single register) commands: mailbox clock wake-ups, INT_ID_CLR reads and clears, DATA_RDY polls.</summary>
        public long Cmd52 { get; init; }

        /// <summary>Gets the TX_REQ grants the module posted.</summary>
        public long TxGrants { get; init; }

        public long HostMailboxes { get; init; }

        public long CommandMessages { get; init; }

        public long RxEvents { get; init; }

        public long MessagesToHost { get; init; }

        /// <summary>Gets the bytes the driving thread allocated outside the emulator's bus calls (driver, socket layer, benchmark loop).</summary>
        public long DriverAllocatedBytes { get; init; }

        /// <summary>Gets the bytes the emulator allocated inside bus calls on the driving thread (excluded from the figures).</summary>
        public long EmulatorAllocatedBytes { get; init; }

        /// <summary>Gets the writes the module refused (SOCKET_NOT_READY/SEQUENCE_ERROR) and the socket layer sent again.</summary>
        public long ResentWrites { get; init; }

        public TimeSpan Elapsed { get; init; }

        public double Efficiency => BytesClocked == 0 ? 0 : (double)PayloadBytes / BytesClocked;

        public double FramesPerOperation => Operations == 0 ? 0 : (double)ChipSelectFrames / Operations;

        public double AllocatedPerOperation => Operations == 0 ? 0 : (double)DriverAllocatedBytes / Operations;

        internal static PhaseResult From(string name, long operations, long payload, EmulatorCounters before, EmulatorCounters after, long driverBytes, long emulatorBytes, long resentWrites, TimeSpan elapsed)
        {
            return new PhaseResult
            {
                Name = name,
                Operations = operations,
                PayloadBytes = payload,
                BytesClocked = after.BytesClocked - before.BytesClocked,
                ChipSelectFrames = after.ChipSelectFrames - before.ChipSelectFrames,
                SdioCommands = after.SdioCommands - before.SdioCommands,
                Cmd52 = after.Cmd52 - before.Cmd52,
                TxGrants = after.TxGrants - before.TxGrants,
                HostMailboxes = after.HostMailboxes - before.HostMailboxes,
                CommandMessages = after.CommandMessages - before.CommandMessages,
                RxEvents = after.RxEvents - before.RxEvents,
                MessagesToHost = after.MessagesToHost - before.MessagesToHost,
                DriverAllocatedBytes = driverBytes,
                EmulatorAllocatedBytes = emulatorBytes,
                ResentWrites = resentWrites,
                Elapsed = elapsed,
            };
        }

        public override string ToString()
        {
            return Name + ": " + Operations + " ops, payload " + PayloadBytes + " B, clocked " + BytesClocked + " B, efficiency " + Efficiency.ToString("F4")
                + ", frames/op " + FramesPerOperation.ToString("F2") + ", mailboxes " + HostMailboxes + ", commands " + CommandMessages
                + " (" + (HostMailboxes == 0 ? 0 : (double)CommandMessages / HostMailboxes).ToString("F2") + "/mailbox), rx events " + RxEvents
                + ", module messages " + MessagesToHost + " (" + (RxEvents == 0 ? 0 : (double)MessagesToHost / RxEvents).ToString("F2")
                + "/event), CMD52 " + Cmd52 + ", resent writes " + ResentWrites + ", driver alloc " + DriverAllocatedBytes + " B, emulator alloc " + EmulatorAllocatedBytes + " B, "
                + Elapsed.TotalSeconds.ToString("F2") + " s";
        }
    }
}
