// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Sys.Wincs.Net;

namespace Sys.Wss
{
    /// <summary>
    /// The SYS_WSS WebSocket server over SYS_WINCS_NET sockets: one listening socket whose accepted
    /// sockets are mapped to client slots (0 to MaxClients - 1), a client beyond the maximum gets
    /// HTTP 503 and nobody else is disturbed. Buffers are allocated by <see cref="Initialize"/>; after
    /// that, receiving and echoing messages allocates nothing.
    /// </summary>
    /// <remarks>
    /// Call <see cref="Task"/> from the application loop next to the driver's Tasks(); socket events
    /// arrive through the net service's callback, which the server installs and chains: events of
    /// sockets that are not the server's are passed on to the callback that was set before Initialize
    /// (set your own socket callback first).
    /// </remarks>
    public sealed class WssServer : IWssTransport
    {
        /// <summary>Largest chunk offered to TcpSockWrite at once (one SOCKWR payload).</summary>
        public const int WriteChunk = 1460;

        // sockets the server is done with whose last bytes (a close frame, the 503 page) are still on the way
        private const int MaxLingering = 4 + WssConfig.MaxClientsLimit;
        private const long LingerTimeoutTicks = 2000 * 10000L;
        private const long RelistenIntervalTicks = 1000 * 10000L;

        private readonly WincsNetService _net;
        private readonly NetSockCallback _netCallback;
        private readonly byte[] _rx = new byte[WriteChunk];
        private readonly byte[] _errorPage = new byte[192];
        private readonly int[] _lingerSockets = new int[MaxLingering];
        private readonly long[] _lingerDeadlines = new long[MaxLingering];
        private WssConnection[] _clients;
        private WssConfig _config;
        private NetSocket _listen;
        private NetSockCallback _chained;
        private WssCallback _callback;
        private object _cookie;
        private bool _initialized;
        private bool _listening;
        private long _relistenAt;
        private int _errorPageLength;

        /// <summary>Creates a server that will use <paramref name="net"/> for its sockets.</summary>
        /// <param name="net">The SYS_WINCS_NET service.</param>
        public WssServer(WincsNetService net)
        {
            if (net == null)
            {
                throw new ArgumentNullException();
            }

            _net = net;
            _netCallback = OnNetEvent;
            for (int i = 0; i < MaxLingering; i++)
            {
                _lingerSockets[i] = -1;
            }
        }

        /// <summary>Gets the configuration in use, or null before <see cref="Initialize"/>.</summary>
        public WssConfig Config => _config;

        /// <summary>Gets a value indicating whether the module listens (the listen was accepted, clients can connect now).</summary>
        public bool IsListening => _listening && _listen != null && _net.IsListening(_listen.SockId);

        /// <summary>Gets the number of clients refused with HTTP 503 because every slot was taken.</summary>
        public int RejectedClients { get; private set; }

        /// <summary>
        /// Starts the server (<c>SYS_WSS_Initialize</c>); unlike Harmony, the callback and cookie given here are used.
        /// </summary>
        /// <param name="config">Configuration, or null for the defaults (port 8000, 2 clients).</param>
        /// <param name="callback">Event callback, or null (set one later with <see cref="RegisterCallback"/>).</param>
        /// <param name="cookie">Passed back with every event.</param>
        /// <returns>Success, or Failure when the configuration is invalid, the server already runs, or the socket cannot be opened.</returns>
        public WssResult Initialize(WssConfig config, WssCallback callback, object cookie)
        {
            if (_initialized)
            {
                return WssResult.Failure;
            }

            if (config == null)
            {
                config = new WssConfig();
            }

            try
            {
                config.Validate();
            }
            catch (ArgumentOutOfRangeException)
            {
                return WssResult.ErrorInvalidArgument;
            }

            if (_clients == null || _config != config)
            {
                _clients = new WssConnection[config.MaxClients];
                for (int i = 0; i < _clients.Length; i++)
                {
                    _clients[i] = new WssConnection(i, config, this);
                }
            }

            _config = config;
            _errorPageLength = Protocol.WssHandshake.WriteError(_errorPage, 0, 503);
            RegisterCallback(callback, cookie);

            object[] slots = new object[WincsNetService.SockServiceCbMax];
            _net.SockSrvCtrl(NetSockService.SockGetCallback, slots);
            _chained = slots[0] as NetSockCallback;
            if (_chained == _netCallback)
            {
                _chained = null;
            }

            _net.SockSrvCtrl(NetSockService.SockSetCallback, _netCallback);
            _initialized = true;
            if (!OpenListener())
            {
                Raise(WssEvent.SockOpenFailed, null, -1);
                _net.SockSrvCtrl(NetSockService.SockSetCallback, _chained);
                _initialized = false;
                return WssResult.Failure;
            }

            return WssResult.Success;
        }

