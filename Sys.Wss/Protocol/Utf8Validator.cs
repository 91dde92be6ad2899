// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss.Protocol
{
    /// <summary>
    /// Streaming UTF-8 validator: rejects overlong forms, surrogates, code points above U+10FFFF and
    /// bytes that can never appear, at the first offending byte, so a text message fails fast even
    /// when it arrives one byte per frame.
    /// </summary>
    public sealed class Utf8Validator
    {
        private int _needed;
        private byte _lower = 0x80;
        private byte _upper = 0xBF;

        /// <summary>Gets a value indicating whether the bytes so far end on a code point boundary.</summary>
        public bool IsComplete => _needed == 0;

        /// <summary>Starts a new text.</summary>
        public void Reset()
        {
            _needed = 0;
            _lower = 0x80;
            _upper = 0xBF;
        }

        /// <summary>Checks one more byte.</summary>
        /// <param name="value">The byte.</param>
        /// <returns>False at the first byte that makes the text invalid.</returns>
        public bool Feed(byte value)
        {
            if (_needed == 0)
            {
                if (value <= 0x7F)
                {
                    return true;
                }

                if (value >= 0xC2 && value <= 0xDF)
                {
                    _needed = 1;
                }
                else if (value == 0xE0)
                {
                    _needed = 2;
                    _lower = 0xA0;
                }
                else if (value == 0xED)
                {
                    _needed = 2;
                    _upper = 0x9F;
                }
                else if (value >= 0xE1 && value <= 0xEF)
                {
                    _needed = 2;
                }
                else if (value == 0xF0)
                {
                    _needed = 3;
                    _lower = 0x90;
                }
                else if (value >= 0xF1 && value <= 0xF3)
                {
                    _needed = 3;
                }
                else if (value == 0xF4)
                {
                    _needed = 3;
                    _upper = 0x8F;
                }
                else
                {
                    return false;
                }

                return true;
            }

            if (value < _lower || value > _upper)
            {
                return false;
            }

            _lower = 0x80;
            _upper = 0xBF;
            _needed--;
            return true;
        }

        /// <summary>Checks a run of bytes.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>False at the first offending byte.</returns>
        public bool Feed(byte[] buffer, int offset, int count)
        {
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                if (!Feed(buffer[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
