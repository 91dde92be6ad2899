// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Sys.Wss.Tests.Protocol
{
    /// <summary>Builds masked client-to-server frames the way a browser would.</summary>
    public static class ClientFrames
    {
        public static readonly byte[] Mask = new byte[] { 0x37, 0xFA, 0x21, 0x3D };

        public static byte[] Build(bool fin, int opcode, byte[] payload)
        {
            return Build(fin, opcode, payload, 0, true);
        }

        public static byte[] Build(bool fin, int opcode, byte[] payload, int rsv, bool masked)
        {
            int length = payload.Length;
            int extended = length <= 125 ? 0 : (length <= 0xFFFF ? 2 : 8);
            byte[] frame = new byte[2 + extended + (masked ? 4 : 0) + length];
            frame[0] = (byte)((fin ? 0x80 : 0) | (rsv << 4) | opcode);
            int at = 2;
            if (extended == 0)
            {
                frame[1] = (byte)length;
            }
            else if (extended == 2)
            {
                frame[1] = 126;
                frame[2] = (byte)(length >> 8);
                frame[3] = (byte)length;
                at = 4;
            }
            else
            {
                frame[1] = 127;
                frame[6] = (byte)(length >> 24);
                frame[7] = (byte)(length >> 16);
                frame[8] = (byte)(length >> 8);
                frame[9] = (byte)length;
                at = 10;
            }

            if (masked)
            {
                frame[1] |= 0x80;
                Array.Copy(Mask, 0, frame, at, 4);
                at += 4;
            }

            for (int i = 0; i < length; i++)
            {
                frame[at + i] = masked ? (byte)(payload[i] ^ Mask[i & 3]) : payload[i];
            }

            return frame;
        }

        public static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] r = new byte[a.Length + b.Length];
            Array.Copy(a, 0, r, 0, a.Length);
            Array.Copy(b, 0, r, a.Length, b.Length);
            return r;
        }

        public static byte[] Ascii(string s)
        {
            byte[] r = new byte[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                r[i] = (byte)s[i];
            }

            return r;
        }

        public static byte[] Hex(string hex)
        {
            byte[] r = new byte[hex.Length / 2];
            for (int i = 0; i < r.Length; i++)
            {
                r[i] = (byte)((Nibble(hex[i * 2]) << 4) | Nibble(hex[(i * 2) + 1]));
            }

            return r;
        }

        public static byte[] Filled(int length, byte value)
        {
            byte[] r = new byte[length];
            for (int i = 0; i < length; i++)
            {
                r[i] = (byte)(value + i);
            }

            return r;
        }

        private static int Nibble(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            return (c | 0x20) - 'a' + 10;
        }
    }
}
