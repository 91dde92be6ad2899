// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Messaging;

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Appends request messages (<c>WINC_COMMAND_REQUEST</c>) to a <see cref="CommandBurst"/> without
    /// allocating: <see cref="Begin"/> writes the 8-byte big-endian header, the Add methods append TLV
    /// parameters, <see cref="End"/> fills in the parameter count and length. The sequence number is
    /// left at zero; the transport writes it at transmit time.
    /// </summary>
    /// <remarks>
    /// Running out of room makes the open command fail: every further Add returns false, and
    /// <see cref="End"/> drops the command and returns false, so the burst only ever holds complete
    /// commands. An invalid argument drops the open command too, then throws.
    /// </remarks>
    public sealed class CommandWriter
    {
        /// <summary>Size of the request header (type, id, sequence, parameter count, length).</summary>
        public const int HeaderSize = 8;

        /// <summary>Most parameters one request can announce (one byte in the header).</summary>
        public const int MaxParameters = 255;

        private readonly CommandBurst _burst;
        private int _start = -1;
        private int _position;
        private int _parameters;
        private bool _failed;

        /// <summary>Creates a writer that appends to <paramref name="burst"/>.</summary>
        /// <param name="burst">The burst; the writer is bound to it for its lifetime.</param>
        /// <exception cref="ArgumentNullException"><paramref name="burst"/> is null.</exception>
        public CommandWriter(CommandBurst burst)
        {
            if (burst == null)
            {
                throw new ArgumentNullException();
            }

            _burst = burst;
        }

        /// <summary>Gets the burst this writer appends to.</summary>
        public CommandBurst Burst => _burst;

        /// <summary>Gets a value indicating whether a command has been begun and not yet ended.</summary>
        public bool IsOpen => _start >= 0;

        /// <summary>Gets a value indicating whether the open command ran out of room.</summary>
        public bool Failed => _failed;

        /// <summary>Gets the number of parameters written to the open command so far.</summary>
        public int ParameterCount => _parameters;

        /// <summary>Starts a request for <paramref name="id"/> at the end of the burst.</summary>
        /// <param name="id">The command id.</param>
        /// <returns>False when the burst already holds <see cref="CommandBurst.MaxCommands"/> commands or has no room for a header.</returns>
        /// <exception cref="InvalidOperationException">A command is already open.</exception>
        public bool Begin(CommandId id)
        {
            if (_start >= 0)
            {
                throw new InvalidOperationException();
            }

            if (_burst.Count >= CommandBurst.MaxCommands || _burst.Length + HeaderSize > _burst.Capacity)
            {
                return false;
            }

            int start = _burst.BeginCommand();
            byte[] b = _burst.Buffer;
            b[start] = (byte)MessageType.Request;
            b[start + 1] = (byte)((ushort)id >> 8);
            b[start + 2] = (byte)id;
            b[start + 3] = 0;
            b[start + 4] = 0;
            b[start + 5] = 0;
            b[start + 6] = 0;
            b[start + 7] = 0;
            _start = start;
            _position = start + HeaderSize;
            _parameters = 0;
            _failed = false;
            return true;
        }

        /// <summary>Completes the open command: writes its parameter count and TLV length.</summary>
        /// <returns>True when the command is now part of the burst; false when it ran out of room (it is dropped).</returns>
        /// <exception cref="InvalidOperationException">No command is open.</exception>
        public bool End()
        {
            if (_start < 0)
            {
                throw new InvalidOperationException();
            }

            if (_failed)
            {
                Cancel();
                return false;
            }

            int tlvLength = _position - _start - HeaderSize;
            byte[] b = _burst.Buffer;
            b[_start + 5] = (byte)_parameters;
            b[_start + 6] = (byte)(tlvLength >> 8);
            b[_start + 7] = (byte)tlvLength;
            _burst.EndCommand(_position - _start);
            _start = -1;
            return true;
        }

        /// <summary>Drops the open command, if any; the burst keeps its complete commands.</summary>
        public void Cancel()
        {
            if (_start >= 0)
            {
                _burst.CancelCommand();
            }

            _start = -1;
            _failed = false;
            _parameters = 0;
        }

        /// <summary>Appends an INTEGER_UNSIGNED parameter of a fixed width.</summary>
        /// <param name="value">The value.</param>
        /// <param name="width">1, 2 or 4 bytes.</param>
        /// <returns>False when the command ran out of room.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The width is not 1, 2 or 4 or the value does not fit it (the command is dropped).</exception>
        public bool AddUnsigned(uint value, int width)
        {
            CheckOpen();
            if ((width != 1 && width != 2 && width != 4) || (width < 4 && (value >> (width * 8)) != 0))
            {
                Cancel();
                throw new ArgumentOutOfRangeException();
            }

            return AddRawInteger(WincType.IntegerUnsigned, value, width);
        }

        /// <summary>Appends a signed INTEGER parameter of a fixed width.</summary>
        /// <param name="value">The value.</param>
        /// <param name="width">1, 2 or 4 bytes.</param>
        /// <returns>False when the command ran out of room.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The width is not 1, 2 or 4 or the value does not fit it (the command is dropped).</exception>
        public bool AddSigned(int value, int width)
        {
            CheckOpen();
            if ((width != 1 && width != 2 && width != 4)
                || (width == 1 && (value < -128 || value > 127))
                || (width == 2 && (value < -32768 || value > 32767)))
            {
                Cancel();
                throw new ArgumentOutOfRangeException();
            }

            uint mask = width == 4 ? 0xFFFFFFFF : (uint)((1 << (width * 8)) - 1);
            return AddRawInteger(WincType.Integer, (uint)value & mask, width);
        }

        /// <summary>
        /// Appends a generic "value" parameter of an integer type as 4 big-endian bytes, the way
        /// <c>cmdMultiValueBuilder</c> sends every integer-typed value (INTEGER, INTEGER_UNSIGNED,
        /// INTEGER_FRAC, STATUS, BOOL and UTC_TIME alike).
        /// </summary>
        /// <param name="type">An integer type.</param>
        /// <param name="value">The value (two's complement for INTEGER).</param>
        /// <returns>False when the command ran out of room.</returns>
        /// <exception cref="ArgumentException"><paramref name="type"/> is not an integer type (the command is dropped).</exception>
        public bool AddValue(WincType type, uint value)
        {
            CheckOpen();
            if (!IsIntegerType(type))
            {
                Cancel();
                throw new ArgumentException();
            }

            return AddRawInteger(type, value, 4);
        }

        /// <summary>Appends a signed 4-byte INTEGER value (<c>cmdMultiValueBuilder</c> with INTEGER).</summary>
        /// <param name="value">The value.</param>
        /// <returns>False when the command ran out of room.</returns>
        public bool AddValue(int value)
        {
            CheckOpen();
            return AddRawInteger(WincType.Integer, (uint)value, 4);
        }

        /// <summary>
        /// Appends a configuration parameter id the way <c>cmdFractValueBuilder</c> does: INTEGER_FRAC
        /// when the upper 16 bits are above 1 (an ID.INDEX), otherwise INTEGER_UNSIGNED, 4 bytes either way.
        /// </summary>
        /// <param name="id">A plain id or <see cref="WincCommands.FractionalId"/>.</param>
        /// <returns>False when the command ran out of room.</returns>
        public bool AddConfigId(uint id)
        {
            CheckOpen();
            return AddRawInteger((id >> 16) > 1 ? WincType.IntegerFrac : WincType.IntegerUnsigned, id, 4);
        }

        /// <summary>Appends a BOOL parameter of one byte.</summary>
        /// <param name="value">The value.</param>
        /// <returns>False when the command ran out of room.</returns>
        public bool AddBool(bool value)
        {
            CheckOpen();
            return AddRawInteger(WincType.Bool, value ? 1u : 0u, 1);
        }

        /// <summary>Appends a UTC_TIME parameter (seconds since 1970, 4 bytes).</summary>
        /// <param name="seconds">Seconds since 1970-01-01T00:00:00Z.</param>
        /// <returns>False when the command ran out of room.</returns>
        public bool AddUtcTime(uint seconds)
        {
            CheckOpen();
            return AddRawInteger(WincType.UtcTime, seconds, 4);
        }

        /// <summary>Appends a STRING parameter, encoding <paramref name="value"/> as UTF-8 without allocating.</summary>
        /// <param name="value">The text (no terminator is sent).</param>
        /// <returns>False when the command ran out of room.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null (the command is dropped).</exception>
        public bool AddString(string value)
        {
            CheckOpen();
            if (value == null)
            {
                Cancel();
                throw new ArgumentNullException();
            }

            int length = Utf8.GetByteCount(value);
            int at = Reserve(WincType.String, length);
            if (at < 0)
            {
                return false;
            }

            Utf8.GetBytes(value, _burst.Buffer, at);
            return true;
        }

        /// <summary>Appends a STRING parameter from bytes that are already encoded.</summary>
        /// <param name="data">Source bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes.</param>
        /// <returns>False when the command ran out of room.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null (the command is dropped).</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside <paramref name="data"/> (the command is dropped).</exception>
        public bool AddStringBytes(byte[] data, int offset, int length)
        {
            return AddElement(WincType.String, data, offset, length);
        }

        /// <summary>Appends a BYTE_ARRAY parameter.</summary>
        /// <param name="data">Source bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes.</param>
        /// <returns>False when the command ran out of room.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null (the command is dropped).</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside <paramref name="data"/> (the command is dropped).</exception>
        public bool AddBytes(byte[] data, int offset, int length)
        {
            return AddElement(WincType.ByteArray, data, offset, length);
        }

        /// <summary>Appends an IPv4 (4 bytes, or 8 = address and mask) or IPv6 (16 bytes, or 17 = address and prefix/scope) parameter.</summary>
        /// <param name="address">Address bytes in network order.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">4, 8, 16 or 17.</param>
        /// <returns>False when the command ran out of room.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="address"/> is null (the command is dropped).</exception>
        /// <exception cref="ArgumentOutOfRangeException">The length is not 4, 8, 16 or 17 (the command is dropped).</exception>
        public bool AddIpAddress(byte[] address, int offset, int length)
        {
            WincType type;
            if (length == 4 || length == 8)
            {
                type = WincType.Ipv4Address;
            }
            else if (length == 16 || length == 17)
            {
                type = WincType.Ipv6Address;
            }
            else
            {
                CheckOpen();
                Cancel();
                throw new ArgumentOutOfRangeException();
            }

            return AddElement(type, address, offset, length);
        }

        /// <summary>Appends a MACADDR parameter (6 bytes).</summary>
        /// <param name="mac">Source bytes.</param>
        /// <param name="offset">First of six bytes.</param>
        /// <returns>False when the command ran out of room.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="mac"/> is null (the command is dropped).</exception>
        /// <exception cref="ArgumentOutOfRangeException">Fewer than six bytes follow <paramref name="offset"/> (the command is dropped).</exception>
        public bool AddMacAddress(byte[] mac, int offset)
        {
            return AddElement(WincType.MacAddress, mac, offset, 6);
        }

        /// <summary>Appends an element of any type from raw bytes (copied verbatim).</summary>
        /// <param name="type">Element type.</param>
        /// <param name="data">Source bytes (may be null when <paramref name="length"/> is zero).</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes (0 to 65535).</param>
        /// <returns>False when the command ran out of room.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null and <paramref name="length"/> is not zero (the command is dropped).</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside <paramref name="data"/> (the command is dropped).</exception>
        public bool AddElement(WincType type, byte[] data, int offset, int length)
        {
            CheckOpen();
            if (data == null && length != 0)
            {
                Cancel();
                throw new ArgumentNullException();
            }

            if (length < 0 || length > 0xFFFF || (length > 0 && (offset < 0 || offset + length > data.Length)))
            {
                Cancel();
                throw new ArgumentOutOfRangeException();
            }

            int at = Reserve(type, length);
            if (at < 0)
            {
                return false;
            }

            if (length > 0)
            {
                Array.Copy(data, offset, _burst.Buffer, at, length);
            }

            return true;
        }

        /// <summary>Tells whether <paramref name="type"/> is one of the integer-coded types (<c>cmdIsInt</c>).</summary>
        /// <param name="type">The type.</param>
        /// <returns>True for STATUS, INTEGER, INTEGER_UNSIGNED, INTEGER_FRAC, BOOL and UTC_TIME.</returns>
        public static bool IsIntegerType(WincType type)
        {
            return type == WincType.Status || type == WincType.Integer || type == WincType.IntegerUnsigned
                || type == WincType.IntegerFrac || type == WincType.Bool || type == WincType.UtcTime;
        }

        private bool AddRawInteger(WincType type, uint value, int width)
        {
            int at = Reserve(type, width);
            if (at < 0)
            {
                return false;
            }

            byte[] b = _burst.Buffer;
            for (int i = width - 1; i >= 0; i--)
            {
                b[at + i] = (byte)value;
                value >>= 8;
            }

            return true;
        }

        // Writes the TLV header and padding; returns the data offset, or -1 when the element does not
        // fit (the command is then marked failed and nothing after the last good element counts).
        private int Reserve(WincType type, int dataLength)
        {
            if (_failed)
            {
                return -1;
            }

            int size = Tlv.EncodedSize(dataLength);
            if (_parameters >= MaxParameters || _position + size > _burst.Capacity || _position + size - _start - HeaderSize > 0xFFFF)
            {
                _failed = true;
                return -1;
            }

            int at = Tlv.WriteHeader(_burst.Buffer, _position, type, dataLength);
            _position += size;
            _parameters++;
            return at;
        }

        private void CheckOpen()
        {
            if (_start < 0)
            {
                throw new InvalidOperationException();
            }
        }
    }
}
