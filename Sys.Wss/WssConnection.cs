// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Sys.Wss.Protocol;

namespace Sys.Wss
{
    /// <summary>
    /// One client slot of the WebSocket server: opening handshake, framing, close handshake, idle ping
    /// and timeouts, over an <see cref="IWssTransport"/>. Buffers are fixed at construction; after the
    /// handshake no call allocates. Time is passed in (DateTime ticks) so the behaviour is testable.
    /// </summary>
    public sealed class WssConnection : IWssFrameHandler
    {
        private const long TicksPerMs = 10000;

        private readonly int _index;
        private readonly WssConfig _config;
        private readonly IWssTransport _transport;
        private readonly WssHandshake _handshake;
        private readonly WssFrameParser _parser;
        private readonly byte[] _tx;
        private readonly byte[] _header = new byte[WssFrameWriter.MaxHeaderSize];
        private readonly byte[] _closeBody = new byte[125];
        private readonly byte[] _pingBody = new byte[4];
        private readonly WssRxData _rx = new WssRxData();
        private readonly WssClientInfo _info = new WssClientInfo();

        private WssCallback _callback;
        private object _cookie;
        private WssState _state = WssState.Closed;
        private int _socket = -1;
        private int _txStart;
        private int _txCount;
        private byte[] _page;
        private int _pageOffset;
        private int _pageRemaining;
        private bool _closeSent;
        private bool _closeTcpWhenFlushed;
        private bool _pingOutstanding;
        private int _pingCounter;
        private long _lastRx;
        private long _pingSentAt;
        private long _closingSince;
        private long _now;

        /// <summary>Creates a slot with buffers sized by <paramref name="config"/>.</summary>
        /// <param name="index">Client index reported in events.</param>
        /// <param name="config">Server configuration.</param>
        /// <param name="transport">The TCP side.</param>
        public WssConnection(int index, WssConfig config, IWssTransport transport)
        {
            if (config == null || transport == null)
            {
                throw new ArgumentNullException();
            }

            _index = index;
            _config = config;
            _transport = transport;
            _handshake = new WssHandshake(config.MaxHandshakeSize, config.Subprotocols);
            _parser = new WssFrameParser(this, config.MaxMessageSize);
            _tx = new byte[config.EffectiveTxBufferSize];
        }

        /// <summary>Gets the client index.</summary>
        public int Index => _index;

        /// <summary>Gets the slot state.</summary>
        public WssState State => _state;

        /// <summary>Gets the socket id, or -1 when closed.</summary>
        public int Socket => _socket;

        /// <summary>Gets the bytes waiting to be sent (transmit buffer, and the rest of a page being served).</summary>
        public int PendingTxBytes => _txCount + _pageRemaining;

        /// <summary>
        /// Gets how many more received bytes the slot should take now. While connected, it is what keeps
        /// room in the transmit buffer for a reply at least as long as every message those bytes can
        /// complete (so an echo never finds the buffer full) plus the pongs and the close reply; the
        /// server leaves the rest in the socket until the buffer drains. Unlimited in the other states.
        /// </summary>
        public int ReceiveRoom
        {
            get
            {
                if (_state != WssState.Connected)
                {
                    return int.MaxValue;
                }

                // a server frame header is never longer than the client's, so an echo needs at most the
                // bytes still to come, what the parser holds already, and one 10-byte header
                int room = _tx.Length - _txCount - WssConfig.ControlReserve - WssFrameWriter.MaxHeaderSize - _parser.PendingMessageLength;
                if (_txCount == 0 && room < WssConfig.ControlReserve)
                {
                    // nothing to wait for: keep reading (a transmit buffer smaller than the default may then say busy)
                    room = WssConfig.ControlReserve;
                }

                return room < 0 ? 0 : room;
            }
        }

        /// <summary>Gets or sets a value indicating whether the server left received bytes in the socket for want of <see cref="ReceiveRoom"/>.</summary>
        internal bool ReadDeferred { get; set; }

        /// <summary>Sets the application callback and cookie.</summary>
        /// <param name="callback">The callback, or null.</param>
        /// <param name="cookie">Passed back with every event.</param>
        public void SetCallback(WssCallback callback, object cookie)
        {
            _callback = callback;
            _cookie = cookie;
        }

