// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// One decoded TLV element (type and payload, padding dropped). Integers keep the width they
    /// arrived with; the accessors widen them, sign-extending INTEGER only.
    /// </summary>
    public sealed class WireElement
    {
        /// <summary>Creates an element.</summary>
        /// <param name="type">Element type.</param>
        /// <param name="data">Payload, copied by reference.</param>
        public WireElement(ElementType type, byte[] data)
        {
            Type = type;
            Data = data ?? Array.Empty<byte>();
        }

        /// <summary>Element type.</summary>
        public ElementType Type { get; }

        /// <summary>Payload bytes, without padding.</summary>
        public byte[] Data { get; }

        /// <summary>True for a 1..4 byte integer-like element (INTEGER, INTEGER_UNSIGNED, BOOL, STATUS, UTC_TIME).</summary>
        public bool IsInteger
        {
            get
            {
                return Data.Length >= 1 && Data.Length <= 4
                    && (Type == ElementType.Integer || Type == ElementType.IntegerUnsigned || Type == ElementType.Bool
                        || Type == ElementType.Status || Type == ElementType.UtcTime);
            }
        }

        /// <summary>True for an INTEGER_FRAC id ("X.Y").</summary>
        public bool IsFraction
        {
            get { return Type == ElementType.IntegerFrac && Data.Length == 4; }
        }

        /// <summary>The integer value; INTEGER is sign-extended, the others are unsigned.</summary>
        /// <returns>The value.</returns>
        /// <exception cref="InvalidOperationException">Not an integer element.</exception>
        public long ToInt64()
        {
            if (!IsInteger)
            {
                throw new InvalidOperationException("element is " + Type + " of " + Data.Length + " bytes, not an integer");
            }

            ulong value = 0;
            for (int i = 0; i < Data.Length; i++)
            {
                value = (value << 8) | Data[i];
            }

            if (Type == ElementType.Integer && (Data[0] & 0x80) != 0)
            {
                int bits = Data.Length * 8;
                return (long)value - (1L << bits);
            }

            return (long)value;
        }

        /// <summary>The payload as UTF-8 text.</summary>
        /// <returns>The text.</returns>
        public string ToText()
        {
            return Encoding.UTF8.GetString(Data);
        }

        /// <summary>The address of an IPV4ADDR (4 or 8 bytes) or IPV6ADDR (16 or 17 bytes) element.</summary>
        /// <returns>The address, or null when the element is not an address.</returns>
        public IPAddress ToIPAddress()
        {
            if (Type == ElementType.Ipv4Address && (Data.Length == 4 || Data.Length == 8))
            {
                return new IPAddress(Data.AsSpan(0, 4));
            }

            if (Type == ElementType.Ipv6Address && (Data.Length == 16 || Data.Length == 17))
            {
                return new IPAddress(Data.AsSpan(0, 16));
            }

            return null;
        }

        /// <summary>Integer part and fraction of an INTEGER_FRAC element.</summary>
        /// <param name="integer">The "X" part.</param>
        /// <param name="fraction">The "Y" part.</param>
        /// <returns>False when the element is not a fraction.</returns>
        public bool TryGetFraction(out int integer, out int fraction)
        {
            if (!IsFraction)
            {
                integer = 0;
                fraction = 0;
                return false;
            }

            integer = BinaryPrimitives.ReadInt16BigEndian(Data.AsSpan(0, 2));
            fraction = BinaryPrimitives.ReadUInt16BigEndian(Data.AsSpan(2, 2));
            return true;
        }

        /// <inheritdoc/>
        public override string ToString()
        {
            if (IsInteger)
            {
                return Type + ":" + ToInt64();
            }

            if (Type == ElementType.String)
            {
                return "\"" + ToText() + "\"";
            }

            return Type + "[" + Convert.ToHexString(Data) + "]";
        }
    }
}
