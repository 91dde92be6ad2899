// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Sockets;
using Drivers.Wincs02.Tls;

namespace Sys.Wincs.Net
{
    /// <summary>Socket events of the driver turned into service events (<c>SYS_WINCS_NET_SocketEventCallback</c>).</summary>
    public sealed partial class WincsNetService
    {
        // Called by the socket layer inside WincDriver.Tasks (or inside a socket call), lock held.
        private void OnSocketEvent(WincSockets sockets, int fd, SocketEvent socketEvent, SocketStatus status)
        {
            if (fd < 0)
            {
                if (socketEvent == SocketEvent.DnsResolve)
                {
                    ServiceDns(_now);
                }

                return;
            }

            if (fd >= _slots.Length)
            {
                return;
            }

            NetSlot slot = _slots[fd];
            if (socketEvent == SocketEvent.Close)
            {
                OnClosed(slot, status);
                return;
            }

            if (!slot.InUse)
            {
                return;
            }

            if (socketEvent == SocketEvent.Open)
            {
                if (status == SocketStatus.Ok)
                {
                    slot.Opened = true;
                    Advance(slot);
                }
                else
                {
                    // the driver freed the descriptor already: ERROR and no CLOSED, unless the
                    // application had asked to close it, which then simply completes
                    NetSocket config = slot.Config;
                    INetSockSink sink = slot.Sink;
                    bool closing = slot.CloseRequested;
                    slot.Free();
                    RaiseFreed(fd, sink, config, closing ? NetSockEvent.Closed : NetSockEvent.Error, closing ? NetSockError.None : NetSockError.OpenFailed);
                }

                return;
            }

            if (slot.State == NetSlotState.Closing)
            {
                // only CLOSED matters once the socket is going away
                return;
            }

            switch (socketEvent)
            {
                case SocketEvent.Listen:
                    if (status != SocketStatus.Ok)
                    {
                        Fail(slot, slot.Stream ? NetSockError.ListenFailed : NetSockError.BindFailed, true);
                    }
                    else if (slot.Stream)
                    {
                        slot.State = NetSlotState.Listening;
                    }
                    else if (slot.Bind == BindType.Local)
                    {
                        slot.State = NetSlotState.Connected;
                        Raise(slot, NetSockEvent.Connected, NetSockError.None);
                    }

                    break;

                case SocketEvent.ConnectReq:
                    AcceptAll(slot);
                    break;

                case SocketEvent.Connect:
                    if (status != SocketStatus.Ok)
                    {
                        Fail(slot, NetSockError.ConnectFailed, true);
                    }
                    else if (!slot.Stream)
                    {
                        if (slot.JoinPending)
                        {
                            slot.JoinPending = false;
                            slot.Joined = true;
                        }

                        slot.State = NetSlotState.Connected;
                        Raise(slot, NetSockEvent.Connected, NetSockError.None);
                    }
                    else if (!slot.Tls && !slot.Accepted)
                    {
                        slot.State = NetSlotState.Connected;
                        Raise(slot, NetSockEvent.Connected, NetSockError.None);
                    }

                    // a TLS socket reports TLS_DONE only, as Harmony does
                    break;

                case SocketEvent.TlsConnect:
                    slot.TlsDone = true;
                    slot.State = NetSlotState.Connected;
                    Raise(slot, NetSockEvent.TlsDone, NetSockError.None);
                    break;

                case SocketEvent.Send:
                    if (status == SocketStatus.Ok)
                    {
                        slot.SendStalledSince = 0;
                        Raise(slot, NetSockEvent.SendComplete, NetSockError.None);
                    }
                    else if (slot.Stream && StallRetry(slot))
                    {
                        // the driver keeps the data: resumed from the task handler
                    }
                    else
                    {
                        // a broken stream is closed; a lost datagram leaves the socket usable
                        Fail(slot, NetSockError.SendFailed, slot.Stream);
                    }

                    break;

                case SocketEvent.Recv:
                    slot.ReadAgain = false;
                    Raise(slot, NetSockEvent.Read, NetSockError.None);
                    break;

                case SocketEvent.Disconnect:
                    slot.PeerClosed = true;
                    if (!slot.Stream)
                    {
                        break;
                    }

                    if ((_sockets.Poll(fd, SocketConstants.PollIn) & SocketConstants.PollIn) != 0)
                    {
                        // data first: the read that finds the end reports DISCONNECTED
                        Raise(slot, NetSockEvent.Read, NetSockError.None);
                    }
                    else
                    {
                        ReportDisconnect(slot);
                    }

                    break;

                case SocketEvent.Error:
                    {
                        NetSockError reason;
                        if (slot.Tls && !slot.TlsDone)
                        {
                            reason = NetSockError.TlsFailed;
                        }
                        else if (slot.State == NetSlotState.Connecting)
                        {
                            reason = NetSockError.ConnectFailed;
                        }
                        else if (slot.State == NetSlotState.Connected && (_sockets.Poll(fd, 0) & SocketConstants.PollErr) == 0)
                        {
                            // no SOCKERR: received data was lost (the module ignored the window)
                            reason = NetSockError.ReceiveFailed;
                        }
                        else
                        {
                            reason = NetSockError.SocketError;
                        }

                        Fail(slot, reason, true);
                    }

                    break;
            }
        }

