// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Wifi;

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// The Wi-Fi service (<c>SYS_WINCS_WIFI</c>): one <see cref="SrvCtrl"/> entry point dispatching every
    /// <see cref="WifiService"/> request to the driver, and driver callbacks translated into
    /// <see cref="WifiEvent"/>s for two callback slots (service and application).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Like Harmony's service, it is not a state machine of its own: <see cref="SrvCtrl"/> never blocks,
    /// it validates the argument, queues the driver request and returns; everything asynchronous
    /// completes inside <c>WincDriver.Tasks</c>, which the application calls from its loop, and every
    /// wait there is bounded by a driver deadline (connection timeout + guard, scan, DNS, ping, time).
    /// Callbacks run on the thread calling Tasks with the driver's lock held; <see cref="SrvCtrl"/> takes
    /// the same lock, so it may be called from any thread and from inside a callback.
    /// </para>
    /// <para>
    /// Deliberate differences from Harmony (see README): station connections use a 10 s connection
    /// timeout and layer 3 roaming; an unknown security type fails; SNTP_UP is raised on every
    /// synchronization; REG_DOMAIN_SET_ACK is raised once; scans report SCAN_INDICATION and SCAN_DONE;
    /// DNS_RESOLVE supports AAAA and a 5 s default timeout; the hidden-SSID flag is named Hidden; both
    /// callback slots are invoked.
    /// </para>
    /// <para>
    /// The service takes the network service's address (<c>NetIfRegisterEventCallback</c>) and SNTP
    /// (<c>SntpRegisterEventCallback</c>) callbacks; other users of the same <see cref="WincNet"/> must not
    /// replace them.
    /// </para>
    /// </remarks>
    public sealed class WincsWifiService
    {
        /// <summary>Callback slots (<c>SYS_WINCS_WIFI_SERVICE_CB_MAX</c>).</summary>
        public const int ServiceCallbackMax = 2;

        /// <summary>Slot of the service callback (<see cref="WifiService.SetSrvcCallback"/>) in the GetCallback array.</summary>
        public const int ServiceCallbackIndex = 0;

        /// <summary>Slot of the application callback (<see cref="WifiService.SetCallback"/>) in the GetCallback array.</summary>
        public const int ApplicationCallbackIndex = 1;

        /// <summary>Module DNS timeout used when DnsResolve gets only a name, in milliseconds (Harmony: 100).</summary>
        public const int DefaultDnsTimeoutMs = 5000;

        /// <summary>
        /// First time, in Unix seconds (2001-01-01T00:00:00Z), that a GetTime answer counts as a synchronized
        /// clock: Harmony's "year &gt; 2000" test. Earlier answers are reported as an Error with TimeError.
        /// </summary>
        public const uint SynchronizedTimeMin = 978307200;

        private readonly WincDriver _driver;
        private readonly WincWifi _wifi;
        private readonly WincNet _net;
        private readonly bool _ownsServices;
        private readonly object _sync;
        private readonly WifiCallback[] _callbacks = new WifiCallback[ServiceCallbackMax];
        private readonly BssContext _bss = new BssContext();
        private readonly AuthContext _auth = new AuthContext();
        private readonly BssContext _check = new BssContext();
        private readonly ConnectionConfig _connection = new ConnectionConfig();
        private readonly SoftApConfig _softAp = new SoftApConfig();
        private readonly WifiErrorInfo _error = new WifiErrorInfo();
        private readonly WifiRegDomain _regDomain = new WifiRegDomain();
        private readonly byte[] _address = new byte[16];
        private readonly ConnectionStateHandler _connectionHandler;
        private readonly NetIfEventHandler _netIfHandler;
        private readonly SntpEventHandler _sntpHandler;
        private readonly SystemTimeHandler _timeHandler;
        private readonly BssInfoHandler _scanResultHandler;
        private readonly BssFindDoneHandler _scanDoneHandler;
        private readonly RegDomainHandler _regSetHandler;
        private readonly RegDomainHandler _regGetHandler;
        private readonly DnsResolveHandler _dnsHandler;
        private readonly IcmpEchoHandler _pingHandler;
        private readonly SoftApEventHandler _apHandler;
        private readonly CompletionHandler _sntpDone;
        private readonly CompletionHandler _coexDone;
        private readonly CompletionHandler _coexEnableDone;
        private readonly CompletionHandler _powerSaveDone;
        private readonly CompletionHandler _scanSetupDone;
        private readonly CompletionHandler _disconnectDone;
        private readonly CompletionHandler _dhcpsOffDone;
        private WifiMode _mode;
        private WifiService _scanService;
        private bool _open;
        private bool _closed;
        private int _callbackExceptions;
        private int _lastPingRoundTripMs;

        /// <summary>Creates the service with its own Wi-Fi and network driver services on <paramref name="driver"/>.</summary>
        /// <param name="driver">The driver (initialized by the application, which also calls its Tasks).</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The driver has no free AEC, system event or task handler slot.</exception>
        public WincsWifiService(WincDriver driver)
            : this(driver, CreateWifi(driver), null, true)
        {
        }

        /// <summary>
        /// Creates the service on driver services the application shares with others (the network
        /// service, for instance, uses the same <see cref="WincNet"/> for the DHCP server).
        /// </summary>
        /// <param name="wifi">The Wi-Fi driver service.</param>
        /// <param name="net">The network driver service, on the same driver.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The two services run on different drivers.</exception>
        public WincsWifiService(WincWifi wifi, WincNet net)
            : this(wifi == null ? null : wifi.Driver, wifi, net, false)
        {
        }

        private WincsWifiService(WincDriver driver, WincWifi wifi, WincNet net, bool own)
        {
            if (driver == null || wifi == null)
            {
                throw new ArgumentNullException();
            }

            if (own)
            {
                try
                {
                    net = new WincNet(driver);
                }
                catch (Exception)
                {
                    wifi.Close();
                    throw;
                }
            }
            else if (net == null)
            {
                throw new ArgumentNullException();
            }
            else if (net.Driver != driver)
            {
                throw new ArgumentException();
            }

            _driver = driver;
            _wifi = wifi;
            _net = net;
            _ownsServices = own;
            _sync = driver.SyncRoot;
            _connectionHandler = OnConnectionState;
            _netIfHandler = OnNetIf;
            _sntpHandler = OnSntp;
            _timeHandler = OnTime;
            _scanResultHandler = OnScanResult;
            _scanDoneHandler = OnScanDone;
            _regSetHandler = OnRegDomainSet;
            _regGetHandler = OnRegDomainGet;
            _dnsHandler = OnDns;
            _pingHandler = OnPing;
            _apHandler = OnSoftAp;
            _sntpDone = OnSntpDone;
            _coexDone = OnCoexDone;
            _coexEnableDone = OnCoexEnableDone;
            _powerSaveDone = OnPowerSaveDone;
            _scanSetupDone = OnScanSetupDone;
            _disconnectDone = OnDisconnectDone;
            _dhcpsOffDone = OnDhcpsOffDone;
            _net.NetIfRegisterEventCallback(_netIfHandler);
            _net.SntpRegisterEventCallback(_sntpHandler);
        }

        /// <summary>Gets the driver.</summary>
        public WincDriver Driver => _driver;

        /// <summary>Gets the Wi-Fi driver service the requests go to.</summary>
        public WincWifi Wifi => _wifi;

        /// <summary>Gets the network driver service (addresses, DNS, SNTP, ping, DHCP server) the requests go to.</summary>
        public WincNet Net => _net;

        /// <summary>Gets a value indicating whether <see cref="WifiService.OpenDriver"/> succeeded.</summary>
        public bool IsOpen
        {
            get
            {
                lock (_sync)
                {
                    return _open;
                }
            }
        }

        /// <summary>
        /// Gets the station connection settings StaConnect and SetParams use: 10000 ms connection timeout
        /// and layer 3 roaming by default (Harmony sent 0 and no roaming). Change them before connecting.
        /// </summary>
        public ConnectionConfig ConnectionConfig => _connection;

        /// <summary>Gets the soft AP settings ApEnable uses (Hidden is set by SetParams and SetHidden).</summary>
        public SoftApConfig SoftApConfig => _softAp;

        /// <summary>Gets the application callback (slot 1).</summary>
        public WifiCallback ApplicationCallback
        {
            get
            {
                lock (_sync)
                {
                    return _callbacks[ApplicationCallbackIndex];
                }
            }
        }

        /// <summary>Gets the service callback (slot 0).</summary>
        public WifiCallback ServiceCallback
        {
            get
            {
                lock (_sync)
                {
                    return _callbacks[ServiceCallbackIndex];
                }
            }
        }

        /// <summary>Gets the mode of the last successful SetParams.</summary>
        public WifiMode Mode
        {
            get
            {
                lock (_sync)
                {
                    return _mode;
                }
            }
        }

        /// <summary>Gets the round-trip time of the last ping answered, in milliseconds.</summary>
        public int LastPingRoundTripMs
        {
            get
            {
                lock (_sync)
                {
                    return _lastPingRoundTripMs;
                }
            }
        }

        /// <summary>Gets the number of exceptions thrown by the callbacks and swallowed (the other slot is still called).</summary>
        public int CallbackExceptions
        {
            get
            {
                lock (_sync)
                {
                    return _callbackExceptions;
                }
            }
        }

        /// <summary>
        /// Maps a driver status to a service result (<c>SYS_WINCS_WIFI_GetWincsStatus</c>): Ok → Pass,
        /// RetryRequest or Busy → Busy, anything else → Fail.
        /// </summary>
        /// <param name="status">The driver status.</param>
        /// <returns>The result.</returns>
        public static WincsResult ToWincsResult(DriverStatus status)
        {
            if (status == DriverStatus.Ok)
            {
                return WincsResult.Pass;
            }

            return status == DriverStatus.RetryRequest || status == DriverStatus.Busy ? WincsResult.Busy : WincsResult.Fail;
        }

        /// <summary>
        /// Carries out a request (<c>SYS_WINCS_WIFI_SrvCtrl</c>). See <see cref="WifiService"/> for each
        /// request's argument; results that Harmony wrote through its pointer argument are written into
        /// the array or object passed.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="argument">The request's argument, or null.</param>
        /// <returns>
        /// Pass when done or queued; Busy when the driver is busy (re-initializing, request pool or
        /// queue full); Fail for an unknown request, a wrong argument, a request that needs the driver
        /// before OpenDriver, a closed service, or a request the driver refused.
        /// </returns>
        public WincsResult SrvCtrl(WifiService request, object argument)
        {
            lock (_sync)
            {
                if (_closed)
                {
                    return WincsResult.Fail;
                }

                switch (request)
                {
                    case WifiService.GetDrvStatus:
                        return GetDriverStatus(argument);
                    case WifiService.OpenDriver:
                        return OpenDriver(argument);
                    case WifiService.GetDrvHandle:
                        return GetDriverHandle(argument);
                    case WifiService.SetCallback:
                        return SetCallback(ApplicationCallbackIndex, argument);
                    case WifiService.SetSrvcCallback:
                        return SetCallback(ServiceCallbackIndex, argument);
                    case WifiService.GetCallback:
                        return GetCallbacks(argument);
                    case WifiService.SetChannelAp:
                        return SetChannel(argument);
                    case WifiService.SetBssid:
                        return SetBssid(argument);
                    case WifiService.SetHidden:
                        if (!(argument is bool))
                        {
                            return WincsResult.Fail;
                        }

                        _softAp.Hidden = (bool)argument;
                        return WincsResult.Pass;
                    case WifiService.SetParams:
                        return SetParams(argument as WifiParam);
                }

                // everything below talks to the module through the open driver
                if (!_open)
                {
                    return WincsResult.Fail;
                }

                switch (request)
                {
                    case WifiService.GetTime:
                        return ToWincsResult(_net.SystemTimeGetCurrent(_timeHandler));
                    case WifiService.SetSntp:
                        return SetSntp(argument as string);
                    case WifiService.BtCoexConfg:
                        CoexConfig coex = argument as CoexConfig;
                        return coex == null ? WincsResult.Fail : ToWincsResult(_wifi.WifiCoexConfSet(coex, _coexDone));
                    case WifiService.BtCoexEnable:
                        return argument is bool ? ToWincsResult(_wifi.WifiCoexEnableSet((bool)argument, _coexEnableDone)) : WincsResult.Fail;
                    case WifiService.StaConnect:
                        return ToWincsResult(_wifi.BssConnect(_bss, _auth, _connection, _connectionHandler));
                    case WifiService.StaDisconnect:
                        return ToWincsResult(_wifi.BssDisconnect(_disconnectDone));
                    case WifiService.Ping:
                        return Ping(argument as string);
                    case WifiService.ApEnable:
                        return ToWincsResult(_wifi.ApStart(_bss, _auth, _softAp, _apHandler));
                    case WifiService.ApDisable:
                        return ApDisable();
                    case WifiService.PassiveScan:
                        return Scan(WifiService.PassiveScan, argument);
                    case WifiService.ActiveScan:
                        return Scan(WifiService.ActiveScan, argument);
                    case WifiService.DnsResolve:
                        return DnsResolve(argument);
                    case WifiService.SetRegDomain:
                        string domain = argument as string;
                        return domain == null ? WincsResult.Fail : ToWincsResult(_wifi.WifiRegDomainSet(domain, _regSetHandler));
                    case WifiService.GetRegDomain:
                        return GetRegDomain(argument);
                    case WifiService.EnablePowersaveMode:
                        if (!(argument is bool))
                        {
                            return WincsResult.Fail;
                        }

                        return ToWincsResult(_wifi.WifiPowerSaveModeSet((bool)argument ? PowerSaveMode.Wsm : PowerSaveMode.Run, _powerSaveDone));
                    default:
                        return WincsResult.Fail;
                }
            }
        }

        /// <summary>
        /// Unhooks the service: no more events, every request fails. When the service created its own
        /// driver services, they are closed too; shared ones lose the address and SNTP callbacks.
        /// </summary>
        public void Close()
        {
            lock (_sync)
            {
                if (_closed)
                {
                    return;
                }

                _closed = true;
                _callbacks[ServiceCallbackIndex] = null;
                _callbacks[ApplicationCallbackIndex] = null;
                _net.NetIfRegisterEventCallback(null);
                _net.SntpRegisterEventCallback(null);
                if (_ownsServices)
                {
                    _wifi.Close();
                    _net.Close();
                }
            }
        }

        // -------------------------------------------------------------------------------------------
        // requests

        private static WincWifi CreateWifi(WincDriver driver)
        {
            if (driver == null)
            {
                throw new ArgumentNullException();
            }

            return new WincWifi(driver);
        }

        private WincsResult GetDriverStatus(object argument)
        {
            SystemStatus[] status = argument as SystemStatus[];
            if (status == null || status.Length < 1)
            {
                return WincsResult.Fail;
            }

            status[0] = _driver.Status;
            return WincsResult.Pass;
        }

        private WincsResult OpenDriver(object argument)
        {
            WincDriver[] handle = argument as WincDriver[];
            if (argument != null && (handle == null || handle.Length < 1))
            {
                return WincsResult.Fail;
            }

            // WDRV_WINC_Open succeeds once the driver is ready; the handle is then kept (g_wdrvHandle)
            if (!_open && !_driver.IsReady)
            {
                return WincsResult.Fail;
            }

            _open = true;
            if (handle != null)
            {
                handle[0] = _driver;
            }

            return WincsResult.Pass;
        }

        private WincsResult GetDriverHandle(object argument)
        {
            WincDriver[] handle = argument as WincDriver[];
            if (!_open || handle == null || handle.Length < 1)
            {
                return WincsResult.Fail;
            }

            handle[0] = _driver;
            return WincsResult.Pass;
        }

        private WincsResult SetCallback(int slot, object argument)
        {
            WifiCallback callback = argument as WifiCallback;
            if (argument != null && callback == null)
            {
                return WincsResult.Fail;
            }

            _callbacks[slot] = callback;
            return WincsResult.Pass;
        }

        private WincsResult GetCallbacks(object argument)
        {
            WifiCallback[] slots = argument as WifiCallback[];
            if (slots == null || slots.Length < ServiceCallbackMax)
            {
                return WincsResult.Fail;
            }

            slots[ServiceCallbackIndex] = _callbacks[ServiceCallbackIndex];
            slots[ApplicationCallbackIndex] = _callbacks[ApplicationCallbackIndex];
            return WincsResult.Pass;
        }

        private WincsResult SetChannel(object argument)
        {
            int channel;
            if (argument is int)
            {
                channel = (int)argument;
            }
            else if (argument is byte)
            {
                channel = (byte)argument;
            }
            else
            {
                return WincsResult.Fail;
            }

            if (channel < 1 || channel > BssContext.ChannelMax)
            {
                return WincsResult.Fail;
            }

            return ToWincsResult(_bss.SetChannel(channel));
        }

        private WincsResult SetBssid(object argument)
        {
            if (argument == null)
            {
                return ToWincsResult(_bss.SetBssid(null, 0));
            }

            byte[] bssid = argument as byte[];
            if (bssid == null || bssid.Length != 6)
            {
                return WincsResult.Fail;
            }

            return ToWincsResult(_bss.SetBssid(bssid, 0));
        }

        private WincsResult SetParams(WifiParam param)
        {
            if (param == null || (param.Mode != WifiMode.Sta && param.Mode != WifiMode.Ap))
            {
                return WincsResult.Fail;
            }

            // Harmony returned PASS for an unknown security type and configured nothing
            WifiSecurity security = param.Security;
            if (security != WifiSecurity.Open && !AuthContext.IsPersonal((AuthType)security))
            {
                return WincsResult.Fail;
            }

            if (security != WifiSecurity.Open && !AuthContext.IsPassphraseValid(param.Passphrase, (AuthType)security))
            {
                return WincsResult.Fail;
            }

            int minChannel = param.Mode == WifiMode.Ap ? 1 : BssContext.ChannelAny;
            if (param.Channel < minChannel || param.Channel > BssContext.ChannelMax)
            {
                return WincsResult.Fail;
            }

            if (_check.SetSsid(param.Ssid) != DriverStatus.Ok)
            {
                return WincsResult.Fail;
            }

            // valid: replace the stored contexts (BSSCtxSetDefaults, AuthCtxSetDefaults, ...)
            _bss.SetDefaults();
            _bss.SetSsid(param.Ssid);
            _bss.SetChannel(param.Channel);
            if (security == WifiSecurity.Open)
            {
                _auth.SetOpen();
            }
            else
            {
                _auth.SetPersonal(param.Passphrase, (AuthType)security);
            }

            _mode = param.Mode;
            if (param.Mode == WifiMode.Ap)
            {
                _softAp.SetDefaults();
                _softAp.Hidden = param.Hidden;
                return WincsResult.Pass;
            }

            if (!param.AutoConnect)
            {
                return WincsResult.Pass;
            }

            if (!_open)
            {
                return WincsResult.Fail;
            }

            return ToWincsResult(_wifi.BssConnect(_bss, _auth, _connection, _connectionHandler));
        }

        private WincsResult SetSntp(string server)
        {
            if (server == null)
            {
                return WincsResult.Fail;
            }

            DriverStatus s = _net.SntpServerAddressSet(server, _sntpDone);
            if (s == DriverStatus.Ok)
            {
                s = _net.SntpStaticSet(true, _sntpDone);
            }

            if (s == DriverStatus.Ok)
            {
                s = _net.SntpEnableSet(true, _sntpDone);
            }

            return ToWincsResult(s);
        }

        private WincsResult Ping(string target)
        {
            if (target == null)
            {
                return WincsResult.Fail;
            }

            int length = WincUtils.ParseAddress(target, _address, 0);
            if (length != 0)
            {
                return ToWincsResult(_net.IcmpEchoRequestAddr(_address, 0, length, _pingHandler));
            }

            // not a literal: the module resolves the name (Harmony accepted literals only)
            return ToWincsResult(_net.IcmpEchoRequestName(target, 0, _pingHandler));
        }

        private WincsResult ApDisable()
        {
            DriverStatus s = _wifi.ApStop();
            if (s != DriverStatus.Ok)
            {
                return ToWincsResult(s);
            }

            return ToWincsResult(_net.DhcpsEnableSet(0, false, null, _dhcpsOffDone));
        }

        private WincsResult Scan(WifiService request, object argument)
        {
            ScanParam scan = argument as ScanParam;
            if (argument != null && scan == null)
            {
                return WincsResult.Fail;
            }

            int channel = scan == null ? 0 : scan.Channel;
            int timeMs = scan == null ? 0 : scan.ScanTimeMs;
            if (channel < BssContext.ChannelAny || channel > BssContext.ChannelMax || timeMs < 0 || timeMs > 0xFFFF)
            {
                return WincsResult.Fail;
            }

            bool active = request == WifiService.ActiveScan;
            if (timeMs > 0)
            {
                DriverStatus t = _wifi.BssFindSetScanParameters(0, active ? timeMs : 0, active ? 0 : timeMs, 0, _scanSetupDone);
                if (t != DriverStatus.Ok)
                {
                    return ToWincsResult(t);
                }
            }

            DriverStatus s = _wifi.BssFindFirst(channel, active, _scanResultHandler, _scanDoneHandler);
            if (s == DriverStatus.Ok)
            {
                _scanService = request;
            }

            return ToWincsResult(s);
        }

        private WincsResult DnsResolve(object argument)
        {
            string name = argument as string;
            DnsRecordType type = DnsRecordType.A;
            int timeoutMs = DefaultDnsTimeoutMs;
            if (name == null)
            {
                DnsResolveParam param = argument as DnsResolveParam;
                if (param == null)
                {
                    return WincsResult.Fail;
                }

                name = param.Name;
                type = param.RecordType;
                timeoutMs = param.TimeoutMs;
            }

            if (name == null || (type != DnsRecordType.A && type != DnsRecordType.Aaaa && type != DnsRecordType.Any))
            {
                return WincsResult.Fail;
            }

            return ToWincsResult(_net.DnsResolveDomain(type, name, timeoutMs, _dnsHandler));
        }

        private WincsResult GetRegDomain(object argument)
        {
            RegDomainSelect select = RegDomainSelect.All;
            if (argument is RegDomainSelect)
            {
                select = (RegDomainSelect)argument;
            }
            else if (argument != null)
            {
                return WincsResult.Fail;
            }

            return ToWincsResult(_wifi.WifiRegDomainGet(select, _regGetHandler));
        }

        // -------------------------------------------------------------------------------------------
        // driver callbacks (inside WincDriver.Tasks, driver lock held) → events

        private void OnConnectionState(WincWifi wifi, int assocId, ConnectionState state)
        {
            switch (state)
            {
                case ConnectionState.Connecting:
                    Raise(WifiEvent.ConnStateConnecting, assocId);
                    break;
                case ConnectionState.Connected:
                    Raise(WifiEvent.Connected, assocId);
                    break;
                case ConnectionState.Disconnected:
                    Raise(WifiEvent.Disconnected, assocId);
                    break;
                case ConnectionState.Failed:
                    Raise(WifiEvent.ConnectFailed, wifi.LastConnectError);
                    break;
                case ConnectionState.Roamed:
                    Raise(WifiEvent.ConnStateRoamed, assocId);
                    break;
            }
        }

        private void OnNetIf(WincNet net, int ifIndex, NetIfEvent netIfEvent, NetIfAddressInfo info)
        {
            // Harmony only logs the interface coming up or down; addresses become events
            if (netIfEvent != NetIfEvent.AddressUpdate || info == null || info.AddressLength == 0)
            {
                return;
            }

            WifiEvent e = info.AddressType == IpAddressType.IPv4 ? WifiEvent.DhcpIpv4Complete
                : info.IsLinkLocal ? WifiEvent.DhcpIpv6LocalComplete : WifiEvent.DhcpIpv6GlobalComplete;
            Raise(e, info.ToString());
        }

        private void OnSntp(WincNet net, SntpEvent sntpEvent, uint utcSeconds, WincStatus error)
        {
            if (sntpEvent == SntpEvent.TimeUpdated)
            {
                // every synchronization, not only the first one after boot (Harmony's static flag)
                Raise(WifiEvent.SntpUp, ToDateTime(utcSeconds));
            }
            else
            {
                RaiseError(WifiService.SetSntp, RequestResult.CommandError, error);
            }
        }

        private void OnTime(WincNet net, RequestResult result, uint utcSeconds)
        {
            if (result != RequestResult.Ok)
            {
                RaiseError(WifiService.GetTime, result, WincStatus.Ok);
            }
            else if (utcSeconds < SynchronizedTimeMin)
            {
                RaiseError(WifiService.GetTime, RequestResult.Ok, WincStatus.TimeError);
            }
            else
            {
                Raise(WifiEvent.SntpUp, ToDateTime(utcSeconds));
            }
        }

        private void OnScanResult(WincWifi wifi, int index, BssInfo info)
        {
            Raise(WifiEvent.ScanIndication, info);
        }

        private void OnScanDone(WincWifi wifi, RequestResult result, int resultCount)
        {
            if (result == RequestResult.Ok)
            {
                Raise(WifiEvent.ScanDone, resultCount);
            }
            else
            {
                RaiseError(_scanService, result, WincStatus.Ok);
            }
        }

        private void OnRegDomainSet(WincWifi wifi, RequestResult result, int index, int ofTotal, bool isCurrent, RegDomainInfo info)
        {
            // the driver reports the active domain once, as 1 of 1 (Harmony's module answers made it twice)
            if (result == RequestResult.Ok && index == 1 && ofTotal == 1 && isCurrent && info != null && info.Name != null && info.Name.Length > 0)
            {
                Raise(WifiEvent.RegDomainSetAck, info.Name);
            }
            else
            {
                RaiseError(WifiService.SetRegDomain, result == RequestResult.Ok ? RequestResult.CommandError : result, WincStatus.Ok);
            }
        }

        private void OnRegDomainGet(WincWifi wifi, RequestResult result, int index, int ofTotal, bool isCurrent, RegDomainInfo info)
        {
            if (result != RequestResult.Ok || info == null)
            {
                RaiseError(WifiService.GetRegDomain, result == RequestResult.Ok ? RequestResult.CommandError : result, WincStatus.Ok);
                return;
            }

            _regDomain.Name = info.Name;
            _regDomain.Index = index;
            _regDomain.Count = ofTotal;
            _regDomain.IsCurrent = isCurrent;
            _regDomain.ChannelMask24 = info.ChannelMask24;
            Raise(WifiEvent.RegDomainInfo, _regDomain);
        }

        private void OnDns(WincNet net, DnsResult result)
        {
            switch (result.Status)
            {
                case DnsResolveStatus.Resolved:
                    Raise(WifiEvent.DnsResolved, result.AddressToString());
                    break;
                case DnsResolveStatus.Timeout:
                    Raise(WifiEvent.DnsTimeOut, result.Name);
                    break;
                default:
                    Raise(WifiEvent.DnsError, result.Name);
                    break;
            }
        }

        private void OnPing(WincNet net, RequestResult result, WincStatus error, byte[] address, int addressLength, int roundTripMs)
        {
            if (result == RequestResult.Ok && address != null && (addressLength == 4 || addressLength == 16))
            {
                _lastPingRoundTripMs = roundTripMs;
                Raise(WifiEvent.PingEchoRspRcvd, WincUtils.IPAddressToString(address, 0, addressLength));
            }
            else
            {
                RaiseError(WifiService.Ping, result == RequestResult.Ok ? RequestResult.CommandError : result, error);
            }
        }

        private void OnSoftAp(WincWifi wifi, SoftApEvent softApEvent, int assocId, byte[] mac, WincStatus status)
        {
            // Harmony's AP callback only logs; failures become errors so the application learns of them
            switch (softApEvent)
            {
                case SoftApEvent.StartFailed:
                case SoftApEvent.Error:
                    RaiseError(WifiService.ApEnable, RequestResult.CommandError, status);
                    break;
                case SoftApEvent.StopFailed:
                    RaiseError(WifiService.ApDisable, RequestResult.CommandError, status);
                    break;
            }
        }

        private void OnSntpDone(object source, RequestResult result, WincStatus status)
        {
            OnDone(WifiService.SetSntp, result, status);
        }

        private void OnCoexDone(object source, RequestResult result, WincStatus status)
        {
            OnDone(WifiService.BtCoexConfg, result, status);
        }

        private void OnCoexEnableDone(object source, RequestResult result, WincStatus status)
        {
            OnDone(WifiService.BtCoexEnable, result, status);
        }

        private void OnPowerSaveDone(object source, RequestResult result, WincStatus status)
        {
            OnDone(WifiService.EnablePowersaveMode, result, status);
        }

        private void OnScanSetupDone(object source, RequestResult result, WincStatus status)
        {
            OnDone(_scanService, result, status);
        }

        private void OnDisconnectDone(object source, RequestResult result, WincStatus status)
        {
            OnDone(WifiService.StaDisconnect, result, status);
        }

        private void OnDhcpsOffDone(object source, RequestResult result, WincStatus status)
        {
            OnDone(WifiService.ApDisable, result, status);
        }

        private void OnDone(WifiService request, RequestResult result, WincStatus status)
        {
            if (result != RequestResult.Ok)
            {
                RaiseError(request, result, status);
            }
        }

        private void RaiseError(WifiService request, RequestResult result, WincStatus status)
        {
            _error.Service = request;
            _error.Result = result;
            _error.Status = status;
            Raise(WifiEvent.Error, _error);
        }

        // Harmony calls only the application slot; the service slot is called too (first), otherwise
        // SET_SRVC_CALLBACK would register a callback that never runs
        private void Raise(WifiEvent wifiEvent, object data)
        {
            if (_closed)
            {
                return;
            }

            for (int i = 0; i < ServiceCallbackMax; i++)
            {
                WifiCallback callback = _callbacks[i];
                if (callback == null)
                {
                    continue;
                }

                try
                {
                    callback(wifiEvent, data);
                }
                catch (Exception)
                {
                    _callbackExceptions++;
                }
            }
        }

        private static DateTime ToDateTime(uint utcSeconds)
        {
            return new DateTime(DateTime.UnixEpoch.Ticks + ((long)utcSeconds * TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        }
    }
}
