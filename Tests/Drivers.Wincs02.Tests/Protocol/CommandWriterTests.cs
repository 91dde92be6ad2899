// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Protocol
{
    /// <summary>Request framing (spec section 4.5) and the writer's all-or-nothing rule.</summary>
    [TestClass]
    public class CommandWriterTests
    {
        [TestMethod]
        public void SockoWorkedExampleIsExactlyTheSpecBytes()
        {
            // spec 4.5: SOCKO(protocol=TCP 2, version=IPv4 4), seq 5
            CommandBurst burst = new CommandBurst(64);
            CommandWriter w = new CommandWriter(burst);
            Assert.IsTrue(WincCommands.Socko(w, SocketProtocol.Tcp, 4));
            burst.SetSequence(0, 5);
            byte[] expected = Hex.Parse("00 0E 00 00 05 02 00 10 | 03 03 00 01 02 00 00 00 | 03 03 00 01 04 00 00 00");
            Assert.AreEqual(24, burst.Length);
            Assert.AreEqual(1, burst.Count);
            CollectionAssert.AreEqual(expected, Hex.Of(burst));
            Assert.AreEqual(6, burst.GetLength(0) / 4);
        }

        [TestMethod]
        public void HeaderCarriesIdParameterCountAndTlvLength()
        {
            CommandBurst burst = new CommandBurst(64);
            CommandWriter w = new CommandWriter(burst);
            Assert.IsTrue(w.Begin(CommandId.Wstac));
            Assert.IsTrue(w.AddConfigId(1));
            Assert.IsTrue(w.AddString("MyNet"));
            Assert.AreEqual(2, w.ParameterCount);
            Assert.IsTrue(w.End());
            CollectionAssert.AreEqual(
                Hex.Parse("00 14 00 00 00 02 00 14 | 03 00 00 04 00 00 00 01 | 05 03 00 05 4D 79 4E 65 74 00 00 00"),
                Hex.Of(burst));
            Assert.AreEqual((ushort)CommandId.Wstac, burst.GetCommandId(0));
        }

        [TestMethod]
        public void ConfigIdsFollowTheFractionRule()
        {
            CommandBurst burst = new CommandBurst(64);
            CommandWriter w = new CommandWriter(burst);
            w.Begin(CommandId.Netifc);
            w.AddConfigId(60);
            w.AddConfigId(WincCommands.FractionalId(60, 1));
            w.AddConfigId(0x00010005); // upper half 1: still INTEGER_UNSIGNED, as cmdFractValueBuilder does
            w.End();
            CollectionAssert.AreEqual(
                Hex.Parse("00 09 00 00 00 03 00 18 | 03 00 00 04 00 00 00 3C | 04 00 00 04 00 3C 00 01 | 03 00 00 04 00 01 00 05"),
                Hex.Of(burst));
        }

        [TestMethod]
        public void FixedWidthAndValueIntegersAreBigEndian()
        {
            CommandBurst burst = new CommandBurst(96);
            CommandWriter w = new CommandWriter(burst);
            w.Begin(CommandId.Sockwr);
            w.AddUnsigned(0xAB, 1);
            w.AddUnsigned(0x1234, 2);
            w.AddUnsigned(0xDEADBEEF, 4);
            w.AddSigned(-2, 1);
            w.AddSigned(-300, 2);
            w.AddValue(-1);
            w.AddValue(WincType.Bool, 1);
            w.AddUtcTime(0x6553F100);
            w.End();
            CollectionAssert.AreEqual(
                Hex.Parse("00 0E 05 00 00 08 00 40 | 03 03 00 01 AB 00 00 00 | 03 02 00 02 12 34 00 00 | 03 00 00 04 DE AD BE EF | "
                    + "02 03 00 01 FE 00 00 00 | 02 02 00 02 FE D4 00 00 | 02 00 00 04 FF FF FF FF | 0A 00 00 04 00 00 00 01 | 0C 00 00 04 65 53 F1 00"),
                Hex.Of(burst));
        }

        [TestMethod]
        public void AddressesMacBoolAndBytes()
        {
            CommandBurst burst = new CommandBurst(128);
            CommandWriter w = new CommandWriter(burst);
            byte[] v6 = Hex.Parse("20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 01 40");
            w.Begin(CommandId.Netifc);
            w.AddIpAddress(Hex.Parse("C0 A8 01 01 FF FF FF 00"), 0, 8);
            w.AddIpAddress(Hex.Parse("C0 A8 01 01"), 0, 4);
            w.AddIpAddress(v6, 0, 17);
            w.AddMacAddress(Hex.Parse("00 04 A3 11 22 33"), 0);
            w.AddBool(true);
            w.AddBytes(Hex.Parse("01 02 03 04 05"), 1, 3);
            w.End();
            CollectionAssert.AreEqual(
                Hex.Parse("00 09 00 00 00 06 00 48 | 08 00 00 08 C0 A8 01 01 FF FF FF 00 | 08 00 00 04 C0 A8 01 01 | "
                    + "09 03 00 11 20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 01 40 00 00 00 | 0B 02 00 06 00 04 A3 11 22 33 00 00 | "
                    + "0A 03 00 01 01 00 00 00 | 06 01 00 03 02 03 04 00"),
                Hex.Of(burst));
        }

        [TestMethod]
        public void StringsAreEncodedAsUtf8ByHand()
        {
            CommandBurst burst = new CommandBurst(64);
            CommandWriter w = new CommandWriter(burst);
            w.Begin(CommandId.Wstac);
            w.AddString("Caf\u00E9 \u20AC\uD83D\uDE00"); // é (2 bytes), € (3 bytes), U+1F600 (4 bytes)
            w.End();
            CollectionAssert.AreEqual(
                Hex.Parse("00 14 00 00 00 01 00 14 | 05 03 00 0D 43 61 66 C3 A9 20 E2 82 AC F0 9F 98 80 00 00 00"),
                Hex.Of(burst));
        }

        [TestMethod]
        public void SeveralCommandsShareOneBurst()
        {
            CommandBurst burst = new CommandBurst(64);
            CommandWriter w = new CommandWriter(burst);
            Assert.IsTrue(WincCommands.ConfigQueryAll(w, CommandId.Cfg));
            Assert.IsTrue(WincCommands.ConfigQueryAll(w, CommandId.Di));
            Assert.IsTrue(WincCommands.ConfigQueryAll(w, CommandId.Nvmc));
            Assert.AreEqual(3, burst.Count);
            CollectionAssert.AreEqual(Hex.Parse("00 03 00 00 00 00 00 00 | 00 1A 00 00 00 00 00 00 | 00 1D 00 00 00 00 00 00"), Hex.Of(burst));
            Assert.AreEqual(8, burst.GetOffset(1));
            Assert.AreEqual(16, burst.GetOffset(2));
        }

        [TestMethod]
        public void OverflowDropsTheWholeCommandAndKeepsEarlierOnes()
        {
            CommandBurst burst = new CommandBurst(48);
            CommandWriter w = new CommandWriter(burst);
            Assert.IsTrue(WincCommands.Sockcl(w, 3));
            byte[] before = Hex.Of(burst);

            Assert.IsTrue(w.Begin(CommandId.Sockwr));
            Assert.IsTrue(w.AddUnsigned(3, 2));
            Assert.IsFalse(w.AddBytes(new byte[40], 0, 40));
            Assert.IsTrue(w.Failed);
            Assert.IsFalse(w.AddUnsigned(1, 1), "a failed command takes nothing more");
            Assert.IsFalse(w.End());
            Assert.IsFalse(w.IsOpen);

            Assert.AreEqual(1, burst.Count);
            CollectionAssert.AreEqual(before, Hex.Of(burst));

            // the burst is still usable
            Assert.IsTrue(WincCommands.Sockcl(w, 4));
            Assert.AreEqual(2, burst.Count);
        }

        [TestMethod]
        public void EncoderReturnsFalseWhenTheBurstIsFull()
        {
            CommandBurst burst = new CommandBurst(32);
            CommandWriter w = new CommandWriter(burst);
            Assert.IsTrue(WincCommands.Socko(w, SocketProtocol.Udp, 0));
            Assert.IsFalse(WincCommands.Socko(w, SocketProtocol.Tcp, 4), "24 more bytes do not fit");
            Assert.AreEqual(1, burst.Count);
            Assert.AreEqual(16, burst.Length);
        }

        [TestMethod]
        public void BeginFailsWhenTheBurstHoldsMaxCommands()
        {
            CommandBurst burst = new CommandBurst(1024);
            CommandWriter w = new CommandWriter(burst);
            for (int i = 0; i < CommandBurst.MaxCommands; i++)
            {
                Assert.IsTrue(WincCommands.Rst(w));
            }

            Assert.IsFalse(WincCommands.Rst(w));
            Assert.AreEqual(CommandBurst.MaxCommands, burst.Count);
        }

        [TestMethod]
        public void InvalidArgumentsThrowAndLeaveNothingOpen()
        {
            CommandBurst burst = new CommandBurst(256);
            CommandWriter w = new CommandWriter(burst);
            w.Begin(CommandId.Socko);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => w.AddUnsigned(256, 1));
            Assert.IsFalse(w.IsOpen);
            Assert.AreEqual(0, burst.Count);

            Assert.ThrowsException(typeof(InvalidOperationException), () => w.AddUnsigned(1, 1));
            Assert.ThrowsException(typeof(InvalidOperationException), () => w.End());

            w.Begin(CommandId.Socko);
            Assert.ThrowsException(typeof(InvalidOperationException), () => w.Begin(CommandId.Sockcl));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => w.AddIpAddress(new byte[5], 0, 5));
            Assert.IsFalse(w.IsOpen);

            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => WincCommands.Sockwr(w, 1, -1, new byte[1461], 0, 1461));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => WincCommands.Sockwrto(w, 1, new byte[4], 0, 4, 9, -1, new byte[1473], 0, 1473));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => WincCommands.Socko(w, SocketProtocol.Tcp, 5));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => WincCommands.Sockbl(w, 1, 80, 11));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => WincCommands.Sockwr(w, 0, -1, new byte[1], 0, 1));
            Assert.ThrowsException(typeof(ArgumentException), () => WincCommands.ConfigQueryAll(w, CommandId.Socko));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => WincCommands.ConfigQuery(w, CommandId.Wstac, 256));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => WincCommands.ConfigSetString(w, CommandId.Wstac, 1, "0123456789012345678901234567890123", 32));
            Assert.ThrowsException(typeof(ArgumentNullException), () => WincCommands.Dnsresolv(w, DnsRecordType.A, null));
            Assert.AreEqual(0, burst.Count);
            Assert.AreEqual(0, burst.Length);
        }

        [TestMethod]
        public void SocketWriteAcceptsExactlyTheLimits()
        {
            CommandBurst burst = new CommandBurst(4096);
            CommandWriter w = new CommandWriter(burst);
            Assert.IsTrue(WincCommands.Sockwr(w, 1, 0, new byte[1460], 0, 1460));
            Assert.AreEqual(8 + 8 + 8 + 8 + 4 + 1460, burst.GetLength(0));
            Assert.IsTrue(WincCommands.Sockwrto(w, 1, new byte[16], 0, 16, 53, 65535, new byte[1472], 0, 1472));
            Assert.AreEqual(8 + 8 + 20 + 8 + 8 + 8 + 4 + 1472, burst.GetLength(1));
        }
    }
}
