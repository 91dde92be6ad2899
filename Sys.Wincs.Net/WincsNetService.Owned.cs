// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Sockets;

namespace Sys.Wincs.Net
{
    /// <summary>Sockets owned by an object of the Mbed-style API (Sys.Wincs.Net.Mbed): its events go to that object.</summary>
    public sealed partial class WincsNetService
    {
        private static readonly NetDiscardSink s_discard = new NetDiscardSink();
        private Thread _dispatchThread;

        /// <summary>Gets the lock shared with the driver.</summary>
        internal object SyncRoot => _sync;

        /// <summary>Gets a value indicating whether the calling thread is inside a service callback (it must not wait).</summary>
        internal bool InCallback => _dispatchThread == Thread.CurrentThread;

        /// <summary>Opens a socket whose events go to <paramref name="sink"/>.</summary>
        /// <param name="config">The configuration (its SockId receives the socket).</param>
        /// <param name="udp">True for SOCK_UDP_OPEN.</param>
        /// <param name="sink">The owner.</param>
        /// <returns>As SOCK_TCP_OPEN.</returns>
        internal WincsResult OpenOwned(NetSocket config, bool udp, INetSockSink sink)
        {
            lock (_sync)
            {
                return Open(config, udp, sink);
            }
        }

        /// <summary>Gives an accepted socket to its new owner and copies its peer.</summary>
        /// <param name="socket">The accepted socket.</param>
        /// <param name="sink">The new owner.</param>
        /// <param name="peer">Receives the peer, or null.</param>
        /// <returns>False when the socket is gone.</returns>
        internal bool Adopt(int socket, INetSockSink sink, SocketAddress peer)
        {
            lock (_sync)
            {
                NetSlot slot = Find((uint)socket);
                if (slot == null || slot.State == NetSlotState.Closing)
                {
                    return false;
                }

                slot.Sink = sink;
                if (peer != null)
                {
                    peer.CopyFrom(slot.Remote);
                }

                return true;
            }
        }

        /// <summary>Closes a socket for its owner, whose object no longer hears of it.</summary>
        /// <param name="socket">The socket.</param>
        internal void Release(int socket)
        {
            lock (_sync)
            {
                NetSlot slot = Find((uint)socket);
                if (slot == null)
                {
                    return;
                }

                slot.Sink = s_discard;
                if (!slot.CloseRequested)
                {
                    slot.CloseRequested = true;
                    if (slot.State != NetSlotState.Closing)
                    {
                        Shutdown(slot);
                    }
                }
            }
        }

        /// <summary>Tells whether the peer of a stream has closed (DISCONNECTED was raised or is due).</summary>
        /// <param name="socket">The socket.</param>
        /// <returns>True when closed by the peer, or gone.</returns>
        internal bool PeerClosed(int socket)
        {
            lock (_sync)
            {
                NetSlot slot = Find((uint)socket);
                return slot == null || slot.PeerClosed;
            }
        }

        /// <summary>Copies the peer of a socket.</summary>
        /// <param name="socket">The socket.</param>
        /// <param name="peer">Receives it.</param>
        /// <returns>False when unknown.</returns>
        internal bool GetPeer(int socket, SocketAddress peer)
        {
            lock (_sync)
            {
                NetSlot slot = Find((uint)socket);
                if (slot == null || slot.Remote.Family == SocketConstants.AfUnspec)
                {
                    return false;
                }

                peer.CopyFrom(slot.Remote);
                return true;
            }
        }

        /// <summary>Joins a bound UDP socket to a multicast group; CONNECTED follows when joined.</summary>
        /// <param name="socket">The socket.</param>
        /// <param name="group">The group.</param>
        /// <returns>Pass when sent; Busy without a free request; Fail for a socket that is not a bound UDP socket, or a group that is not one.</returns>
        internal WincsResult JoinGroup(int socket, SocketAddress group)
        {
            lock (_sync)
            {
                NetSlot slot = Find((uint)socket);
                if (slot == null || slot.Stream || slot.State != NetSlotState.Connected || slot.Bind != BindType.Local
                    || group.Family != slot.Family || !IsMulticast(group.Family, group.Address))
                {
                    return WincsResult.Fail;
                }

                int option = group.Family == SocketConstants.AfInet ? SocketConstants.IpAddMembership : SocketConstants.Ipv6AddMembership;
                if (_sockets.SetSockOpt(slot.Fd, SocketConstants.IpProtoIp, option, group) != 0)
                {
                    return _sockets.Errno == SocketErrno.ENoMem ? WincsResult.Busy : WincsResult.Fail;
                }

                slot.Joined = false;
                slot.JoinPending = true;
                return WincsResult.Pass;
            }
        }

        /// <summary>Tells whether a multicast join has completed.</summary>
        /// <param name="socket">The socket.</param>
        /// <returns>True when joined.</returns>
        internal bool IsJoined(int socket)
        {
            lock (_sync)
            {
                NetSlot slot = Find((uint)socket);
                return slot != null && slot.Joined;
            }
        }

        /// <summary>Sends a datagram to an address already in binary form (no text to parse).</summary>
        /// <param name="socket">The socket.</param>
        /// <param name="destination">Destination.</param>
        /// <param name="buffer">Data.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Bytes.</param>
        /// <returns>As UdpSockWrite.</returns>
        internal WincsResult SendDatagram(int socket, SocketAddress destination, byte[] buffer, int offset, int length)
        {
            lock (_sync)
            {
                NetSlot slot = Find((uint)socket);
                if (slot == null || slot.Stream || buffer == null || length < 0 || offset < 0 || offset > buffer.Length || length > buffer.Length - offset)
                {
                    return WincsResult.Fail;
                }

                if (_sockets.SendTo(slot.Fd, buffer, offset, length, 0, destination) == length)
                {
                    return WincsResult.Pass;
                }

                return _sockets.Errno == SocketErrno.EWouldBlock ? WincsResult.Busy : WincsResult.Fail;
            }
        }
    }
}
