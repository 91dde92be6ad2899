// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>FIFO of bytes kept as the chunks they arrived in (a socket's module-side receive buffer).</summary>
    internal sealed class ByteQueue
    {
        private readonly Queue<byte[]> _chunks = new Queue<byte[]>();
        private int _headOffset;

        public int Count { get; private set; }

        public void Append(byte[] chunk)
        {
            if (chunk.Length == 0)
            {
                return;
            }

            _chunks.Enqueue(chunk);
            Count += chunk.Length;
        }

        /// <summary>Removes and returns up to <paramref name="max"/> bytes.</summary>
        public byte[] Take(int max)
        {
            int n = Math.Min(max, Count);
            var result = new byte[n];
            int at = 0;
            while (at < n)
            {
                byte[] head = _chunks.Peek();
                int copy = Math.Min(n - at, head.Length - _headOffset);
                Buffer.BlockCopy(head, _headOffset, result, at, copy);
                at += copy;
                _headOffset += copy;
                if (_headOffset == head.Length)
                {
                    _chunks.Dequeue();
                    _headOffset = 0;
                }
            }

            Count -= n;
            return result;
        }

        public void Clear()
        {
            _chunks.Clear();
            _headOffset = 0;
            Count = 0;
        }
    }
}
