// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Benchmarks
{
    /// <summary>
    /// The byte at each stream position, so the receiving side can check every byte without keeping a copy: a lost,
    /// duplicated or reordered chunk shows as a mismatch at the first byte it shifts.
    /// </summary>
    public static class StreamPattern
    {
        public static byte At(long position)
        {
            unchecked
            {
                return (byte)((position * 131) ^ (position >> 9) ^ (position >> 17));
            }
        }

        public static void Fill(byte[] buffer, int offset, int length, long position)
        {
            for (int i = 0; i < length; i++)
            {
                buffer[offset + i] = At(position + i);
            }
        }

        /// <summary>Index of the first byte that differs from the pattern, or -1.</summary>
        public static int FirstMismatch(byte[] buffer, int offset, int length, long position)
        {
            for (int i = 0; i < length; i++)
            {
                if (buffer[offset + i] != At(position + i))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