        /// <summary>Stops the server (<c>SYS_WSS_Deinitialize</c>): drops every client, closes the listening socket and restores the previous socket callback.</summary>
        public void Deinitialize()
        {
            if (!_initialized)
            {
                return;
            }

            for (int i = 0; i < _clients.Length; i++)
            {
                _clients[i].Abort();
            }

            for (int i = 0; i < MaxLingering; i++)
            {
                if (_lingerSockets[i] >= 0)
                {
                    CloseLingering(i);
                }
            }

            if (_listen != null && _listening)
            {
                _net.SockSrvCtrl(NetSockService.SockClose, _listen);
            }

            _listening = false;
            _initialized = false;
            _net.SockSrvCtrl(NetSockService.SockSetCallback, _chained);
        }

        /// <summary>Sets the application callback and cookie (<c>SYS_WSS_register_callback</c>).</summary>
        /// <param name="callback">The callback, or null.</param>
        /// <param name="cookie">Passed back with every event.</param>
        /// <returns>Always Success.</returns>
        public WssResult RegisterCallback(WssCallback callback, object cookie)
        {
            _callback = callback;
            _cookie = cookie;
            if (_clients != null)
            {
                for (int i = 0; i < _clients.Length; i++)
                {
                    _clients[i].SetCallback(callback, cookie);
                }
            }

            return WssResult.Success;
        }

        /// <summary>Runs timers, drains transmit buffers, re-opens a lost listening socket (<c>SYS_WSS_Task</c>).</summary>
        public void Task()
        {
            if (!_initialized)
            {
                return;
            }

            long now = DateTime.UtcNow.Ticks;
            for (int i = 0; i < _clients.Length; i++)
            {
                WssConnection client = _clients[i];
                client.Tick(now);
                if (client.ReadDeferred && client.State != WssState.Closed)
                {
                    ReadFrom(client, now);
                }
            }

            for (int i = 0; i < MaxLingering; i++)
            {
                if (_lingerSockets[i] >= 0 && (now >= _lingerDeadlines[i] || _net.SockTxPending((uint)_lingerSockets[i]) <= 0))
                {
                    CloseLingering(i);
                }
            }

            if (!_listening && now >= _relistenAt && OpenListener())
            {
                Raise(WssEvent.LlIntfUp, null, -1);
            }
        }

        /// <summary>Gets the state of a client slot.</summary>
        /// <param name="clientIndex">0 to MaxClients - 1.</param>
        /// <returns>The state; Closed for an index out of range.</returns>
        public WssState GetClientState(int clientIndex)
        {
            if (_clients == null || clientIndex < 0 || clientIndex >= _clients.Length)
            {
                return WssState.Closed;
            }

            return _clients[clientIndex].State;
        }

        /// <summary>Sends one frame (<c>SYS_WSS_sendMessage</c>): the application fragments by sending Text or Binary with fin false, then Continuation frames.</summary>
        /// <param name="fin">Final fragment.</param>
        /// <param name="frame">Text, Binary or Continuation.</param>
        /// <param name="data">Payload.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Payload bytes.</param>
        /// <param name="clientIndex">A client, or below zero for every connected client.</param>
        /// <returns>Success; ErrorInvalidClient, ErrorInvalidArgument or ErrorBusy (the worst over all clients when broadcasting).</returns>
        public WssResult SendMessage(bool fin, WssFrame frame, byte[] data, int offset, int length, int clientIndex)
        {
            if (!_initialized)
            {
                return WssResult.Failure;
            }

            if (clientIndex >= 0)
            {
                return clientIndex < _clients.Length ? _clients[clientIndex].Send(fin, frame, data, offset, length) : WssResult.ErrorInvalidClient;
            }

            WssResult result = WssResult.Success;
            for (int i = 0; i < _clients.Length; i++)
            {
                if (_clients[i].State == WssState.Connected)
                {
                    WssResult r = _clients[i].Send(fin, frame, data, offset, length);
                    if (r != WssResult.Success)
                    {
                        result = r;
                    }
                }
            }

            return result;
        }

