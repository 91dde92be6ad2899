// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using nanoFramework.TestFramework;
using Sys.Wss.Protocol;

namespace Sys.Wss.Tests.Protocol
{
    /// <summary>RFC 6455 receive rules, from the Autobahn categories 1 to 7 and 9 (section 4.2 of the conformance notes).</summary>
    [TestClass]
    public class FrameParserTests
    {
        private static RecordingFrameHandler s_handler;
        private static WssFrameParser s_parser;

        private static void Fresh(int maxMessage)
        {
            s_handler = new RecordingFrameHandler();
            s_parser = new WssFrameParser(s_handler, maxMessage);
        }

        private static void FeedChopped(byte[] bytes, int chop)
        {
            for (int i = 0; i < bytes.Length; i += chop)
            {
                int n = bytes.Length - i < chop ? bytes.Length - i : chop;
                s_parser.Feed(bytes, i, n);
            }
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(125)]
        [DataRow(126)]
        [DataRow(127)]
        [DataRow(128)]
        [DataRow(65535)]
        [DataRow(65536)]
        public void BinaryMessagesOfEveryLengthFormAreReassembledExactly(int length)
        {
            Fresh(70000);
            byte[] payload = ClientFrames.Filled(length, 7);
            byte[] frame = ClientFrames.Build(true, 2, payload);
            Assert.AreEqual(frame.Length, s_parser.Feed(frame, 0, frame.Length));
            Assert.AreEqual("binary:" + length.ToString(), s_handler.Joined());
            CollectionAssert.AreEqual(payload, s_handler.LastPayload);
        }

        [TestMethod]
        public void SixtyFourKiBTextInNineHundredNinetySevenByteChopsIsOneMessage()
        {
            Fresh(70000);
            byte[] payload = new byte[65536];
            for (int i = 0; i < payload.Length; i++)
            {
                payload[i] = (byte)('a' + (i % 26));
            }

            FeedChopped(ClientFrames.Build(true, 1, payload), 997);
            Assert.AreEqual("text:65536", s_handler.Joined());
            CollectionAssert.AreEqual(payload, s_handler.LastPayload);
        }

        [TestMethod]
        public void FramesFedOneByteAtATimeAndSeveralPerReadGiveTheSameEvents()
        {
            byte[] stream = ClientFrames.Concat(ClientFrames.Build(true, 9, ClientFrames.Ascii("hi")), ClientFrames.Build(true, 1, ClientFrames.Ascii("hello")));
            stream = ClientFrames.Concat(stream, ClientFrames.Build(true, 10, new byte[0]));
            Fresh(1024);
            FeedChopped(stream, 1);
            string byteWise = s_handler.Joined();
            Fresh(1024);
            s_parser.Feed(stream, 0, stream.Length);
            Assert.AreEqual("ping:2,text:5,pong:0", byteWise);
            Assert.AreEqual(byteWise, s_handler.Joined());
        }

        [TestMethod]
        public void FragmentsAreReassembledWithAPingInBetween()
        {
            Fresh(1024);
            byte[] stream = ClientFrames.Build(false, 1, ClientFrames.Ascii("frag"));
            stream = ClientFrames.Concat(stream, ClientFrames.Build(true, 9, ClientFrames.Ascii("p")));
            stream = ClientFrames.Concat(stream, ClientFrames.Build(false, 0, ClientFrames.Ascii("ment")));
            stream = ClientFrames.Concat(stream, ClientFrames.Build(true, 0, ClientFrames.Ascii("ed")));
            FeedChopped(stream, 3);
            Assert.AreEqual("ping:1,text:10", s_handler.Joined());
            CollectionAssert.AreEqual(ClientFrames.Ascii("fragmented"), s_handler.LastPayload);
        }

        [TestMethod]
        public void EmptyFragmentsMakeAnEmptyMessage()
        {
            Fresh(64);
            byte[] stream = ClientFrames.Concat(ClientFrames.Build(false, 1, new byte[0]), ClientFrames.Build(false, 0, new byte[0]));
            stream = ClientFrames.Concat(stream, ClientFrames.Build(true, 0, new byte[0]));
            s_parser.Feed(stream, 0, stream.Length);
            Assert.AreEqual("text:0", s_handler.Joined());
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(4)]
        [DataRow(7)]
        public void ReservedBitsFailWith1002(int rsv)
        {
            Fresh(64);
            byte[] frame = ClientFrames.Build(true, 1, ClientFrames.Ascii("x"), rsv, true);
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1002", s_handler.Joined());
            Assert.IsTrue(s_parser.Failed);
        }

        [TestMethod]
        [DataRow(3)]
        [DataRow(7)]
        [DataRow(11)]
        [DataRow(15)]
        public void ReservedOpcodesFailWith1002(int opcode)
        {
            Fresh(64);
            byte[] frame = ClientFrames.Build(true, opcode, ClientFrames.Ascii("reserved"));
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1002", s_handler.Joined());
        }

