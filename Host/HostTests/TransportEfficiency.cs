// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using Drivers.Wincs02.Messaging;
using nanoWincs.Emulator;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// Bus efficiency of 1460-byte socket writes through the whole transport (MessageDevice, SDIO-over-SPI,
    /// emulated module): socket payload bytes against every byte clocked, answers included.
    /// </summary>
    internal static class TransportEfficiency
    {
        public const int SocketPayload = 1460;

        /// <summary>A SOCKWR(sockId 1, length 1460, seqNum, data) message as the specification lays it out: 1496 bytes.</summary>
        public static byte[] SocketWrite(int sequence)
        {
            var message = new List<byte> { 0x00, 0x0E, 0x05, 0x00, 0x00, 0x04 };
            var parameters = new List<byte>();
            parameters.AddRange(new byte[] { 0x03, 0x02, 0x00, 0x02, 0x00, 0x01, 0x00, 0x00 });
            parameters.AddRange(new byte[] { 0x03, 0x02, 0x00, 0x02, SocketPayload >> 8, SocketPayload & 0xFF, 0x00, 0x00 });
            parameters.AddRange(new byte[] { 0x02, 0x00, 0x00, 0x04, 0x00, 0x00, (byte)(sequence >> 8), (byte)sequence });
            parameters.AddRange(new byte[] { 0x06, 0x00, SocketPayload >> 8, SocketPayload & 0xFF });
            for (int i = 0; i < SocketPayload; i++)
            {
                parameters.Add((byte)(i * 7));
            }

            message.Add((byte)(parameters.Count >> 8));
            message.Add((byte)parameters.Count);
            message.AddRange(parameters);
            return message.ToArray();
        }

        /// <summary>
        /// Sends <paramref name="bursts"/> bursts of <paramref name="writesPerBurst"/> SOCKWR commands, keeping up to
        /// <paramref name="pipeline"/> bursts queued, and waits for every STATUS.
        /// </summary>
        public static Figure Measure(int writesPerBurst, int bursts, int pipeline)
        {
            var h = new TransportHarness(queueCapacity: Math.Max(pipeline, 1));
            h.BringUp();
            h.Emulator.ResetCounters();
            int enqueued = 0;
            int writes = writesPerBurst * bursts;
            h.PumpUntil(() =>
            {
                while (enqueued < bursts && h.Device.QueuedBursts < pipeline)
                {
                    var commands = new byte[writesPerBurst][];
                    for (int i = 0; i < writesPerBurst; i++)
                    {
                        commands[i] = SocketWrite((enqueued * writesPerBurst) + i);
                    }

                    CommandBurst burst = TransportHarness.Burst(commands);
                    if (!h.Device.Enqueue(burst))
                    {
                        break;
                    }

                    enqueued++;
                }

                return h.Messages.Count == writes;
            });

            h.AssertNoProtocolErrors();
            EmulatorCounters counters = h.Emulator.Counters;
            return new Figure(writesPerBurst, bursts, pipeline, (long)writes * SocketPayload, counters.CommandBytes, counters.BytesClocked, counters);
        }

        internal sealed record Figure(int WritesPerBurst, int Bursts, int Pipeline, long PayloadBytes, long CommandBytes, long BytesClocked, EmulatorCounters Counters)
        {
            public double PayloadRatio => (double)PayloadBytes / BytesClocked;

            public double MessageRatio => (double)CommandBytes / BytesClocked;

            public override string ToString()
            {
                return WritesPerBurst + " SOCKWR(1460)/burst x " + Bursts + " bursts, " + Pipeline + " queued: payload " + PayloadBytes
                    + " B, command messages " + CommandBytes + " B, clocked " + BytesClocked + " B -> payload/clocked "
                    + PayloadRatio.ToString("F3") + ", messages/clocked " + MessageRatio.ToString("F3")
                    + " (" + Counters.SdioCommands + " SDIO commands, " + Counters.RxEvents + " RX events, " + Counters.TxGrants + " grants)";
            }
        }
    }
}
