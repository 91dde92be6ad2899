// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Sockets;
using Drivers.Wincs02.Tls;

namespace Sys.Wincs.Net
{
    /// <summary>
    /// The SYS_WINCS_NET socket service: <see cref="SockSrvCtrl"/>, <see cref="TcpSockRead(uint, int, byte[])"/>,
    /// <see cref="TcpSockWrite(uint, int, byte[])"/>, <see cref="UdpSockRead(uint, int, byte[])"/> and
    /// <see cref="UdpSockWrite(uint, string, uint, int, byte[])"/>, in the shape of Microchip's Harmony
    /// service so a C application ports line by line, on top of the driver's Berkeley sockets.
    /// </summary>
    /// <remarks>
    /// <para>Nothing blocks. Calls queue work for the module and return; progress (open, resolve,
    /// bind, listen, connect, TLS, data) happens inside <see cref="WincDriver.Tasks"/>, which also
    /// runs the service's own task handler and raises its events. An application therefore needs a
    /// single loop calling <c>driver.Tasks()</c> (or a <see cref="WincsTaskRunner"/>).</para>
    /// <para>Deliberate differences from Harmony (see README): SOCK_UDP_OPEN and IF_CONFIG work;
    /// host names are accepted in <see cref="NetSocket.SockAddr"/>; every socket has its own TLS
    /// context and OPEN_TLS_CTX fails when none is free; failures after the open (resolve, bind,
    /// listen, connect, TLS, send) reach the application as <see cref="NetSockEvent.Error"/> followed
    /// by <see cref="NetSockEvent.Closed"/>; a peer close is reported as
    /// <see cref="NetSockEvent.Disconnected"/> even when the application does not read;
    /// <see cref="UdpSockRead(uint, int, byte[], int, SocketAddress)"/> reports the sender.</para>
    /// <para>All calls lock <see cref="WincDriver.SyncRoot"/>, so they may come from any thread and
    /// from inside callbacks.</para>
    /// </remarks>
    public sealed partial class WincsNetService
    {
        /// <summary>Default listen backlog of a TCP server (<c>SYS_WINCS_NET_NO_OF_CLIENT_SOCKETS</c>).</summary>
        public const int NoOfClientSockets = 2;

        /// <summary>Largest listen backlog (<c>WINC_CMD_PARAM_MAX_SOCKET_PEND_SKTS</c>).</summary>
        public const int MaxBacklog = SocketConstants.SoMaxConn;

        /// <summary>Callback slots (<c>SYS_WINCS_NET_SOCK_SERVICE_CB_MAX</c>): [0] sockets, [1] DHCP server.</summary>
        public const int SockServiceCbMax = 2;

        /// <summary>Longest socket id text of the AT service (<c>SYS_WINCS_NET_SOCK_ID_LEN_MAX</c>).</summary>
        public const int SockIdLenMax = 8;

        /// <summary>Longest address text (<c>SYS_WINCS_NET_SOCK_ADDR_LEN_MAX</c>); host names may be longer.</summary>
        public const int SockAddrLenMax = 32;

        /// <summary>Longest TLS setting text of the AT service (<c>SYS_WINCS_NET_SOCK_TLS_CFG_LEN_MAX</c>).</summary>
        public const int SockTlsCfgLenMax = 64;

        /// <summary>Connection table entries (<c>SYS_WINCS_NET_NUM_CONN_IDS</c>).</summary>
        public const int NumConnIds = 10;

        /// <summary>Receive buffer size the Harmony examples read with (<c>SYS_WINCS_NET_SOCK_RCV_BUF_SIZE</c>).</summary>
        public const int SockRcvBufSize = 2048;

        /// <summary>How long a socket waits for its host name to resolve before ERROR (ResolveFailed), in milliseconds.</summary>
        public const int ResolveTimeoutMs = WincSockets.DnsTimeoutMs + 5000;

        /// <summary>
        /// How long a stream write may stay refused before ERROR (SendFailed), in milliseconds: the driver's
        /// <see cref="WincSockets.DefaultWriteRefusalTimeoutMs"/>. The driver resends writes a full module buffer
        /// refuses for its <see cref="WincSockets.WriteRefusalTimeoutMs"/> and the service fails them when it gives
        /// up; a write the module failed otherwise is resumed every <see cref="SendRetryMs"/> for this long.
        /// </summary>
        public const int SendStallTimeoutMs = WincSockets.DefaultWriteRefusalTimeoutMs;

