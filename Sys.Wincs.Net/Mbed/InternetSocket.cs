// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using DriverAddress = Drivers.Wincs02.Sockets.SocketAddress;

namespace Sys.Wincs.Net.Mbed
{
    /// <summary>
    /// What the Mbed-style sockets share (Mbed's <c>InternetSocket</c>): the interface, blocking mode
    /// and timeout, the sigio callback, and the state the service's events leave.
    /// </summary>
    /// <remarks>
    /// Blocking (the default) means: wait, running the driver, until done, failed or the timeout
    /// passed (-1 = <see cref="WincsNetworkInterface.MaxBlockingMs"/>; every wait ends), then return
    /// <see cref="NsapiError.WouldBlock"/>. Non-blocking returns WouldBlock at once. Calls made inside
    /// a callback never wait.
    /// </remarks>
    public abstract class InternetSocket : INetSockSink
    {
        private SigioHandler _sigio;

        internal InternetSocket()
        {
            Fd = -1;
            Timeout = -1;
            Config = new NetSocket();
            Scratch = new DriverAddress();
        }

        /// <summary>Gets a value indicating whether calls wait (timeout not 0).</summary>
        public bool IsBlocking => Timeout != 0;

        internal WincsNetworkInterface Interface { get; set; }

        internal WincsNetService Service { get; set; }

        internal NetSocket Config { get; private set; }

        /// <summary>Gets an endpoint for conversions, so that no call allocates one.</summary>
        internal DriverAddress Scratch { get; private set; }

        /// <summary>Gets or sets the service socket, or -1.</summary>
        internal int Fd { get; set; }

        internal int Timeout { get; private set; }

        internal bool Connected { get; set; }

        internal bool PeerClosedFlag { get; set; }

        internal NetSockError Error { get; set; }

        /// <summary>Attaches the socket to an interface (<c>open</c>).</summary>
        /// <param name="networkInterface">The interface.</param>
        /// <returns>Ok; Parameter when null or already open.</returns>
        public NsapiError Open(WincsNetworkInterface networkInterface)
        {
            if (networkInterface == null || Interface != null)
            {
                return NsapiError.Parameter;
            }

            Interface = networkInterface;
            Service = networkInterface.Service;
            ResetState();
            return NsapiError.Ok;
        }

        /// <summary>Closes the socket (<c>close</c>): the module socket is closed in the background; open again to reuse the object.</summary>
        /// <returns>Ok; NoSocket when not open.</returns>
        public virtual NsapiError Close()
        {
            if (Interface == null)
            {
                return NsapiError.NoSocket;
            }

            ReleaseSocket();
            Interface = null;
            return NsapiError.Ok;
        }

        /// <summary>Sets blocking or non-blocking mode (<c>set_blocking</c>): the same as a timeout of -1 or 0.</summary>
        /// <param name="blocking">True to wait.</param>
        public void SetBlocking(bool blocking)
        {
            Timeout = blocking ? -1 : 0;
        }

        /// <summary>Sets the timeout of blocking calls (<c>set_timeout</c>).</summary>
        /// <param name="timeoutMs">Milliseconds; 0 = non-blocking; -1 = block (bounded by <see cref="WincsNetworkInterface.MaxBlockingMs"/>).</param>
        public void SetTimeout(int timeoutMs)
        {
            Timeout = timeoutMs < 0 ? -1 : timeoutMs;
        }

        /// <summary>Registers the state-change callback (<c>sigio</c>); null removes it.</summary>
        /// <param name="handler">The callback.</param>
        public void Sigio(SigioHandler handler)
        {
            _sigio = handler;
        }

        /// <inheritdoc/>
        void INetSockSink.OnNetEvent(int socket, NetSockEvent netEvent, NetSockError error)
        {
            if (!OnSocketEvent(socket, netEvent, error))
            {
                return;
            }

            SigioHandler h = _sigio;
            if (h != null)
            {
                h();
            }
        }

        /// <summary>Applies a service event; false when it is not this socket's.</summary>
        /// <param name="socket">The socket of the event.</param>
        /// <param name="netEvent">The event.</param>
        /// <param name="error">Its reason.</param>
        /// <returns>True when it concerned this socket.</returns>
        internal virtual bool OnSocketEvent(int socket, NetSockEvent netEvent, NetSockError error)
        {
            if (socket != Fd)
            {
                return false;
            }

            switch (netEvent)
            {
                case NetSockEvent.Connected:
                case NetSockEvent.TlsDone:
                    Connected = true;
                    break;
                case NetSockEvent.Disconnected:
                    PeerClosedFlag = true;
                    break;
                case NetSockEvent.Error:
                    if (Error == NetSockError.None)
                    {
                        Error = error;
                    }

                    break;
                case NetSockEvent.Closed:
                    Fd = -1;
                    Connected = false;
                    break;
            }

            return true;
        }

        /// <summary>Closes the service socket, if any, and forgets it.</summary>
        internal void ReleaseSocket()
        {
            if (Service != null && Fd >= 0)
            {
                Service.Release(Fd);
            }

            ResetState();
        }

        internal void ResetState()
        {
            Fd = -1;
            Connected = false;
            PeerClosedFlag = false;
            Error = NetSockError.None;
        }

        /// <summary>The error a failed socket reports.</summary>
        /// <param name="error">The service's reason.</param>
        /// <returns>The nsapi error.</returns>
        internal static NsapiError Map(NetSockError error)
        {
            switch (error)
            {
                case NetSockError.None:
                    return NsapiError.Ok;
                case NetSockError.OpenFailed:
                    return NsapiError.NoSocket;
                case NetSockError.ResolveFailed:
                    return NsapiError.DnsFailure;
                case NetSockError.BindFailed:
                    return NsapiError.Parameter;
                case NetSockError.ConnectFailed:
                    return NsapiError.NoConnection;
                case NetSockError.TlsFailed:
                    return NsapiError.AuthFailure;
                case NetSockError.ListenFailed:
                    return NsapiError.DeviceError;
                default:
                    return NsapiError.ConnectionLost;
            }
        }
    }
}
