// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// A decoded module-to-host message (WINC_COMMAND_RESPONSE): STATUS (type, id, sequence, status) or
    /// RSP/AEC (type, id, sequence, response/AEC id, length, element count, TLVs), all big-endian, padded
    /// to a word. The inverse of <see cref="WireMessageBuilder"/>, for the bus trace and for tests.
    /// </summary>
    public sealed class WireResponse
    {
        private WireResponse(MessageType type, ushort id, ushort sequence, ushort responseId, ushort status, IReadOnlyList<WireElement> elements, string error)
        {
            Type = type;
            Id = id;
            Sequence = sequence;
            ResponseId = responseId;
            Status = status;
            Elements = elements;
            Error = error;
        }

        /// <summary>Gets the message type (STATUS, RSP or AEC; anything else is reported in <see cref="Error"/>).</summary>
        public MessageType Type { get; }

        /// <summary>Gets the id field: the command id of a STATUS or RSP.</summary>
        public ushort Id { get; }

        /// <summary>Gets the sequence number (meaningless in an AEC).</summary>
        public ushort Sequence { get; }

        /// <summary>Gets the response id of a RSP (normally the command id) or the AEC id of an AEC.</summary>
        public ushort ResponseId { get; }

        /// <summary>Gets the status of a STATUS message.</summary>
        public ushort Status { get; }

        /// <summary>Gets the elements of a RSP or AEC, in order (empty when <see cref="Error"/> is set).</summary>
        public IReadOnlyList<WireElement> Elements { get; }

        /// <summary>Gets why the message could not be decoded, or null.</summary>
        public string Error { get; }

        /// <summary>Decodes one module-to-host message; zero padding after the last element is ignored.</summary>
        /// <param name="message">The message.</param>
        /// <returns>The message; <see cref="Error"/> says what was wrong with a malformed one.</returns>
        public static WireResponse Parse(ReadOnlySpan<byte> message)
        {
            var none = Array.Empty<WireElement>();
            if (message.Length < 7)
            {
                return new WireResponse(MessageType.Request, 0, 0, 0, 0, none, "only " + message.Length + " bytes");
            }

            var type = (MessageType)message[0];
            ushort id = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(1, 2));
            ushort sequence = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(3, 2));
            ushort second = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(5, 2));
            if (type == MessageType.Status)
            {
                return new WireResponse(type, id, sequence, 0, second, none, null);
            }

            if (type != MessageType.Response && type != MessageType.Aec)
            {
                return new WireResponse(type, id, sequence, second, 0, none, "message type " + message[0]);
            }

            if (message.Length < WireMessageBuilder.ResponseHeaderSize + 1)
            {
                return new WireResponse(type, id, sequence, second, 0, none, "header shorter than 10 bytes");
            }

            int count = message[WireMessageBuilder.ResponseHeaderSize];
            var elements = new List<WireElement>(count);
            int at = WireMessageBuilder.ResponseHeaderSize + 1;
            for (int i = 0; i < count; i++)
            {
                if (at + 4 > message.Length)
                {
                    return new WireResponse(type, id, sequence, second, 0, none, "element " + i + " header runs past the message");
                }

                int pad = message[at + 1] & 3;
                int length = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(at + 2, 2));
                if (at + 4 + length > message.Length)
                {
                    return new WireResponse(type, id, sequence, second, 0, none, "element " + i + " data runs past the message");
                }

                elements.Add(new WireElement((ElementType)message[at], message.Slice(at + 4, length).ToArray()));
                at += 4 + length + pad;
            }

            return new WireResponse(type, id, sequence, second, 0, elements, null);
        }
    }
}
