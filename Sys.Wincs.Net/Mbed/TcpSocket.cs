// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;

namespace Sys.Wincs.Net.Mbed
{
    /// <summary>
    /// A TCP stream (Mbed's <c>TCPSocket</c>): <see cref="InternetSocket.Open"/>, <see cref="Connect(string, int)"/>
    /// (host names through DNS), <see cref="Send(byte[], int, int)"/>, <see cref="Recv(byte[], int, int)"/>,
    /// <see cref="InternetSocket.Close"/>. Send and Recv of up to 1460 bytes allocate nothing.
    /// </summary>
    public sealed class TcpSocket : InternetSocket
    {
        private const int ChunkSize = 1460;

        /// <summary>Creates an unopened socket.</summary>
        public TcpSocket()
        {
        }

        /// <summary>
        /// Connects (<c>connect</c>). Blocking: waits for the connection. Non-blocking: the first call
        /// returns InProgress, later calls Already while connecting and IsConnected once connected.
        /// </summary>
        /// <param name="host">A host name (resolved by the module's DNS) or an IPv4/IPv6 literal.</param>
        /// <param name="port">The port.</param>
        /// <returns>
        /// Ok (blocking, connected); InProgress/Already/IsConnected (non-blocking); NoSocket (not open,
        /// or no socket free); Parameter; DnsFailure; NoConnection (refused/unreachable); ConnectionTimeout;
        /// NoMemory when the driver has no free request (try again).
        /// </returns>
        public NsapiError Connect(string host, int port)
        {
            if (Interface == null)
            {
                return NsapiError.NoSocket;
            }

            if (host == null || host.Length == 0 || port < 1 || port > 0xFFFF)
            {
                return NsapiError.Parameter;
            }

            long deadline = Interface.Deadline(Timeout);
            if (Fd < 0)
            {
                if (Error != NetSockError.None)
                {
                    // a non-blocking connect that failed (and whose socket is already gone) reports it once
                    NsapiError failed = Map(Error);
                    ResetState();
                    return failed;
                }

                // a fresh socket, or one whose connection ended: a new connect starts over
                ResetState();

                NetSocket c = Config;
                c.BindType = BindType.Remote;
                c.SockType = NetSockType.Tcp;
                c.SockAddr = host;
                c.SockPort = port;
                c.IpType = IsIpv6Literal(host) ? 6 : 4;
                c.TlsEnable = false;
                while (true)
                {
                    WincsResult r;
                    lock (Service.SyncRoot)
                    {
                        // the socket must be known before any event of it can run
                        r = Service.OpenOwned(c, false, this);
                        if (r == WincsResult.Pass)
                        {
                            Fd = (int)c.SockId;
                        }
                    }

                    if (r == WincsResult.Pass)
                    {
                        break;
                    }

                    if (r == WincsResult.Fail)
                    {
                        return NsapiError.NoSocket;
                    }

                    if (!Interface.MayWait(Timeout, deadline))
                    {
                        return NsapiError.NoMemory;
                    }

                    Interface.Pump();
                }

                if (Timeout == 0 || Service.InCallback)
                {
                    return NsapiError.InProgress;
                }
            }
            else if (Connected)
            {
                return NsapiError.IsConnected;
            }
            else if (Error == NetSockError.None && (Timeout == 0 || Service.InCallback))
            {
                return NsapiError.Already;
            }

            while (!Connected && Error == NetSockError.None && Fd >= 0 && Interface.MayWait(Timeout, deadline))
            {
                Interface.Pump();
            }

            if (Connected)
            {
                return NsapiError.Ok;
            }

            NsapiError e = Error != NetSockError.None ? Map(Error) : NsapiError.ConnectionTimeout;
            ReleaseSocket();
            return e;
        }

        /// <summary>Connects to an address (<c>connect(SocketAddress)</c>).</summary>
        /// <param name="address">Address and port.</param>
        /// <returns>As <see cref="Connect(string, int)"/>.</returns>
        public NsapiError Connect(SocketAddress address)
        {
            if (address == null || address.GetIpVersion() == NsapiVersion.Unspec)
            {
                return NsapiError.Parameter;
            }

            return Connect(address.GetIpAddress(), address.GetPort());
        }

        /// <summary>Sends (<c>send</c>).</summary>
        /// <param name="data">The data.</param>
        /// <param name="size">Bytes from the start of <paramref name="data"/>.</param>
        /// <returns>Bytes queued, or an error: NoSocket, NoConnection, Parameter, WouldBlock (nothing queued), ConnectionLost.</returns>
        public int Send(byte[] data, int size)
        {
            return Send(data, 0, size);
        }