        // Sends what the socket still needs after OPEN: TLS configuration, then bind/listen, connect or join.
        // A full request pool leaves the rest to the next Tasks; any other refusal is an ERROR.
        private void Advance(NetSlot slot)
        {
            if (!slot.InUse || !slot.Opened || slot.State != NetSlotState.Setup)
            {
                return;
            }

            int fd = slot.Fd;
            if (slot.Tls && !slot.TlsOptionSet)
            {
                if (!IsTlsContextUsable(slot.TlsContext))
                {
                    Fail(slot, NetSockError.TlsFailed, true);
                    return;
                }

                if (_sockets.SetSockOpt(fd, SocketConstants.IpProtoTls, SocketConstants.TlsConfIdx, WincTls.TlsCtxHandleToCfgIdx(slot.TlsContext)) != 0)
                {
                    FailUnlessRetry(slot, NetSockError.TlsFailed);
                    return;
                }

                slot.TlsOptionSet = true;
            }

            if (slot.Stream && !slot.NoDelaySet && slot.Config != null && slot.Config.NoDelay)
            {
                if (_sockets.SetSockOpt(fd, SocketConstants.IpProtoTcp, SocketConstants.TcpNoDelay, 1) != 0)
                {
                    FailUnlessRetry(slot, slot.Bind == BindType.Local ? NetSockError.ListenFailed : NetSockError.ConnectFailed);
                    return;
                }

                slot.NoDelaySet = true;
            }

            switch (slot.Bind)
            {
                case BindType.Remote:
                    if (slot.Host != null)
                    {
                        // connect once DNS answers
                        return;
                    }

                    if (_sockets.Connect(fd, slot.Remote) == -1 && _sockets.Errno != SocketErrno.EInProgress)
                    {
                        FailUnlessRetry(slot, NetSockError.ConnectFailed);
                        return;
                    }

                    slot.State = NetSlotState.Connecting;
                    return;

                case BindType.Local:
                    if (!slot.Bound)
                    {
                        _address.CopyFrom(slot.Local);
                        if (_sockets.Bind(fd, _address) != 0)
                        {
                            FailUnlessRetry(slot, NetSockError.BindFailed);
                            return;
                        }

                        slot.Bound = true;
                        if (!slot.Stream)
                        {
                            slot.State = NetSlotState.Binding;
                            return;
                        }
                    }

                    if (_sockets.Listen(fd, slot.Backlog) != 0)
                    {
                        FailUnlessRetry(slot, NetSockError.ListenFailed);
                        return;
                    }

                    slot.State = NetSlotState.Binding;
                    return;

                case BindType.Mcast:
                    if (!slot.Bound)
                    {
                        _address.Clear();
                        _address.Family = slot.Family;
                        _address.Port = slot.Local.Port;
                        if (_sockets.Bind(fd, _address) != 0)
                        {
                            FailUnlessRetry(slot, NetSockError.BindFailed);
                            return;
                        }

                        slot.Bound = true;
                    }

                    int option = slot.Family == SocketConstants.AfInet ? SocketConstants.IpAddMembership : SocketConstants.Ipv6AddMembership;
                    if (_sockets.SetSockOpt(fd, SocketConstants.IpProtoIp, option, slot.Remote) != 0)
                    {
                        FailUnlessRetry(slot, NetSockError.ConnectFailed);
                        return;
                    }

                    slot.JoinPending = true;
                    slot.State = NetSlotState.Binding;
                    return;

                default:
                    slot.State = NetSlotState.Connected;
                    Raise(slot, NetSockEvent.Connected, NetSockError.None);
                    return;
            }
        }