        [TestMethod]
        public void TextThenReservedOpcodeThenPingEchoesTheTextAndSendsNoPong()
        {
            Fresh(64);
            byte[] stream = ClientFrames.Concat(ClientFrames.Build(true, 1, ClientFrames.Ascii("ok")), ClientFrames.Build(true, 5, new byte[0]));
            stream = ClientFrames.Concat(stream, ClientFrames.Build(true, 9, new byte[0]));
            s_parser.Feed(stream, 0, stream.Length);
            Assert.AreEqual("text:2,fail:1002", s_handler.Joined());
        }

        [TestMethod]
        public void PingOf126BytesFailsWith1002()
        {
            Fresh(512);
            byte[] frame = ClientFrames.Build(true, 9, new byte[126]);
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1002", s_handler.Joined());
        }

        [TestMethod]
        public void PingOf125BytesSentOctetWiseIsAnswered()
        {
            Fresh(64);
            byte[] payload = ClientFrames.Filled(125, 1);
            FeedChopped(ClientFrames.Build(true, 9, payload), 1);
            Assert.AreEqual("ping:125", s_handler.Joined());
            CollectionAssert.AreEqual(payload, s_handler.LastPayload);
        }

        [TestMethod]
        [DataRow(9)]
        [DataRow(10)]
        [DataRow(8)]
        public void FragmentedControlFramesFailWith1002(int opcode)
        {
            Fresh(64);
            byte[] frame = ClientFrames.Build(false, opcode, ClientFrames.Ascii("ab"));
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1002", s_handler.Joined());
        }

        [TestMethod]
        [DataRow(true)]
        [DataRow(false)]
        public void ContinuationWithNothingToContinueFailsWith1002(bool fin)
        {
            Fresh(64);
            byte[] frame = ClientFrames.Build(fin, 0, ClientFrames.Ascii("orphan"));
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1002", s_handler.Joined());
        }

        [TestMethod]
        public void NewTextWhileAFragmentedMessageIsOpenFailsWith1002()
        {
            Fresh(64);
            byte[] stream = ClientFrames.Concat(ClientFrames.Build(false, 1, ClientFrames.Ascii("a")), ClientFrames.Build(true, 1, ClientFrames.Ascii("b")));
            s_parser.Feed(stream, 0, stream.Length);
            Assert.AreEqual("fail:1002", s_handler.Joined());
        }

        [TestMethod]
        public void UnmaskedClientFrameFailsWith1002()
        {
            Fresh(64);
            byte[] frame = ClientFrames.Build(true, 1, ClientFrames.Ascii("plain"), 0, false);
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1002", s_handler.Joined());
        }

        [TestMethod]
        public void SixtyFourBitLengthWithTheTopBitSetFailsWith1002()
        {
            Fresh(64);
            byte[] frame = new byte[] { 0x82, 0xFF, 0x80, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4 };
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1002", s_handler.Joined());
        }

        [TestMethod]
        public void MessageOverTheLimitFailsWith1009BeforeItsPayloadArrives()
        {
            Fresh(100);
            byte[] frame = ClientFrames.Build(true, 2, new byte[101]);
            int used = s_parser.Feed(frame, 0, 8);
            Assert.AreEqual("fail:1009", s_handler.Joined());
            Assert.AreEqual(6, used);
        }

        [TestMethod]
        public void FragmentsThatTogetherExceedTheLimitFailWith1009()
        {
            Fresh(100);
            byte[] stream = ClientFrames.Concat(ClientFrames.Build(false, 2, new byte[60]), ClientFrames.Build(true, 0, new byte[41]));
            s_parser.Feed(stream, 0, stream.Length);
            Assert.AreEqual("fail:1009", s_handler.Joined());
        }

        [TestMethod]
        public void InvalidUtf8FailsAtTheOffendingByteNotAtTheEndOfTheMessage()
        {
            // Autobahn 6.4.2: valid "kosme", then F4 90 80 80 (above U+10FFFF, invalid at 0x90)
            Fresh(256);
            byte[] part1 = ClientFrames.Hex("cebae1bdb9cf83cebcceb5");
            byte[] frame = ClientFrames.Build(false, 1, part1);
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual(string.Empty, s_handler.Joined());
            byte[] part2 = ClientFrames.Build(false, 0, ClientFrames.Hex("f4908080"));
            int headerAndFirst = 6 + 1;
            s_parser.Feed(part2, 0, headerAndFirst);
            Assert.AreEqual(string.Empty, s_handler.Joined());
            s_parser.Feed(part2, headerAndFirst, 1);
            Assert.AreEqual("fail:1007", s_handler.Joined());
        }

        [TestMethod]
        public void ValidUtf8SplitInsideCodePointsAcrossFragmentsIsAccepted()
        {
            Fresh(256);
            byte[] text = ClientFrames.Hex("cebae1bdb9cf83cebcceb5");
            byte[] stream = new byte[0];
            for (int i = 0; i < text.Length; i++)
            {
                stream = ClientFrames.Concat(stream, ClientFrames.Build(i == text.Length - 1, i == 0 ? 1 : 0, new byte[] { text[i] }));
            }

            s_parser.Feed(stream, 0, stream.Length);
            Assert.AreEqual("text:11", s_handler.Joined());
            CollectionAssert.AreEqual(text, s_handler.LastPayload);
        }

