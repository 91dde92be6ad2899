// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using Sys.Wss;

namespace nanoWincs.Fuzz
{
    /// <summary>
    /// Random and mutated handshakes and frames through WssConnection (handshake, parser, close logic).
    /// Every input must be handled without an escaped exception, in bounded time, with bounded memory.
    /// </summary>
    public sealed class WssFuzzer : IWssTransport
    {
        private const string Request = "GET /fuzz HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";

        private readonly Random _random;
        private readonly WssConnection[] _connections = new WssConnection[4];
        private readonly byte[] _input = new byte[8192];
        private readonly byte[] _request;
        private long _written;
        private int _closes;

        public WssFuzzer(int seed)
        {
            _random = new Random(seed);
            _request = System.Text.Encoding.ASCII.GetBytes(Request);
            var config = new WssConfig { MaxMessageSize = 2048, MaxHandshakeSize = 512, ClientTimeoutMs = 50, PongTimeoutMs = 20, CloseTimeoutMs = 20 };
            for (int i = 0; i < _connections.Length; i++)
            {
                _connections[i] = new WssConnection(i, config, this);
                _connections[i].SetCallback(OnEvent, null);
            }
        }

        public long Iterations { get; private set; }

        public long Exceptions { get; private set; }

        public long BytesFed { get; private set; }

        public long LongestIterationTicks { get; private set; }

        public long Closes => _closes;

        public string FirstFailure { get; private set; }

        public int Write(int socket, byte[] buffer, int offset, int count)
        {
            _written += count;
            return (_random.Next(8) == 0) ? count / 2 : count;
        }

        public void Close(int socket)
        {
            _closes++;
        }

        /// <summary>Runs one random case; returns false if an exception escaped.</summary>
        public bool RunOne()
        {
            Iterations++;
            var connection = _connections[Iterations % _connections.Length];
            long start = Stopwatch.GetTimestamp();
            try
            {
                if (connection.State == WssState.Closed)
                {
                    connection.Open((int)(Iterations & 0xFFFF), Iterations * 10000);
                }

                int kind = _random.Next(10);
                int length;
                if (connection.State == WssState.Connecting)
                {
                    length = kind < 6 ? MutatedHandshake() : RandomBytes();
                }
                else
                {
                    length = kind < 2 ? RandomBytes() : MutatedFrames();
                }

                Feed(connection, length);
                connection.Tick((Iterations * 10000) + _random.Next(1000000));
                if (_random.Next(50) == 0)
                {
                    connection.Send(_random.Next(2) == 0, (WssFrame)_random.Next(3), _input, 0, _random.Next(300));
                }

                if (_random.Next(200) == 0)
                {
                    connection.Close(1000 + _random.Next(20), _input, 0, _random.Next(130));
                }

                if (_random.Next(100) == 0)
                {
                    connection.OnTcpClosed();
                }
            }
            catch (Exception ex)
            {
                Exceptions++;
                FirstFailure ??= ex.ToString();
                connection.OnTcpClosed();
                return false;
            }
            finally
            {
                long spent = Stopwatch.GetTimestamp() - start;
                if (spent > LongestIterationTicks)
                {
                    LongestIterationTicks = spent;
                }
            }

            return true;
        }

        private void Feed(WssConnection connection, int length)
        {
            BytesFed += length;
            int at = 0;
            while (at < length)
            {
                int chop = _random.Next(4) == 0 ? 1 : 1 + _random.Next(length - at);
                connection.Receive(_input, at, chop, Iterations * 10000);
                at += chop;
            }
        }

        private int RandomBytes()
        {
            int length = _random.Next(_random.Next(2) == 0 ? 16 : 600);
            _random.NextBytes(_input.AsSpan(0, length));
            return length;
        }

        private int MutatedHandshake()
        {
            int length = _request.Length;
            Array.Copy(_request, _input, length);
            int mutations = _random.Next(4);
            for (int i = 0; i < mutations; i++)
            {
                int at = _random.Next(length);
                switch (_random.Next(4))
                {
                    case 0:
                        _input[at] = (byte)_random.Next(256);
                        break;
                    case 1:
                        _input[at] ^= (byte)(1 << _random.Next(8));
                        break;
                    case 2:
                        length = at;
                        break;
                    default:
                        int extra = Math.Min(_random.Next(700), _input.Length - length);
                        _random.NextBytes(_input.AsSpan(length, extra));
                        length += extra;
                        break;
                }
            }

            return length;
        }

        private int MutatedFrames()
        {
            int at = 0;
            int frames = 1 + _random.Next(4);
            for (int f = 0; f < frames && at < _input.Length - 3000; f++)
            {
                int opcode = _random.Next(5) == 0 ? _random.Next(16) : new[] { 0, 1, 2, 8, 9, 10 }[_random.Next(6)];
                bool fin = _random.Next(4) != 0;
                int payload = _random.Next(3) == 0 ? _random.Next(2100) : _random.Next(130);
                byte b0 = (byte)((fin ? 0x80 : 0) | opcode | (_random.Next(20) == 0 ? 0x10 << _random.Next(3) : 0));
                _input[at++] = b0;
                bool masked = _random.Next(30) != 0;
                if (payload <= 125)
                {
                    _input[at++] = (byte)((masked ? 0x80 : 0) | payload);
                }
                else if (payload <= 0xFFFF && _random.Next(10) != 0)
                {
                    _input[at++] = (byte)((masked ? 0x80 : 0) | 126);
                    _input[at++] = (byte)(payload >> 8);
                    _input[at++] = (byte)payload;
                }
                else
                {
                    _input[at++] = (byte)((masked ? 0x80 : 0) | 127);
                    long declared = _random.Next(10) == 0 ? (long)_random.NextInt64() : payload;
                    for (int i = 7; i >= 0; i--)
                    {
                        _input[at++] = (byte)(declared >> (i * 8));
                    }
                }

                if (masked)
                {
                    _random.NextBytes(_input.AsSpan(at, 4));
                    at += 4;
                }

                _random.NextBytes(_input.AsSpan(at, payload));
                at += payload;
                if (_random.Next(10) == 0)
                {
                    _input[_random.Next(at)] ^= (byte)(1 << _random.Next(8));
                }
            }

            return at;
        }

        private static void OnEvent(WssEvent wssEvent, object data, int clientIndex, object cookie)
        {
            if (data is WssRxData rx && rx.Data != null && rx.Length > 0)
            {
                // touch the whole window the event promises is valid
                int sum = 0;
                for (int i = rx.Offset; i < rx.Offset + rx.Length; i++)
                {
                    sum += rx.Data[i];
                }

                GC.KeepAlive(sum);
            }
        }
    }
}