        /// <summary>A TCP connection was accepted into this slot.</summary>
        /// <param name="socket">Socket id.</param>
        /// <param name="nowTicks">Current time (DateTime.UtcNow.Ticks).</param>
        public void Open(int socket, long nowTicks)
        {
            _socket = socket;
            _state = WssState.Connecting;
            _handshake.Reset();
            _parser.Reset();
            _txStart = 0;
            _txCount = 0;
            _page = null;
            _pageOffset = 0;
            _pageRemaining = 0;
            ReadDeferred = false;
            _handshake.PageAvailable = _config.HttpPage != null;
            _closeSent = false;
            _closeTcpWhenFlushed = false;
            _pingOutstanding = false;
            _lastRx = nowTicks;
            _now = nowTicks;
            Raise(WssEvent.ClientConnecting, null);
        }

        /// <summary>Bytes arrived from the client.</summary>
        /// <param name="data">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <param name="nowTicks">Current time.</param>
        public void Receive(byte[] data, int offset, int count, long nowTicks)
        {
            _now = nowTicks;
            if (_state == WssState.Closed || count <= 0)
            {
                return;
            }

            _lastRx = nowTicks;
            if (_state == WssState.Connecting)
            {
                if (_closeTcpWhenFlushed)
                {
                    return;
                }

                int used;
                WssHandshakeStatus status = _handshake.Feed(data, offset, count, out used);
                if (status == WssHandshakeStatus.NeedMore)
                {
                    return;
                }

                if (status == WssHandshakeStatus.Page)
                {
                    ServePage();
                    return;
                }

                int length = _handshake.WriteResponse(_tx, 0);
                _txStart = 0;
                _txCount = length;
                if (status == WssHandshakeStatus.Rejected)
                {
                    _closeTcpWhenFlushed = true;
                    _rx.Set(WssFrame.Close, null, 0, 0, _handshake.ResponseStatus);
                    Raise(WssEvent.ClientClosing, _rx);
                    Flush();
                    return;
                }

                _state = WssState.Connected;
                _info.Path = _handshake.Path;
                _info.Protocol = _handshake.SelectedProtocol;
                _info.Origin = _handshake.Origin;
                Flush();
                Raise(WssEvent.ClientConnected, _info);
                offset += used;
                count -= used;
                if (count == 0)
                {
                    return;
                }
            }

            if (!_parser.Failed && !_parser.CloseReceived)
            {
                _parser.Feed(data, offset, count);
            }

            Flush();
        }

        /// <summary>Advances timers and drains the transmit buffer; call from the service task.</summary>
        /// <param name="nowTicks">Current time.</param>
        public void Tick(long nowTicks)
        {
            _now = nowTicks;
            if (_state == WssState.Closed)
            {
                return;
            }

            Flush();
            if (_state == WssState.Connecting && nowTicks - _lastRx >= _config.ClientTimeoutMs * TicksPerMs)
            {
                // a client that never completes its request must not pin the slot
                CloseTcp();
                return;
            }

            if (_state == WssState.Connected)
            {
                if (_pingOutstanding && nowTicks - _pingSentAt >= _config.PongTimeoutMs * TicksPerMs)
                {
                    Raise(WssEvent.ClientTimeout, null);
                    StartClose(1001, null, 0, 0);
                }
                else if (!_pingOutstanding && nowTicks - _lastRx >= _config.ClientTimeoutMs * TicksPerMs)
                {
                    _pingCounter++;
                    _pingBody[0] = (byte)(_pingCounter >> 24);
                    _pingBody[1] = (byte)(_pingCounter >> 16);
                    _pingBody[2] = (byte)(_pingCounter >> 8);
                    _pingBody[3] = (byte)_pingCounter;
                    if (QueueFrame(true, WssFrame.Ping, _pingBody, 0, 4, true))
                    {
                        _pingOutstanding = true;
                        _pingSentAt = nowTicks;
                        Flush();
                    }
                }
            }
            else if (_state == WssState.Closing && nowTicks - _closingSince >= _config.CloseTimeoutMs * TicksPerMs)
            {
                CloseTcp();
            }
        }

        /// <summary>The socket reported that TCP is gone (peer close, reset or error).</summary>
        public void OnTcpClosed()
        {
            if (_state == WssState.Closed)
            {
                return;
            }

            _state = WssState.Closed;
            _socket = -1;
            _txCount = 0;
            _page = null;
            _pageRemaining = 0;
            ReadDeferred = false;
            Raise(WssEvent.ClientClosed, null);
        }

