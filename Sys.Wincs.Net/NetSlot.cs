// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Sockets;

namespace Sys.Wincs.Net
{
    /// <summary>
    /// One entry of the service's connection table (<c>SYS_WINCS_NET_CID_TYPE</c>), indexed by the
    /// socket descriptor and preallocated.
    /// </summary>
    internal sealed class NetSlot
    {
        internal NetSlot(int fd)
        {
            Fd = fd;
            Local = new SocketAddress();
            Remote = new SocketAddress();
        }

        internal int Fd { get; private set; }

        internal SocketAddress Local { get; private set; }

        internal SocketAddress Remote { get; private set; }

        /// <summary>Gets a number that changes every time the entry is taken or freed (so a callback can tell it was reused).</summary>
        internal int Generation { get; private set; }

        internal bool InUse { get; set; }

        internal NetSlotState State { get; set; }

        internal NetSocket Config { get; set; }

        internal INetSockSink Sink { get; set; }

        internal BindType Bind { get; set; }

        internal bool Stream { get; set; }

        internal bool Tls { get; set; }

        internal int TlsContext { get; set; }

        internal int Family { get; set; }

        internal int Backlog { get; set; }

        /// <summary>Gets or sets a value indicating whether the module opened the socket (driver OPEN).</summary>
        internal bool Opened { get; set; }

        /// <summary>Gets or sets the host name waiting for DNS, or null.</summary>
        internal string Host { get; set; }

        internal long ResolveDeadline { get; set; }

        internal bool TlsOptionSet { get; set; }

        internal bool NoDelaySet { get; set; }

        internal bool Bound { get; set; }

        internal bool JoinPending { get; set; }

        internal bool Joined { get; set; }

        internal bool Accepted { get; set; }

        internal int ListenerFd { get; set; }

        internal bool TlsDone { get; set; }

        internal bool PeerClosed { get; set; }

        internal bool DisconnectReported { get; set; }

        internal bool ReadAgain { get; set; }

        internal bool CloseRequested { get; set; }

        internal bool ServiceClosing { get; set; }

        internal bool ShutdownPending { get; set; }

        internal bool ErrorReported { get; set; }

        /// <summary>Gets or sets when the module started refusing a stream write (driver clock), or 0.</summary>
        internal long SendStalledSince { get; set; }

        /// <summary>Gets or sets when the paused write is resumed (driver clock), or 0.</summary>
        internal long SendRetryAt { get; set; }

        internal NetSockError LastError { get; set; }

        /// <summary>Takes the entry for a new socket.</summary>
        internal void Take()
        {
            Clear();
            InUse = true;
            State = NetSlotState.Setup;
        }

        /// <summary>Frees the entry.</summary>
        internal void Free()
        {
            Clear();
        }

        private void Clear()
        {
            Generation++;
            InUse = false;
            State = NetSlotState.Free;
            Config = null;
            Sink = null;
            Bind = BindType.None;
            Stream = false;
            Tls = false;
            TlsContext = 0;
            Family = 0;
            Backlog = 0;
            Opened = false;
            Host = null;
            ResolveDeadline = 0;
            TlsOptionSet = false;
            NoDelaySet = false;
            Bound = false;
            JoinPending = false;
            Joined = false;
            Accepted = false;
            ListenerFd = -1;
            TlsDone = false;
            PeerClosed = false;
            DisconnectReported = false;
            ReadAgain = false;
            CloseRequested = false;
            ServiceClosing = false;
            ShutdownPending = false;
            ErrorReported = false;
            SendStalledSince = 0;
            SendRetryAt = 0;
            LastError = NetSockError.None;
            Local.Clear();
            Remote.Clear();
        }
    }
}
