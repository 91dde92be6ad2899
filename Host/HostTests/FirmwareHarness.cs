// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator;
using nanoWincs.Emulator.Firmware;
using static nanoWincs.Host.Tests.FirmwareTestWire;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// Drives a <see cref="ModuleFirmware"/> directly: feeds REQ bytes, records everything it posts and
    /// offers bounded waits. AECs that arrive while a command's answer is collected are kept in order.
    /// </summary>
    internal sealed class FirmwareHarness : IModuleHost, IDisposable
    {
        public static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

        private readonly BlockingCollection<byte[]> _posted = new BlockingCollection<byte[]>();
        private readonly List<Message> _aecs = new List<Message>();
        private ushort _sequence;

        public FirmwareHarness(FirmwareOptions options = null, bool boot = true)
        {
            Options = options ?? new FirmwareOptions();
            Firmware = new ModuleFirmware(Options);
            Firmware.Attach(this);
            if (boot)
            {
                Firmware.OnReset();
                Message bootAec = NextAec();
                Assert.AreEqual(0x0100, bootAec.ResponseId, "BOOT expected first");
            }
        }

        public FirmwareOptions Options { get; }

        public ModuleFirmware Firmware { get; }

        public static FirmwareOptions WithHomeNetwork()
        {
            var options = new FirmwareOptions();
            options.AccessPoints.Add(new AccessPoint("HomeNet", 3, "secret123") { Channel = 6, Rssi = -40, Bssid = new byte[] { 0x02, 0x11, 0x22, 0x33, 0x44, 0x55 } });
            return options;
        }

        public void PostToHost(ReadOnlySpan<byte> message)
        {
            _posted.Add(message.ToArray());
        }

        public ushort SendRaw(byte[] request)
        {
            Firmware.OnCommand(request);
            return (ushort)((request[3] << 8) | request[4]);
        }

        public ushort Send(ushort commandId, params Param[] parameters)
        {
            ushort seq = _sequence++;
            Firmware.OnCommand(Request(commandId, seq, parameters));
            return seq;
        }

        /// <summary>Next posted message, decoded and framing-checked.</summary>
        public Message NextMessage()
        {
            if (!_posted.TryTake(out byte[] raw, Wait))
            {
                Assert.Fail("no message from the firmware within " + Wait + Diagnostics());
            }

            return Decode(raw);
        }

        /// <summary>Sends a command and returns its RSPs and STATUS; AECs seen meanwhile are queued for <see cref="NextAec"/>.</summary>
        public Reply Command(ushort commandId, params Param[] parameters)
        {
            ushort seq = Send(commandId, parameters);
            return Collect(commandId, seq);
        }

        public Reply Collect(ushort commandId, ushort seq)
        {
            var reply = new Reply();
            while (true)
            {
                Message m = NextMessage();
                if (m.Type == 3)
                {
                    _aecs.Add(m);
                    continue;
                }

                Assert.AreEqual(commandId, m.Id, "answer for another command: " + m);
                Assert.AreEqual(seq, m.Sequence, "answer with another sequence number: " + m);
                if (m.Type == 2)
                {
                    Assert.AreEqual(commandId, m.ResponseId, "RSP id");
                    reply.Responses.Add(m);
                    continue;
                }

                reply.Status = m.Status;
                reply.StatusMessage = m;
                return reply;
            }
        }

        /// <summary>Sends a command that must succeed.</summary>
        public Reply Ok(ushort commandId, params Param[] parameters)
        {
            Reply r = Command(commandId, parameters);
            Assert.AreEqual(0, r.Status, "STATUS of " + commandId.ToString("X4") + " was " + r.Status.ToString("X4") + Diagnostics());
            return r;
        }

        /// <summary>The next AEC (in posting order). Fails on a RSP/STATUS or after the wait.</summary>
        public Message NextAec()
        {
            if (_aecs.Count > 0)
            {
                Message first = _aecs[0];
                _aecs.RemoveAt(0);
                return first;
            }

            Message m = NextMessage();
            Assert.AreEqual(3, m.Type, "expected an AEC, got " + m);
            return m;
        }

        public Message ExpectAec(ushort aecId)
        {
            Message m = NextAec();
            Assert.AreEqual(aecId, m.ResponseId, "expected AEC " + aecId.ToString("X4") + ", got " + m + Diagnostics());
            Assert.AreEqual(aecId, m.Id, "AEC id field");
            Assert.AreEqual(0, m.Sequence, "AEC sequence field");
            return m;
        }

        /// <summary>Collects AECs of one id, in order, until <paramref name="count"/> have arrived; other AECs are kept.</summary>
        public List<Message> WaitAecs(ushort aecId, int count)
        {
            var found = new List<Message>();
            var others = new List<Message>();
            while (found.Count < count)
            {
                Message m = NextAec();
                if (m.ResponseId == aecId)
                {
                    found.Add(m);
                }
                else
                {
                    others.Add(m);
                }
            }

            _aecs.InsertRange(0, others);
            return found;
        }

        public void ExpectSilence(TimeSpan time)
        {
            Assert.AreEqual(0, _aecs.Count, "unexpected AEC " + (_aecs.Count > 0 ? _aecs[0].ToString() : string.Empty));
            if (_posted.TryTake(out byte[] raw, time))
            {
                Assert.Fail("unexpected message " + Decode(raw));
            }
        }

        /// <summary>Brings the station up on the default home network and waits for its IPv4 address.</summary>
        public void ConnectStation(string ssid = "HomeNet", int security = 3, string passphrase = "secret123")
        {
            Ok(0x1400, Param.U32(1), Param.Str(ssid));
            Ok(0x1400, Param.U32(2), Param.I32(security));
            Ok(0x1400, Param.U32(3), Param.Str(passphrase));
            Ok(0x1401, Param.I32(1));
            ExpectAec(0x1403);
            Message aip = ExpectAec(0x1400);
            Assert.AreEqual(IPAddress.Parse("192.168.1.100"), aip[1].Address);
        }

        public string Diagnostics()
        {
            string text = Firmware.Diagnostics.Count == 0 ? string.Empty : " | firmware: " + string.Join(" / ", Firmware.Diagnostics.Reverse().Take(5));
            return Firmware.Errors.Count == 0 ? text : text + " | CPU errors: " + string.Join(" / ", Firmware.Errors);
        }

        public void Dispose()
        {
            Firmware.Dispose();
            Assert.AreEqual(0, Firmware.Errors.Count, "module CPU errors: " + string.Join("; ", Firmware.Errors));
        }

        internal sealed class Reply
        {
            public List<Message> Responses { get; } = new List<Message>();

            public ushort Status { get; set; }

            public Message StatusMessage { get; set; }

            public Message Single
            {
                get
                {
                    Assert.AreEqual(1, Responses.Count, "RSP count");
                    return Responses[0];
                }
            }
        }
    }
}
