// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Scanning (<c>wdrv_winc_bssfind.c</c>).</summary>
    public sealed partial class WincWifi
    {
        /// <summary>Scan results kept for <see cref="BssFindGetInfo"/>; later ones are still reported to the result callback.</summary>
        public const int MaxScanResults = 32;

        /// <summary>Longest wait, in milliseconds, for WSCNDONE after the scan was accepted.</summary>
        public const int ScanTimeoutMs = 30000;

        /// <summary>Every 2.4 GHz channel from 1 to 13 (<c>WDRV_WINC_CM_2_4G_DEFAULT</c>).</summary>
        public const int ChannelMaskDefault = 0x1FFF;

        private readonly BssInfo[] _scanCache = new BssInfo[MaxScanResults];
        private readonly BssInfo _scanOverflow = new BssInfo();
        private BssInfoHandler _scanResultCallback;
        private BssFindDoneHandler _scanDoneCallback;
        private WincRequest _scanRequest;
        private bool _scanInProgress;
        private long _scanDeadline;
        private int _scanCount;
        private int _scanReported;
        private int _scanChannelMask24 = ChannelMaskDefault;
        private int _scanRssiThreshold;
        private bool _scanRssiThresholdSet;

        /// <summary>Gets a value indicating whether a scan is running (<c>WDRV_WINC_BSSFindInProgress</c>).</summary>
        public bool BssFindInProgress
        {
            get
            {
                lock (_sync)
                {
                    return _scanInProgress;
                }
            }
        }

        /// <summary>Gets the number of results of the last scan (<c>WDRV_WINC_BSSFindGetNumBSSResults</c>; at most <see cref="MaxScanResults"/> are kept).</summary>
        public int BssFindGetNumBssResults
        {
            get
            {
                lock (_sync)
                {
                    return _scanCount;
                }
            }
        }

        /// <summary>
        /// Starts a scan (<c>WDRV_WINC_BSSFindFirst</c>): one burst of WSCNC CHANMASK24, CHANNEL,
        /// RSSI_THRESH (when set), FILT_LIST cleared, then WSCN. Each WSCNIND goes to
        /// <paramref name="onResult"/> as it arrives; WSCNDONE (or a failure) to <paramref name="onDone"/>.
        /// </summary>
        /// <param name="channel">0 for every channel of the scan mask (<see cref="BssFindSetScanChannels24"/>), or 1..13.</param>
        /// <param name="active">True to send probe requests, false to listen only.</param>
        /// <param name="onResult">Receives each network, or null.</param>
        /// <param name="onDone">Receives the end of the scan, or null.</param>
        /// <returns>Ok; ScanInProgress while a scan runs; InvalidArg for a channel out of range or outside the regulatory domain; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus BssFindFirst(int channel, bool active, BssInfoHandler onResult, BssFindDoneHandler onDone)
        {
            if (channel < BssContext.ChannelAny || channel > BssContext.ChannelMax)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_scanInProgress)
                {
                    return DriverStatus.ScanInProgress;
                }

                if (!ChannelAllowed(channel))
                {
                    return DriverStatus.InvalidArg;
                }

                WincRequest r = _driver.AllocateRequest(_scanHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                int mask = _regMask == 0 ? _scanChannelMask24 : _scanChannelMask24 & _regMask;
                CommandWriter w = r.Writer;
                bool ok = WincCommands.ConfigSetInteger(w, CommandId.Wscnc, (uint)WscnParamId.Chanmask24, WincType.Integer, mask)
                    && WincCommands.ConfigSetInteger(w, CommandId.Wscnc, (uint)WscnParamId.Channel, WincType.Integer, channel);
                if (ok && _scanRssiThresholdSet)
                {
                    ok = WincCommands.ConfigSetInteger(w, CommandId.Wscnc, (uint)WscnParamId.RssiThresh, WincType.Integer, _scanRssiThreshold);
                }

                ok = ok && WincCommands.ConfigSetString(w, CommandId.Wscnc, (uint)WscnParamId.FiltList, string.Empty, BssContext.SsidMaxLength)
                    && WincCommands.Wscn(w, active);
                DriverStatus s = ServiceRequests.Submit(_driver, r, ok);
                if (s == DriverStatus.Ok)
                {
                    _scanRequest = r;
                    _scanInProgress = true;
                    _scanCount = 0;
                    _scanReported = 0;
                    _scanResultCallback = onResult;
                    _scanDoneCallback = onDone;
                    _scanDeadline = ServiceRequests.After(_driver.Clock.UtcTicks, ScanTimeoutMs + r.TimeoutMs);
                }

                return s;
            }
        }

        /// <summary>Copies a result of the last scan (<c>WDRV_WINC_BSSFindGetInfo</c>).</summary>
        /// <param name="index">0-based index, below <see cref="BssFindGetNumBssResults"/>.</param>
        /// <param name="destination">Receives the result.</param>
        /// <returns>Ok; InvalidArg for null; ScanInProgress while scanning; NoBssInfo for an index without a result.</returns>
        public DriverStatus BssFindGetInfo(int index, BssInfo destination)
        {
            if (destination == null)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_scanInProgress)
                {
                    return DriverStatus.ScanInProgress;
                }

                if (index < 0 || index >= _scanCount)
                {
                    return DriverStatus.NoBssInfo;
                }

                _scanCache[index].CopyTo(destination);
                return DriverStatus.Ok;
            }
        }

        /// <summary>
        /// Sets the scan timing (<c>WDRV_WINC_BSSFindSetScanParameters</c>): WSCNC NUM_SLOTS,
        /// ACT_SLOT_TIME, PASV_SLOT_TIME and PROBES_PER_SLOT; a 0 argument leaves that setting alone.
        /// </summary>
        /// <param name="numSlots">Slots per channel (0..255).</param>
        /// <param name="activeSlotTimeMs">Active slot time in milliseconds (0..65535).</param>
        /// <param name="passiveSlotTimeMs">Passive slot time in milliseconds (0..65535).</param>
        /// <param name="numProbes">Probe requests per slot (0..255).</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg when a value is out of range or all are 0; ScanInProgress while scanning; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus BssFindSetScanParameters(int numSlots, int activeSlotTimeMs, int passiveSlotTimeMs, int numProbes, CompletionHandler callback)
        {
            if (numSlots < 0 || numSlots > 255 || numProbes < 0 || numProbes > 255
                || activeSlotTimeMs < 0 || activeSlotTimeMs > 0xFFFF || passiveSlotTimeMs < 0 || passiveSlotTimeMs > 0xFFFF
                || (numSlots | numProbes | activeSlotTimeMs | passiveSlotTimeMs) == 0)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_scanInProgress)
                {
                    return DriverStatus.ScanInProgress;
                }

                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                CommandWriter w = r.Writer;
                bool ok = true;
                if (activeSlotTimeMs != 0)
                {
                    ok = WincCommands.ConfigSetInteger(w, CommandId.Wscnc, (uint)WscnParamId.ActSlotTime, WincType.Integer, activeSlotTimeMs);
                }

                if (ok && passiveSlotTimeMs != 0)
                {
                    ok = WincCommands.ConfigSetInteger(w, CommandId.Wscnc, (uint)WscnParamId.PasvSlotTime, WincType.Integer, passiveSlotTimeMs);
                }

                if (ok && numSlots != 0)
                {
                    ok = WincCommands.ConfigSetInteger(w, CommandId.Wscnc, (uint)WscnParamId.NumSlots, WincType.Integer, numSlots);
                }

                if (ok && numProbes != 0)
                {
                    ok = WincCommands.ConfigSetInteger(w, CommandId.Wscnc, (uint)WscnParamId.ProbesPerSlot, WincType.Integer, numProbes);
                }

                return ServiceRequests.Submit(_driver, r, ok);
            }
        }

        /// <summary>Sets the RSSI threshold sent with the next scans (<c>WDRV_WINC_BSSFindSetRSSIThreshold</c>: WSCNC RSSI_THRESH); networks weaker than it are not reported.</summary>
        /// <param name="rssiThreshold">Threshold in dBm (-128..0).</param>
        /// <returns>Ok, or InvalidArg when out of range.</returns>
        public DriverStatus BssFindSetRssiThreshold(int rssiThreshold)
        {
            if (rssiThreshold < -128 || rssiThreshold > 0)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                _scanRssiThreshold = rssiThreshold;
                _scanRssiThresholdSet = true;
                return DriverStatus.Ok;
            }
        }

        /// <summary>Sets the channels a scan on channel 0 covers (<c>WDRV_WINC_BSSFindSetScanChannels24</c>: WSCNC CHANMASK24, sent with the next scans).</summary>
        /// <param name="channelMask24">Bit 0 = channel 1 ... bit 12 = channel 13.</param>
        /// <returns>Ok; InvalidArg for an empty mask, bits above channel 13, or channels outside the regulatory domain.</returns>
        public DriverStatus BssFindSetScanChannels24(int channelMask24)
        {
            lock (_sync)
            {
                if (channelMask24 <= 0 || (channelMask24 & ~ChannelMaskDefault) != 0 || (_regMask != 0 && (channelMask24 & ~_regMask) != 0))
                {
                    return DriverStatus.InvalidArg;
                }

                _scanChannelMask24 = channelMask24;
                return DriverStatus.Ok;
            }
        }

        /// <summary>Gets the channels a scan on channel 0 covers (<c>WDRV_WINC_BSSFindGetScanChannels24</c>).</summary>
        /// <returns>The mask.</returns>
        public int BssFindGetScanChannels24()
        {
            lock (_sync)
            {
                return _scanChannelMask24;
            }
        }

        private void OnScanRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _scanRequest || requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _scanRequest = null;
            if (request.Result != RequestResult.Ok)
            {
                EndScan(request.Result, 0);
            }
        }

        private void OnScanIndication(MessageReader aec)
        {
            if (!_scanInProgress)
            {
                return;
            }

            // results beyond the cache still reach the callback, through a scratch instance
            BssInfo slot = _scanCount < MaxScanResults ? _scanCache[_scanCount] : _scanOverflow;
            if (!slot.Read(aec))
            {
                return;
            }

            if (_scanCount < MaxScanResults)
            {
                _scanCount++;
            }

            _scanReported++;
            BssInfoHandler cb = _scanResultCallback;
            if (cb != null)
            {
                cb(this, _scanReported, slot);
            }
        }

        private void OnScanDone(MessageReader aec)
        {
            int count;
            if (_scanInProgress && AecDecoder.Wscndone(aec, out count))
            {
                EndScan(RequestResult.Ok, count);
            }
        }

        private void EndScan(RequestResult result, int count)
        {
            if (!_scanInProgress)
            {
                return;
            }

            _scanInProgress = false;
            _scanRequest = null;
            BssFindDoneHandler cb = _scanDoneCallback;
            _scanDoneCallback = null;
            _scanResultCallback = null;
            if (result != RequestResult.Ok)
            {
                _scanCount = 0;
            }

            if (cb != null)
            {
                cb(this, result, count);
            }
        }
    }
}
