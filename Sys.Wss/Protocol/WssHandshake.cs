// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Sys.Wss.Protocol
{
    /// <summary>
    /// Server side of the RFC 6455 opening handshake, tolerant the way browsers need: the request may
    /// arrive in any number of reads, header names and tokens are case-insensitive, Connection may be a
    /// comma list ("keep-alive, Upgrade"), a wrong version gets 426, anything malformed gets 400, and the
    /// request is bounded in size. Bytes after the request (pipelined frames) are left to the caller.
    /// When <see cref="PageAvailable"/> is set, a plain GET without an Upgrade header (a browser opening
    /// the page that carries the script) is recognised as such, also in HTTP/1.0.
    /// </summary>
    public sealed class WssHandshake
    {
        private const string Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

        private readonly byte[] _request;
        private readonly string[] _subprotocols;
        private readonly Sha1 _sha1 = new Sha1();
        private readonly byte[] _digest = new byte[20];
        private readonly byte[] _accept = new byte[28];
        private int _length;
        private int _status;
        private WssResult _result;
        private string _path;
        private string _selectedProtocol;
        private string _origin;

        /// <summary>Creates a handshake parser.</summary>
        /// <param name="maxRequestSize">Largest request (request line and headers) accepted; larger ones get 400.</param>
        /// <param name="subprotocols">Subprotocols the server speaks, in order of preference; null or empty for none.</param>
        public WssHandshake(int maxRequestSize, string[] subprotocols)
        {
            if (maxRequestSize < 64)
            {
                throw new ArgumentOutOfRangeException();
            }

            _request = new byte[maxRequestSize];
            _subprotocols = subprotocols;
            Reset();
        }

        /// <summary>Gets or sets a value indicating whether a plain GET gets a page (200) rather than 400.</summary>
        public bool PageAvailable { get; set; }

        /// <summary>Gets the HTTP status of the answer: 101, 200 (page), 400, 426 (or 0 while incomplete).</summary>
        public int ResponseStatus => _status;

        /// <summary>Gets the SYS_WSS result: Success, ErrorInvalidRequest or ErrorInvalidKey.</summary>
        public WssResult Result => _result;

        /// <summary>Gets the request target (path and query) of an accepted request.</summary>
        public string Path => _path;

        /// <summary>Gets the subprotocol chosen for the client, or null.</summary>
        public string SelectedProtocol => _selectedProtocol;

        /// <summary>Gets the Origin header, or null.</summary>
        public string Origin => _origin;

        /// <summary>Forgets the previous request (each connection starts clean; Harmony kept stale flags).</summary>
        public void Reset()
        {
            _length = 0;
            _status = 0;
            _result = WssResult.Success;
            _path = null;
            _selectedProtocol = null;
            _origin = null;
        }

        /// <summary>Takes request bytes.</summary>
        /// <param name="data">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <param name="consumed">Bytes that belonged to the request; the rest are frames.</param>
        /// <returns>Whether the request is complete, and how it was judged.</returns>
        public WssHandshakeStatus Feed(byte[] data, int offset, int count, out int consumed)
        {
            consumed = 0;
            if (_status != 0)
            {
                return _status == 101 ? WssHandshakeStatus.Accepted : (_status == 200 ? WssHandshakeStatus.Page : WssHandshakeStatus.Rejected);
            }

            for (int i = 0; i < count; i++)
            {
                if (_length == _request.Length)
                {
                    consumed = i;
                    return Reject(400, WssResult.ErrorInvalidRequest);
                }

                byte b = data[offset + i];
                _request[_length++] = b;
                if (b == (byte)'\n' && EndsWithBlankLine())
                {
                    consumed = i + 1;
                    return Parse();
                }
            }

            consumed = count;
            return WssHandshakeStatus.NeedMore;
        }

        /// <summary>Writes the HTTP answer for the judged request (101 with Sec-WebSocket-Accept, or the error); a page request is answered with <see cref="WritePageHeader"/> and the page.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where the answer starts.</param>
        /// <returns>Bytes written.</returns>
        /// <exception cref="InvalidOperationException">The request asked for the page.</exception>
        public int WriteResponse(byte[] buffer, int offset)
        {
            if (_status == 200)
            {
                throw new InvalidOperationException();
            }

            if (_status == 101)
            {
                int o = offset;
                o = Ascii(buffer, o, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ");
                Array.Copy(_accept, 0, buffer, o, 28);
                o += 28;
                if (_selectedProtocol != null)
                {
                    o = Ascii(buffer, o, "\r\nSec-WebSocket-Protocol: ");
                    o = Ascii(buffer, o, _selectedProtocol);
                }

                o = Ascii(buffer, o, "\r\n\r\n");
                return o - offset;
            }

            return WriteError(buffer, offset, _status == 0 ? 400 : _status);
        }

        /// <summary>Writes a complete HTTP error answer (400, 426 with Sec-WebSocket-Version: 13, 500 or 503).</summary>
        /// <param name="buffer">Destination (at least 160 bytes from <paramref name="offset"/>).</param>
        /// <param name="offset">Where the answer starts.</param>
        /// <param name="status">400, 426, 500 or 503.</param>
        /// <returns>Bytes written.</returns>
        public static int WriteError(byte[] buffer, int offset, int status)
        {
            string reason;
            switch (status)
            {
                case 426:
                    reason = "Upgrade Required";
                    break;
                case 500:
                    reason = "Internal Server Error";
                    break;
                case 503:
                    reason = "Service Unavailable";
                    break;
                default:
                    status = 400;
                    reason = "Bad Request";
                    break;
            }

            string code = status.ToString();
            int bodyLength = code.Length + 1 + reason.Length + 2;
            int o = offset;
            o = Ascii(buffer, o, "HTTP/1.1 ");
            o = Ascii(buffer, o, code);
            o = Ascii(buffer, o, " ");
            o = Ascii(buffer, o, reason);
            o = Ascii(buffer, o, "\r\nConnection: close\r\nContent-Type: text/plain\r\n");
            if (status == 426)
            {
                o = Ascii(buffer, o, "Sec-WebSocket-Version: 13\r\n");
            }

            o = Ascii(buffer, o, "Content-Length: ");
            o = Ascii(buffer, o, bodyLength.ToString());
            o = Ascii(buffer, o, "\r\n\r\n");
            o = Ascii(buffer, o, code);
            o = Ascii(buffer, o, " ");
            o = Ascii(buffer, o, reason);
            o = Ascii(buffer, o, "\r\n");
            return o - offset;
        }

        /// <summary>Writes the header of the 200 answer to a page request; the page bytes follow it, then the server closes TCP.</summary>
        /// <param name="buffer">Destination (room for 110 bytes plus the content type).</param>
        /// <param name="offset">Where the header starts.</param>
        /// <param name="contentType">Content-Type value (printable ASCII).</param>
        /// <param name="contentLength">Page length in bytes.</param>
        /// <returns>Bytes written.</returns>
        public static int WritePageHeader(byte[] buffer, int offset, string contentType, int contentLength)
        {
            int o = offset;
            o = Ascii(buffer, o, "HTTP/1.1 200 OK\r\nContent-Type: ");
            o = Ascii(buffer, o, contentType);
            o = Ascii(buffer, o, "\r\nContent-Length: ");
            o = Decimal(buffer, o, contentLength);
            o = Ascii(buffer, o, "\r\nConnection: close\r\nCache-Control: no-cache\r\n\r\n");
            return o - offset;
        }

        /// <summary>Computes Sec-WebSocket-Accept for a key (ASCII base64 text) into 28 ASCII bytes.</summary>
        /// <param name="key">Buffer holding the key text.</param>
        /// <param name="offset">First key byte.</param>
        /// <param name="count">Key length.</param>
        /// <param name="destination">Receives 28 bytes.</param>
        /// <param name="destinationOffset">Where they go.</param>
        public void ComputeAccept(byte[] key, int offset, int count, byte[] destination, int destinationOffset)
        {
            _sha1.Reset();
            _sha1.Update(key, offset, count);
            for (int i = 0; i < Guid.Length; i++)
            {
                _sha1.Update((byte)Guid[i]);
            }

            _sha1.Final(_digest, 0);
            Base64.Encode(_digest, 0, 20, destination, destinationOffset);
        }

        private bool EndsWithBlankLine()
        {
            if (_length >= 2 && _request[_length - 2] == (byte)'\n')
            {
                return true;
            }

            return _length >= 4 && _request[_length - 2] == (byte)'\r' && _request[_length - 3] == (byte)'\n';
        }

        private WssHandshakeStatus Reject(int status, WssResult result)
        {
            _status = status;
            _result = result;
            return WssHandshakeStatus.Rejected;
        }

        private WssHandshakeStatus Parse()
        {
            int lineEnd = LineEnd(0);
            int contentEnd = TrimCr(0, lineEnd);

            // request line: GET SP target SP HTTP/1.1
            int sp1 = IndexOf((byte)' ', 0, contentEnd);
            int sp2 = sp1 < 0 ? -1 : IndexOf((byte)' ', sp1 + 1, contentEnd);
            int httpVersion = sp2 < 0 ? -1 : HttpVersion(sp2 + 1, contentEnd);
            if (sp1 != 3 || sp2 < 0 || !EqualsIgnoreCase(0, 3, "get") || sp2 == sp1 + 1 || httpVersion < 1000)
            {
                return Reject(400, WssResult.ErrorInvalidRequest);
            }

            bool host = false;
            bool upgradePresent = false;
            bool upgrade = false;
            bool connection = false;
            int keyStart = -1;
            int keyLength = 0;
            int version = -1;
            int protocolStart = -1;
            int protocolEnd = -1;
            int originStart = -1;
            int originEnd = -1;

            int pos = lineEnd + 1;
            while (pos < _length)
            {
                int end = LineEnd(pos);
                int stop = TrimCr(pos, end);
                if (stop == pos)
                {
                    break;
                }

                int colon = IndexOf((byte)':', pos, stop);
                if (colon <= pos)
                {
                    return Reject(400, WssResult.ErrorInvalidRequest);
                }

                int nameEnd = colon;
                while (nameEnd > pos && IsSpace(_request[nameEnd - 1]))
                {
                    nameEnd--;
                }

                int valueStart = colon + 1;
                while (valueStart < stop && IsSpace(_request[valueStart]))
                {
                    valueStart++;
                }

                int valueEnd = stop;
                while (valueEnd > valueStart && IsSpace(_request[valueEnd - 1]))
                {
                    valueEnd--;
                }

                int nameLength = nameEnd - pos;
                if (EqualsIgnoreCase(pos, nameLength, "host"))
                {
                    host = valueEnd > valueStart;
                }
                else if (EqualsIgnoreCase(pos, nameLength, "upgrade"))
                {
                    upgradePresent = true;
                    upgrade |= ListContains(valueStart, valueEnd, "websocket");
                }
                else if (EqualsIgnoreCase(pos, nameLength, "connection"))
                {
                    connection |= ListContains(valueStart, valueEnd, "upgrade");
                }
                else if (EqualsIgnoreCase(pos, nameLength, "sec-websocket-key"))
                {
                    keyStart = valueStart;
                    keyLength = valueEnd - valueStart;
                }
                else if (EqualsIgnoreCase(pos, nameLength, "sec-websocket-version"))
                {
                    version = ParseInt(valueStart, valueEnd);
                }
                else if (EqualsIgnoreCase(pos, nameLength, "sec-websocket-protocol"))
                {
                    protocolStart = valueStart;
                    protocolEnd = valueEnd;
                }
                else if (EqualsIgnoreCase(pos, nameLength, "origin"))
                {
                    originStart = valueStart;
                    originEnd = valueEnd;
                }

                pos = end + 1;
            }

            if (!upgradePresent && PageAvailable)
            {
                // a browser asking for the page that opens the WebSocket
                _path = Latin1(sp1 + 1, sp2);
                _status = 200;
                _result = WssResult.Success;
                return WssHandshakeStatus.Page;
            }

            if (!host || !upgrade || !connection || httpVersion < 1001)
            {
                return Reject(400, WssResult.ErrorInvalidRequest);
            }

            if (version != 13)
            {
                return Reject(426, WssResult.ErrorInvalidRequest);
            }

            if (keyStart < 0 || Base64.DecodedLength(_request, keyStart, keyLength) != 16)
            {
                return Reject(400, WssResult.ErrorInvalidKey);
            }

            ComputeAccept(_request, keyStart, keyLength, _accept, 0);
            _path = Latin1(sp1 + 1, sp2);
            if (originStart >= 0)
            {
                _origin = Latin1(originStart, originEnd);
            }

            if (protocolStart >= 0 && _subprotocols != null)
            {
                for (int i = 0; i < _subprotocols.Length && _selectedProtocol == null; i++)
                {
                    if (ListContains(protocolStart, protocolEnd, _subprotocols[i]))
                    {
                        _selectedProtocol = _subprotocols[i];
                    }
                }
            }

            _status = 101;
            _result = WssResult.Success;
            return WssHandshakeStatus.Accepted;
        }

        private int LineEnd(int from)
        {
            int i = IndexOf((byte)'\n', from, _length);
            return i < 0 ? _length : i;
        }

        private int TrimCr(int from, int lineEnd)
        {
            return lineEnd > from && _request[lineEnd - 1] == (byte)'\r' ? lineEnd - 1 : lineEnd;
        }

        private int IndexOf(byte value, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                if (_request[i] == value)
                {
                    return i;
                }
            }

            return -1;
        }

        // "HTTP/" major "." minor as major * 1000 + minor, or -1
        private int HttpVersion(int from, int to)
        {
            if (to - from < 8 || !EqualsIgnoreCase(from, 5, "http/"))
            {
                return -1;
            }

            int dot = IndexOf((byte)'.', from + 5, to);
            if (dot < 0)
            {
                return -1;
            }

            int major = ParseInt(from + 5, dot);
            int minor = ParseInt(dot + 1, to);
            if (major < 0 || minor < 0 || major > 9 || minor > 999)
            {
                return -1;
            }

            return (major * 1000) + minor;
        }

        private int ParseInt(int from, int to)
        {
            if (to <= from || to - from > 6)
            {
                return -1;
            }

            int value = 0;
            for (int i = from; i < to; i++)
            {
                byte c = _request[i];
                if (c < (byte)'0' || c > (byte)'9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        private bool ListContains(int from, int to, string token)
        {
            int i = from;
            while (i < to)
            {
                int comma = IndexOf((byte)',', i, to);
                int itemEnd = comma < 0 ? to : comma;
                int s = i;
                int e = itemEnd;
                while (s < e && IsSpace(_request[s]))
                {
                    s++;
                }

                while (e > s && IsSpace(_request[e - 1]))
                {
                    e--;
                }

                if (EqualsIgnoreCase(s, e - s, token))
                {
                    return true;
                }

                i = itemEnd + 1;
            }

            return false;
        }

        private bool EqualsIgnoreCase(int from, int length, string lower)
        {
            if (length != lower.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                int c = _request[from + i];
                if (c >= 'A' && c <= 'Z')
                {
                    c += 32;
                }

                int d = lower[i];
                if (d >= 'A' && d <= 'Z')
                {
                    d += 32;
                }

                if (c != d)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsSpace(byte c)
        {
            return c == (byte)' ' || c == (byte)'\t';
        }

        private string Latin1(int from, int to)
        {
            char[] chars = new char[to - from];
            for (int i = from; i < to; i++)
            {
                chars[i - from] = (char)_request[i];
            }

            return new string(chars);
        }

        private static int Decimal(byte[] buffer, int offset, int value)
        {
            int digits = 1;
            for (int v = value; v >= 10; v /= 10)
            {
                digits++;
            }

            for (int i = digits - 1; i >= 0; i--)
            {
                buffer[offset + i] = (byte)('0' + (value % 10));
                value /= 10;
            }

            return offset + digits;
        }

        private static int Ascii(byte[] buffer, int offset, string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                buffer[offset + i] = (byte)text[i];
            }

            return offset + text.Length;
        }
    }
}