        /// <summary>Sends from a part of a buffer. Blocking: queues everything unless the timeout passes (then the count queued so far).</summary>
        /// <param name="data">The data.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="size">Bytes.</param>
        /// <returns>As <see cref="Send(byte[], int)"/>.</returns>
        public int Send(byte[] data, int offset, int size)
        {
            if (Interface == null)
            {
                return (int)NsapiError.NoSocket;
            }

            if (data == null || offset < 0 || size < 0 || offset > data.Length || size > data.Length - offset)
            {
                return (int)NsapiError.Parameter;
            }

            if (Fd < 0 || !Connected)
            {
                return (int)(Error != NetSockError.None ? Map(Error) : NsapiError.NoConnection);
            }

            long deadline = 0;
            bool timed = false;
            int sent = 0;
            while (sent < size)
            {
                int chunk = size - sent > ChunkSize ? ChunkSize : size - sent;
                WincsResult r = Service.TcpSockWrite((uint)Fd, chunk, data, offset + sent);
                if (r == WincsResult.Pass)
                {
                    sent += chunk;
                    continue;
                }

                if (r == WincsResult.Fail || Fd < 0)
                {
                    if (sent > 0)
                    {
                        return sent;
                    }

                    return (int)(Error != NetSockError.None ? Map(Error) : NsapiError.ConnectionLost);
                }

                if (!timed)
                {
                    deadline = Interface.Deadline(Timeout);
                    timed = true;
                }

                if (!Interface.MayWait(Timeout, deadline))
                {
                    return sent > 0 ? sent : (int)NsapiError.WouldBlock;
                }

                Interface.Pump();
            }

            return sent;
        }

        /// <summary>Receives (<c>recv</c>).</summary>
        /// <param name="buffer">Receives the data.</param>
        /// <param name="size">Room from the start of <paramref name="buffer"/>.</param>
        /// <returns>Bytes received; 0 when the peer closed; or an error: NoSocket, NoConnection, Parameter, WouldBlock, ConnectionLost.</returns>
        public int Recv(byte[] buffer, int size)
        {
            return Recv(buffer, 0, size);
        }

        /// <summary>Receives into a part of a buffer; blocking waits for at least one byte.</summary>
        /// <param name="buffer">Receives the data.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="size">Room.</param>
        /// <returns>As <see cref="Recv(byte[], int)"/>.</returns>
        public int Recv(byte[] buffer, int offset, int size)
        {
            if (Interface == null)
            {
                return (int)NsapiError.NoSocket;
            }

            if (buffer == null || offset < 0 || size < 0 || offset > buffer.Length || size > buffer.Length - offset)
            {
                return (int)NsapiError.Parameter;
            }

            if (size == 0)
            {
                return 0;
            }

            long deadline = 0;
            bool timed = false;
            while (true)
            {
                if (Fd < 0)
                {
                    if (PeerClosedFlag)
                    {
                        return 0;
                    }

                    return (int)(Error != NetSockError.None ? Map(Error) : NsapiError.NoConnection);
                }

                int n = Service.TcpSockRead((uint)Fd, size, buffer, offset);
                if (n >= 0)
                {
                    return n;
                }

                if (Error != NetSockError.None)
                {
                    return (int)Map(Error);
                }

                if (!Connected)
                {
                    return (int)NsapiError.NoConnection;
                }

                if (!timed)
                {
                    deadline = Interface.Deadline(Timeout);
                    timed = true;
                }

                if (!Interface.MayWait(Timeout, deadline))
                {
                    return (int)NsapiError.WouldBlock;
                }

                Interface.Pump();
            }
        }

        /// <summary>Copies the remote endpoint (<c>getpeername</c>).</summary>
        /// <param name="address">Receives it.</param>
        /// <returns>Ok; NoSocket; NoConnection before the connection.</returns>
        public NsapiError GetPeerName(SocketAddress address)
        {
            if (address == null)
            {
                return NsapiError.Parameter;
            }

            if (Interface == null || Fd < 0)
            {
                return NsapiError.NoSocket;
            }

            if (!Connected || !Service.GetPeer(Fd, Scratch))
            {
                return NsapiError.NoConnection;
            }

            address.CopyFrom(Scratch);
            return NsapiError.Ok;
        }

        /// <summary>Takes a connection accepted by a <see cref="TcpServer"/>.</summary>
        /// <param name="networkInterface">The server's interface.</param>
        /// <param name="socket">The accepted socket, already adopted.</param>
        internal void AttachAccepted(WincsNetworkInterface networkInterface, int socket)
        {
            Interface = networkInterface;
            Service = networkInterface.Service;
            ResetState();
            Fd = socket;
            Connected = true;
        }

        private static bool IsIpv6Literal(string host)
        {
            for (int i = 0; i < host.Length; i++)
            {
                if (host[i] == ':')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
