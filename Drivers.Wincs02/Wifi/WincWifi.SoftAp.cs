// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Soft AP.</summary>
    public sealed partial class WincWifi
    {
        /// <summary>Stations the soft AP tracks (the module accepts up to 10).</summary>
        public const int MaxApStations = 10;

        private readonly int[] _peerIds = new int[MaxApStations];
        private readonly byte[] _peerMacs = new byte[MaxApStations * 6];
        private readonly byte[] _eventMac = new byte[6];
        private ApState _apState = ApState.Idle;
        private SoftApEventHandler _apCallback;
        private WincRequest _apRequest;

        /// <summary>Gets a value indicating whether the soft AP is running.</summary>
        public bool IsApActive
        {
            get
            {
                lock (_sync)
                {
                    return _apState == ApState.Active;
                }
            }
        }

        /// <summary>Gets the number of stations on the soft AP.</summary>
        public int ApStationCount
        {
            get
            {
                lock (_sync)
                {
                    int n = 0;
                    for (int i = 0; i < MaxApStations; i++)
                    {
                        if (_peerIds[i] != 0)
                        {
                            n++;
                        }
                    }

                    return n;
                }
            }
        }

        /// <summary>
        /// Starts the soft AP (<c>WDRV_WINC_APStart</c>) with one burst: WAPC SSID, CHANNEL, SEC_TYPE,
        /// CREDENTIALS (when there is a passphrase), MFP_TYPE, HIDDEN, NETIF_IDX, REKEY_INTERVAL, then WAP(1).
        /// The callback sees Started or StartFailed, then StationConnected/StationDisconnected (WAPSC/WAPSD).
        /// </summary>
        /// <param name="bss">SSID and channel (1..13; "any" is not allowed for an AP).</param>
        /// <param name="auth">Authentication, or null for open.</param>
        /// <param name="config">AP settings, or null for the defaults (visible, rekey 86400 s, interface 0).</param>
        /// <param name="callback">Receives the soft AP events, or null.</param>
        /// <returns>Ok; InvalidContext for a missing SSID or channel 0; InvalidArg for bad settings or a channel outside the regulatory domain; RequestError while the station is not disconnected or the AP is not idle; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus ApStart(BssContext bss, AuthContext auth, SoftApConfig config, SoftApEventHandler callback)
        {
            if (bss == null || !bss.IsValid || bss.Channel == BssContext.ChannelAny)
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

                if (_apState != ApState.Idle || _staState != ConnectionState.Disconnected)
                {
                    return DriverStatus.RequestError;
                }

                WincRequest r = _driver.AllocateRequest(_apStartHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                bool hidden = config != null && config.Hidden;
                int rekey = config == null ? SoftApConfig.DefaultRekeyIntervalSeconds : config.RekeyIntervalSeconds;
                int netif = config == null ? 0 : config.InterfaceIndex;
                bool ok;
                try
                {
                    CommandWriter w = r.Writer;
                    ok = WincCommands.ConfigSetString(w, CommandId.Wapc, (uint)WapParamId.Ssid, bss.Ssid, BssContext.SsidMaxLength)
                        && WincCommands.ConfigSetInteger(w, CommandId.Wapc, (uint)WapParamId.Channel, WincType.Integer, bss.Channel)
                        && WriteSecurity(w, CommandId.Wapc, auth)
                        && WincCommands.ConfigSetBool(w, CommandId.Wapc, (uint)WapParamId.Hidden, hidden)
                        && WincCommands.ConfigSetInteger(w, CommandId.Wapc, (uint)WapParamId.NetifIdx, WincType.Integer, netif)
                        && WincCommands.ConfigSetInteger(w, CommandId.Wapc, (uint)WapParamId.RekeyInterval, WincType.Integer, rekey)
                        && WincCommands.Wap(w, true);
                }
                catch (ArgumentException)
                {
                    return ServiceRequests.Reject(_driver, r);
                }

                DriverStatus s = ServiceRequests.Submit(_driver, r, ok);
                if (s == DriverStatus.Ok)
                {
                    _apRequest = r;
                    _apCallback = callback;
                    _apState = ApState.Starting;
                    ClearPeers();
                }

                return s;
            }
        }

        /// <summary>Stops the soft AP (<c>WDRV_WINC_APStop</c>: WAP(0)); the callback sees StationDisconnected for each station, then Stopped (or StopFailed).</summary>
        /// <returns>Ok; RequestError when the AP is not running; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus ApStop()
        {
            lock (_sync)
            {
                if (_apState != ApState.Active)
                {
                    return DriverStatus.RequestError;
                }

                WincRequest r = _driver.AllocateRequest(_apStopHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                DriverStatus s = ServiceRequests.Submit(_driver, r, WincCommands.Wap(r.Writer, false));
                if (s == DriverStatus.Ok)
                {
                    _apRequest = r;
                    _apState = ApState.Stopping;
                }

                return s;
            }
        }

        private void OnApStartRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _apRequest || requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _apRequest = null;
            if (request.Result == RequestResult.Ok)
            {
                _apState = ApState.Active;
                NotifyAp(SoftApEvent.Started, 0, null, WincStatus.Ok);
            }
            else
            {
                _apState = ApState.Idle;
                NotifyAp(SoftApEvent.StartFailed, 0, null, ServiceRequests.FirstError(request));
            }
        }

        private void OnApStopRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _apRequest || requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _apRequest = null;
            if (request.Result == RequestResult.Ok || request.Result == RequestResult.BusError || request.Result == RequestResult.ModuleReset)
            {
                StopAp();
            }
            else
            {
                _apState = ApState.Active;
                NotifyAp(SoftApEvent.StopFailed, 0, null, ServiceRequests.FirstError(request));
            }
        }

        private void OnApStation(MessageReader aec)
        {
            int assocId;
            bool joined = aec.AecId == AecId.Wapsc;
            bool ok = joined ? AecDecoder.Wapsc(aec, out assocId, _eventMac, 0) : AecDecoder.Wapsd(aec, out assocId, _eventMac, 0);
            if (!ok)
            {
                return;
            }

            int slot = FindPeer(assocId);
            if (joined)
            {
                if (slot < 0)
                {
                    slot = FindPeer(0);
                }

                if (slot >= 0)
                {
                    _peerIds[slot] = assocId;
                    Array.Copy(_eventMac, 0, _peerMacs, slot * 6, 6);
                }

                NotifyAp(SoftApEvent.StationConnected, assocId, _eventMac, WincStatus.Ok);
                return;
            }

            // a WAPSD for a station already reported gone (the AP stopped first) is not news
            if (slot < 0 && _apState == ApState.Idle)
            {
                return;
            }

            if (slot >= 0)
            {
                _peerIds[slot] = 0;
            }

            NotifyAp(SoftApEvent.StationDisconnected, assocId, _eventMac, WincStatus.Ok);
        }

        private void OnApError(MessageReader aec)
        {
            int code;
            if (AecDecoder.Waperr(aec, out code))
            {
                NotifyAp(SoftApEvent.Error, 0, null, (WincStatus)code);
            }
        }

        private void LoseSoftAp()
        {
            if (_apState == ApState.Active || _apState == ApState.Stopping)
            {
                StopAp();
            }
            else if (_apState == ApState.Starting)
            {
                _apState = ApState.Idle;
                NotifyAp(SoftApEvent.StartFailed, 0, null, WincStatus.Error);
            }
        }

        // the AP is down: every station still known leaves, then Stopped
        private void StopAp()
        {
            _apState = ApState.Idle;
            for (int i = 0; i < MaxApStations; i++)
            {
                int id = _peerIds[i];
                if (id != 0)
                {
                    _peerIds[i] = 0;
                    Array.Copy(_peerMacs, i * 6, _eventMac, 0, 6);
                    NotifyAp(SoftApEvent.StationDisconnected, id, _eventMac, WincStatus.Ok);
                }
            }

            NotifyAp(SoftApEvent.Stopped, 0, null, WincStatus.Ok);
        }

        private int FindPeer(int assocId)
        {
            for (int i = 0; i < MaxApStations; i++)
            {
                if (_peerIds[i] == assocId)
                {
                    return i;
                }
            }

            return -1;
        }

        private void ClearPeers()
        {
            for (int i = 0; i < MaxApStations; i++)
            {
                _peerIds[i] = 0;
            }
        }

        private void NotifyAp(SoftApEvent softApEvent, int assocId, byte[] mac, WincStatus status)
        {
            SoftApEventHandler cb = _apCallback;
            if (cb != null)
            {
                cb(this, softApEvent, assocId, mac, status);
            }
        }
    }
}
