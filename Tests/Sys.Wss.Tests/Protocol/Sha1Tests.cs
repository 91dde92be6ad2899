// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using nanoFramework.TestFramework;
using Sys.Wss.Protocol;

namespace Sys.Wss.Tests.Protocol
{
    [TestClass]
    public class Sha1Tests
    {
        private static byte[] Digest(byte[] data)
        {
            var sha = new Sha1();
            sha.Update(data, 0, data.Length);
            byte[] d = new byte[20];
            sha.Final(d, 0);
            return d;
        }

        [TestMethod]
        public void EmptyInput()
        {
            CollectionAssert.AreEqual(ClientFrames.Hex("da39a3ee5e6b4b0d3255bfef95601890afd80709"), Digest(new byte[0]));
        }

        [TestMethod]
        public void Abc()
        {
            CollectionAssert.AreEqual(ClientFrames.Hex("a9993e364706816aba3e25717850c26c9cd0d89d"), Digest(ClientFrames.Ascii("abc")));
        }

        [TestMethod]
        public void TwoBlockMessage()
        {
            byte[] m = ClientFrames.Ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
            CollectionAssert.AreEqual(ClientFrames.Hex("84983e441c3bd26ebaae4aa1f95129e5e54670f1"), Digest(m));
        }

        [TestMethod]
        public void Base64RoundsOutWithPadding()
        {
            byte[] out8 = new byte[8];
            Assert.AreEqual(4, Base64.Encode(ClientFrames.Ascii("Ma"), 0, 2, out8, 0));
            CollectionAssert.AreEqual(ClientFrames.Ascii("TWE="), new byte[] { out8[0], out8[1], out8[2], out8[3] });
            Assert.AreEqual(16, Base64.DecodedLength(ClientFrames.Ascii("dGhlIHNhbXBsZSBub25jZQ=="), 0, 24));
            Assert.AreEqual(-1, Base64.DecodedLength(ClientFrames.Ascii("dGhlIHNhbXBsZSBub25jZQ="), 0, 23));
            Assert.AreEqual(-1, Base64.DecodedLength(ClientFrames.Ascii("dGhl*HNhbXBsZSBub25jZQ=="), 0, 24));
        }
    }
}
