// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Tests.Shared
{
    /// <summary>
    /// Builds module-to-host messages (what the WINCS02 sends) for tests, independently of the driver's
    /// encoder: STATUS (7 bytes padded to 8) and RSP/AEC (10-byte header, TLVs, padding to 4 bytes).
    /// MessageBuilderTests pins its output to hand-written golden vectors.
    /// </summary>
    public sealed class MessageBuilder
    {
        private readonly byte[] _buffer = new byte[2048];
        private int _length;
        private int _count;

        /// <summary>A STATUS message: 01, id, seq, status, one zero pad byte.</summary>
        /// <param name="commandId">Command id answered.</param>
        /// <param name="sequence">Sequence number answered.</param>
        /// <param name="status">Status.</param>
        /// <returns>8 bytes.</returns>
        public static byte[] Status(ushort commandId, ushort sequence, ushort status)
        {
            return new byte[]
            {
                1, (byte)(commandId >> 8), (byte)commandId, (byte)(sequence >> 8), (byte)sequence,
                (byte)(status >> 8), (byte)status, 0,
            };
        }

        /// <summary>Starts an RSP for a command.</summary>
        /// <param name="commandId">Command id (also the response id).</param>
        /// <param name="sequence">Sequence number answered.</param>
        /// <returns>This builder.</returns>
        public static MessageBuilder Response(ushort commandId, ushort sequence)
        {
            return new MessageBuilder().Start(2, commandId, sequence, commandId);
        }

        /// <summary>Starts an AEC (id and sequence bytes zero).</summary>
        /// <param name="aecId">AEC id.</param>
        /// <returns>This builder.</returns>
        public static MessageBuilder Aec(ushort aecId)
        {
            return new MessageBuilder().Start(3, 0, 0, aecId);
        }

        /// <summary>Appends a signed INTEGER of a width.</summary>
        /// <param name="value">Value.</param>
        /// <param name="width">1 to 4.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder Int(int value, int width)
        {
            return Number(2, (uint)value, width);
        }

        /// <summary>Appends an INTEGER_UNSIGNED of a width.</summary>
        /// <param name="value">Value.</param>
        /// <param name="width">1 to 4.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder UInt(uint value, int width)
        {
            return Number(3, value, width);
        }

        /// <summary>Appends an INTEGER_FRAC X.Y.</summary>
        /// <param name="integer">X.</param>
        /// <param name="fraction">Y.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder Frac(int integer, int fraction)
        {
            return Number(4, ((uint)integer << 16) | (uint)fraction, 4);
        }

        /// <summary>Appends a STATUS element.</summary>
        /// <param name="status">Value.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder StatusElement(ushort status)
        {
            return Number(1, status, 2);
        }

        /// <summary>Appends a UTC_TIME element.</summary>
        /// <param name="seconds">Value.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder Utc(uint seconds)
        {
            return Number(12, seconds, 4);
        }

        /// <summary>Appends a one-byte BOOL.</summary>
        /// <param name="value">Value.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder Bool(bool value)
        {
            return Number(10, value ? 1u : 0u, 1);
        }

        /// <summary>Appends an ASCII STRING.</summary>
        /// <param name="text">ASCII text.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder Str(string text)
        {
            byte[] b = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                b[i] = (byte)text[i];
            }

            return Element(5, b);
        }

        /// <summary>Appends a BYTE_ARRAY.</summary>
        /// <param name="data">Bytes.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder Bytes(byte[] data)
        {
            return Element(6, data);
        }

        /// <summary>Appends a 4-byte IPV4ADDR.</summary>
        /// <param name="a">First octet.</param>
        /// <param name="b">Second octet.</param>
        /// <param name="c">Third octet.</param>
        /// <param name="d">Fourth octet.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder Ipv4(int a, int b, int c, int d)
        {
            return Element(8, new byte[] { (byte)a, (byte)b, (byte)c, (byte)d });
        }

        /// <summary>Appends an IPV6ADDR (16 or 17 bytes).</summary>
        /// <param name="address">Address bytes.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder Ipv6(byte[] address)
        {
            return Element(9, address);
        }

        /// <summary>Appends a MACADDR.</summary>
        /// <param name="mac">Six bytes.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder Mac(byte[] mac)
        {
            return Element(11, mac);
        }

        /// <summary>Appends an element of any type.</summary>
        /// <param name="type">Type byte.</param>
        /// <param name="data">Payload.</param>
        /// <returns>This builder.</returns>
        public MessageBuilder Element(int type, byte[] data)
        {
            int pad = (4 - (data.Length & 3)) & 3;
            _buffer[_length] = (byte)type;
            _buffer[_length + 1] = (byte)pad;
            _buffer[_length + 2] = (byte)(data.Length >> 8);
            _buffer[_length + 3] = (byte)data.Length;
            Array.Copy(data, 0, _buffer, _length + 4, data.Length);
            _length += 4 + data.Length + pad;
            _count++;
            return this;
        }

        /// <summary>Finishes the message: element count, payload length (count byte + TLVs), padding to 4 bytes.</summary>
        /// <returns>The message.</returns>
        public byte[] ToArray()
        {
            _buffer[9] = (byte)_count;
            int payload = _length - 9;
            _buffer[7] = (byte)(payload >> 8);
            _buffer[8] = (byte)payload;
            int total = (_length + 3) & ~3;
            byte[] result = new byte[total];
            Array.Copy(_buffer, 0, result, 0, _length);
            return result;
        }

        private MessageBuilder Start(int type, ushort id, ushort sequence, ushort responseId)
        {
            _buffer[0] = (byte)type;
            _buffer[1] = (byte)(id >> 8);
            _buffer[2] = (byte)id;
            _buffer[3] = (byte)(sequence >> 8);
            _buffer[4] = (byte)sequence;
            _buffer[5] = (byte)(responseId >> 8);
            _buffer[6] = (byte)responseId;
            _length = 10;
            _count = 0;
            return this;
        }

        private MessageBuilder Number(int type, uint value, int width)
        {
            byte[] b = new byte[width];
            for (int i = width - 1; i >= 0; i--)
            {
                b[i] = (byte)value;
                value >>= 8;
            }

            return Element(type, b);
        }
    }
}
