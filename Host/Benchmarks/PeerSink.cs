// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading;

namespace nanoWincs.Benchmarks
{
    /// <summary>
    /// The loopback peer of a send benchmark: drains the connection on its own thread, checks every byte against
    /// <see cref="StreamPattern"/> and keeps a SHA-256 of everything it received.
    /// </summary>
    public sealed class PeerSink : IDisposable
    {
        private readonly object _hashLock = new object();
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly Socket _socket;
        private readonly Thread _thread;
        private long _received;
        private long _firstMismatch = -1;
        private volatile bool _stopping;

        public PeerSink(Socket socket)
        {
            _socket = socket;
            _thread = new Thread(Run) { IsBackground = true, Name = "bench peer sink" };
            _thread.Start();
        }

        public long Received => Interlocked.Read(ref _received);

        /// <summary>Gets the stream position of the first byte that did not match, or -1.</summary>
        public long FirstMismatch => Interlocked.Read(ref _firstMismatch);

        public Exception Failure { get; private set; }

        /// <summary>Gets the SHA-256 of the bytes received so far.</summary>
        public byte[] Sha256()
        {
            lock (_hashLock)
            {
                return _hash.GetCurrentHash();
            }
        }

        public void Dispose()
        {
            _stopping = true;
            try
            {
                _socket.Shutdown(SocketShutdown.Both);
            }
            catch (SocketException)
            {
                // already gone
            }
            catch (ObjectDisposedException)
            {
                // already gone
            }

            _thread.Join(TimeSpan.FromSeconds(5));
        }

        private void Run()
        {
            byte[] buffer = new byte[65536];
            try
            {
                while (!_stopping)
                {
                    int n = _socket.Receive(buffer);
                    if (n <= 0)
                    {
                        return;
                    }

                    long position = Interlocked.Read(ref _received);
                    if (Interlocked.Read(ref _firstMismatch) < 0)
                    {
                        int bad = StreamPattern.FirstMismatch(buffer, 0, n, position);
                        if (bad >= 0)
                        {
                            Interlocked.Exchange(ref _firstMismatch, position + bad);
                        }
                    }

                    lock (_hashLock)
                    {
                        _hash.AppendData(buffer, 0, n);
                    }

                    Interlocked.Add(ref _received, n);
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
