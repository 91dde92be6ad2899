// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Protocol
{
    /// <summary>TLV element vectors taken from the host interface specification (section 4.5).</summary>
    [TestClass]
    public class TlvTests
    {
        [TestMethod]
        public void UnsignedByteIsPaddedToFourBytes()
        {
            byte[] buffer = new byte[8];
            int end = Tlv.WriteUnsigned(buffer, 0, 2, 1);
            Assert.AreEqual(8, end);
            CollectionAssert.AreEqual(new byte[] { 0x03, 0x03, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00 }, buffer);
        }

        [TestMethod]
        public void SixteenBitUnsignedIsBigEndian()
        {
            byte[] buffer = new byte[8];
            int end = Tlv.WriteUnsigned(buffer, 0, 0x1234, 2);
            Assert.AreEqual(8, end);
            CollectionAssert.AreEqual(new byte[] { 0x03, 0x02, 0x00, 0x02, 0x12, 0x34, 0x00, 0x00 }, buffer);
        }

        [TestMethod]
        public void FourByteSignedHasNoPadding()
        {
            byte[] buffer = new byte[8];
            int end = Tlv.WriteSigned(buffer, 0, -2, 4);
            Assert.AreEqual(8, end);
            CollectionAssert.AreEqual(new byte[] { 0x02, 0x00, 0x00, 0x04, 0xFF, 0xFF, 0xFF, 0xFE }, buffer);
        }

        [TestMethod]
        [DataRow(0, 4)]
        [DataRow(1, 8)]
        [DataRow(3, 8)]
        [DataRow(4, 8)]
        [DataRow(5, 12)]
        public void EncodedSizeRoundsToWords(int dataLength, int expected)
        {
            Assert.AreEqual(expected, Tlv.EncodedSize(dataLength));
        }

        [TestMethod]
        public void StringElementRoundTrips()
        {
            byte[] text = new byte[] { 0x47, 0x45, 0x4E }; // "GEN"
            byte[] buffer = new byte[12];
            int end = Tlv.WriteBytes(buffer, 0, WincType.String, text, 0, 3);
            Assert.AreEqual(8, end);
            CollectionAssert.AreEqual(new byte[] { 0x05, 0x01, 0x00, 0x03, 0x47, 0x45, 0x4E, 0x00, 0, 0, 0, 0 }, buffer);
            Assert.AreEqual((int)WincType.String, (int)Tlv.ReadType(buffer, 0));
            Assert.AreEqual(3, Tlv.ReadLength(buffer, 0));
            Assert.AreEqual(8, Tlv.Next(buffer, 0));
        }

        [TestMethod]
        public void SignedElementsAreSignExtendedOnRead()
        {
            byte[] buffer = new byte[] { 0x02, 0x02, 0x00, 0x02, 0xFF, 0x38, 0x00, 0x00 };
            Assert.AreEqual(-200, Tlv.ReadInt32(buffer, 0));
            buffer[0] = (byte)WincType.IntegerUnsigned;
            Assert.AreEqual(0xFF38, Tlv.ReadInt32(buffer, 0));
        }

        [TestMethod]
        public void ValueTooWideForItsWidthIsRejected()
        {
            byte[] buffer = new byte[8];
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Tlv.WriteUnsigned(buffer, 0, 0x100, 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Tlv.WriteUnsigned(buffer, 0, 1, 3));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Tlv.WriteSigned(buffer, 0, 200, 1));
        }

        [TestMethod]
        public void ElementThatDoesNotFitTheBufferIsRejectedWithoutWriting()
        {
            byte[] buffer = new byte[6];
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Tlv.WriteUnsigned(buffer, 0, 1, 4));
            CollectionAssert.AreEqual(new byte[6], buffer);
        }
    }
}