        /// <summary>Queues one data frame (the caller fragments by passing fin false, then Continuation frames).</summary>
        /// <param name="fin">Final fragment.</param>
        /// <param name="frame">Text, Binary or Continuation.</param>
        /// <param name="data">Payload source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Payload bytes.</param>
        /// <returns>Success, ErrorInvalidClient (not connected), ErrorInvalidArgument or ErrorBusy (no room now).</returns>
        public WssResult Send(bool fin, WssFrame frame, byte[] data, int offset, int length)
        {
            if (_state != WssState.Connected)
            {
                return WssResult.ErrorInvalidClient;
            }

            if ((frame != WssFrame.Text && frame != WssFrame.Binary && frame != WssFrame.Continuation) || length < 0 || (length > 0 && (data == null || offset < 0 || offset + length > data.Length)))
            {
                return WssResult.ErrorInvalidArgument;
            }

            if (!QueueFrame(fin, frame, data, offset, length, false))
            {
                return WssResult.ErrorBusy;
            }

            Flush();
            return WssResult.Success;
        }

        /// <summary>Queues a ping.</summary>
        /// <param name="data">Payload source, or null.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">0 to 125 bytes.</param>
        /// <returns>Success, ErrorInvalidClient, ErrorInvalidArgument or ErrorBusy.</returns>
        public WssResult Ping(byte[] data, int offset, int length)
        {
            if (_state != WssState.Connected)
            {
                return WssResult.ErrorInvalidClient;
            }

            if (length < 0 || length > WssFrameParser.MaxControlPayload || (length > 0 && (data == null || offset < 0 || offset + length > data.Length)))
            {
                return WssResult.ErrorInvalidArgument;
            }

            if (!QueueFrame(true, WssFrame.Ping, data, offset, length, true))
            {
                return WssResult.ErrorBusy;
            }

            Flush();
            return WssResult.Success;
        }

        /// <summary>Starts the close handshake; TCP is closed when the client answers or after CloseTimeoutMs.</summary>
        /// <param name="code">A code an endpoint may send (1000-1003, 1007-1014, 3000-4999).</param>
        /// <param name="reason">UTF-8 reason, or null.</param>
        /// <param name="offset">First reason byte.</param>
        /// <param name="length">Reason bytes (0 to 123).</param>
        /// <returns>Success, ErrorInvalidClient or ErrorInvalidArgument.</returns>
        public WssResult Close(int code, byte[] reason, int offset, int length)
        {
            if (_state != WssState.Connected)
            {
                return WssResult.ErrorInvalidClient;
            }

            if (!WssFrameParser.IsValidReceivedCloseCode(code) || length < 0 || length > 123 || (length > 0 && (reason == null || offset < 0 || offset + length > reason.Length)))
            {
                return WssResult.ErrorInvalidArgument;
            }

            StartClose(code, reason, offset, length);
            return WssResult.Success;
        }

        /// <summary>Drops the connection at once (no close frame), e.g. at deinitialisation.</summary>
        public void Abort()
        {
            if (_state != WssState.Closed)
            {
                CloseTcp();
            }
        }

        void IWssFrameHandler.OnMessage(WssFrame opcode, byte[] buffer, int offset, int length)
        {
            if (_state != WssState.Connected)
            {
                return;
            }

            _pingOutstanding = false;
            _rx.Set(opcode, buffer, offset, length, 0);
            Raise(opcode == WssFrame.Text ? WssEvent.ClientTxtDataRx : WssEvent.ClientBinDataRx, _rx);
        }

        void IWssFrameHandler.OnPing(byte[] buffer, int offset, int length)
        {
            if (_state != WssState.Connected)
            {
                return;
            }

            QueueFrame(true, WssFrame.Pong, buffer, offset, length, true);
            _rx.Set(WssFrame.Ping, buffer, offset, length, 0);
            Raise(WssEvent.ClientPingRx, _rx);
        }

        void IWssFrameHandler.OnPong(byte[] buffer, int offset, int length)
        {
            _pingOutstanding = false;
            if (_state != WssState.Connected)
            {
                return;
            }

            _rx.Set(WssFrame.Pong, buffer, offset, length, 0);
            Raise(WssEvent.ClientPongRx, _rx);
        }

        void IWssFrameHandler.OnClose(int code, byte[] reason, int offset, int length)
        {
            _rx.Set(WssFrame.Close, reason, offset, length, code);
            Raise(WssEvent.ClientCloseFrameRx, _rx);
            if (_closeSent)
            {
                // our close was answered: the server closes TCP first (RFC 6455 section 7.1.1)
                _closeTcpWhenFlushed = true;
                Flush();
                return;
            }

            // echo the status code; an empty close is answered with an empty close
            int replyLength = 0;
            if (code != 1005)
            {
                _closeBody[0] = (byte)(code >> 8);
                _closeBody[1] = (byte)code;
                replyLength = 2;
            }

            QueueFrame(true, WssFrame.Close, _closeBody, 0, replyLength, true);
            _closeSent = true;
            _closeTcpWhenFlushed = true;
            EnterClosing(code);
            Flush();
        }

