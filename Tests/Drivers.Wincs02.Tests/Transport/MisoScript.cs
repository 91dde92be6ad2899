// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Tests.Transport
{
    /// <summary>
    /// MISO byte patterns of the module's answers at the offsets the specification gives (section 4.2):
    /// R1/R5 at rx[8], R5 data and OCR from rx[9], data-response token after the CRC, start token 0xFE.
    /// </summary>
    public static class MisoScript
    {
        /// <summary>Idle bytes with an R1 at rx[8].</summary>
        /// <param name="length">Frame length (9 for CMD0/8/59).</param>
        /// <param name="r1">The R1 byte.</param>
        /// <returns>The MISO bytes.</returns>
        public static byte[] R1(int length, byte r1)
        {
            byte[] rx = Idle(length);
            rx[8] = r1;
            return rx;
        }

        /// <summary>CMD5 answer: R1 at rx[8], OCR big-endian at rx[9..12].</summary>
        /// <param name="r1">The R1 byte.</param>
        /// <param name="ocr">The OCR.</param>
        /// <returns>13 MISO bytes.</returns>
        public static byte[] Cmd5(byte r1, uint ocr)
        {
            byte[] rx = Idle(13);
            rx[8] = r1;
            rx[9] = (byte)(ocr >> 24);
            rx[10] = (byte)(ocr >> 16);
            rx[11] = (byte)(ocr >> 8);
            rx[12] = (byte)ocr;
            return rx;
        }

        /// <summary>CMD52/CMD53 answer: R5 flags at rx[8], data at rx[9].</summary>
        /// <param name="flags">R5 flags.</param>
        /// <param name="data">R5 data.</param>
        /// <returns>11 MISO bytes.</returns>
        public static byte[] R5(byte flags, byte data)
        {
            byte[] rx = Idle(11);
            rx[8] = flags;
            rx[9] = data;
            return rx;
        }

        /// <summary>A CMD53 header accepted (rx[8..9] = 00 00).</summary>
        /// <returns>11 MISO bytes.</returns>
        public static byte[] Cmd53Ok()
        {
            return R5(0x00, 0x00);
        }

        /// <summary>MISO of one written block, accepted with token <paramref name="token"/>, not busy.</summary>
        /// <param name="n">Block size.</param>
        /// <param name="token">Data-response token (0xE5 = accepted).</param>
        /// <returns>MISO bytes for the block's frames (7+n, or 2 + n + 5).</returns>
        public static byte[] WriteBlock(int n, byte token)
        {
            if (n <= 4)
            {
                byte[] single = Idle(7 + n);
                single[4 + n] = token;
                return single;
            }

            byte[] rx = Idle(2 + n + 5);
            rx[2 + n + 2] = token;
            return rx;
        }

        /// <summary>MISO of one read block: start token, data, CRC16 and the byte after it.</summary>
        /// <param name="data">Data bytes.</param>
        /// <param name="trailing">The byte after the CRC (seeds the next block's token search).</param>
        /// <returns>1 + n + 3 MISO bytes.</returns>
        public static byte[] ReadBlock(byte[] data, byte trailing)
        {
            byte[] rx = new byte[data.Length + 4];
            rx[0] = 0xFE;
            for (int i = 0; i < data.Length; i++)
            {
                rx[1 + i] = data[i];
            }

            rx[data.Length + 1] = 0x00;
            rx[data.Length + 2] = 0x00;
            rx[data.Length + 3] = trailing;
            return rx;
        }

        /// <summary>Scripts the MISO of a successful bring-up (19 frames, spec section 4.3).</summary>
        /// <param name="bus">The bus to script.</param>
        public static void InitSuccess(ScriptedWincsBus bus)
        {
            bus.Miso(R5(0x01, 0x00));
            bus.Miso(R5(0x01, 0x08));
            bus.Miso(R1(9, 0x01));
            bus.Miso(Cmd5(0x01, 0x10FF8000));
            bus.Miso(Cmd5(0x00, 0x90FF8000));
            bus.Miso(R1(9, 0x00));
            for (int i = 0; i < 10; i++)
            {
                bus.Miso(R5(0x00, 0x00));
            }

            bus.Miso(R5(0x00, 0x80));
            bus.Miso(R5(0x00, 0x02));
            bus.Miso(R5(0x00, 0x03));
        }

        /// <summary>Bytes of 0xFF.</summary>
        /// <param name="length">How many.</param>
        /// <returns>The bytes.</returns>
        public static byte[] Idle(int length)
        {
            byte[] rx = new byte[length];
            for (int i = 0; i < length; i++)
            {
                rx[i] = 0xFF;
            }

            return rx;
        }

        /// <summary>A little-endian 32-bit word.</summary>
        /// <param name="value">The value.</param>
        /// <returns>4 bytes.</returns>
        public static byte[] Word(uint value)
        {
            return new byte[] { (byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24) };
        }
    }
}
