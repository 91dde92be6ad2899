// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>
    /// Configuration of a socket opened with <see cref="NetSockService.SockTcpOpen"/> or
    /// <see cref="NetSockService.SockUdpOpen"/> (<c>SYS_WINCS_NET_SOCKET_t</c>). The service keeps a
    /// reference to it while the socket is open (it is the handle of CLIENT_CONNECTED events); do not
    /// change it until the socket is CLOSED.
    /// </summary>
    public sealed class NetSocket
    {
        /// <summary>Gets or sets the role: server, client, multicast or none (<c>bindType</c>).</summary>
        public BindType BindType { get; set; }

        /// <summary>Gets or sets the transport (<c>sockType</c>).</summary>
        public NetSockType SockType { get; set; }

        /// <summary>Gets or sets the port: local for servers and multicast, remote for clients (<c>sockPort</c>).</summary>
        public int SockPort { get; set; }

        /// <summary>
        /// Gets or sets the address (<c>sockAddr</c>): the server for clients, an IPv4/IPv6 literal or a
        /// host name resolved through the module's DNS (Harmony accepts literals only); the group for
        /// multicast; null or a local literal for servers.
        /// </summary>
        public string SockAddr { get; set; }

        /// <summary>Gets or sets the socket id, written by the service when the socket opens (<c>sockID</c>, output).</summary>
        public uint SockId { get; set; }

        /// <summary>Gets or sets a value indicating whether the TCP socket uses TLS (<c>tlsEnable</c>).</summary>
        public bool TlsEnable { get; set; }

        /// <summary>Gets or sets the IP version, 4 or 6 (<c>ipType</c>, see <see cref="NetIpType"/>).</summary>
        public int IpType { get; set; }

        /// <summary>
        /// Gets or sets the TLS context of this socket (a handle from <see cref="NetSockService.OpenTlsCtx"/>);
        /// 0 uses the current context, as Harmony's single global context did.
        /// </summary>
        public int TlsContext { get; set; }

        /// <summary>
        /// Gets or sets the listen backlog of a TCP server (pending connections the module holds),
        /// 1..<see cref="WincsNetService.MaxBacklog"/>; 0 uses <see cref="WincsNetService.NoOfClientSockets"/>.
        /// </summary>
        public int Backlog { get; set; }

        /// <summary>
        /// Gets or sets a value indicating whether small writes go out at once (TCP_NODELAY, SOCKC SO_NODELAY;
        /// nanoWincs, Harmony leaves the module default). Set before bind or connect; the sockets a server
        /// accepts inherit it. Request/response protocols (WebSocket, HTTP) want it: with Nagle's algorithm,
        /// the last partial segment of a reply waits for the peer's delayed ACK.
        /// </summary>
        public bool NoDelay { get; set; }
    }
}
