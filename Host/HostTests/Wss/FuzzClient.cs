// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests.Wss
{
    /// <summary>What the fuzzing client saw from the server, in order.</summary>
    internal sealed record WsEvent(string Kind, byte[] Payload, bool Binary = false, int Code = -1)
    {
        public static WsEvent Text(string text) => new WsEvent("message", Encoding.UTF8.GetBytes(text), false);

        public static WsEvent TextBytes(byte[] utf8) => new WsEvent("message", utf8, false);

        public static WsEvent Bin(byte[] bytes) => new WsEvent("message", bytes, true);

        public static WsEvent Pong(byte[] payload) => new WsEvent("pong", payload);

        public static WsEvent Pong(string payload) => new WsEvent("pong", Encoding.UTF8.GetBytes(payload));

        public bool SameAs(WsEvent other)
        {
            return Kind == other.Kind && Binary == other.Binary && Payload.AsSpan().SequenceEqual(other.Payload);
        }

        public override string ToString()
        {
            string p = Payload.Length <= 24 ? Convert.ToHexString(Payload) : Payload.Length + " bytes";
            return Kind + (Kind == "message" ? (Binary ? "(binary " : "(text ") : "(") + p + ")";
        }
    }

    /// <summary>
    /// A raw RFC 6455 client in the manner of Autobahn's fuzzing client: it frames by hand (masked, any
    /// opcode, RSV, length), chops octets as told, and records every frame the server sends with the
    /// time it arrived, plus who closed TCP. A reader thread drains the socket at all times, so a
    /// server that fails the connection and closes TCP cannot make the client lose what came before.
    /// </summary>
    internal sealed class FuzzClient : IDisposable
    {
        private static readonly byte[] s_mask = { 0x4A, 0x91, 0x0C, 0xE3 };
        private readonly Socket _socket;
        private readonly Thread _reader;
        private readonly object _sync = new object();
        private readonly List<WsEvent> _events = new List<WsEvent>();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly MemoryStream _incoming = new MemoryStream();
        private MemoryStream _fragments;
        private int _fragmentOpcode;
        private bool _closedByClient;
        private bool _sentClose;

        private FuzzClient(Socket socket, string response, byte[] leftover)
        {
            _socket = socket;
            Response = response;
            _incoming.Write(leftover, 0, leftover.Length);
            lock (_sync)
            {
                Parse();
            }

            _reader = new Thread(Read) { IsBackground = true, Name = "fuzz client reader" };
            _reader.Start();
        }

        /// <summary>Gets the server's HTTP answer to the opening handshake.</summary>
        public string Response { get; }

        /// <summary>Gets the server's close frame: code (-1 none yet, 1005 empty) and when it came.</summary>
        public int CloseCode { get; private set; } = -1;

        public byte[] CloseReason { get; private set; }

        public bool CloseReceived { get; private set; }

        public TimeSpan CloseReceivedAt { get; private set; }

        /// <summary>Gets a value indicating whether the server ended TCP (FIN or reset) while the client had not.</summary>
        public bool TcpClosedByServer { get; private set; }

        public bool TcpReset { get; private set; }

        public TimeSpan TcpClosedAt { get; private set; }

        /// <summary>Gets a protocol error in what the server sent (masked frame, RSV, bad opcode...), or null.</summary>
        public string ServerProtocolError { get; private set; }

        public TimeSpan Now => _clock.Elapsed;

        /// <summary>Gets or sets a value indicating whether a close frame from the server is answered (Autobahn does; default true).</summary>
        public bool AnswerClose { get; set; } = true;

        public static FuzzClient Connect(int port, string path = "/", string extraHeaders = "")
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveTimeout = 10000, SendTimeout = 10000 };
            socket.Connect(IPAddress.Loopback, port);
            byte[] nonce = RandomNumberGenerator.GetBytes(16);
            string key = Convert.ToBase64String(nonce);
            string request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n" + extraHeaders + "\r\n";
            socket.Send(Encoding.ASCII.GetBytes(request));
            var buffer = new MemoryStream();
            byte[] chunk = new byte[4096];
            int end;
            while ((end = IndexOfBlankLine(buffer)) < 0)
            {
                int n = socket.Receive(chunk);
                if (n <= 0)
                {
                    socket.Dispose();
                    Assert.Fail("the server closed the connection during the opening handshake: " + Encoding.ASCII.GetString(buffer.ToArray()));
                }

                buffer.Write(chunk, 0, n);
            }

            byte[] all = buffer.ToArray();
            string response = Encoding.ASCII.GetString(all, 0, end);
            string accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
            if (!response.StartsWith("HTTP/1.1 101 ", StringComparison.Ordinal) || !response.Contains("Sec-WebSocket-Accept: " + accept + "\r\n", StringComparison.Ordinal))
            {
                socket.Dispose();
                Assert.Fail("not a valid 101 answer: " + response);
            }

            return new FuzzClient(socket, response, all.AsSpan(end).ToArray());
        }

        public static int IndexOfBlankLine(MemoryStream buffer)
        {
            byte[] b = buffer.GetBuffer();
            for (int i = 3; i < buffer.Length; i++)
            {
                if (b[i - 3] == '\r' && b[i - 2] == '\n' && b[i - 1] == '\r' && b[i] == '\n')
                {
                    return i + 1;
                }
            }

            return -1;
        }

        public static byte[] Frame(int opcode, byte[] payload, bool fin = true, int rsv = 0, bool mask = true)
        {
            payload ??= Array.Empty<byte>();
            long length = payload.Length;
            var f = new MemoryStream();
            f.WriteByte((byte)((fin ? 0x80 : 0) | (rsv << 4) | opcode));
            byte maskBit = (byte)(mask ? 0x80 : 0);
            if (length <= 125)
            {
                f.WriteByte((byte)(maskBit | length));
            }
            else if (length <= 0xFFFF)
            {
                f.WriteByte((byte)(maskBit | 126));
                f.WriteByte((byte)(length >> 8));
                f.WriteByte((byte)length);
            }
            else
            {
                f.WriteByte((byte)(maskBit | 127));
                for (int i = 7; i >= 0; i--)
                {
                    f.WriteByte((byte)(length >> (8 * i)));
                }
            }

            if (mask)
            {
                f.Write(s_mask, 0, 4);
                for (int i = 0; i < payload.Length; i++)
                {
                    f.WriteByte((byte)(payload[i] ^ s_mask[i & 3]));
                }
            }
            else
            {
                f.Write(payload, 0, payload.Length);
            }

            return f.ToArray();
        }

        /// <summary>A payload of <paramref name="length"/> bytes repeating <paramref name="pattern"/> (Autobahn's payload_len).</summary>
        public static byte[] Repeat(byte[] pattern, int length)
        {
            var b = new byte[length];
            for (int i = 0; i < length; i++)
            {
                b[i] = pattern[i % pattern.Length];
            }

            return b;
        }

        public static byte[] Repeat(string pattern, int length) => Repeat(Encoding.UTF8.GetBytes(pattern), length);

        /// <summary>Sends one frame; <paramref name="chop"/> &gt; 0 sends it in TCP writes of that many octets, <paramref name="sync"/> gives it its own write.</summary>
        public void SendFrame(int opcode, byte[] payload = null, bool fin = true, int rsv = 0, int chop = 0, bool sync = false, bool mask = true)
        {
            if (opcode == 8)
            {
                _sentClose = true;
            }

            SendRaw(Frame(opcode, payload, fin, rsv, mask), chop, sync);
        }

        public void SendFrame(int opcode, string payload, bool fin = true, int rsv = 0, int chop = 0, bool sync = false)
        {
            SendFrame(opcode, Encoding.UTF8.GetBytes(payload), fin, rsv, chop, sync);
        }

        /// <summary>Sends a message, split into frames of <paramref name="fragmentSize"/> payload octets (0 = one frame).</summary>
        public void SendMessage(byte[] payload, bool binary, int fragmentSize = 0, int chop = 0)
        {
            int opcode = binary ? 2 : 1;
            if (fragmentSize <= 0 || payload.Length <= fragmentSize)
            {
                SendFrame(opcode, payload, chop: chop);
                return;
            }

            var all = new MemoryStream();
            for (int at = 0; at < payload.Length; at += fragmentSize)
            {
                int n = Math.Min(fragmentSize, payload.Length - at);
                all.Write(Frame(at == 0 ? opcode : 0, payload.AsSpan(at, n).ToArray(), at + n == payload.Length));
            }

            SendRaw(all.ToArray(), chop, false);
        }

        public void SendClose(int code, byte[] reason = null)
        {
            var p = new MemoryStream();
            if (code >= 0)
            {
                p.WriteByte((byte)(code >> 8));
                p.WriteByte((byte)code);
                if (reason != null)
                {
                    p.Write(reason, 0, reason.Length);
                }
            }

            SendFrame(8, p.ToArray());
        }

        public void SendRaw(byte[] bytes, int chop = 0, bool sync = false)
        {
            try
            {
                if (sync)
                {
                    // a frame-wise chop: give the previous writes time to be read on their own
                    Thread.Sleep(5);
                }

                if (chop <= 0 || chop >= bytes.Length)
                {
                    _socket.Send(bytes);
                    return;
                }

                int chops = (bytes.Length + chop - 1) / chop;
                for (int at = 0; at < bytes.Length; at += chop)
                {
                    _socket.Send(bytes, at, Math.Min(chop, bytes.Length - at), SocketFlags.None);
                    if (chops <= 2000)
                    {
                        Thread.Sleep(1);
                    }
                }
            }
            catch (SocketException)
            {
                // the server failed the connection and closed TCP: what it sent before is what counts
            }
            catch (ObjectDisposedException)
            {
            }
        }

        /// <summary>Sends the header and the first part of a frame whose payload is never completed (for limit checks).</summary>
        public void SendFrameStart(int opcode, long declaredLength, byte[] firstPayload, bool fin = true)
        {
            var f = new MemoryStream();
            f.WriteByte((byte)((fin ? 0x80 : 0) | opcode));
            f.WriteByte(0x80 | 127);
            for (int i = 7; i >= 0; i--)
            {
                f.WriteByte((byte)(declaredLength >> (8 * i)));
            }

            f.Write(s_mask, 0, 4);
            for (int i = 0; i < firstPayload.Length; i++)
            {
                f.WriteByte((byte)(firstPayload[i] ^ s_mask[i & 3]));
            }

            SendRaw(f.ToArray());
        }

        public List<WsEvent> Events()
        {
            lock (_sync)
            {
                return new List<WsEvent>(_events);
            }
        }

        public string Describe()
        {
            lock (_sync)
            {
                return "events [" + string.Join(", ", _events) + "], close " + (CloseReceived ? CloseCode.ToString() : "none") + ", TCP " + (TcpClosedByServer ? (TcpReset ? "reset by server" : "closed by server") : "open") + (ServerProtocolError != null ? ", server protocol error: " + ServerProtocolError : string.Empty);
            }
        }

        /// <summary>Waits until <paramref name="condition"/> holds or <paramref name="limit"/> passes.</summary>
        public bool WaitFor(Func<bool> condition, TimeSpan limit)
        {
            var watch = Stopwatch.StartNew();
            while (true)
            {
                lock (_sync)
                {
                    if (condition())
                    {
                        return true;
                    }

                    if (watch.Elapsed > limit)
                    {
                        return false;
                    }

                    Monitor.Wait(_sync, 20);
                }
            }
        }

        public bool MatchesSoFar(IReadOnlyList<WsEvent> expected)
        {
            lock (_sync)
            {
                if (_events.Count != expected.Count)
                {
                    return false;
                }

                for (int i = 0; i < expected.Count; i++)
                {
                    if (!_events[i].SameAs(expected[i]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>
        /// Autobahn "OK" with a clean close started by the client: the events equal
        /// <paramref name="expected"/>, then the client sends Close(1000), the server answers with a
        /// close whose code is in <paramref name="codes"/> (or empty) and the SERVER closes TCP.
        /// </summary>
        public void ExpectEchoThenCleanClose(IReadOnlyList<WsEvent> expected, TimeSpan? wait = null, int[] codes = null, TimeSpan? quiet = null)
        {
            TimeSpan limit = wait ?? TimeSpan.FromSeconds(10);
            bool matched = WaitFor(() => MatchesSoFar(expected) || CloseReceived || TcpClosedByServer, limit);
            Assert.IsTrue(matched && MatchesSoFar(expected), "expected [" + string.Join(", ", expected) + "] but got " + Describe());
            if (quiet.HasValue)
            {
                // nothing else may come (e.g. no pong for an unsolicited pong)
                Thread.Sleep(quiet.Value);
            }

            Assert.IsFalse(CloseReceived || TcpClosedByServer, "the server closed before the client: " + Describe());
            SendClose(1000);
            ExpectCloseReply(codes ?? new[] { 1000 }, true);
            Assert.IsTrue(MatchesSoFar(expected), "events changed after the match: " + Describe());
        }

        /// <summary>
        /// After the client's own close frame: the server's close code is in <paramref name="codes"/>
        /// (empty allowed when <paramref name="emptyAllowed"/>) and the server closes TCP.
        /// </summary>
        public void ExpectCloseReply(int[] codes, bool emptyAllowed)
        {
            Assert.IsTrue(_sentClose, "the client did not send a close frame");
            Assert.IsTrue(WaitFor(() => TcpClosedByServer, TimeSpan.FromSeconds(5)), "FAILED BY CLIENT: the server did not close TCP after the close handshake: " + Describe());
            Assert.IsNull(ServerProtocolError, Describe());
            if (CloseReceived)
            {
                Assert.IsTrue(codes.Contains(CloseCode) || (emptyAllowed && CloseCode == 1005), "WRONG CODE: the close code should have been " + string.Join(",", codes) + " or empty: " + Describe());
            }
            else
            {
                Assert.IsTrue(!emptyAllowed, "UNCLEAN: the server dropped TCP without answering the close: " + Describe());
            }
        }

        /// <summary>
        /// Autobahn "connection failed" started by the server: the events so far equal
        /// <paramref name="expected"/>, the server sends Close(<paramref name="code"/>) before the client
        /// closes, and the server closes TCP; within <paramref name="within"/> of <paramref name="since"/>.
        /// </summary>
        public void ExpectFailed(int code, IReadOnlyList<WsEvent> expected, TimeSpan? within = null, TimeSpan? since = null)
        {
            TimeSpan limit = within ?? TimeSpan.FromSeconds(3);
            TimeSpan from = since ?? Now;
            TimeSpan remaining = from + limit - Now;
            Assert.IsTrue(WaitFor(() => CloseReceived || TcpClosedByServer, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero), "the server did not fail the connection within " + limit.TotalMilliseconds + " ms: " + Describe());
            Assert.IsTrue(CloseReceived, "the server dropped TCP without a close frame (code " + code + " expected): " + Describe());
            Assert.IsTrue(CloseReceivedAt - from <= limit, "the server failed the connection late: after " + (CloseReceivedAt - from).TotalMilliseconds + " ms");
            Assert.AreEqual(code, CloseCode, "WRONG CODE: " + Describe());
            Assert.IsFalse(_closedByClient, "the connection was failed by the wrong endpoint");
            Assert.IsTrue(WaitFor(() => TcpClosedByServer, TimeSpan.FromSeconds(5)), "the server did not close TCP after failing the connection: " + Describe());
            Assert.IsTrue(MatchesSoFar(expected), "expected [" + string.Join(", ", expected) + "] before the failure but got " + Describe());
            Assert.IsNull(ServerProtocolError, Describe());
        }

        public void Dispose()
        {
            _closedByClient = true;
            try
            {
                _socket.Dispose();
            }
            catch (Exception)
            {
            }

            _reader.Join(TimeSpan.FromSeconds(2));
        }

        private void Read()
        {
            byte[] buffer = new byte[65536];
            while (true)
            {
                int n;
                try
                {
                    n = _socket.Receive(buffer);
                }
                catch (SocketException ex) when (ex.SocketErrorCode == SocketError.TimedOut || ex.SocketErrorCode == SocketError.WouldBlock)
                {
                    if (_closedByClient)
                    {
                        return;
                    }

                    continue;
                }
                catch (SocketException)
                {
                    Ended(true);
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                if (n <= 0)
                {
                    Ended(false);
                    return;
                }

                lock (_sync)
                {
                    _incoming.Write(buffer, 0, n);
                    Parse();
                    Monitor.PulseAll(_sync);
                }
            }
        }

        private void Ended(bool reset)
        {
            lock (_sync)
            {
                if (!_closedByClient)
                {
                    TcpClosedByServer = true;
                    TcpReset = reset;
                    TcpClosedAt = Now;
                }

                Monitor.PulseAll(_sync);
            }
        }

        // Takes complete server frames off the front of _incoming (lock held).
        private void Parse()
        {
            while (true)
            {
                byte[] b = _incoming.GetBuffer();
                long have = _incoming.Length;
                if (have < 2)
                {
                    return;
                }

                int header = 2;
                long length = b[1] & 0x7F;
                if (length == 126)
                {
                    header = 4;
                    if (have < 4)
                    {
                        return;
                    }

                    length = (b[2] << 8) | b[3];
                }
                else if (length == 127)
                {
                    header = 10;
                    if (have < 10)
                    {
                        return;
                    }

                    length = 0;
                    for (int i = 2; i < 10; i++)
                    {
                        length = (length << 8) | b[i];
                    }
                }

                if ((b[1] & 0x80) != 0)
                {
                    ServerProtocolError ??= "masked server frame";
                }

                if ((b[0] & 0x70) != 0)
                {
                    ServerProtocolError ??= "RSV bits set by the server";
                }

                if (have < header + length)
                {
                    return;
                }

                bool fin = (b[0] & 0x80) != 0;
                int opcode = b[0] & 0x0F;
                byte[] payload = b.AsSpan(header, (int)length).ToArray();
                byte[] rest = b.AsSpan(header + (int)length, (int)(have - header - length)).ToArray();
                _incoming.SetLength(0);
                _incoming.Write(rest, 0, rest.Length);
                Frame(fin, opcode, payload);
            }
        }

        private void Frame(bool fin, int opcode, byte[] payload)
        {
            if (CloseReceived)
            {
                ServerProtocolError ??= "a frame after the server's close frame";
                return;
            }

            switch (opcode)
            {
                case 0x0:
                case 0x1:
                case 0x2:
                    if (opcode == 0 && _fragments == null)
                    {
                        ServerProtocolError ??= "continuation without a message";
                        return;
                    }

                    if (opcode != 0)
                    {
                        if (_fragments != null)
                        {
                            ServerProtocolError ??= "new message inside a fragmented one";
                        }

                        _fragments = new MemoryStream();
                        _fragmentOpcode = opcode;
                    }

                    _fragments.Write(payload, 0, payload.Length);
                    if (fin)
                    {
                        byte[] message = _fragments.ToArray();
                        _fragments = null;
                        if (_fragmentOpcode == 1 && !IsUtf8(message))
                        {
                            ServerProtocolError ??= "the server sent invalid UTF-8 text";
                        }

                        _events.Add(new WsEvent("message", message, _fragmentOpcode == 2));
                    }

                    break;

                case 0x8:
                    CloseReceived = true;
                    CloseReceivedAt = Now;
                    CloseCode = payload.Length >= 2 ? (payload[0] << 8) | payload[1] : 1005;
                    CloseReason = payload.Length > 2 ? payload.AsSpan(2).ToArray() : Array.Empty<byte>();
                    if (payload.Length == 1 || payload.Length > 125)
                    {
                        ServerProtocolError ??= "malformed close frame from the server";
                    }

                    if (!_sentClose && AnswerClose)
                    {
                        // as Autobahn does: answer the server's close (the server may already have closed TCP)
                        _sentClose = true;
                        byte[] reply = Frame(8, payload.Length >= 2 ? payload.AsSpan(0, 2).ToArray() : Array.Empty<byte>());
                        ThreadPool.QueueUserWorkItem(_ =>
                        {
                            try
                            {
                                _socket.Send(reply);
                            }
                            catch (Exception)
                            {
                            }
                        });
                    }

                    break;

                case 0x9:
                    _events.Add(new WsEvent("ping", payload));
                    break;

                case 0xA:
                    _events.Add(new WsEvent("pong", payload));
                    break;

                default:
                    ServerProtocolError ??= "reserved opcode " + opcode + " from the server";
                    break;
            }
        }

        private static bool IsUtf8(byte[] bytes)
        {
            try
            {
                new UTF8Encoding(false, true).GetString(bytes);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }
}
