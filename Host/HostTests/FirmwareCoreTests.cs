// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator.Firmware;
using static nanoWincs.Host.Tests.FirmwareTestWire;

namespace nanoWincs.Host.Tests
{
    /// <summary>Framing, golden byte vectors, boot/reset and the system queries (CFG, DI, NVMC, GMI, TIME, WIFIC).</summary>
    [TestClass]
    public sealed class FirmwareCoreTests
    {
        [TestMethod]
        public void BootAecIsPostedAfterResetWithNoElements()
        {
            using var h = new FirmwareHarness(boot: false);
            Assert.IsFalse(h.Firmware.IsBooted);
            h.Firmware.OnReset();
            Message boot = h.NextMessage();
            CollectionAssert.AreEqual(Hex("03 0100 0000 0100 0001 00 0000"), boot.Raw);
            Assert.IsTrue(h.Firmware.IsBooted);
        }

        [TestMethod]
        public void CommandsSentBeforeBootAreAnsweredAfterBoot()
        {
            var options = new FirmwareOptions { BootDelay = TimeSpan.FromMilliseconds(50) };
            using var h = new FirmwareHarness(options, boot: false);
            h.Firmware.OnReset();
            ushort seq = h.Send(CommandId.Gmm);
            Assert.AreEqual(0x0100, h.NextMessage().ResponseId, "BOOT comes before any answer");
            FirmwareHarness.Reply r = h.Collect(CommandId.Gmm, seq);
            Assert.AreEqual("WINCS02", r.Single[0].Text);
        }

        [TestMethod]
        public void GoldenSockoExampleFromSpec()
        {
            using var h = new FirmwareHarness();
            h.SendRaw(Hex("00 0E 00 00 05 02 00 10 03 03 00 01 02 00 00 00 03 03 00 01 04 00 00 00"));
            CollectionAssert.AreEqual(Hex("02 0E00 0005 0E00 0009 01 | 02 02 0002 0001 0000 | 0000"), h.NextMessage().Raw);
            CollectionAssert.AreEqual(Hex("01 0E 00 00 05 00 00 00"), h.NextMessage().Raw);
        }

        [TestMethod]
        public void GoldenCfgVersionQuery()
        {
            using var h = new FirmwareHarness();
            h.SendRaw(Hex("00 0300 0001 01 0008 | 03 00 0004 0000000A"));
            CollectionAssert.AreEqual(Hex("02 0300 0001 0300 0011 02 | 02 03 0001 0A 000000 | 04 00 0004 0003 0002 | 0000"), h.NextMessage().Raw);
            CollectionAssert.AreEqual(Hex("01 0300 0001 0000 00"), h.NextMessage().Raw);
        }

        [TestMethod]
        public void GoldenUnknownCommandAnswersUnknownCmd()
        {
            using var h = new FirmwareHarness();
            h.SendRaw(Hex("00 7F01 1234 00 0000"));
            CollectionAssert.AreEqual(Hex("01 7F01 1234 0003 00"), h.NextMessage().Raw);
        }

        [TestMethod]
        public void BadFramingAnswersInvalidCmdAndKeepsOrder()
        {
            using var h = new FirmwareHarness();
            h.SendRaw(Hex("00 0201 0007 01 0010 | 05 00 0002 4142"));
            h.SendRaw(Hex("00 0201 0008 01 0008 | 05 03 0005 4142434445"));
            h.SendRaw(Hex("02 0201 0009 00 0000"));
            h.SendRaw(Request(CommandId.Gmm, 10));
            CollectionAssert.AreEqual(Hex("01 0201 0007 0002 00"), h.NextMessage().Raw, "declared length beyond the message");
            CollectionAssert.AreEqual(Hex("01 0201 0008 0002 00"), h.NextMessage().Raw, "TLV running past the declared length");
            CollectionAssert.AreEqual(Hex("01 0201 0009 0002 00"), h.NextMessage().Raw, "not a REQ");
            Message rsp = h.NextMessage();
            Assert.AreEqual(10, rsp.Sequence);
            Assert.AreEqual(2, rsp.Type);
            Assert.AreEqual(0, h.NextMessage().Status);
        }

