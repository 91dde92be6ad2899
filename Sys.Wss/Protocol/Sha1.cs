// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Sys.Wss.Protocol
{
    /// <summary>
    /// SHA-1 (FIPS 180-4) over preallocated state, used only for Sec-WebSocket-Accept; nanoFramework 1.x
    /// ships no hash classes. Not for security purposes.
    /// </summary>
    public sealed class Sha1
    {
        private readonly uint[] _w = new uint[80];
        private readonly uint[] _h = new uint[5];
        private readonly byte[] _block = new byte[64];
        private int _blockLength;
        private long _totalLength;

        /// <summary>Creates a hasher ready for data.</summary>
        public Sha1()
        {
            Reset();
        }

        /// <summary>Starts a new digest.</summary>
        public void Reset()
        {
            _h[0] = 0x67452301;
            _h[1] = 0xEFCDAB89;
            _h[2] = 0x98BADCFE;
            _h[3] = 0x10325476;
            _h[4] = 0xC3D2E1F0;
            _blockLength = 0;
            _totalLength = 0;
        }

        /// <summary>Adds bytes to the digest.</summary>
        /// <param name="data">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        public void Update(byte[] data, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                _block[_blockLength++] = data[offset + i];
                if (_blockLength == 64)
                {
                    Compress();
                    _blockLength = 0;
                }
            }

            _totalLength += count;
        }

        /// <summary>Adds one byte to the digest.</summary>
        /// <param name="value">The byte.</param>
        public void Update(byte value)
        {
            _block[_blockLength++] = value;
            if (_blockLength == 64)
            {
                Compress();
                _blockLength = 0;
            }

            _totalLength++;
        }

        /// <summary>Finishes the digest and writes its 20 bytes.</summary>
        /// <param name="digest">Destination.</param>
        /// <param name="offset">Where the 20 bytes go.</param>
        public void Final(byte[] digest, int offset)
        {
            long bits = _totalLength * 8;
            Update(0x80);
            while (_blockLength != 56)
            {
                Update(0x00);
            }

            for (int i = 7; i >= 0; i--)
            {
                _block[_blockLength++] = (byte)(bits >> (i * 8));
            }

            Compress();
            _blockLength = 0;
            for (int i = 0; i < 5; i++)
            {
                digest[offset + (i * 4)] = (byte)(_h[i] >> 24);
                digest[offset + (i * 4) + 1] = (byte)(_h[i] >> 16);
                digest[offset + (i * 4) + 2] = (byte)(_h[i] >> 8);
                digest[offset + (i * 4) + 3] = (byte)_h[i];
            }

            Reset();
        }

        private static uint Rotl(uint x, int n)
        {
            return (x << n) | (x >> (32 - n));
        }

        private void Compress()
        {
            for (int t = 0; t < 16; t++)
            {
                _w[t] = ((uint)_block[t * 4] << 24) | ((uint)_block[(t * 4) + 1] << 16) | ((uint)_block[(t * 4) + 2] << 8) | _block[(t * 4) + 3];
            }

            for (int t = 16; t < 80; t++)
            {
                _w[t] = Rotl(_w[t - 3] ^ _w[t - 8] ^ _w[t - 14] ^ _w[t - 16], 1);
            }

            uint a = _h[0];
            uint b = _h[1];
            uint c = _h[2];
            uint d = _h[3];
            uint e = _h[4];
            for (int t = 0; t < 80; t++)
            {
                uint f;
                uint k;
                if (t < 20)
                {
                    f = (b & c) | (~b & d);
                    k = 0x5A827999;
                }
                else if (t < 40)
                {
                    f = b ^ c ^ d;
                    k = 0x6ED9EBA1;
                }
                else if (t < 60)
                {
                    f = (b & c) | (b & d) | (c & d);
                    k = 0x8F1BBCDC;
                }
                else
                {
                    f = b ^ c ^ d;
                    k = 0xCA62C1D6;
                }

                uint temp = Rotl(a, 5) + f + e + k + _w[t];
                e = d;
                d = c;
                c = Rotl(b, 30);
                b = a;
                a = temp;
            }

            _h[0] += a;
            _h[1] += b;
            _h[2] += c;
            _h[3] += d;
            _h[4] += e;
        }
    }
}
