// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Encodes and decodes single WINCS02 TLV elements in place: type (1), flags (1, low two bits =
    /// pad count), big-endian length (2), data, then zero padding to the next 4-byte boundary.
    /// Nothing here allocates.
    /// </summary>
    public static class Tlv
    {
        /// <summary>Size of the type, flags and length fields.</summary>
        public const int HeaderSize = 4;

        /// <summary>Bytes a TLV with <paramref name="dataLength"/> bytes of data occupies, padding included.</summary>
        /// <param name="dataLength">Payload bytes.</param>
        /// <returns>4 + data + pad to a multiple of 4.</returns>
        public static int EncodedSize(int dataLength)
        {
            return HeaderSize + dataLength + PadFor(dataLength);
        }

        /// <summary>Zero bytes that follow <paramref name="dataLength"/> bytes of data.</summary>
        /// <param name="dataLength">Payload bytes.</param>
        /// <returns>0 to 3.</returns>
        public static int PadFor(int dataLength)
        {
            return (4 - (dataLength & 3)) & 3;
        }

        /// <summary>Writes a TLV header and the padding; the caller writes the data after the header.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where the TLV starts.</param>
        /// <param name="type">Element type.</param>
        /// <param name="dataLength">Payload bytes (0 to 65535).</param>
        /// <returns>Offset of the data.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The element does not fit or is too long.</exception>
        public static int WriteHeader(byte[] buffer, int offset, WincType type, int dataLength)
        {
            if (dataLength < 0 || dataLength > 0xFFFF || offset < 0 || offset + EncodedSize(dataLength) > buffer.Length)
            {
                throw new ArgumentOutOfRangeException();
            }

            int pad = PadFor(dataLength);
            buffer[offset] = (byte)type;
            buffer[offset + 1] = (byte)pad;
            buffer[offset + 2] = (byte)(dataLength >> 8);
            buffer[offset + 3] = (byte)dataLength;
            int padStart = offset + HeaderSize + dataLength;
            for (int i = 0; i < pad; i++)
            {
                buffer[padStart + i] = 0;
            }

            return offset + HeaderSize;
        }

        /// <summary>Writes an unsigned integer element of a fixed width.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where the TLV starts.</param>
        /// <param name="value">The value.</param>
        /// <param name="width">1, 2 or 4 bytes.</param>
        /// <returns>Offset after the element (padding included).</returns>
        /// <exception cref="ArgumentOutOfRangeException">Width is not 1, 2 or 4, or the value does not fit.</exception>
        public static int WriteUnsigned(byte[] buffer, int offset, uint value, int width)
        {
            return WriteInteger(buffer, offset, WincType.IntegerUnsigned, value, width);
        }

        /// <summary>Writes a signed integer element of a fixed width.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where the TLV starts.</param>
        /// <param name="value">The value.</param>
        /// <param name="width">1, 2 or 4 bytes.</param>
        /// <returns>Offset after the element (padding included).</returns>
        /// <exception cref="ArgumentOutOfRangeException">Width is not 1, 2 or 4, or the value does not fit.</exception>
        public static int WriteSigned(byte[] buffer, int offset, int value, int width)
        {
            if ((width == 1 && (value < -128 || value > 127)) || (width == 2 && (value < -32768 || value > 32767)))
            {
                throw new ArgumentOutOfRangeException();
            }

            uint mask = width == 4 ? 0xFFFFFFFF : (uint)((1 << (width * 8)) - 1);
            return WriteInteger(buffer, offset, WincType.Integer, (uint)value & mask, width);
        }

        /// <summary>Writes raw bytes as an element of the given type (STRING, BYTE_ARRAY, addresses...).</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where the TLV starts.</param>
        /// <param name="type">Element type.</param>
        /// <param name="data">Source bytes.</param>
        /// <param name="dataOffset">First source byte.</param>
        /// <param name="dataLength">Number of bytes.</param>
        /// <returns>Offset after the element (padding included).</returns>
        public static int WriteBytes(byte[] buffer, int offset, WincType type, byte[] data, int dataOffset, int dataLength)
        {
            int at = WriteHeader(buffer, offset, type, dataLength);
            if (dataLength > 0)
            {
                Array.Copy(data, dataOffset, buffer, at, dataLength);
            }

            return at + dataLength + PadFor(dataLength);
        }

        /// <summary>Reads the type of the element at <paramref name="offset"/>.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">Where the TLV starts.</param>
        /// <returns>The type byte.</returns>
        public static WincType ReadType(byte[] buffer, int offset)
        {
            return (WincType)buffer[offset];
        }

        /// <summary>Reads the payload length of the element at <paramref name="offset"/>.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">Where the TLV starts.</param>
        /// <returns>Data bytes, without padding.</returns>
        public static int ReadLength(byte[] buffer, int offset)
        {
            return (buffer[offset + 2] << 8) | buffer[offset + 3];
        }

        /// <summary>Offset of the element after the one at <paramref name="offset"/>, using the pad count in its flags.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">Where the TLV starts.</param>
        /// <returns>Offset of the next element.</returns>
        public static int Next(byte[] buffer, int offset)
        {
            return offset + HeaderSize + ReadLength(buffer, offset) + (buffer[offset + 1] & 3);
        }

        /// <summary>Decodes a big-endian integer element of 1 to 4 bytes; INTEGER is sign-extended.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">Where the TLV starts.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentException">The element is not an integer of 1 to 4 bytes.</exception>
        public static int ReadInt32(byte[] buffer, int offset)
        {
            WincType type = ReadType(buffer, offset);
            int length = ReadLength(buffer, offset);
            if ((type != WincType.Integer && type != WincType.IntegerUnsigned && type != WincType.Status && type != WincType.UtcTime && type != WincType.Bool) || length < 1 || length > 4)
            {
                throw new ArgumentException();
            }

            int at = offset + HeaderSize;
            int value = 0;
            for (int i = 0; i < length; i++)
            {
                value = (value << 8) | buffer[at + i];
            }

            if (type == WincType.Integer && length < 4)
            {
                int shift = 32 - (length * 8);
                value = (value << shift) >> shift;
            }

            return value;
        }

        private static int WriteInteger(byte[] buffer, int offset, WincType type, uint value, int width)
        {
            if (width != 1 && width != 2 && width != 4)
            {
                throw new ArgumentOutOfRangeException();
            }

            if (width < 4 && (value >> (width * 8)) != 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            int at = WriteHeader(buffer, offset, type, width);
            for (int i = width - 1; i >= 0; i--)
            {
                buffer[at + i] = (byte)value;
                value >>= 8;
            }

            return at + width + PadFor(width);
        }
    }
}
