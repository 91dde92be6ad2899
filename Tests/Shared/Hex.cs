// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Messaging;

namespace Tests.Shared
{
    /// <summary>Golden vectors are written as hex text ("00 0E | 03 03 ..."); spaces and '|' separate, nothing else is allowed.</summary>
    public static class Hex
    {
        /// <summary>Parses hex pairs separated by spaces or '|'.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The bytes.</returns>
        public static byte[] Parse(string text)
        {
            int digits = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (Digit(text[i]) >= 0)
                {
                    digits++;
                }
                else if (text[i] != ' ' && text[i] != '|')
                {
                    throw new ArgumentException();
                }
            }

            if ((digits & 1) != 0)
            {
                throw new ArgumentException();
            }

            byte[] result = new byte[digits / 2];
            int n = 0;
            int high = -1;
            for (int i = 0; i < text.Length; i++)
            {
                int d = Digit(text[i]);
                if (d < 0)
                {
                    if (high >= 0)
                    {
                        throw new ArgumentException();
                    }

                    continue;
                }

                if (high < 0)
                {
                    high = d;
                }
                else
                {
                    result[n++] = (byte)((high << 4) | d);
                    high = -1;
                }
            }

            return result;
        }

        /// <summary>The complete commands of a burst (its first Length bytes).</summary>
        /// <param name="burst">The burst.</param>
        /// <returns>A copy.</returns>
        public static byte[] Of(CommandBurst burst)
        {
            byte[] result = new byte[burst.Length];
            Array.Copy(burst.Buffer, 0, result, 0, burst.Length);
            return result;
        }

        /// <summary>Formats bytes as hex for failure messages.</summary>
        /// <param name="data">The bytes.</param>
        /// <returns>"0A 0B ...".</returns>
        public static string Format(byte[] data)
        {
            const string Digits = "0123456789ABCDEF";
            char[] chars = new char[data.Length * 3];
            for (int i = 0; i < data.Length; i++)
            {
                chars[i * 3] = Digits[data[i] >> 4];
                chars[(i * 3) + 1] = Digits[data[i] & 15];
                chars[(i * 3) + 2] = ' ';
            }

            return new string(chars);
        }

        private static int Digit(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            return -1;
        }
    }
}
