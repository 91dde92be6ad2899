// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// Builds module-to-host messages. RSP and AEC: type, id, sequence, response/AEC id, length of
    /// the element block (the count byte plus every TLV with its padding), element count, TLVs. Every
    /// message is zero-padded to a 32-bit word, as the SDIO mailbox moves whole words.
    /// </summary>
    public sealed class WireMessageBuilder
    {
        /// <summary>Bytes before the element count in a RSP/AEC.</summary>
        public const int ResponseHeaderSize = 9;

        private readonly List<WireElement> _elements = new List<WireElement>();

        /// <summary>Elements added so far.</summary>
        public int Count
        {
            get { return _elements.Count; }
        }

        /// <summary>Builds a STATUS message: type 1, id, sequence, status, padded to 8 bytes.</summary>
        /// <param name="commandId">Command id being completed.</param>
        /// <param name="sequence">Its sequence number.</param>
        /// <param name="status">Status code.</param>
        /// <returns>8 bytes.</returns>
        public static byte[] BuildStatus(ushort commandId, ushort sequence, ushort status)
        {
            var message = new byte[8];
            message[0] = (byte)MessageType.Status;
            BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(1), commandId);
            BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(3), sequence);
            BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(5), status);
            return message;
        }

        /// <summary>Adds a signed INTEGER of the given width.</summary>
        /// <param name="value">Value; must fit the width.</param>
        /// <param name="width">1, 2 or 4 bytes.</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder Integer(long value, int width)
        {
            return AddInteger(ElementType.Integer, value, width);
        }

        /// <summary>Adds an INTEGER_UNSIGNED of the given width.</summary>
        /// <param name="value">Value; must fit the width.</param>
        /// <param name="width">1, 2 or 4 bytes.</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder Unsigned(long value, int width)
        {
            return AddInteger(ElementType.IntegerUnsigned, value, width);
        }

        /// <summary>Adds a STATUS element (error codes in AECs).</summary>
        /// <param name="status">Status code.</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder Status(ushort status)
        {
            var data = new byte[2];
            BinaryPrimitives.WriteUInt16BigEndian(data, status);
            return Add(ElementType.Status, data);
        }

        /// <summary>Adds an INTEGER_FRAC "X.Y" (multi-value parameter ids, versions).</summary>
        /// <param name="integer">X.</param>
        /// <param name="fraction">Y.</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder Fraction(int integer, int fraction)
        {
            var data = new byte[4];
            BinaryPrimitives.WriteInt16BigEndian(data, (short)integer);
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(2), (ushort)fraction);
            return Add(ElementType.IntegerFrac, data);
        }

        /// <summary>Adds a STRING (UTF-8, no terminator).</summary>
        /// <param name="text">Text.</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder String(string text)
        {
            return Add(ElementType.String, Encoding.UTF8.GetBytes(text ?? string.Empty));
        }

        /// <summary>Adds a BYTE_ARRAY.</summary>
        /// <param name="data">Bytes (copied).</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder Bytes(ReadOnlySpan<byte> data)
        {
            return Add(ElementType.ByteArray, data.ToArray());
        }

        /// <summary>Adds a BOOL.</summary>
        /// <param name="value">Value.</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder Bool(bool value)
        {
            return Add(ElementType.Bool, new[] { value ? (byte)1 : (byte)0 });
        }

        /// <summary>Adds an IPV4ADDR (4 bytes) or IPV6ADDR (16 bytes).</summary>
        /// <param name="address">Address.</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder Address(IPAddress address)
        {
            if (address.AddressFamily == AddressFamily.InterNetwork)
            {
                return Add(ElementType.Ipv4Address, address.GetAddressBytes());
            }

            return Add(ElementType.Ipv6Address, address.GetAddressBytes());
        }

        /// <summary>Adds a MACADDR.</summary>
        /// <param name="mac">6 bytes.</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder Mac(ReadOnlySpan<byte> mac)
        {
            if (mac.Length != 6)
            {
                throw new ArgumentException("a MAC address has 6 bytes", nameof(mac));
            }

            return Add(ElementType.MacAddress, mac.ToArray());
        }

        /// <summary>Adds a UTC_TIME (4-byte seconds).</summary>
        /// <param name="seconds">Seconds.</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder UtcTime(uint seconds)
        {
            var data = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(data, seconds);
            return Add(ElementType.UtcTime, data);
        }

        /// <summary>Adds an already decoded element unchanged.</summary>
        /// <param name="element">Element.</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder Element(WireElement element)
        {
            _elements.Add(element);
            return this;
        }

        /// <summary>Adds a raw element.</summary>
        /// <param name="type">Type byte.</param>
        /// <param name="data">Payload (kept by reference).</param>
        /// <returns>This builder.</returns>
        public WireMessageBuilder Add(ElementType type, byte[] data)
        {
            _elements.Add(new WireElement(type, data));
            return this;
        }

        /// <summary>Builds a RSP for a command.</summary>
        /// <param name="commandId">The command id (also used as response id).</param>
        /// <param name="sequence">The command's sequence number.</param>
        /// <returns>The message, padded to a multiple of 4.</returns>
        public byte[] BuildResponse(ushort commandId, ushort sequence)
        {
            return Build(MessageType.Response, commandId, sequence, commandId);
        }

        /// <summary>Builds an AEC. The id field repeats the AEC id and the sequence is 0 (neither is used for matching).</summary>
        /// <param name="aecId">AEC id.</param>
        /// <returns>The message, padded to a multiple of 4.</returns>
        public byte[] BuildAec(ushort aecId)
        {
            return Build(MessageType.Aec, aecId, 0, aecId);
        }

        /// <summary>Bytes a TLV with this much data occupies on the wire.</summary>
        /// <param name="dataLength">Payload bytes.</param>
        /// <returns>Header, data and padding.</returns>
        public static int EncodedSize(int dataLength)
        {
            return 4 + dataLength + ((4 - (dataLength & 3)) & 3);
        }

        private byte[] Build(MessageType type, ushort id, ushort sequence, ushort responseId)
        {
            if (_elements.Count > 255)
            {
                throw new InvalidOperationException("a message carries at most 255 elements");
            }

            int elementBytes = 1;
            foreach (WireElement element in _elements)
            {
                elementBytes += EncodedSize(element.Data.Length);
            }

            int total = ResponseHeaderSize + elementBytes;
            var message = new byte[(total + 3) & ~3];
            message[0] = (byte)type;
            BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(1), id);
            BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(3), sequence);
            BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(5), responseId);
            BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(7), (ushort)elementBytes);
            message[9] = (byte)_elements.Count;
            int at = 10;
            foreach (WireElement element in _elements)
            {
                int length = element.Data.Length;
                int pad = (4 - (length & 3)) & 3;
                message[at] = (byte)element.Type;
                message[at + 1] = (byte)pad;
                BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(at + 2), (ushort)length);
                element.Data.CopyTo(message, at + 4);
                at += 4 + length + pad;
            }

            return message;
        }

        private WireMessageBuilder AddInteger(ElementType type, long value, int width)
        {
            if (width != 1 && width != 2 && width != 4)
            {
                throw new ArgumentOutOfRangeException(nameof(width));
            }

            var data = new byte[width];
            for (int i = width - 1; i >= 0; i--)
            {
                data[i] = (byte)value;
                value >>= 8;
            }

            return Add(type, data);
        }
    }
}