        // A failed stream write keeps its data in the driver. The driver itself resends writes the
        // module refuses (SOCKET_NOT_READY: its send buffer is full) for WincSockets.WriteRefusalTimeoutMs
        // (default 5 s, = SendStallTimeoutMs) and only then reports ETIMEDOUT, as it does for a write the
        // module never answered: that stall has lasted the whole budget, so it fails now. A write the
        // module failed with another status (EIO) on a stream that is still up is resumed every
        // SendRetryMs until SendStallTimeoutMs pass without progress; only then is it a failure.
        private bool StallRetry(NetSlot slot)
        {
            if (slot.State != NetSlotState.Connected
                || _sockets.GetSocketError(slot.Fd) == SocketErrno.ETimedOut
                || (_sockets.Poll(slot.Fd, 0) & (SocketConstants.PollErr | SocketConstants.PollHup)) != 0)
            {
                return false;
            }

            if (slot.SendStalledSince == 0)
            {
                slot.SendStalledSince = _now == 0 ? 1 : _now;
            }
            else if (_now - slot.SendStalledSince >= SendStallTimeoutMs * TimeSpan.TicksPerMillisecond)
            {
                return false;
            }

            slot.SendRetryAt = _now + (SendRetryMs * TimeSpan.TicksPerMillisecond);
            return true;
        }

        private void FailUnlessRetry(NetSlot slot, NetSockError reason)
        {
            if (_sockets.Errno != SocketErrno.ENoMem)
            {
                Fail(slot, reason, true);
            }
        }

        private void AcceptAll(NetSlot listener)
        {
            while (true)
            {
                int fd = _sockets.Accept(listener.Fd, _peer);
                if (fd < 0)
                {
                    return;
                }

                NetSlot slot = _slots[fd];
                slot.Take();
                slot.Config = listener.Config;
                slot.Sink = listener.Sink;
                slot.Bind = BindType.Local;
                slot.Stream = true;
                slot.Tls = listener.Tls;
                slot.TlsContext = listener.TlsContext;
                slot.Family = listener.Family;
                slot.Opened = true;
                slot.Bound = true;
                slot.Accepted = true;
                slot.ListenerFd = listener.Fd;
                slot.State = NetSlotState.Connected;
                slot.Remote.CopyFrom(_peer);
                _sockets.GetSockName(fd, slot.Local);
                Raise(slot, NetSockEvent.ClientConnected, NetSockError.None);
            }
        }

        private void ReportDisconnect(NetSlot slot)
        {
            if (slot.DisconnectReported || !slot.InUse)
            {
                return;
            }

            // as Harmony: the service closes the socket, then tells the application
            slot.DisconnectReported = true;
            slot.ServiceClosing = true;
            int generation = slot.Generation;
            Shutdown(slot);
            if (slot.Generation == generation)
            {
                Raise(slot, NetSockEvent.Disconnected, NetSockError.None);
            }
        }

        // Reports a failure; a fatal one closes the socket (CLOSED follows).
        private void Fail(NetSlot slot, NetSockError reason, bool close)
        {
            if (!slot.InUse || (close && slot.ErrorReported))
            {
                return;
            }

            if (close)
            {
                slot.ErrorReported = true;
                slot.ServiceClosing = true;
                slot.Host = null;
            }

            slot.LastError = reason;
            int generation = slot.Generation;
            Raise(slot, NetSockEvent.Error, reason);
            if (close && slot.Generation == generation && slot.State != NetSlotState.Closing)
            {
                Shutdown(slot);
            }
        }

