// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Wifi;

namespace Drivers.Wincs02.Tests.Helpers
{
    /// <summary>Records the callbacks of WincWifi.</summary>
    public sealed class WifiRecorder
    {
        private readonly ConnectionState[] _states = new ConnectionState[32];
        private readonly SoftApEvent[] _apEvents = new SoftApEvent[32];
        private readonly int[] _apAssocIds = new int[32];
        private readonly string[] _ssids = new string[32];
        private readonly string[] _regNames = new string[8];

        /// <summary>Creates the recorder.</summary>
        public WifiRecorder()
        {
            Connection = OnConnection;
            SoftAp = OnSoftAp;
            Result = OnResult;
            Done = OnDone;
            Assoc = OnAssoc;
            RegDomain = OnRegDomain;
            ApMac = new byte[6];
            ResultBssid = new byte[6];
            AssocPeer = new byte[6];
        }

        /// <summary>Gets the connection handler.</summary>
        public ConnectionStateHandler Connection { get; private set; }

        /// <summary>Gets the soft AP handler.</summary>
        public SoftApEventHandler SoftAp { get; private set; }

        /// <summary>Gets the scan result handler.</summary>
        public BssInfoHandler Result { get; private set; }

        /// <summary>Gets the scan done handler.</summary>
        public BssFindDoneHandler Done { get; private set; }

        /// <summary>Gets the association handler.</summary>
        public AssociationInfoHandler Assoc { get; private set; }

        /// <summary>Gets the regulatory domain handler.</summary>
        public RegDomainHandler RegDomain { get; private set; }

        /// <summary>Gets the number of connection states seen.</summary>
        public int StateCount { get; private set; }

        /// <summary>Gets the association id of the last connection state.</summary>
        public int LastAssocId { get; private set; }

        /// <summary>Gets the number of soft AP events.</summary>
        public int ApEventCount { get; private set; }

        /// <summary>Gets the MAC of the last soft AP event that had one.</summary>
        public byte[] ApMac { get; private set; }

        /// <summary>Gets the status of the last soft AP event.</summary>
        public WincStatus ApStatus { get; private set; }

        /// <summary>Gets the number of scan results.</summary>
        public int ResultCount { get; private set; }

        /// <summary>Gets the index of the last scan result.</summary>
        public int LastResultIndex { get; private set; }

        /// <summary>Gets the RSSI of the last scan result.</summary>
        public int ResultRssi { get; private set; }

        /// <summary>Gets the channel of the last scan result.</summary>
        public int ResultChannel { get; private set; }

        /// <summary>Gets the security of the last scan result.</summary>
        public int ResultSecurity { get; private set; }

        /// <summary>Gets the BSSID of the last scan result.</summary>
        public byte[] ResultBssid { get; private set; }

        /// <summary>Gets the number of scan done calls.</summary>
        public int DoneCount { get; private set; }

        /// <summary>Gets the result of the last scan.</summary>
        public RequestResult DoneResult { get; private set; }

        /// <summary>Gets the count of the last scan.</summary>
        public int DoneNetworks { get; private set; }

        /// <summary>Gets the number of association answers.</summary>
        public int AssocCount { get; private set; }

        /// <summary>Gets the result of the last association answer.</summary>
        public RequestResult AssocResult { get; private set; }

        /// <summary>Gets the RSSI of the last association answer.</summary>
        public int AssocRssi { get; private set; }

        /// <summary>Gets the id of the last association answer.</summary>
        public int AssocId { get; private set; }

        /// <summary>Gets the peer of the last association answer.</summary>
        public byte[] AssocPeer { get; private set; }

        /// <summary>Gets whether the last association answer was the station's.</summary>
        public bool AssocIsStation { get; private set; }

        /// <summary>Gets the number of regulatory domain calls.</summary>
        public int RegCount { get; private set; }

        /// <summary>Gets the last regulatory result.</summary>
        public RequestResult RegResult { get; private set; }

        /// <summary>Gets the last regulatory index.</summary>
        public int RegIndex { get; private set; }

        /// <summary>Gets the last regulatory total.</summary>
        public int RegTotal { get; private set; }

        /// <summary>Gets the index (1-based) of the current domain in the calls, or 0.</summary>
        public int RegCurrentCall { get; private set; }

        /// <summary>Gets the mask of the last current domain.</summary>
        public int RegMask { get; private set; }

        /// <summary>Connection state <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The state as an int.</returns>
        public int State(int index)
        {
            return (int)_states[index];
        }

        /// <summary>Soft AP event <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The event as an int.</returns>
        public int ApEvent(int index)
        {
            return (int)_apEvents[index];
        }

        /// <summary>Association id of soft AP event <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The id.</returns>
        public int ApAssocId(int index)
        {
            return _apAssocIds[index];
        }

        /// <summary>SSID of scan result <paramref name="index"/> (0-based call).</summary>
        /// <param name="index">Index.</param>
        /// <returns>The SSID.</returns>
        public string Ssid(int index)
        {
            return _ssids[index];
        }

        /// <summary>Name of regulatory call <paramref name="index"/> (0-based).</summary>
        /// <param name="index">Index.</param>
        /// <returns>The name.</returns>
        public string RegName(int index)
        {
            return _regNames[index];
        }

        private void OnConnection(WincWifi wifi, int assocId, ConnectionState state)
        {
            _states[StateCount++] = state;
            LastAssocId = assocId;
        }

        private void OnSoftAp(WincWifi wifi, SoftApEvent softApEvent, int assocId, byte[] mac, WincStatus status)
        {
            _apEvents[ApEventCount] = softApEvent;
            _apAssocIds[ApEventCount] = assocId;
            ApEventCount++;
            ApStatus = status;
            if (mac != null)
            {
                System.Array.Copy(mac, ApMac, 6);
            }
        }

        private void OnResult(WincWifi wifi, int index, BssInfo info)
        {
            _ssids[ResultCount++] = info.GetSsid();
            LastResultIndex = index;
            ResultRssi = info.Rssi;
            ResultChannel = info.Channel;
            ResultSecurity = info.SecurityType;
            info.CopyBssid(ResultBssid, 0);
        }

        private void OnDone(WincWifi wifi, RequestResult result, int resultCount)
        {
            DoneCount++;
            DoneResult = result;
            DoneNetworks = resultCount;
        }

        private void OnAssoc(WincWifi wifi, RequestResult result, AssociationInfo info)
        {
            AssocCount++;
            AssocResult = result;
            if (info != null)
            {
                AssocRssi = info.Rssi;
                AssocId = info.AssocId;
                AssocIsStation = info.IsStation;
                info.CopyPeerAddress(AssocPeer, 0);
            }
        }

        private void OnRegDomain(WincWifi wifi, RequestResult result, int index, int ofTotal, bool isCurrent, RegDomainInfo info)
        {
            if (RegCount < _regNames.Length && info != null)
            {
                _regNames[RegCount] = info.Name;
            }

            RegCount++;
            RegResult = result;
            RegIndex = index;
            RegTotal = ofTotal;
            if (isCurrent)
            {
                RegCurrentCall = RegCount;
                RegMask = info.ChannelMask24;
            }
        }
    }
}
