// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using nanoFramework.TestFramework;
using Sys.Wss;
using Sys.Wss.Protocol;

namespace Sys.Wss.Tests.Protocol
{
    [TestClass]
    public class FrameWriterTests
    {
        [TestMethod]
        public void SevenBitLength()
        {
            byte[] b = new byte[10];
            Assert.AreEqual(2, WssFrameWriter.WriteHeader(b, 0, true, WssFrame.Text, 125));
            Assert.AreEqual((byte)0x81, b[0]);
            Assert.AreEqual((byte)125, b[1]);
        }

        [TestMethod]
        public void SixteenBitLengthIsBigEndian()
        {
            byte[] b = new byte[10];
            Assert.AreEqual(4, WssFrameWriter.WriteHeader(b, 0, false, WssFrame.Binary, 65535));
            CollectionAssert.AreEqual(new byte[] { 0x02, 126, 0xFF, 0xFF }, new byte[] { b[0], b[1], b[2], b[3] });
            Assert.AreEqual(4, WssFrameWriter.WriteHeader(b, 0, true, WssFrame.Binary, 126));
            CollectionAssert.AreEqual(new byte[] { 0x82, 126, 0x00, 126 }, new byte[] { b[0], b[1], b[2], b[3] });
        }

        [TestMethod]
        public void SixtyFourBitLengthWritesAllEightBytes()
        {
            byte[] b = new byte[12];
            for (int i = 0; i < b.Length; i++)
            {
                b[i] = 0xEE;
            }

            Assert.AreEqual(10, WssFrameWriter.WriteHeader(b, 1, true, WssFrame.Binary, 65536));
            CollectionAssert.AreEqual(new byte[] { 0xEE, 0x82, 127, 0, 0, 0, 0, 0, 1, 0, 0, 0xEE }, b);
        }

        [TestMethod]
        public void ControlFramesOver125BytesOrFragmentedAreRefused()
        {
            byte[] b = new byte[10];
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => WssFrameWriter.WriteHeader(b, 0, true, WssFrame.Ping, 126));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => WssFrameWriter.WriteHeader(b, 0, false, WssFrame.Close, 2));
        }
    }
}
