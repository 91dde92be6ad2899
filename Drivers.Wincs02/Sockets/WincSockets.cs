// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Sockets
{
    /// <summary>
    /// The Berkeley socket API of the WINCS02 driver (<c>winc_socket.c</c>): asynchronous only,
    /// nothing blocks. Completion is reported through the <see cref="SocketEventHandler"/>
    /// (<see cref="SocketEvent.Open"/> after <see cref="Socket"/>, <see cref="SocketEvent.Connect"/>
    /// after <see cref="Connect"/>...). Calls return -1 with <see cref="Errno"/> set on failure.
    /// </summary>
    /// <remarks>
    /// <para>Receive uses the acknowledged async mode: the module pushes data (SOCKRXT/SOCKRXU) into a
    /// preallocated ring, and every Recv returns credit with SOCKC ASYNC_NEXT_SN (the running count
    /// of bytes consumed), so the module never sends more than the ring holds.</para>
    /// <para>Send copies into a preallocated ring (all or nothing) and writes chunks of at most
    /// 1460/1440 (TCP) or one datagram (UDP) with SOCKWR/SOCKWRTO carrying the sequence number of
    /// their first byte. A TCP socket keeps up to <see cref="WriteWindow"/> writes in flight with
    /// consecutive sequence numbers (so the transport packs them into one mailbox); while some are in
    /// flight a short tail waits for more data until the end of the task round. SOCKET_NOT_READY or
    /// SOCKET_SEQUENCE_ERROR resend everything from the first refused byte (after a growing pause and
    /// with a halved window for NOT_READY); UDP keeps one datagram in flight.</para>
    /// <para>Descriptors are 0..socketCount-1. <see cref="Errno"/> is per instance, not per thread.
    /// Every call locks <see cref="WincDriver.SyncRoot"/>.</para>
    /// </remarks>
    public sealed class WincSockets
    {
        /// <summary>Socket contexts by default (<c>WINC_SOCK_NUM_SOCKETS</c>).</summary>
        public const int DefaultSocketCount = 10;

        /// <summary>Receive ring per socket by default: two full frames; it is also the credit window announced to the module.</summary>
        public const int DefaultReceiveBufferSize = 2 * 1472;

        /// <summary>Send ring per socket by default.</summary>
        public const int DefaultSendBufferSize = 2 * 1472;

        /// <summary>Datagrams a UDP socket queues in each direction (<c>WINC_SOCK_BUF_RX/TX_PKT_BUF_NUM</c>).</summary>
        public const int DatagramSlots = 5;

        /// <summary>Largest TCP write over IPv4.</summary>
        public const int MaxTcpIpv4Payload = 1460;

        /// <summary>Largest TCP write over IPv6.</summary>
        public const int MaxTcpIpv6Payload = 1440;

        /// <summary>Largest UDP datagram over IPv4.</summary>
        public const int MaxUdpIpv4Payload = 1472;

        /// <summary>Largest UDP datagram over IPv6.</summary>
        public const int MaxUdpIpv6Payload = 1452;

        /// <summary>Async frame limit announced for TCP sockets (3 × 512 − 38).</summary>
        public const int TcpMaxFrameSize = (3 * 512) - 38;

        /// <summary>Async frame limit announced for UDP/IPv4 sockets (3 × 512 − 46).</summary>
        public const int UdpIpv4MaxFrameSize = (3 * 512) - 46;

        /// <summary>Async frame limit announced for UDP/IPv6 sockets (3 × 512 − 58).</summary>
        public const int UdpIpv6MaxFrameSize = (3 * 512) - 58;

        /// <summary>
        /// Default of <see cref="WriteRefusalTimeoutMs"/>: how long, in milliseconds, the module may keep refusing a
        /// write (SOCKET_NOT_READY, SOCKET_SEQUENCE_ERROR) before it is reported failed. Equal to
        /// <see cref="WincDriver.DefaultRequestTimeoutMs"/>, the time the module has to answer at all.
        /// </summary>
        public const int DefaultWriteRefusalTimeoutMs = 5000;

        /// <summary>Longest <see cref="WriteRefusalTimeoutMs"/>, in milliseconds (10 minutes).</summary>
        public const int MaxWriteRefusalTimeoutMs = 600000;

        /// <summary>Most SOCKWR a TCP socket can keep in flight (the upper bound of <see cref="WriteWindow"/>; one mailbox carries up to 16 commands).</summary>
        public const int MaxWriteWindow = 16;

        /// <summary>SOCKWR a TCP socket keeps in flight by default.</summary>
        public const int DefaultWriteWindow = 8;

        /// <summary>Requests a socket leaves free in the driver's pool when it starts a write beyond its first one in flight.</summary>
        public const int WriteRequestReserve = 2;

        /// <summary>Wait before the first resend after SOCKET_NOT_READY, in milliseconds; it doubles while the module stays full.</summary>
        public const int MinRetryDelayMs = 2;

        /// <summary>Longest wait before a resend after SOCKET_NOT_READY, in milliseconds.</summary>
        public const int MaxRetryDelayMs = 100;

        /// <summary>How long a getaddrinfo lookup may take before it fails with ETIMEDOUT, in milliseconds.</summary>
        public const int DnsTimeoutMs = 10000;

        private const int ModeAcked = 2;
        private const int ModeSimple = 1;

        private readonly WincDriver _driver;
        private readonly object _sync;
        private readonly SocketContext[] _sockets;
        private readonly RequestEventHandler _requestHandler;
        private readonly RequestEventHandler _dnsHandler;
        private readonly SocketRxIndication _rx = new SocketRxIndication();
        private readonly byte[] _scratch = new byte[MaxUdpIpv4Payload];
        private readonly byte[] _address1 = new byte[16];
        private readonly byte[] _address2 = new byte[16];
        private readonly SocketAddress _endpoint = new SocketAddress();
        private readonly AddrInfo _dnsResults = new AddrInfo();
        private SocketEventHandler _handler;
        private object _handlerContext;
        private int _writeWindow = DefaultWriteWindow;
        private int _writeRefusalTimeoutMs = DefaultWriteRefusalTimeoutMs;
        private bool _dnsActive;
        private bool _dnsFailed;
        private string _dnsHost;
        private int _dnsPort;
        private int _dnsSocketType;
        private int _dnsStatus;
        private long _dnsDeadline;

        /// <summary>Creates the socket layer with the default sizes (10 sockets, 2944-byte rings).</summary>
        /// <param name="driver">The driver.</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The driver has no free AEC, system-event or task handler slot.</exception>
        public WincSockets(WincDriver driver)
            : this(driver, DefaultSocketCount, DefaultReceiveBufferSize, DefaultSendBufferSize)
        {
        }

        /// <summary>Creates the socket layer; every buffer is allocated here, none later.</summary>
        /// <param name="driver">The driver.</param>
        /// <param name="socketCount">Socket contexts (1..10 is what the module supports).</param>
        /// <param name="receiveBufferSize">Receive ring per socket (at least one async frame, 1498 bytes; at most 65535).</param>
        /// <param name="sendBufferSize">Send ring per socket (at least 1472 bytes).</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
        /// <exception cref="InvalidOperationException">The driver has no free AEC, system-event or task handler slot.</exception>
        public WincSockets(WincDriver driver, int socketCount, int receiveBufferSize, int sendBufferSize)
        {
            if (driver == null)
            {
                throw new ArgumentNullException();
            }

            if (socketCount < 1 || socketCount > 64 || receiveBufferSize < TcpMaxFrameSize || receiveBufferSize > 0xFFFF
                || sendBufferSize < MaxUdpIpv4Payload || sendBufferSize > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException();
            }

            _driver = driver;
            _sync = driver.SyncRoot;
            _sockets = new SocketContext[socketCount];
            for (int i = 0; i < socketCount; i++)
            {
                _sockets[i] = new SocketContext(i, receiveBufferSize, sendBufferSize, DatagramSlots, MaxWriteWindow);
            }

            _requestHandler = OnSocketRequest;
            _dnsHandler = OnDnsRequest;
            driver.AttachFeature(OnAec, OnSystemEvent, OnTask);
        }

        /// <summary>Gets the error of the last failed call (<see cref="SocketErrno"/>).</summary>
        public int Errno { get; private set; }

        /// <summary>Gets the number of socket descriptors.</summary>
        public int SocketCount => _sockets.Length;

        /// <summary>Gets the number of received bytes dropped because a ring or datagram queue was full.</summary>
        public int DroppedBytes { get; private set; }

        /// <summary>Gets the number of socket AECs for module socket ids no descriptor knows.</summary>
        public int UnknownSocketAecs { get; private set; }

        /// <summary>Gets the number of writes the module refused with SOCKET_NOT_READY or SOCKET_SEQUENCE_ERROR (each is sent again).</summary>
        public int ResentWrites { get; private set; }

        /// <summary>
        /// Gets or sets how many SOCKWR a TCP socket keeps in flight (1..<see cref="MaxWriteWindow"/>, default
        /// <see cref="DefaultWriteWindow"/>). Writes queued together share one mailbox and their answers come back
        /// together, so a wider window moves more payload per bus byte; it needs a send ring of that many chunks and
        /// requests in the driver's pool (<see cref="WriteRequestReserve"/> stay free). UDP sockets keep one datagram in flight.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..<see cref="MaxWriteWindow"/>.</exception>
        public int WriteWindow
        {
            get
            {
                return _writeWindow;
            }

            set
            {
                if (value < 1 || value > MaxWriteWindow)
                {
                    throw new ArgumentOutOfRangeException();
                }

                lock (_sync)
                {
                    _writeWindow = value;
                }
            }
        }

        /// <summary>
        /// Gets or sets how long a write may stay refused, in milliseconds (1..<see cref="MaxWriteRefusalTimeoutMs"/>,
        /// default <see cref="DefaultWriteRefusalTimeoutMs"/>). A module whose send buffer is full answers
        /// SOCKET_NOT_READY; the write is resent, after pauses growing from <see cref="MinRetryDelayMs"/> to
        /// <see cref="MaxRetryDelayMs"/>, for as long as this budget lasts, measured on the driver's clock from the first
        /// refusal (an OK starts it again). Only then is the write reported failed: <see cref="SocketEvent.Send"/> with
        /// <see cref="SocketStatus.Error"/> and <see cref="GetSocketError"/> = <see cref="SocketErrno.ETimedOut"/>; a
        /// stream keeps its data until the application sends again.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..<see cref="MaxWriteRefusalTimeoutMs"/>.</exception>
        public int WriteRefusalTimeoutMs
        {
            get
            {
                return _writeRefusalTimeoutMs;
            }

            set
            {
                if (value < 1 || value > MaxWriteRefusalTimeoutMs)
                {
                    throw new ArgumentOutOfRangeException();
                }

                lock (_sync)
                {
                    _writeRefusalTimeoutMs = value;
                }
            }
        }

        /// <summary>Sets the socket event callback (<c>WDRV_WINC_SocketRegisterEventCallback</c>); null clears it.</summary>
        /// <param name="handler">The callback.</param>
        /// <param name="context">Passed back through <see cref="EventContext"/>.</param>
        public void RegisterEventCallback(SocketEventHandler handler, object context)
        {
            lock (_sync)
            {
                _handler = handler;
                _handlerContext = context;
            }
        }

        /// <summary>Gets the context given to <see cref="RegisterEventCallback"/>.</summary>
        public object EventContext => _handlerContext;

        /// <summary>
        /// Creates a socket (<c>socket</c>): sends SOCKO and returns a descriptor at once; the socket
        /// is usable after <see cref="SocketEvent.Open"/>.
        /// </summary>
        /// <param name="domain">AF_INET or AF_INET6.</param>
        /// <param name="type">SOCK_STREAM or SOCK_DGRAM.</param>
        /// <param name="protocol">0, IPPROTO_TCP or IPPROTO_TLS for streams; 0 or IPPROTO_UDP for datagrams.</param>
        /// <returns>The descriptor, or -1 (EAFNOSUPPORT, EPROTONOSUPPORT, EINVAL, EFAULT when the driver is not ready, ENFILE, ENOMEM, EBADMSG).</returns>
        public int Socket(int domain, int type, int protocol)
        {
            lock (_sync)
            {
                if (domain != SocketConstants.AfInet && domain != SocketConstants.AfInet6)
                {
                    return Fail(SocketErrno.EAfNoSupport);
                }

                SocketProtocol moduleProtocol;
                if (type == SocketConstants.SockStream)
                {
                    if (protocol == 0)
                    {
                        protocol = SocketConstants.IpProtoTcp;
                    }

                    if (protocol != SocketConstants.IpProtoTcp && protocol != SocketConstants.IpProtoTls)
                    {
                        return Fail(SocketErrno.EProtoNoSupport);
                    }

                    moduleProtocol = SocketProtocol.Tcp;
                }
                else if (type == SocketConstants.SockDgram)
                {
                    if (protocol == 0)
                    {
                        protocol = SocketConstants.IpProtoUdp;
                    }

                    if (protocol != SocketConstants.IpProtoUdp)
                    {
                        return Fail(SocketErrno.EProtoNoSupport);
                    }

                    moduleProtocol = SocketProtocol.Udp;
                }
                else
                {
                    return Fail(SocketErrno.EInval);
                }

                if (!_driver.IsReady)
                {
                    return Fail(SocketErrno.EFault);
                }

                SocketContext ctx = FindFree();
                if (ctx == null)
                {
                    return Fail(SocketErrno.ENFile);
                }

                WincRequest r = Allocate(ctx);
                if (r == null)
                {
                    return -1;
                }

                WincCommands.Socko(r.Writer, moduleProtocol, domain);
                if (!Submit(r))
                {
                    return -1;
                }

                ctx.InUse = true;
                ctx.Type = type;
                ctx.Protocol = protocol;
                ctx.Domain = domain;
                ctx.ReadMode = ModeAcked;
                return ctx.Index;
            }
        }

        /// <summary>
        /// Binds a local endpoint (<c>bind</c>). A UDP socket is bound at once (SOCKBL, then
        /// <see cref="SocketEvent.Listen"/>); a TCP socket only stores it for <see cref="Listen"/>.
        /// </summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="address">Local endpoint (any address, a port).</param>
        /// <returns>0, or -1 (EBADF, EFAULT, EAFNOSUPPORT, EAGAIN before OPEN, ENOMEM, EBADMSG).</returns>
        public int Bind(int fd, SocketAddress address)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                if (address == null)
                {
                    return Fail(SocketErrno.EFault);
                }

                if (address.Family != SocketConstants.AfInet && address.Family != SocketConstants.AfInet6)
                {
                    return Fail(SocketErrno.EAfNoSupport);
                }

                if (!ctx.IsStream && ctx.SockId == 0)
                {
                    return Fail(SocketErrno.EAgain);
                }

                if (!ctx.IsStream)
                {
                    if (address.Port < 1 || address.Port > 0xFFFF)
                    {
                        return Fail(SocketErrno.EInval);
                    }

                    WincRequest r = Allocate(ctx);
                    if (r == null)
                    {
                        return -1;
                    }

                    WincCommands.Sockbl(r.Writer, ctx.SockId, address.Port, 0);
                    if (!Submit(r))
                    {
                        return -1;
                    }
                }

                ctx.Local.CopyFrom(address);
                return 0;
            }
        }

        /// <summary>Makes a bound TCP socket listen (<c>listen</c>): SOCKBL with the backlog, then <see cref="SocketEvent.Listen"/>.</summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="backlog">Pending connections (0 = the module's default, at most SOMAXCONN).</param>
        /// <returns>0, or -1 (EBADF, EOPNOTSUPP, EADDRINUSE when not bound, EAGAIN before OPEN, ENOMEM, EBADMSG).</returns>
        public int Listen(int fd, int backlog)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                if (!ctx.IsStream)
                {
                    return Fail(SocketErrno.EOpNotSupp);
                }

                if (ctx.Local.Port == 0)
                {
                    return Fail(SocketErrno.EAddrInUse);
                }

                if (ctx.SockId == 0)
                {
                    return Fail(SocketErrno.EAgain);
                }

                if (backlog < 0)
                {
                    backlog = 0;
                }

                if (backlog > SocketConstants.SoMaxConn)
                {
                    backlog = SocketConstants.SoMaxConn;
                }

                WincRequest r = Allocate(ctx);
                if (r == null)
                {
                    return -1;
                }

                WincCommands.Sockbl(r.Writer, ctx.SockId, ctx.Local.Port, backlog);
                if (!Submit(r))
                {
                    return -1;
                }

                ctx.Listening = true;
                return 0;
            }
        }

        /// <summary>Takes a connection announced by <see cref="SocketEvent.ConnectReq"/> (<c>accept</c>).</summary>
        /// <param name="fd">A listening descriptor.</param>
        /// <param name="peer">Receives the peer endpoint, or null.</param>
        /// <returns>The new descriptor, or -1 (EBADF, EOPNOTSUPP, EWOULDBLOCK when none is pending).</returns>
        public int Accept(int fd, SocketAddress peer)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                if (!ctx.IsStream || !ctx.Listening)
                {
                    return Fail(SocketErrno.EOpNotSupp);
                }

                SocketContext pending = FindPending(ctx);
                if (pending == null)
                {
                    return Fail(SocketErrno.EWouldBlock);
                }

                if (peer != null)
                {
                    peer.CopyFrom(pending.Remote);
                }

                pending.Accepted = true;
                return pending.Index;
            }
        }

        /// <summary>
        /// Connects (<c>connect</c>): SOCKBR. Always returns -1 with EINPROGRESS when started;
        /// <see cref="SocketEvent.Connect"/> (and <see cref="SocketEvent.TlsConnect"/> for TLS) reports completion.
        /// </summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="address">Remote endpoint.</param>
        /// <returns>-1 with EINPROGRESS, or another errno (EBADF, EFAULT, EAGAIN before OPEN, EISCONN, ECONNREFUSED, EAFNOSUPPORT, EINVAL, ENOMEM, EBADMSG).</returns>
        public int Connect(int fd, SocketAddress address)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                if (address == null)
                {
                    return Fail(SocketErrno.EFault);
                }

                if (ctx.SockId == 0)
                {
                    return Fail(SocketErrno.EAgain);
                }

                if (ctx.Connected)
                {
                    return Fail(SocketErrno.EIsConn);
                }

                if ((ctx.Events & SocketConstants.PollErr) != 0)
                {
                    return Fail(SocketErrno.EConnRefused);
                }

                if (address.Family != SocketConstants.AfInet && address.Family != SocketConstants.AfInet6)
                {
                    return Fail(SocketErrno.EAfNoSupport);
                }

                if (address.Port < 1 || address.Port > 0xFFFF)
                {
                    return Fail(SocketErrno.EInval);
                }

                WincRequest r = Allocate(ctx);
                if (r == null)
                {
                    return -1;
                }

                WincCommands.Sockbr(r.Writer, ctx.SockId, address.Address, 0, address.AddressLength, address.Port);
                if (!Submit(r))
                {
                    return -1;
                }

                ctx.Remote.CopyFrom(address);
                return Fail(SocketErrno.EInProgress);
            }
        }

        /// <summary>Sends on a connected socket (<c>send</c>): all of the bytes are queued, or none.</summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="buffer">Data.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes.</param>
        /// <param name="flags">Ignored.</param>
        /// <returns>The length, or -1 (EBADF, EFAULT, ENOTSOCK, ENOTCONN, EDESTADDRREQ, EMSGSIZE, EWOULDBLOCK when the ring is full).</returns>
        public int Send(int fd, byte[] buffer, int offset, int length, int flags)
        {
            return SendTo(fd, buffer, offset, length, flags, null);
        }

        /// <summary>
        /// Sends (<c>sendto</c>): a datagram to <paramref name="address"/> (or to the connected
        /// peer), or stream data. Completion of each write is <see cref="SocketEvent.Send"/>.
        /// </summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="buffer">Data.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes.</param>
        /// <param name="flags">Ignored.</param>
        /// <param name="address">Destination of a datagram, or null.</param>
        /// <returns>The length, or -1 (EBADF, EFAULT, ENOTSOCK, ENOTCONN, EDESTADDRREQ, EMSGSIZE, EWOULDBLOCK).</returns>
        public int SendTo(int fd, byte[] buffer, int offset, int length, int flags, SocketAddress address)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                if (buffer == null || offset < 0 || length < 0 || offset + length > buffer.Length)
                {
                    return Fail(SocketErrno.EFault);
                }

                if (ctx.SockId == 0)
                {
                    return Fail(SocketErrno.ENotSock);
                }

                if (ctx.IsStream)
                {
                    if (!ctx.Connected)
                    {
                        return Fail(SocketErrno.ENotConn);
                    }

                    if (length > ctx.Tx.Free)
                    {
                        KickWrite(ctx, false);
                        return Fail(SocketErrno.EWouldBlock);
                    }

                    ctx.Tx.Write(buffer, offset, length);
                    ctx.WritePaused = false;
                    KickWrite(ctx, false);
                    return length;
                }

                SocketAddress destination;
                if (address != null)
                {
                    if (address.Family != SocketConstants.AfInet && address.Family != SocketConstants.AfInet6)
                    {
                        return Fail(SocketErrno.EDestAddrReq);
                    }

                    if (ctx.Remote.Family == SocketConstants.AfUnspec)
                    {
                        ctx.Remote.CopyFrom(address);
                    }

                    destination = address;
                }
                else
                {
                    if (!ctx.Connected || ctx.Remote.Family == SocketConstants.AfUnspec)
                    {
                        return Fail(SocketErrno.EDestAddrReq);
                    }

                    destination = ctx.Remote;
                }

                int max = destination.Family == SocketConstants.AfInet ? MaxUdpIpv4Payload : MaxUdpIpv6Payload;
                if (length > max)
                {
                    return Fail(SocketErrno.EMsgSize);
                }

                if (length > ctx.Tx.Free || ctx.TxDatagrams.IsFull)
                {
                    KickWrite(ctx, false);
                    return Fail(SocketErrno.EWouldBlock);
                }

                ctx.Tx.Write(buffer, offset, length);
                ctx.TxDatagrams.Push(length, destination);
                ctx.WritePaused = false;
                KickWrite(ctx, false);
                return length;
            }
        }

        /// <summary>Receives stream data or one datagram (<c>recv</c>).</summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="buffer">Receives the data.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Room.</param>
        /// <param name="flags">MSG_PEEK and/or MSG_TRUNC.</param>
        /// <returns>Bytes received; 0 when a stream's peer closed and everything was read; -1 (EBADF, EFAULT, ENOTSOCK, EWOULDBLOCK).</returns>
        public int Recv(int fd, byte[] buffer, int offset, int length, int flags)
        {
            return RecvFrom(fd, buffer, offset, length, flags, null);
        }

        /// <summary>
        /// Receives (<c>recvfrom</c>): stream data, or exactly one datagram whose excess beyond
        /// <paramref name="length"/> is discarded (MSG_TRUNC returns the full datagram length).
        /// Consumed bytes are credited back to the module.
        /// </summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="buffer">Receives the data.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Room.</param>
        /// <param name="flags">MSG_PEEK and/or MSG_TRUNC.</param>
        /// <param name="from">Receives the sender of a datagram (or the peer of a stream), or null.</param>
        /// <returns>Bytes received; 0 when a stream's peer closed and everything was read; -1 (EBADF, EFAULT, ENOTSOCK, EWOULDBLOCK).</returns>
        public int RecvFrom(int fd, byte[] buffer, int offset, int length, int flags, SocketAddress from)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                if (buffer == null || offset < 0 || length < 0 || offset + length > buffer.Length)
                {
                    return Fail(SocketErrno.EFault);
                }

                if (ctx.SockId == 0)
                {
                    return Fail(SocketErrno.ENotSock);
                }

                bool peek = (flags & SocketConstants.MsgPeek) != 0;
                bool trunc = (flags & SocketConstants.MsgTrunc) != 0;
                if (ctx.IsStream)
                {
                    if (ctx.Rx.Count == 0)
                    {
                        if (!ctx.Connected)
                        {
                            return 0;
                        }

                        return Fail(SocketErrno.EWouldBlock);
                    }

                    int pending = ctx.Rx.Count;
                    int n = ctx.Rx.Read(buffer, offset, length, peek);
                    if (from != null)
                    {
                        from.CopyFrom(ctx.Remote);
                    }

                    if (!peek)
                    {
                        Credit(ctx, n);
                    }

                    return trunc ? pending : n;
                }

                if (ctx.RxDatagrams.Count == 0)
                {
                    return Fail(SocketErrno.EWouldBlock);
                }

                int size = ctx.RxDatagrams.PeekLength;
                if (from != null)
                {
                    from.CopyFrom(ctx.RxDatagrams.PeekEndpoint);
                }

                int copy = length < size ? length : size;
                ctx.Rx.Read(buffer, offset, copy, true);
                if (!peek)
                {
                    ctx.Rx.Skip(size);
                    ctx.RxDatagrams.Pop();
                    Credit(ctx, size);
                }

                return trunc ? size : copy;
            }
        }

        /// <summary>Closes a socket (<c>shutdown</c>; every <paramref name="how"/> closes): SOCKCL, then <see cref="SocketEvent.Close"/> frees the descriptor.</summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="how">SHUT_RD, SHUT_WR or SHUT_RDWR.</param>
        /// <returns>0, or -1 (EBADF, ENOMEM, EBADMSG). A socket the module has not opened yet is closed as soon as it is.</returns>
        public int Shutdown(int fd, int how)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                if (ctx.Closing)
                {
                    return 0;
                }

                if (ctx.SockId == 0)
                {
                    ctx.ClosePending = true;
                    return 0;
                }

                return SendClose(ctx) ? 0 : -1;
            }
        }

        /// <summary>
        /// Sets an integer option (<c>setsockopt</c>): IP_TOS; SO_SNDBUF, SO_RCVBUF, SO_KEEPALIVE,
        /// SO_LINGER, SO_ASYNC_MODE (1 or 2); TCP_NODELAY; TLS_CONF_IDX (before connect/listen).
        /// </summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="level">IPPROTO_IP, SOL_SOCKET, IPPROTO_TCP or IPPROTO_TLS.</param>
        /// <param name="option">Option name.</param>
        /// <param name="value">Option value.</param>
        /// <returns>0, or -1 (EBADF, EAGAIN before OPEN, ENOPROTOOPT, EINVAL, EOPNOTSUPP, ENOMEM, EBADMSG).</returns>
        public int SetSockOpt(int fd, int level, int option, int value)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                if (ctx.SockId == 0)
                {
                    return Fail(SocketErrno.EAgain);
                }

                WincRequest r;
                if (level == SocketConstants.IpProtoIp && option == SocketConstants.IpTos)
                {
                    return SocketOption(ctx, SockParamId.IpTos, value);
                }

                if (level == SocketConstants.SolSocket)
                {
                    switch (option)
                    {
                        case SocketConstants.SoSndBuf:
                            if (SocketOption(ctx, SockParamId.SoSndbuf, value) != 0)
                            {
                                return -1;
                            }

                            // more writes in flight than the module buffers would only come back NOT_READY
                            ctx.ModuleSendBuffer = value;
                            return 0;
                        case SocketConstants.SoRcvBuf:
                            return SocketOption(ctx, SockParamId.SoRcvbuf, value);
                        case SocketConstants.SoKeepAlive:
                            return SocketOption(ctx, SockParamId.SoKeepalive, value);
                        case SocketConstants.SoLinger:
                            return SocketOption(ctx, SockParamId.SoLinger, value);
                        case SocketConstants.SoAsyncMode:
                            if (value == 0)
                            {
                                // polled reads (SOCKRD) are not implemented: data would never be fetched
                                return Fail(SocketErrno.EOpNotSupp);
                            }

                            if (value != ModeSimple && value != ModeAcked)
                            {
                                return Fail(SocketErrno.EInval);
                            }

                            r = Allocate(ctx);
                            if (r == null)
                            {
                                return -1;
                            }

                            ctx.ReadMode = value;
                            AddAsyncConfig(r, ctx);
                            return Submit(r) ? 0 : -1;
                    }

                    return Fail(SocketErrno.ENoProtoOpt);
                }

                if (level == SocketConstants.IpProtoTcp && option == SocketConstants.TcpNoDelay)
                {
                    if (!ctx.IsStream)
                    {
                        return Fail(SocketErrno.ENoProtoOpt);
                    }

                    return SocketOption(ctx, SockParamId.SoNodelay, value);
                }

                if (level == SocketConstants.IpProtoTls && option == SocketConstants.TlsConfIdx)
                {
                    if (ctx.Protocol != SocketConstants.IpProtoTls)
                    {
                        return Fail(SocketErrno.ENoProtoOpt);
                    }

                    if (value < 0 || value > WincCommands.MaxTlsConfiguration)
                    {
                        return Fail(SocketErrno.EInval);
                    }

                    r = Allocate(ctx);
                    if (r == null)
                    {
                        return -1;
                    }

                    WincCommands.Socktls(r.Writer, ctx.SockId, value);
                    if (!Submit(r))
                    {
                        return -1;
                    }

                    ctx.TlsPending = true;
                    return 0;
                }

                return Fail(SocketErrno.ENoProtoOpt);
            }
        }

        /// <summary>
        /// Joins a multicast group (<c>setsockopt</c> IP_ADD_MEMBERSHIP / IPV6_ADD_MEMBERSHIP): SOCKBM
        /// with the group and the bound local port; <see cref="SocketEvent.Connect"/> when joined.
        /// </summary>
        /// <param name="fd">A UDP descriptor bound with <see cref="Bind"/>.</param>
        /// <param name="level">IPPROTO_IP.</param>
        /// <param name="option">IP_ADD_MEMBERSHIP (IPv4 group 224.0.0.0/4) or IPV6_ADD_MEMBERSHIP (group ff00::/8).</param>
        /// <param name="group">The group address.</param>
        /// <returns>0, or -1 (EBADF, EAGAIN before OPEN, ENOPROTOOPT, EINVAL, ENOMEM, EBADMSG).</returns>
        public int SetSockOpt(int fd, int level, int option, SocketAddress group)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                if (ctx.SockId == 0)
                {
                    return Fail(SocketErrno.EAgain);
                }

                if (level != SocketConstants.IpProtoIp || (option != SocketConstants.IpAddMembership && option != SocketConstants.Ipv6AddMembership))
                {
                    return Fail(SocketErrno.ENoProtoOpt);
                }

                if (group == null || ctx.Local.Port == 0)
                {
                    return Fail(SocketErrno.EInval);
                }

                bool v4 = option == SocketConstants.IpAddMembership;
                if (v4 && (group.Family != SocketConstants.AfInet || ctx.Local.Family != SocketConstants.AfInet || (group.Address[0] & 0xF0) != 224))
                {
                    return Fail(SocketErrno.EInval);
                }

                if (!v4 && (group.Family != SocketConstants.AfInet6 || ctx.Local.Family != SocketConstants.AfInet6 || group.Address[0] != 0xFF))
                {
                    return Fail(SocketErrno.EInval);
                }

                WincRequest r = Allocate(ctx);
                if (r == null)
                {
                    return -1;
                }

                WincCommands.Sockbm(r.Writer, ctx.SockId, group.Address, 0, group.AddressLength, ctx.Local.Port);
                if (!Submit(r))
                {
                    return -1;
                }

                ctx.Remote.Set(group.Family, group.Address, 0, ctx.Local.Port);
                return 0;
            }
        }

        /// <summary>
        /// Resolves a host name (<c>getaddrinfo</c>), without blocking: the first call sends
        /// DNSRESOLV (A, or AAAA when <paramref name="family"/> is AF_INET6) and returns EAI_AGAIN;
        /// call again with the same host until it returns 0 (results in <paramref name="result"/>)
        /// or an error. One lookup at a time: another host gets EAI_AGAIN until the first is collected.
        /// </summary>
        /// <param name="host">Host name.</param>
        /// <param name="port">Port to put in the results (0 for none).</param>
        /// <param name="family">AF_UNSPEC, AF_INET or AF_INET6 (<c>hints.ai_family</c>).</param>
        /// <param name="socketType">SOCK_STREAM or SOCK_DGRAM (<c>hints.ai_socktype</c>, 0 = stream).</param>
        /// <param name="result">Receives the addresses.</param>
        /// <returns>0, EAI_AGAIN, EAI_NONAME, EAI_FAMILY, EAI_MEMORY, or EAI_SYSTEM with <see cref="Errno"/> ETIMEDOUT or EFAULT.</returns>
        public int GetAddrInfo(string host, int port, int family, int socketType, AddrInfo result)
        {
            lock (_sync)
            {
                if (host == null || host.Length == 0 || port < 0 || port > 0xFFFF || result == null)
                {
                    return SocketConstants.EaiNoName;
                }

                if (_dnsActive)
                {
                    if (!string.Equals(host, _dnsHost))
                    {
                        return SocketConstants.EaiAgain;
                    }

                    if (_dnsResults.Count > 0)
                    {
                        result.Clear();
                        for (int i = 0; i < _dnsResults.Count; i++)
                        {
                            result.Add(_dnsResults.GetAddress(i));
                        }

                        result.SocketType = _dnsSocketType;
                        _dnsActive = false;
                        return 0;
                    }

                    if (_dnsFailed)
                    {
                        _dnsActive = false;
                        Errno = _dnsStatus == (int)WincStatus.DnsTimeout ? SocketErrno.ETimedOut : SocketErrno.EFault;
                        return SocketConstants.EaiSystem;
                    }

                    return SocketConstants.EaiAgain;
                }

                DnsRecordType type;
                if (family == SocketConstants.AfUnspec || family == SocketConstants.AfInet)
                {
                    type = DnsRecordType.A;
                }
                else if (family == SocketConstants.AfInet6)
                {
                    type = DnsRecordType.Aaaa;
                }
                else
                {
                    return SocketConstants.EaiFamily;
                }

                if (Utf8.GetByteCount(host) > WincCommands.DnsNameMax)
                {
                    return SocketConstants.EaiNoName;
                }

                WincRequest r = _driver.AllocateRequest(_dnsHandler, null);
                if (r == null)
                {
                    return SocketConstants.EaiMemory;
                }

                WincCommands.Dnsresolv(r.Writer, type, host);
                DriverStatus st = _driver.Submit(r);
                if (st != DriverStatus.Ok)
                {
                    Errno = st == DriverStatus.RetryRequest ? SocketErrno.ENoMem : SocketErrno.EFault;
                    return st == DriverStatus.RetryRequest ? SocketConstants.EaiMemory : SocketConstants.EaiSystem;
                }

                _dnsActive = true;
                _dnsFailed = false;
                _dnsHost = host;
                _dnsPort = port;
                _dnsSocketType = socketType == 0 ? SocketConstants.SockStream : socketType;
                _dnsStatus = -1;
                _dnsResults.Clear();
                _dnsDeadline = r.SubmitTicks + (DnsTimeoutMs * TimeSpan.TicksPerMillisecond);
                return SocketConstants.EaiAgain;
            }
        }

        /// <summary>The local endpoint of a socket (<c>getsockname</c>).</summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="address">Receives the endpoint.</param>
        /// <returns>0, or -1 (EBADF, EFAULT, ENOTCONN when none is known).</returns>
        public int GetSockName(int fd, SocketAddress address)
        {
            return EndpointName(fd, address, true);
        }

        /// <summary>The remote endpoint of a socket (<c>getpeername</c>).</summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="address">Receives the endpoint.</param>
        /// <returns>0, or -1 (EBADF, EFAULT, ENOTCONN when none is known).</returns>
        public int GetPeerName(int fd, SocketAddress address)
        {
            return EndpointName(fd, address, false);
        }

        /// <summary>
        /// Bytes queued by <see cref="Send"/>/<see cref="SendTo"/> that the module has not acknowledged yet (like
        /// Linux <c>SIOCOUTQ</c>): 0 once every write was answered with OK.
        /// </summary>
        /// <param name="fd">Descriptor.</param>
        /// <returns>The byte count, or -1 (EBADF).</returns>
        public int GetSendPending(int fd)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                return ctx.Tx.Count;
            }
        }

        /// <summary>
        /// Why the last write of a socket failed (like <c>getsockopt(SO_ERROR)</c>, reading clears it): after
        /// <see cref="SocketEvent.Send"/> with <see cref="SocketStatus.Error"/>, <see cref="SocketErrno.ETimedOut"/>
        /// when the module refused the write for <see cref="WriteRefusalTimeoutMs"/> or did not answer it in time,
        /// <see cref="SocketErrno.EIo"/> when it failed the write with another status (e.g. SOCKET_SEND_FAILED).
        /// </summary>
        /// <param name="fd">Descriptor.</param>
        /// <returns>The errno, 0 when no write failed since the last call, or -1 (EBADF).</returns>
        public int GetSocketError(int fd)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                int error = ctx.WriteError;
                ctx.WriteError = SocketErrno.None;
                return error;
            }
        }

        /// <summary>
        /// Readiness of a socket without waiting (<c>poll</c> with timeout 0): POLLIN (data or a
        /// pending connection), POLLOUT (connected with room), POLLHUP, POLLERR; POLLNVAL when not open.
        /// </summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="events">POLLIN and/or POLLOUT.</param>
        /// <returns>The returned events (<c>revents</c>).</returns>
        public int Poll(int fd, int events)
        {
            lock (_sync)
            {
                if (fd < 0 || fd >= _sockets.Length || !_sockets[fd].InUse)
                {
                    return SocketConstants.PollNval;
                }

                SocketContext ctx = _sockets[fd];
                int revents = 0;
                if ((events & SocketConstants.PollIn) != 0)
                {
                    if (ctx.Listening ? FindPending(ctx) != null : (ctx.IsStream ? ctx.Rx.Count > 0 : ctx.RxDatagrams.Count > 0))
                    {
                        revents |= SocketConstants.PollIn;
                    }
                }

                if ((events & SocketConstants.PollOut) != 0 && ctx.Connected && ctx.Tx.Free > 0 && !ctx.TxDatagrams.IsFull)
                {
                    revents |= SocketConstants.PollOut;
                }

                revents |= ctx.Events;
                if ((ctx.Events & SocketConstants.PollErr) != 0)
                {
                    revents |= events & (SocketConstants.PollIn | SocketConstants.PollOut);
                }

                return revents;
            }
        }

        // ---------------------------------------------------------------------------------------
        // helpers

        private int Fail(int errno)
        {
            Errno = errno;
            return -1;
        }

        private SocketContext Get(int fd)
        {
            if (fd < 0 || fd >= _sockets.Length || !_sockets[fd].InUse)
            {
                Errno = SocketErrno.EBadF;
                return null;
            }

            return _sockets[fd];
        }

        private SocketContext FindFree()
        {
            for (int i = 0; i < _sockets.Length; i++)
            {
                if (!_sockets[i].InUse)
                {
                    return _sockets[i];
                }
            }

            return null;
        }

        private SocketContext FindById(int sockId)
        {
            if (sockId == 0)
            {
                return null;
            }

            for (int i = 0; i < _sockets.Length; i++)
            {
                if (_sockets[i].InUse && _sockets[i].SockId == sockId)
                {
                    return _sockets[i];
                }
            }

            return null;
        }

        private SocketContext FindListener(SocketContext ctx)
        {
            for (int i = 0; i < _sockets.Length; i++)
            {
                SocketContext s = _sockets[i];
                if (s != ctx && s.InUse && s.Listening && s.Type == ctx.Type && s.Local.Port == ctx.Local.Port)
                {
                    return s;
                }
            }

            return null;
        }

        private SocketContext FindPending(SocketContext listener)
        {
            for (int i = 0; i < _sockets.Length; i++)
            {
                SocketContext s = _sockets[i];
                if (s != listener && s.InUse && s.FromIndication && !s.Accepted && s.Type == listener.Type
                    && s.Local.Port == listener.Local.Port)
                {
                    return s;
                }
            }

            return null;
        }

        private WincRequest Allocate(object context)
        {
            WincRequest r = _driver.AllocateRequest(_requestHandler, context);
            if (r == null)
            {
                Errno = SocketErrno.ENoMem;
            }

            return r;
        }

        private bool Submit(WincRequest r)
        {
            DriverStatus st = _driver.Submit(r);
            if (st == DriverStatus.Ok)
            {
                return true;
            }

            Errno = st == DriverStatus.RetryRequest ? SocketErrno.ENoMem : SocketErrno.EBadMsg;
            return false;
        }

        private int SocketOption(SocketContext ctx, SockParamId id, int value)
        {
            WincRequest r = Allocate(ctx);
            if (r == null)
            {
                return -1;
            }

            WincCommands.ConfigSetInteger(r.Writer, CommandId.Sockc, ctx.SockId, (uint)id, WincType.Integer, value);
            return Submit(r) ? 0 : -1;
        }

        private static int FrameSize(SocketContext ctx)
        {
            if (ctx.IsStream)
            {
                return TcpMaxFrameSize;
            }

            return ctx.Domain == SocketConstants.AfInet6 ? UdpIpv6MaxFrameSize : UdpIpv4MaxFrameSize;
        }

        private void AddAsyncConfig(WincRequest r, SocketContext ctx)
        {
            int window = ctx.ReadMode == ModeAcked ? ctx.Rx.Capacity : 0;
            WincCommands.Sockc(r.Writer, ctx.SockId, SockParamId.AsyncWinSz, window);
            WincCommands.Sockc(r.Writer, ctx.SockId, SockParamId.AsyncMaxFrmSz, FrameSize(ctx));
        }

        private bool SendAsyncConfig(SocketContext ctx)
        {
            WincRequest r = _driver.AllocateRequest(_requestHandler, ctx);
            if (r == null)
            {
                ctx.AsyncConfigPending = true;
                return false;
            }

            AddAsyncConfig(r, ctx);
            if (_driver.Submit(r) != DriverStatus.Ok)
            {
                ctx.AsyncConfigPending = true;
                return false;
            }

            ctx.AsyncConfigPending = false;
            return true;
        }

        private bool SendClose(SocketContext ctx)
        {
            WincRequest r = Allocate(ctx);
            if (r == null)
            {
                return false;
            }

            WincCommands.Sockcl(r.Writer, ctx.SockId);
            if (!Submit(r))
            {
                return false;
            }

            ctx.Closing = true;
            ctx.ClosePending = false;
            return true;
        }

        // Returns consumed bytes to the module's window (acknowledged mode): ASYNC_NEXT_SN is the
        // running 16-bit count of bytes taken out of the ring. One update is in flight at a time;
        // a newer count goes out when it has been sent, and only once it is worth a command: half the
        // window consumed since the last one, or the module left with less room than one frame.
        private void Credit(SocketContext ctx, int consumed)
        {
            if (consumed <= 0 || ctx.ReadMode != ModeAcked)
            {
                return;
            }

            ctx.NextSeqNum = (ushort)(ctx.NextSeqNum + consumed);
            ctx.CreditDirty = true;
            SendCredit(ctx);
        }

        private void SendCredit(SocketContext ctx)
        {
            if (!ctx.CreditDirty || ctx.CreditRequest != null || ctx.SockId == 0 || ctx.Closing)
            {
                return;
            }

            int window = ctx.Rx.Capacity;
            int consumed = (ushort)(ctx.NextSeqNum - ctx.CreditSent);
            int room = window - (ushort)(ctx.ReceivedSeqNum - ctx.CreditSent);
            if (consumed < window / 2 && room >= FrameSize(ctx))
            {
                // the module can still push a full frame: fewer, larger credits cost less bus
                return;
            }

            WincRequest r = _driver.AllocateRequest(_requestHandler, ctx);
            if (r == null)
            {
                return;
            }

            WincCommands.Sockc(r.Writer, ctx.SockId, SockParamId.AsyncNextSn, ctx.NextSeqNum);
            if (_driver.Submit(r) != DriverStatus.Ok)
            {
                return;
            }

            ctx.CreditRequest = r;
            ctx.CreditSent = ctx.NextSeqNum;
            ctx.CreditDirty = false;
        }

        // Starts writes while the window allows: TCP chunks of up to 1460/1440 bytes from the first unsent byte,
        // each carrying the sequence number of its first byte, or the next UDP datagram (one in flight). A chunk
        // shorter than the maximum goes out at once only when nothing is in flight or when 'flush' (end of Tasks):
        // otherwise it waits for more data, so small sends travel in full SOCKWRs.
        private void KickWrite(SocketContext ctx, bool flush)
        {
            if (!ctx.InUse || ctx.SockId == 0 || ctx.WritePaused || ctx.Closing || ctx.RetryPending)
            {
                return;
            }

            while (true)
            {
                int window = ctx.IsStream ? Window(ctx) : 1;
                if (ctx.WriteCount >= window)
                {
                    // the next answer starts the next write
                    return;
                }

                int length;
                int offset;
                byte[] data;
                SocketAddress destination = null;
                if (ctx.IsStream)
                {
                    int unsent = ctx.Tx.Count - ctx.SentBytes;
                    if (unsent <= 0)
                    {
                        ctx.WriteKickPending = false;
                        return;
                    }

                    int max = ctx.Remote.Family == SocketConstants.AfInet6 ? MaxTcpIpv6Payload : MaxTcpIpv4Payload;
                    length = unsent < max ? unsent : max;
                    if (length < max && ctx.WriteCount > 0 && !flush)
                    {
                        ctx.WriteKickPending = true;
                        return;
                    }

                    if (ctx.Tx.Segment(ctx.SentBytes, out offset) >= length)
                    {
                        data = ctx.Tx.Data;
                    }
                    else
                    {
                        // the chunk wraps around the ring end: gather it rather than send two short writes
                        ctx.Tx.Peek(ctx.SentBytes, _scratch, 0, length);
                        data = _scratch;
                        offset = 0;
                    }
                }
                else
                {
                    if (ctx.WriteCount > 0 || ctx.TxDatagrams.Count == 0)
                    {
                        ctx.WriteKickPending = ctx.WriteCount > 0 && ctx.TxDatagrams.Count > 0;
                        return;
                    }

                    length = ctx.TxDatagrams.PeekLength;
                    destination = ctx.TxDatagrams.PeekEndpoint;

                    // a datagram may wrap around the ring end: gather it in the scratch buffer
                    ctx.Tx.Read(_scratch, 0, length, true);
                    data = _scratch;
                    offset = 0;
                }

                // beyond its first write a socket leaves requests in the pool for everything else
                if (ctx.WriteCount > 0 && _driver.FreeRequestCount <= WriteRequestReserve)
                {
                    ctx.WriteKickPending = true;
                    return;
                }

                WincRequest r = _driver.AllocateRequest(_requestHandler, ctx);
                if (r == null)
                {
                    ctx.WriteKickPending = true;
                    return;
                }

                int sequence = (ushort)(ctx.UnackedSeqNum + ctx.SentBytes);
                if (ctx.IsStream)
                {
                    WincCommands.Sockwr(r.Writer, ctx.SockId, sequence, data, offset, length);
                }
                else
                {
                    WincCommands.Sockwrto(r.Writer, ctx.SockId, destination.Address, 0, destination.AddressLength, destination.Port, sequence, data, offset, length);
                }

                if (_driver.Submit(r) != DriverStatus.Ok)
                {
                    ctx.WriteKickPending = true;
                    return;
                }

                ctx.PushWrite(r, length);
                ctx.WriteKickPending = false;
            }
        }

        private void OnWriteStatus(SocketContext ctx, WincRequest request, WincStatus status)
        {
            int age = ctx.FindWrite(request);
            if (age < 0)
            {
                // a write given up on: it followed one the module refused, so it was refused too
                return;
            }

            if (status == WincStatus.Ok)
            {
                // the module takes writes in sequence order: this one, and every older one, arrived
                int acknowledged = age + 1;
                for (int i = 0; i < acknowledged; i++)
                {
                    int length = ctx.PopWrite();
                    ctx.SentBytes -= length;
                    ctx.Tx.Skip(length);
                    if (!ctx.IsStream)
                    {
                        ctx.TxDatagrams.Pop();
                    }

                    ctx.UnackedSeqNum = (ushort)(ctx.UnackedSeqNum + length);
                }

                ctx.WriteRetries = 0;
                ctx.RefusedSince = 0;
                if (ctx.WriteLimit < WindowCap(ctx))
                {
                    ctx.WriteGrowth += acknowledged;
                    if (ctx.WriteGrowth >= ctx.WriteLimit)
                    {
                        ctx.WriteGrowth = 0;
                        ctx.WriteLimit++;
                    }
                }

                for (int i = 0; i < acknowledged; i++)
                {
                    Raise(ctx, SocketEvent.Send, SocketStatus.Ok);
                }

                KickWrite(ctx, false);
                return;
            }

            // nothing from this write on was taken: those bytes are unsent again (older writes stay in flight)
            int refusedLength = ctx.GetWriteLength(age);
            ctx.DropWritesFrom(age);
            bool notReady = status == WincStatus.SocketNotReady;
            bool refused = notReady || status == WincStatus.SocketSequenceError;
            if (refused)
            {
                // the budget is time, not a count: how many refusals fit depends on how fast the module answers
                long now = _driver.Clock.UtcTicks;
                if (ctx.WriteRetries == 0)
                {
                    ctx.RefusedSince = now;
                }

                ctx.WriteRetries++;
                if (now - ctx.RefusedSince < _writeRefusalTimeoutMs * TimeSpan.TicksPerMillisecond)
                {
                    ResentWrites++;
                    if (notReady)
                    {
                        // the module's send buffer is full: fewer writes in flight, and a pause that grows while it stays full
                        if (ctx.WriteRetries == 1)
                        {
                            int limit = ctx.WriteLimit < WindowCap(ctx) ? ctx.WriteLimit : WindowCap(ctx);
                            ctx.WriteLimit = limit > 1 ? limit / 2 : 1;
                            ctx.WriteGrowth = 0;
                        }

                        // the pause counts from the next task round
                        ctx.RetryPending = true;
                        ctx.RetryDelayMs = RetryDelayMs(ctx.WriteRetries);
                        return;
                    }

                    KickWrite(ctx, true);
                    return;
                }
            }

            ctx.WriteRetries = 0;
            ctx.RefusedSince = 0;
            ctx.WriteError = refused ? SocketErrno.ETimedOut : SocketErrno.EIo;
            if (ctx.IsStream)
            {
                // keep the data: the stream is broken or stalled, the application decides (a new Send resumes)
                ctx.WritePaused = true;
            }
            else
            {
                // the datagram is lost; the module did not take it, so the sequence number stays
                ctx.Tx.Skip(refusedLength);
                ctx.TxDatagrams.Pop();
            }

            Raise(ctx, SocketEvent.Send, SocketStatus.Error);
            KickWrite(ctx, false);
        }

        // Writes a TCP socket may have in flight now: WindowCap, no more than NOT_READY answers left it, and one
        // while a refused write is being resent.
        private int Window(SocketContext ctx)
        {
            if (ctx.WriteRetries > 0)
            {
                // after a refusal one write probes the module: if it is still full only that one comes back
                return 1;
            }

            int window = WindowCap(ctx);
            return ctx.WriteLimit < window ? ctx.WriteLimit : window;
        }

        // The window, no more than the module's send buffer holds when the application set SO_SNDBUF.
        private int WindowCap(SocketContext ctx)
        {
            int window = _writeWindow;
            if (ctx.ModuleSendBuffer > 0)
            {
                int fits = ctx.ModuleSendBuffer / (ctx.Remote.Family == SocketConstants.AfInet6 ? MaxTcpIpv6Payload : MaxTcpIpv4Payload);
                if (fits < window)
                {
                    window = fits > 1 ? fits : 1;
                }
            }

            return window;
        }

        // Wait before resend number 'retry' after SOCKET_NOT_READY: 2, 4, 8... ms, at most MaxRetryDelayMs.
        private static int RetryDelayMs(int retry)
        {
            int delay = MinRetryDelayMs;
            for (int i = 1; i < retry && delay < MaxRetryDelayMs; i++)
            {
                delay <<= 1;
            }

            return delay < MaxRetryDelayMs ? delay : MaxRetryDelayMs;
        }

        private int EndpointName(int fd, SocketAddress address, bool local)
        {
            lock (_sync)
            {
                SocketContext ctx = Get(fd);
                if (ctx == null)
                {
                    return -1;
                }

                if (address == null)
                {
                    return Fail(SocketErrno.EFault);
                }

                SocketAddress source = local ? ctx.Local : ctx.Remote;
                if (source.Family == SocketConstants.AfUnspec)
                {
                    return Fail(SocketErrno.ENotConn);
                }

                address.CopyFrom(source);
                return 0;
            }
        }

        private void Destroy(SocketContext ctx)
        {
            ctx.Reset();
        }

        private void Raise(SocketContext ctx, SocketEvent socketEvent, SocketStatus status)
        {
            Raise(ctx == null ? -1 : ctx.Index, socketEvent, status);
        }

        private void Raise(int fd, SocketEvent socketEvent, SocketStatus status)
        {
            SocketEventHandler h = _handler;
            if (h != null)
            {
                h(this, fd, socketEvent, status);
            }
        }

        // ---------------------------------------------------------------------------------------
        // driver callbacks (inside WincDriver.Tasks, SyncRoot held)

        private void OnSocketRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            SocketContext ctx = request.Context as SocketContext;
            if (ctx == null || !ctx.InUse)
            {
                return;
            }

            switch (requestEvent)
            {
                case RequestEvent.ResponseReceived:
                    if (request.GetCommandId(commandIndex) == CommandId.Socko && ctx.SockId == 0)
                    {
                        int id;
                        if (message.TryGetUInt16(0, out id) && id > 0)
                        {
                            ctx.SockId = id;
                        }
                    }

                    break;

                case RequestEvent.TxComplete:
                    if (request == ctx.CreditRequest)
                    {
                        ctx.CreditRequest = null;
                        SendCredit(ctx);
                    }

                    break;

                case RequestEvent.CommandStatus:
                    OnCommandStatus(ctx, request, commandIndex);
                    break;

                case RequestEvent.StatusComplete:
                    if (request == ctx.CreditRequest)
                    {
                        ctx.CreditRequest = null;
                        if (request.Result != RequestResult.Ok && request.Result != RequestResult.CommandError)
                        {
                            ctx.CreditDirty = true;
                        }
                    }

                    if (request.Result == RequestResult.Timeout)
                    {
                        OnRequestTimeout(ctx, request);
                    }

                    break;
            }
        }

        private void OnCommandStatus(SocketContext ctx, WincRequest request, int commandIndex)
        {
            WincStatus status = request.GetStatus(commandIndex);
            SocketStatus s = status == WincStatus.Ok ? SocketStatus.Ok : SocketStatus.Error;
            switch (request.GetCommandId(commandIndex))
            {
                case CommandId.Socko:
                    if (status == WincStatus.Ok && ctx.SockId != 0)
                    {
                        ctx.Opened = true;
                        ctx.NextSeqNum = 0;
                        ctx.ReceivedSeqNum = 0;
                        SendAsyncConfig(ctx);
                        Raise(ctx, SocketEvent.Open, SocketStatus.Ok);
                        if (ctx.InUse && ctx.ClosePending)
                        {
                            SendClose(ctx);
                        }
                    }
                    else
                    {
                        // the module has no socket: free the descriptor rather than leak it
                        int fd = ctx.Index;
                        Destroy(ctx);
                        Raise(fd, SocketEvent.Open, SocketStatus.Error);
                    }

                    break;

                case CommandId.Sockbl:
                    if (s == SocketStatus.Ok && !ctx.IsStream)
                    {
                        ctx.Connected = true;
                    }

                    Raise(ctx, SocketEvent.Listen, s);
                    break;

                case CommandId.Sockbr:
                case CommandId.Sockbm:
                    if (s == SocketStatus.Ok && !ctx.IsStream)
                    {
                        ctx.Connected = true;
                        Raise(ctx, SocketEvent.Connect, SocketStatus.Ok);
                    }
                    else if (s != SocketStatus.Ok)
                    {
                        ctx.Events |= SocketConstants.PollErr;
                        Raise(ctx, SocketEvent.Connect, SocketStatus.Error);
                    }

                    break;

                case CommandId.Socktls:
                    if (s != SocketStatus.Ok)
                    {
                        ctx.TlsPending = false;
                        Raise(ctx, SocketEvent.Error, SocketStatus.Error);
                    }

                    break;

                case CommandId.Sockcl:
                    {
                        int fd = ctx.Index;
                        Destroy(ctx);
                        Raise(fd, SocketEvent.Close, s);
                    }

                    break;

                case CommandId.Sockwr:
                case CommandId.Sockwrto:
                    OnWriteStatus(ctx, request, status);
                    break;
            }
        }

        private void OnRequestTimeout(SocketContext ctx, WincRequest request)
        {
            for (int i = 0; i < request.CommandCount; i++)
            {
                if (request.HasStatus(i) || !ctx.InUse)
                {
                    continue;
                }

                switch (request.GetCommandId(i))
                {
                    case CommandId.Socko:
                    case CommandId.Sockcl:
                        {
                            int fd = ctx.Index;
                            bool opening = request.GetCommandId(i) == CommandId.Socko;
                            Destroy(ctx);
                            Raise(fd, opening ? SocketEvent.Open : SocketEvent.Close, SocketStatus.Error);
                        }

                        break;
                    case CommandId.Sockwr:
                    case CommandId.Sockwrto:
                        {
                            int age = ctx.FindWrite(request);
                            if (age >= 0)
                            {
                                // whether the module took it is unknown: stop, keep the data, let the application decide
                                ctx.DropWritesFrom(age);
                                ctx.WritePaused = true;
                                ctx.WriteRetries = 0;
                                ctx.RefusedSince = 0;
                                ctx.WriteError = SocketErrno.ETimedOut;
                                Raise(ctx, SocketEvent.Send, SocketStatus.Error);
                            }
                        }

                        break;
                    case CommandId.Sockbr:
                        Raise(ctx, SocketEvent.Connect, SocketStatus.Error);
                        break;
                    case CommandId.Sockbl:
                        Raise(ctx, SocketEvent.Listen, SocketStatus.Error);
                        break;
                }
            }
        }

        private void OnDnsRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (!_dnsActive || _dnsFailed || _dnsResults.Count > 0)
            {
                return;
            }

            if (requestEvent == RequestEvent.CommandStatus && request.GetStatus(commandIndex) != WincStatus.Ok)
            {
                FailDns((int)request.GetStatus(commandIndex));
            }
            else if (requestEvent == RequestEvent.StatusComplete && request.Result != RequestResult.Ok && request.Result != RequestResult.CommandError)
            {
                FailDns((int)WincStatus.DnsTimeout);
            }
        }

        private void FailDns(int status)
        {
            _dnsFailed = true;
            _dnsStatus = status;
            Raise(-1, SocketEvent.DnsResolve, SocketStatus.Error);
        }

        private void OnAec(WincDriver driver, MessageReader m)
        {
            switch (m.AecId)
            {
                case AecId.Sockind:
                    OnSockind(m);
                    break;
                case AecId.Sockrxt:
                    if (AecDecoder.Sockrxt(m, _rx))
                    {
                        OnReceive(m);
                    }

                    break;
                case AecId.Sockrxu:
                    if (AecDecoder.Sockrxu(m, _rx))
                    {
                        OnReceive(m);
                    }

                    break;
                case AecId.Sockcl:
                    {
                        int id;
                        SocketContext ctx = AecDecoder.Sockcl(m, out id) ? Known(id) : null;
                        if (ctx != null)
                        {
                            ctx.Connected = false;
                            ctx.Events |= SocketConstants.PollHup;
                            Raise(ctx, SocketEvent.Disconnect, SocketStatus.Ok);
                        }
                    }

                    break;
                case AecId.Socktls:
                    {
                        int id;
                        SocketContext ctx = AecDecoder.Socktls(m, out id) ? Known(id) : null;
                        if (ctx != null)
                        {
                            ctx.Connected = true;
                            ctx.TlsPending = false;
                            Raise(ctx, SocketEvent.Connect, SocketStatus.Ok);
                            Raise(ctx, SocketEvent.TlsConnect, SocketStatus.Ok);
                        }
                    }

                    break;
                case AecId.Sockerr:
                    {
                        int id;
                        int code;
                        SocketContext ctx = AecDecoder.Sockerr(m, out id, out code) ? Known(id) : null;
                        if (ctx != null)
                        {
                            ctx.Events |= SocketConstants.PollErr;
                            Raise(ctx, SocketEvent.Error, SocketStatus.Error);
                        }
                    }

                    break;
                case AecId.Dnsresolv:
                    OnDnsResult(m);
                    break;
                case AecId.Dnserr:
                    OnDnsError(m);
                    break;
            }
        }

        private SocketContext Known(int sockId)
        {
            SocketContext ctx = FindById(sockId);
            if (ctx == null)
            {
                UnknownSocketAecs++;
            }

            return ctx;
        }

        private void OnSockind(MessageReader m)
        {
            int id;
            int localLength;
            int localPort;
            int remoteLength;
            int remotePort;
            if (!AecDecoder.Sockind(m, out id, _address1, 0, out localLength, out localPort, _address2, 0, out remoteLength, out remotePort))
            {
                return;
            }

            int localFamily = localLength == 4 ? SocketConstants.AfInet : SocketConstants.AfInet6;
            int remoteFamily = remoteLength == 4 ? SocketConstants.AfInet : SocketConstants.AfInet6;
            SocketContext ctx = FindById(id);
            bool created = false;
            if (ctx == null)
            {
                // a connection accepted by a listening socket arrives with a new module socket id
                ctx = FindFree();
                if (ctx == null)
                {
                    CloseOrphan(id);
                    return;
                }

                ctx.InUse = true;
                ctx.SockId = id;
                ctx.Type = SocketConstants.SockStream;
                ctx.Opened = true;
                ctx.FromIndication = true;
                created = true;
            }

            ctx.Local.Set(localFamily, _address1, 0, localPort);
            ctx.Remote.Set(remoteFamily, _address2, 0, remotePort);
            if (!ctx.TlsPending)
            {
                ctx.Connected = true;
            }

            if (created)
            {
                SocketContext listener = FindListener(ctx);
                if (listener == null)
                {
                    Destroy(ctx);
                    CloseOrphan(id);
                    return;
                }

                ctx.ReadMode = listener.ReadMode;
                ctx.Domain = listener.Domain;
                ctx.Protocol = listener.Protocol;
                Raise(listener, SocketEvent.ConnectReq, SocketStatus.Ok);
            }
            else if (ctx.Connected)
            {
                Raise(ctx, SocketEvent.Connect, SocketStatus.Ok);
            }
        }

        // A module socket no descriptor can take: close it on the module so it does not leak there.
        private void CloseOrphan(int sockId)
        {
            WincRequest r = _driver.AllocateRequest(null, null);
            if (r == null)
            {
                return;
            }

            WincCommands.Sockcl(r.Writer, sockId);
            _driver.Submit(r);
        }

        private void OnReceive(MessageReader m)
        {
            SocketContext ctx = Known(_rx.SocketId);
            if (ctx == null || _rx.Kind == SocketRxKind.Polled)
            {
                return;
            }

            int length = _rx.DataLength;
            ctx.ReceivedSeqNum = (ushort)(ctx.ReceivedSeqNum + length);
            if (ctx.IsStream)
            {
                if (!ctx.Rx.Write(m.Buffer, _rx.DataOffset, length))
                {
                    Drop(ctx, length);
                    Raise(ctx, SocketEvent.Error, SocketStatus.Error);
                    return;
                }

                Raise(ctx, SocketEvent.Recv, SocketStatus.Ok);
                return;
            }

            if (ctx.RxDatagrams.IsFull || length > ctx.Rx.Free)
            {
                // UDP may lose datagrams; the bytes still count for the module's window
                Drop(ctx, length);
                return;
            }

            ctx.Rx.Write(m.Buffer, _rx.DataOffset, length);
            ctx.RxDatagrams.Push(length, _rx.RemoteAddressLength == 4 ? SocketConstants.AfInet : SocketConstants.AfInet6, _rx.RemoteAddress, _rx.RemotePort);
            Raise(ctx, SocketEvent.Recv, SocketStatus.Ok);
        }

        private void Drop(SocketContext ctx, int length)
        {
            DroppedBytes += length;
            ctx.DroppedBytes += length;
            Credit(ctx, length);
        }

        private void OnDnsResult(MessageReader m)
        {
            if (!_dnsActive || _dnsFailed || m.ElementCount < 3 || !m.StringEquals(1, _dnsHost))
            {
                return;
            }

            int length = m.CopyIpAddress(2, _address1, 0);
            if (length == 0)
            {
                return;
            }

            _endpoint.Set(length == 4 ? SocketConstants.AfInet : SocketConstants.AfInet6, _address1, 0, _dnsPort);
            _dnsResults.Add(_endpoint);
            Raise(-1, SocketEvent.DnsResolve, SocketStatus.Ok);
        }

        private void OnDnsError(MessageReader m)
        {
            int code;
            int type;
            int nameLength;
            if (!_dnsActive || _dnsFailed || _dnsResults.Count > 0 || !AecDecoder.Dnserr(m, out code, out type, _scratch, 0, out nameLength))
            {
                return;
            }

            if (Utf8.Equals(_scratch, 0, nameLength, _dnsHost))
            {
                FailDns(code);
            }
        }

        private void OnSystemEvent(WincDriver driver, SystemEvent systemEvent)
        {
            if (systemEvent != SystemEvent.HardReset && systemEvent != SystemEvent.CommsError
                && systemEvent != SystemEvent.UnexpectedReset && systemEvent != SystemEvent.ResetFailed
                && systemEvent != SystemEvent.ResetTimeout)
            {
                return;
            }

            // the module lost every socket: close every descriptor
            for (int i = 0; i < _sockets.Length; i++)
            {
                if (_sockets[i].InUse)
                {
                    Destroy(_sockets[i]);
                    Raise(i, SocketEvent.Close, SocketStatus.Error);
                }
            }

            if (_dnsActive && !_dnsFailed && _dnsResults.Count == 0)
            {
                FailDns((int)WincStatus.NetworkIntfDown);
            }
        }

        private void OnTask(WincDriver driver, long now)
        {
            for (int i = 0; i < _sockets.Length; i++)
            {
                SocketContext ctx = _sockets[i];
                if (!ctx.InUse || ctx.SockId == 0)
                {
                    continue;
                }

                if (ctx.AsyncConfigPending)
                {
                    SendAsyncConfig(ctx);
                }

                if (ctx.ClosePending && !ctx.Closing)
                {
                    SendClose(ctx);
                }

                SendCredit(ctx);
                if (ctx.RetryPending)
                {
                    if (ctx.RetryDelayMs > 0)
                    {
                        ctx.RetryAt = now + (ctx.RetryDelayMs * TimeSpan.TicksPerMillisecond);
                        ctx.RetryDelayMs = 0;
                    }
                    else if (now - ctx.RetryAt >= 0)
                    {
                        ctx.RetryPending = false;
                        ctx.WriteKickPending = true;
                    }
                }

                if (ctx.WriteKickPending)
                {
                    // the end of a task round: a short tail waiting for more data goes now
                    KickWrite(ctx, true);
                }
            }

            if (_dnsActive && !_dnsFailed && _dnsResults.Count == 0 && now - _dnsDeadline >= 0)
            {
                FailDns((int)WincStatus.DnsTimeout);
            }
        }
    }
}
