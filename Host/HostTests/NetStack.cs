// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator;
using nanoWincs.Emulator.Firmware;
using AecId = Drivers.Wincs02.Protocol.AecId;
using CommandId = Drivers.Wincs02.Protocol.CommandId;
using Sys.Wincs.Net;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The whole stack on the host: emulated module (real loopback sockets) ← SDIO over the in-process
    /// bus ← MessageDevice ← WincDriver ← WincsNetService, with the station associated and addressed.
    /// The test thread drives Tasks (the application's loop); every wait is bounded.
    /// </summary>
    internal sealed class NetStack : IDisposable
    {
        public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

        private readonly List<(uint Socket, NetSockEvent Event, object Handle)> _events = new List<(uint, NetSockEvent, object)>();
        private bool _gotAddress;

        public NetStack(Action<FirmwareOptions> configure = null, bool connectStation = true)
        {
            Options = new FirmwareOptions();
            Options.AccessPoints.Add(new AccessPoint("HomeNet", 3, "secret123") { Channel = 6, Rssi = -40, Bssid = new byte[] { 0x02, 0x11, 0x22, 0x33, 0x44, 0x55 } });
            configure?.Invoke(Options);
            Firmware = new ModuleFirmware(Options);
            Emulator = new Wincs02Emulator(Firmware, new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(5) });
            Bus = new MeteringBus(Emulator.Bus);
            Device = new MessageDevice(Bus);
            Driver = new WincDriver(Device, Bus, new SystemClock(), 16, WincDriver.DefaultBurstCapacity);
            Driver.RegisterAecHandler(OnAec);
            Driver.Initialize();
            RunUntil(() => Driver.IsReady, "driver ready");
            Net = new WincsNetService(Driver);
            Callback = OnEvent;
            Assert.AreEqual(WincsResult.Pass, Net.SockSrvCtrl(NetSockService.SockSetCallback, Callback));
            if (connectStation)
            {
                ConnectStation();
            }
        }

        public FirmwareOptions Options { get; }

        public ModuleFirmware Firmware { get; }

        public Wincs02Emulator Emulator { get; }

        /// <summary>Gets the bus the driver uses: the emulator's, metered.</summary>
        public MeteringBus Bus { get; }

        public MessageDevice Device { get; }

        public WincDriver Driver { get; }

        public WincsNetService Net { get; }

        public NetSockCallback Callback { get; }

        /// <summary>The application's reaction to an event (runs inside Tasks, after the event is logged).</summary>
        public Action<uint, NetSockEvent, object> Reaction { get; set; }

        public int Count(uint socket, NetSockEvent e)
        {
            lock (_events)
            {
                int n = 0;
                foreach (var x in _events)
                {
                    if (x.Socket == socket && x.Event == e)
                    {
                        n++;
                    }
                }

                return n;
            }
        }

        public List<(uint Socket, NetSockEvent Event, object Handle)> Events()
        {
            lock (_events)
            {
                return new List<(uint, NetSockEvent, object)>(_events);
            }
        }

        public NetSockError LastError(uint socket)
        {
            lock (_events)
            {
                for (int i = _events.Count - 1; i >= 0; i--)
                {
                    if (_events[i].Socket == socket && _events[i].Event == NetSockEvent.Error)
                    {
                        return (NetSockError)_events[i].Handle;
                    }
                }

                return NetSockError.None;
            }
        }

        /// <summary>Runs Tasks until the condition holds; fails after <see cref="Wait"/>.</summary>
        public void RunUntil(Func<bool> condition, string what, TimeSpan? limit = null)
        {
            var watch = Stopwatch.StartNew();
            TimeSpan max = limit ?? Wait;
            while (!condition())
            {
                if (watch.Elapsed > max)
                {
                    Assert.Fail("timed out waiting for " + what + Diagnostics());
                }

                Driver.Tasks();
                Thread.Sleep(0);
            }
        }

        /// <summary>Runs Tasks for a while.</summary>
        public void RunFor(TimeSpan time)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < time)
            {
                Driver.Tasks();
                Thread.Sleep(1);
            }
        }

        public string Diagnostics()
        {
            string text = " | driver " + Driver.Status + ", unknown socket AECs " + Net.Sockets.UnknownSocketAecs + ", dropped " + Net.Sockets.DroppedBytes + ", callback exceptions " + Net.CallbackExceptions + "/" + Driver.CallbackExceptions + ", events: " + string.Join(", ", Events().ConvertAll(e => e.Socket + ":" + e.Event + (e.Handle is NetSockError r ? "(" + r + ")" : string.Empty)));
            if (Firmware.Diagnostics.Count > 0)
            {
                text += " | firmware: " + string.Join(" / ", Firmware.Diagnostics);
            }

            return text;
        }

        public static int FreeTcpPort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        public static int FreeUdpPort()
        {
            using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            return ((IPEndPoint)probe.Client.LocalEndPoint).Port;
        }

        public static byte[] Pattern(int length, int seed)
        {
            var b = new byte[length];
            var random = new Random(seed);
            random.NextBytes(b);
            return b;
        }

        public static NetSocket Client(NetSockType type, string address, int port, int ipType = 4)
        {
            return new NetSocket { BindType = BindType.Remote, SockType = type, SockAddr = address, SockPort = port, IpType = ipType };
        }

        public static NetSocket Server(NetSockType type, int port, int ipType = 4)
        {
            return new NetSocket { BindType = BindType.Local, SockType = type, SockPort = port, IpType = ipType };
        }

        public void Dispose()
        {
            Firmware.Dispose();
            Emulator.Dispose();
            Assert.AreEqual(0, Firmware.Errors.Count, "module CPU errors: " + string.Join("; ", Firmware.Errors));
        }

        /// <summary>Associates with the emulator's access point by raw commands (the Wi-Fi service is not this stack's subject); again after a module reset.</summary>
        public void ConnectStation()
        {
            _gotAddress = false;
            WincRequest r = Driver.AllocateRequest(null, null);
            WincCommands.ConfigSetString(r.Writer, CommandId.Wstac, (uint)WstaParamId.Ssid, "HomeNet", 32);
            WincCommands.ConfigSetInteger(r.Writer, CommandId.Wstac, (uint)WstaParamId.SecType, WincType.Integer, 3);
            WincCommands.ConfigSetString(r.Writer, CommandId.Wstac, (uint)WstaParamId.Credentials, "secret123", 128);
            WincCommands.Wsta(r.Writer, true);
            Assert.AreEqual(DriverStatus.Ok, Driver.Submit(r));
            RunUntil(() => _gotAddress, "station address (WSTAAIP)");
        }

        private void OnAec(WincDriver driver, MessageReader aec)
        {
            if (aec.AecId == AecId.Wstaaip)
            {
                _gotAddress = true;
            }
        }

        private WincsResult OnEvent(uint socket, NetSockEvent netEvent, object netHandle)
        {
            lock (_events)
            {
                _events.Add((socket, netEvent, netHandle));
            }

            Reaction?.Invoke(socket, netEvent, netHandle);
            return WincsResult.Pass;
        }
    }
}
