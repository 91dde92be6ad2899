// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections;
using Drivers.Wincs02.Messaging;

namespace Drivers.Wincs02.Tests.Messaging
{
    /// <summary>Keeps a copy of everything a message device delivers.</summary>
    public sealed class RecordingHandler : IMessageHandler
    {
        private readonly ArrayList _messages = new ArrayList();
        private readonly ArrayList _sent = new ArrayList();
        private readonly ArrayList _errors = new ArrayList();

        /// <summary>Gets the delivered messages (byte[] copies).</summary>
        public ArrayList Messages => _messages;

        /// <summary>Gets the bursts reported sent.</summary>
        public ArrayList Sent => _sent;

        /// <summary>Gets the reported errors (as int).</summary>
        public ArrayList Errors => _errors;

        /// <summary>Gets the length of the buffer the last message arrived in.</summary>
        public int LastBufferLength { get; private set; }

        /// <summary>Message bytes at an index.</summary>
        /// <param name="index">Message index.</param>
        /// <returns>The copy.</returns>
        public byte[] Message(int index)
        {
            return (byte[])_messages[index];
        }

        /// <summary>Error at an index.</summary>
        /// <param name="index">Error index.</param>
        /// <returns>The error.</returns>
        public MessageDeviceError Error(int index)
        {
            return (MessageDeviceError)(int)_errors[index];
        }

        /// <inheritdoc/>
        public void OnMessage(byte[] buffer, int offset, int length)
        {
            byte[] copy = new byte[length];
            Array.Copy(buffer, offset, copy, 0, length);
            _messages.Add(copy);
            LastBufferLength = buffer.Length;
        }

        /// <inheritdoc/>
        public void OnBurstSent(CommandBurst burst)
        {
            _sent.Add(burst);
        }

        /// <inheritdoc/>
        public void OnBusError(MessageDeviceError error)
        {
            _errors.Add((int)error);
        }
    }
}
