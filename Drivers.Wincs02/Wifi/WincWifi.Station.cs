// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Station mode and association queries.</summary>
    public sealed partial class WincWifi
    {
        private readonly byte[] _staBssid = new byte[6];
        private readonly AssociationInfo _assocInfo = new AssociationInfo();
        private ConnectionState _staState = ConnectionState.Disconnected;
        private ConnectionStateHandler _connectCallback;
        private WincRequest _connectRequest;
        private WincRequest _disconnectRequest;
        private CompletionHandler _disconnectCallback;
        private bool _disconnectRequested;
        private bool _linkDownAwaited;
        private long _staDeadline;
        private int _staAssocId;
        private int _staChannel;
        private WincStatus _lastConnectError;
        private AssociationInfoHandler _assocCallback;
        private WincRequest _assocRequest;
        private bool _assocPending;
        private long _assocDeadline;
        private int _assocQueryId;

        /// <summary>Gets the station state: Disconnected, Connecting or Connected (Failed and Roamed are only reported).</summary>
        public ConnectionState StationState
        {
            get
            {
                lock (_sync)
                {
                    return _staState;
                }
            }
        }

        /// <summary>Gets the station's association id while connected, else 0.</summary>
        public int StationAssocId
        {
            get
            {
                lock (_sync)
                {
                    return _staState == ConnectionState.Connected ? _staAssocId : 0;
                }
            }
        }

        /// <summary>Gets the channel of the AP the station is connected to, else 0.</summary>
        public int StationChannel
        {
            get
            {
                lock (_sync)
                {
                    return _staState == ConnectionState.Connected ? _staChannel : 0;
                }
            }
        }

        /// <summary>Gets why the last connection attempt failed (the refused command's status or the WSTAERR code), or OK.</summary>
        public WincStatus LastConnectError
        {
            get
            {
                lock (_sync)
                {
                    return _lastConnectError;
                }
            }
        }

        /// <summary>
        /// Connects the station (<c>WDRV_WINC_BSSConnect</c>) with one burst: WSTAC SSID, CHANNEL, BSSID,
        /// SEC_TYPE, CREDENTIALS (when there is a passphrase), MFP_TYPE, CONN_TIMEOUT, NETIF_IDX, ROAMING,
        /// NETIFC L2_ONLY = false, then WSTA(1). The callback then sees Connecting (WSTA accepted),
        /// Connected (WSTALU), Failed (a refused command, WSTAERR, the link lost before it came up, or
        /// nothing within the connection timeout + <see cref="GuardMs"/>), Roamed and Disconnected.
        /// </summary>
        /// <param name="bss">Network to join (SSID set; channel 0 = any).</param>
        /// <param name="auth">Authentication, or null for open.</param>
        /// <param name="config">Connection settings, or null for the defaults (10000 ms, layer 3 roaming, interface 0).</param>
        /// <param name="callback">Receives the connection states, or null.</param>
        /// <returns>
        /// Ok; InvalidContext when <paramref name="bss"/> is null or has no SSID; InvalidArg for bad settings or a
        /// channel outside the regulatory domain; RequestError while the soft AP runs or the station is
        /// not disconnected; RetryRequest when the pool is empty; Busy/NotOpen from the driver.
        /// </returns>
        public DriverStatus BssConnect(BssContext bss, AuthContext auth, ConnectionConfig config, ConnectionStateHandler callback)
        {
            if (bss == null || !bss.IsValid)
            {
                return DriverStatus.InvalidContext;
            }

            if (config != null && !config.IsValid)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (!ChannelAllowed(bss.Channel))
                {
                    return DriverStatus.InvalidArg;
                }

                if (_apState != ApState.Idle || _staState != ConnectionState.Disconnected || _disconnectRequest != null)
                {
                    return DriverStatus.RequestError;
                }

                WincRequest r = _driver.AllocateRequest(_connectHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                int timeoutMs = config == null ? ConnectionConfig.DefaultConnectionTimeoutMs : config.ConnectionTimeoutMs;
                int roaming = config == null ? (int)RoamingMode.Layer3 : (int)config.Roaming;
                int netif = config == null ? 0 : config.InterfaceIndex;
                bool ok;
                try
                {
                    CommandWriter w = r.Writer;
                    ok = WincCommands.ConfigSetString(w, CommandId.Wstac, (uint)WstaParamId.Ssid, bss.Ssid, BssContext.SsidMaxLength)
                        && WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.Channel, WincType.Integer, bss.Channel)
                        && bss.WriteBssid(w, CommandId.Wstac, (uint)WstaParamId.Bssid)
                        && WriteSecurity(w, CommandId.Wstac, auth)
                        && WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.ConnTimeout, WincType.Integer, timeoutMs)
                        && WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.NetifIdx, WincType.Integer, netif)
                        && WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.Roaming, WincType.Integer, roaming)
                        && WincCommands.ConfigSetBool(w, CommandId.Netifc, netif, (uint)NetifParamId.L2Only, false)
                        && WincCommands.Wsta(w, true);
                }
                catch (ArgumentException)
                {
                    return ServiceRequests.Reject(_driver, r);
                }

                DriverStatus s = ServiceRequests.Submit(_driver, r, ok);
                if (s == DriverStatus.Ok)
                {
                    _connectRequest = r;
                    _connectCallback = callback;
                    _staState = ConnectionState.Connecting;
                    _staAssocId = 0;
                    _staChannel = 0;
                    _disconnectRequested = false;
                    _linkDownAwaited = false;
                    _lastConnectError = WincStatus.Ok;
                    int wait = timeoutMs > 0 ? timeoutMs : ConnectionConfig.DefaultConnectionTimeoutMs;
                    _staDeadline = ServiceRequests.After(_driver.Clock.UtcTicks, wait + GuardMs + r.TimeoutMs);
                }

                return s;
            }
        }

        /// <summary>Disconnects the station, or abandons a connection attempt (<c>WDRV_WINC_BSSDisconnect</c>: WSTA(0)).</summary>
        /// <returns>See <see cref="BssDisconnect(CompletionHandler)"/>.</returns>
        public DriverStatus BssDisconnect()
        {
            return BssDisconnect(null);
        }

        /// <summary>
        /// Disconnects the station, or abandons a connection attempt (<c>WDRV_WINC_BSSDisconnect</c>:
        /// WSTA(0)). The connection callback then reports Disconnected (when WSTALD arrives, or
        /// <see cref="GuardMs"/> after the module accepted the command).
        /// </summary>
        /// <param name="callback">Receives the result of WSTA(0), or null.</param>
        /// <returns>Ok; DisconnectFail when already disconnected; RetryRequest while a disconnect runs or the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus BssDisconnect(CompletionHandler callback)
        {
            lock (_sync)
            {
                if (_staState == ConnectionState.Disconnected)
                {
                    return DriverStatus.DisconnectFail;
                }

                if (_disconnectRequest != null)
                {
                    return DriverStatus.RetryRequest;
                }

                WincRequest r = _driver.AllocateRequest(_disconnectHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                DriverStatus s = ServiceRequests.Submit(_driver, r, WincCommands.Wsta(r.Writer, false));
                if (s == DriverStatus.Ok)
                {
                    _disconnectRequest = r;
                    _disconnectCallback = callback;
                    _disconnectRequested = true;
                }

                return s;
            }
        }

        /// <summary>Copies the MAC of an association's peer (<c>WDRV_WINC_AssocPeerAddressGet</c>): the AP's BSSID for the station, the station's MAC for a soft AP client.</summary>
        /// <param name="assocId">The association id.</param>
        /// <param name="destination">Receives six bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Ok; InvalidArg for a bad buffer; NotConnected when no such association is known.</returns>
        public DriverStatus AssocPeerAddressGet(int assocId, byte[] destination, int offset)
        {
            if (destination == null || offset < 0 || offset + 6 > destination.Length)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_staState == ConnectionState.Connected && assocId == _staAssocId)
                {
                    Array.Copy(_staBssid, 0, destination, offset, 6);
                    return DriverStatus.Ok;
                }

                int slot = assocId > 0 ? FindPeer(assocId) : -1;
                if (slot < 0)
                {
                    return DriverStatus.NotConnected;
                }

                Array.Copy(_peerMacs, slot * 6, destination, offset, 6);
                return DriverStatus.Ok;
            }
        }

        /// <summary>
        /// Asks the module about an association (<c>WDRV_WINC_AssocRSSIGet</c>: ASSOC(id), answered by an
        /// ASSOC AEC with the peer and RSSI). The callback gets the answer, or a failure when the command
        /// is refused or no AEC comes within <see cref="ServiceRequests"/>' default 10 s.
        /// </summary>
        /// <param name="assocId">Association id (1..65535), e.g. <see cref="StationAssocId"/>.</param>
        /// <param name="callback">Receives the answer.</param>
        /// <returns>Ok; InvalidArg for a bad id or null callback; RetryRequest while another query runs or the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus AssocInfoGet(int assocId, AssociationInfoHandler callback)
        {
            if (assocId < 1 || assocId > 0xFFFF || callback == null)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_assocPending)
                {
                    return DriverStatus.RetryRequest;
                }

                WincRequest r = _driver.AllocateRequest(_assocHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                DriverStatus s = ServiceRequests.Submit(_driver, r, WincCommands.Assoc(r.Writer, assocId));
                if (s == DriverStatus.Ok)
                {
                    _assocRequest = r;
                    _assocCallback = callback;
                    _assocPending = true;
                    _assocQueryId = assocId;
                    _assocDeadline = ServiceRequests.After(_driver.Clock.UtcTicks, ServiceRequests.DefaultAecTimeoutMs);
                }

                return s;
            }
        }

        // SEC_TYPE, CREDENTIALS (only with a passphrase) and MFP_TYPE, for WSTAC or WAPC
        private static bool WriteSecurity(CommandWriter w, CommandId command, AuthContext auth)
        {
            int type = auth == null ? (int)AuthType.Open : (int)auth.AuthType;
            int mfp = auth == null ? (int)MfpType.Disabled : (int)auth.Mfp;
            bool ok = WincCommands.ConfigSetInteger(w, command, (uint)WstaParamId.SecType, WincType.Integer, type);
            if (ok && auth != null && auth.Passphrase != null)
            {
                ok = WincCommands.ConfigSetString(w, command, (uint)WstaParamId.Credentials, auth.Passphrase, AuthContext.PassphraseMaxLength);
            }

            return ok && WincCommands.ConfigSetInteger(w, command, (uint)WstaParamId.MfpType, WincType.Integer, mfp);
        }

        private bool ChannelAllowed(int channel)
        {
            return channel == BssContext.ChannelAny || _regMask == 0 || (_regMask & (1 << (channel - 1))) != 0;
        }

        private void OnConnectRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _connectRequest)
            {
                return;
            }

            if (requestEvent == RequestEvent.CommandStatus)
            {
                // WSTA(1) accepted: the module is associating
                if (commandIndex == request.CommandCount - 1 && request.GetStatus(commandIndex) == WincStatus.Ok
                    && _staState == ConnectionState.Connecting && _lastConnectError == WincStatus.Ok)
                {
                    NotifyStation(ConnectionState.Connecting);
                }

                return;
            }

            if (requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _connectRequest = null;
            if (request.Result != RequestResult.Ok && _staState == ConnectionState.Connecting)
            {
                _lastConnectError = ServiceRequests.FirstError(request);
                _staState = ConnectionState.Disconnected;
                NotifyStation(ConnectionState.Failed);
            }
        }

        private void OnDisconnectRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _disconnectRequest || requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _disconnectRequest = null;
            CompletionHandler cb = _disconnectCallback;
            _disconnectCallback = null;
            if (request.Result == RequestResult.Ok)
            {
                if (_staState != ConnectionState.Disconnected)
                {
                    // WSTALD should follow; do not wait for it forever
                    _linkDownAwaited = true;
                    _staDeadline = ServiceRequests.After(_driver.Clock.UtcTicks, GuardMs);
                }
            }
            else
            {
                _disconnectRequested = false;
            }

            if (cb != null)
            {
                cb(this, request.Result, ServiceRequests.FirstError(request));
            }
        }

        private void OnLinkUp(MessageReader aec)
        {
            int assocId;
            int channel;
            if (!AecDecoder.Wstalu(aec, out assocId, _staBssid, 0, out channel))
            {
                return;
            }

            _staAssocId = assocId;
            _staChannel = channel;
            _linkDownAwaited = false;
            _staState = ConnectionState.Connected;
            NotifyStation(ConnectionState.Connected);
        }

        private void OnLinkDown(MessageReader aec)
        {
            int assocId;
            if (!AecDecoder.Wstald(aec, out assocId))
            {
                return;
            }

            ConnectionState previous = _staState;
            if (previous == ConnectionState.Disconnected)
            {
                return;
            }

            _staState = ConnectionState.Disconnected;
            _linkDownAwaited = false;
            bool failed = previous == ConnectionState.Connecting && !_disconnectRequested;
            _disconnectRequested = false;
            NotifyStation(failed ? ConnectionState.Failed : ConnectionState.Disconnected);
        }

        private void OnStationError(MessageReader aec)
        {
            int code;
            if (!AecDecoder.Wstaerr(aec, out code))
            {
                return;
            }

            _lastConnectError = (WincStatus)code;
            if (_staState == ConnectionState.Connecting)
            {
                _staState = ConnectionState.Disconnected;
                _disconnectRequested = false;
                NotifyStation(ConnectionState.Failed);
            }
        }

        private void OnRoamed(MessageReader aec)
        {
            int assocId;
            if (AecDecoder.Wstaroam(aec, out assocId) && _staState == ConnectionState.Connected)
            {
                _staAssocId = assocId;
                NotifyStation(ConnectionState.Roamed);
            }
        }

        private void CheckStationDeadline(long now)
        {
            if (now < _staDeadline)
            {
                return;
            }

            if (_staState == ConnectionState.Connecting && _connectRequest == null)
            {
                _lastConnectError = WincStatus.Timeout;
                _staState = ConnectionState.Disconnected;
                NotifyStation(ConnectionState.Failed);
            }
            else if (_linkDownAwaited && _staState != ConnectionState.Disconnected)
            {
                _staState = ConnectionState.Disconnected;
                _linkDownAwaited = false;
                _disconnectRequested = false;
                NotifyStation(ConnectionState.Disconnected);
            }
        }

        private void LoseStation()
        {
            ConnectionState previous = _staState;
            _staState = ConnectionState.Disconnected;
            _linkDownAwaited = false;
            _disconnectRequested = false;
            if (previous == ConnectionState.Connecting)
            {
                NotifyStation(ConnectionState.Failed);
            }
            else if (previous == ConnectionState.Connected)
            {
                NotifyStation(ConnectionState.Disconnected);
            }
        }

        private void NotifyStation(ConnectionState state)
        {
            ConnectionStateHandler cb = _connectCallback;
            if (cb != null)
            {
                cb(this, _staAssocId, state);
            }
        }

        private void OnAssocRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _assocRequest || requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _assocRequest = null;
            if (request.Result != RequestResult.Ok)
            {
                EndAssocQuery(request.Result);
            }
        }

        private void OnAssocIndication(MessageReader aec)
        {
            int assocId;
            int apOrStation;
            int rssi;
            if (!_assocPending || !AecDecoder.Assoc(aec, out assocId, out apOrStation, _assocInfo.Peer, 0, out rssi) || assocId != _assocQueryId)
            {
                return;
            }

            _assocInfo.AssocId = assocId;
            _assocInfo.IsStation = apOrStation == 1;
            _assocInfo.Rssi = rssi;
            _assocInfo.Channel = _assocInfo.IsStation && assocId == _staAssocId ? _staChannel : 0;
            AssociationInfoHandler cb = _assocCallback;
            _assocPending = false;
            _assocCallback = null;
            if (cb != null)
            {
                cb(this, RequestResult.Ok, _assocInfo);
            }
        }

        private void EndAssocQuery(RequestResult result)
        {
            if (!_assocPending)
            {
                return;
            }

            AssociationInfoHandler cb = _assocCallback;
            _assocPending = false;
            _assocCallback = null;
            _assocRequest = null;
            if (cb != null)
            {
                cb(this, result, null);
            }
        }
    }
}
