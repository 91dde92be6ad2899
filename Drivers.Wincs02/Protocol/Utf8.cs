// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// UTF-8 encoding and decoding by hand (nanoFramework's System.Text is a separate package), without
    /// allocating except where a string is the result. Unpaired surrogates encode as U+FFFD; invalid or
    /// truncated byte sequences decode as U+FFFD.
    /// </summary>
    public static class Utf8
    {
        private const char Replacement = '\uFFFD';

        /// <summary>Number of bytes the UTF-8 encoding of <paramref name="value"/> takes.</summary>
        /// <param name="value">The text.</param>
        /// <returns>Encoded length in bytes.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public static int GetByteCount(string value)
        {
            if (value == null)
            {
                throw new ArgumentNullException();
            }

            int count = 0;
            int n = value.Length;
            for (int i = 0; i < n; i++)
            {
                char c = value[i];
                if (c < 0x80)
                {
                    count += 1;
                }
                else if (c < 0x800)
                {
                    count += 2;
                }
                else if (IsHighSurrogate(c) && i + 1 < n && IsLowSurrogate(value[i + 1]))
                {
                    count += 4;
                    i++;
                }
                else
                {
                    // BMP character, or an unpaired surrogate sent as U+FFFD (also three bytes)
                    count += 3;
                }
            }

            return count;
        }

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The text.</param>
        /// <param name="destination">Receives the bytes; must have room for <see cref="GetByteCount"/> bytes.</param>
        /// <param name="offset">First destination byte.</param>
        /// <returns>Bytes written.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The destination is too small (nothing is written).</exception>
        public static int GetBytes(string value, byte[] destination, int offset)
        {
            if (destination == null)
            {
                throw new ArgumentNullException();
            }

            int needed = GetByteCount(value);
            if (offset < 0 || offset + needed > destination.Length)
            {
                throw new ArgumentOutOfRangeException();
            }

            int at = offset;
            int n = value.Length;
            for (int i = 0; i < n; i++)
            {
                int c = value[i];
                if (c < 0x80)
                {
                    destination[at++] = (byte)c;
                    continue;
                }

                if (c < 0x800)
                {
                    destination[at++] = (byte)(0xC0 | (c >> 6));
                    destination[at++] = (byte)(0x80 | (c & 0x3F));
                    continue;
                }

                if (IsHighSurrogate((char)c) && i + 1 < n && IsLowSurrogate(value[i + 1]))
                {
                    int cp = 0x10000 + ((c - 0xD800) << 10) + (value[i + 1] - 0xDC00);
                    i++;
                    destination[at++] = (byte)(0xF0 | (cp >> 18));
                    destination[at++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                    destination[at++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                    destination[at++] = (byte)(0x80 | (cp & 0x3F));
                    continue;
                }

                if (IsHighSurrogate((char)c) || IsLowSurrogate((char)c))
                {
                    c = Replacement;
                }

                destination[at++] = (byte)(0xE0 | (c >> 12));
                destination[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                destination[at++] = (byte)(0x80 | (c & 0x3F));
            }

            return at - offset;
        }

        /// <summary>Decodes UTF-8 bytes into a new string.</summary>
        /// <param name="source">Source bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes.</param>
        /// <returns>The text.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside <paramref name="source"/>.</exception>
        public static string GetString(byte[] source, int offset, int length)
        {
            CheckRange(source, offset, length);
            if (length == 0)
            {
                return string.Empty;
            }

            char[] chars = new char[GetCharCount(source, offset, length)];
            int n = 0;
            int end = offset + length;
            int at = offset;
            while (at < end)
            {
                int consumed;
                int cp = DecodeOne(source, at, end, out consumed);
                at += consumed;
                if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    chars[n++] = (char)(0xD800 + (cp >> 10));
                    chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else
                {
                    chars[n++] = (char)cp;
                }
            }

            return new string(chars, 0, n);
        }

        /// <summary>Number of UTF-16 chars the decoded text takes.</summary>
        /// <param name="source">Source bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes.</param>
        /// <returns>Char count.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside <paramref name="source"/>.</exception>
        public static int GetCharCount(byte[] source, int offset, int length)
        {
            CheckRange(source, offset, length);
            int count = 0;
            int end = offset + length;
            int at = offset;
            while (at < end)
            {
                int consumed;
                int cp = DecodeOne(source, at, end, out consumed);
                at += consumed;
                count += cp >= 0x10000 ? 2 : 1;
            }

            return count;
        }

        /// <summary>Compares UTF-8 bytes with a string without allocating.</summary>
        /// <param name="source">Source bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes.</param>
        /// <param name="value">The text to compare with (ordinal).</param>
        /// <returns>True when the bytes are exactly the encoding of <paramref name="value"/>.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside <paramref name="source"/>.</exception>
        public static bool Equals(byte[] source, int offset, int length, string value)
        {
            CheckRange(source, offset, length);
            if (value == null)
            {
                throw new ArgumentNullException();
            }

            int end = offset + length;
            int at = offset;
            int i = 0;
            while (at < end)
            {
                int consumed;
                int cp = DecodeOne(source, at, end, out consumed);
                at += consumed;
                if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    if (i + 1 >= value.Length || value[i] != (char)(0xD800 + (cp >> 10)) || value[i + 1] != (char)(0xDC00 + (cp & 0x3FF)))
                    {
                        return false;
                    }

                    i += 2;
                }
                else
                {
                    if (i >= value.Length || value[i] != (char)cp)
                    {
                        return false;
                    }

                    i++;
                }
            }

            return i == value.Length;
        }

        private static int DecodeOne(byte[] b, int at, int end, out int consumed)
        {
            int c = b[at];
            consumed = 1;
            if (c < 0x80)
            {
                return c;
            }

            int extra;
            int cp;
            int min;
            if ((c & 0xE0) == 0xC0)
            {
                extra = 1;
                cp = c & 0x1F;
                min = 0x80;
            }
            else if ((c & 0xF0) == 0xE0)
            {
                extra = 2;
                cp = c & 0x0F;
                min = 0x800;
            }
            else if ((c & 0xF8) == 0xF0)
            {
                extra = 3;
                cp = c & 0x07;
                min = 0x10000;
            }
            else
            {
                return Replacement;
            }

            if (at + extra >= end)
            {
                // truncated sequence: consume the lead byte only
                return Replacement;
            }

            for (int k = 1; k <= extra; k++)
            {
                int cc = b[at + k];
                if ((cc & 0xC0) != 0x80)
                {
                    consumed = k;
                    return Replacement;
                }

                cp = (cp << 6) | (cc & 0x3F);
            }

            consumed = extra + 1;
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            {
                return Replacement;
            }

            return cp;
        }

        private static bool IsHighSurrogate(char c)
        {
            return c >= 0xD800 && c <= 0xDBFF;
        }

        private static bool IsLowSurrogate(char c)
        {
            return c >= 0xDC00 && c <= 0xDFFF;
        }

        private static void CheckRange(byte[] source, int offset, int length)
        {
            if (source == null)
            {
                throw new ArgumentNullException();
            }

            if (offset < 0 || length < 0 || offset + length > source.Length)
            {
                throw new ArgumentOutOfRangeException();
            }
        }
    }
}
