// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Sys.Wss.Protocol
{
    /// <summary>
    /// Streaming RFC 6455 parser for client-to-server frames. Bytes may arrive in any chops (one at a
    /// time, or several frames per read); data frames are unmasked into a fixed message buffer and
    /// reassembled, control frames may sit between fragments, text is UTF-8 checked as it arrives,
    /// and every rule violation fails the connection with the right close code. Nothing allocates.
    /// </summary>
    public sealed class WssFrameParser
    {
        /// <summary>Largest control frame payload (RFC 6455 section 5.5).</summary>
        public const int MaxControlPayload = 125;

        private readonly IWssFrameHandler _handler;
        private readonly byte[] _message;
        private readonly byte[] _control = new byte[MaxControlPayload];
        private readonly byte[] _header = new byte[14];
        private readonly byte[] _mask = new byte[4];
        private readonly Utf8Validator _utf8 = new Utf8Validator();
        private readonly Utf8Validator _reasonUtf8 = new Utf8Validator();

        private int _headerHave;
        private int _headerNeeded;
        private bool _inPayload;
        private bool _fin;
        private int _opcode;
        private int _payloadRemaining;
        private int _payloadDone;
        private int _controlLength;
        private int _messageOpcode;
        private int _messageLength;
        private bool _failed;
        private bool _closeReceived;

        /// <summary>Creates a parser whose messages may be up to <paramref name="maxMessageSize"/> bytes.</summary>
        /// <param name="handler">Receives messages, control frames and failures.</param>
        /// <param name="maxMessageSize">Largest reassembled message; larger ones fail with 1009.</param>
        public WssFrameParser(IWssFrameHandler handler, int maxMessageSize)
        {
            if (handler == null)
            {
                throw new ArgumentNullException();
            }

            if (maxMessageSize < 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            _handler = handler;
            _message = new byte[maxMessageSize];
            Reset();
        }

        /// <summary>Gets the configured maximum message size.</summary>
        public int MaxMessageSize => _message.Length;

        /// <summary>Gets a value indicating whether the connection has failed (input is ignored).</summary>
        public bool Failed => _failed;

        /// <summary>Gets a value indicating whether a close frame was received (input is ignored).</summary>
        public bool CloseReceived => _closeReceived;

        /// <summary>Gets a value indicating whether a fragmented message is in progress.</summary>
        public bool MessageInProgress => _messageOpcode != 0;

        /// <summary>Gets the bytes of the message in progress held so far (0 between messages).</summary>
        public int PendingMessageLength => _messageOpcode != 0 ? _messageLength : 0;

        /// <summary>Forgets everything, for a new connection.</summary>
        public void Reset()
        {
            _headerHave = 0;
            _headerNeeded = 2;
            _inPayload = false;
            _messageOpcode = 0;
            _messageLength = 0;
            _controlLength = 0;
            _failed = false;
            _closeReceived = false;
            _utf8.Reset();
        }

        /// <summary>Parses received bytes.</summary>
        /// <param name="data">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>Bytes consumed; fewer than <paramref name="count"/> only after a failure or a close frame.</returns>
        public int Feed(byte[] data, int offset, int count)
        {
            int start = offset;
            int end = offset + count;
            while (offset < end && !_failed && !_closeReceived)
            {
                if (!_inPayload)
                {
                    _header[_headerHave++] = data[offset++];
                    if (_headerHave == 2 && !StartHeader())
                    {
                        break;
                    }

                    if (_headerHave == _headerNeeded && !FinishHeader())
                    {
                        break;
                    }

                    continue;
                }

                int n = end - offset;
                if (n > _payloadRemaining)
                {
                    n = _payloadRemaining;
                }

                if (!TakePayload(data, offset, n))
                {
                    offset += n;
                    break;
                }

                offset += n;
                if (_payloadRemaining == 0)
                {
                    CompleteFrame();
                }
            }

            return offset - start;
        }

        private bool StartHeader()
        {
            byte b0 = _header[0];
            byte b1 = _header[1];
            _fin = (b0 & 0x80) != 0;
            _opcode = b0 & 0x0F;
            int length7 = b1 & 0x7F;

            if ((b0 & 0x70) != 0)
            {
                // no extension is ever negotiated, so every RSV bit must be zero
                return Fail(1002);
            }

            bool control = (_opcode & 0x08) != 0;
            if (_opcode != 0 && _opcode != 1 && _opcode != 2 && _opcode != 8 && _opcode != 9 && _opcode != 10)
            {
                return Fail(1002);
            }

            if (control && (!_fin || length7 > MaxControlPayload))
            {
                return Fail(1002);
            }

            if ((b1 & 0x80) == 0)
            {
                // client frames must be masked (RFC 6455 section 5.1)
                return Fail(1002);
            }

            if (!control)
            {
                if (_opcode == 0 && _messageOpcode == 0)
                {
                    return Fail(1002);
                }

                if (_opcode != 0 && _messageOpcode != 0)
                {
                    return Fail(1002);
                }
            }

            _headerNeeded = 2 + 4 + (length7 == 126 ? 2 : (length7 == 127 ? 8 : 0));
            return true;
        }

        private bool FinishHeader()
        {
            int length7 = _header[1] & 0x7F;
            int at = 2;
            long length = length7;
            if (length7 == 126)
            {
                length = (_header[2] << 8) | _header[3];
                at = 4;
            }
            else if (length7 == 127)
            {
                if ((_header[2] & 0x80) != 0)
                {
                    return Fail(1002);
                }

                length = 0;
                for (int i = 2; i < 10; i++)
                {
                    length = (length << 8) | _header[i];
                }

                at = 10;
            }

            _mask[0] = _header[at];
            _mask[1] = _header[at + 1];
            _mask[2] = _header[at + 2];
            _mask[3] = _header[at + 3];
            _headerHave = 0;
            _headerNeeded = 2;

            bool control = (_opcode & 0x08) != 0;
            if (control)
            {
                _controlLength = 0;
            }
            else
            {
                if (_opcode != 0)
                {
                    _messageOpcode = _opcode;
                    _messageLength = 0;
                    _utf8.Reset();
                }

                if (length > _message.Length - _messageLength)
                {
                    return Fail(1009);
                }
            }

            _payloadRemaining = (int)length;
            _payloadDone = 0;
            _inPayload = true;
            if (_payloadRemaining == 0)
            {
                CompleteFrame();
            }

            return !_failed;
        }

        private bool TakePayload(byte[] data, int offset, int count)
        {
            bool control = (_opcode & 0x08) != 0;
            byte[] target = control ? _control : _message;
            int at = control ? _controlLength : _messageLength;
            int maskIndex = _payloadDone & 3;
            for (int i = 0; i < count; i++)
            {
                target[at + i] = (byte)(data[offset + i] ^ _mask[maskIndex]);
                maskIndex = (maskIndex + 1) & 3;
            }

            _payloadDone += count;
            _payloadRemaining -= count;
            if (control)
            {
                _controlLength += count;
                return true;
            }

            _messageLength += count;
            if (_messageOpcode == (int)WssFrame.Text && !_utf8.Feed(_message, at, count))
            {
                // fail fast: do not wait for the rest of the message
                return Fail(1007);
            }

            return true;
        }

        private void CompleteFrame()
        {
            _inPayload = false;
            switch (_opcode)
            {
                case 0x9:
                    _handler.OnPing(_control, 0, _controlLength);
                    return;
                case 0xA:
                    _handler.OnPong(_control, 0, _controlLength);
                    return;
                case 0x8:
                    CompleteClose();
                    return;
            }

            if (!_fin)
            {
                return;
            }

            if (_messageOpcode == (int)WssFrame.Text && !_utf8.IsComplete)
            {
                Fail(1007);
                return;
            }

            int opcode = _messageOpcode;
            int length = _messageLength;
            _messageOpcode = 0;
            _messageLength = 0;
            _handler.OnMessage((WssFrame)opcode, _message, 0, length);
        }

        private void CompleteClose()
        {
            if (_controlLength == 0)
            {
                _closeReceived = true;
                _handler.OnClose(1005, _control, 0, 0);
                return;
            }

            if (_controlLength == 1)
            {
                Fail(1002);
                return;
            }

            int code = (_control[0] << 8) | _control[1];
            if (!IsValidReceivedCloseCode(code))
            {
                Fail(1002);
                return;
            }

            _reasonUtf8.Reset();
            if (!_reasonUtf8.Feed(_control, 2, _controlLength - 2) || !_reasonUtf8.IsComplete)
            {
                Fail(1007);
                return;
            }

            _closeReceived = true;
            _handler.OnClose(code, _control, 2, _controlLength - 2);
        }

        /// <summary>Whether a peer may send <paramref name="code"/> in a close frame.</summary>
        /// <param name="code">Close code.</param>
        /// <returns>True for 1000-1003, 1007-1014 and 3000-4999.</returns>
        public static bool IsValidReceivedCloseCode(int code)
        {
            if (code >= 1000 && code <= 1014)
            {
                return code != 1004 && code != 1005 && code != 1006;
            }

            return code >= 3000 && code <= 4999;
        }

        private bool Fail(int closeCode)
        {
            _failed = true;
            _inPayload = false;
            _handler.OnFail(closeCode);
            return false;
        }
    }
}
