// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parses one module-to-host message (<c>WINC_COMMAND_RESPONSE</c>) in place: STATUS
    /// (type, id, sequence, status) or RSP/AEC (type, id, sequence, response id, length, element
    /// count, TLV elements). Every offset is checked against the length the transport announced, so
    /// malformed input yields <see cref="Parse"/> = false and never an out-of-range access. One
    /// instance is reused for every message; nothing is allocated while parsing.
    /// </summary>
    /// <remarks>
    /// The element accessors read the caller's buffer, so they are only meaningful while that buffer
    /// still holds the message (for <c>IMessageHandler.OnMessage</c>: during the call).
    /// </remarks>
    public sealed class MessageReader
    {
        /// <summary>Most elements one message may carry (the C driver unpacks 10 and does not check).</summary>
        public const int MaxElements = 16;

        /// <summary>Length of a STATUS message before padding.</summary>
        public const int StatusLength = 7;

        /// <summary>Offset of the first TLV of an RSP or AEC message (after the element count).</summary>
        public const int ElementsOffset = 10;

        private readonly int[] _offsets = new int[MaxElements];
        private readonly int[] _lengths = new int[MaxElements];
        private readonly WincType[] _types = new WincType[MaxElements];
        private byte[] _buffer;
        private int _offset;
        private int _length;
        private int _count;
        private MessageType _type;
        private ushort _id;
        private ushort _sequence;
        private ushort _status;
        private ushort _responseId;
        private bool _valid;
        private MessageParseError _error;

        /// <summary>Gets a value indicating whether the last <see cref="Parse"/> succeeded.</summary>
        public bool IsValid => _valid;

        /// <summary>Gets why the last <see cref="Parse"/> failed.</summary>
        public MessageParseError Error => _error;

        /// <summary>Gets the buffer of the parsed message.</summary>
        public byte[] Buffer => _buffer;

        /// <summary>Gets the offset of the parsed message in <see cref="Buffer"/>.</summary>
        public int Offset => _offset;

        /// <summary>Gets the announced length of the parsed message.</summary>
        public int Length => _length;

        /// <summary>Gets the message type (byte 0).</summary>
        public MessageType Type => _type;

        /// <summary>Gets bytes 1..2: the command id a STATUS or RSP answers (carries no meaning in an AEC).</summary>
        public ushort Id => _id;

        /// <summary>Gets bytes 3..4: the sequence number of the command a STATUS or RSP answers.</summary>
        public ushort Sequence => _sequence;

        /// <summary>Gets the status of a STATUS message.</summary>
        public WincStatus Status => (WincStatus)_status;

        /// <summary>Gets the response id of an RSP (normally the command id) or the AEC id of an AEC.</summary>
        public ushort ResponseId => _responseId;

        /// <summary>Gets the AEC id of an AEC message.</summary>
        public AecId AecId => (AecId)_responseId;

        /// <summary>Gets the number of elements of an RSP or AEC message.</summary>
        public int ElementCount => _count;

        /// <summary>Parses a message; on failure the reader holds no message.</summary>
        /// <param name="buffer">Buffer holding the message.</param>
        /// <param name="offset">Offset of the type byte.</param>
        /// <param name="length">Length announced by the transport (padding included).</param>
        /// <returns>True when the message is well formed; otherwise see <see cref="Error"/>.</returns>
        public bool Parse(byte[] buffer, int offset, int length)
        {
            _valid = false;
            _count = 0;
            _buffer = null;
            if (buffer == null || offset < 0 || length < 0 || offset + length > buffer.Length)
            {
                return Fail(MessageParseError.InvalidBuffer);
            }

            if (length < 5)
            {
                return Fail(MessageParseError.Truncated);
            }

            _type = (MessageType)buffer[offset];
            _id = (ushort)((buffer[offset + 1] << 8) | buffer[offset + 2]);
            _sequence = (ushort)((buffer[offset + 3] << 8) | buffer[offset + 4]);
            _status = 0;
            _responseId = 0;

            if (_type == MessageType.Status)
            {
                if (length < StatusLength)
                {
                    return Fail(MessageParseError.Truncated);
                }

                _status = (ushort)((buffer[offset + 5] << 8) | buffer[offset + 6]);
            }
            else if (_type == MessageType.Response || _type == MessageType.Aec)
            {
                if (length < ElementsOffset)
                {
                    return Fail(MessageParseError.Truncated);
                }

                // bytes 7..8 (the payload length) are not consulted, as in the C driver; the
                // transport's length is the bound
                _responseId = (ushort)((buffer[offset + 5] << 8) | buffer[offset + 6]);
                int count = buffer[offset + 9];
                if (count > MaxElements)
                {
                    return Fail(MessageParseError.TooManyElements);
                }

                int end = offset + length;
                int at = offset + ElementsOffset;
                for (int i = 0; i < count; i++)
                {
                    if (at + Tlv.HeaderSize > end)
                    {
                        return Fail(MessageParseError.ElementBeyondMessage);
                    }

                    int dataLength = (buffer[at + 2] << 8) | buffer[at + 3];
                    int next = at + Tlv.HeaderSize + dataLength + (buffer[at + 1] & 3);
                    if (next > end)
                    {
                        return Fail(MessageParseError.ElementBeyondMessage);
                    }

                    _types[i] = (WincType)buffer[at];
                    _offsets[i] = at + Tlv.HeaderSize;
                    _lengths[i] = dataLength;
                    at = next;
                }

                _count = count;
            }
            else
            {
                return Fail(MessageParseError.UnknownType);
            }

            _buffer = buffer;
            _offset = offset;
            _length = length;
            _valid = true;
            _error = MessageParseError.None;
            return true;
        }

        /// <summary>Type of element <paramref name="index"/>.</summary>
        /// <param name="index">Element index.</param>
        /// <returns>The type, or <see cref="WincType.Invalid"/> when there is no such element.</returns>
        public WincType GetElementType(int index)
        {
            return InRange(index) ? _types[index] : WincType.Invalid;
        }

        /// <summary>Data length of element <paramref name="index"/>, padding excluded.</summary>
        /// <param name="index">Element index.</param>
        /// <returns>The length, or -1 when there is no such element.</returns>
        public int GetElementLength(int index)
        {
            return InRange(index) ? _lengths[index] : -1;
        }

        /// <summary>Offset in <see cref="Buffer"/> of the data of element <paramref name="index"/>.</summary>
        /// <param name="index">Element index.</param>
        /// <returns>The offset, or -1 when there is no such element.</returns>
        public int GetElementOffset(int index)
        {
            return InRange(index) ? _offsets[index] : -1;
        }

        /// <summary>
        /// Reads an integer-coded element (INTEGER sign-extended; INTEGER_UNSIGNED, STATUS, BOOL,
        /// UTC_TIME and INTEGER_FRAC zero-extended) of 1 to 4 bytes.
        /// </summary>
        /// <param name="index">Element index.</param>
        /// <param name="value">The value, or 0 on failure.</param>
        /// <returns>False when there is no such element, it is not integer-coded or is not 1 to 4 bytes long.</returns>
        public bool TryGetInt32(int index, out int value)
        {
            value = 0;
            if (!IsInteger(index))
            {
                return false;
            }

            int length = _lengths[index];
            int at = _offsets[index];
            int v = 0;
            for (int i = 0; i < length; i++)
            {
                v = (v << 8) | _buffer[at + i];
            }

            if (_types[index] == WincType.Integer && length < 4)
            {
                int shift = 32 - (length * 8);
                v = (v << shift) >> shift;
            }

            value = v;
            return true;
        }

        /// <summary>
        /// Reads an integer-coded element of 1 to 4 bytes as an unsigned 32-bit field: the bytes are
        /// zero-extended whatever the element type, so a field the module sends as a short INTEGER
        /// (e.g. 2 bytes <c>FF FF</c>) reads 65535, not 0xFFFFFFFF.
        /// </summary>
        /// <param name="index">Element index.</param>
        /// <param name="value">The value, or 0 on failure.</param>
        /// <returns>False when the element is missing, not integer-coded or is not 1 to 4 bytes long.</returns>
        public bool TryGetUInt32(int index, out uint value)
        {
            value = 0;
            if (!IsInteger(index))
            {
                return false;
            }

            int at = _offsets[index];
            uint v = 0;
            for (int i = 0; i < _lengths[index]; i++)
            {
                v = (v << 8) | _buffer[at + i];
            }

            value = v;
            return true;
        }

        /// <summary>
        /// Reads an unsigned 16-bit field (<c>uint16_t</c> in the C driver: socket ids, ports, lengths,
        /// pending counts). The module sends such fields as INTEGER or INTEGER_UNSIGNED of 1 or 2 bytes,
        /// whose bytes are taken as unsigned (a 2-byte INTEGER <c>C3 50</c> is port 50000, not -15536),
        /// or of 3 or 4 bytes, whose value must then lie in 0..65535.
        /// </summary>
        /// <param name="index">Element index.</param>
        /// <param name="value">0 to 65535, or 0 on failure.</param>
        /// <returns>False when the element is missing, not integer-coded, not 1 to 4 bytes long, or a longer element holds a value outside 0..65535.</returns>
        public bool TryGetUInt16(int index, out int value)
        {
            value = 0;
            uint v;
            if (!TryGetUInt32(index, out v) || v > 0xFFFF)
            {
                return false;
            }

            value = (int)v;
            return true;
        }

        /// <summary>
        /// Reads an "X.Y" id: an INTEGER_FRAC element gives both halves; a plain integer up to 0xFFFF
        /// gives X with Y = -1 (no index), as <c>WINC_CmdReadParamElem</c> does.
        /// </summary>
        /// <param name="index">Element index.</param>
        /// <param name="integerPart">X.</param>
        /// <param name="fraction">Y, or -1 when the element carried no fraction.</param>
        /// <returns>False when the element is missing, not integer-coded, or a plain integer above 0xFFFF.</returns>
        public bool TryGetFraction(int index, out int integerPart, out int fraction)
        {
            integerPart = 0;
            fraction = -1;
            int v;
            if (!TryGetInt32(index, out v))
            {
                return false;
            }

            if (_types[index] == WincType.IntegerFrac)
            {
                integerPart = (int)(((uint)v >> 16) & 0xFFFF);
                fraction = v & 0xFFFF;
                return true;
            }

            if (v < 0 || v > 0xFFFF)
            {
                return false;
            }

            integerPart = v;
            return true;
        }

        /// <summary>Reads a BOOL (or any integer-coded) element as true when non-zero.</summary>
        /// <param name="index">Element index.</param>
        /// <param name="value">The value.</param>
        /// <returns>False when the element is missing or not integer-coded.</returns>
        public bool TryGetBool(int index, out bool value)
        {
            int v;
            bool ok = TryGetInt32(index, out v);
            value = v != 0;
            return ok;
        }

        /// <summary>Copies the data of a STRING, BYTE_ARRAY or LABEL element.</summary>
        /// <param name="index">Element index.</param>
        /// <param name="destination">Receives the bytes.</param>
        /// <param name="offset">First destination byte.</param>
        /// <returns>Bytes copied, or -1 when the element is missing, of another type, or does not fit (nothing is copied).</returns>
        public int CopyBytes(int index, byte[] destination, int offset)
        {
            if (!InRange(index) || destination == null || offset < 0)
            {
                return -1;
            }

            WincType t = _types[index];
            if (t != WincType.String && t != WincType.ByteArray && t != WincType.Label)
            {
                return -1;
            }

            int length = _lengths[index];
            if (offset + length > destination.Length)
            {
                return -1;
            }

            Array.Copy(_buffer, _offsets[index], destination, offset, length);
            return length;
        }

        /// <summary>Decodes a STRING, LABEL or BYTE_ARRAY element as UTF-8 into a new string (allocates).</summary>
        /// <param name="index">Element index.</param>
        /// <returns>The text, or null when the element is missing or of another type.</returns>
        public string GetString(int index)
        {
            if (!InRange(index))
            {
                return null;
            }

            WincType t = _types[index];
            if (t != WincType.String && t != WincType.ByteArray && t != WincType.Label)
            {
                return null;
            }

            return Utf8.GetString(_buffer, _offsets[index], _lengths[index]);
        }

        /// <summary>Compares a STRING element with <paramref name="value"/> without allocating.</summary>
        /// <param name="index">Element index.</param>
        /// <param name="value">The text.</param>
        /// <returns>True when the element is a STRING, LABEL or BYTE_ARRAY whose UTF-8 bytes encode exactly <paramref name="value"/>.</returns>
        public bool StringEquals(int index, string value)
        {
            if (!InRange(index) || value == null)
            {
                return false;
            }

            WincType t = _types[index];
            if (t != WincType.String && t != WincType.ByteArray && t != WincType.Label)
            {
                return false;
            }

            return Utf8.Equals(_buffer, _offsets[index], _lengths[index], value);
        }

        /// <summary>
        /// Copies the address of an IPV4ADDR (4 or 8 bytes) or IPV6ADDR (16 or 17 bytes) element;
        /// a mask (8-byte form) or prefix/scope (17-byte form) is not copied.
        /// </summary>
        /// <param name="index">Element index.</param>
        /// <param name="destination">Receives 4 or 16 bytes.</param>
        /// <param name="offset">First destination byte.</param>
        /// <returns>4 or 16, or 0 when the element is missing, not an address, has another length or does not fit.</returns>
        public int CopyIpAddress(int index, byte[] destination, int offset)
        {
            if (!InRange(index) || destination == null || offset < 0)
            {
                return 0;
            }

            int length = _lengths[index];
            int size;
            if (_types[index] == WincType.Ipv4Address && (length == 4 || length == 8))
            {
                size = 4;
            }
            else if (_types[index] == WincType.Ipv6Address && (length == 16 || length == 17))
            {
                size = 16;
            }
            else
            {
                return 0;
            }

            if (offset + size > destination.Length)
            {
                return 0;
            }

            Array.Copy(_buffer, _offsets[index], destination, offset, size);
            return size;
        }

        /// <summary>The mask (IPv4, 8-byte form, as a prefix length) or prefix/scope byte (IPv6, 17-byte form) of an address element.</summary>
        /// <param name="index">Element index.</param>
        /// <returns>The prefix length or scope, or -1 when the element carries none.</returns>
        public int GetIpPrefix(int index)
        {
            if (!InRange(index))
            {
                return -1;
            }

            int at = _offsets[index];
            if (_types[index] == WincType.Ipv6Address && _lengths[index] == 17)
            {
                return _buffer[at + 16];
            }

            if (_types[index] == WincType.Ipv4Address && _lengths[index] == 8)
            {
                // leading one bits of the mask
                int bits = 0;
                for (int i = 4; i < 8; i++)
                {
                    int b = _buffer[at + i];
                    if (b == 0xFF)
                    {
                        bits += 8;
                        continue;
                    }

                    while ((b & 0x80) != 0)
                    {
                        bits++;
                        b = (b << 1) & 0xFF;
                    }

                    break;
                }

                return bits;
            }

            return -1;
        }

        /// <summary>Copies a MACADDR element (exactly 6 bytes).</summary>
        /// <param name="index">Element index.</param>
        /// <param name="destination">Receives 6 bytes.</param>
        /// <param name="offset">First destination byte.</param>
        /// <returns>False when the element is missing, not a 6-byte MACADDR or does not fit.</returns>
        public bool CopyMacAddress(int index, byte[] destination, int offset)
        {
            if (!InRange(index) || destination == null || offset < 0 || offset + 6 > destination.Length
                || _types[index] != WincType.MacAddress || _lengths[index] != 6)
            {
                return false;
            }

            Array.Copy(_buffer, _offsets[index], destination, offset, 6);
            return true;
        }

        // an integer-coded element of 1 to 4 bytes
        private bool IsInteger(int index)
        {
            return InRange(index) && CommandWriter.IsIntegerType(_types[index]) && _lengths[index] >= 1 && _lengths[index] <= 4;
        }

        private bool InRange(int index)
        {
            return _valid && index >= 0 && index < _count;
        }

        private bool Fail(MessageParseError error)
        {
            _error = error;
            _valid = false;
            _count = 0;
            return false;
        }
    }
}
