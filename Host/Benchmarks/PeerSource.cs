// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Net.Sockets;
using System.Threading;

namespace nanoWincs.Benchmarks
{
    /// <summary>The loopback peer of a receive benchmark: writes <see cref="StreamPattern"/> bytes on its own thread.</summary>
    internal sealed class PeerSource : IDisposable
    {
        private readonly Socket _socket;
        private readonly Thread _thread;
        private readonly object _gate = new object();
        private long _allowed;
        private long _sent;
        private volatile bool _stopping;

        public PeerSource(Socket socket)
        {
            _socket = socket;
            _thread = new Thread(Run) { IsBackground = true, Name = "bench peer source" };
            _thread.Start();
        }

        public long Sent => Interlocked.Read(ref _sent);

        public Exception Failure { get; private set; }

        /// <summary>Lets the peer write up to stream position <paramref name="total"/>.</summary>
        public void Allow(long total)
        {
            lock (_gate)
            {
                _allowed = Math.Max(_allowed, total);
                Monitor.PulseAll(_gate);
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _stopping = true;
                Monitor.PulseAll(_gate);
            }

            _thread.Join(TimeSpan.FromSeconds(5));
        }

        private void Run()
        {
            byte[] buffer = new byte[16384];
            long position = 0;
            try
            {
                while (!_stopping)
                {
                    long allowed;
                    lock (_gate)
                    {
                        while (!_stopping && _allowed <= position)
                        {
                            Monitor.Wait(_gate);
                        }

                        allowed = _allowed;
                    }

                    if (_stopping)
                    {
                        return;
                    }

                    int n = (int)Math.Min(buffer.Length, allowed - position);
                    StreamPattern.Fill(buffer, 0, n, position);
                    int offset = 0;
                    while (offset < n && !_stopping)
                    {
                        offset += _socket.Send(buffer, offset, n - offset, SocketFlags.None);
                    }

                    position += n;
                    Interlocked.Exchange(ref _sent, position);
                }
            }
            catch (Exception ex) when (ex is SocketException || ex is ObjectDisposedException)
            {
                if (!_stopping)
                {
                    Failure = ex;
                }
            }
        }
    }
}
