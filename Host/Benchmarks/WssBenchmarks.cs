// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Bus;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using nanoWincs.Emulator;
using AccessPoint = nanoWincs.Emulator.Firmware.AccessPoint;
using FirmwareOptions = nanoWincs.Emulator.Firmware.FirmwareOptions;
using ModuleFirmware = nanoWincs.Emulator.Firmware.ModuleFirmware;
using Sys.Wincs.Net;
using Sys.Wss;

namespace nanoWincs.Benchmarks
{
    /// <summary>
    /// WebSocket echo figures of the whole device stack (WssServer → WincsNetService → WincDriver →
    /// MessageDevice) on the emulated module, measured on the thread that runs the application loop
    /// (Driver.Tasks, then WssServer.Task): a loopback client sends masked messages (up to 16 in flight)
    /// and checks every echo byte.
    /// <list type="bullet">
    /// <item><c>alloc.wss_echo.125</c>, <c>alloc.wss_echo.4096</c>: bytes allocated on the loop thread per
    /// message received and echoed, after a warm-up; what the emulated module allocates inside bus calls on
    /// that thread is metered and left out (on a device the SPI slave is hardware). Target 0.</item>
    /// <item><c>wss.echo.msgs_per_s.125</c>: echoed 125-byte messages per second.</item>
    /// </list>
    /// Self-contained (its own rig), so Host/Benchmarks' entry point and the host tests can both run it.
    /// </summary>
    public sealed class WssBenchmarks : IDisposable
    {
        private const int Window = 16;
        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

        private readonly ModuleFirmware _firmware;
        private readonly Wincs02Emulator _emulator;
        private readonly MeteredBus _bus;
        private readonly WincDriver _driver;
        private readonly WssServer _server;
        private readonly WssCallback _callback;
        private bool _address;
        private int _echoFailures;
        private int _hostPort;

        public WssBenchmarks()
        {
            var options = new FirmwareOptions();
            options.AccessPoints.Add(new AccessPoint("BenchNet", 3, "bench-passphrase"));
            options.ListenPortMap[8000] = 0;
            _firmware = new ModuleFirmware(options);
            _emulator = new Wincs02Emulator(_firmware, new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(5) });
            _bus = new MeteredBus(_emulator.Bus);
            _driver = new WincDriver(new MessageDevice(_bus), _bus, new SystemClock(), 16, WincDriver.DefaultBurstCapacity);
            _driver.RegisterAecHandler((d, aec) => _address |= aec.AecId == Drivers.Wincs02.Protocol.AecId.Wstaaip);
            _driver.Initialize();
            PumpUntil(() => _driver.IsReady, "driver ready");
            Join();
            Net = new WincsNetService(_driver);
            _server = new WssServer(Net);
            _callback = OnEvent;
            var config = new WssConfig { Port = 8000, MaxClients = 2, MaxMessageSize = 4096 };
            if (_server.Initialize(config, _callback, null) != WssResult.Success)
            {
                throw new InvalidOperationException("WssServer.Initialize failed");
            }

            PumpUntil(() => _server.IsListening && _firmware.TryGetHostEndPoint(8000, false, out _), "listening");
            _firmware.TryGetHostEndPoint(8000, false, out IPEndPoint endPoint);
            _hostPort = endPoint.Port;
        }

        public WincsNetService Net { get; }

        /// <summary>Runs the three figures; <paramref name="messages"/> per measured phase (2,000 by default).</summary>
        /// <param name="figure">Receives name, value and unit of each figure.</param>
        /// <param name="progress">Receives a description of each phase, or null.</param>
        /// <param name="messages">Messages per measured phase.</param>
        public static void Run(Action<string, double, string> figure, Action<string> progress = null, int messages = 2000)
        {
            using var bench = new WssBenchmarks();
            foreach (int size in new[] { 125, 4096 })
            {
                bench.Echo(size, Math.Max(200, messages / 5));
                EchoResult r = bench.Echo(size, messages);
                progress?.Invoke(r.ToString());
                figure("alloc.wss_echo." + size, r.AllocatedPerMessage, "bytes/msg");
                if (size == 125)
                {
                    figure("wss.echo.msgs_per_s.125", r.MessagesPerSecond, "msg/s");
                }
            }
        }

