// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Sockets;

namespace Sys.Wincs.Net.Mbed
{
    /// <summary>
    /// A TCP server (Mbed's <c>TCPServer</c>): <see cref="Bind(int)"/>, <see cref="Listen(int)"/>,
    /// <see cref="Accept"/> into a <see cref="TcpSocket"/>. Connections arrive while nobody calls
    /// Accept and wait in a queue (one per socket of the driver).
    /// </summary>
    public sealed class TcpServer : InternetSocket
    {
        private readonly int[] _pending = new int[WincSockets.DefaultSocketCount];
        private int _pendingCount;
        private int _port;
        private string _address;
        private NsapiVersion _version = NsapiVersion.Ipv4;

        /// <summary>Creates an unopened server.</summary>
        public TcpServer()
        {
        }

        /// <summary>Gets the number of accepted connections waiting for <see cref="Accept"/>.</summary>
        public int PendingCount => _pendingCount;

        /// <summary>Chooses the local port (<c>bind</c>); the module binds it at <see cref="Listen(int)"/>.</summary>
        /// <param name="port">1..65535.</param>
        /// <returns>Ok; NoSocket when not open; Parameter for a bad port or a server already listening.</returns>
        public NsapiError Bind(int port)
        {
            if (Interface == null)
            {
                return NsapiError.NoSocket;
            }

            if (Fd >= 0 || port < 1 || port > 0xFFFF)
            {
                return NsapiError.Parameter;
            }

            _port = port;
            _address = null;
            _version = NsapiVersion.Ipv4;
            return NsapiError.Ok;
        }

        /// <summary>Chooses the local address (any, or a literal; it selects IPv4 or IPv6) and port.</summary>
        /// <param name="address">Address and port.</param>
        /// <returns>As <see cref="Bind(int)"/>.</returns>
        public NsapiError Bind(SocketAddress address)
        {
            if (address == null)
            {
                return NsapiError.Parameter;
            }

            NsapiError e = Bind(address.GetPort());
            if (e == NsapiError.Ok)
            {
                _address = address.IsValid ? address.GetIpAddress() : null;
                _version = address.GetIpVersion() == NsapiVersion.Ipv6 ? NsapiVersion.Ipv6 : NsapiVersion.Ipv4;
            }

            return e;
        }

        /// <summary>Listens with a backlog of 1 (Mbed's default).</summary>
        /// <returns>As <see cref="Listen(int)"/>.</returns>
        public NsapiError Listen()
        {
            return Listen(1);
        }

        /// <summary>Starts listening (<c>listen</c>); blocking waits until the module listens.</summary>
        /// <param name="backlog">Pending connections the module holds, 1..<see cref="WincsNetService.MaxBacklog"/>.</param>
        /// <returns>Ok; NoSocket; Parameter (not bound, bad backlog, already listening); NoMemory; the failure; WouldBlock on timeout.</returns>
        public NsapiError Listen(int backlog)
        {
            if (Interface == null)
            {
                return NsapiError.NoSocket;
            }

            if (_port == 0 || Fd >= 0 || backlog < 1 || backlog > WincsNetService.MaxBacklog)
            {
                return NsapiError.Parameter;
            }

            NetSocket c = Config;
            c.BindType = BindType.Local;
            c.SockType = NetSockType.Tcp;
            c.SockAddr = _address;
            c.SockPort = _port;
            c.IpType = _version == NsapiVersion.Ipv6 ? 6 : 4;
            c.Backlog = backlog;
            c.TlsEnable = false;
            ResetState();
            long deadline = Interface.Deadline(Timeout);
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
                return NsapiError.Ok;
            }

            while (Fd >= 0 && Error == NetSockError.None && !Service.IsListening((uint)Fd) && Interface.MayWait(Timeout, deadline))
            {
                Interface.Pump();
            }

            if (Fd >= 0 && Service.IsListening((uint)Fd))
            {
                return NsapiError.Ok;
            }

            NsapiError e = Error != NetSockError.None ? Map(Error) : NsapiError.WouldBlock;
            ReleaseSocket();
            return e;
        }

        /// <summary>Takes a connection (<c>accept</c>); blocking waits for one.</summary>
        /// <param name="connection">An unopened (or closed) socket that receives the connection.</param>
        /// <param name="address">Receives the peer, or null.</param>
        /// <returns>Ok; NoSocket when not listening; Parameter; WouldBlock when none came.</returns>
        public NsapiError Accept(TcpSocket connection, SocketAddress address)
        {
            if (Interface == null || Fd < 0)
            {
                return NsapiError.NoSocket;
            }

            if (connection == null || connection.Fd >= 0 || (connection.Interface != null && connection.Interface != Interface))
            {
                return NsapiError.Parameter;
            }

            long deadline = 0;
            bool timed = false;
            while (true)
            {
                int socket = Take();
                if (socket >= 0)
                {
                    if (Service.Adopt(socket, connection, Scratch))
                    {
                        connection.AttachAccepted(Interface, socket);
                        if (address != null)
                        {
                            address.CopyFrom(Scratch);
                        }

                        return NsapiError.Ok;
                    }

                    continue;
                }

                if (Fd < 0)
                {
                    return NsapiError.NoSocket;
                }

                if (!timed)
                {
                    deadline = Interface.Deadline(Timeout);
                    timed = true;
                }

                if (!Interface.MayWait(Timeout, deadline))
                {
                    return NsapiError.WouldBlock;
                }

                Interface.Pump();
            }
        }

        /// <summary>Stops listening and closes the connections nobody accepted.</summary>
        /// <returns>As <see cref="InternetSocket.Close"/>.</returns>
        public override NsapiError Close()
        {
            if (Interface != null)
            {
                lock (Service.SyncRoot)
                {
                    for (int i = 0; i < _pendingCount; i++)
                    {
                        Service.Release(_pending[i]);
                    }

                    _pendingCount = 0;
                }
            }

            _port = 0;
            return base.Close();
        }

        /// <inheritdoc/>
        internal override bool OnSocketEvent(int socket, NetSockEvent netEvent, NetSockError error)
        {
            if (netEvent == NetSockEvent.ClientConnected)
            {
                if (_pendingCount < _pending.Length)
                {
                    _pending[_pendingCount++] = socket;
                }
                else
                {
                    Service.Release(socket);
                }

                return true;
            }

            if (socket != Fd)
            {
                // a connection not accepted yet: only its end matters
                if (netEvent == NetSockEvent.Closed || netEvent == NetSockEvent.Disconnected || netEvent == NetSockEvent.Error)
                {
                    Remove(socket);
                }

                return false;
            }

            return base.OnSocketEvent(socket, netEvent, error);
        }

        private int Take()
        {
            lock (Service.SyncRoot)
            {
                if (_pendingCount == 0)
                {
                    return -1;
                }

                int socket = _pending[0];
                for (int i = 1; i < _pendingCount; i++)
                {
                    _pending[i - 1] = _pending[i];
                }

                _pendingCount--;
                return socket;
            }
        }

        private void Remove(int socket)
        {
            for (int i = 0; i < _pendingCount; i++)
            {
                if (_pending[i] == socket)
                {
                    for (int j = i + 1; j < _pendingCount; j++)
                    {
                        _pending[j - 1] = _pending[j];
                    }

                    _pendingCount--;
                    return;
                }
            }
        }
    }
}
