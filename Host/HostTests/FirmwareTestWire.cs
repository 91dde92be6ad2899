// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// Test-side encoder/decoder of the §4.5 message format, written independently of the firmware's
    /// codec so the two cannot merely agree with each other. Decoding asserts the framing rules.
    /// </summary>
    internal static class FirmwareTestWire
    {
        public static byte[] Request(ushort commandId, ushort sequence, params Param[] parameters)
        {
            var body = new List<byte>();
            foreach (Param p in parameters)
            {
                int pad = (4 - (p.Data.Length % 4)) % 4;
                body.Add(p.Type);
                body.Add((byte)pad);
                body.Add((byte)(p.Data.Length >> 8));
                body.Add((byte)p.Data.Length);
                body.AddRange(p.Data);
                for (int i = 0; i < pad; i++)
                {
                    body.Add(0);
                }
            }

            var message = new List<byte>
            {
                0,
                (byte)(commandId >> 8),
                (byte)commandId,
                (byte)(sequence >> 8),
                (byte)sequence,
                (byte)parameters.Length,
                (byte)(body.Count >> 8),
                (byte)body.Count,
            };
            message.AddRange(body);
            return message.ToArray();
        }

        public static Message Decode(byte[] raw)
        {
            Assert.IsTrue(raw.Length >= 8, "message shorter than 8 bytes: " + Convert.ToHexString(raw));
            Assert.AreEqual(0, raw.Length % 4, "message not padded to a 32-bit word: " + Convert.ToHexString(raw));
            var m = new Message
            {
                Raw = raw,
                Type = raw[0],
                Id = (ushort)((raw[1] << 8) | raw[2]),
                Sequence = (ushort)((raw[3] << 8) | raw[4]),
            };
            if (m.Type == 1)
            {
                Assert.AreEqual(8, raw.Length, "STATUS is 7 bytes padded to 8");
                Assert.AreEqual(0, raw[7], "STATUS pad byte");
                m.Status = (ushort)((raw[5] << 8) | raw[6]);
                return m;
            }

            Assert.IsTrue(m.Type == 2 || m.Type == 3, "unexpected message type " + m.Type);
            m.ResponseId = (ushort)((raw[5] << 8) | raw[6]);
            int length = (raw[7] << 8) | raw[8];
            int count = raw[9];
            Assert.IsTrue(9 + length <= raw.Length && raw.Length - (9 + length) < 4, "element block length " + length + " does not match " + raw.Length + " bytes");
            int at = 10;
            for (int i = 0; i < count; i++)
            {
                byte type = raw[at];
                int pad = raw[at + 1] & 3;
                int n = (raw[at + 2] << 8) | raw[at + 3];
                Assert.AreEqual((4 - (n % 4)) % 4, pad, "TLV pad count in flags");
                var data = new byte[n];
                Array.Copy(raw, at + 4, data, 0, n);
                for (int k = 0; k < pad; k++)
                {
                    Assert.AreEqual(0, raw[at + 4 + n + k], "TLV padding must be zero");
                }

                m.Elements.Add(new Element(type, data));
                at += 4 + n + pad;
            }

            Assert.AreEqual(9 + length, at, "element block length field");
            for (int k = at; k < raw.Length; k++)
            {
                Assert.AreEqual(0, raw[k], "message padding must be zero");
            }

            return m;
        }

        public static byte[] Hex(string text)
        {
            return Convert.FromHexString(text.Replace(" ", string.Empty).Replace("|", string.Empty));
        }

        internal readonly struct Param
        {
            public Param(byte type, byte[] data)
            {
                Type = type;
                Data = data;
            }

            public byte Type { get; }

            public byte[] Data { get; }

            public static Param U8(long v) => new Param(3, new[] { (byte)v });

            public static Param U16(long v) => new Param(3, new[] { (byte)(v >> 8), (byte)v });

            public static Param U32(long v) => new Param(3, new[] { (byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v });

            public static Param I32(long v) => new Param(2, new[] { (byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v });

            public static Param Frac(int i, int f) => new Param(4, new[] { (byte)(i >> 8), (byte)i, (byte)(f >> 8), (byte)f });

            public static Param Str(string s) => new Param(5, Encoding.UTF8.GetBytes(s));

            public static Param Bytes(byte[] b) => new Param(6, b);

            public static Param Bool(bool b) => new Param(10, new[] { b ? (byte)1 : (byte)0 });

            public static Param Ip(string address) => Ip(IPAddress.Parse(address));

            public static Param Ip(IPAddress address) => new Param(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? (byte)8 : (byte)9, address.GetAddressBytes());

            public static Param IpMask(string address, string mask)
            {
                var data = new byte[8];
                IPAddress.Parse(address).GetAddressBytes().CopyTo(data, 0);
                IPAddress.Parse(mask).GetAddressBytes().CopyTo(data, 4);
                return new Param(8, data);
            }

            public static Param Mac(params byte[] mac) => new Param(11, mac);
        }

        internal sealed class Element
        {
            public Element(byte type, byte[] data)
            {
                Type = type;
                Data = data;
            }

            public byte Type { get; }

            public byte[] Data { get; }

            public long Unsigned
            {
                get
                {
                    Assert.IsTrue(Data.Length >= 1 && Data.Length <= 4, "integer of " + Data.Length + " bytes");
                    long v = 0;
                    foreach (byte b in Data)
                    {
                        v = (v << 8) | b;
                    }

                    return v;
                }
            }

            public long Signed
            {
                get
                {
                    long v = Unsigned;
                    return (Data[0] & 0x80) != 0 ? v - (1L << (8 * Data.Length)) : v;
                }
            }

            public string Text => Encoding.UTF8.GetString(Data);

            public IPAddress Address
            {
                get
                {
                    Assert.IsTrue(Type == 8 || Type == 9, "element type " + Type + " is not an address");
                    return new IPAddress(Data.AsSpan(0, Type == 8 ? 4 : 16));
                }
            }

            public override string ToString() => Type + ":" + Convert.ToHexString(Data);
        }

        internal sealed class Message
        {
            public byte[] Raw { get; set; }

            public byte Type { get; set; }

            public ushort Id { get; set; }

            public ushort Sequence { get; set; }

            public ushort ResponseId { get; set; }

            public ushort Status { get; set; }

            public List<Element> Elements { get; } = new List<Element>();

            public Element this[int index] => Elements[index];

            public override string ToString()
            {
                return "type " + Type + " id " + Id.ToString("X4") + " seq " + Sequence + (Type == 1 ? " status " + Status.ToString("X4") : " rsp " + ResponseId.ToString("X4") + " [" + string.Join(", ", Elements) + "]");
            }
        }
    }
}