        /// <summary>Pings a client (<c>SYS_WSS_PingClient</c>).</summary>
        /// <param name="data">Payload, or null.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">0 to 125 bytes.</param>
        /// <param name="clientIndex">A client, or below zero for every connected client.</param>
        /// <returns>Success or the failure, as for SendMessage.</returns>
        public WssResult PingClient(byte[] data, int offset, int length, int clientIndex)
        {
            if (!_initialized)
            {
                return WssResult.Failure;
            }

            if (clientIndex >= 0)
            {
                return clientIndex < _clients.Length ? _clients[clientIndex].Ping(data, offset, length) : WssResult.ErrorInvalidClient;
            }

            WssResult result = WssResult.Success;
            for (int i = 0; i < _clients.Length; i++)
            {
                if (_clients[i].State == WssState.Connected)
                {
                    WssResult r = _clients[i].Ping(data, offset, length);
                    if (r != WssResult.Success)
                    {
                        result = r;
                    }
                }
            }

            return result;
        }

        /// <summary>Starts the close handshake (<c>SYS_WSS_CloseConnection</c>); the server closes TCP when the client answers or after CloseTimeoutMs.</summary>
        /// <param name="code">Status code (1005, 1006 and 1015 cannot be sent).</param>
        /// <param name="data">UTF-8 reason, or null.</param>
        /// <param name="offset">First reason byte.</param>
        /// <param name="length">Reason bytes (0 to 123).</param>
        /// <param name="clientIndex">A client, or below zero for every connected client.</param>
        /// <returns>Success or the failure, as for SendMessage.</returns>
        public WssResult CloseConnection(WssStatusCode code, byte[] data, int offset, int length, int clientIndex)
        {
            if (!_initialized)
            {
                return WssResult.Failure;
            }

            if (clientIndex >= 0)
            {
                return clientIndex < _clients.Length ? _clients[clientIndex].Close((int)code, data, offset, length) : WssResult.ErrorInvalidClient;
            }

            WssResult result = WssResult.Success;
            for (int i = 0; i < _clients.Length; i++)
            {
                if (_clients[i].State == WssState.Connected)
                {
                    WssResult r = _clients[i].Close((int)code, data, offset, length);
                    if (r != WssResult.Success)
                    {
                        result = r;
                    }
                }
            }

            return result;
        }

        int IWssTransport.Write(int socket, byte[] buffer, int offset, int count)
        {
            int chunk = count > WriteChunk ? WriteChunk : count;
            WincsResult result = _net.TcpSockWrite((uint)socket, chunk, buffer, offset);
            if (result == WincsResult.Pass)
            {
                return chunk;
            }

            return result == WincsResult.Busy ? 0 : -1;
        }

        void IWssTransport.Close(int socket)
        {
            // SOCKCL would discard what the driver has not handed to the module yet (the close frame)
            Linger(socket);
        }

        private bool OpenListener()
        {
            _listen = new NetSocket();
            _listen.BindType = BindType.Local;
            _listen.SockType = NetSockType.Tcp;
            _listen.SockPort = _config.Port;
            _listen.IpType = 4;
            _listen.TlsEnable = _config.IsTlsEnabled;
            _listen.TlsContext = _config.TlsConfigurationIndex;

            // every frame is a reply someone waits for: no Nagle delay on the accepted sockets
            _listen.NoDelay = true;
            int backlog = _config.MaxClients + 1;
            _listen.Backlog = backlog > WincsNetService.MaxBacklog ? WincsNetService.MaxBacklog : backlog;
            _listening = _net.SockSrvCtrl(NetSockService.SockTcpOpen, _listen) == WincsResult.Pass;
            if (!_listening)
            {
                _relistenAt = DateTime.UtcNow.Ticks + RelistenIntervalTicks;
            }

            return _listening;
        }

