// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using System.Threading;
using Drivers.Wincs02.Sockets;
using nanoWincs.Emulator;

namespace nanoWincs.Benchmarks
{
    /// <summary>
    /// recv() in fixed-size chunks on a connected TCP socket whose loopback peer writes the pattern. A phase lets the
    /// peer write exactly its bytes, reads them all (checking each), then waits until the last credit (SOCKC
    /// ASYNC_NEXT_SN) was answered, so the counters cover the pushes (SOCKRXT) and the credit traffic.
    /// </summary>
    public sealed class TcpRecvBench : IDisposable
    {
        private static readonly long TimeoutTicks = 30 * Stopwatch.Frequency;

        private readonly BenchRig _rig;
        private readonly BenchRig.Connection _connection;
        private readonly PeerSource _source;
        private byte[] _buffer = new byte[0];
        private long _position;

        public TcpRecvBench(BenchRig rig)
        {
            _rig = rig;
            _connection = rig.Connect();
            _source = new PeerSource(_connection.Peer);
        }

        public long Position => _position;

        public int Fd => _connection.Fd;

        /// <summary>Receives <paramref name="bytes"/> more stream bytes with recv() calls of at most <paramref name="chunk"/> bytes.</summary>
        public PhaseResult Run(string name, int chunk, long bytes)
        {
            if (_buffer.Length != chunk)
            {
                _buffer = new byte[chunk];
            }

            long target = _position + bytes;
            EmulatorCounters before = _rig.Emulator.Counters;
            long emulatorBefore = _rig.Bus.EmulatorBytes;
            long resentBefore = _rig.Sockets.ResentWrites;
            long start = Stopwatch.GetTimestamp();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

            _source.Allow(target);
            long operations = ReceiveLoop(chunk, target);
            Drain();

            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            long emulatorBytes = _rig.Bus.EmulatorBytes - emulatorBefore;
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            EmulatorCounters after = _rig.Emulator.Counters;
            if (_source.Failure != null)
            {
                throw new InvalidOperationException("peer source failed", _source.Failure);
            }

            return PhaseResult.From(name, operations, bytes, before, after, allocated - emulatorBytes, emulatorBytes, _rig.Sockets.ResentWrites - resentBefore, elapsed);
        }

        public void Dispose()
        {
            _source.Dispose();
            _rig.Close(_connection);
        }

        private long ReceiveLoop(int chunk, long target)
        {
            WincSockets sockets = _rig.Sockets;
            int fd = _connection.Fd;
            long operations = 0;
            long deadline = Stopwatch.GetTimestamp() + TimeoutTicks;
            while (_position < target)
            {
                int want = (int)Math.Min(chunk, target - _position);
                int n = sockets.Recv(fd, _buffer, 0, want, 0);
                if (n > 0)
                {
                    int bad = StreamPattern.FirstMismatch(_buffer, 0, n, _position);
                    if (bad >= 0)
                    {
                        throw new InvalidOperationException("recv() returned a corrupted stream at position " + (_position + bad));
                    }

                    _position += n;
                    operations++;
                    deadline = Stopwatch.GetTimestamp() + TimeoutTicks;
                    continue;
                }

                if (n == 0 || sockets.Errno != SocketErrno.EWouldBlock)
                {
                    throw new InvalidOperationException("recv() returned " + n + " with errno " + sockets.Errno);
                }

                _rig.Pump();
                if (Stopwatch.GetTimestamp() > deadline)
                {
                    throw new TimeoutException("recv() stayed EWOULDBLOCK at position " + _position + " of " + target + ", peer sent " + _source.Sent);
                }
            }

            return operations;
        }

        private void Drain()
        {
            long deadline = Stopwatch.GetTimestamp() + TimeoutTicks;
            int quiet = 0;
            while (quiet < 2)
            {
                _rig.Pump();
                quiet = _rig.Driver.OutstandingRequestCount == 0 && _rig.Device.QueuedBursts == 0 && !_rig.Bus.InterruptAsserted ? quiet + 1 : 0;
                if (Stopwatch.GetTimestamp() > deadline)
                {
                    throw new TimeoutException("recv drain: outstanding requests " + _rig.Driver.OutstandingRequestCount);
                }
            }
        }
    }
}
