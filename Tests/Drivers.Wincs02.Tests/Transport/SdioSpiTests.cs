// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Transport;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Transport
{
    /// <summary>
    /// Golden vectors of every SDIO-over-SPI frame (host interface specification section 4.2), checked
    /// byte for byte against what SdioSpi clocks out, with the module's answers scripted on MISO.
    /// </summary>
    [TestClass]
    public class SdioSpiTests
    {
        private static ScriptedWincsBus s_bus;
        private static SdioSpi s_sdio;

        [TestMethod]
        public void Cmd0IsTheSpecFrameAndReturnsR1()
        {
            NewBus();
            s_bus.Miso(MisoScript.R1(9, 0x01));
            Assert.AreEqual((byte)0x01, s_sdio.Cmd0());
            AssertFrames(new byte[][] { new byte[] { 0xFF, 0x40, 0x00, 0x00, 0x00, 0x00, 0x95, 0xFF, 0xFF } });
        }

        [TestMethod]
        public void Cmd5WithoutOcrIsThirteenBytes()
        {
            NewBus();
            s_bus.Miso(MisoScript.Cmd5(0x01, 0x10FF8000));
            uint ocr;
            Assert.AreEqual((byte)0x01, s_sdio.Cmd5(0, out ocr));
            Assert.AreEqual(0x10FF8000u, ocr);
            AssertFrames(new byte[][] { new byte[] { 0xFF, 0x45, 0x00, 0x00, 0x00, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF } });
        }

        [TestMethod]
        public void Cmd5WithOcrCarriesItBigEndian()
        {
            NewBus();
            s_bus.Miso(MisoScript.Cmd5(0x00, 0x90FF8000));
            uint ocr;
            Assert.AreEqual((byte)0x00, s_sdio.Cmd5(0x200000, out ocr));
            Assert.AreEqual(0x90FF8000u, ocr);
            AssertFrames(new byte[][] { new byte[] { 0xFF, 0x45, 0x00, 0x20, 0x00, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF } });
        }

        [TestMethod]
        public void Cmd8KeepsHarmonysArgumentByte()
        {
            NewBus();
            s_bus.Miso(MisoScript.R1(9, 0x05));
            Assert.AreEqual((byte)0x05, s_sdio.Cmd8());
            AssertFrames(new byte[][] { new byte[] { 0xFF, 0x48, 0x00, 0xFF, 0x01, 0xAA, 0x01, 0xFF, 0xFF } });
        }

        [TestMethod]
        public void Cmd59TurnsCrcOff()
        {
            NewBus();
            s_bus.Miso(MisoScript.R1(9, 0x00));
            Assert.AreEqual((byte)0x00, s_sdio.Cmd59());
            AssertFrames(new byte[][] { new byte[] { 0xFF, 0x7B, 0x00, 0xFF, 0x00, 0x00, 0x01, 0xFF, 0xFF } });
        }

        [TestMethod]
        public void Cmd52ReadOfACccrRegister()
        {
            NewBus();
            s_bus.Miso(MisoScript.R5(0x01, 0x5A));
            byte value;
            Assert.AreEqual((byte)0x01, s_sdio.Cmd52Read(SdioRegisters.Fn0CccrIoAbort, out value));
            Assert.AreEqual((byte)0x5A, value);
            AssertFrames(new byte[][] { new byte[] { 0xFF, 0x74, 0x00, 0x00, 0x0C, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF } });
        }

        [TestMethod]
        public void Cmd52AddressesAboveSevenBitsAndFunctionOne()
        {
            NewBus();
            for (int i = 0; i < 5; i++)
            {
                s_bus.Miso(MisoScript.R5(0x00, 0x00));
            }

            byte value;
            s_sdio.Cmd52Write(SdioRegisters.Fn0FbrFn1BlkSzL, 0x00);
            s_sdio.Cmd52Write(SdioRegisters.Fn0CisClockWakeUp, SdioRegisters.ClockWakeUpManual);
            s_sdio.Cmd52Read(SdioRegisters.Fn1IntIdClr, out value);
            s_sdio.Cmd52Write(SdioRegisters.Fn1IntIdClr, SdioRegisters.Fn1IntMsgFromArm);
            s_sdio.Cmd52Write(SdioRegisters.Fn1IntEn, SdioRegisters.Fn1IntMsgFromArm);
            AssertFrames(new byte[][]
            {
                new byte[] { 0xFF, 0x74, 0x80, 0x02, 0x20, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0x74, 0x83, 0x00, 0x00, 0x02, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0x74, 0x10, 0x00, 0x10, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0x74, 0x90, 0x00, 0x10, 0x04, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0x74, 0x90, 0x00, 0x12, 0x04, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
            });
        }

        [TestMethod]
        public void MailboxWriteIsOneElevenByteDataFrame()
        {
            // the specification's SOCKO example: mailbox 0x01010006 -> SD_HOST_GP bytes 06 00 01 01
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(4, 0xE5));
            byte[] mailbox = new byte[] { 0x06, 0x00, 0x01, 0x01 };
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Write(SdioRegisters.Fn1SdHostGp, mailbox, 0, 4, true));
            AssertFrames(new byte[][]
            {
                new byte[] { 0xFF, 0x75, 0x94, 0x00, 0x48, 0x04, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0xFE, 0x06, 0x00, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0xFF },
            });
        }

        [TestMethod]
        public void CsaPointerWriteIsThreeZeroBytes()
        {
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(3, 0x05));
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Write(SdioRegisters.Fn0FbrFn1CsaPtr, new byte[3], 0, 3, true));
            AssertFrames(new byte[][]
            {
                new byte[] { 0xFF, 0x75, 0x84, 0x02, 0x18, 0x03, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF },
            });
        }

        [TestMethod]
        public void WriteOfMoreThanFourBytesUsesTokenDataAndCrcFrames()
        {
            // CSA size list of a three-command burst (3, 4 and 6 words) to the fixed CSA_DATA address
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(12, 0xE5));
            byte[] list = new byte[] { 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0x06, 0, 0, 0 };
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Write(SdioRegisters.Fn0FbrFn1CsaData, list, 0, 12, false));
            AssertFrames(new byte[][]
            {
                new byte[] { 0xFF, 0x75, 0x80, 0x02, 0x1E, 0x0C, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0xFE },
                list,
                new byte[] { 0x00, 0x00, 0xFF, 0xFF, 0xFF },
            });
        }

        [TestMethod]
        public void BusyAfterAWrittenBlockIsPolledByteByByte()
        {
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            byte[] rx = MisoScript.WriteBlock(8, 0xE5);
            rx[rx.Length - 1] = 0x00; // rx[4] of the CRC frame: busy
            s_bus.Miso(rx);
            s_bus.Miso(0x00, 0x00, 0xFF);
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Write(SdioRegisters.Fn1Data, new byte[8], 0, 8, false));
            Assert.AreEqual(7, s_bus.FrameCount);
            for (int i = 4; i < 7; i++)
            {
                CollectionAssert.AreEqual(new byte[] { 0xFF }, s_bus.Frame(i));
            }

            Assert.AreEqual(0, s_bus.MisoRemaining);
        }

        [TestMethod]
        public void BusyForeverGivesUpAfterTheRetryCount()
        {
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            byte[] rx = MisoScript.WriteBlock(8, 0xE5);
            rx[rx.Length - 1] = 0x00;
            s_bus.Miso(rx);
            s_bus.IdleByte = 0x00;
            Assert.AreEqual((int)SdioResult.BusyTimeout, (int)s_sdio.Cmd53Write(SdioRegisters.Fn1Data, new byte[8], 0, 8, false));
            Assert.AreEqual(4 + SdioSpi.RetryCount, s_bus.FrameCount);
        }

        [TestMethod]
        public void RejectedDataTokenFailsWithoutBusyPolling()
        {
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(4, 0x0B));
            Assert.AreEqual((int)SdioResult.DataRejected, (int)s_sdio.Cmd53Write(SdioRegisters.Fn1SdHostGp, new byte[4], 0, 4, true));
            Assert.AreEqual((byte)0x0B, s_sdio.LastResponse);
            Assert.AreEqual(2, s_bus.FrameCount);
        }

        [TestMethod]
        public void R5ErrorStopsBeforeTheDataPhase()
        {
            NewBus();
            s_bus.Miso(MisoScript.R5(0x04, 0x00));
            Assert.AreEqual((int)SdioResult.CommandFailed, (int)s_sdio.Cmd53Write(SdioRegisters.Fn1Data, new byte[16], 0, 16, false));
            Assert.AreEqual((byte)0x04, s_sdio.LastResponse);
            Assert.AreEqual(1, s_bus.FrameCount);
        }

        [TestMethod]
        public void MisoHeldLowIsNoResponse()
        {
            NewBus();
            s_bus.IdleByte = 0x00;
            Assert.AreEqual((int)SdioResult.NoResponse, (int)s_sdio.Cmd53Write(SdioRegisters.Fn1Data, new byte[16], 0, 16, false));
            Assert.AreEqual((int)SdioResult.NoResponse, (int)s_sdio.Cmd53Read(SdioRegisters.Fn1ArmGp, new byte[4], 0, 4, true));
        }

        [TestMethod]
        public void WriteAboveOneBlockUsesBlockModeThenANewByteModeCommand()
        {
            NewBus();
            byte[] data = Pattern(1100);
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(512, 0xE5));
            s_bus.Miso(MisoScript.WriteBlock(512, 0xE5));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(76, 0xE5));
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Write(SdioRegisters.Fn1Data, data, 0, 1100, false));
            Assert.AreEqual(11, s_bus.FrameCount);
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x98, 0x00, 0x00, 0x02, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(0));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0xFC }, s_bus.Frame(1));
            CollectionAssert.AreEqual(Slice(data, 0, 512), s_bus.Frame(2));
            CollectionAssert.AreEqual(new byte[] { 0x00, 0x00, 0xFF, 0xFF, 0xFF }, s_bus.Frame(3));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0xFC }, s_bus.Frame(4));
            CollectionAssert.AreEqual(Slice(data, 512, 512), s_bus.Frame(5));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x90, 0x00, 0x00, 0x4C, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(7));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0xFE }, s_bus.Frame(8));
            CollectionAssert.AreEqual(Slice(data, 1024, 76), s_bus.Frame(9));
        }

        [TestMethod]
        public void RemainderAboveTwoHundredFiftyFiveSetsCountBitEight()
        {
            // 1496 bytes (a full SOCKWR): two blocks, then 472 = 0x1D8 in byte mode
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(512, 0xE5));
            s_bus.Miso(MisoScript.WriteBlock(512, 0xE5));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(472, 0xE5));
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Write(SdioRegisters.Fn1Data, Pattern(1496), 0, 1496, false));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x90, 0x00, 0x01, 0xD8, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(7));
        }

        [TestMethod]
        public void BlockCountNeverExceedsNineBits()
        {
            // 512 blocks and 4 bytes: 511 blocks, then the 516 left again in block mode (one block), then 4 bytes
            NewBus();
            int length = (512 * 512) + 4;
            s_bus.Miso(MisoScript.Cmd53Ok());
            for (int i = 0; i < 511; i++)
            {
                s_bus.Miso(MisoScript.WriteBlock(512, 0xE5));
            }

            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(512, 0xE5));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(4, 0xE5));
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Write(SdioRegisters.Fn1Data, new byte[length], 0, length, false));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x98, 0x00, 0x01, 0xFF, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(0));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x98, 0x00, 0x00, 0x01, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(1 + (511 * 3)));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x90, 0x00, 0x00, 0x04, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(1 + (512 * 3) + 1));
            Assert.AreEqual(0, s_bus.MisoRemaining);
        }

        [TestMethod]
        public void ExactlyOneBlockIsByteModeCountZero()
        {
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.WriteBlock(512, 0xE5));
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Write(SdioRegisters.Fn1Data, Pattern(512), 0, 512, false));
            Assert.AreEqual(4, s_bus.FrameCount);
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x90, 0x00, 0x00, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(0));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0xFE }, s_bus.Frame(1));
        }

        [TestMethod]
        public void RegisterReadSearchesForTheStartToken()
        {
            // ARM_GP mailbox: TX_REQ grant for one message of six words
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(0xFF, 0xFF);
            s_bus.Miso(MisoScript.ReadBlock(new byte[] { 0x06, 0x00, 0x01, 0x01 }, 0xFF));
            byte[] word = new byte[4];
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Read(SdioRegisters.Fn1ArmGp, word, 0, 4, true));
            CollectionAssert.AreEqual(new byte[] { 0x06, 0x00, 0x01, 0x01 }, word);
            AssertFrames(new byte[][]
            {
                new byte[] { 0xFF, 0x75, 0x14, 0x00, 0x50, 0x04, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF },
                new byte[] { 0xFF },
                new byte[] { 0xFF },
                new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF },
            });
        }

        [TestMethod]
        public void TokenSearchWaitsForMisoToRiseAfterZeros()
        {
            // the byte after a block's CRC seeds the next search; 0x00 there means "busy, wait for MISO to rise"
            NewBus();
            byte[] data = Pattern(1024);
            s_bus.Miso(MisoScript.R5(0x00, 0x01)); // DATA_RDY set
            s_bus.Miso(MisoScript.R5(0x00, 0x00)); // cleared
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.ReadBlock(Slice(data, 0, 512), 0x00));
            s_bus.Miso(0x00, 0x00, 0xFF);
            s_bus.Miso(MisoScript.ReadBlock(Slice(data, 512, 512), 0xFF));
            byte[] read = new byte[1024];
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Read(SdioRegisters.Fn1Data, read, 0, 1024, false));
            CollectionAssert.AreEqual(data, read);
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x18, 0x00, 0x00, 0x02, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(2));
            Assert.AreEqual(0, s_bus.MisoRemaining);
        }

        [TestMethod]
        public void FifoReadPollsAndClearsDataReadyFirst()
        {
            NewBus();
            byte[] status = new byte[] { 0x01, 0x0E, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00 };
            s_bus.Miso(MisoScript.R5(0x00, 0x04)); // only MSG_FROM_ARM: not ready yet
            s_bus.Miso(MisoScript.R5(0x00, 0x05));
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.ReadBlock(status, 0xFF));
            byte[] read = new byte[8];
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Read(SdioRegisters.Fn1Data, read, 0, 8, false));
            CollectionAssert.AreEqual(status, read);
            AssertFrames(new byte[][]
            {
                new byte[] { 0xFF, 0x74, 0x10, 0x00, 0x10, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0x74, 0x10, 0x00, 0x10, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0x74, 0x90, 0x00, 0x10, 0x01, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF, 0x75, 0x10, 0x00, 0x00, 0x08, 0x01, 0xFF, 0xFF, 0xFF, 0xFF },
                new byte[] { 0xFF },
                MisoScript.Idle(8),
                MisoScript.Idle(3),
            });
        }

        [TestMethod]
        public void BlockReadRemainderIsANewCommandWithItsOwnDataReady()
        {
            // 1028 bytes: two blocks (the second token found in the byte after the first CRC), then 4 bytes
            NewBus();
            byte[] data = Pattern(1028);
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.ReadBlock(Slice(data, 0, 512), 0xFE));
            byte[] second = MisoScript.ReadBlock(Slice(data, 512, 512), 0xFF);
            s_bus.Miso(Slice(second, 1, second.Length - 1));
            s_bus.Miso(MisoScript.R5(0x00, 0x01));
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.ReadBlock(Slice(data, 1024, 4), 0xFF));
            byte[] read = new byte[1028];
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Read(SdioRegisters.Fn1Data, read, 0, 1028, false, true));
            CollectionAssert.AreEqual(data, read);
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x18, 0x00, 0x00, 0x02, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(0));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x74, 0x10, 0x00, 0x10, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(6));
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0x75, 0x10, 0x00, 0x00, 0x04, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, s_bus.Frame(8));
            Assert.AreEqual(11, s_bus.FrameCount);
            Assert.AreEqual(0, s_bus.MisoRemaining);
        }

        [TestMethod]
        public void DrainingReadStoresNothing()
        {
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(MisoScript.ReadBlock(Pattern(100), 0xFF));
            Assert.AreEqual((int)SdioResult.Ok, (int)s_sdio.Cmd53Read(SdioRegisters.Fn1Data, null, 0, 100, false, true));
            Assert.AreEqual(0, s_bus.MisoRemaining);
            Assert.AreEqual(11 + 1 + 100 + 3, s_bus.BytesClocked);
        }

        [TestMethod]
        public void MissingStartTokenIsBounded()
        {
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            Assert.AreEqual((int)SdioResult.TokenTimeout, (int)s_sdio.Cmd53Read(SdioRegisters.Fn1ArmGp, new byte[4], 0, 4, true));
            Assert.AreEqual(1 + SdioSpi.RetryCount, s_bus.FrameCount);
        }

        [TestMethod]
        public void WrongStartTokenIsReported()
        {
            NewBus();
            s_bus.Miso(MisoScript.Cmd53Ok());
            s_bus.Miso(0xFF, 0xF8);
            Assert.AreEqual((int)SdioResult.StartTokenMissing, (int)s_sdio.Cmd53Read(SdioRegisters.Fn1ArmGp, new byte[4], 0, 4, true));
            Assert.AreEqual((byte)0xF8, s_sdio.LastResponse);
        }

        [TestMethod]
        public void DataReadyThatNeverRisesIsBounded()
        {
            NewBus();
            for (int i = 0; i < SdioSpi.DataReadyRetryCount; i++)
            {
                s_bus.Miso(MisoScript.R5(0x00, 0x00));
            }

            Assert.AreEqual((int)SdioResult.DataReadyTimeout, (int)s_sdio.Cmd53Read(SdioRegisters.Fn1Data, new byte[8], 0, 8, false));
            Assert.AreEqual(SdioSpi.DataReadyRetryCount, s_bus.FrameCount);
        }

        [TestMethod]
        public void BadArgumentsThrow()
        {
            NewBus();
            Assert.ThrowsException(typeof(ArgumentNullException), () => new SdioSpi(null));
            Assert.ThrowsException(typeof(ArgumentNullException), () => s_sdio.Cmd53Write(SdioRegisters.Fn1Data, null, 0, 4, false));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => s_sdio.Cmd53Write(SdioRegisters.Fn1Data, new byte[4], 1, 4, false));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => s_sdio.Cmd53Read(SdioRegisters.Fn1Data, new byte[4], 0, 0, false));
            Assert.AreEqual(0, s_bus.FrameCount);
        }

        private static void NewBus()
        {
            s_bus = new ScriptedWincsBus();
            s_sdio = new SdioSpi(s_bus);
        }

        private static void AssertFrames(byte[][] expected)
        {
            Assert.AreEqual(expected.Length, s_bus.FrameCount);
            for (int i = 0; i < expected.Length; i++)
            {
                CollectionAssert.AreEqual(expected[i], s_bus.Frame(i));
            }
        }

        private static byte[] Pattern(int length)
        {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++)
            {
                data[i] = (byte)((i * 7) + (i >> 8) + 1);
            }

            return data;
        }

        private static byte[] Slice(byte[] source, int offset, int length)
        {
            byte[] slice = new byte[length];
            Array.Copy(source, offset, slice, 0, length);
            return slice;
        }
    }
}
