// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Sockets;
using nanoWincs.Emulator;
using AccessPoint = nanoWincs.Emulator.Firmware.AccessPoint;
using FirmwareOptions = nanoWincs.Emulator.Firmware.FirmwareOptions;
using ModuleFirmware = nanoWincs.Emulator.Firmware.ModuleFirmware;
using SocketAddress = Drivers.Wincs02.Sockets.SocketAddress;

namespace nanoWincs.Benchmarks
{
    /// <summary>
    /// The whole driver stack (MessageDevice, WincDriver, WincSockets) over the emulated module's in-process bus,
    /// with the station joined to an emulated access point: the module's sockets are real loopback sockets.
    /// Everything the driver does runs on the thread that calls <see cref="Tasks"/>.
    /// </summary>
    public sealed class BenchRig : IDisposable
    {
        public const string Ssid = "BenchNet";
        public const string Passphrase = "bench-passphrase";

        private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(10);

        private readonly bool[] _opened;
        private readonly bool[] _connected;
        private readonly int[] _sendErrors;
        private bool _addressLeased;

        public BenchRig(RigOptions options = null)
        {
            Options = options ?? new RigOptions();
            var firmwareOptions = new FirmwareOptions();
            firmwareOptions.AccessPoints.Add(new AccessPoint(Ssid, 3, Passphrase));
            Firmware = new ModuleFirmware(firmwareOptions);
            Emulator = new Wincs02Emulator(Firmware, new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(5) });
            Bus = new AllocationFilterBus(Emulator.Bus);
            Device = new MessageDevice(Bus, MessageDevice.DefaultReceiveBufferSize, Options.QueueCapacity);
            Driver = new WincDriver(Device, Bus, new SystemClock(), Options.RequestCount, WincDriver.DefaultBurstCapacity);
            Sockets = new WincSockets(Driver, Options.SocketCount, Options.ReceiveBufferSize, Options.SendBufferSize);
            if (Options.WriteWindow > 0)
            {
                Sockets.WriteWindow = Options.WriteWindow;
            }

            _opened = new bool[Options.SocketCount];
            _connected = new bool[Options.SocketCount];
            _sendErrors = new int[Options.SocketCount];
            Sockets.RegisterEventCallback(OnSocketEvent, null);
            Driver.RegisterAecHandler(OnAec);
        }

        public RigOptions Options { get; }

        public ModuleFirmware Firmware { get; }

        public Wincs02Emulator Emulator { get; }

        public AllocationFilterBus Bus { get; }

        public MessageDevice Device { get; }

        public WincDriver Driver { get; }

        public WincSockets Sockets { get; }

        /// <summary>Gets the number of SEND events with an error status (all sockets).</summary>
        public int SendErrors { get; private set; }

        /// <summary>Creates the rig, brings the module up and joins the access point.</summary>
        public static BenchRig Start(RigOptions options = null)
        {
            var rig = new BenchRig(options);
            try
            {
                rig.BringUp();
                rig.JoinNetwork();
                return rig;
            }
            catch
            {
                rig.Dispose();
                throw;
            }
        }

        /// <summary>One driver task step (bus work, callbacks, socket writes and credit).</summary>
        public void Tasks()
        {
            Driver.Tasks();
        }

        /// <summary>
        /// One task step; when it clocked nothing the driver waits for the module, so the thread sleeps until
        /// INTOUT (at most 1 ms), and otherwise it yields: the emulated module and the peer run on the same cores,
        /// and a module starved of CPU falls behind draining its send buffer and refuses writes (SOCKET_NOT_READY).
        /// </summary>
        public void Pump()
        {
            long before = Bus.Transfers;
            Driver.Tasks();
            if (Bus.Transfers == before)
            {
                Bus.WaitForInterrupt(1);
            }
            else
            {
                // the emulated module shares these cores (a real one has its own): let its threads run
                Thread.Yield();
            }
        }

        /// <summary>Runs <see cref="Tasks"/> until <paramref name="done"/> holds; throws after <paramref name="timeout"/>.</summary>
        public void PumpUntil(Func<bool> done, string what, TimeSpan? timeout = null)
        {
            var watch = Stopwatch.StartNew();
            TimeSpan limit = timeout ?? StepTimeout;
            while (!done())
            {
                if (watch.Elapsed > limit)
                {
                    throw new TimeoutException("benchmark rig: " + what + " did not happen within " + limit + "; driver " + Driver.Status
                        + ", protocol log: " + string.Join(" | ", Emulator.ProtocolLog) + ", firmware: " + string.Join(" / ", Firmware.Diagnostics));
                }

                Pump();
            }
        }