        private void Shutdown(NetSlot slot)
        {
            slot.State = NetSlotState.Closing;
            slot.Host = null;
            slot.ShutdownPending = false;
            if (_sockets.Shutdown(slot.Fd, SocketConstants.ShutRdWr) == 0)
            {
                return;
            }

            if (_sockets.Errno == SocketErrno.EBadF)
            {
                // the driver no longer knows it: nothing to close on the module
                OnClosed(slot, SocketStatus.Ok);
                return;
            }

            // no free request: SOCKCL goes out from the task handler
            slot.ShutdownPending = true;
        }

        private void OnClosed(NetSlot slot, SocketStatus status)
        {
            if (!slot.InUse)
            {
                return;
            }

            bool lost = status != SocketStatus.Ok && !slot.CloseRequested && !slot.ServiceClosing && !slot.ErrorReported;
            int fd = slot.Fd;
            NetSocket config = slot.Config;
            INetSockSink sink = slot.Sink;
            slot.Free();
            int generation = slot.Generation;
            if (lost)
            {
                RaiseFreed(fd, sink, config, NetSockEvent.Error, NetSockError.ConnectionLost);
            }

            if (slot.Generation == generation)
            {
                RaiseFreed(fd, sink, config, NetSockEvent.Closed, NetSockError.None);
            }
        }

        private void OnTask(WincDriver driver, long now)
        {
            _now = now;
            for (int i = 0; i < _slots.Length; i++)
            {
                NetSlot slot = _slots[i];
                if (!slot.InUse)
                {
                    continue;
                }

                if (slot.ShutdownPending)
                {
                    Shutdown(slot);
                    continue;
                }

                if (slot.State == NetSlotState.Setup)
                {
                    Advance(slot);
                }

                if (slot.SendRetryAt != 0 && now - slot.SendRetryAt >= 0)
                {
                    // an empty send resumes the driver's paused write
                    slot.SendRetryAt = 0;
                    _sockets.Send(i, _bytes, 0, 0, 0);
                }

                if (slot.Host != null)
                {
                    if (slot.ResolveDeadline == 0)
                    {
                        slot.ResolveDeadline = now + (ResolveTimeoutMs * TimeSpan.TicksPerMillisecond);
                    }
                    else if (now - slot.ResolveDeadline >= 0)
                    {
                        Fail(slot, NetSockError.ResolveFailed, true);
                        continue;
                    }
                }

                if (!slot.InUse || slot.State == NetSlotState.Closing)
                {
                    continue;
                }

                if (slot.PeerClosed && slot.Stream && !slot.DisconnectReported
                    && (_sockets.Poll(i, SocketConstants.PollIn) & SocketConstants.PollIn) == 0)
                {
                    ReportDisconnect(slot);
                    continue;
                }

                if (slot.ReadAgain)
                {
                    slot.ReadAgain = false;
                    if ((_sockets.Poll(i, SocketConstants.PollIn) & SocketConstants.PollIn) != 0)
                    {
                        Raise(slot, NetSockEvent.Read, NetSockError.None);
                    }
                }
            }

            ServiceDns(now);
        }

        private void Raise(NetSlot slot, NetSockEvent netEvent, NetSockError error)
        {
            object handle = null;
            if (netEvent == NetSockEvent.Error)
            {
                handle = s_errors[(int)error];
            }
            else if (netEvent == NetSockEvent.ClientConnected)
            {
                handle = slot.Config;
            }

            Deliver(slot.Fd, slot.Sink, netEvent, error, handle);
        }

        private void RaiseFreed(int fd, INetSockSink sink, NetSocket config, NetSockEvent netEvent, NetSockError error)
        {
            Deliver(fd, sink, netEvent, error, netEvent == NetSockEvent.Error ? s_errors[(int)error] : null);
        }

        private void Deliver(int fd, INetSockSink sink, NetSockEvent netEvent, NetSockError error, object handle)
        {
            System.Threading.Thread outer = _dispatchThread;
            _dispatchThread = System.Threading.Thread.CurrentThread;
            try
            {
                if (sink != null)
                {
                    sink.OnNetEvent(fd, netEvent, error);
                    return;
                }

                NetSockCallback callback = _sockCallback;
                if (callback != null)
                {
                    callback((uint)fd, netEvent, handle);
                }
            }
            catch (Exception)
            {
                // a faulty callback must not leave the connection table half updated
                CallbackExceptions++;
            }
            finally
            {
                _dispatchThread = outer;
            }
        }
    }
}
