// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Drivers.Wincs02;
using Drivers.Wincs02.Sockets;
using nanoWincs.Emulator;
using Sys.Wincs.Net;

namespace nanoWincs.Benchmarks
{
    /// <summary>
    /// The SYS_WINCS_NET service layer (<see cref="WincsNetService"/>) on the rig's socket layer: one TCP client
    /// socket opened with SOCK_TCP_OPEN to a loopback peer that both drains and writes the pattern. Phases of
    /// <c>TcpSockWrite</c> (BUSY: run the task loop and ask again) or <c>TcpSockRead</c> (-1: the same), as an
    /// application polling the service would run them. The service takes over the socket layer's event callback.
    /// </summary>
    public sealed class NetServiceBench : IDisposable
    {
        private static readonly long TimeoutTicks = 30 * Stopwatch.Frequency;

        private readonly BenchRig _rig;
        private readonly Socket _peer;
        private readonly PeerSink _sink;
        private readonly PeerSource _source;
        private readonly uint _socket;
        private byte[] _buffer = new byte[0];
        private long _sent;
        private long _received;

        public NetServiceBench(BenchRig rig)
        {
            _rig = rig;
            Net = new WincsNetService(rig.Driver, rig.Sockets);
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start(1);
            try
            {
                var config = new NetSocket
                {
                    BindType = BindType.Remote,
                    SockType = NetSockType.Tcp,
                    SockAddr = "127.0.0.1",
                    SockPort = ((IPEndPoint)listener.LocalEndpoint).Port,
                    IpType = (int)NetIpType.Ipv4,
                };
                WincsResult r = WincsResult.Busy;
                rig.PumpUntil(() => (r = Net.SockSrvCtrl(NetSockService.SockTcpOpen, config)) != WincsResult.Busy, "SOCK_TCP_OPEN accepted");
                if (r != WincsResult.Pass)
                {
                    throw new InvalidOperationException("SOCK_TCP_OPEN returned " + r);
                }

                _socket = config.SockId;
                rig.PumpUntil(() => Net.IsConnected(_socket), "service socket CONNECTED");
                if (rig.Options.ModuleSendBuffer > 0)
                {
                    // the service socket's descriptor is its id
                    rig.Sockets.SetSockOpt((int)_socket, SocketConstants.SolSocket, SocketConstants.SoSndBuf, rig.Options.ModuleSendBuffer);
                }

                _peer = listener.AcceptSocket();
                _peer.NoDelay = true;
            }
            finally
            {
                listener.Stop();
            }

            _sink = new PeerSink(_peer);
            _source = new PeerSource(_peer);
        }

        public WincsNetService Net { get; }

        /// <summary><paramref name="operations"/> × TcpSockWrite of <paramref name="size"/> bytes, then until the module took all and the peer got all.</summary>
        public PhaseResult Write(string name, int size, int operations)
        {
            if (_buffer.Length < size)
            {
                _buffer = new byte[size];
            }

            EmulatorCounters before = _rig.Emulator.Counters;
            long emulatorBefore = _rig.Bus.EmulatorBytes;
            long resentBefore = _rig.Sockets.ResentWrites;
            long start = Stopwatch.GetTimestamp();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

            for (int op = 0; op < operations; op++)
            {
                StreamPattern.Fill(_buffer, 0, size, _sent);
                long deadline = Stopwatch.GetTimestamp() + TimeoutTicks;
                WincsResult r;
                while ((r = Net.TcpSockWrite(_socket, size, _buffer)) != WincsResult.Pass)
                {
                    if (r != WincsResult.Busy || Stopwatch.GetTimestamp() > deadline)
                    {
                        throw new InvalidOperationException("TcpSockWrite returned " + r + " at position " + _sent);
                    }

                    _rig.Pump();
                }

                _sent += size;
            }

            long drainDeadline = Stopwatch.GetTimestamp() + TimeoutTicks;
            while (Net.SockTxPending(_socket) != 0 || _sink.Received < _sent || _rig.Driver.OutstandingRequestCount != 0)
            {
                _rig.Pump();
                if (Stopwatch.GetTimestamp() > drainDeadline)
                {
                    throw new TimeoutException("service write drain: pending " + Net.SockTxPending(_socket) + ", peer received " + _sink.Received + " of " + _sent);
                }
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            long emulatorBytes = _rig.Bus.EmulatorBytes - emulatorBefore;
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            EmulatorCounters after = _rig.Emulator.Counters;
            if (_sink.FirstMismatch >= 0 || _sink.Received != _sent)
            {
                throw new InvalidOperationException("the peer received " + _sink.Received + " of " + _sent + " bytes, first corrupted at " + _sink.FirstMismatch);
            }

            return PhaseResult.From(name, operations, (long)size * operations, before, after, allocated - emulatorBytes, emulatorBytes, _rig.Sockets.ResentWrites - resentBefore, elapsed);
        }

        /// <summary>TcpSockRead of at most <paramref name="chunk"/> bytes until <paramref name="bytes"/> more arrived, then until the last credit was answered.</summary>
        public PhaseResult Read(string name, int chunk, long bytes)
        {
            if (_buffer.Length < chunk)
            {
                _buffer = new byte[chunk];
            }

            long target = _received + bytes;
            EmulatorCounters before = _rig.Emulator.Counters;
            long emulatorBefore = _rig.Bus.EmulatorBytes;
            long start = Stopwatch.GetTimestamp();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

            _source.Allow(target);
            long operations = 0;
            long deadline = Stopwatch.GetTimestamp() + TimeoutTicks;
            while (_received < target)
            {
                int want = (int)Math.Min(chunk, target - _received);
                int n = Net.TcpSockRead(_socket, want, _buffer);
                if (n > 0)
                {
                    int bad = StreamPattern.FirstMismatch(_buffer, 0, n, _received);
                    if (bad >= 0)
                    {
                        throw new InvalidOperationException("TcpSockRead returned a corrupted stream at position " + (_received + bad));
                    }

                    _received += n;
                    operations++;
                    deadline = Stopwatch.GetTimestamp() + TimeoutTicks;
                    continue;
                }

                if (n != -1 || Stopwatch.GetTimestamp() > deadline)
                {
                    throw new InvalidOperationException("TcpSockRead returned " + n + " at position " + _received + " of " + target);
                }

                _rig.Pump();
            }

            int quiet = 0;
            while (quiet < 2)
            {
                _rig.Pump();
                quiet = _rig.Driver.OutstandingRequestCount == 0 && _rig.Device.QueuedBursts == 0 && !_rig.Bus.InterruptAsserted ? quiet + 1 : 0;
                if (Stopwatch.GetTimestamp() > deadline)
                {
                    throw new TimeoutException("service read drain");
                }
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            long emulatorBytes = _rig.Bus.EmulatorBytes - emulatorBefore;
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            EmulatorCounters after = _rig.Emulator.Counters;
            return PhaseResult.From(name, operations, bytes, before, after, allocated - emulatorBytes, emulatorBytes, 0, elapsed);
        }

        public void Dispose()
        {
            _source.Dispose();
            Net.SockSrvCtrl(NetSockService.SockClose, _socket);
            _sink.Dispose();
            _peer.Dispose();
        }
    }
}
