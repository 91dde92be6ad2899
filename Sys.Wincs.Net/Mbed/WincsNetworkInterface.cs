// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Sockets;
using Drivers.Wincs02.Wifi;
using DriverAddress = Drivers.Wincs02.Sockets.SocketAddress;

namespace Sys.Wincs.Net.Mbed
{
    /// <summary>
    /// The network interface the Mbed-style sockets open on (Mbed's <c>NetworkInterface</c> /
    /// <c>WiFiInterface</c>): the WINCS02 behind a <see cref="WincsNetService"/>, and optionally its
    /// station (<see cref="WincWifi"/>, <see cref="WincNet"/>) for <see cref="Connect()"/>,
    /// <see cref="Disconnect"/> and <see cref="GetIpAddress"/>. Blocking calls run the driver's Tasks
    /// themselves while they wait, so they work with or without a <see cref="WincsTaskRunner"/>.
    /// </summary>
    public sealed class WincsNetworkInterface
    {
        /// <summary>Default bound of a wait without timeout (Mbed's timeout -1), in milliseconds: every wait ends.</summary>
        public const int DefaultMaxBlockingMs = 60000;

        private readonly WincsNetService _service;
        private readonly WincWifi _wifi;
        private readonly WincNet _net;
        private readonly DriverAddress _scratch = new DriverAddress();
        private readonly BssContext _bss = new BssContext();
        private readonly AuthContext _auth = new AuthContext();
        private readonly byte[] _ip = new byte[4];
        private readonly ConnectionStateHandler _stateHandler;
        private ConnectionState _state = ConnectionState.Disconnected;
        private bool _hasCredentials;
        private int _pollIntervalMs = 1;
        private int _maxBlockingMs = DefaultMaxBlockingMs;

        /// <summary>Creates the interface for sockets only (the station is managed elsewhere, e.g. by Sys.Wincs.Wifi).</summary>
        /// <param name="service">The net service.</param>
        /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
        public WincsNetworkInterface(WincsNetService service)
            : this(service, null, null)
        {
        }

        /// <summary>Creates the interface with the station it connects.</summary>
        /// <param name="service">The net service.</param>
        /// <param name="wifi">The driver's Wi-Fi service, or null (Connect then answers Unsupported).</param>
        /// <param name="net">The driver's network service (the station's address), or null to use (or create) the net service's.</param>
        /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
        public WincsNetworkInterface(WincsNetService service, WincWifi wifi, WincNet net)
        {
            if (service == null)
            {
                throw new ArgumentNullException();
            }

            _service = service;
            _wifi = wifi;
            _net = net != null ? net : (wifi != null ? service.EnsureNet() : service.Net);
            _stateHandler = OnStationState;
        }

        /// <summary>Gets the net service.</summary>
        public WincsNetService Service => _service;

        /// <summary>Gets or sets the pause between two Tasks calls of a waiting call, in milliseconds (0 only yields).</summary>
        /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
        public int PollIntervalMs
        {
            get
            {
                return _pollIntervalMs;
            }

            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _pollIntervalMs = value;
            }
        }