        /// <summary>Pause before a stream write the module failed (other than by refusing it) is tried again, in milliseconds.</summary>
        public const int SendRetryMs = 5;

        private static readonly object[] s_errors = new object[]
        {
            NetSockError.None, NetSockError.OpenFailed, NetSockError.ResolveFailed, NetSockError.BindFailed,
            NetSockError.ListenFailed, NetSockError.ConnectFailed, NetSockError.TlsFailed, NetSockError.SendFailed,
            NetSockError.ReceiveFailed, NetSockError.SocketError, NetSockError.ConnectionLost,
        };

        private readonly WincDriver _driver;
        private readonly WincSockets _sockets;
        private readonly object _sync;
        private readonly NetSlot[] _slots;
        private readonly SocketAddress _address = new SocketAddress();
        private readonly SocketAddress _peer = new SocketAddress();
        private readonly byte[] _bytes = new byte[16];
        private NetSockCallback _sockCallback;
        private NetDhcpCallback _dhcpCallback;
        private long _now;

        /// <summary>
        /// Creates the service with its own socket layer (10 sockets) and TLS contexts (4); the driver's
        /// network service (IF_CONFIG, DHCP server) is created at its first use.
        /// </summary>
        /// <param name="driver">The driver.</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The driver has no free handler slot.</exception>
        public WincsNetService(WincDriver driver)
            : this(driver, null, null, null)
        {
        }

        /// <summary>Creates the service on an existing socket layer, whose event callback it takes over.</summary>
        /// <param name="driver">The driver.</param>
        /// <param name="sockets">The driver's socket layer, or null to create one.</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The driver has no free handler slot.</exception>
        public WincsNetService(WincDriver driver, WincSockets sockets)
            : this(driver, sockets, null, null)
        {
        }

        /// <summary>
        /// Creates the service sharing the driver services an application already has (e.g. the Wi-Fi
        /// service's <see cref="WincNet"/>), so no handler slot is used twice.
        /// </summary>
        /// <param name="driver">The driver.</param>
        /// <param name="sockets">The socket layer, or null to create one.</param>
        /// <param name="net">The network service, or null to create one when IF_CONFIG or the DHCP server is first used.</param>
        /// <param name="tls">The TLS context service, or null to create one with the module's 4 contexts.</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The driver has no free handler slot.</exception>
        public WincsNetService(WincDriver driver, WincSockets sockets, WincNet net, WincTls tls)
        {
            if (driver == null)
            {
                throw new ArgumentNullException();
            }

            _driver = driver;
            _sockets = sockets != null ? sockets : new WincSockets(driver);
            _net = net;
            _sync = driver.SyncRoot;
            _slots = new NetSlot[_sockets.SocketCount];
            for (int i = 0; i < _slots.Length; i++)
            {
                _slots[i] = new NetSlot(i);
            }

            InitializeTls(tls);
            _sockets.RegisterEventCallback(OnSocketEvent, this);
            if (!driver.AddTaskHandler(OnTask))
            {
                throw new InvalidOperationException();
            }
        }

        /// <summary>Gets the driver.</summary>
        public WincDriver Driver => _driver;

        /// <summary>Gets the driver's socket layer the service runs on.</summary>
        public WincSockets Sockets => _sockets;

        /// <summary>Gets the number of exceptions thrown by application callbacks and swallowed.</summary>
        public int CallbackExceptions { get; private set; }

