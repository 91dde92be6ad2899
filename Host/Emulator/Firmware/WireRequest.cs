// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// A decoded host-to-module REQ: 8-byte big-endian header (type 0, command id, sequence,
    /// parameter count, parameter length) followed by the TLV parameters.
    /// </summary>
    public sealed class WireRequest
    {
        /// <summary>Size of the REQ header.</summary>
        public const int HeaderSize = 8;

        private WireRequest(ushort commandId, ushort sequence, IReadOnlyList<WireElement> elements, ushort error, string errorText)
        {
            CommandId = commandId;
            Sequence = sequence;
            Elements = elements;
            Error = error;
            ErrorText = errorText;
        }

        /// <summary>Command id (module &lt;&lt; 8 | index).</summary>
        public ushort CommandId { get; }

        /// <summary>Sequence number the answer must carry.</summary>
        public ushort Sequence { get; }

        /// <summary>The parameters in order.</summary>
        public IReadOnlyList<WireElement> Elements { get; }

        /// <summary>Status to answer with when the framing was bad (<see cref="StatusCode.Ok"/> when it was fine).</summary>
        public ushort Error { get; }

        /// <summary>Why the framing was rejected, for diagnostics.</summary>
        public string ErrorText { get; }

        /// <summary>
        /// Decodes one REQ message. The message may carry up to three zero bytes of padding after the
        /// declared parameter length (the host pads every message to a 32-bit word).
        /// </summary>
        /// <param name="message">The message as the transport delivered it.</param>
        /// <returns>
        /// The request; <see cref="Error"/> is non-zero when the framing is bad but the id and sequence
        /// could still be read. Null when the message is too short to identify.
        /// </returns>
        public static WireRequest Parse(ReadOnlySpan<byte> message)
        {
            if (message.Length < 5)
            {
                return null;
            }

            ushort id = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(1, 2));
            ushort seq = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(3, 2));
            var none = Array.Empty<WireElement>();
            if (message.Length < HeaderSize)
            {
                return new WireRequest(id, seq, none, StatusCode.InvalidCmd, "header shorter than 8 bytes");
            }

            if (message[0] != (byte)MessageType.Request)
            {
                return new WireRequest(id, seq, none, StatusCode.InvalidCmd, "message type " + message[0] + " is not REQ");
            }

            int count = message[5];
            int length = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(6, 2));
            if (HeaderSize + length > message.Length)
            {
                return new WireRequest(id, seq, none, StatusCode.InvalidCmd, "declared length " + length + " exceeds the " + (message.Length - HeaderSize) + " bytes received");
            }

            int trailing = message.Length - HeaderSize - length;
            if (trailing > 3)
            {
                return new WireRequest(id, seq, none, StatusCode.InvalidCmd, trailing + " bytes after the declared length");
            }

            var elements = new List<WireElement>(count);
            ReadOnlySpan<byte> body = message.Slice(HeaderSize, length);
            int at = 0;
            for (int i = 0; i < count; i++)
            {
                if (at + 4 > body.Length)
                {
                    return new WireRequest(id, seq, none, StatusCode.InvalidCmd, "parameter " + i + " header runs past the message");
                }

                var type = (ElementType)body[at];
                int pad = body[at + 1] & 3;
                int dataLength = BinaryPrimitives.ReadUInt16BigEndian(body.Slice(at + 2, 2));
                if (at + 4 + dataLength + pad > body.Length)
                {
                    return new WireRequest(id, seq, none, StatusCode.InvalidCmd, "parameter " + i + " data runs past the message");
                }

                elements.Add(new WireElement(type, body.Slice(at + 4, dataLength).ToArray()));
                at += 4 + dataLength + pad;
            }

            if (at != body.Length)
            {
                return new WireRequest(id, seq, none, StatusCode.InvalidCmd, (body.Length - at) + " bytes after the last parameter");
            }

            return new WireRequest(id, seq, elements, StatusCode.Ok, null);
        }
    }
}