        void IWssFrameHandler.OnFail(int closeCode)
        {
            _rx.Set(WssFrame.Close, null, 0, 0, closeCode);
            Raise(WssEvent.ErrInvalidFrame, _rx);
            _closeBody[0] = (byte)(closeCode >> 8);
            _closeBody[1] = (byte)closeCode;
            if (!_closeSent)
            {
                QueueFrame(true, WssFrame.Close, _closeBody, 0, 2, true);
                _closeSent = true;
            }

            _closeTcpWhenFlushed = true;
            EnterClosing(closeCode);
            Flush();
        }

        private void StartClose(int code, byte[] reason, int offset, int length)
        {
            _closeBody[0] = (byte)(code >> 8);
            _closeBody[1] = (byte)code;
            if (length > 0)
            {
                Array.Copy(reason, offset, _closeBody, 2, length);
            }

            QueueFrame(true, WssFrame.Close, _closeBody, 0, 2 + length, true);
            _closeSent = true;
            EnterClosing(code);
            Flush();
        }

        private void ServePage()
        {
            byte[] page = _config.HttpPage;
            if (page == null)
            {
                // the application removed the page between Open and the request
                _txStart = 0;
                _txCount = WssHandshake.WriteError(_tx, 0, 400);
                _rx.Set(WssFrame.Close, null, 0, 0, 400);
            }
            else
            {
                _txStart = 0;
                _txCount = WssHandshake.WritePageHeader(_tx, 0, _config.HttpPageContentType, page.Length);
                _page = page;
                _pageOffset = 0;
                _pageRemaining = page.Length;
                _rx.Set(WssFrame.Close, null, 0, 0, 200);
            }

            // HTTP/1.1 with Connection: close: the end of the page is the end of the connection
            _closeTcpWhenFlushed = true;
            Raise(WssEvent.ClientClosing, _rx);
            Flush();
        }

        private void EnterClosing(int code)
        {
            if (_state == WssState.Connected)
            {
                _state = WssState.Closing;
                _closingSince = _now;
                _rx.Set(WssFrame.Close, null, 0, 0, code);
                Raise(WssEvent.ClientClosing, _rx);
            }
        }

        private bool QueueFrame(bool fin, WssFrame frame, byte[] data, int offset, int length, bool control)
        {
            int headerLength = WssFrameWriter.HeaderSize(length);
            int free = _tx.Length - _txCount;
            int needed = headerLength + length;
            if (needed > free || (!control && needed > free - WssConfig.ControlReserve))
            {
                return false;
            }

            WssFrameWriter.WriteHeader(_header, 0, fin, frame, length);
            Append(_header, 0, headerLength);
            if (length > 0)
            {
                Append(data, offset, length);
            }

            return true;
        }

        private void Append(byte[] data, int offset, int count)
        {
            int end = (_txStart + _txCount) % _tx.Length;
            int first = _tx.Length - end;
            if (first > count)
            {
                first = count;
            }

            Array.Copy(data, offset, _tx, end, first);
            if (count > first)
            {
                Array.Copy(data, offset + first, _tx, 0, count - first);
            }

            _txCount += count;
        }

        private void Flush()
        {
            while (_txCount > 0 && _socket >= 0)
            {
                int chunk = _tx.Length - _txStart;
                if (chunk > _txCount)
                {
                    chunk = _txCount;
                }

                int taken = _transport.Write(_socket, _tx, _txStart, chunk);
                if (taken < 0)
                {
                    CloseTcp();
                    return;
                }

                if (taken == 0)
                {
                    return;
                }

                _txStart = (_txStart + taken) % _tx.Length;
                _txCount -= taken;
            }

            if (_txCount != 0)
            {
                return;
            }

            _txStart = 0;
            while (_pageRemaining > 0 && _socket >= 0)
            {
                // the page goes out straight from the application's array
                int taken = _transport.Write(_socket, _page, _pageOffset, _pageRemaining);
                if (taken < 0)
                {
                    CloseTcp();
                    return;
                }

                if (taken == 0)
                {
                    return;
                }

                _pageOffset += taken;
                _pageRemaining -= taken;
            }

            if (_closeTcpWhenFlushed && _state != WssState.Closed)
            {
                CloseTcp();
            }
        }

        private void CloseTcp()
        {
            int socket = _socket;
            if (socket >= 0)
            {
                _transport.Close(socket);
            }

            OnTcpClosed();
        }

        private void Raise(WssEvent wssEvent, object data)
        {
            WssCallback callback = _callback;
            if (callback != null)
            {
                callback(wssEvent, data, _index, _cookie);
            }
        }
    }
}
