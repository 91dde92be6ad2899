// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Messaging
{
    /// <summary>Receives what the message transport delivers; every call comes from inside MessageDevice.Poll.</summary>
    public interface IMessageHandler
    {
        /// <summary>One complete module-to-host message (STATUS, RSP or AEC); the bytes are valid only during the call.</summary>
        /// <param name="buffer">Receive buffer.</param>
        /// <param name="offset">First byte of the message (its type byte).</param>
        /// <param name="length">Message length as announced (a multiple of 4).</param>
        void OnMessage(byte[] buffer, int offset, int length);

        /// <summary>Every command of <paramref name="burst"/> has been written to the module.</summary>
        /// <param name="burst">The burst.</param>
        void OnBurstSent(CommandBurst burst);

        /// <summary>
        /// A transport failure; every queued burst has been dropped and must be failed by the driver, and the link
        /// is down until <see cref="IMessageDevice.InitializeStep"/> brings it up again. The one exception is
        /// <see cref="MessageDeviceError.OversizedMessage"/>: only that module message was lost, the link stays up
        /// and the queue is kept.
        /// </summary>
        /// <param name="error">What failed.</param>
        void OnBusError(MessageDeviceError error);
    }
}
