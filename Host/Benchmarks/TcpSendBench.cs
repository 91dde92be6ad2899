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
    /// send() of a fixed size on a connected TCP socket whose loopback peer drains and checks the stream. A phase
    /// sends, then waits until the module acknowledged every byte and the peer received it, so the counters cover the
    /// whole operation (mailboxes, grants, SOCKWR, STATUS answers).
    /// </summary>
    public sealed class TcpSendBench : IDisposable
    {
        private static readonly long DrainTimeoutTicks = 30 * Stopwatch.Frequency;

        private readonly BenchRig _rig;
        private readonly BenchRig.Connection _connection;
        private readonly PeerSink _sink;
        private byte[] _buffer = new byte[0];
        private long _position;

        public TcpSendBench(BenchRig rig)
        {
            _rig = rig;
            _connection = rig.Connect();
            _sink = new PeerSink(_connection.Peer);
        }

        /// <summary>Gets the stream bytes sent so far.</summary>
        public long Position => _position;

        /// <summary>Gets the bytes the peer received.</summary>
        public long PeerReceived => _sink.Received;

        /// <summary>Gets the stream position of the first corrupted byte the peer saw, or -1.</summary>
        public long FirstMismatch => _sink.FirstMismatch;

        public int Fd => _connection.Fd;

        /// <summary>Gets the peer end (bytes received, first corrupted position, SHA-256).</summary>
        public PeerSink Sink => _sink;

        /// <summary>Gets or sets a hook called with the operation index before each send() of a phase (tests inject faults there).</summary>
        public Action<int> BeforeOperation { get; set; }

        /// <summary>Sends <paramref name="operations"/> × <paramref name="size"/> bytes, then drains; the returned phase covers both.</summary>
        public PhaseResult Run(string name, int size, int operations)
        {
            if (_buffer.Length != size)
            {
                _buffer = new byte[size];
            }

            EmulatorCounters before = _rig.Emulator.Counters;
            long emulatorBefore = _rig.Bus.EmulatorBytes;
            long resentBefore = _rig.Sockets.ResentWrites;
            long start = Stopwatch.GetTimestamp();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

            SendLoop(size, operations);
            Drain();

            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            long emulatorBytes = _rig.Bus.EmulatorBytes - emulatorBefore;
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            EmulatorCounters after = _rig.Emulator.Counters;
            Check();
            return PhaseResult.From(name, operations, (long)size * operations, before, after, allocated - emulatorBytes, emulatorBytes, _rig.Sockets.ResentWrites - resentBefore, elapsed);
        }

        public void Dispose()
        {
            _rig.Close(_connection);
            _sink.Dispose();
        }

        private void SendLoop(int size, int operations)
        {
            WincSockets sockets = _rig.Sockets;
            int fd = _connection.Fd;
            Action<int> hook = BeforeOperation;
            for (int op = 0; op < operations; op++)
            {
                hook?.Invoke(op);
                StreamPattern.Fill(_buffer, 0, size, _position);
                long deadline = Stopwatch.GetTimestamp() + DrainTimeoutTicks;
                while (sockets.Send(fd, _buffer, 0, size, 0) != size)
                {
                    if (sockets.Errno != SocketErrno.EWouldBlock)
                    {
                        throw new InvalidOperationException("send() failed with errno " + sockets.Errno);
                    }

                    _rig.Pump();
                    if (Stopwatch.GetTimestamp() > deadline)
                    {
                        throw new TimeoutException("send() stayed EWOULDBLOCK: " + Describe());
                    }
                }

                _position += size;
            }
        }

        private void Drain()
        {
            WincSockets sockets = _rig.Sockets;
            int fd = _connection.Fd;
            long deadline = Stopwatch.GetTimestamp() + DrainTimeoutTicks;
            while (sockets.GetSendPending(fd) != 0 || _sink.Received < _position || _rig.Driver.OutstandingRequestCount != 0)
            {
                _rig.Pump();
                if (Stopwatch.GetTimestamp() > deadline)
                {
                    throw new TimeoutException("send drain: " + Describe());
                }
            }
        }

        private void Check()
        {
            if (_sink.FirstMismatch >= 0)
            {
                throw new InvalidOperationException("the peer received a corrupted stream at position " + _sink.FirstMismatch);
            }

            if (_sink.Received != _position)
            {
                throw new InvalidOperationException("the peer received " + _sink.Received + " bytes of " + _position);
            }

            if (_rig.SendErrors != 0)
            {
                throw new InvalidOperationException(_rig.SendErrors + " SEND events reported an error");
            }
        }

        private string Describe()
        {
            return "position " + _position + ", pending " + _rig.Sockets.GetSendPending(_connection.Fd) + ", peer received " + _sink.Received
                + ", outstanding requests " + _rig.Driver.OutstandingRequestCount + ", driver " + _rig.Driver.Status + ", send errors " + _rig.SendErrors
                + ", protocol log: " + string.Join(" | ", _rig.Emulator.ProtocolLog) + ", firmware: " + string.Join(" / ", _rig.Firmware.Diagnostics);
        }
    }
}