        [TestMethod]
        public void TextEndingInsideACodePointFailsWith1007()
        {
            Fresh(64);
            byte[] frame = ClientFrames.Build(true, 1, ClientFrames.Hex("cebae1bd"));
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1007", s_handler.Joined());
        }

        [TestMethod]
        public void BinaryIsNotCheckedAsUtf8()
        {
            Fresh(64);
            byte[] frame = ClientFrames.Build(true, 2, ClientFrames.Hex("fffe80c0"));
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("binary:4", s_handler.Joined());
        }

        [TestMethod]
        public void EmptyCloseReportsNoStatus()
        {
            Fresh(64);
            byte[] stream = ClientFrames.Concat(ClientFrames.Build(true, 8, new byte[0]), ClientFrames.Build(true, 9, new byte[0]));
            s_parser.Feed(stream, 0, stream.Length);
            Assert.AreEqual("close:1005", s_handler.Joined());
            Assert.IsTrue(s_parser.CloseReceived);
        }

        [TestMethod]
        public void OneByteCloseFailsWith1002()
        {
            Fresh(64);
            byte[] frame = ClientFrames.Build(true, 8, new byte[] { 0x03 });
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1002", s_handler.Joined());
        }

        [TestMethod]
        [DataRow(1000)]
        [DataRow(1001)]
        [DataRow(1002)]
        [DataRow(1003)]
        [DataRow(1007)]
        [DataRow(1008)]
        [DataRow(1009)]
        [DataRow(1010)]
        [DataRow(1011)]
        [DataRow(3000)]
        [DataRow(3999)]
        [DataRow(4000)]
        [DataRow(4999)]
        public void ValidCloseCodesAreReported(int code)
        {
            Fresh(64);
            byte[] frame = ClientFrames.Build(true, 8, new byte[] { (byte)(code >> 8), (byte)code, (byte)'o', (byte)'k' });
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("close:" + code.ToString(), s_handler.Joined());
            CollectionAssert.AreEqual(ClientFrames.Ascii("ok"), s_handler.LastPayload);
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(999)]
        [DataRow(1004)]
        [DataRow(1005)]
        [DataRow(1006)]
        [DataRow(1016)]
        [DataRow(1100)]
        [DataRow(2000)]
        [DataRow(2999)]
        [DataRow(5000)]
        [DataRow(65535)]
        public void InvalidCloseCodesFailWith1002(int code)
        {
            Fresh(64);
            byte[] frame = ClientFrames.Build(true, 8, new byte[] { (byte)(code >> 8), (byte)code });
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1002", s_handler.Joined());
        }

        [TestMethod]
        public void CloseReasonWithInvalidUtf8FailsWith1007()
        {
            Fresh(64);
            byte[] frame = ClientFrames.Build(true, 8, ClientFrames.Hex("03e8cebae1bdb9cf83cebcceb5eda080656469746564"));
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1007", s_handler.Joined());
        }

        [TestMethod]
        public void CloseWith123ByteReasonIsValidAnd124IsNot()
        {
            Fresh(64);
            byte[] payload = new byte[125];
            payload[0] = 0x03;
            payload[1] = 0xE8;
            for (int i = 2; i < payload.Length; i++)
            {
                payload[i] = (byte)'*';
            }

            byte[] frame = ClientFrames.Build(true, 8, payload);
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("close:1000", s_handler.Joined());
            Assert.AreEqual(123, s_handler.LastPayload.Length);

            Fresh(64);
            frame = ClientFrames.Build(true, 8, new byte[126]);
            s_parser.Feed(frame, 0, frame.Length);
            Assert.AreEqual("fail:1002", s_handler.Joined());
        }

        [TestMethod]
        public void NothingAfterACloseFrameIsParsed()
        {
            Fresh(64);
            byte[] stream = ClientFrames.Concat(ClientFrames.Build(true, 8, new byte[] { 0x03, 0xE8 }), ClientFrames.Build(true, 1, ClientFrames.Ascii("late")));
            int used = s_parser.Feed(stream, 0, stream.Length);
            Assert.AreEqual("close:1000", s_handler.Joined());
            Assert.AreEqual(8, used);
        }

        [TestMethod]
        public void ResetAllowsANewConnectionOnTheSameParser()
        {
            Fresh(64);
            byte[] bad = ClientFrames.Build(true, 1, ClientFrames.Ascii("x"), 1, true);
            s_parser.Feed(bad, 0, bad.Length);
            s_parser.Reset();
            byte[] good = ClientFrames.Build(true, 1, ClientFrames.Ascii("y"));
            s_parser.Feed(good, 0, good.Length);
            Assert.AreEqual("fail:1002,text:1", s_handler.Joined());
        }
    }
}