        /// <summary>
        /// Runs a service request (<c>SYS_WINCS_NET_SockSrvCtrl</c>); see <see cref="NetSockService"/>
        /// for the argument of each request.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="netHandle">Its argument.</param>
        /// <returns>
        /// Pass when done or queued; Busy when the driver has no free request (try again); Fail for a
        /// bad argument, a driver that is not ready, no free socket or TLS context.
        /// </returns>
        public WincsResult SockSrvCtrl(NetSockService request, object netHandle)
        {
            lock (_sync)
            {
                switch (request)
                {
                    case NetSockService.SockTcpOpen:
                        return Open(netHandle as NetSocket, false, null);

                    case NetSockService.SockUdpOpen:
                        return Open(netHandle as NetSocket, true, null);

                    case NetSockService.SockClose:
                        return Close(netHandle);

                    case NetSockService.SockSetCallback:
                        if (netHandle != null && !(netHandle is NetSockCallback))
                        {
                            return WincsResult.Fail;
                        }

                        _sockCallback = (NetSockCallback)netHandle;
                        return WincsResult.Pass;

                    case NetSockService.SockSetSrvcCallback:
                        if (netHandle != null && !(netHandle is NetDhcpCallback))
                        {
                            return WincsResult.Fail;
                        }

                        _dhcpCallback = (NetDhcpCallback)netHandle;
                        return WincsResult.Pass;

                    case NetSockService.SockGetCallback:
                        {
                            object[] slots = netHandle as object[];
                            if (slots == null || slots.Length < SockServiceCbMax)
                            {
                                return WincsResult.Fail;
                            }

                            slots[0] = _sockCallback;
                            slots[1] = _dhcpCallback;
                            return WincsResult.Pass;
                        }

                    case NetSockService.OpenTlsCtx:
                        return OpenTlsContext(netHandle);

                    case NetSockService.GetTlsCtxHandle:
                        {
                            int[] handle = netHandle as int[];
                            if (handle == null || handle.Length < 1)
                            {
                                return WincsResult.Fail;
                            }

                            handle[0] = _currentTls;
                            return WincsResult.Pass;
                        }

                    case NetSockService.CloseTlsCtx:
                        return CloseTlsContext(netHandle);

                    case NetSockService.TlsConfig:
                        return ConfigureTls(netHandle as NetTlsSocParams);

                    case NetSockService.IfConfig:
                        return ConfigureInterface(netHandle as NetIfConfig);

                    case NetSockService.DhcpServerEnable:
                        return EnableDhcpServer(netHandle as string[]);

                    case NetSockService.DhcpServerDisable:
                        return DisableDhcpServer();
                }

                return WincsResult.Fail;
            }
        }

        /// <summary>Reads stream data (<c>SYS_WINCS_NET_TcpSockRead</c>).</summary>
        /// <param name="socket">The socket.</param>
        /// <param name="length">Bytes wanted; more than the buffer holds reads what fits (a C array of 64 read with SYS_WINCS_NET_SOCK_RCV_BUF_SIZE cannot overflow here).</param>
        /// <param name="buffer">Receives the data.</param>
        /// <returns>
        /// The number of bytes (&gt; 0); 0 when the peer closed and everything was read (the service then
        /// closes the socket and raises DISCONNECTED), or when <paramref name="length"/> is 0; -1 when
        /// no data is there (silently), or after a failure, which raises ERROR and closes the socket.
        /// </returns>
        public int TcpSockRead(uint socket, int length, byte[] buffer)
        {
            return Read(socket, length, buffer, 0, null);
        }

        /// <summary>Reads stream data into a part of a buffer.</summary>
        /// <param name="socket">The socket.</param>
        /// <param name="length">Bytes wanted (clipped to the room after <paramref name="offset"/>).</param>
        /// <param name="buffer">Receives the data.</param>
        /// <param name="offset">First byte to write.</param>
        /// <returns>As <see cref="TcpSockRead(uint, int, byte[])"/>.</returns>
        public int TcpSockRead(uint socket, int length, byte[] buffer, int offset)
        {
            return Read(socket, length, buffer, offset, null);
        }

        /// <summary>Reads one datagram (<c>SYS_WINCS_NET_UdpSockRead</c>); the part beyond <paramref name="length"/> is discarded.</summary>
        /// <param name="socket">The socket.</param>
        /// <param name="length">Room.</param>
        /// <param name="buffer">Receives the data.</param>
        /// <returns>The datagram length (0 for an empty datagram), or -1 when none is there (silently) or after a failure (ERROR).</returns>
        public int UdpSockRead(uint socket, int length, byte[] buffer)
        {
            return Read(socket, length, buffer, 0, null);
        }

        /// <summary>Reads one datagram and tells who sent it (Harmony's UdpSockRead cannot).</summary>
        /// <param name="socket">The socket.</param>
        /// <param name="length">Room (clipped to the buffer).</param>
        /// <param name="buffer">Receives the data.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="from">Receives the sender's address and port, or null.</param>
        /// <returns>As <see cref="UdpSockRead(uint, int, byte[])"/>.</returns>
        public int UdpSockRead(uint socket, int length, byte[] buffer, int offset, SocketAddress from)
        {
            return Read(socket, length, buffer, offset, from);
        }

