// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Transport;

namespace Drivers.Wincs02.Messaging
{
    /// <summary>
    /// The message transport of the WINCS02 (<c>winc_dev</c>): brings the SDIO link up, moves command
    /// bursts to the module through the mailbox and delivers module messages to an <see cref="IMessageHandler"/>.
    /// MessageDevice implements it over an IWincsBus; tests may script it.
    /// </summary>
    public interface IMessageDevice
    {
        /// <summary>Sets who receives messages, sent-burst notices and bus errors.</summary>
        /// <param name="handler">The handler.</param>
        void SetHandler(IMessageHandler handler);

        /// <summary>Runs one step of the SDIO bring-up state machine.</summary>
        /// <returns><see cref="SdioStatus.Ok"/> when running; positive to call again later; negative on failure.</returns>
        SdioStatus InitializeStep();

        /// <summary>Starts the bring-up again from the beginning (after a reset or a bus error) and drops queued bursts without notice.</summary>
        void Restart();

        /// <summary>Gets a value indicating whether the link is up and no bus error has occurred since.</summary>
        bool IsRunning { get; }

        /// <summary>Gets the number of bursts queued or in transmission.</summary>
        int QueuedBursts { get; }

        /// <summary>Queues a burst; sequence numbers are assigned when it is transmitted.</summary>
        /// <param name="burst">A burst with at least one command.</param>
        /// <returns>False when the queue is full or the link is down (nothing is queued).</returns>
        bool Enqueue(CommandBurst burst);

        /// <summary>Does the pending bus work: interrupts, grants, transmissions and receptions. Never blocks without a bound.</summary>
        void Poll();
    }
}