        /// <summary>Gets or sets the longest wait of a call whose timeout is -1 (blocking), in milliseconds.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
        public int MaxBlockingMs
        {
            get
            {
                return _maxBlockingMs;
            }

            set
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _maxBlockingMs = value;
            }
        }

        /// <summary>Sets the network to join (<c>set_credentials</c>).</summary>
        /// <param name="ssid">The SSID (1..32 bytes).</param>
        /// <param name="passphrase">The passphrase, or null for an open network.</param>
        /// <param name="security">Open, or a personal (WPA2/WPA3) type.</param>
        /// <returns>Ok; Parameter for a bad SSID, passphrase or type; Unsupported without a Wi-Fi service.</returns>
        public NsapiError SetCredentials(string ssid, string passphrase, AuthType security)
        {
            if (_wifi == null)
            {
                return NsapiError.Unsupported;
            }

            _bss.SetDefaults();
            _auth.SetDefaults();
            _hasCredentials = false;
            if (_bss.SetSsid(ssid) != DriverStatus.Ok)
            {
                return NsapiError.Parameter;
            }

            if (security == AuthType.Open)
            {
                _auth.SetOpen();
            }
            else if (_auth.SetPersonal(passphrase, security) != DriverStatus.Ok)
            {
                return NsapiError.Parameter;
            }

            _hasCredentials = true;
            return NsapiError.Ok;
        }

        /// <summary>Joins the network and waits for an IPv4 address (<c>connect(ssid, pass, security)</c>).</summary>
        /// <param name="ssid">The SSID.</param>
        /// <param name="passphrase">The passphrase, or null.</param>
        /// <param name="security">The security type.</param>
        /// <returns>As <see cref="Connect()"/>, or Parameter for bad credentials.</returns>
        public NsapiError Connect(string ssid, string passphrase, AuthType security)
        {
            NsapiError e = SetCredentials(ssid, passphrase, security);
            return e != NsapiError.Ok ? e : Connect();
        }

        /// <summary>
        /// Joins the network set by <see cref="SetCredentials"/> and waits, at most
        /// <see cref="MaxBlockingMs"/>, until the station has an IPv4 address (<c>connect</c>).
        /// </summary>
        /// <returns>
        /// Ok; IsConnected when already up; Unsupported without a Wi-Fi service; NoSsid without
        /// credentials; AuthFailure when the module reports the connection failed; DhcpFailure when
        /// associated without an address in time; ConnectionTimeout; NoMemory (driver busy); WouldBlock
        /// inside a callback (the connection goes on).
        /// </returns>
        public NsapiError Connect()
        {
            if (_wifi == null || _net == null)
            {
                return NsapiError.Unsupported;
            }

            if (!_hasCredentials)
            {
                return NsapiError.NoSsid;
            }

            if (GetConnectionStatus() == NsapiConnectionStatus.GlobalUp)
            {
                return NsapiError.IsConnected;
            }

            long deadline = Deadline(-1);
            if (_state != ConnectionState.Connecting && _state != ConnectionState.Connected && _state != ConnectionState.Roamed)
            {
                DriverStatus s = _wifi.BssConnect(_bss, _auth, null, _stateHandler);
                if (s != DriverStatus.Ok)
                {
                    return s == DriverStatus.RetryRequest || s == DriverStatus.Busy ? NsapiError.NoMemory : NsapiError.DeviceError;
                }

                _state = ConnectionState.Connecting;
            }

            while (_state != ConnectionState.Failed && !(_net.IPLinkActive && _state != ConnectionState.Connecting) && MayWait(-1, deadline))
            {
                Pump();
            }

            if (_state == ConnectionState.Failed)
            {
                return NsapiError.AuthFailure;
            }

            if (_net.IPLinkActive && (_state == ConnectionState.Connected || _state == ConnectionState.Roamed))
            {
                return NsapiError.Ok;
            }

            if (_service.InCallback)
            {
                return NsapiError.WouldBlock;
            }

            return _state == ConnectionState.Connected ? NsapiError.DhcpFailure : NsapiError.ConnectionTimeout;
        }

        /// <summary>Leaves the network (<c>disconnect</c>) and waits until the module confirms it.</summary>
        /// <returns>Ok; Unsupported without a Wi-Fi service; NoConnection when not connected; DeviceError.</returns>
        public NsapiError Disconnect()
        {
            if (_wifi == null)
            {
                return NsapiError.Unsupported;
            }

            if (_wifi.StationState == ConnectionState.Disconnected || _wifi.StationState == ConnectionState.Failed)
            {
                return NsapiError.NoConnection;
            }

            if (_wifi.BssDisconnect() != DriverStatus.Ok)
            {
                return NsapiError.DeviceError;
            }

            long deadline = Deadline(-1);
            while (_wifi.StationState != ConnectionState.Disconnected && _wifi.StationState != ConnectionState.Failed && MayWait(-1, deadline))
            {
                Pump();
            }

            return NsapiError.Ok;
        }

        /// <summary>Copies the station's IPv4 address (<c>get_ip_address</c>).</summary>
        /// <param name="address">Receives the address (port 0).</param>
        /// <returns>Ok; Parameter; NoAddress when none is known; Unsupported without a network service.</returns>
        public NsapiError GetIpAddress(SocketAddress address)
        {
            if (address == null)
            {
                return NsapiError.Parameter;
            }

            if (_net == null)
            {
                return NsapiError.Unsupported;
            }

            int prefix;
            if (_net.IPAddressGet(_ip, 0, out prefix) != DriverStatus.Ok)
            {
                return NsapiError.NoAddress;
            }

            address.SetIpBytes(_ip, NsapiVersion.Ipv4);
            address.SetPort(0);
            return NsapiError.Ok;
        }

        /// <summary>Tells the state of the station (<c>get_connection_status</c>).</summary>
        /// <returns>GlobalUp (associated with an address), Connecting, Disconnected, or ErrorUnsupported without a Wi-Fi service.</returns>
        public NsapiConnectionStatus GetConnectionStatus()
        {
            if (_wifi == null || _net == null)
            {
                return NsapiConnectionStatus.ErrorUnsupported;
            }

            ConnectionState s = _wifi.StationState;
            if (s == ConnectionState.Connected || s == ConnectionState.Roamed)
            {
                return _net.IPLinkActive ? NsapiConnectionStatus.GlobalUp : NsapiConnectionStatus.Connecting;
            }

            return s == ConnectionState.Connecting ? NsapiConnectionStatus.Connecting : NsapiConnectionStatus.Disconnected;
        }

        /// <summary>
        /// Resolves a host name through the module's DNS (<c>gethostbyname</c>), waiting at most
        /// <see cref="MaxBlockingMs"/>; a literal is converted without a lookup.
        /// </summary>
        /// <param name="host">Name or literal.</param>
        /// <param name="address">Receives the address (its port is kept).</param>
        /// <param name="version">IPv4 or IPv6 answer; Unspec means IPv4.</param>
        /// <returns>Ok; Parameter; DnsFailure; WouldBlock when called from a socket callback (which must not wait).</returns>
        public NsapiError GetHostByName(string host, SocketAddress address, NsapiVersion version)
        {
            if (host == null || host.Length == 0 || address == null)
            {
                return NsapiError.Parameter;
            }

            int port = address.GetPort();
            if (address.SetIpAddress(host))
            {
                address.SetPort(port);
                return NsapiError.Ok;
            }

            int family = version == NsapiVersion.Ipv6 ? SocketConstants.AfInet6 : SocketConstants.AfInet;
            _service.StartQuery(host, family);
            long deadline = Deadline(-1);
            while (true)
            {
                bool succeeded;
                if (_service.QueryDone(host, _scratch, out succeeded))
                {
                    if (!succeeded)
                    {
                        return NsapiError.DnsFailure;
                    }

                    address.CopyFrom(_scratch);
                    address.SetPort(port);
                    return NsapiError.Ok;
                }

                if (!MayWait(-1, deadline))
                {
                    return _service.InCallback ? NsapiError.WouldBlock : NsapiError.DnsFailure;
                }

                Pump();
            }
        }

        /// <summary>Resolves a host name to an IPv4 address.</summary>
        /// <param name="host">Name or literal.</param>
        /// <param name="address">Receives the address.</param>
        /// <returns>As <see cref="GetHostByName(string, SocketAddress, NsapiVersion)"/>.</returns>
        public NsapiError GetHostByName(string host, SocketAddress address)
        {
            return GetHostByName(host, address, NsapiVersion.Ipv4);
        }

        private void OnStationState(WincWifi wifi, int assocId, ConnectionState state)
        {
            _state = state;
        }

        /// <summary>Runs the driver once and pauses <see cref="PollIntervalMs"/> (one turn of a waiting call).</summary>
        internal void Pump()
        {
            _service.Driver.Tasks();
            Thread.Sleep(_pollIntervalMs);
        }

        /// <summary>The deadline of a wait of <paramref name="timeoutMs"/> (-1 = <see cref="MaxBlockingMs"/>), in ticks of the real-time clock.</summary>
        /// <param name="timeoutMs">The socket timeout.</param>
        /// <returns>Ticks.</returns>
        internal long Deadline(int timeoutMs)
        {
            int ms = timeoutMs < 0 || timeoutMs > _maxBlockingMs ? _maxBlockingMs : timeoutMs;
            return DateTime.UtcNow.Ticks + (ms * TimeSpan.TicksPerMillisecond);
        }

        /// <summary>Tells whether a call may wait longer: not non-blocking, not inside a callback, before the deadline.</summary>
        /// <param name="timeoutMs">The socket timeout.</param>
        /// <param name="deadline">From <see cref="Deadline"/>.</param>
        /// <returns>True to wait.</returns>
        internal bool MayWait(int timeoutMs, long deadline)
        {
            return timeoutMs != 0 && !_service.InCallback && DateTime.UtcNow.Ticks - deadline < 0;
        }
    }
}