        public void BringUp()
        {
            Driver.Initialize();
            PumpUntil(() => Driver.IsReady, "driver ready");
        }

        public void JoinNetwork()
        {
            SubmitConfig(w => WincCommands.ConfigSetString(w, CommandId.Wstac, (uint)WstaParamId.Ssid, Ssid, 32));
            SubmitConfig(w => WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.SecType, WincType.Integer, 3));
            SubmitConfig(w => WincCommands.ConfigSetString(w, CommandId.Wstac, (uint)WstaParamId.Credentials, Passphrase, 128));
            SubmitConfig(w => WincCommands.Wsta(w, true));
            PumpUntil(() => _addressLeased, "station address (WSTAAIP)");
        }

        /// <summary>Opens a TCP socket, connects it to a fresh loopback listener and returns both ends.</summary>
        public Connection Connect()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start(1);
            try
            {
                int fd = Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockStream, 0);
                if (fd < 0)
                {
                    throw new InvalidOperationException("socket() failed, errno " + Sockets.Errno);
                }

                _opened[fd] = false;
                _connected[fd] = false;

                PumpUntil(() => _opened[fd], "socket OPEN");
                if (Options.ModuleSendBuffer > 0 && Sockets.SetSockOpt(fd, SocketConstants.SolSocket, SocketConstants.SoSndBuf, Options.ModuleSendBuffer) != 0)
                {
                    throw new InvalidOperationException("setsockopt(SO_SNDBUF) failed, errno " + Sockets.Errno);
                }

                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                int r = Sockets.Connect(fd, new SocketAddress(127, 0, 0, 1, port));
                if (r != -1 || Sockets.Errno != SocketErrno.EInProgress)
                {
                    throw new InvalidOperationException("connect() returned " + r + ", errno " + Sockets.Errno);
                }

                PumpUntil(() => _connected[fd], "socket CONNECT");
                Socket peer = listener.AcceptSocket();
                peer.NoDelay = true;
                return new Connection(fd, peer);
            }
            finally
            {
                listener.Stop();
            }
        }

        /// <summary>Closes the descriptor and pumps until the module confirmed it.</summary>
        public void Close(Connection connection)
        {
            Sockets.Shutdown(connection.Fd, SocketConstants.ShutRdWr);
            PumpUntil(() => Sockets.Poll(connection.Fd, 0) == SocketConstants.PollNval, "socket CLOSE");
            connection.Peer.Dispose();
        }

        public void Dispose()
        {
            Firmware.Dispose();
            Emulator.Dispose();
        }

        private void SubmitConfig(Func<CommandWriter, bool> write)
        {
            bool done = false;
            WincStatus status = WincStatus.Ok;
            WincRequest r = Driver.AllocateRequest(
                (request, requestEvent, index, message) =>
                {
                    if (requestEvent == RequestEvent.CommandStatus)
                    {
                        status = request.GetStatus(index);
                    }
                    else if (requestEvent == RequestEvent.StatusComplete)
                    {
                        done = true;
                    }
                },
                null);
            if (r == null || !write(r.Writer) || Driver.Submit(r) != DriverStatus.Ok)
            {
                throw new InvalidOperationException("could not submit a configuration request");
            }

            PumpUntil(() => done, "configuration STATUS");
            if (status != WincStatus.Ok)
            {
                throw new InvalidOperationException("configuration command failed with " + status);
            }
        }

        private void OnAec(WincDriver driver, MessageReader aec)
        {
            if (aec.AecId == AecId.Wstaaip)
            {
                _addressLeased = true;
            }
        }

        private void OnSocketEvent(WincSockets sockets, int socket, SocketEvent socketEvent, SocketStatus status)
        {
            if (socket < 0 || socket >= _opened.Length)
            {
                return;
            }

            switch (socketEvent)
            {
                case SocketEvent.Open:
                    _opened[socket] = status == SocketStatus.Ok;
                    break;
                case SocketEvent.Connect:
                    _connected[socket] = status == SocketStatus.Ok;
                    break;
                case SocketEvent.Send:
                    if (status != SocketStatus.Ok)
                    {
                        _sendErrors[socket]++;
                        SendErrors++;
                    }

                    break;
            }
        }

        /// <summary>A connected descriptor and the loopback peer socket at the other end.</summary>
        public sealed class Connection
        {
            public Connection(int fd, Socket peer)
            {
                Fd = fd;
                Peer = peer;
            }

            public int Fd { get; }

            public Socket Peer { get; }
        }
    }
}
