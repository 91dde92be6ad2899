// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using Drivers.Wincs02.Bus;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Transport;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator;

namespace nanoWincs.Host.Tests
{
    /// <summary>The driver's MessageDevice talking to the emulated module, with everything it delivers recorded.</summary>
    internal sealed class TransportHarness : IMessageHandler
    {
        private readonly object _sync = new object();

        public TransportHarness(EmulatorOptions options = null, int receiveBufferSize = 2048, int queueCapacity = 8, Func<IWincsBus, IWincsBus> wrapBus = null)
        {
            Firmware = new TransportTestFirmware();
            Emulator = new Wincs02Emulator(Firmware, options ?? new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(5) });
            Bus = wrapBus == null ? Emulator.Bus : wrapBus(Emulator.Bus);
            Device = new MessageDevice(Bus, receiveBufferSize, queueCapacity);
            Device.SetHandler(this);
        }

        /// <summary>A harness over a bus the test wired itself (e.g. SpiGpioWincsBus through the shims).</summary>
        public TransportHarness(Wincs02Emulator emulator, TransportTestFirmware firmware, IWincsBus bus)
        {
            Firmware = firmware;
            Emulator = emulator;
            Bus = bus;
            Device = new MessageDevice(Bus);
            Device.SetHandler(this);
        }

        public TransportTestFirmware Firmware { get; }

        public Wincs02Emulator Emulator { get; }

        public IWincsBus Bus { get; }

        public MessageDevice Device { get; }

        public List<byte[]> Messages { get; } = new List<byte[]>();

        public List<CommandBurst> Sent { get; } = new List<CommandBurst>();

        public List<MessageDeviceError> Errors { get; } = new List<MessageDeviceError>();

        public List<SdioStatus> InitSteps { get; } = new List<SdioStatus>();

        /// <summary>Called after each delivered message is recorded (inside Poll).</summary>
        public Action<byte[]> MessageHook { get; set; }

        public static byte[] Command(ushort id, int parameterBytes, byte fill = 0)
        {
            byte[] command = new byte[8 + parameterBytes];
            command[1] = (byte)(id >> 8);
            command[2] = (byte)id;
            command[5] = 1;
            command[6] = (byte)(parameterBytes >> 8);
            command[7] = (byte)parameterBytes;
            for (int i = 0; i < parameterBytes; i++)
            {
                command[8 + i] = (byte)(fill + (i * 31) + (i >> 8));
            }

            return command;
        }

        public static CommandBurst Burst(params byte[][] commands)
        {
            int capacity = 0;
            foreach (byte[] c in commands)
            {
                capacity += (c.Length + 3) & ~3;
            }

            var burst = new CommandBurst(capacity);
            foreach (byte[] c in commands)
            {
                int o = burst.BeginCommand();
                Array.Copy(c, 0, burst.Buffer, o, c.Length);
                burst.EndCommand(c.Length);
            }

            return burst;
        }

        /// <summary>RESETN pulse then InitializeStep until the link runs (bounded by time).</summary>
        public void BringUp(bool pulseReset = true)
        {
            if (pulseReset)
            {
                Bus.SetReset(true);
                Bus.SetReset(false);
            }

            InitSteps.Clear();
            var watch = Stopwatch.StartNew();
            while (true)
            {
                SdioStatus status = Device.InitializeStep();
                InitSteps.Add(status);
                if (status == SdioStatus.Ok)
                {
                    return;
                }

                if (status < 0 || watch.ElapsedMilliseconds > 3000)
                {
                    Assert.Fail("bring-up ended with " + status + " after " + InitSteps.Count + " steps; protocol log: " + string.Join(" | ", Emulator.ProtocolLog));
                }

                // ResetWaiting / OpWaiting: the state machine resumes where it stopped
                Thread.Sleep(1);
            }
        }

        /// <summary>Polls until <paramref name="done"/> holds; fails after <paramref name="maxPolls"/> polls or 5 s.</summary>
        public void PumpUntil(Func<bool> done, int maxPolls = 100000)
        {
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < maxPolls && watch.ElapsedMilliseconds < 5000; i++)
            {
                if (done())
                {
                    return;
                }

                Device.Poll();
            }

            if (!done())
            {
                Assert.Fail("pump gave up: " + Messages.Count + " messages, " + Sent.Count + " bursts sent, errors [" + string.Join(", ", Errors) + "], protocol log: " + string.Join(" | ", Emulator.ProtocolLog));
            }
        }

        public void AssertNoProtocolErrors()
        {
            EmulatorCounters counters = Emulator.Counters;
            Assert.AreEqual(0L, counters.ProtocolErrors, "protocol log: " + string.Join(" | ", Emulator.ProtocolLog));
        }

        public void OnMessage(byte[] buffer, int offset, int length)
        {
            byte[] copy = new byte[length];
            Array.Copy(buffer, offset, copy, 0, length);
            lock (_sync)
            {
                Messages.Add(copy);
            }

            MessageHook?.Invoke(copy);
        }

        public void OnBurstSent(CommandBurst burst)
        {
            Sent.Add(burst);
        }

        public void OnBusError(MessageDeviceError error)
        {
            Errors.Add(error);
        }
    }
}
