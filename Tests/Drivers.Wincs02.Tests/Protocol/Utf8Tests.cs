// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Protocol
{
    /// <summary>The hand-written UTF-8 codec (RFC 3629 examples).</summary>
    [TestClass]
    public class Utf8Tests
    {
        [TestMethod]
        public void EncodesEveryLength()
        {
            string s = "A\u00E9\u20AC\uD83D\uDE00";
            Assert.AreEqual(10, Utf8.GetByteCount(s));
            byte[] b = new byte[12];
            Assert.AreEqual(10, Utf8.GetBytes(s, b, 1));
            CollectionAssert.AreEqual(Hex.Parse("00 41 C3 A9 E2 82 AC F0 9F 98 80 00"), b);
        }

        [TestMethod]
        public void UnpairedSurrogateBecomesReplacementCharacter()
        {
            byte[] b = new byte[3];
            Assert.AreEqual(3, Utf8.GetBytes("\uD800", b, 0));
            CollectionAssert.AreEqual(Hex.Parse("EF BF BD"), b);
        }

        [TestMethod]
        public void DecodesAndRejectsMalformedInput()
        {
            byte[] b = Hex.Parse("41 C3 A9 E2 82 AC F0 9F 98 80");
            Assert.AreEqual("A\u00E9\u20AC\uD83D\uDE00", Utf8.GetString(b, 0, b.Length));
            Assert.AreEqual(5, Utf8.GetCharCount(b, 0, b.Length));
            Assert.IsTrue(Utf8.Equals(b, 0, b.Length, "A\u00E9\u20AC\uD83D\uDE00"));
            Assert.IsFalse(Utf8.Equals(b, 0, 3, "A\u00E9\u20AC"));

            // truncated sequence, stray continuation byte, overlong encoding
            Assert.AreEqual("A\uFFFD", Utf8.GetString(Hex.Parse("41 E2 82"), 0, 3).Substring(0, 2));
            Assert.AreEqual("\uFFFDB", Utf8.GetString(Hex.Parse("80 42"), 0, 2));
            Assert.AreEqual("\uFFFD", Utf8.GetString(Hex.Parse("C0 AF"), 0, 2));
            Assert.AreEqual(string.Empty, Utf8.GetString(b, 4, 0));
        }

        [TestMethod]
        public void TooSmallDestinationWritesNothing()
        {
            byte[] b = new byte[2];
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Utf8.GetBytes("abc", b, 0));
            CollectionAssert.AreEqual(new byte[2], b);
        }
    }
}