        /// <summary>One phase: a client connects, sends <paramref name="messages"/> binary messages of <paramref name="size"/> bytes, checks each echo, closes.</summary>
        public EchoResult Echo(int size, int messages)
        {
            byte[] payload = new byte[size];
            for (int i = 0; i < size; i++)
            {
                payload[i] = (byte)((i * 31) + size);
            }

            byte[] frame = MaskedFrame(payload);
            byte[] expected = new byte[(size <= 125 ? 2 : 4) + size];
            expected[0] = 0x82;
            if (size <= 125)
            {
                expected[1] = (byte)size;
            }
            else
            {
                expected[1] = 126;
                expected[2] = (byte)(size >> 8);
                expected[3] = (byte)size;
            }

            Array.Copy(payload, 0, expected, expected.Length - size, size);

            using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveTimeout = 20000, SendTimeout = 20000 };
            ConnectClient(client);
            int sent = 0;
            int received = 0;
            string failure = null;
            var reader = new Thread(() =>
            {
                byte[] got = new byte[expected.Length];
                try
                {
                    for (int m = 0; m < messages; m++)
                    {
                        ReceiveExactly(client, got);
                        if (!got.AsSpan().SequenceEqual(expected))
                        {
                            failure = "echo " + m + " differs";
                            return;
                        }

                        Volatile.Write(ref received, m + 1);
                    }
                }
                catch (Exception ex)
                {
                    failure = "client read: " + ex.Message;
                }
            })
            { IsBackground = true, Name = "wss bench reader" };
            var writer = new Thread(() =>
            {
                try
                {
                    for (int m = 0; m < messages; m++)
                    {
                        while (m - Volatile.Read(ref received) >= Window && failure == null)
                        {
                            Thread.Yield();
                        }

                        client.Send(frame);
                        Volatile.Write(ref sent, m + 1);
                    }
                }
                catch (Exception ex)
                {
                    failure = "client write: " + ex.Message;
                }
            })
            { IsBackground = true, Name = "wss bench writer" };

            int echoFailuresBefore = _echoFailures;
            var watch = new Stopwatch();
            long emulatorBefore = _bus.EmulatorBytes;
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            watch.Start();
            reader.Start();
            writer.Start();
            while (Volatile.Read(ref received) < messages && failure == null)
            {
                if (watch.Elapsed > Limit)
                {
                    failure = "timed out after " + received + " of " + messages + " echoes";
                    break;
                }

                Pump();
            }

            watch.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            long emulator = _bus.EmulatorBytes - emulatorBefore;
            writer.Join(5000);
            reader.Join(5000);
            if (failure != null || _echoFailures != echoFailuresBefore)
            {
                throw new InvalidOperationException("wss echo of " + size + " bytes: " + (failure ?? "the server refused an echo"));
            }