        [TestMethod]
        public void TrailingWordPaddingIsAccepted()
        {
            using var h = new FirmwareHarness();
            h.SendRaw(Hex("00 0201 0021 01 0008 | 03 03 0001 01 000000 | 000000"));
            h.SendRaw(Hex("00 0201 0022 00 0000 | 000000"));
            CollectionAssert.AreEqual(Hex("01 0201 0021 0005 00"), h.NextMessage().Raw, "GMM takes no parameter");
            Assert.AreEqual(2, h.NextMessage().Type);
            CollectionAssert.AreEqual(Hex("01 0201 0022 0000 00"), h.NextMessage().Raw);
        }

        [TestMethod]
        public void RandomRequestsEachGetExactlyOneStatusAndNeverBreakTheCpu()
        {
            ushort[] ids =
            {
                CommandId.Cfg, CommandId.Di, CommandId.Nvmc, CommandId.Wific, CommandId.Wstac, CommandId.Wsta, CommandId.Wscnc,
                CommandId.Wscn, CommandId.Wapc, CommandId.Netifc, CommandId.Dnsc, CommandId.Dhcpsc, CommandId.Dnsresolv, CommandId.Ping,
                CommandId.Socko, CommandId.Sockbl, CommandId.Sockbr, CommandId.Sockbm, CommandId.Socktls, CommandId.Sockwr,
                CommandId.Sockwrto, CommandId.Sockrd, CommandId.Sockrdbuf, CommandId.Sockcl, CommandId.Socklst, CommandId.Sockc,
                CommandId.Tlsc, CommandId.Tlscsc, CommandId.Fs, CommandId.Fstsfr, CommandId.Otac, CommandId.Otavfy, CommandId.Time,
                CommandId.Sntpc, CommandId.Assoc, 0x7777,
            };
            var random = new Random(1234);
            using var h = new FirmwareHarness(FirmwareHarness.WithHomeNetwork());
            const int Count = 400;
            for (int i = 0; i < Count; i++)
            {
                var parameters = new Param[random.Next(0, 5)];
                for (int p = 0; p < parameters.Length; p++)
                {
                    var data = new byte[random.Next(0, 6)];
                    random.NextBytes(data);
                    parameters[p] = new Param((byte)random.Next(0, 14), data);
                }

                h.SendRaw(Request(ids[random.Next(ids.Length)], (ushort)i, parameters));
            }

            var statuses = new System.Collections.Generic.List<ushort>();
            while (statuses.Count < Count)
            {
                Message m = h.NextMessage();
                if (m.Type == 1)
                {
                    statuses.Add(m.Sequence);
                }
            }

            CollectionAssert.AreEqual(Enumerable.Range(0, Count).Select(i => (ushort)i).ToArray(), statuses.ToArray(), "one STATUS per command, in order");
            Assert.AreEqual(0, h.Firmware.Errors.Count, string.Join("; ", h.Firmware.Errors));
        }

