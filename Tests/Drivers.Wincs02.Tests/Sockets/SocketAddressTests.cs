// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Sockets;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Sockets
{
    /// <summary>inet_pton / inet_ntop of the socket layer (RFC 4291 section 2.2, RFC 5952 text forms).</summary>
    [TestClass]
    public class SocketAddressTests
    {
        [TestMethod]
        [DataRow("192.168.0.100", "C0 A8 00 64")]
        [DataRow("0.0.0.0", "00 00 00 00")]
        [DataRow("255.255.255.255", "FF FF FF FF")]
        public void ParsesIpv4(string text, string hex)
        {
            byte[] a = new byte[4];
            Assert.AreEqual(1, SocketAddress.InetPton(SocketConstants.AfInet, text, a, 0));
            CollectionAssert.AreEqual(Hex.Parse(hex), a);
            Assert.AreEqual(text, SocketAddress.InetNtop(SocketConstants.AfInet, a, 0));
        }

        [TestMethod]
        [DataRow("256.1.1.1")]
        [DataRow("1.2.3")]
        [DataRow("1.2.3.4.5")]
        [DataRow("01.2.3.4")]
        [DataRow("1.2.3.")]
        [DataRow("a.b.c.d")]
        [DataRow("")]
        public void RejectsBadIpv4(string text)
        {
            byte[] a = new byte[4];
            Assert.AreEqual(0, SocketAddress.InetPton(SocketConstants.AfInet, text, a, 0));
        }

        [TestMethod]
        [DataRow("2001:db8::1", "20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 01", "2001:db8::1")]
        [DataRow("::", "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00", "::")]
        [DataRow("::1", "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01", "::1")]
        [DataRow("fe80::", "FE 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00", "fe80::")]
        [DataRow("FE80:0:0:0:204:A3FF:FE01:203", "FE 80 00 00 00 00 00 00 02 04 A3 FF FE 01 02 03", "fe80::204:a3ff:fe01:203")]
        [DataRow("2001:db8:0:1:1:1:1:1", "20 01 0D B8 00 00 00 01 00 01 00 01 00 01 00 01", "2001:db8:0:1:1:1:1:1")]
        [DataRow("::ffff:192.168.1.2", "00 00 00 00 00 00 00 00 00 00 FF FF C0 A8 01 02", "::ffff:c0a8:102")]
        [DataRow("1:0:0:2:0:0:0:3", "00 01 00 00 00 00 00 02 00 00 00 00 00 00 00 03", "1:0:0:2::3")]
        public void ParsesAndFormatsIpv6(string text, string hex, string canonical)
        {
            byte[] a = new byte[16];
            Assert.AreEqual(1, SocketAddress.InetPton(SocketConstants.AfInet6, text, a, 0));
            CollectionAssert.AreEqual(Hex.Parse(hex), a);
            Assert.AreEqual(canonical, SocketAddress.InetNtop(SocketConstants.AfInet6, a, 0));
        }

        [TestMethod]
        [DataRow("1::2::3")]
        [DataRow("1:2:3:4:5:6:7:8:9")]
        [DataRow("1:2:3:4:5:6:7")]
        [DataRow(":1::2")]
        [DataRow("1:")]
        [DataRow("12345::1")]
        [DataRow("g::1")]
        public void RejectsBadIpv6(string text)
        {
            byte[] a = new byte[16];
            Assert.AreEqual(0, SocketAddress.InetPton(SocketConstants.AfInet6, text, a, 0));
        }

        [TestMethod]
        public void UnknownFamilyAndEndpointHelpers()
        {
            Assert.AreEqual(-1, SocketAddress.InetPton(3, "1.2.3.4", new byte[16], 0));
            Assert.IsNull(SocketAddress.InetNtop(3, new byte[16], 0));
            SocketAddress a = new SocketAddress(10, 0, 0, 1, 80);
            SocketAddress b = new SocketAddress();
            Assert.IsFalse(a.SameAs(b));
            b.CopyFrom(a);
            Assert.IsTrue(a.SameAs(b));
            Assert.AreEqual(4, b.AddressLength);
            Assert.IsFalse(b.IsAny);
            b.Clear();
            Assert.AreEqual(0, b.AddressLength);
            Assert.AreEqual("unspecified", b.ToString());
        }
    }
}
