// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Transport;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Transport
{
    /// <summary>The resumable bring-up (specification section 4.3): every frame, every waiting and failure status.</summary>
    [TestClass]
    public class SdioInitTests
    {
        private static readonly byte[][] s_fullBringUp = new byte[][]
        {
            new byte[] { 0xFF, 0x74, 0x00, 0x00, 0x0C, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // IO_ABORT read
            new byte[] { 0xFF, 0x74, 0x80, 0x00, 0x0C, 0x08, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // IO_ABORT |= I/O reset
            new byte[] { 0xFF, 0x40, 0x00, 0x00, 0x00, 0x00, 0x95, 0xFF, 0xFF },             // CMD0
            new byte[] { 0xFF, 0x45, 0x00, 0x00, 0x00, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, // CMD5(0)
            new byte[] { 0xFF, 0x45, 0x00, 0x20, 0x00, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, // CMD5(0x200000)
            new byte[] { 0xFF, 0x7B, 0x00, 0xFF, 0x00, 0x00, 0x01, 0xFF, 0xFF },             // CMD59 CRC off
            new byte[] { 0xFF, 0x74, 0x80, 0x02, 0x20, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // FN1_BLK_SZ_L = 0x00
            new byte[] { 0xFF, 0x74, 0x80, 0x02, 0x22, 0x02, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // FN1_BLK_SZ_H = 0x02
            new byte[] { 0xFF, 0x74, 0x80, 0x02, 0x00, 0x80, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // FN1_CSA_CFG = 0x80
            new byte[] { 0xFF, 0x74, 0x80, 0x00, 0x20, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // FN0_BLK_SZ_L = 0x00
            new byte[] { 0xFF, 0x74, 0x80, 0x00, 0x22, 0x02, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // FN0_BLK_SZ_H = 0x02
            new byte[] { 0xFF, 0x74, 0x80, 0x00, 0x04, 0x02, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // IO_EN = fn1
            new byte[] { 0xFF, 0x74, 0x80, 0x00, 0x0E, 0x20, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // BUS_IF_CTRL = ECSI
            new byte[] { 0xFF, 0x74, 0x80, 0x00, 0x08, 0x03, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // INT_EN = master | fn1
            new byte[] { 0xFF, 0x74, 0x83, 0x00, 0x00, 0x01, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // CIS_CLOCK_WAKE_UP = auto
            new byte[] { 0xFF, 0x74, 0x90, 0x00, 0x12, 0x04, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // FN1_INT_EN = MSG_FROM_ARM
            new byte[] { 0xFF, 0x74, 0x00, 0x02, 0x00, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // verify CSA_CFG
            new byte[] { 0xFF, 0x74, 0x00, 0x00, 0x06, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // verify IO_RDY
            new byte[] { 0xFF, 0x74, 0x00, 0x00, 0x08, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, // verify INT_EN
        };

        private static ScriptedWincsBus s_bus;
        private static SdioSpi s_sdio;

        [TestMethod]
        public void FullBringUpSendsTheSpecSequence()
        {
            NewBus();
            MisoScript.InitSuccess(s_bus);
            Assert.AreEqual((int)SdioStatus.Ok, (int)s_sdio.DeviceInit());
            Assert.AreEqual((int)SdioInitState.Running, (int)s_sdio.InitState);
            Assert.AreEqual(s_fullBringUp.Length, s_bus.FrameCount);
            for (int i = 0; i < s_fullBringUp.Length; i++)
            {
                CollectionAssert.AreEqual(s_fullBringUp[i], s_bus.Frame(i));
            }

            Assert.AreEqual(0, s_bus.MisoRemaining);
            Assert.AreEqual((int)SdioStatus.Ok, (int)s_sdio.DeviceInit());
            Assert.AreEqual(s_fullBringUp.Length, s_bus.FrameCount);
        }

        [TestMethod]
        public void BootingModuleKeepsResetWaitingAndOnlyRepeatsCmd0()
        {
            NewBus();
            s_bus.IdleByte = 0x00; // MISO low while the module boots
            Assert.AreEqual((int)SdioStatus.ResetWaiting, (int)s_sdio.DeviceInit());
            Assert.AreEqual(2, s_bus.FrameCount); // the abort read found no idle module: no abort write
            Assert.AreEqual((int)SdioInitState.Resetting, (int)s_sdio.InitState);

            s_bus.ClearFrames();
            s_bus.IdleByte = 0xFF; // nothing drives MISO yet
            Assert.AreEqual((int)SdioStatus.ResetWaiting, (int)s_sdio.DeviceInit());
            Assert.AreEqual(1, s_bus.FrameCount);
            CollectionAssert.AreEqual(s_fullBringUp[2], s_bus.Frame(0));

            s_bus.ClearFrames();
            s_bus.Miso(MisoScript.R1(9, 0x01));
            s_bus.Miso(MisoScript.Cmd5(0x01, 0));
            s_bus.Miso(MisoScript.Cmd5(0x01, 0x10FF8000));
            Assert.AreEqual((int)SdioStatus.OpWaiting, (int)s_sdio.DeviceInit());
            Assert.AreEqual((int)SdioInitState.WaitOp, (int)s_sdio.InitState);
            Assert.AreEqual(3, s_bus.FrameCount);
        }

        [TestMethod]
        public void OpWaitingRepeatsOnlyTheReadyPoll()
        {
            NewBus();
            s_bus.Miso(MisoScript.R5(0x01, 0x00));
            s_bus.Miso(MisoScript.R5(0x01, 0x08));
            s_bus.Miso(MisoScript.R1(9, 0x01));
            s_bus.Miso(MisoScript.Cmd5(0x01, 0));
            s_bus.Miso(MisoScript.Cmd5(0x01, 0x10FF8000));
            Assert.AreEqual((int)SdioStatus.OpWaiting, (int)s_sdio.DeviceInit());

            s_bus.ClearFrames();
            s_bus.Miso(MisoScript.Cmd5(0x00, 0x90FF8000));
            s_bus.Miso(MisoScript.R1(9, 0x00));
            for (int i = 0; i < 10; i++)
            {
                s_bus.Miso(MisoScript.R5(0x00, 0x00));
            }

            s_bus.Miso(MisoScript.R5(0x00, 0x80));
            s_bus.Miso(MisoScript.R5(0x00, 0x02));
            s_bus.Miso(MisoScript.R5(0x00, 0x03));
            Assert.AreEqual((int)SdioStatus.Ok, (int)s_sdio.DeviceInit());
            CollectionAssert.AreEqual(s_fullBringUp[4], s_bus.Frame(0));
            Assert.AreEqual(s_fullBringUp.Length - 4, s_bus.FrameCount);
        }

        [TestMethod]
        public void AbortWriteThatLosesIdleFails()
        {
            NewBus();
            s_bus.Miso(MisoScript.R5(0x01, 0x00));
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            Assert.AreEqual((int)SdioStatus.AbortFailed, (int)s_sdio.DeviceInit());
            Assert.AreEqual((int)SdioInitState.Error, (int)s_sdio.InitState);
            s_bus.ClearFrames();
            Assert.AreEqual((int)SdioStatus.Error, (int)s_sdio.DeviceInit());
            Assert.AreEqual(0, s_bus.FrameCount);
            s_sdio.ResetInit();
            Assert.AreEqual((int)SdioInitState.Unknown, (int)s_sdio.InitState);
        }

        [TestMethod]
        public void Cmd0AnsweringAnErrorIsResetFailed()
        {
            NewBus();
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.R1(9, 0x05));
            Assert.AreEqual((int)SdioStatus.ResetFailed, (int)s_sdio.DeviceInit());
            Assert.AreEqual((byte)0x05, s_sdio.LastResponse);
        }

        [TestMethod]
        public void SendOpNotIdleIsOpFailed()
        {
            NewBus();
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.R1(9, 0x01));
            s_bus.Miso(MisoScript.Cmd5(0x00, 0));
            Assert.AreEqual((int)SdioStatus.OpFailed, (int)s_sdio.DeviceInit());
        }

        [TestMethod]
        public void WaitOpErrorBitIsOpFailed()
        {
            NewBus();
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.R1(9, 0x01));
            s_bus.Miso(MisoScript.Cmd5(0x01, 0));
            s_bus.Miso(MisoScript.Cmd5(0x05, 0x90FF8000));
            Assert.AreEqual((int)SdioStatus.OpFailed, (int)s_sdio.DeviceInit());
            Assert.AreEqual((int)SdioInitState.Error, (int)s_sdio.InitState);
        }

        [TestMethod]
        public void Cmd59RefusedIsCfgFailed()
        {
            NewBus();
            ScriptUpToConfig();
            s_bus.Miso(MisoScript.R1(9, 0x01));
            Assert.AreEqual((int)SdioStatus.CfgFailed, (int)s_sdio.DeviceInit());
            Assert.AreEqual(5, s_bus.FrameCount);
        }

        [TestMethod]
        public void ConfigWriteRefusedIsCfgFailed()
        {
            NewBus();
            ScriptUpToConfig();
            s_bus.Miso(MisoScript.R1(9, 0x00));
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.R5(0x20, 0x00));
            Assert.AreEqual((int)SdioStatus.CfgFailed, (int)s_sdio.DeviceInit());
            Assert.AreEqual(8, s_bus.FrameCount);
            Assert.AreEqual((byte)0x20, s_sdio.LastResponse);
        }

        [TestMethod]
        public void VerificationWithoutCsaEnabledIsCfgFailed()
        {
            NewBus();
            ScriptUpToConfig();
            s_bus.Miso(MisoScript.R1(9, 0x00));
            for (int i = 0; i < 10; i++)
            {
                s_bus.Miso(MisoScript.R5(0x00, 0x00));
            }

            s_bus.Miso(MisoScript.R5(0x00, 0x00)); // CSA_CFG reads back without 0x80
            Assert.AreEqual((int)SdioStatus.CfgFailed, (int)s_sdio.DeviceInit());
            Assert.AreEqual((int)SdioInitState.Error, (int)s_sdio.InitState);
            Assert.AreEqual(16, s_bus.FrameCount);
        }

        [TestMethod]
        public void VerificationWithoutInterruptsEnabledIsCfgFailed()
        {
            NewBus();
            ScriptUpToConfig();
            s_bus.Miso(MisoScript.R1(9, 0x00));
            for (int i = 0; i < 10; i++)
            {
                s_bus.Miso(MisoScript.R5(0x00, 0x00));
            }

            s_bus.Miso(MisoScript.R5(0x00, 0x80));
            s_bus.Miso(MisoScript.R5(0x00, 0x02));
            s_bus.Miso(MisoScript.R5(0x00, 0x01));
            Assert.AreEqual((int)SdioStatus.CfgFailed, (int)s_sdio.DeviceInit());
        }

        private static void NewBus()
        {
            s_bus = new ScriptedWincsBus();
            s_sdio = new SdioSpi(s_bus);
        }

        private static void ScriptUpToConfig()
        {
            s_bus.Miso(MisoScript.R5(0x00, 0x00));
            s_bus.Miso(MisoScript.R1(9, 0x01));
            s_bus.Miso(MisoScript.Cmd5(0x01, 0));
            s_bus.Miso(MisoScript.Cmd5(0x00, 0x90FF8000));
        }
    }
}
