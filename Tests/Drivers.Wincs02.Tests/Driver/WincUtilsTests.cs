// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Driver
{
    /// <summary>Address text conversions.</summary>
    [TestClass]
    public class WincUtilsTests
    {
        [TestMethod]
        public void IPv4ParseAndFormat()
        {
            byte[] a = new byte[4];
            Assert.IsTrue(WincUtils.StringToIPAddress("192.168.1.10", a, 0));
            CollectionAssert.AreEqual(Hex.Parse("C0 A8 01 0A"), a);
            Assert.AreEqual("192.168.1.10", WincUtils.IPAddressToString(a, 0, 4));
            Assert.AreEqual("0.0.0.0", WincUtils.IPAddressToString(new byte[4], 0, 4));
            Assert.IsFalse(WincUtils.StringToIPAddress("256.1.1.1", a, 0));
            Assert.IsFalse(WincUtils.StringToIPAddress("1.1.1", a, 0));
            Assert.IsFalse(WincUtils.StringToIPAddress("1.1.1.1.1", a, 0));
            Assert.IsFalse(WincUtils.StringToIPAddress("1..1.1", a, 0));
            Assert.IsFalse(WincUtils.StringToIPAddress(" 1.1.1.1", a, 0));
            Assert.IsFalse(WincUtils.StringToIPAddress("1.1.1.1", new byte[3], 0));
        }

        [TestMethod]
        public void IPv6ParseAndFormat()
        {
            byte[] a = new byte[16];
            Assert.IsTrue(WincUtils.StringToIPv6Address("fe80::204:a3ff:fe12:3456", a, 0));
            CollectionAssert.AreEqual(Hex.Parse("FE 80 00 00 00 00 00 00 02 04 A3 FF FE 12 34 56"), a);
            Assert.IsTrue(WincUtils.IsIPv6LinkLocal(a, 0));
            Assert.AreEqual("fe80::204:a3ff:fe12:3456", WincUtils.IPAddressToString(a, 0, 16));
            Assert.IsTrue(WincUtils.StringToIPv6Address("::1", a, 0));
            CollectionAssert.AreEqual(Hex.Parse("00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01"), a);
            Assert.AreEqual("::1", WincUtils.IPAddressToString(a, 0, 16));
            Assert.IsTrue(WincUtils.StringToIPv6Address("::", a, 0));
            Assert.AreEqual("::", WincUtils.IPAddressToString(a, 0, 16));
            Assert.IsTrue(WincUtils.StringToIPv6Address("2001:DB8:0:0:1:0:0:1", a, 0));
            Assert.AreEqual("2001:db8::1:0:0:1", WincUtils.IPAddressToString(a, 0, 16), "the first of two equal zero runs is compressed");
            Assert.IsTrue(WincUtils.StringToIPv6Address("::ffff:192.168.1.1", a, 0));
            CollectionAssert.AreEqual(Hex.Parse("00 00 00 00 00 00 00 00 00 00 FF FF C0 A8 01 01"), a);
            Assert.IsTrue(WincUtils.StringToIPv6Address("1::", a, 0));
            Assert.AreEqual("1::", WincUtils.IPAddressToString(a, 0, 16));
            Assert.IsTrue(WincUtils.StringToIPv6Address("2001:db8:0:1:1:1:1:1", a, 0));
            Assert.AreEqual("2001:db8:0:1:1:1:1:1", WincUtils.IPAddressToString(a, 0, 16), "a single zero group is not compressed");
            Assert.IsFalse(WincUtils.StringToIPv6Address("1:2:3:4:5:6:7:8:9", a, 0));
            Assert.IsFalse(WincUtils.StringToIPv6Address("1::2::3", a, 0));
            Assert.IsFalse(WincUtils.StringToIPv6Address("12345::", a, 0));
            Assert.IsFalse(WincUtils.StringToIPv6Address("1:2", a, 0));
            Assert.IsFalse(WincUtils.StringToIPv6Address(":1::", a, 0));
            Assert.IsFalse(WincUtils.StringToIPv6Address("1:", a, 0));
            Assert.AreEqual(16, WincUtils.ParseAddress("2001:db8::1", a, 0));
            Assert.AreEqual(4, WincUtils.ParseAddress("10.0.0.1", a, 0));
            Assert.AreEqual(0, WincUtils.ParseAddress("example.com", a, 0));
        }
    }
}