        [TestMethod]
        public void WrongParameterCountAndTypeAreRejected()
        {
            using var h = new FirmwareHarness();
            Assert.AreEqual(StatusCode.IncorrectNumParams, h.Command(CommandId.Gmm, Param.U8(1)).Status);
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Socko, Param.Str("tcp")).Status);
            Assert.AreEqual(StatusCode.SocketInvalidProtocol, h.Command(CommandId.Socko, Param.U8(3)).Status);
        }

        [TestMethod]
        public void EveryCommandGetsExactlyOneStatusInOrder()
        {
            using var h = new FirmwareHarness();
            var sent = Enumerable.Range(0, 20).Select(i => h.Send(i % 2 == 0 ? CommandId.Cfg : CommandId.Gmi)).ToList();
            foreach (ushort seq in sent)
            {
                ushort id = seq % 2 == 0 ? CommandId.Cfg : CommandId.Gmi;
                FirmwareHarness.Reply r = h.Collect(id, seq);
                Assert.AreEqual(0, r.Status);
                Assert.IsTrue(r.Responses.Count >= 1);
            }

            h.ExpectSilence(TimeSpan.FromMilliseconds(50));
        }

        [TestMethod]
        public void CfgQueryAllReturnsIdentityAsTheDriverReadsIt()
        {
            var options = new FirmwareOptions { VersionMajor = 3, VersionMinor = 2, BuildHash = "a1ac4", BuildTime = new DateTime(2026, 4, 23, 0, 0, 0, DateTimeKind.Utc), DeviceName = "dev-1" };
            using var h = new FirmwareHarness(options);
            FirmwareHarness.Reply r = h.Ok(CommandId.Cfg);
            var byId = r.Responses.ToDictionary(m => (int)m[0].Signed, m => m[1]);
            CollectionAssert.AreEqual(new[] { 1, 10, 11, 12, 13, 14, 100, 101 }, byId.Keys.ToArray());
            Assert.AreEqual("dev-1", byId[1].Text);
            Assert.AreEqual(4, byId[10].Type, "VERSION is INTEGER_FRAC");
            Assert.AreEqual(0x00030002, byId[10].Unsigned);
            Assert.AreEqual("a1ac4", byId[13].Text);
            Assert.AreEqual(12, byId[14].Type, "BUILD_TIME is UTC_TIME");
            Assert.AreEqual(new DateTimeOffset(options.BuildTime).ToUnixTimeSeconds(), byId[14].Unsigned);
        }

        [TestMethod]
        public void CfgSetThenQueryAndReadOnlyRefused()
        {
            using var h = new FirmwareHarness();
            h.Ok(CommandId.Cfg, Param.U32(1), Param.Str("renamed"));
            Assert.AreEqual("renamed", h.Ok(CommandId.Cfg, Param.U32(1)).Single[1].Text);
            Assert.AreEqual(StatusCode.AccessDenied, h.Command(CommandId.Cfg, Param.U32(10), Param.U32(5)).Status);
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Cfg, Param.U32(1), Param.Str(new string('x', 33))).Status);
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Cfg, Param.U32(77)).Status);
            h.Ok(CommandId.Cfg, Param.U32(0), Param.U32(0));
            Assert.AreEqual("WINCS02", h.Ok(CommandId.Cfg, Param.U32(1)).Single[1].Text, "preset 0 restores defaults");
        }

        [TestMethod]
        public void DiAndNvmcQueriesMatchTheApiReferenceLayout()
        {
            using var h = new FirmwareHarness();
            FirmwareHarness.Reply di = h.Ok(CommandId.Di);
            Assert.AreEqual(4, di.Responses.Count);
            Assert.AreEqual(0x29C70053, di.Responses[0][1].Unsigned);
            Assert.AreEqual(2, di.Responses[1][1].Signed);
            Assert.AreEqual(4, di.Responses[2][0].Type, "IMAGE_INFO ids are 15.0 / 15.1");
            CollectionAssert.AreEqual(Hex("000F0000"), di.Responses[2][0].Data);
            Assert.AreEqual(5, di.Responses[2].Elements.Count);
            Assert.AreEqual(0x00030200, di.Responses[2][2].Unsigned);
            Assert.AreEqual(2, di.Responses[2][4].Signed, "running image is CURRENT");
            CollectionAssert.AreEqual(Hex("000F0001"), di.Responses[3][0].Data);
            Assert.AreEqual(0, di.Responses[3][4].Signed, "no latent image yet");
            Assert.AreEqual(StatusCode.AccessDenied, h.Command(CommandId.Di, Param.U32(1), Param.U32(1)).Status);

            FirmwareHarness.Reply nvm = h.Ok(CommandId.Nvmc);
            CollectionAssert.AreEqual(new long[] { 1, 2, 3, 4 }, nvm.Responses.Select(m => m[0].Signed).ToArray());
            Assert.AreEqual(240, nvm.Responses[1][1].Unsigned);
            Assert.AreEqual(4096, nvm.Responses[2][1].Unsigned);
        }

        [TestMethod]
        public void InformationCommandsAnswerStrings()
        {
            using var h = new FirmwareHarness();
            Assert.AreEqual("Microchip Technology Inc.", h.Ok(CommandId.Gmi).Single[0].Text);
            Assert.AreEqual("WINCS02", h.Ok(CommandId.Gmm).Single[0].Text);
            StringAssert.StartsWith(h.Ok(CommandId.Gmr).Single[0].Text, "3.2.0");
        }

        [TestMethod]
        public void RstAnswersOkThenBootsAgainWithDefaults()
        {
            using var h = new FirmwareHarness();
            bool restarted = false;
            h.Firmware.Restarted += () => restarted = true;
            h.Ok(CommandId.Cfg, Param.U32(1), Param.Str("changed"));
            h.Ok(CommandId.Rst);
            h.ExpectAec(AecId.Boot);
            Assert.IsTrue(restarted);
            Assert.AreEqual("WINCS02", h.Ok(CommandId.Cfg, Param.U32(1)).Single[1].Text);
        }

        [TestMethod]
        public void OnResetDropsQueuedCommandsAndBootsAgain()
        {
            var options = new FirmwareOptions { BootDelay = TimeSpan.FromMilliseconds(30) };
            using var h = new FirmwareHarness(options);
            h.Firmware.ResponseDelay = TimeSpan.FromMilliseconds(200);
            h.Send(CommandId.Gmm);
            h.Send(CommandId.Gmm);
            h.Firmware.OnReset();
            h.Firmware.ResponseDelay = TimeSpan.Zero;
            Assert.AreEqual(AecId.Boot, h.NextMessage().ResponseId);
            h.ExpectSilence(TimeSpan.FromMilliseconds(300));
            Assert.AreEqual("WINCS02", h.Ok(CommandId.Gmm).Single[0].Text, "commands after the reset are answered");
        }

        [TestMethod]
        public void TimeQueryInAllFormats()
        {
            var now = new DateTime(2025, 10, 24, 18, 3, 43, 120, DateTimeKind.Utc);
            var options = new FirmwareOptions { Clock = () => now };
            using var h = new FirmwareHarness(options);
            h.Ok(CommandId.Time, Param.U8(1));
            Message unix = h.ExpectAec(AecId.Time);
            Assert.AreEqual(3, unix[0].Type);
            Assert.AreEqual(4, unix[0].Data.Length);
            Assert.AreEqual(1761329023L, unix[0].Unsigned);
            h.Ok(CommandId.Time, Param.U8(2));
            Assert.AreEqual(1761329023L + 2208988800L, h.ExpectAec(AecId.Time)[0].Unsigned);
            h.Ok(CommandId.Time, Param.U8(3));
            Assert.AreEqual("2025-10-24T18:03:43.12Z", h.ExpectAec(AecId.Time)[0].Text);
            h.Ok(CommandId.Time);
            Assert.AreEqual(1761329023L, h.ExpectAec(AecId.Time)[0].Unsigned);
        }

        [TestMethod]
        public void TimeSetMovesTheModuleClock()
        {
            var now = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var options = new FirmwareOptions { Clock = () => now };
            using var h = new FirmwareHarness(options);
            h.Ok(CommandId.Time, Param.U8(1), Param.U32(1700000000));
            h.Ok(CommandId.Time, Param.U8(1));
            Assert.AreEqual(1700000000L, h.ExpectAec(AecId.Time)[0].Unsigned);
            h.Ok(CommandId.Time, Param.Str("2030-06-01T12:00:00.00Z"));
            h.Ok(CommandId.Time, Param.U8(3));
            Assert.AreEqual("2030-06-01T12:00:00.00Z", h.ExpectAec(AecId.Time)[0].Text);
            h.Ok(CommandId.Time, Param.U8(2), Param.U32(1700000000L + 2208988800L));
            h.Ok(CommandId.Time, Param.U8(1));
            Assert.AreEqual(1700000000L, h.ExpectAec(AecId.Time)[0].Unsigned);
            Assert.AreEqual(StatusCode.TimeError, h.Command(CommandId.Time, Param.Str("yesterday")).Status);
        }

        [TestMethod]
        public void WificRegulatoryDomainPowerSaveAndCoex()
        {
            using var h = new FirmwareHarness();
            Assert.AreEqual("GEN", h.Ok(CommandId.Wific, Param.U32(10)).Single[1].Text);
            h.Ok(CommandId.Wific, Param.U32(10), Param.Str("USA"));
            Assert.AreEqual("USA", h.Ok(CommandId.Wific, Param.U32(10)).Single[1].Text);
            Assert.AreEqual(0x07FF, h.Ok(CommandId.Wific, Param.U32(12)).Single[1].Unsigned);
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Wific, Param.U32(10), Param.Str("MARS")).Status);
            var available = h.Ok(CommandId.Wific, Param.U32(11)).Responses;
            CollectionAssert.AreEqual(new[] { "GEN", "USA", "EMEA", "JPN" }, available.Select(m => m[1].Text).ToArray());
            CollectionAssert.AreEqual(Hex("000B0001"), available[1][0].Data);
            Assert.AreEqual(0, h.Ok(CommandId.Wific, Param.U32(20)).Single[1].Unsigned);
            h.Ok(CommandId.Wific, Param.U32(20), Param.U32(1));
            Assert.AreEqual(10, h.Ok(CommandId.Wific, Param.U32(20)).Single[1].Type, "POWERSAVE is BOOL");
            Assert.AreEqual(1, h.Ok(CommandId.Wific, Param.U32(20)).Single[1].Unsigned);
            h.Ok(CommandId.Wific, Param.U32(31), Param.U32(0));
            h.Ok(CommandId.Wific, Param.U32(30), Param.U32(1));
            Assert.AreEqual(1, h.Ok(CommandId.Wific, Param.U32(30)).Single[1].Unsigned);
            Assert.AreEqual(StatusCode.InvalidParameter, h.Command(CommandId.Wific, Param.U32(30), Param.U32(2)).Status);
        }

        [TestMethod]
        public void InjectedCommandFailureAnswersThatStatusOnce()
        {
            using var h = new FirmwareHarness();
            h.Firmware.FailCommand(CommandId.Gmm, StatusCode.Error, 2);
            Assert.AreEqual(StatusCode.Error, h.Command(CommandId.Gmm).Status);
            FirmwareHarness.Reply second = h.Command(CommandId.Gmm);
            Assert.AreEqual(StatusCode.Error, second.Status);
            Assert.AreEqual(0, second.Responses.Count);
            Assert.AreEqual(0, h.Command(CommandId.Gmm).Status);
        }

        [TestMethod]
        public void SlowModuleKeepsOrderAndDelaysAnswers()
        {
            using var h = new FirmwareHarness();
            h.Firmware.ResponseDelay = TimeSpan.FromMilliseconds(60);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            ushort a = h.Send(CommandId.Gmi);
            ushort b = h.Send(CommandId.Gmm);
            Assert.AreEqual(0, h.Collect(CommandId.Gmi, a).Status);
            Assert.AreEqual(0, h.Collect(CommandId.Gmm, b).Status);
            Assert.IsTrue(watch.ElapsedMilliseconds >= 110, "two commands of 60 ms each took " + watch.ElapsedMilliseconds + " ms");
        }

        [TestMethod]
        public void OversizedAndRawMessagesArePostedAsIs()
        {
            using var h = new FirmwareHarness();
            h.Firmware.PostOversizedMessage(4096);
            Message big = h.NextMessage();
            Assert.AreEqual(4096, big.Raw.Length);
            Assert.AreEqual(AecId.Siheap, big.ResponseId);
            Assert.AreEqual(4096 - 16, big[0].Data.Length);
            h.Firmware.PostRawMessage(Hex("03 0100 0000 0100 0001 00 0000"));
            Assert.AreEqual(AecId.Boot, h.NextMessage().ResponseId);
        }
    }
}
