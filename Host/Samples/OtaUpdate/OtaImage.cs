// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Buffers.Binary;

namespace OtaUpdate
{
    /// <summary>
    /// The image format of the emulated module's OTA (desktop only; a real WINCS02 image is Microchip's):
    /// a 16-byte header — "WOTA", version major, minor, patch, 0, payload length (uint32 LE), CRC-32 of
    /// the payload (uint32 LE) — then the payload. The emulated firmware verifies it with
    /// <see cref="IsValid"/> and boots the version of <see cref="ReadVersion"/> once it is activated.
    /// </summary>
    internal static class OtaImage
    {
        public const int HeaderSize = 16;

        public static byte[] Build(Version version, int payloadLength, int seed)
        {
            var image = new byte[HeaderSize + payloadLength];
            new Random(seed).NextBytes(image.AsSpan(HeaderSize));
            image[0] = (byte)'W';
            image[1] = (byte)'O';
            image[2] = (byte)'T';
            image[3] = (byte)'A';
            image[4] = (byte)version.Major;
            image[5] = (byte)version.Minor;
            image[6] = (byte)Math.Max(0, version.Build);
            BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(8), (uint)payloadLength);
            BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(12), Crc32(image.AsSpan(HeaderSize)));
            return image;
        }

        public static bool IsValid(byte[] image)
        {
            return image != null && image.Length >= HeaderSize
                && image[0] == 'W' && image[1] == 'O' && image[2] == 'T' && image[3] == 'A'
                && BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(8)) == (uint)(image.Length - HeaderSize)
                && BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(12)) == Crc32(image.AsSpan(HeaderSize));
        }

        public static Version ReadVersion(byte[] image)
        {
            return IsValid(image) ? new Version(image[4], image[5], image[6]) : null;
        }

        /// <summary>CRC-32 (IEEE 802.3, reflected, as zlib).</summary>
        private static uint Crc32(ReadOnlySpan<byte> data)
        {
            uint crc = 0xFFFFFFFF;
            foreach (byte b in data)
            {
                crc ^= b;
                for (int k = 0; k < 8; k++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }

            return ~crc;
        }
    }
}
