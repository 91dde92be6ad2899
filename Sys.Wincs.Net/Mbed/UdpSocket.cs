// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;

using DriverAddress = Drivers.Wincs02.Sockets.SocketAddress;

namespace Sys.Wincs.Net.Mbed
{
    /// <summary>
    /// A UDP socket (Mbed's <c>UDPSocket</c>): <see cref="Bind(int)"/>, <see cref="SendTo(SocketAddress, byte[], int, int)"/>,
    /// <see cref="RecvFrom(SocketAddress, byte[], int, int)"/>, <see cref="JoinMulticastGroup"/>. A socket
    /// that sends without being bound gets an unbound module socket of the destination's IP version.
    /// </summary>
    public sealed class UdpSocket : InternetSocket
    {
        private readonly DriverAddress _from = new DriverAddress();
        private readonly SocketAddress _destination = new SocketAddress();

        /// <summary>Creates an unopened socket.</summary>
        public UdpSocket()
        {
        }

        /// <summary>Binds to a local port on any address (<c>bind</c>); blocking waits until the module bound it.</summary>
        /// <param name="port">1..65535.</param>
        /// <returns>Ok; NoSocket; Parameter (bad port, already bound); NoMemory; and when blocking, the failure (Parameter for a refused bind) or WouldBlock on timeout.</returns>
        public NsapiError Bind(int port)
        {
            return Bind(null, port, NsapiVersion.Ipv4);
        }

        /// <summary>Binds to a local address and port (<c>bind(SocketAddress)</c>); the address selects IPv4 or IPv6.</summary>
        /// <param name="address">Local address (any) and port.</param>
        /// <returns>As <see cref="Bind(int)"/>.</returns>
        public NsapiError Bind(SocketAddress address)
        {
            if (address == null)
            {
                return NsapiError.Parameter;
            }

            NsapiVersion v = address.GetIpVersion();
            return Bind(address.IsValid ? address.GetIpAddress() : null, address.GetPort(), v == NsapiVersion.Unspec ? NsapiVersion.Ipv4 : v);
        }

        /// <summary>Sends a datagram to a host (<c>sendto(host, port, ...)</c>); a name is resolved first.</summary>
        /// <param name="host">Name or literal.</param>
        /// <param name="port">Port.</param>
        /// <param name="data">Data.</param>
        /// <param name="size">Bytes.</param>
        /// <returns>Bytes sent, or an error (DnsFailure, Parameter, NoSocket, WouldBlock...).</returns>
        public int SendTo(string host, int port, byte[] data, int size)
        {
            if (Interface == null)
            {
                return (int)NsapiError.NoSocket;
            }

            if (port < 1 || port > 0xFFFF)
            {
                return (int)NsapiError.Parameter;
            }

            _destination.SetPort(port);
            NsapiError e = Interface.GetHostByName(host, _destination, NsapiVersion.Ipv4);
            if (e != NsapiError.Ok)
            {
                return (int)e;
            }

            return SendTo(_destination, data, 0, size);
        }

        /// <summary>Sends a datagram (<c>sendto</c>).</summary>
        /// <param name="address">Destination.</param>
        /// <param name="data">Data.</param>
        /// <param name="size">Bytes from the start.</param>
        /// <returns>As <see cref="SendTo(SocketAddress, byte[], int, int)"/>.</returns>
        public int SendTo(SocketAddress address, byte[] data, int size)
        {
            return SendTo(address, data, 0, size);
        }

        /// <summary>Sends a datagram from a part of a buffer; it is queued whole or not at all.</summary>
        /// <param name="address">Destination.</param>
        /// <param name="data">Data.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="size">Bytes (at most 1472, 1452 over IPv6).</param>
        /// <returns>The size, or an error: NoSocket, Parameter (bad address or size), WouldBlock (queue full), ConnectionLost.</returns>
        public int SendTo(SocketAddress address, byte[] data, int offset, int size)
        {
            if (Interface == null)
            {
                return (int)NsapiError.NoSocket;
            }

            if (address == null || address.GetIpVersion() == NsapiVersion.Unspec || address.GetPort() == 0 || data == null
                || offset < 0 || size < 0 || offset > data.Length || size > data.Length - offset)
            {
                return (int)NsapiError.Parameter;
            }

            long deadline = Interface.Deadline(Timeout);
            if (Fd < 0)
            {
                NetSocket c = Config;
                c.BindType = BindType.None;
                c.SockType = NetSockType.Udp;
                c.SockAddr = null;
                c.SockPort = 0;
                c.IpType = address.GetIpVersion() == NsapiVersion.Ipv6 ? 6 : 4;
                NsapiError opened = OpenSocket(deadline);
                if (opened != NsapiError.Ok)
                {
                    return (int)opened;
                }
            }

            address.CopyTo(Scratch);
            while (true)
            {
                if (Error != NetSockError.None && Fd < 0)
                {
                    return (int)Map(Error);
                }

                if (Connected)
                {
                    WincsResult r = Service.SendDatagram(Fd, Scratch, data, offset, size);
                    if (r == WincsResult.Pass)
                    {
                        return size;
                    }

                    if (r == WincsResult.Fail)
                    {
                        return (int)(Fd < 0 ? NsapiError.NoSocket : NsapiError.Parameter);
                    }
                }
                else if (Fd < 0)
                {
                    return (int)NsapiError.NoSocket;
                }

                if (!Interface.MayWait(Timeout, deadline))
                {
                    return (int)NsapiError.WouldBlock;
                }

                Interface.Pump();
            }
        }