        private WincsResult OnNetEvent(uint socket, NetSockEvent netEvent, object netHandle)
        {
            if (!_initialized)
            {
                return Forward(socket, netEvent, netHandle);
            }

            int fd = (int)socket;
            if (netEvent == NetSockEvent.ClientConnected && netHandle == _listen)
            {
                Accept(fd);
                return WincsResult.Pass;
            }

            if (_listen != null && socket == _listen.SockId && _listening)
            {
                if (netEvent == NetSockEvent.Error || netEvent == NetSockEvent.Closed || netEvent == NetSockEvent.Disconnected)
                {
                    // the module lost the listener (link down, module reset): report and re-listen from Task()
                    _listening = false;
                    _relistenAt = DateTime.UtcNow.Ticks + RelistenIntervalTicks;
                    Raise(WssEvent.LlIntfDown, null, -1);
                }

                return WincsResult.Pass;
            }

            WssConnection client = Find(fd);
            if (client == null)
            {
                int lingering = FindLingering(fd);
                if (lingering >= 0)
                {
                    if (netEvent == NetSockEvent.Read)
                    {
                        // nobody listens any more: drop what the client still sends
                        while (_net.TcpSockRead(socket, _rx.Length, _rx, 0) > 0)
                        {
                        }
                    }

                    if (netEvent == NetSockEvent.Closed || netEvent == NetSockEvent.Error)
                    {
                        _lingerSockets[lingering] = -1;
                    }
                    else if (_lingerSockets[lingering] >= 0 && (netEvent == NetSockEvent.Disconnected || _net.SockTxPending(socket) <= 0))
                    {
                        CloseLingering(lingering);
                    }

                    return WincsResult.Pass;
                }

                return Forward(socket, netEvent, netHandle);
            }

            long now = DateTime.UtcNow.Ticks;
            switch (netEvent)
            {
                case NetSockEvent.Read:
                    ReadFrom(client, now);
                    break;

                case NetSockEvent.SendComplete:
                    client.Tick(now);
                    if (client.ReadDeferred && client.State != WssState.Closed)
                    {
                        ReadFrom(client, now);
                    }

                    break;

                case NetSockEvent.Disconnected:
                    CloseSocket(fd);
                    client.OnTcpClosed();
                    break;

                case NetSockEvent.Closed:
                    client.OnTcpClosed();
                    break;

                case NetSockEvent.Error:
                    // a failed TLS handshake has its own event, as Harmony's SYS_NET_EVNT_SSL_FAILED; the
                    // service closes the socket, and CLOSED frees the slot
                    Raise(IsTlsFailure(netHandle) ? WssEvent.SslFailed : WssEvent.Err, netHandle, client.Index);
                    break;
            }

            return WincsResult.Pass;
        }

        // Reads while the socket has data and the slot has room for what the application may answer;
        // what is left stays in the module until the transmit buffer drains (TCP flow control does the rest).
        private void ReadFrom(WssConnection client, long now)
        {
            int fd = client.Socket;
            client.ReadDeferred = false;
            while (client.Socket == fd && fd >= 0)
            {
                int room = client.ReceiveRoom;
                if (room <= 0)
                {
                    client.ReadDeferred = true;
                    return;
                }

                int n = _net.TcpSockRead((uint)fd, room < _rx.Length ? room : _rx.Length, _rx, 0);
                if (n <= 0)
                {
                    return;
                }

                client.Receive(_rx, 0, n, now);
            }
        }

        private void Accept(int fd)
        {
            for (int i = 0; i < _clients.Length; i++)
            {
                if (_clients[i].State == WssState.Closed)
                {
                    _clients[i].Open(fd, DateTime.UtcNow.Ticks);
                    return;
                }
            }

            // every slot is taken: answer 503 and close, without touching the connected clients
            RejectedClients++;
            if (_net.TcpSockWrite((uint)fd, _errorPageLength, _errorPage, 0) == WincsResult.Pass)
            {
                Linger(fd);
            }
            else
            {
                CloseSocket(fd);
            }
        }

        // Closes the socket once the module has taken everything written to it (bounded wait).
        private void Linger(int fd)
        {
            if (_net.SockTxPending((uint)fd) > 0)
            {
                for (int i = 0; i < MaxLingering; i++)
                {
                    if (_lingerSockets[i] < 0)
                    {
                        _lingerSockets[i] = fd;
                        _lingerDeadlines[i] = DateTime.UtcNow.Ticks + LingerTimeoutTicks;
                        return;
                    }
                }
            }

            CloseSocket(fd);
        }

        private void CloseLingering(int index)
        {
            int fd = _lingerSockets[index];
            _lingerSockets[index] = -1;
            CloseSocket(fd);
        }

        private void CloseSocket(int fd)
        {
            _net.SockSrvCtrl(NetSockService.SockClose, (uint)fd);
        }

        private WssConnection Find(int fd)
        {
            for (int i = 0; i < _clients.Length; i++)
            {
                if (_clients[i].Socket == fd && _clients[i].State != WssState.Closed)
                {
                    return _clients[i];
                }
            }

            return null;
        }

        private int FindLingering(int fd)
        {
            for (int i = 0; i < MaxLingering; i++)
            {
                if (_lingerSockets[i] == fd)
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsTlsFailure(object netHandle)
        {
            return netHandle is NetSockError && (NetSockError)netHandle == NetSockError.TlsFailed;
        }

        private WincsResult Forward(uint socket, NetSockEvent netEvent, object netHandle)
        {
            NetSockCallback chained = _chained;
            return chained != null ? chained(socket, netEvent, netHandle) : WincsResult.Pass;
        }

        private void Raise(WssEvent wssEvent, object data, int clientIndex)
        {
            WssCallback callback = _callback;
            if (callback != null)
            {
                callback(wssEvent, data, clientIndex, _cookie);
            }
        }
    }
}
