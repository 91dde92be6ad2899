// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator;
using nanoWincs.Emulator.Firmware;
using AecId = Drivers.Wincs02.Protocol.AecId;
using CommandId = Drivers.Wincs02.Protocol.CommandId;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The emulator's bus trace (<see cref="Wincs02Emulator.Trace"/>): a scripted session through the real
    /// driver gives exactly the expected lines (times masked), SDIO events and injected faults are traced,
    /// every element type is decoded, the names are the specification's, and no trace means no lines.
    /// </summary>
    [TestClass]
    public sealed class EmulatorBusTraceTests
    {
        private const int WaitMs = 10000;
        private static readonly Regex s_time = new Regex(@"^ *[0-9]+\.[0-9]{3} ", RegexOptions.Compiled);

        [TestMethod]
        public void ScriptedSessionTracesCommandsAnswersAndEvents()
        {
            var options = new FirmwareOptions();
            options.AccessPoints.Add(new AccessPoint("HomeNet", 3, "secret123") { Channel = 6, Rssi = -40, Bssid = new byte[] { 0x02, 0x11, 0x22, 0x33, 0x44, 0x55 } });
            options.DnsTable["echo.test"] = new[] { IPAddress.Loopback };
            using var firmware = new ModuleFirmware(options);
            var emulator = new Wincs02Emulator(firmware, new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(5) });
            var trace = new StringWriter();
            emulator.Trace = trace;
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            try
            {
                // the power-on BOOT is queued before the driver's reset throws it away
                var watch = Stopwatch.StartNew();
                while (emulator.QueuedToHost == 0)
                {
                    Assert.IsTrue(watch.ElapsedMilliseconds < WaitMs, "the power-on BOOT");
                    Thread.Sleep(1);
                }

                var device = new MessageDevice(emulator.Bus);
                var driver = new WincDriver(device, emulator.Bus);
                var aecs = new List<AecId>();
                driver.RegisterAecHandler((d, aec) =>
                {
                    lock (aecs)
                    {
                        aecs.Add(aec.AecId);
                    }
                });
                driver.Initialize();
                RunUntil(driver, () => driver.IsReady, "driver ready");
                RunFor(driver, 50);

                Run(driver, w =>
                {
                    WincCommands.ConfigSetString(w, CommandId.Wstac, (uint)WstaParamId.Ssid, "HomeNet", 32);
                    WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.SecType, WincType.Integer, 3);
                    WincCommands.ConfigSetString(w, CommandId.Wstac, (uint)WstaParamId.Credentials, "secret123", 128);
                    WincCommands.Wsta(w, true);
                });
                RunUntil(driver, () => Has(aecs, AecId.Wstaaip), "WSTAAIP");

                Run(driver, w => WincCommands.Dnsresolv(w, DnsRecordType.A, "echo.test"));
                RunUntil(driver, () => Has(aecs, AecId.Dnsresolv), "AEC DNSRESOLV");

                Run(driver, w => WincCommands.Socko(w, SocketProtocol.Tcp, 4));
                Run(driver, w => WincCommands.Sockbr(w, 1, new byte[] { 127, 0, 0, 1 }, 0, 4, port));
                var accept = listener.AcceptTcpClientAsync();
                RunUntil(driver, () => accept.IsCompleted && Has(aecs, AecId.Sockind), "the connection (SOCKIND)");
                using TcpClient peer = accept.Result;
                int modulePort = ((IPEndPoint)peer.Client.RemoteEndPoint).Port;

                Run(driver, w => WincCommands.Sockwr(w, 1, -1, Encoding.ASCII.GetBytes("hello"), 0, 5));
                var received = new byte[5];
                peer.ReceiveTimeout = WaitMs;
                int got = 0;
                while (got < 5)
                {
                    int n = peer.GetStream().Read(received, got, 5 - got);
                    Assert.AreNotEqual(0, n, "the peer got " + got + " bytes");
                    got += n;
                }

                Assert.AreEqual("hello", Encoding.ASCII.GetString(received));
                peer.GetStream().Write(Encoding.ASCII.GetBytes("the quick brown fox jumps"));
                RunUntil(driver, () => Has(aecs, AecId.Sockrxt), "SOCKRXT");
                Run(driver, w => WincCommands.Sockrd(w, 1, SocketOutputMode.Binary, 100));
                Run(driver, w => WincCommands.Sockcl(w, 1));
                Run(driver, w => WincCommands.Sockcl(w, 7));
                List<string> lines = Lines(trace);
                int sessionStart = lines.FindIndex(l => l.StartsWith("-> REQ    WSTAC", StringComparison.Ordinal));
                Assert.IsTrue(sessionStart > 0, trace.ToString());

                // the driver's start: reset (the power-on BOOT is lost), link, BOOT, the boot queries and their answers
                string[] init =
                {
                    "** SDIO   RESETN low: module held in reset",
                    "<x AEC    BOOT (lost: the module reset before the host read it)",
                    "** SDIO   RESETN high: booting for 5 ms",
                    "** SDIO   CMD0: link reset",
                    "** SDIO   ready: function 1 enabled, interrupts on (FN1 INT_EN 0x04)",
                    "<- AEC    BOOT",
                    "-> REQ    CFG #0",
                    "-> REQ    DI #1",
                    "-> REQ    NVMC #2",
                    "<- RSP    CFG #0 1, \"WINCS02\"",
                    "<- RSP    CFG #0 10, 3.2",
                    "<- RSP    CFG #0 13, \"a1ac4\"",
                    "<- RSP    CFG #0 14, 2026-04-23T12:00:00Z",
                    "<- STATUS CFG #0 OK",
                    "<- RSP    DI #1 1, 700907603",
                    "<- STATUS DI #1 OK",
                    "<- RSP    NVMC #2 1, 983040",
                    "<- STATUS NVMC #2 OK",
                };
                AssertInOrder(init, lines.Take(sessionStart).ToList(), trace.ToString());

                string[] session =
                {
                    "-> REQ    WSTAC #3 1, \"HomeNet\"",
                    "-> REQ    WSTAC #4 2, 3",
                    "-> REQ    WSTAC #5 3, \"secret123\"",
                    "-> REQ    WSTA #6 1",
                    "<- STATUS WSTAC #3 OK",
                    "<- STATUS WSTAC #4 OK",
                    "<- STATUS WSTAC #5 OK",
                    "<- STATUS WSTA #6 OK",
                    "<- AEC    WSTALU 1, 02:11:22:33:44:55, 6",
                    "<- AEC    WSTAAIP 1, 192.168.1.100",
                    "-> REQ    DNSRESOLV #7 1, \"echo.test\"",
                    "<- STATUS DNSRESOLV #7 OK",
                    "<- AEC    DNSRESOLV 1, \"echo.test\", 127.0.0.1",
                    "-> REQ    SOCKO #8 2, 4",
                    "<- RSP    SOCKO #8 1",
                    "<- STATUS SOCKO #8 OK",
                    "-> REQ    SOCKBR #9 1, 127.0.0.1, " + port,
                    "<- STATUS SOCKBR #9 OK",
                    "<- AEC    SOCKIND 1, 192.168.1.100, " + modulePort + ", 127.0.0.1, " + port,
                    "-> REQ    SOCKWR #10 1, 5, [5] 68656C6C6F",
                    "<- STATUS SOCKWR #10 OK",
                    "<- AEC    SOCKRXT 1, 25",
                    "-> REQ    SOCKRD #11 1, 2, 100",
                    "<- RSP    SOCKRD #11 1, 25, [25] 74686520717569636B2062726F776E20...",
                    "<- STATUS SOCKRD #11 OK",
                    "-> REQ    SOCKCL #12 1",
                    "<- RSP    SOCKCL #12 1",
                    "<- STATUS SOCKCL #12 OK",
                    "-> REQ    SOCKCL #13 7",
                    "<- STATUS SOCKCL #13 SOCKET_ID_NOT_FOUND",
                };
                CollectionAssert.AreEqual(session, lines.Skip(sessionStart).ToList(), "\n" + trace);
            }
            finally
            {
                emulator.Dispose();
            }
        }

        [TestMethod]
        public void SdioEventsAndInjectedFaultsAreTraced()
        {
            var h = new TransportHarness();
            var trace = new StringWriter();
            h.Emulator.Trace = trace;
            h.BringUp();
            h.Device.Enqueue(TransportHarness.Burst(TransportHarness.Command(0x0E05, 40)));
            h.PumpUntil(() => h.Messages.Count == 1);
            h.Emulator.CorruptNextDataResponse();
            h.Device.Enqueue(TransportHarness.Burst(TransportHarness.Command(0x0E05, 12)));
            h.PumpUntil(() => h.Errors.Count == 1);
            h.BringUp(pulseReset: false);
            h.Emulator.FailNextCommand(0x40);
            h.Device.Enqueue(TransportHarness.Burst(TransportHarness.Command(0x0E09, 8)));
            h.PumpUntil(() => h.Errors.Count == 2);
            h.BringUp(pulseReset: false);
            h.Emulator.PostToHost(new WireMessageBuilder().Unsigned(3, 2).Status(StatusCode.SocketNotReady).BuildAec(Emulator.Firmware.AecId.Sockerr));
            h.PumpUntil(() => h.Messages.Count == 2);
            h.Emulator.DropNextInterruptEdge();
            h.Emulator.PostToHost(new WireMessageBuilder().Unsigned(3, 2).BuildAec(Emulator.Firmware.AecId.Sockcl));
            h.PumpUntil(() => h.Messages.Count == 3);
            h.Emulator.ResetModuleAfter(0);
            h.Emulator.PostToHost(new WireMessageBuilder().BuildAec(Emulator.Firmware.AecId.Boot));
            h.Device.Poll();
            string[] expected =
            {
                "** SDIO   RESETN low: module held in reset",
                "** SDIO   RESETN high: booting for 5 ms",
                "** SDIO   CMD0: link reset",
                "** SDIO   ready: function 1 enabled, interrupts on (FN1 INT_EN 0x04)",
                "-> REQ    SOCKWR #0 malformed (parameter 0 data runs past the message) [48] 000E050000010028001F3E5D7C9BBAD9...",
                "<- STATUS SOCKWR #0 OK",
                "** SDIO   fault: data block of 4 bytes refused with the CRC error token 0xEB (injected)",
                "** SDIO   CMD0: link reset",
                "** SDIO   ready: function 1 enabled, interrupts on (FN1 INT_EN 0x04)",
                "** SDIO   fault: CMD53 answered with R5 flags 0x40 (injected)",
                "** SDIO   CMD0: link reset",
                "** SDIO   ready: function 1 enabled, interrupts on (FN1 INT_EN 0x04)",
                "<- AEC    SOCKERR 3, SOCKET_NOT_READY",
                "** SDIO   fault: INTOUT falling edge dropped (injected)",
                "<- AEC    SOCKCL 3",
                "** SDIO   fault: the module resets by itself (injected), booting again",
                "<x AEC    BOOT (lost: the module reset before the host read it)",
            };
            CollectionAssert.AreEqual(expected, Lines(trace), "\n" + trace);
        }

        [TestMethod]
        public void NoTraceWritesNothingAndTheTraceCanBeTurnedOff()
        {
            var h = new TransportHarness();
            Assert.IsNull(h.Emulator.Trace);
            h.BringUp();
            var trace = new StringWriter();
            h.Emulator.Trace = trace;
            Assert.AreSame(trace, h.Emulator.Trace);
            h.Device.Enqueue(TransportHarness.Burst(new byte[] { 0x00, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }));
            h.PumpUntil(() => h.Messages.Count == 1);
            CollectionAssert.AreEqual(new[] { "-> REQ    RST #0", "<- STATUS RST #0 OK" }, Lines(trace));

            h.Emulator.Trace = null;
            Assert.IsNull(h.Emulator.Trace);
            h.Device.Enqueue(TransportHarness.Burst(new byte[] { 0x00, 0x0C, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00 }));
            h.PumpUntil(() => h.Messages.Count == 2);
            h.Bus.SetReset(true);
            Assert.AreEqual(2, Lines(trace).Count, trace.ToString());
        }

        [TestMethod]
        public void ElementsAreDecodedByType()
        {
            Assert.AreEqual("-7", BusTrace.FormatElement(new WireElement(ElementType.Integer, new byte[] { 0xF9 })));
            Assert.AreEqual("-7", BusTrace.FormatElement(new WireElement(ElementType.Integer, new byte[] { 0xFF, 0xFF, 0xFF, 0xF9 })));
            Assert.AreEqual("65529", BusTrace.FormatElement(new WireElement(ElementType.Integer, new byte[] { 0xFF, 0xF9 })));
            Assert.AreEqual("65529", BusTrace.FormatElement(new WireElement(ElementType.IntegerUnsigned, new byte[] { 0xFF, 0xF9 })));
            Assert.AreEqual("4294967295", BusTrace.FormatElement(new WireElement(ElementType.IntegerUnsigned, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF })));
            Assert.AreEqual("true", BusTrace.FormatElement(new WireElement(ElementType.Bool, new byte[] { 1 })));
            Assert.AreEqual("false", BusTrace.FormatElement(new WireElement(ElementType.Bool, new byte[] { 0 })));
            Assert.AreEqual("true", BusTrace.FormatElement(new WireElement(ElementType.Bool, new byte[] { 0, 0, 0, 1 })));
            Assert.AreEqual("BOOL 2", BusTrace.FormatElement(new WireElement(ElementType.Bool, new byte[] { 2 })));
            Assert.AreEqual("SOCKET_NOT_READY", BusTrace.FormatElement(new WireElement(ElementType.Status, new byte[] { 0x0E, 0x0C })));
            Assert.AreEqual("0x0E7F", BusTrace.FormatElement(new WireElement(ElementType.Status, new byte[] { 0x0E, 0x7F })));
            Assert.AreEqual("15.1", BusTrace.FormatElement(new WireElement(ElementType.IntegerFrac, new byte[] { 0x00, 0x0F, 0x00, 0x01 })));
            Assert.AreEqual("\"a \\\"b\\\" \\\\ \\r\\n\\x01 é\"", BusTrace.FormatElement(new WireElement(ElementType.String, Encoding.UTF8.GetBytes("a \"b\" \\ \r\n\u0001 é"))));
            Assert.AreEqual("\"" + new string('x', 64) + "\"...[100 bytes]", BusTrace.FormatElement(new WireElement(ElementType.String, Encoding.ASCII.GetBytes(new string('x', 100)))));
            Assert.AreEqual("\"\"", BusTrace.FormatElement(new WireElement(ElementType.String, Array.Empty<byte>())));
            Assert.AreEqual("label \"L1\"", BusTrace.FormatElement(new WireElement(ElementType.Label, Encoding.ASCII.GetBytes("L1"))));
            Assert.AreEqual("[0]", BusTrace.FormatElement(new WireElement(ElementType.ByteArray, Array.Empty<byte>())));
            Assert.AreEqual("[3] 00AB7F", BusTrace.FormatElement(new WireElement(ElementType.ByteArray, new byte[] { 0x00, 0xAB, 0x7F })));
            Assert.AreEqual("[16] 000102030405060708090A0B0C0D0E0F", BusTrace.FormatElement(new WireElement(ElementType.ByteArray, Enumerable.Range(0, 16).Select(i => (byte)i).ToArray())));
            Assert.AreEqual("[1460] 000102030405060708090A0B0C0D0E0F...", BusTrace.FormatElement(new WireElement(ElementType.ByteArray, Enumerable.Range(0, 1460).Select(i => (byte)i).ToArray())));
            Assert.AreEqual("192.168.1.100", BusTrace.FormatElement(new WireElement(ElementType.Ipv4Address, new byte[] { 192, 168, 1, 100 })));
            Assert.AreEqual("192.168.1.100/255.255.255.0", BusTrace.FormatElement(new WireElement(ElementType.Ipv4Address, new byte[] { 192, 168, 1, 100, 255, 255, 255, 0 })));
            byte[] v6 = IPAddress.Parse("2001:db8::7").GetAddressBytes();
            Assert.AreEqual("2001:db8::7", BusTrace.FormatElement(new WireElement(ElementType.Ipv6Address, v6)));
            Assert.AreEqual("2001:db8::7/64", BusTrace.FormatElement(new WireElement(ElementType.Ipv6Address, v6.Concat(new byte[] { 64 }).ToArray())));
            Assert.AreEqual("02:11:22:33:44:AA", BusTrace.FormatElement(new WireElement(ElementType.MacAddress, new byte[] { 0x02, 0x11, 0x22, 0x33, 0x44, 0xAA })));
            Assert.AreEqual("2023-11-14T22:13:20Z", BusTrace.FormatElement(new WireElement(ElementType.UtcTime, new byte[] { 0x65, 0x53, 0xF1, 0x00 })));

            // a known type of the wrong length, an unknown type
            Assert.AreEqual("IPV4ADDR [3] 010203", BusTrace.FormatElement(new WireElement(ElementType.Ipv4Address, new byte[] { 1, 2, 3 })));
            Assert.AreEqual("INTEGER [5] 0102030405", BusTrace.FormatElement(new WireElement(ElementType.Integer, new byte[] { 1, 2, 3, 4, 5 })));
            Assert.AreEqual("MACADDR [0]", BusTrace.FormatElement(new WireElement(ElementType.MacAddress, Array.Empty<byte>())));
            Assert.AreEqual("type 99 [1] 2A", BusTrace.FormatElement(new WireElement((ElementType)99, new byte[] { 42 })));
        }

        [TestMethod]
        public void ModuleMessagesAreDecoded()
        {
            Assert.AreEqual("<- STATUS SOCKWR #513 SOCKET_NOT_READY", BusTrace.FormatToHost(WireMessageBuilder.BuildStatus(0x0E05, 513, 0x0E0C)));
            Assert.AreEqual("<- STATUS 0x7F01 #1 0x0E7F", BusTrace.FormatToHost(WireMessageBuilder.BuildStatus(0x7F01, 1, 0x0E7F)));
            Assert.AreEqual("<- RSP    SOCKLST #9 2, 2, 10.0.0.5, 80, 49152", BusTrace.FormatToHost(new WireMessageBuilder().Integer(2, 2).Unsigned(2, 1).Address(IPAddress.Parse("10.0.0.5")).Unsigned(80, 2).Unsigned(49152, 2).BuildResponse(0x0E0A, 9)));
            Assert.AreEqual("<- AEC    DNSERR DNS_ERROR, 1, \"nosuch.test\"", BusTrace.FormatToHost(new WireMessageBuilder().Status(0x0502).Unsigned(1, 1).String("nosuch.test").BuildAec(0x0501)));
            Assert.AreEqual("<- AEC    BOOT", BusTrace.FormatToHost(new WireMessageBuilder().BuildAec(0x0100)));
            Assert.AreEqual("<- AEC    0x7E00 7", BusTrace.FormatToHost(new WireMessageBuilder().Unsigned(7, 1).BuildAec(0x7E00)));
            Assert.AreEqual("<- RSP    SOCKO #1 malformed (element 0 data runs past the message) [16] 020E0000010E00000701020000040001", BusTrace.FormatToHost(new byte[] { 0x02, 0x0E, 0x00, 0x00, 0x01, 0x0E, 0x00, 0x00, 0x07, 0x01, 0x02, 0x00, 0x00, 0x04, 0x00, 0x01 }));
            Assert.AreEqual("<x STATUS RST #2 OK (lost: why)", BusTrace.FormatLost(WireMessageBuilder.BuildStatus(0x0C00, 2, 0), "why"));
        }

        [TestMethod]
        public void CommandsAreDecoded()
        {
            byte[] sockwr = RequestOf(0x0E05, 300, new WireElement(ElementType.IntegerUnsigned, new byte[] { 0x00, 0x02 }), new WireElement(ElementType.IntegerUnsigned, new byte[] { 0x05, 0xB4 }), new WireElement(ElementType.Integer, new byte[] { 0, 0, 0, 12 }), new WireElement(ElementType.ByteArray, Enumerable.Range(0, 1460).Select(i => (byte)(i + 0x40)).ToArray()));
            Assert.AreEqual("-> REQ    SOCKWR #300 2, 1460, 12, [1460] 404142434445464748494A4B4C4D4E4F...", BusTrace.FormatCommand(sockwr));
            byte[] wstac = RequestOf(0x1400, 0, new WireElement(ElementType.IntegerFrac, new byte[] { 0, 1, 0, 0 }), new WireElement(ElementType.String, Encoding.ASCII.GetBytes("Home \"Net\"")));
            Assert.AreEqual("-> REQ    WSTAC #0 1.0, \"Home \\\"Net\\\"\"", BusTrace.FormatCommand(wstac));
            Assert.AreEqual("-> REQ    MQTTCONN #4", BusTrace.FormatCommand(RequestOf(0x0801, 4)));
            Assert.AreEqual("-> REQ    0x7F00 #4", BusTrace.FormatCommand(RequestOf(0x7F00, 4)));
            Assert.AreEqual("-> REQ    (3 bytes, too short) 000E00", BusTrace.FormatCommand(new byte[] { 0x00, 0x0E, 0x00 }));
            Assert.AreEqual("-> REQ    SOCKO #5 malformed (message type 2 is not REQ) [8] 020E000005000000", BusTrace.FormatCommand(new byte[] { 0x02, 0x0E, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00 }));
        }

        [TestMethod]
        public void NamesAreTheSpecifications()
        {
            Assert.AreEqual("SOCKO", WireNames.Command(0x0E00));
            Assert.AreEqual("DNSRESOLV", WireNames.Command(0x0501));
            Assert.AreEqual("HTTPCL", WireNames.Command(0x2203));
            Assert.AreEqual("0x0E0F", WireNames.Command(0x0E0F));
            Assert.AreEqual("SOCKRXT", WireNames.Aec(0x0E01));
            Assert.AreEqual("SIHEAP", WireNames.Aec(0x1703));
            Assert.AreEqual("0x0E06", WireNames.Aec(0x0E06));
            Assert.AreEqual("OK", WireNames.Status(0x0000));
            Assert.AreEqual("SOCKET_NOT_READY", WireNames.Status(0x0E0C));
            Assert.AreEqual("UNSUPPORTTED_SEC_TYPE", WireNames.Status(0x1204));
            Assert.AreEqual("0x0E0E", WireNames.Status(0x0E0E));

            // every id the emulator knows is named after its constant (DNSRESOLV = Dnsresolv, SOCKET_NOT_READY = SocketNotReady)
            AssertNamed(typeof(Emulator.Firmware.CommandId), WireNames.IsKnownCommand, WireNames.Command, false);
            AssertNamed(typeof(Emulator.Firmware.AecId), WireNames.IsKnownAec, WireNames.Aec, false);
            AssertNamed(typeof(StatusCode), WireNames.IsKnownStatus, WireNames.Status, true);
        }

        [TestMethod]
        public void TimestampIsMillisecondsWithThreeDecimals()
        {
            Assert.AreEqual("     0.000", BusTrace.Timestamp(TimeSpan.Zero));
            Assert.AreEqual("    12.346", BusTrace.Timestamp(TimeSpan.FromTicks(123456)));
            Assert.AreEqual("123456.789", BusTrace.Timestamp(TimeSpan.FromTicks(1234567890)));
        }

        private static void AssertNamed(Type constants, Func<ushort, bool> known, Func<ushort, string> name, bool snake)
        {
            int count = 0;
            foreach (System.Reflection.FieldInfo field in constants.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            {
                ushort id = (ushort)field.GetValue(null);
                Assert.IsTrue(known(id), field.Name);
                string expected = snake ? Regex.Replace(field.Name, "(?<=[a-z0-9])([A-Z])", "_$1").ToUpperInvariant() : field.Name.ToUpperInvariant();
                if (field.Name == "UnsupportedSecType")
                {
                    // Microchip's own spelling
                    expected = "UNSUPPORTTED_SEC_TYPE";
                }

                Assert.AreEqual(expected, name(id), field.Name);
                count++;
            }

            Assert.IsTrue(count > 20, constants.Name);
        }

        private static byte[] RequestOf(ushort id, ushort sequence, params WireElement[] elements)
        {
            var body = new List<byte>();
            foreach (WireElement e in elements)
            {
                int pad = (4 - (e.Data.Length & 3)) & 3;
                body.Add((byte)e.Type);
                body.Add((byte)pad);
                body.Add((byte)(e.Data.Length >> 8));
                body.Add((byte)e.Data.Length);
                body.AddRange(e.Data);
                body.AddRange(new byte[pad]);
            }

            var message = new List<byte> { 0x00, (byte)(id >> 8), (byte)id, (byte)(sequence >> 8), (byte)sequence, (byte)elements.Length, (byte)(body.Count >> 8), (byte)body.Count };
            message.AddRange(body);
            return message.ToArray();
        }

        private static void AssertInOrder(string[] expected, List<string> lines, string context)
        {
            int at = 0;
            foreach (string e in expected)
            {
                int found = lines.FindIndex(at, l => l == e);
                Assert.IsTrue(found >= 0, "'" + e + "' after line " + at + "\n" + context);
                at = found + 1;
            }
        }

        private static List<string> Lines(StringWriter trace)
        {
            string text;
            lock (trace)
            {
                text = trace.ToString();
            }

            return text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Select(l => s_time.Replace(l, string.Empty)).ToList();
        }

        private static bool Has(List<AecId> aecs, AecId id)
        {
            lock (aecs)
            {
                return aecs.Contains(id);
            }
        }

        private static void Run(WincDriver driver, Action<CommandWriter> build)
        {
            bool done = false;
            WincRequest request = driver.AllocateRequest((r, e, i, m) =>
            {
                if (e == RequestEvent.StatusComplete)
                {
                    done = true;
                }
            }, null);
            Assert.IsNotNull(request);
            build(request.Writer);
            Assert.AreEqual(DriverStatus.Ok, driver.Submit(request));
            RunUntil(driver, () => done, "the request's statuses");
            RunFor(driver, 20);
        }

        private static void RunUntil(WincDriver driver, Func<bool> done, string what)
        {
            var watch = Stopwatch.StartNew();
            while (!done())
            {
                Assert.IsTrue(watch.ElapsedMilliseconds < WaitMs, "timed out waiting for " + what);
                driver.Tasks();
                Thread.Sleep(1);
            }
        }

        private static void RunFor(WincDriver driver, int milliseconds)
        {
            var watch = Stopwatch.StartNew();
            while (watch.ElapsedMilliseconds < milliseconds)
            {
                driver.Tasks();
                Thread.Sleep(1);
            }
        }
    }
}