        /// <summary>Queues stream data (<c>SYS_WINCS_NET_TcpSockWrite</c>): all of it or nothing.</summary>
        /// <param name="socket">The socket.</param>
        /// <param name="length">Number of bytes.</param>
        /// <param name="buffer">The data.</param>
        /// <returns>
        /// Pass when queued (SEND_COMPLETE follows when the module took it); Busy when the send ring
        /// has no room for all of it now (retry after SEND_COMPLETE); Fail for an unknown or
        /// unconnected socket or a bad argument.
        /// </returns>
        public WincsResult TcpSockWrite(uint socket, int length, byte[] buffer)
        {
            return Write(socket, length, buffer, 0, null, 0);
        }

        /// <summary>Queues stream data from a part of a buffer.</summary>
        /// <param name="socket">The socket.</param>
        /// <param name="length">Number of bytes.</param>
        /// <param name="buffer">The data.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>As <see cref="TcpSockWrite(uint, int, byte[])"/>.</returns>
        public WincsResult TcpSockWrite(uint socket, int length, byte[] buffer, int offset)
        {
            return Write(socket, length, buffer, offset, null, 0);
        }

        /// <summary>Sends a datagram (<c>SYS_WINCS_NET_UdpSockWrite</c>).</summary>
        /// <param name="socket">The socket.</param>
        /// <param name="address">Destination, an IPv4 or IPv6 literal (a multicast group too).</param>
        /// <param name="port">Destination port.</param>
        /// <param name="length">Number of bytes (at most 1472, 1452 over IPv6).</param>
        /// <param name="buffer">The data.</param>
        /// <returns>Pass when queued; Busy when the datagram queue is full; Fail for a bad address, size or socket.</returns>
        public WincsResult UdpSockWrite(uint socket, string address, uint port, int length, byte[] buffer)
        {
            return Write(socket, length, buffer, 0, address, port);
        }

        /// <summary>Sends a datagram from a part of a buffer.</summary>
        /// <param name="socket">The socket.</param>
        /// <param name="address">Destination literal.</param>
        /// <param name="port">Destination port.</param>
        /// <param name="length">Number of bytes.</param>
        /// <param name="buffer">The data.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>As <see cref="UdpSockWrite(uint, string, uint, int, byte[])"/>.</returns>
        public WincsResult UdpSockWrite(uint socket, string address, uint port, int length, byte[] buffer, int offset)
        {
            return Write(socket, length, buffer, offset, address, port);
        }

        /// <summary>
        /// Bytes written to a socket that the module has not taken yet (nanoWincs; Harmony has no such
        /// call). Closing a socket discards them, so to have the last bytes delivered, close once this is 0
        /// (SEND_COMPLETE says when to look again).
        /// </summary>
        /// <param name="socket">The socket.</param>
        /// <returns>The byte count; -1 for an unknown socket.</returns>
        public int SockTxPending(uint socket)
        {
            lock (_sync)
            {
                NetSlot slot = Find(socket);
                return slot == null ? -1 : _sockets.GetSendPending(slot.Fd);
            }
        }

        /// <summary>Tells whether a socket is connected (TCP, after TLS for TLS sockets) or ready (UDP).</summary>
        /// <param name="socket">The socket.</param>
        /// <returns>True when data can flow.</returns>
        public bool IsConnected(uint socket)
        {
            lock (_sync)
            {
                NetSlot slot = Find(socket);
                return slot != null && slot.State == NetSlotState.Connected;
            }
        }

        /// <summary>Tells whether a TCP server socket is listening.</summary>
        /// <param name="socket">The socket.</param>
        /// <returns>True once the module accepted the listen.</returns>
        public bool IsListening(uint socket)
        {
            lock (_sync)
            {
                NetSlot slot = Find(socket);
                return slot != null && slot.State == NetSlotState.Listening;
            }
        }

        // ---------------------------------------------------------------------------------------
        // open, close, read, write