        /// <summary>Receives one datagram (<c>recvfrom</c>); what does not fit is discarded.</summary>
        /// <param name="address">Receives the sender, or null.</param>
        /// <param name="buffer">Receives the data.</param>
        /// <param name="size">Room from the start.</param>
        /// <returns>The datagram length (up to <paramref name="size"/>), or an error: NoSocket (not bound), Parameter, WouldBlock.</returns>
        public int RecvFrom(SocketAddress address, byte[] buffer, int size)
        {
            return RecvFrom(address, buffer, 0, size);
        }

        /// <summary>Receives one datagram into a part of a buffer.</summary>
        /// <param name="address">Receives the sender, or null.</param>
        /// <param name="buffer">Receives the data.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="size">Room.</param>
        /// <returns>As <see cref="RecvFrom(SocketAddress, byte[], int)"/>.</returns>
        public int RecvFrom(SocketAddress address, byte[] buffer, int offset, int size)
        {
            if (Interface == null)
            {
                return (int)NsapiError.NoSocket;
            }

            if (buffer == null || offset < 0 || size < 0 || offset > buffer.Length || size > buffer.Length - offset)
            {
                return (int)NsapiError.Parameter;
            }

            long deadline = 0;
            bool timed = false;
            while (true)
            {
                if (Fd < 0)
                {
                    return (int)(Error != NetSockError.None ? Map(Error) : NsapiError.NoSocket);
                }

                int n = Service.UdpSockRead((uint)Fd, size, buffer, offset, _from);
                if (n >= 0)
                {
                    if (address != null)
                    {
                        address.CopyFrom(_from);
                    }

                    return n;
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

        /// <summary>Joins a multicast group (<c>join_multicast_group</c>) on a bound socket; blocking waits until joined.</summary>
        /// <param name="group">The group (224.0.0.0/4 or ff00::/8) of the socket's IP version.</param>
        /// <returns>Ok; NoSocket (not bound); Parameter (not a group); NoMemory; WouldBlock on timeout.</returns>
        public NsapiError JoinMulticastGroup(SocketAddress group)
        {
            if (Interface == null || Fd < 0 || !Connected)
            {
                return NsapiError.NoSocket;
            }

            if (group == null || group.GetIpVersion() == NsapiVersion.Unspec)
            {
                return NsapiError.Parameter;
            }

            group.CopyTo(Scratch);
            long deadline = Interface.Deadline(Timeout);
            while (true)
            {
                WincsResult r = Service.JoinGroup(Fd, Scratch);
                if (r == WincsResult.Pass)
                {
                    break;
                }

                if (r == WincsResult.Fail)
                {
                    return NsapiError.Parameter;
                }

                if (!Interface.MayWait(Timeout, deadline))
                {
                    return NsapiError.NoMemory;
                }

                Interface.Pump();
            }

            while (Fd >= 0 && !Service.IsJoined(Fd) && Error == NetSockError.None && Interface.MayWait(Timeout, deadline))
            {
                Interface.Pump();
            }

            if (Error != NetSockError.None)
            {
                return Map(Error);
            }

            return Timeout == 0 || Service.IsJoined(Fd) ? NsapiError.Ok : NsapiError.WouldBlock;
        }

        private NsapiError Bind(string address, int port, NsapiVersion version)
        {
            if (Interface == null)
            {
                return NsapiError.NoSocket;
            }

            if (Fd >= 0 || port < 1 || port > 0xFFFF)
            {
                return NsapiError.Parameter;
            }

            NetSocket c = Config;
            c.BindType = BindType.Local;
            c.SockType = NetSockType.Udp;
            c.SockAddr = address;
            c.SockPort = port;
            c.IpType = version == NsapiVersion.Ipv6 ? 6 : 4;
            long deadline = Interface.Deadline(Timeout);
            NsapiError e = OpenSocket(deadline);
            if (e != NsapiError.Ok || Timeout == 0 || Service.InCallback)
            {
                return e;
            }

            while (!Connected && Error == NetSockError.None && Fd >= 0 && Interface.MayWait(Timeout, deadline))
            {
                Interface.Pump();
            }

            if (Connected)
            {
                return NsapiError.Ok;
            }

            NsapiError failed = Error != NetSockError.None ? Map(Error) : NsapiError.WouldBlock;
            ReleaseSocket();
            return failed;
        }

        private NsapiError OpenSocket(long deadline)
        {
            ResetState();
            while (true)
            {
                WincsResult r;
                lock (Service.SyncRoot)
                {
                    // the socket must be known before any event of it can run
                    r = Service.OpenOwned(Config, true, this);
                    if (r == WincsResult.Pass)
                    {
                        Fd = (int)Config.SockId;
                    }
                }

                if (r == WincsResult.Pass)
                {
                    return NsapiError.Ok;
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
        }
    }
}