            client.Shutdown(SocketShutdown.Both);
            client.Close();
            PumpUntil(() => _server.GetClientState(0) == WssState.Closed && _server.GetClientState(1) == WssState.Closed, "client slot closed");
            return new EchoResult(size, messages, allocated - emulator, emulator, watch.Elapsed);
        }

        public void Dispose()
        {
            _server.Deinitialize();
            _firmware.Dispose();
            _emulator.Dispose();
        }

        private static byte[] MaskedFrame(byte[] payload)
        {
            byte[] mask = { 0x12, 0x34, 0x56, 0x78 };
            int header = payload.Length <= 125 ? 2 : 4;
            byte[] f = new byte[header + 4 + payload.Length];
            f[0] = 0x82;
            if (header == 2)
            {
                f[1] = (byte)(0x80 | payload.Length);
            }
            else
            {
                f[1] = 0x80 | 126;
                f[2] = (byte)(payload.Length >> 8);
                f[3] = (byte)payload.Length;
            }

            Array.Copy(mask, 0, f, header, 4);
            for (int i = 0; i < payload.Length; i++)
            {
                f[header + 4 + i] = (byte)(payload[i] ^ mask[i & 3]);
            }

            return f;
        }

        private static void ReceiveExactly(Socket socket, byte[] buffer)
        {
            int have = 0;
            while (have < buffer.Length)
            {
                int n = socket.Receive(buffer, have, buffer.Length - have, SocketFlags.None);
                if (n <= 0)
                {
                    throw new InvalidOperationException("the server closed the connection");
                }

                have += n;
            }
        }

        // The handshake runs on a helper thread while this thread pumps the loop.
        private void ConnectClient(Socket client)
        {
            string failure = null;
            bool done = false;
            var t = new Thread(() =>
            {
                try
                {
                    client.Connect(IPAddress.Loopback, _hostPort);
                    client.Send(System.Text.Encoding.ASCII.GetBytes("GET /bench HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
                    byte[] one = new byte[1];
                    int matched = 0;
                    var response = new System.Text.StringBuilder();
                    while (matched < 4)
                    {
                        if (client.Receive(one) != 1)
                        {
                            throw new InvalidOperationException("closed during the handshake");
                        }

                        response.Append((char)one[0]);
                        matched = (one[0] == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (one[0] == '\r' ? 1 : 0);
                    }

                    if (!response.ToString().StartsWith("HTTP/1.1 101 ", StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException("handshake answered " + response);
                    }
                }
                catch (Exception ex)
                {
                    failure = ex.Message;
                }

                Volatile.Write(ref done, true);
            })
            { IsBackground = true, Name = "wss bench connect" };
            t.Start();
            PumpUntil(() => Volatile.Read(ref done), "the opening handshake");
            if (failure != null)
            {
                throw new InvalidOperationException("wss bench client: " + failure);
            }
        }

        private void OnEvent(WssEvent wssEvent, object data, int clientIndex, object cookie)
        {
            if (wssEvent == WssEvent.ClientTxtDataRx || wssEvent == WssEvent.ClientBinDataRx)
            {
                WssRxData rx = (WssRxData)data;
                if (_server.SendMessage(true, rx.Frame, rx.Data, rx.Offset, rx.Length, clientIndex) != WssResult.Success)
                {
                    _echoFailures++;
                }
            }
        }

        // One round of the application loop; when the bus was idle, wait for INTOUT (at most 1 ms) as a device would.
        private void Pump()
        {
            long before = _bus.Transfers;
            _driver.Tasks();
            _server?.Task();
            if (_bus.Transfers == before)
            {
                _bus.WaitForInterrupt(1);
            }
            else
            {
                Thread.Yield();
            }
        }

        private void PumpUntil(Func<bool> condition, string what)
        {
            var watch = Stopwatch.StartNew();
            while (!condition())
            {
                if (watch.Elapsed > Limit)
                {
                    throw new TimeoutException("wss bench: " + what + " did not happen within " + Limit.TotalSeconds + " s");
                }

                Pump();
            }
        }

        // Associates with the emulated access point by raw driver commands.
        private void Join()
        {
            void Submit(Func<WincRequest, bool> build)
            {
                WincRequest r = _driver.AllocateRequest(null, null);
                build(r);
                if (_driver.Submit(r) != DriverStatus.Ok)
                {
                    throw new InvalidOperationException("WSTAC/WSTA not accepted");
                }
            }

            Submit(r => WincCommands.ConfigSetString(r.Writer, CommandId.Wstac, (uint)WstaParamId.Ssid, "BenchNet", 32));
            Submit(r => WincCommands.ConfigSetInteger(r.Writer, CommandId.Wstac, (uint)WstaParamId.SecType, WincType.Integer, 3));
            Submit(r => WincCommands.ConfigSetString(r.Writer, CommandId.Wstac, (uint)WstaParamId.Credentials, "bench-passphrase", 128));
            Submit(r => WincCommands.Wsta(r.Writer, true));
            PumpUntil(() => _address, "station address (WSTAAIP)");
        }

        /// <summary>What one echo phase measured.</summary>
        public sealed record EchoResult(int Size, int Messages, long DeviceBytes, long EmulatorBytes, TimeSpan Elapsed)
        {
            public double AllocatedPerMessage => (double)DeviceBytes / Messages;

            public double MessagesPerSecond => Messages / Elapsed.TotalSeconds;

            public override string ToString()
            {
                return "wss echo " + Size + " bytes x " + Messages + ": " + Elapsed.TotalMilliseconds.ToString("F0") + " ms, "
                    + MessagesPerSecond.ToString("F0") + " msg/s, device code allocated " + DeviceBytes + " bytes ("
                    + AllocatedPerMessage.ToString("0.###") + " per message), emulator inside bus calls " + EmulatorBytes + " bytes";
            }
        }

        /// <summary>The emulator's bus, metering what the emulated module allocates inside each call on the calling thread.</summary>
        private sealed class MeteredBus : IWincsBus
        {
            private readonly IWincsBus _inner;
            private readonly ManualResetEventSlim _edge = new ManualResetEventSlim(false, 0);
            private WincsInterruptHandler _handler;

            public MeteredBus(IWincsBus inner)
            {
                _inner = inner;
                _inner.SetInterruptHandler(OnEdge);
            }

            public long EmulatorBytes { get; private set; }

            public long Transfers { get; private set; }

            public bool InterruptAsserted
            {
                get
                {
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    bool asserted = _inner.InterruptAsserted;
                    EmulatorBytes += GC.GetAllocatedBytesForCurrentThread() - before;
                    return asserted;
                }
            }

            public void Transfer(SpanByte write, SpanByte read)
            {
                Transfers++;
                long before = GC.GetAllocatedBytesForCurrentThread();
                _inner.Transfer(write, read);
                EmulatorBytes += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            public void SetReset(bool asserted)
            {
                _inner.SetReset(asserted);
            }

            public void SetInterruptHandler(WincsInterruptHandler handler)
            {
                _handler = handler;
            }

            public void WaitForInterrupt(int milliseconds)
            {
                if (!InterruptAsserted)
                {
                    _edge.Wait(milliseconds);
                }

                _edge.Reset();
            }

            private void OnEdge()
            {
                _edge.Set();
                _handler?.Invoke();
            }
        }
    }
}
