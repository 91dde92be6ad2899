// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Wifi
{
    /// <summary>
    /// The Wi-Fi functions of the WDRV_WINC driver on a <see cref="WincDriver"/>: station
    /// (<c>wdrv_winc_sta.c</c>, <c>wdrv_winc_assoc.c</c>), soft AP (<c>wdrv_winc_softap.c</c>), scanning
    /// (<c>wdrv_winc_bssfind.c</c>) and the WIFIC settings (<c>wdrv_winc_wifi.c</c>: regulatory domain,
    /// power save, Bluetooth coexistence).
    /// </summary>
    /// <remarks>
    /// Every call builds its command burst with the protocol encoders, submits it and returns at once
    /// with a <see cref="DriverStatus"/>; results arrive through callbacks run by
    /// <see cref="WincDriver.Tasks"/>. Nothing is allocated per call or per event except where a text
    /// is handed out (regulatory domain names). The service takes one AEC, one system event and one
    /// task handler slot of the driver; when the module is lost (reset, bus failure) the connection
    /// reports Disconnected, the soft AP Stopped, and a running scan ends.
    /// </remarks>
    public sealed partial class WincWifi
    {
        /// <summary>Extra time, in milliseconds, given to the module beyond its own timeouts before a wait is declared lost.</summary>
        public const int GuardMs = 5000;

        private readonly WincDriver _driver;
        private readonly object _sync;
        private readonly AecHandler _aecHandler;
        private readonly SystemEventHandler _systemHandler;
        private readonly DriverTaskHandler _taskHandler;
        private readonly RequestEventHandler _simpleHandler;
        private readonly RequestEventHandler _connectHandler;
        private readonly RequestEventHandler _disconnectHandler;
        private readonly RequestEventHandler _apStartHandler;
        private readonly RequestEventHandler _apStopHandler;
        private readonly RequestEventHandler _scanHandler;
        private readonly RequestEventHandler _assocHandler;
        private readonly RequestEventHandler _regDomainHandler;
        private readonly RegDomainInfo _regInfo = new RegDomainInfo();
        private readonly string[] _regAvailable = new string[6];
        private RegDomainHandler _regCallback;
        private WincRequest _regRequest;
        private bool _regIsSet;
        private RegDomainSelect _regSelect;
        private int _regAvailableCount;
        private string _regCurrent;
        private int _regMask;
        private bool _closed;

        /// <summary>Creates the service and hooks it to the driver.</summary>
        /// <param name="driver">The driver.</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The driver has no free AEC, system event or task handler slot.</exception>
        public WincWifi(WincDriver driver)
        {
            if (driver == null)
            {
                throw new ArgumentNullException();
            }

            _driver = driver;
            _sync = driver.SyncRoot;
            _aecHandler = OnAec;
            _systemHandler = OnSystemEvent;
            _taskHandler = OnTasks;
            _simpleHandler = OnSimpleRequest;
            _connectHandler = OnConnectRequest;
            _disconnectHandler = OnDisconnectRequest;
            _apStartHandler = OnApStartRequest;
            _apStopHandler = OnApStopRequest;
            _scanHandler = OnScanRequest;
            _assocHandler = OnAssocRequest;
            _regDomainHandler = OnRegDomainRequest;
            for (int i = 0; i < _scanCache.Length; i++)
            {
                _scanCache[i] = new BssInfo();
            }

            driver.AttachFeature(_aecHandler, _systemHandler, _taskHandler);
        }

        /// <summary>Gets the driver this service runs on.</summary>
        public WincDriver Driver => _driver;

        /// <summary>Gets the active regulatory domain's channel mask (bit 0 = channel 1) once known from a set or get, else 0 (channels are then not checked locally).</summary>
        public int RegulatoryChannelMask24
        {
            get
            {
                lock (_sync)
                {
                    return _regMask;
                }
            }
        }

        /// <summary>Unhooks the service from the driver; pending callbacks are not called any more.</summary>
        public void Close()
        {
            lock (_sync)
            {
                if (_closed)
                {
                    return;
                }

                _closed = true;
                _driver.UnregisterAecHandler(_aecHandler);
                _driver.RemoveSystemEventHandler(_systemHandler);
                _driver.RemoveTaskHandler(_taskHandler);
                _connectCallback = null;
                _apCallback = null;
                _scanResultCallback = null;
                _scanDoneCallback = null;
                _assocCallback = null;
                _regCallback = null;
            }
        }

        // -------------------------------------------------------------------------------------------
        // WIFIC: regulatory domain, power save, coexistence

        /// <summary>
        /// Selects a regulatory domain (<c>WDRV_WINC_WifiRegDomainSet</c>: WIFIC REGDOMAIN_SELECTED), then
        /// reads the active domain and its channel mask back; the callback gets the active domain as
        /// index 1 of 1, current. Setting the domain already active skips the set but still reports it.
        /// </summary>
        /// <param name="name">Domain name, 1 to 6 bytes (e.g. "GEN", "USA", "EMEA").</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a bad name; RetryRequest while another regulatory request runs or the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus WifiRegDomainSet(string name, RegDomainHandler callback)
        {
            int length = ServiceRequests.Utf8Length(name);
            if (length < 1 || length > RegDomainInfo.NameMaxLength)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                bool set = _regCurrent == null || _regCurrent != name;
                return StartRegDomain(true, set ? name : null, RegDomainSelect.Current, callback);
            }
        }

        /// <summary>Reads the active regulatory domain, or every available one (<c>WDRV_WINC_WifiRegDomainGet</c>: WIFIC 11, 10, 12).</summary>
        /// <param name="select">Current or All.</param>
        /// <param name="callback">Receives one call per domain, or one failure.</param>
        /// <returns>Ok; InvalidArg for a null callback or unknown selector; RetryRequest while another regulatory request runs; Busy/NotOpen from the driver.</returns>
        public DriverStatus WifiRegDomainGet(RegDomainSelect select, RegDomainHandler callback)
        {
            if (callback == null || (select != RegDomainSelect.Current && select != RegDomainSelect.All))
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                return StartRegDomain(false, null, select, callback);
            }
        }

        /// <summary>Sets the power save mode (<c>WDRV_WINC_WifiPowerSaveModeSet</c>: WIFIC POWERSAVE).</summary>
        /// <param name="mode">Run or Wsm.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for an unknown mode; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus WifiPowerSaveModeSet(PowerSaveMode mode, CompletionHandler callback)
        {
            if (mode != PowerSaveMode.Run && mode != PowerSaveMode.Wsm)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                bool ok = WincCommands.ConfigSetInteger(r.Writer, CommandId.Wific, (uint)WifiParamId.Powersave, WincType.Integer, (int)mode);
                return ServiceRequests.Submit(_driver, r, ok);
            }
        }

        /// <summary>Enables or disables Bluetooth coexistence (<c>WDRV_WINC_WifiCoexEnableSet</c>: WIFIC COEX_ENABLED).</summary>
        /// <param name="enable">True to enable.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus WifiCoexEnableSet(bool enable, CompletionHandler callback)
        {
            lock (_sync)
            {
                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                bool ok = WincCommands.ConfigSetBool(r.Writer, CommandId.Wific, (uint)WifiParamId.CoexEnabled, enable);
                return ServiceRequests.Submit(_driver, r, ok);
            }
        }

        /// <summary>Configures the coexistence arbiter (<c>WDRV_WINC_WifiCoexConfSet</c>: WIFIC 31..34 in one burst).</summary>
        /// <param name="config">The settings.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for null; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus WifiCoexConfSet(CoexConfig config, CompletionHandler callback)
        {
            if (config == null)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                CommandWriter w = r.Writer;
                bool ok = WincCommands.ConfigSetInteger(w, CommandId.Wific, (uint)WifiParamId.CoexInterfaceType, WincType.Integer, config.Use2Wire ? 1 : 0)
                    && WincCommands.ConfigSetInteger(w, CommandId.Wific, (uint)WifiParamId.CoexWlanRxVsBt, WincType.Integer, config.WlanRxHigherThanBt ? 1 : 0)
                    && WincCommands.ConfigSetInteger(w, CommandId.Wific, (uint)WifiParamId.CoexWlanTxVsBt, WincType.Integer, config.WlanTxHigherThanBt ? 1 : 0)
                    && WincCommands.ConfigSetInteger(w, CommandId.Wific, (uint)WifiParamId.CoexAntennaMode, WincType.Integer, config.SharedAntenna ? 1 : 0);
                return ServiceRequests.Submit(_driver, r, ok);
            }
        }

        private DriverStatus StartRegDomain(bool isSet, string name, RegDomainSelect select, RegDomainHandler callback)
        {
            if (_regRequest != null)
            {
                return DriverStatus.RetryRequest;
            }

            WincRequest r = _driver.AllocateRequest(_regDomainHandler, null);
            if (r == null)
            {
                return DriverStatus.RetryRequest;
            }

            CommandWriter w = r.Writer;
            bool ok = true;
            if (name != null)
            {
                ok = WincCommands.ConfigSetString(w, CommandId.Wific, (uint)WifiParamId.RegdomainSelected, name, RegDomainInfo.NameMaxLength);
            }

            if (select == RegDomainSelect.All)
            {
                ok = ok && WincCommands.ConfigQuery(w, CommandId.Wific, (uint)WifiParamId.RegdomainAvailable);
            }

            ok = ok && WincCommands.ConfigQuery(w, CommandId.Wific, (uint)WifiParamId.RegdomainSelected)
                && WincCommands.ConfigQuery(w, CommandId.Wific, (uint)WifiParamId.RegdomainChanmask24);
            DriverStatus s = ServiceRequests.Submit(_driver, r, ok);
            if (s == DriverStatus.Ok)
            {
                _regRequest = r;
                _regIsSet = isSet;
                _regSelect = select;
                _regCallback = callback;
                _regAvailableCount = 0;
            }

            return s;
        }

        private void OnRegDomainRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _regRequest)
            {
                return;
            }

            if (requestEvent == RequestEvent.ResponseReceived)
            {
                ReadRegDomainResponse(message);
                return;
            }

            if (requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _regRequest = null;
            RegDomainHandler cb = _regCallback;
            _regCallback = null;
            RequestResult result = request.Result;
            if (cb == null)
            {
                return;
            }

            if (result != RequestResult.Ok || _regCurrent == null)
            {
                cb(this, result == RequestResult.Ok ? RequestResult.CommandError : result, 0, 0, false, null);
                return;
            }

            if (_regSelect == RegDomainSelect.Current)
            {
                _regInfo.Name = _regCurrent;
                _regInfo.ChannelMask24 = _regMask;
                cb(this, RequestResult.Ok, 1, 1, true, _regInfo);
                return;
            }

            int n = _regAvailableCount;
            for (int i = 0; i < n; i++)
            {
                bool current = _regAvailable[i] == _regCurrent;
                _regInfo.Name = _regAvailable[i];
                _regInfo.ChannelMask24 = current ? _regMask : 0;
                cb(this, RequestResult.Ok, i + 1, n, current, _regInfo);
            }
        }

        private void ReadRegDomainResponse(MessageReader m)
        {
            int id;
            int index;
            if (m == null || m.ResponseId != (ushort)CommandId.Wific || m.ElementCount < 2 || !m.TryGetFraction(0, out id, out index))
            {
                return;
            }

            switch (id)
            {
                case (int)WifiParamId.RegdomainSelected:
                    string current = m.GetString(1);
                    if (current != null)
                    {
                        _regCurrent = current;
                    }

                    break;

                case (int)WifiParamId.RegdomainAvailable:
                    string available = m.GetString(1);
                    if (available != null && available.Length > 0 && _regAvailableCount < _regAvailable.Length)
                    {
                        _regAvailable[_regAvailableCount++] = available;
                    }

                    break;

                case (int)WifiParamId.RegdomainChanmask24:
                    uint mask;
                    if (m.TryGetUInt32(1, out mask))
                    {
                        _regMask = (int)mask;
                    }

                    break;
            }
        }

        // -------------------------------------------------------------------------------------------
        // driver hooks

        private void OnSimpleRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            ServiceRequests.CompleteSimple(this, request, requestEvent);
        }

        private void OnAec(WincDriver driver, MessageReader aec)
        {
            switch (aec.AecId)
            {
                case AecId.Wstalu:
                    OnLinkUp(aec);
                    break;
                case AecId.Wstald:
                    OnLinkDown(aec);
                    break;
                case AecId.Wstaerr:
                    OnStationError(aec);
                    break;
                case AecId.Wstaroam:
                    OnRoamed(aec);
                    break;
                case AecId.Wapsc:
                case AecId.Wapsd:
                    OnApStation(aec);
                    break;
                case AecId.Waperr:
                    OnApError(aec);
                    break;
                case AecId.Wscnind:
                    OnScanIndication(aec);
                    break;
                case AecId.Wscndone:
                    OnScanDone(aec);
                    break;
                case AecId.Assoc:
                    OnAssocIndication(aec);
                    break;
            }
        }

        private void OnSystemEvent(WincDriver driver, SystemEvent systemEvent)
        {
            if (!ServiceRequests.LosesModuleState(systemEvent))
            {
                return;
            }

            RequestResult loss = ServiceRequests.LossResult(systemEvent);
            LoseStation();
            LoseSoftAp();
            EndScan(loss, 0);
            EndAssocQuery(loss);
        }

        private void OnTasks(WincDriver driver, long now)
        {
            CheckStationDeadline(now);
            if (_scanInProgress && now >= _scanDeadline)
            {
                EndScan(RequestResult.Timeout, 0);
            }

            if (_assocPending && now >= _assocDeadline)
            {
                EndAssocQuery(RequestResult.Timeout);
            }
        }
    }
}
