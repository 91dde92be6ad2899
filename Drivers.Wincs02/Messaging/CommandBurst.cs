// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02.Messaging
{
    /// <summary>
    /// A preallocated buffer holding one or more command messages (each padded to a 32-bit word)
    /// that are announced to the module with one mailbox write. Protocol.CommandWriter fills it;
    /// MessageDevice assigns sequence numbers and transmits it. Reused, never reallocated.
    /// </summary>
    public sealed class CommandBurst
    {
        /// <summary>Most commands one burst can carry.</summary>
        public const int MaxCommands = 16;

        private readonly byte[] _buffer;
        private readonly int[] _offsets = new int[MaxCommands];
        private readonly int[] _lengths = new int[MaxCommands];
        private int _length;
        private int _count;
        private int _open = -1;

        /// <summary>Creates a burst able to hold <paramref name="capacity"/> bytes of commands.</summary>
        /// <param name="capacity">Buffer size in bytes (a multiple of 4).</param>
        public CommandBurst(int capacity)
        {
            if (capacity <= 0 || (capacity & 3) != 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            _buffer = new byte[capacity];
        }

        /// <summary>Gets the buffer holding the commands back to back.</summary>
        public byte[] Buffer => _buffer;

        /// <summary>Gets the bytes used by complete commands (a multiple of 4).</summary>
        public int Length => _length;

        /// <summary>Gets the number of complete commands.</summary>
        public int Count => _count;

        /// <summary>Gets the buffer size.</summary>
        public int Capacity => _buffer.Length;

        /// <summary>Gets or sets what the burst belongs to (the driver's request); not used by the transport.</summary>
        public object Owner { get; set; }

        /// <summary>Offset of command <paramref name="index"/> in <see cref="Buffer"/>.</summary>
        /// <param name="index">Command index.</param>
        /// <returns>Byte offset.</returns>
        public int GetOffset(int index)
        {
            CheckIndex(index);
            return _offsets[index];
        }

        /// <summary>Length of command <paramref name="index"/>, padding included (a multiple of 4).</summary>
        /// <param name="index">Command index.</param>
        /// <returns>Byte length.</returns>
        public int GetLength(int index)
        {
            CheckIndex(index);
            return _lengths[index];
        }

        /// <summary>Starts a new command at the end of the burst.</summary>
        /// <returns>Offset where the command's 8-byte header must be written.</returns>
        /// <exception cref="InvalidOperationException">A command is already open or the burst is full.</exception>
        public int BeginCommand()
        {
            if (_open >= 0 || _count == MaxCommands)
            {
                throw new InvalidOperationException();
            }

            _open = _length;
            return _length;
        }

        /// <summary>Completes the open command.</summary>
        /// <param name="length">Command bytes written from the offset BeginCommand returned (padding is added).</param>
        /// <exception cref="ArgumentOutOfRangeException">The command does not fit the buffer.</exception>
        public void EndCommand(int length)
        {
            if (_open < 0)
            {
                throw new InvalidOperationException();
            }

            int padded = (length + 3) & ~3;
            if (length < 8 || _open + padded > _buffer.Length)
            {
                _open = -1;
                throw new ArgumentOutOfRangeException();
            }

            for (int i = _open + length; i < _open + padded; i++)
            {
                _buffer[i] = 0;
            }

            _offsets[_count] = _open;
            _lengths[_count] = padded;
            _count++;
            _length = _open + padded;
            _open = -1;
        }

        /// <summary>Abandons the open command, if any.</summary>
        public void CancelCommand()
        {
            _open = -1;
        }

        /// <summary>Empties the burst for reuse.</summary>
        public void Clear()
        {
            _length = 0;
            _count = 0;
            _open = -1;
            Owner = null;
        }

        /// <summary>Command id (bytes 1..2 of the header) of command <paramref name="index"/>.</summary>
        /// <param name="index">Command index.</param>
        /// <returns>The command id.</returns>
        public ushort GetCommandId(int index)
        {
            int o = GetOffset(index);
            return (ushort)((_buffer[o + 1] << 8) | _buffer[o + 2]);
        }

        /// <summary>Sequence number (bytes 3..4 of the header) of command <paramref name="index"/>.</summary>
        /// <param name="index">Command index.</param>
        /// <returns>The sequence number the transport assigned.</returns>
        public ushort GetSequence(int index)
        {
            int o = GetOffset(index);
            return (ushort)((_buffer[o + 3] << 8) | _buffer[o + 4]);
        }

        /// <summary>Writes the sequence number of command <paramref name="index"/> (done by the transport at transmit time).</summary>
        /// <param name="index">Command index.</param>
        /// <param name="sequence">The 16-bit sequence number.</param>
        public void SetSequence(int index, ushort sequence)
        {
            int o = GetOffset(index);
            _buffer[o + 3] = (byte)(sequence >> 8);
            _buffer[o + 4] = (byte)sequence;
        }

        private void CheckIndex(int index)
        {
            if (index < 0 || index >= _count)
            {
                throw new ArgumentOutOfRangeException();
            }
        }
    }
}
