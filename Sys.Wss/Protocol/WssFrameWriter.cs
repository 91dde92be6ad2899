// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Sys.Wss.Protocol
{
    /// <summary>Writes server-to-client frame headers (unmasked, RSV 0) with 7-, 16- or 64-bit lengths.</summary>
    public static class WssFrameWriter
    {
        /// <summary>Longest header a server frame can have.</summary>
        public const int MaxHeaderSize = 10;

        /// <summary>Header size for a payload of <paramref name="payloadLength"/> bytes.</summary>
        /// <param name="payloadLength">Payload bytes.</param>
        /// <returns>2, 4 or 10.</returns>
        public static int HeaderSize(int payloadLength)
        {
            if (payloadLength <= 125)
            {
                return 2;
            }

            return payloadLength <= 0xFFFF ? 4 : 10;
        }

        /// <summary>Writes a frame header.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where the header goes.</param>
        /// <param name="fin">Final fragment.</param>
        /// <param name="opcode">Frame type.</param>
        /// <param name="payloadLength">Payload bytes that follow.</param>
        /// <returns>Header bytes written.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Negative length, or a control frame over 125 bytes or fragmented.</exception>
        public static int WriteHeader(byte[] buffer, int offset, bool fin, WssFrame opcode, int payloadLength)
        {
            int op = (int)opcode;
            if (payloadLength < 0 || op < 0 || op > 15 || ((op & 8) != 0 && (payloadLength > 125 || !fin)))
            {
                throw new ArgumentOutOfRangeException();
            }

            buffer[offset] = (byte)((fin ? 0x80 : 0x00) | op);
            if (payloadLength <= 125)
            {
                buffer[offset + 1] = (byte)payloadLength;
                return 2;
            }

            if (payloadLength <= 0xFFFF)
            {
                buffer[offset + 1] = 126;
                buffer[offset + 2] = (byte)(payloadLength >> 8);
                buffer[offset + 3] = (byte)payloadLength;
                return 4;
            }

            buffer[offset + 1] = 127;
            buffer[offset + 2] = 0;
            buffer[offset + 3] = 0;
            buffer[offset + 4] = 0;
            buffer[offset + 5] = 0;
            buffer[offset + 6] = (byte)(payloadLength >> 24);
            buffer[offset + 7] = (byte)(payloadLength >> 16);
            buffer[offset + 8] = (byte)(payloadLength >> 8);
            buffer[offset + 9] = (byte)payloadLength;
            return 10;
        }
    }
}
