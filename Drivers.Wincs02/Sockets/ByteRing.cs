// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02.Sockets
{
    /// <summary>A preallocated byte FIFO (the socket receive and send buffers).</summary>
    internal sealed class ByteRing
    {
        private readonly byte[] _data;
        private int _head;
        private int _count;

        internal ByteRing(int capacity)
        {
            _data = new byte[capacity];
        }

        internal int Capacity => _data.Length;

        internal int Count => _count;

        internal int Free => _data.Length - _count;

        internal byte[] Data => _data;

        internal void Clear()
        {
            _head = 0;
            _count = 0;
        }

        // Appends all of the bytes or none.
        internal bool Write(byte[] source, int offset, int length)
        {
            if (length > Free)
            {
                return false;
            }

            int tail = _head + _count;
            if (tail >= _data.Length)
            {
                tail -= _data.Length;
            }

            int first = length;
            if (first > _data.Length - tail)
            {
                first = _data.Length - tail;
            }

            Array.Copy(source, offset, _data, tail, first);
            if (length > first)
            {
                Array.Copy(source, offset + first, _data, 0, length - first);
            }

            _count += length;
            return true;
        }

        // Copies up to length bytes from the front; consumes them unless peek.
        internal int Read(byte[] destination, int offset, int length, bool peek)
        {
            if (length > _count)
            {
                length = _count;
            }

            int first = length;
            if (first > _data.Length - _head)
            {
                first = _data.Length - _head;
            }

            if (destination != null)
            {
                Array.Copy(_data, _head, destination, offset, first);
                if (length > first)
                {
                    Array.Copy(_data, 0, destination, offset + first, length - first);
                }
            }

            if (!peek)
            {
                Skip(length);
            }

            return length;
        }

        internal void Skip(int length)
        {
            if (length > _count)
            {
                length = _count;
            }

            _head += length;
            if (_head >= _data.Length)
            {
                _head -= _data.Length;
            }

            _count -= length;
            if (_count == 0)
            {
                _head = 0;
            }
        }

        // Copies length bytes starting 'skip' bytes after the front (they must be there), across the ring end.
        internal void Peek(int skip, byte[] destination, int offset, int length)
        {
            int start;
            int first = Segment(skip, out start);
            if (first > length)
            {
                first = length;
            }

            Array.Copy(_data, start, destination, offset, first);
            if (length > first)
            {
                Array.Copy(_data, 0, destination, offset + first, length - first);
            }
        }

        // Offset in Data of the byte 'skip' bytes after the front, and how many bytes from there are contiguous.
        internal int Segment(int skip, out int offset)
        {
            offset = _head + skip;
            if (offset >= _data.Length)
            {
                offset -= _data.Length;
            }

            int available = _count - skip;
            int contiguous = _data.Length - offset;
            return available < contiguous ? available : contiguous;
        }
    }
}