        private WincsResult Open(NetSocket config, bool udpRequest, INetSockSink sink)
        {
            if (config == null)
            {
                return WincsResult.Fail;
            }

            NetSockType type = config.SockType;
            if (udpRequest)
            {
                // SOCK_UDP_OPEN is UDP by definition; an unset type is accepted, TCP is a contradiction
                if (type == NetSockType.Tcp)
                {
                    return WincsResult.Fail;
                }

                type = NetSockType.Udp;
            }
            else if (type != NetSockType.Tcp && type != NetSockType.Udp)
            {
                return WincsResult.Fail;
            }

            bool stream = type == NetSockType.Tcp;
            int family;
            if (config.IpType == (int)NetIpType.Ipv4)
            {
                family = SocketConstants.AfInet;
            }
            else if (config.IpType == (int)NetIpType.Ipv6Local)
            {
                family = SocketConstants.AfInet6;
            }
            else
            {
                return WincsResult.Fail;
            }

            if (config.TlsEnable && !stream)
            {
                return WincsResult.Fail;
            }

            BindType bind = config.BindType;
            int port = config.SockPort;
            string host = null;
            _address.Clear();
            switch (bind)
            {
                case BindType.Remote:
                    if (port < 1 || port > 0xFFFF || config.SockAddr == null || config.SockAddr.Length == 0)
                    {
                        return WincsResult.Fail;
                    }

                    if (SocketAddress.InetPton(family, config.SockAddr, _bytes, 0) == 1)
                    {
                        _address.Set(family, _bytes, 0, port);
                    }
                    else if (IsHostName(config.SockAddr))
                    {
                        host = config.SockAddr;
                    }
                    else
                    {
                        // an address of the other IP version, or garbage
                        return WincsResult.Fail;
                    }

                    break;

                case BindType.Local:
                    if (port < 1 || port > 0xFFFF)
                    {
                        return WincsResult.Fail;
                    }

                    if (config.SockAddr != null && config.SockAddr.Length > 0)
                    {
                        if (SocketAddress.InetPton(family, config.SockAddr, _bytes, 0) != 1)
                        {
                            return WincsResult.Fail;
                        }

                        _address.Set(family, _bytes, 0, port);
                    }

                    break;

                case BindType.Mcast:
                    if (stream || port < 1 || port > 0xFFFF || SocketAddress.InetPton(family, config.SockAddr, _bytes, 0) != 1
                        || !IsMulticast(family, _bytes))
                    {
                        return WincsResult.Fail;
                    }

                    _address.Set(family, _bytes, 0, port);
                    break;

                case BindType.None:
                    if (stream)
                    {
                        return WincsResult.Fail;
                    }

                    break;

                default:
                    return WincsResult.Fail;
            }

            int tlsContext = 0;
            if (config.TlsEnable)
            {
                tlsContext = config.TlsContext != 0 ? config.TlsContext : _currentTls;
                if (!IsTlsContextOpen(tlsContext))
                {
                    return WincsResult.Fail;
                }
            }

            int backlog = config.Backlog == 0 ? NoOfClientSockets : config.Backlog;
            if (backlog < 1 || backlog > MaxBacklog)
            {
                return WincsResult.Fail;
            }

            int fd = _sockets.Socket(family, stream ? SocketConstants.SockStream : SocketConstants.SockDgram, config.TlsEnable ? SocketConstants.IpProtoTls : 0);
            if (fd < 0)
            {
                return _sockets.Errno == SocketErrno.ENoMem ? WincsResult.Busy : WincsResult.Fail;
            }

            NetSlot slot = _slots[fd];
            slot.Take();
            slot.Config = config;
            slot.Sink = sink;
            slot.Bind = bind;
            slot.Stream = stream;
            slot.Tls = config.TlsEnable;
            slot.TlsContext = tlsContext;
            slot.Family = family;
            slot.Backlog = backlog;
            slot.Host = host;
            if (bind == BindType.Remote)
            {
                if (host == null)
                {
                    slot.Remote.CopyFrom(_address);
                }
                else
                {
                    slot.Remote.Family = family;
                    slot.Remote.Port = port;
                }
            }
            else if (bind == BindType.Mcast)
            {
                slot.Remote.CopyFrom(_address);
                slot.Local.Family = family;
                slot.Local.Port = port;
            }
            else if (bind == BindType.Local)
            {
                if (_address.Family == SocketConstants.AfUnspec)
                {
                    slot.Local.Family = family;
                }
                else
                {
                    slot.Local.CopyFrom(_address);
                }

                slot.Local.Port = port;
            }

            config.SockId = (uint)fd;
            return WincsResult.Pass;
        }

