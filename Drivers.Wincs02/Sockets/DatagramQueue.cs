// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Sockets
{
    /// <summary>Boundaries and endpoints of the datagrams held in a socket's byte ring (preallocated).</summary>
    internal sealed class DatagramQueue
    {
        private readonly int[] _lengths;
        private readonly SocketAddress[] _endpoints;
        private int _head;
        private int _count;

        internal DatagramQueue(int capacity)
        {
            _lengths = new int[capacity];
            _endpoints = new SocketAddress[capacity];
            for (int i = 0; i < capacity; i++)
            {
                _endpoints[i] = new SocketAddress();
            }
        }

        internal int Count => _count;

        internal bool IsFull => _count == _lengths.Length;

        internal void Clear()
        {
            _head = 0;
            _count = 0;
        }

        internal void Push(int length, SocketAddress endpoint)
        {
            int at = (_head + _count) % _lengths.Length;
            _lengths[at] = length;
            if (endpoint != null)
            {
                _endpoints[at].CopyFrom(endpoint);
            }
            else
            {
                _endpoints[at].Clear();
            }

            _count++;
        }

        internal void Push(int length, int family, byte[] address, int port)
        {
            int at = (_head + _count) % _lengths.Length;
            _lengths[at] = length;
            _endpoints[at].Set(family, address, 0, port);
            _count++;
        }

        internal int PeekLength => _lengths[_head];

        internal SocketAddress PeekEndpoint => _endpoints[_head];

        internal void Pop()
        {
            _head = (_head + 1) % _lengths.Length;
            _count--;
        }
    }
}
