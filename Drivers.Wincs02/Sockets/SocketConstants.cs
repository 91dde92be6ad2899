// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Sockets
{
    /// <summary>
    /// Constants of the Berkeley socket API of the WINCS02 driver (<c>winc_socket.h</c>): address families,
    /// socket types, protocols, option levels and names, flags.
    /// </summary>
    public static class SocketConstants
    {
        /// <summary><c>AF_UNSPEC</c>.</summary>
        public const int AfUnspec = 0;

        /// <summary><c>AF_INET</c> (the module's protocol version 4).</summary>
        public const int AfInet = 4;

        /// <summary><c>AF_INET6</c> (the module's protocol version 6).</summary>
        public const int AfInet6 = 6;

        /// <summary><c>SOCK_DGRAM</c> (= the module's UDP protocol number).</summary>
        public const int SockDgram = 1;

        /// <summary><c>SOCK_STREAM</c> (= the module's TCP protocol number).</summary>
        public const int SockStream = 2;

        /// <summary><c>IPPROTO_IP</c>: option level of IP options.</summary>
        public const int IpProtoIp = 0;

        /// <summary><c>IPPROTO_TCP</c>.</summary>
        public const int IpProtoTcp = 6;

        /// <summary><c>IPPROTO_UDP</c>.</summary>
        public const int IpProtoUdp = 17;

        /// <summary><c>IPPROTO_TLS</c>: a TLS stream socket; also the option level of <see cref="TlsConfIdx"/>.</summary>
        public const int IpProtoTls = 253;

        /// <summary><c>SOL_SOCKET</c>: option level of socket options.</summary>
        public const int SolSocket = 65535;

        /// <summary><c>SO_SNDBUF</c>: module send buffer (1460..32768).</summary>
        public const int SoSndBuf = 7;

        /// <summary><c>SO_RCVBUF</c>: module receive buffer (1460..32768).</summary>
        public const int SoRcvBuf = 8;

        /// <summary><c>SO_KEEPALIVE</c>: keep-alive timeout.</summary>
        public const int SoKeepAlive = 9;

        /// <summary><c>SO_LINGER</c>.</summary>
        public const int SoLinger = 13;

        /// <summary><c>SO_ASYNC_MODE</c>: 1 simple, 2 acknowledged (0, polled reads, is not supported by this driver).</summary>
        public const int SoAsyncMode = 100;

        /// <summary><c>TCP_NODELAY</c> (level <see cref="IpProtoTcp"/>).</summary>
        public const int TcpNoDelay = 1;

        /// <summary><c>IP_TOS</c> (level <see cref="IpProtoIp"/>).</summary>
        public const int IpTos = 1;

        /// <summary><c>IP_ADD_MEMBERSHIP</c>: join an IPv4 multicast group.</summary>
        public const int IpAddMembership = 35;

        /// <summary><c>IPV6_ADD_MEMBERSHIP</c>: join an IPv6 multicast group.</summary>
        public const int Ipv6AddMembership = 20;

        /// <summary><c>TLS_CONF_IDX</c> (level <see cref="IpProtoTls"/>): TLS configuration of the socket; set it before connect or listen.</summary>
        public const int TlsConfIdx = 1;

        /// <summary><c>SOMAXCONN</c> (<c>WINC_CMD_PARAM_MAX_SOCKET_PEND_SKTS</c>).</summary>
        public const int SoMaxConn = 10;

        /// <summary><c>MSG_PEEK</c>: read without consuming.</summary>
        public const int MsgPeek = 0x2;

        /// <summary><c>MSG_TRUNC</c>: return the real length of a datagram (or of the pending stream data).</summary>
        public const int MsgTrunc = 0x20;

        /// <summary><c>SHUT_RD</c> (every value closes the socket).</summary>
        public const int ShutRd = 0;

        /// <summary><c>SHUT_WR</c> (every value closes the socket).</summary>
        public const int ShutWr = 1;

        /// <summary><c>SHUT_RDWR</c>.</summary>
        public const int ShutRdWr = 2;

        /// <summary><c>EAI_BADFLAGS</c>.</summary>
        public const int EaiBadFlags = -1;

        /// <summary><c>EAI_NONAME</c>: no host name, or a bad port.</summary>
        public const int EaiNoName = -2;

        /// <summary><c>EAI_AGAIN</c>: the answer is not there yet; call again with the same host.</summary>
        public const int EaiAgain = -3;

        /// <summary><c>EAI_FAIL</c>.</summary>
        public const int EaiFail = -4;

        /// <summary><c>EAI_NODATA</c>.</summary>
        public const int EaiNoData = -5;

        /// <summary><c>EAI_FAMILY</c>: unsupported family in the hint.</summary>
        public const int EaiFamily = -6;

        /// <summary><c>EAI_SOCKTYPE</c>.</summary>
        public const int EaiSockType = -7;

        /// <summary><c>EAI_SERVICE</c>.</summary>
        public const int EaiService = -8;

        /// <summary><c>EAI_MEMORY</c>: no request available; try again.</summary>
        public const int EaiMemory = -10;

        /// <summary><c>EAI_SYSTEM</c>: failed; see <see cref="WincSockets.Errno"/>.</summary>
        public const int EaiSystem = -11;

        /// <summary><c>EAI_OVERFLOW</c>.</summary>
        public const int EaiOverflow = -12;

        /// <summary><c>POLLIN</c>: data (or a connection) to accept.</summary>
        public const int PollIn = 0x001;

        /// <summary><c>POLLOUT</c>: room to send.</summary>
        public const int PollOut = 0x004;

        /// <summary><c>POLLERR</c>: the module reported an error.</summary>
        public const int PollErr = 0x008;

        /// <summary><c>POLLHUP</c>: the peer closed.</summary>
        public const int PollHup = 0x010;

        /// <summary><c>POLLNVAL</c>: not an open socket.</summary>
        public const int PollNval = 0x020;
    }
}
