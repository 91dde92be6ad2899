// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace System
{
    /// <summary>
    /// Host implementation of nanoFramework's <c>System.SpanByte</c> (CoreLibrary 1.17): a window
    /// over a byte array with the same members and bounds checks as on the device.
    /// </summary>
    public readonly ref struct SpanByte
    {
        private readonly byte[] _array;
        private readonly int _start;
        private readonly int _length;

        /// <summary>Creates a span over a whole array.</summary>
        /// <param name="array">The array; null gives an empty span.</param>
        public SpanByte(byte[] array)
        {
            _array = array;
            _start = 0;
            _length = array == null ? 0 : array.Length;
        }

        /// <summary>Creates a span over part of an array.</summary>
        /// <param name="array">The array.</param>
        /// <param name="start">First index.</param>
        /// <param name="length">Number of bytes.</param>
        public SpanByte(byte[] array, int start, int length)
        {
            if (array == null)
            {
                if (start != 0 || length != 0)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _array = null;
                _start = 0;
                _length = 0;
                return;
            }

            if (start < 0 || length < 0 || start + length > array.Length)
            {
                throw new ArgumentOutOfRangeException();
            }

            _array = array;
            _start = start;
            _length = length;
        }

        /// <summary>Gets or sets the byte at an index.</summary>
        /// <param name="index">Index within the span.</param>
        public byte this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length)
                {
                    throw new IndexOutOfRangeException();
                }

                return _array[_start + index];
            }

            set
            {
                if ((uint)index >= (uint)_length)
                {
                    throw new IndexOutOfRangeException();
                }

                _array[_start + index] = value;
            }
        }

        /// <summary>An empty span.</summary>
        public static SpanByte Empty => default;

        /// <summary>Number of bytes in the span.</summary>
        public int Length => _length;

        /// <summary>True when the span has no bytes.</summary>
        public bool IsEmpty => _length == 0;

        /// <summary>Copies this span into <paramref name="destination"/>.</summary>
        /// <param name="destination">Must be at least as long as this span.</param>
        public void CopyTo(SpanByte destination)
        {
            if (_length > destination._length)
            {
                throw new ArgumentException();
            }

            if (_length > 0)
            {
                Array.Copy(_array, _start, destination._array, destination._start, _length);
            }
        }

        /// <summary>A span from <paramref name="start"/> to the end.</summary>
        /// <param name="start">First index.</param>
        public SpanByte Slice(int start)
        {
            if ((uint)start > (uint)_length)
            {
                throw new ArgumentOutOfRangeException();
            }

            return new SpanByte(_array, _start + start, _length - start);
        }

        /// <summary>A span of <paramref name="length"/> bytes from <paramref name="start"/>.</summary>
        /// <param name="start">First index.</param>
        /// <param name="length">Number of bytes.</param>
        public SpanByte Slice(int start, int length)
        {
            if (start < 0 || length < 0 || start + length > _length)
            {
                throw new ArgumentOutOfRangeException();
            }

            return new SpanByte(_array, _start + start, length);
        }

        /// <summary>Copies the span into a new array.</summary>
        public byte[] ToArray()
        {
            byte[] copy = new byte[_length];
            if (_length > 0)
            {
                Array.Copy(_array, _start, copy, 0, _length);
            }

            return copy;
        }

        /// <summary>Converts an array into a span over all of it.</summary>
        /// <param name="array">The array.</param>
        public static implicit operator SpanByte(byte[] array) => new SpanByte(array);

        // Host-only accessors used by the SPI shim to move bytes without a copy.
        internal byte[] Array_ => _array;

        internal int Start => _start;
    }
}