        private WincsResult Close(object netHandle)
        {
            int fd;
            if (netHandle is uint)
            {
                fd = (int)(uint)netHandle;
            }
            else if (netHandle is int)
            {
                fd = (int)netHandle;
            }
            else if (netHandle is NetSocket)
            {
                fd = (int)((NetSocket)netHandle).SockId;
            }
            else
            {
                return WincsResult.Fail;
            }

            NetSlot slot = Find((uint)fd);
            if (slot != null && !slot.CloseRequested)
            {
                slot.CloseRequested = true;
                Shutdown(slot);
            }

            // as Harmony: closing a socket that is already gone is not an error
            return WincsResult.Pass;
        }

        private int Read(uint socket, int length, byte[] buffer, int offset, SocketAddress from)
        {
            lock (_sync)
            {
                NetSlot slot = Find(socket);
                if (slot == null || buffer == null || offset < 0 || offset > buffer.Length)
                {
                    return -1;
                }

                if (length > buffer.Length - offset)
                {
                    length = buffer.Length - offset;
                }

                if (length <= 0)
                {
                    return 0;
                }

                int n = _sockets.RecvFrom(slot.Fd, buffer, offset, length, 0, from);
                if (n > 0)
                {
                    if ((_sockets.Poll(slot.Fd, SocketConstants.PollIn) & SocketConstants.PollIn) != 0)
                    {
                        // keep READ coming while the application keeps reading
                        slot.ReadAgain = true;
                    }

                    return n;
                }

                if (n == 0)
                {
                    if (!slot.Stream)
                    {
                        return 0;
                    }

                    if (!slot.PeerClosed && slot.State != NetSlotState.Connected)
                    {
                        // the driver says 0 for a stream that is not connected yet: nothing to read
                        return -1;
                    }

                    ReportDisconnect(slot);
                    return 0;
                }

                int errno = _sockets.Errno;
                if (errno == SocketErrno.EWouldBlock || errno == SocketErrno.ENotSock)
                {
                    return -1;
                }

                Fail(slot, NetSockError.ReceiveFailed, true);
                return -1;
            }
        }

        private WincsResult Write(uint socket, int length, byte[] buffer, int offset, string address, uint port)
        {
            lock (_sync)
            {
                NetSlot slot = Find(socket);
                if (slot == null || buffer == null || length < 0 || offset < 0 || offset > buffer.Length || length > buffer.Length - offset)
                {
                    return WincsResult.Fail;
                }

                SocketAddress destination = null;
                if (address != null)
                {
                    if (slot.Stream || port < 1 || port > 0xFFFF)
                    {
                        return WincsResult.Fail;
                    }

                    if (SocketAddress.InetPton(SocketConstants.AfInet, address, _bytes, 0) == 1)
                    {
                        _address.Set(SocketConstants.AfInet, _bytes, 0, (int)port);
                    }
                    else if (SocketAddress.InetPton(SocketConstants.AfInet6, address, _bytes, 0) == 1)
                    {
                        _address.Set(SocketConstants.AfInet6, _bytes, 0, (int)port);
                    }
                    else
                    {
                        return WincsResult.Fail;
                    }

                    destination = _address;
                }

                if (length == 0)
                {
                    return WincsResult.Pass;
                }

                if (_sockets.SendTo(slot.Fd, buffer, offset, length, 0, destination) == length)
                {
                    return WincsResult.Pass;
                }

                return _sockets.Errno == SocketErrno.EWouldBlock ? WincsResult.Busy : WincsResult.Fail;
            }
        }

        // ---------------------------------------------------------------------------------------
        // helpers

        private NetSlot Find(uint socket)
        {
            if (socket >= (uint)_slots.Length)
            {
                return null;
            }

            NetSlot slot = _slots[(int)socket];
            return slot.InUse ? slot : null;
        }

        private static bool IsMulticast(int family, byte[] address)
        {
            return family == SocketConstants.AfInet ? (address[0] & 0xF0) == 224 : address[0] == 0xFF;
        }

        // Letters, digits, '-' and '.', at least one letter, within the DNS limit: what DNSRESOLV can take.
        private static bool IsHostName(string text)
        {
            if (text.Length > 253)
            {
                return false;
            }

            bool letter = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                {
                    letter = true;
                }
                else if (!((c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'))
                {
                    return false;
                }
            }

            return letter;
        }
    }
}
