// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss.Protocol
{
    /// <summary>Base64 without allocation, for the handshake key and accept values.</summary>
    public static class Base64
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        /// <summary>Encodes bytes as ASCII base64 with padding.</summary>
        /// <param name="source">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <param name="destination">ASCII output.</param>
        /// <param name="destinationOffset">Where the output starts.</param>
        /// <returns>Characters written (4 per 3 bytes, rounded up).</returns>
        public static int Encode(byte[] source, int offset, int count, byte[] destination, int destinationOffset)
        {
            int o = destinationOffset;
            int i = 0;
            while (i + 3 <= count)
            {
                int v = (source[offset + i] << 16) | (source[offset + i + 1] << 8) | source[offset + i + 2];
                destination[o++] = (byte)Alphabet[(v >> 18) & 63];
                destination[o++] = (byte)Alphabet[(v >> 12) & 63];
                destination[o++] = (byte)Alphabet[(v >> 6) & 63];
                destination[o++] = (byte)Alphabet[v & 63];
                i += 3;
            }

            int rest = count - i;
            if (rest > 0)
            {
                int v = source[offset + i] << 16;
                if (rest == 2)
                {
                    v |= source[offset + i + 1] << 8;
                }

                destination[o++] = (byte)Alphabet[(v >> 18) & 63];
                destination[o++] = (byte)Alphabet[(v >> 12) & 63];
                destination[o++] = rest == 2 ? (byte)Alphabet[(v >> 6) & 63] : (byte)'=';
                destination[o++] = (byte)'=';
            }

            return o - destinationOffset;
        }

        /// <summary>Counts the bytes a strictly padded base64 text decodes to.</summary>
        /// <param name="text">ASCII text.</param>
        /// <param name="offset">First character.</param>
        /// <param name="count">Number of characters.</param>
        /// <returns>Decoded length, or -1 when the text is not valid padded base64.</returns>
        public static int DecodedLength(byte[] text, int offset, int count)
        {
            if (count == 0 || (count & 3) != 0)
            {
                return -1;
            }

            int pad = 0;
            for (int i = 0; i < count; i++)
            {
                byte c = text[offset + i];
                if (c == (byte)'=')
                {
                    if (i < count - 2)
                    {
                        return -1;
                    }

                    pad++;
                }
                else if (pad > 0 || Value(c) < 0)
                {
                    return -1;
                }
            }

            return ((count / 4) * 3) - pad;
        }

        private static int Value(byte c)
        {
            if (c >= (byte)'A' && c <= (byte)'Z')
            {
                return c - 'A';
            }

            if (c >= (byte)'a' && c <= (byte)'z')
            {
                return c - 'a' + 26;
            }

            if (c >= (byte)'0' && c <= (byte)'9')
            {
                return c - '0' + 52;
            }

            if (c == (byte)'+')
            {
                return 62;
            }

            if (c == (byte)'/')
            {
                return 63;
            }

            return -1;
        }
    }
}
