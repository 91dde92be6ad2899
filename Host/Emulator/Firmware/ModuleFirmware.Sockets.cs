// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// Sockets: SOCKO/BL/BR/BM/TLS/WR/WRTO/RD/RDBUF/CL/LST/C on real host sockets. Received data is
    /// pushed in the socket's read mode, which follows its SOCKC settings: ASYNC_MAX_FRM_SZ 0 = polled
    /// (SOCKRXT/SOCKRXU announce, SOCKRD pulls); ASYNC_WIN_SZ 0 = simple async (data in the AEC);
    /// both set = acknowledged (data with sequence numbers, only within ASYNC_NEXT_SN + ASYNC_WIN_SZ).
    /// </summary>
    public sealed partial class ModuleFirmware
    {
        private const int MaxTcpWrite = 1460;
        private const int MaxUdpWrite = 1472;

        private readonly Dictionary<ushort, EmulatedSocket> _sockets = new Dictionary<ushort, EmulatedSocket>();
        private readonly ConcurrentDictionary<(int Port, bool Udp), IPEndPoint> _hostEndPoints = new ConcurrentDictionary<(int, bool), IPEndPoint>();
        private ushort _nextSocketId;
        private int _socketWriteFailures;
        private ushort _socketWriteFailureStatus;

        /// <summary>Number of module sockets currently allocated (diagnostics).</summary>
        public int SocketCount
        {
            get
            {
                int count = 0;
                var done = new ManualResetEventSlim(false);
                _cpu.Post(() =>
                {
                    count = _sockets.Count;
                    done.Set();
                });
                done.Wait(TimeSpan.FromSeconds(5));
                return count;
            }
        }

        /// <summary>
        /// Makes the next <paramref name="count"/> well-formed SOCKWR/SOCKWRTO answer <paramref name="status"/>
        /// (SOCKET_NOT_READY by default) without taking their data or advancing the sequence number.
        /// </summary>
        /// <param name="count">How many writes.</param>
        /// <param name="status">Status to answer.</param>
        public void FailNextSocketWrites(int count, ushort status = StatusCode.SocketNotReady)
        {
            _cpu.Post(() =>
            {
                _socketWriteFailures = count;
                _socketWriteFailureStatus = status;
            });
        }

        /// <summary>The host endpoint behind a module port bound with SOCKBL (listeners and UDP sockets).</summary>
        /// <param name="modulePort">The port the module bound.</param>
        /// <param name="udp">True for a UDP socket, false for a TCP listener.</param>
        /// <param name="endPoint">The host endpoint.</param>
        /// <returns>False when nothing is bound to that module port.</returns>
        public bool TryGetHostEndPoint(int modulePort, bool udp, out IPEndPoint endPoint)
        {
            return _hostEndPoints.TryGetValue((modulePort, udp), out endPoint);
        }

        private void RegisterSockets()
        {
            _handlers[CommandId.Socko] = SockOpen;
            _handlers[CommandId.Sockbl] = SockBindLocal;
            _handlers[CommandId.Sockbr] = SockBindRemote;
            _handlers[CommandId.Sockbm] = SockBindMulticast;
            _handlers[CommandId.Socktls] = SockTls;
            _handlers[CommandId.Sockwr] = ctx => SockWrite(ctx, false);
            _handlers[CommandId.Sockwrto] = ctx => SockWrite(ctx, true);
            _handlers[CommandId.Sockrd] = ctx => SockRead(ctx, false);
            _handlers[CommandId.Sockrdbuf] = ctx => SockRead(ctx, true);
            _handlers[CommandId.Sockcl] = SockClose;
            _handlers[CommandId.Socklst] = SockList;
            _handlers[CommandId.Sockc] = SockConfig;
        }

        private void ResetSocketState()
        {
            CloseAllSockets();
            _nextSocketId = 1;
            _socketWriteFailures = 0;
        }

        private void CloseAllSockets()
        {
            foreach (EmulatedSocket s in _sockets.Values)
            {
                s.Abort();
            }

            _sockets.Clear();
            _hostEndPoints.Clear();
        }

        private ConfigTable NewSocketConfig()
        {
            var table = new ConfigTable(new[]
            {
                Params.Bool(1, false),
                Params.Bool(2, false),
                Params.UInt(3, 2, 0, 0xFFFF, 0),
                Params.UInt(4, 2, 1460, 32768, Math.Clamp(_options.SocketRxBufferSize, 1460, 32768)),
                Params.UInt(5, 2, 1460, 32768, Math.Clamp(_options.SocketTxBufferSize, 1460, 32768)),
                Params.UInt(32, 1, 0, 0xFF, 0),
                Params.UInt(100, 2, 0, 0xFFFF, 0),
                Params.UInt(101, 2, 0, 0xFFFF, 0),
                Params.UInt(102, 2, 0, 0xFFFF, 0),
            });
            return table;
        }

        private EmulatedSocket Find(CommandContext ctx, int index)
        {
            ushort id = (ushort)ctx.Integer(index, 0, 0xFFFF);
            if (!_sockets.TryGetValue(id, out EmulatedSocket s))
            {
                throw new CommandException(StatusCode.SocketIdNotFound, "no socket " + id);
            }

            return s;
        }

        private EmulatedSocket Allocate(bool udp, bool ipv6)
        {
            if (_sockets.Count >= _options.MaxSockets)
            {
                return null;
            }

            while (_nextSocketId == 0 || _sockets.ContainsKey(_nextSocketId))
            {
                _nextSocketId++;
            }

            var s = new EmulatedSocket(_nextSocketId++, udp, ipv6, NewSocketConfig());
            s.RxLimit = (int)s.Config.GetInteger(4);
            s.Config.Changed = id => OnSocketConfigChanged(s, id);
            _sockets.Add(s.Id, s);
            return s;
        }

        /// <summary>SOCKO(protocol[, version]): RSP SOCK_ID.</summary>
        private ushort SockOpen(CommandContext ctx)
        {
            ctx.RequireCount(1, 2);
            long protocol = ctx.Integer(0, 0, 255);
            long version = ctx.Count == 2 ? ctx.Integer(1, 0, 255) : 4;
            if (protocol != 1 && protocol != 2)
            {
                return StatusCode.SocketInvalidProtocol;
            }

            if (version != 4 && version != 6)
            {
                return StatusCode.InvalidParameter;
            }

            EmulatedSocket s = Allocate(protocol == 1, version == 6);
            if (s == null)
            {
                return StatusCode.NoFreeSockets;
            }

            ctx.Respond(new WireMessageBuilder().Integer(s.Id, 2));
            return StatusCode.Ok;
        }

        /// <summary>SOCKBL(sock, port[, pending]): TCP listens on a host loopback port, UDP binds one.</summary>
        private ushort SockBindLocal(CommandContext ctx)
        {
            ctx.RequireCount(2, 3);
            EmulatedSocket s = Find(ctx, 0);
            int port = (int)ctx.Integer(1, 1, 0xFFFF);
            int backlog = ctx.Count == 3 ? (int)ctx.Integer(2, 0, 10) : 5;
            if (s.Phase != SocketPhase.Open || (s.IsUdp && s.Host != null))
            {
                return StatusCode.SocketBindFailed;
            }

            int hostPort = _options.ListenPortMap.TryGetValue(port, out int mapped) ? mapped : port;
            IPAddress any = BindAddress(s.Family);
            try
            {
                if (s.IsUdp)
                {
                    s.Host = NewUdpSocket(s.Family);
                    s.Host.Bind(new IPEndPoint(any, hostPort));
                    s.Phase = SocketPhase.Connected;
                    StartDatagramReader(s, s.Host);
                }
                else
                {
                    var listener = new TcpListener(any, hostPort);
                    listener.Start(Math.Max(1, backlog));
                    s.Listener = listener;
                    s.Phase = SocketPhase.Listening;
                    StartAcceptLoop(s);
                }
            }
            catch (SocketException ex)
            {
                Note("SOCKBL " + s.Id + " port " + port + " (host " + hostPort + "): " + ex.SocketErrorCode);
                s.Listener = null;
                s.Host?.Dispose();
                s.Host = null;
                return StatusCode.SocketBindFailed;
            }

            s.ModuleListenPort = port;
            s.LocalPort = port;
            s.HostListenEndPoint = (IPEndPoint)(s.IsUdp ? s.Host.LocalEndPoint : s.Listener.LocalEndpoint);
            _hostEndPoints[(port, s.IsUdp)] = s.HostListenEndPoint;
            return StatusCode.Ok;
        }

        /// <summary>SOCKBR(sock, address, port): TCP connects (STATUS now, SOCKIND or SOCKERR later); UDP sets the default destination.</summary>
        private ushort SockBindRemote(CommandContext ctx)
        {
            ctx.RequireCount(3, 3);
            EmulatedSocket s = Find(ctx, 0);
            IPAddress address = ctx.AddressOrName(1, out string name);
            int port = (int)ctx.Integer(2, 1, 0xFFFF);
            if (address != null && address.AddressFamily != s.Family)
            {
                return StatusCode.InvalidParameter;
            }

            if (!NetworkUp)
            {
                return StatusCode.StaNotConnected;
            }

            if (s.IsUdp)
            {
                IPAddress remote = address ?? ResolveName(name)?.FirstOrDefault(a => a.AddressFamily == s.Family);
                IPAddress host = remote == null ? null : MapToHost(remote);
                if (host == null)
                {
                    return StatusCode.SocketConnectFailed;
                }

                if (!EnsureUdpHost(s))
                {
                    return StatusCode.SocketBindFailed;
                }

                s.RemoteAddress = remote;
                s.RemotePort = port;
                s.HostRemote = SelfEndPoint(remote, port, true) ?? new IPEndPoint(host, port);
                s.Phase = SocketPhase.Connected;
                return StatusCode.Ok;
            }

            if (s.Phase != SocketPhase.Open)
            {
                return StatusCode.SocketConnectFailed;
            }

            s.Phase = SocketPhase.Connecting;
            AfterStatus(() => StartConnect(s, address, name, port));
            return StatusCode.Ok;
        }

        /// <summary>SOCKBM(sock, group, port): joins a multicast group on the host loopback interface.</summary>
        private ushort SockBindMulticast(CommandContext ctx)
        {
            ctx.RequireCount(3, 3);
            EmulatedSocket s = Find(ctx, 0);
            IPAddress group = ctx.Address(1);
            int port = (int)ctx.Integer(2, 1, 0xFFFF);
            if (!s.IsUdp)
            {
                return StatusCode.SocketInvalidProtocol;
            }

            bool multicast = group.AddressFamily == AddressFamily.InterNetwork ? (group.GetAddressBytes()[0] & 0xF0) == 0xE0 : group.IsIPv6Multicast;
            if (!multicast || group.AddressFamily != s.Family)
            {
                return StatusCode.MulticastError;
            }

            Socket m = null;
            try
            {
                m = NewUdpSocket(s.Family);
                m.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                m.Bind(new IPEndPoint(group, port));
                if (s.IsIPv6)
                {
                    m.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.AddMembership, new IPv6MulticastOption(group, LoopbackInterfaceIndex()));
                }
                else
                {
                    m.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.AddMembership, new MulticastOption(group, IPAddress.Loopback));
                }
            }
            catch (SocketException ex)
            {
                Note("SOCKBM " + s.Id + " " + group + ":" + port + ": " + ex.SocketErrorCode);
                m?.Dispose();
                return StatusCode.MulticastError;
            }

            s.MulticastSockets.Add(m);
            if (s.Phase == SocketPhase.Open)
            {
                s.Phase = SocketPhase.Connected;
            }

            if (s.LocalPort == 0)
            {
                s.LocalPort = port;
            }

            StartDatagramReader(s, m);
            return StatusCode.Ok;
        }

        /// <summary>SOCKTLS(sock, conf): the TCP connection (made or accepted later, or already up) runs TLS with TLSC conf.</summary>
        private ushort SockTls(CommandContext ctx)
        {
            ctx.RequireCount(2, 2);
            EmulatedSocket s = Find(ctx, 0);
            int conf = (int)ctx.Integer(1, 0, 4);
            if (s.IsUdp)
            {
                return StatusCode.SocketInvalidProtocol;
            }

            if (s.TlsPending || (s.Stream is System.Net.Security.SslStream))
            {
                return StatusCode.SocketTlsFailed;
            }

            s.TlsConf = conf;
            if (conf != 0 && s.Phase == SocketPhase.Connected)
            {
                s.TlsPending = true;
                AfterStatus(() => StartTls(s, false));
            }

            return StatusCode.Ok;
        }

        /// <summary>
        /// SOCKWR(sock, length[, seq], data) / SOCKWRTO(sock, address, port, length[, seq], data). The
        /// data goes into the socket's module TX buffer; a full buffer answers SOCKET_NOT_READY and a
        /// sequence number other than the next expected one SOCKET_SEQUENCE_ERROR (nothing is taken).
        /// </summary>
        private ushort SockWrite(CommandContext ctx, bool to)
        {
            int first = to ? 3 : 1;
            ctx.RequireCount(first + 2, first + 3);
            EmulatedSocket s = Find(ctx, 0);
            IPAddress address = null;
            string name = null;
            int port = 0;
            if (to)
            {
                address = ctx.AddressOrName(1, out name);
                port = (int)ctx.Integer(2, 1, 0xFFFF);
            }

            int length = (int)ctx.Integer(first, 0, 0xFFFF);
            int seq = ctx.Count == first + 3 ? (int)ctx.Integer(first + 1, 0, 0xFFFF) : -1;
            byte[] data = ctx.Bytes(ctx.Count - 1, to ? MaxUdpWrite : MaxTcpWrite);
            if (data.Length != length)
            {
                return StatusCode.LengthMismatch;
            }

            if (to && !s.IsUdp)
            {
                return StatusCode.SocketInvalidProtocol;
            }

            if (s.Phase == SocketPhase.Closed || s.Phase == SocketPhase.Failed || s.PeerClosed || s.Phase == SocketPhase.Listening)
            {
                return StatusCode.SocketSendFailed;
            }

            if (s.IsUdp)
            {
                if (!to && s.HostRemote == null)
                {
                    return StatusCode.SocketRemoteNotSet;
                }
            }
            else if (s.Phase != SocketPhase.Connected || s.TlsPending || s.TxChannel == null)
            {
                return s.Phase == SocketPhase.Connecting || s.TlsPending ? StatusCode.SocketNotReady : StatusCode.SocketSendFailed;
            }

            if (_socketWriteFailures > 0)
            {
                _socketWriteFailures--;
                return _socketWriteFailureStatus;
            }

            if (seq >= 0 && seq != s.TxExpectedSeq)
            {
                return StatusCode.SocketSequenceError;
            }

            if (s.IsUdp)
            {
                IPEndPoint destination = s.HostRemote;
                if (to)
                {
                    IPAddress remote = address ?? ResolveName(name)?.FirstOrDefault(a => a.AddressFamily == s.Family);
                    IPAddress host = remote == null ? null : MapToHost(remote);
                    if (host == null || host.AddressFamily != s.Family)
                    {
                        return StatusCode.SocketSendFailed;
                    }

                    destination = SelfEndPoint(remote, port, true) ?? new IPEndPoint(host, port);
                }

                if (!EnsureUdpHost(s))
                {
                    return StatusCode.SocketSendFailed;
                }

                try
                {
                    s.Host.SendTo(data, destination);
                }
                catch (SocketException ex)
                {
                    Note("SOCKWRTO " + s.Id + " to " + destination + ": " + ex.SocketErrorCode);
                    return StatusCode.SocketSendFailed;
                }
            }
            else
            {
                if (s.TxQueued + length > s.Config.GetInteger(5))
                {
                    return StatusCode.SocketNotReady;
                }

                s.TxQueued += length;
                s.TxChannel.Writer.TryWrite(data);
            }

            s.TxExpectedSeq = (ushort)(s.TxExpectedSeq + length);
            return StatusCode.Ok;
        }

        /// <summary>SOCKRD / SOCKRDBUF(sock, mode, length): RSP with the data (mode 3 adds the pending counts).</summary>
        private ushort SockRead(CommandContext ctx, bool partial)
        {
            ctx.RequireCount(3, 3);
            EmulatedSocket s = Find(ctx, 0);
            int mode = (int)ctx.Integer(1, 1, 3);
            int length = (int)ctx.Integer(2, 0, int.MaxValue);
            if (partial && !s.IsUdp)
            {
                return StatusCode.SocketInvalidProtocol;
            }

            var b = new WireMessageBuilder().Integer(s.Id, 2);
            if (!s.IsUdp)
            {
                byte[] data = s.Rx.Take(length);
                Consumed(s, data.Length);
                b.Integer(data.Length, 2);
                if (mode == 3)
                {
                    b.Integer(Math.Min(s.Rx.Count, 0xFFFF), 2);
                }

                ctx.Respond(b.Bytes(data));
                AfterStatus(() => DeliverRx(s));
                return StatusCode.Ok;
            }

            Datagram d = s.Datagrams.Count > 0 ? s.Datagrams.Peek() : null;
            byte[] chunk = Array.Empty<byte>();
            if (d != null)
            {
                int n = Math.Min(length, d.Remaining);
                chunk = d.Data.AsSpan(d.Offset, n).ToArray();
                d.Offset += n;
                if (!partial || d.Remaining == 0)
                {
                    s.Datagrams.Dequeue();
                    s.DatagramAnnounced = false;
                }
            }

            b.Integer(chunk.Length, 2);
            if (mode == 3)
            {
                Datagram next = s.Datagrams.Count > 0 ? s.Datagrams.Peek() : null;
                IPEndPoint source = d?.Source ?? new IPEndPoint(s.IsIPv6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
                b.Integer(next == null ? 0 : Math.Min(next.Remaining, 0xFFFF), 2)
                    .Integer(s.Datagrams.Count, 2)
                    .Address(source.Address)
                    .Integer(source.Port, 2);
            }

            ctx.Respond(b.Bytes(chunk));
            AfterStatus(() => DeliverRx(s));
            return StatusCode.Ok;
        }

        /// <summary>SOCKCL(sock): RSP SOCK_ID; queued TX data is still delivered before the host socket closes.</summary>
        private ushort SockClose(CommandContext ctx)
        {
            ctx.RequireCount(1, 1);
            EmulatedSocket s = Find(ctx, 0);
            _sockets.Remove(s.Id);
            if (s.ModuleListenPort != 0)
            {
                _hostEndPoints.TryRemove((s.ModuleListenPort, s.IsUdp), out _);
            }

            ctx.Respond(new WireMessageBuilder().Integer(s.Id, 2));
            s.Phase = SocketPhase.Closed;
            if (s.TxChannel != null && s.Writer != null)
            {
                s.TxChannel.Writer.TryComplete();
                Task writer = s.Writer;
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await writer.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
                        s.Host?.Shutdown(SocketShutdown.Both);
                    }
                    catch (Exception)
                    {
                        // The peer is gone or the drain timed out; closing is all that is left.
                    }
                    finally
                    {
                        s.Abort();
                    }
                });
            }
            else
            {
                s.Abort();
            }

            return StatusCode.Ok;
        }

        /// <summary>SOCKLST([sock]): RSP SOCK_ID, PROTOCOL, RMT_ADDR, RMT_PORT, LCL_PORT per socket.</summary>
        private ushort SockList(CommandContext ctx)
        {
            ctx.RequireCount(0, 1);
            IEnumerable<EmulatedSocket> list = ctx.Count == 1 ? new[] { Find(ctx, 0) } : _sockets.Values.OrderBy(x => x.Id);
            foreach (EmulatedSocket s in list)
            {
                IPAddress remote = s.RemoteAddress ?? (s.IsIPv6 ? IPAddress.IPv6Any : IPAddress.Any);
                ctx.Respond(new WireMessageBuilder().Integer(s.Id, 2).Integer(s.IsUdp ? 1 : 2, 1).Address(remote).Integer(s.RemotePort, 2).Integer(s.LocalPort, 2));
            }

            return StatusCode.Ok;
        }

        /// <summary>SOCKC([sock[, id[, value]]]): per-socket configuration; ASYNC_* changes release pending data.</summary>
        private ushort SockConfig(CommandContext ctx)
        {
            if (ctx.Count == 0)
            {
                var b = new WireMessageBuilder();
                foreach (ushort id in _sockets.Keys.OrderBy(k => k))
                {
                    b.Integer(id, 2);
                }

                ctx.Respond(b);
                return StatusCode.Ok;
            }

            EmulatedSocket s = Find(ctx, 0);
            return s.Config.Execute(ctx, 1);
        }

        private void OnSocketConfigChanged(EmulatedSocket s, int id)
        {
            if (id == 2 && s.Host != null && !s.IsUdp)
            {
                try
                {
                    s.Host.NoDelay = s.Config.GetBool(2);
                }
                catch (SocketException)
                {
                    // The host socket is already closing; the option no longer matters.
                }
            }

            if (id == 4 || id == 0)
            {
                Volatile.Write(ref s.RxLimit, (int)s.Config.GetInteger(4));
                if (s.RxSpace.CurrentCount == 0)
                {
                    s.RxSpace.Release();
                }
            }

            if (id == 100 || id == 101 || id == 102)
            {
                AfterStatus(() => DeliverRx(s));
            }
        }

        /// <summary>Host address sockets bind to: loopback, or every interface when non-loopback traffic is allowed.</summary>
        private IPAddress BindAddress(AddressFamily family)
        {
            if (_options.AllowNonLoopback)
            {
                return family == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any;
            }

            return family == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : IPAddress.Loopback;
        }

        /// <summary>
        /// A destination that is the module itself (its station or AP address) on a port one of its own
        /// sockets bound: the host endpoint of that socket, so the module reaches itself even when the
        /// listen port is mapped to another host port. Null for any other destination.
        /// </summary>
        private IPEndPoint SelfEndPoint(IPAddress remote, int port, bool udp)
        {
            if (remote == null || !IsModuleAddress(remote) || !_hostEndPoints.TryGetValue((port, udp), out IPEndPoint own))
            {
                return null;
            }

            IPAddress host = own.Address.Equals(IPAddress.Any) ? IPAddress.Loopback : own.Address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback : own.Address;
            return new IPEndPoint(host, own.Port);
        }

        private Socket NewUdpSocket(AddressFamily family)
        {
            var socket = new Socket(family, SocketType.Dgram, ProtocolType.Udp);
            if (family == AddressFamily.InterNetwork)
            {
                socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, IPAddress.Loopback.GetAddressBytes());
                socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastLoopback, true);
            }
            else
            {
                socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.MulticastInterface, LoopbackInterfaceIndex());
                socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.MulticastLoopback, true);
            }

            return socket;
        }

        private static int LoopbackInterfaceIndex()
        {
            foreach (System.Net.NetworkInformation.NetworkInterface nic in System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces())
            {
                if (nic.NetworkInterfaceType == System.Net.NetworkInformation.NetworkInterfaceType.Loopback)
                {
                    return nic.GetIPProperties().GetIPv6Properties()?.Index ?? 1;
                }
            }

            return 1;
        }

        /// <summary>Binds an unbound UDP socket to an ephemeral loopback port and starts reading it.</summary>
        private bool EnsureUdpHost(EmulatedSocket s)
        {
            if (s.Host != null)
            {
                return true;
            }

            try
            {
                s.Host = NewUdpSocket(s.Family);
                s.Host.Bind(new IPEndPoint(BindAddress(s.Family), 0));
                s.LocalPort = ((IPEndPoint)s.Host.LocalEndPoint).Port;
                if (s.Phase == SocketPhase.Open)
                {
                    s.Phase = SocketPhase.Connected;
                }

                StartDatagramReader(s, s.Host);
                return true;
            }
            catch (SocketException ex)
            {
                Note("UDP bind for socket " + s.Id + ": " + ex.SocketErrorCode);
                s.Host?.Dispose();
                s.Host = null;
                return false;
            }
        }

        private void StartConnect(EmulatedSocket s, IPAddress address, string name, int port)
        {
            IPAddress remote = address ?? ResolveName(name)?.FirstOrDefault(a => a.AddressFamily == s.Family);
            IPAddress host = remote == null ? null : MapToHost(remote);
            if (host == null || host.AddressFamily != s.Family)
            {
                Note("SOCKBR " + s.Id + ": " + (name ?? address?.ToString()) + " is not reachable from the emulator");
                ConnectionFailed(s, StatusCode.SocketConnectFailed);
                return;
            }

            s.RemoteAddress = remote;
            s.RemotePort = port;
            int generation = _generation;
            var target = SelfEndPoint(remote, port, false) ?? new IPEndPoint(host, port);
            TimeSpan timeout = _options.TcpConnectTimeout;
            _ = Task.Run(async () =>
            {
                var socket = new Socket(target.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    using var cts = CancellationTokenSource.CreateLinkedTokenSource(s.Cancel.Token);
                    cts.CancelAfter(timeout);
                    await socket.ConnectAsync(target, cts.Token).ConfigureAwait(false);
                    Dispatch(generation, () => Connected(s, socket));
                }
                catch (Exception ex) when (ex is SocketException || ex is OperationCanceledException || ex is ObjectDisposedException)
                {
                    socket.Dispose();
                    Dispatch(generation, () =>
                    {
                        Note("SOCKBR " + s.Id + " to " + target + ": " + ex.Message);
                        ConnectionFailed(s, StatusCode.SocketConnectFailed);
                    });
                }
            });
        }

        private void Connected(EmulatedSocket s, Socket socket)
        {
            if (s.Phase != SocketPhase.Connecting)
            {
                socket.Dispose();
                return;
            }

            s.Host = socket;
            s.Host.NoDelay = s.Config.GetBool(2);
            s.LocalAddress = LocalAddress(s.Family);
            s.LocalPort = ((IPEndPoint)socket.LocalEndPoint).Port;
            s.Phase = SocketPhase.Connected;
            SendAec(AecId.Sockind, new WireMessageBuilder()
                .Integer(s.Id, 2)
                .Address(s.LocalAddress)
                .Integer(s.LocalPort, 2)
                .Address(s.RemoteAddress)
                .Integer(s.RemotePort, 2));
            if (s.TlsConf != 0)
            {
                s.TlsPending = true;
                StartTls(s, false);
            }
            else
            {
                StartStreams(s, new NetworkStream(socket, false));
            }
        }

        /// <summary>SOCKERR then SOCKCL: the socket stays allocated until the host closes it.</summary>
        private void ConnectionFailed(EmulatedSocket s, ushort status)
        {
            if (s.Phase == SocketPhase.Closed)
            {
                return;
            }

            s.Phase = SocketPhase.Failed;
            s.TlsPending = false;
            SendAec(AecId.Sockerr, new WireMessageBuilder().Integer(s.Id, 2).Status(status));
            SendAec(AecId.Sockcl, new WireMessageBuilder().Integer(s.Id, 2));
            s.CloseAnnounced = true;
            try
            {
                s.Host?.Dispose();
            }
            catch (Exception)
            {
                // Already broken.
            }
        }

        private void StartAcceptLoop(EmulatedSocket listener)
        {
            int generation = _generation;
            CancellationToken token = listener.Cancel.Token;
            TcpListener tcp = listener.Listener;
            _ = Task.Run(async () =>
            {
                while (!token.IsCancellationRequested)
                {
                    Socket client;
                    try
                    {
                        client = await tcp.AcceptSocketAsync(token).ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        return;
                    }

                    Dispatch(generation, () => Accepted(listener, client));
                }
            });
        }

        private void Accepted(EmulatedSocket listener, Socket client)
        {
            if (listener.Phase != SocketPhase.Listening)
            {
                client.Dispose();
                return;
            }

            EmulatedSocket s = Allocate(false, listener.IsIPv6);
            if (s == null)
            {
                Note("accept on port " + listener.ModuleListenPort + ": no free socket, connection refused");
                client.Dispose();
                return;
            }

            foreach (int id in new[] { 1, 2, 3, 4, 5, 32, 101, 102 })
            {
                s.Config.Store(id, listener.Config.Get(id));
            }

            s.RxLimit = (int)s.Config.GetInteger(4);

            var peer = (IPEndPoint)client.RemoteEndPoint;
            s.Host = client;
            s.Host.NoDelay = s.Config.GetBool(2);
            s.TlsConf = listener.TlsConf;
            s.LocalAddress = LocalAddress(s.Family);
            s.LocalPort = listener.ModuleListenPort;
            s.RemoteAddress = peer.Address.IsIPv4MappedToIPv6 ? peer.Address.MapToIPv4() : peer.Address;
            s.RemotePort = peer.Port;
            s.Phase = SocketPhase.Connected;
            SendAec(AecId.Sockind, new WireMessageBuilder()
                .Integer(s.Id, 2)
                .Address(s.LocalAddress)
                .Integer(s.LocalPort, 2)
                .Address(s.RemoteAddress)
                .Integer(s.RemotePort, 2));
            if (s.TlsConf != 0)
            {
                s.TlsPending = true;
                StartTls(s, true);
            }
            else
            {
                StartStreams(s, new NetworkStream(client, false));
            }
        }

        /// <summary>Starts the reader and writer tasks of a connected TCP socket over <paramref name="stream"/>.</summary>
        private void StartStreams(EmulatedSocket s, Stream stream)
        {
            s.Stream = stream;
            s.TxChannel = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
            int generation = _generation;
            CancellationToken token = s.Cancel.Token;
            s.Writer = Task.Run(async () =>
            {
                try
                {
                    await foreach (byte[] chunk in s.TxChannel.Reader.ReadAllAsync(token).ConfigureAwait(false))
                    {
                        await stream.WriteAsync(chunk, token).ConfigureAwait(false);
                        await stream.FlushAsync(token).ConfigureAwait(false);
                        int sent = chunk.Length;
                        Dispatch(generation, () => s.TxQueued -= sent);
                    }
                }
                catch (Exception ex) when (!(ex is OutOfMemoryException))
                {
                    Dispatch(generation, () => PeerGone(s, ex));
                }
            });

            _ = Task.Run(async () =>
            {
                var buffer = new byte[4096];
                try
                {
                    while (true)
                    {
                        while (Interlocked.Read(ref s.RxHeld) >= Volatile.Read(ref s.RxLimit))
                        {
                            await s.RxSpace.WaitAsync(100, token).ConfigureAwait(false);
                        }

                        int n = await stream.ReadAsync(buffer, token).ConfigureAwait(false);
                        if (n == 0)
                        {
                            Dispatch(generation, () => PeerGone(s, null));
                            return;
                        }

                        byte[] chunk = buffer.AsSpan(0, n).ToArray();
                        Interlocked.Add(ref s.RxHeld, n);
                        Dispatch(generation, () => Received(s, chunk));
                    }
                }
                catch (Exception ex) when (!(ex is OutOfMemoryException))
                {
                    Dispatch(generation, () => PeerGone(s, ex));
                }
            });
        }

        private void StartDatagramReader(EmulatedSocket s, Socket socket)
        {
            int generation = _generation;
            CancellationToken token = s.Cancel.Token;
            _ = Task.Run(async () =>
            {
                var buffer = new byte[65536];
                EndPoint any = new IPEndPoint(socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
                while (!token.IsCancellationRequested)
                {
                    SocketReceiveFromResult result;
                    try
                    {
                        result = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, token).ConfigureAwait(false);
                    }
                    catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
                    {
                        continue;
                    }
                    catch (Exception)
                    {
                        return;
                    }

                    byte[] data = buffer.AsSpan(0, result.ReceivedBytes).ToArray();
                    var source = (IPEndPoint)result.RemoteEndPoint;
                    Dispatch(generation, () => ReceivedDatagram(s, source, data));
                }
            });
        }

        private void Received(EmulatedSocket s, byte[] chunk)
        {
            if (s.Phase == SocketPhase.Closed)
            {
                return;
            }

            s.Rx.Append(chunk);
            if (s.AsyncMaxFrame == 0)
            {
                SendAec(AecId.Sockrxt, new WireMessageBuilder().Integer(s.Id, 2).Integer(Math.Min(s.Rx.Count, 0xFFFF), 2));
                return;
            }

            DeliverRx(s);
        }

        private void ReceivedDatagram(EmulatedSocket s, IPEndPoint source, byte[] data)
        {
            if (s.Phase == SocketPhase.Closed)
            {
                return;
            }

            if (s.Datagrams.Count >= _options.UdpQueueDepth)
            {
                Note("socket " + s.Id + ": datagram from " + source + " dropped, queue full");
                return;
            }

            IPAddress address = source.Address.IsIPv4MappedToIPv6 ? source.Address.MapToIPv4() : source.Address;
            s.Datagrams.Enqueue(new Datagram(new IPEndPoint(address, source.Port), data));
            DeliverRx(s);
        }

        private void PeerGone(EmulatedSocket s, Exception error)
        {
            if (s.Phase == SocketPhase.Closed || s.PeerClosed)
            {
                return;
            }

            if (error != null && !(error is OperationCanceledException))
            {
                Note("socket " + s.Id + ": " + error.Message);
            }

            s.PeerClosed = true;
            DeliverRx(s);
        }

        /// <summary>Bytes handed to the host MCU: the host reader may continue.</summary>
        private static void Consumed(EmulatedSocket s, int count)
        {
            if (count > 0)
            {
                Interlocked.Add(ref s.RxHeld, -count);
                if (s.RxSpace.CurrentCount == 0)
                {
                    s.RxSpace.Release();
                }
            }
        }

        /// <summary>Pushes what the read mode allows, then announces a peer close once everything was delivered.</summary>
        private void DeliverRx(EmulatedSocket s)
        {
            if (s.Phase == SocketPhase.Closed || !_sockets.ContainsKey(s.Id))
            {
                return;
            }

            long maxFrame = s.AsyncMaxFrame;
            long window = s.AsyncWindow;
            if (s.IsUdp)
            {
                DeliverDatagrams(s, maxFrame, window);
                return;
            }

            if (maxFrame > 0)
            {
                while (s.Rx.Count > 0)
                {
                    int n = (int)Math.Min(s.Rx.Count, maxFrame);
                    if (window > 0)
                    {
                        long credit = window - Outstanding(s);
                        if (credit <= 0)
                        {
                            break;
                        }

                        n = (int)Math.Min(n, credit);
                    }

                    byte[] data = s.Rx.Take(n);
                    Consumed(s, n);
                    var b = new WireMessageBuilder().Integer(s.Id, 2).Integer(n, 2);
                    if (window > 0)
                    {
                        b.Integer(s.RxSeq, 2);
                        s.RxSeq = (ushort)(s.RxSeq + n);
                    }

                    SendAec(AecId.Sockrxt, b.Bytes(data));
                }
            }

            if (s.PeerClosed && s.Rx.Count == 0 && !s.CloseAnnounced)
            {
                s.CloseAnnounced = true;
                SendAec(AecId.Sockcl, new WireMessageBuilder().Integer(s.Id, 2));
            }
        }

        /// <summary>Bytes pushed but not yet acknowledged with ASYNC_NEXT_SN (16-bit wrapping; an acknowledgement ahead of what was sent counts as everything acknowledged).</summary>
        private static int Outstanding(EmulatedSocket s)
        {
            int outstanding = (ushort)(s.RxSeq - s.AsyncNextSn);
            return outstanding > 0x8000 ? 0 : outstanding;
        }

        private void DeliverDatagrams(EmulatedSocket s, long maxFrame, long window)
        {
            if (maxFrame == 0)
            {
                if (s.Datagrams.Count > 0 && !s.DatagramAnnounced)
                {
                    Datagram head = s.Datagrams.Peek();
                    s.DatagramAnnounced = true;
                    SendAec(AecId.Sockrxu, new WireMessageBuilder()
                        .Integer(s.Id, 2)
                        .Address(head.Source.Address)
                        .Integer(head.Source.Port, 2)
                        .Integer(Math.Min(head.Remaining, 0xFFFF), 2)
                        .Integer(s.Datagrams.Count, 2));
                }

                return;
            }

            while (s.Datagrams.Count > 0)
            {
                Datagram d = s.Datagrams.Peek();
                int n = (int)Math.Min(d.Remaining, maxFrame);
                if (window > 0 && window - Outstanding(s) < n)
                {
                    break;
                }

                s.Datagrams.Dequeue();
                if (n < d.Remaining)
                {
                    Note("socket " + s.Id + ": datagram of " + d.Remaining + " bytes truncated to ASYNC_MAX_FRM_SZ " + maxFrame);
                }

                var b = new WireMessageBuilder()
                    .Integer(s.Id, 2)
                    .Address(d.Source.Address)
                    .Integer(d.Source.Port, 2)
                    .Integer(n, 2);
                if (window > 0)
                {
                    b.Integer(s.RxSeq, 2);
                    s.RxSeq = (ushort)(s.RxSeq + n);
                }

                SendAec(AecId.Sockrxu, b.Bytes(d.Data.AsSpan(d.Offset, n)));
            }
        }
    }
}
