// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Net;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Tests.Helpers
{
    /// <summary>Records the callbacks of WincNet.</summary>
    public sealed class NetRecorder
    {
        private readonly string[] _addresses = new string[16];
        private readonly NetIfEvent[] _netIfEvents = new NetIfEvent[16];
        private readonly bool[] _linkLocal = new bool[16];
        private readonly DnsResolveStatus[] _dnsStatus = new DnsResolveStatus[16];
        private readonly string[] _dnsAddresses = new string[16];

        /// <summary>Creates the recorder.</summary>
        public NetRecorder()
        {
            NetIf = OnNetIf;
            Mac = OnMac;
            Dhcps = OnDhcps;
            Dns = OnDns;
            Time = OnTime;
            Sntp = OnSntp;
            Ping = OnPing;
            MacAddress = new byte[6];
        }

        /// <summary>Gets the interface handler.</summary>
        public NetIfEventHandler NetIf { get; private set; }

        /// <summary>Gets the MAC handler.</summary>
        public MacAddressHandler Mac { get; private set; }

        /// <summary>Gets the DHCP server handler.</summary>
        public DhcpsEventHandler Dhcps { get; private set; }

        /// <summary>Gets the DNS handler.</summary>
        public DnsResolveHandler Dns { get; private set; }

        /// <summary>Gets the time handler.</summary>
        public SystemTimeHandler Time { get; private set; }

        /// <summary>Gets the SNTP handler.</summary>
        public SntpEventHandler Sntp { get; private set; }

        /// <summary>Gets the ping handler.</summary>
        public IcmpEchoHandler Ping { get; private set; }

        /// <summary>Gets the number of interface events.</summary>
        public int NetIfCount { get; private set; }

        /// <summary>Gets the interface of the last event.</summary>
        public int NetIfIndex { get; private set; }

        /// <summary>Gets the prefix of the last address.</summary>
        public int Prefix { get; private set; }

        /// <summary>Gets the number of MAC answers.</summary>
        public int MacCount { get; private set; }

        /// <summary>Gets the last MAC result.</summary>
        public RequestResult MacResult { get; private set; }

        /// <summary>Gets the last MAC.</summary>
        public byte[] MacAddress { get; private set; }

        /// <summary>Gets the number of leases.</summary>
        public int LeaseCount { get; private set; }

        /// <summary>Gets the last lease as text.</summary>
        public string Lease { get; private set; }

        /// <summary>Gets the association of the last lease.</summary>
        public int LeaseAssocId { get; private set; }

        /// <summary>Gets the number of DNS calls.</summary>
        public int DnsCount { get; private set; }

        /// <summary>Gets the last DNS error.</summary>
        public WincStatus DnsError { get; private set; }

        /// <summary>Gets the last DNS name.</summary>
        public string DnsName { get; private set; }

        /// <summary>Gets the last DNS record type.</summary>
        public int DnsType { get; private set; }

        /// <summary>Gets the number of time answers.</summary>
        public int TimeCount { get; private set; }

        /// <summary>Gets the last time result.</summary>
        public RequestResult TimeResult { get; private set; }

        /// <summary>Gets the last time.</summary>
        public uint Seconds { get; private set; }

        /// <summary>Gets the number of SNTP events.</summary>
        public int SntpCount { get; private set; }

        /// <summary>Gets the last SNTP event.</summary>
        public SntpEvent SntpLast { get; private set; }

        /// <summary>Gets the last SNTP time.</summary>
        public uint SntpSeconds { get; private set; }

        /// <summary>Gets the last SNTP error.</summary>
        public WincStatus SntpError { get; private set; }

        /// <summary>Gets the number of ping answers.</summary>
        public int PingCount { get; private set; }

        /// <summary>Gets the last ping result.</summary>
        public RequestResult PingResult { get; private set; }

        /// <summary>Gets the last ping error.</summary>
        public WincStatus PingError { get; private set; }

        /// <summary>Gets the last ping address as text, or null.</summary>
        public string PingAddress { get; private set; }

        /// <summary>Gets the last round trip.</summary>
        public int PingRtt { get; private set; }

        /// <summary>Address of interface event <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>Text.</returns>
        public string Address(int index)
        {
            return _addresses[index];
        }

        /// <summary>Interface event <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The event as an int.</returns>
        public int NetIfEventAt(int index)
        {
            return (int)_netIfEvents[index];
        }

        /// <summary>Link-local flag of interface event <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The flag.</returns>
        public bool LinkLocal(int index)
        {
            return _linkLocal[index];
        }

        /// <summary>Status of DNS call <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The status as an int.</returns>
        public int DnsStatusAt(int index)
        {
            return (int)_dnsStatus[index];
        }

        /// <summary>Address of DNS call <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>Text.</returns>
        public string DnsAddress(int index)
        {
            return _dnsAddresses[index];
        }

        private void OnNetIf(WincNet net, int ifIndex, NetIfEvent netIfEvent, NetIfAddressInfo info)
        {
            _netIfEvents[NetIfCount] = netIfEvent;
            _addresses[NetIfCount] = info.ToString();
            _linkLocal[NetIfCount] = info.IsLinkLocal;
            NetIfCount++;
            NetIfIndex = ifIndex;
            Prefix = info.PrefixLength;
        }

        private void OnMac(WincNet net, RequestResult result, int ifIndex, byte[] mac)
        {
            MacCount++;
            MacResult = result;
            if (mac != null)
            {
                System.Array.Copy(mac, MacAddress, 6);
            }
        }

        private void OnDhcps(WincNet net, int dhcpsIndex, DhcpsEvent dhcpsEvent, int assocId, byte[] address)
        {
            LeaseCount++;
            LeaseAssocId = assocId;
            Lease = Drivers.Wincs02.WincUtils.IPAddressToString(address, 0, 4);
        }

        private void OnDns(WincNet net, DnsResult result)
        {
            _dnsStatus[DnsCount] = result.Status;
            _dnsAddresses[DnsCount] = result.AddressToString();
            DnsCount++;
            DnsError = result.Error;
            DnsName = result.Name;
            DnsType = (int)result.RecordType;
        }

        private void OnTime(WincNet net, RequestResult result, uint utcSeconds)
        {
            TimeCount++;
            TimeResult = result;
            Seconds = utcSeconds;
        }

        private void OnSntp(WincNet net, SntpEvent sntpEvent, uint utcSeconds, WincStatus error)
        {
            SntpCount++;
            SntpLast = sntpEvent;
            SntpSeconds = utcSeconds;
            SntpError = error;
        }

        private void OnPing(WincNet net, RequestResult result, WincStatus error, byte[] address, int addressLength, int roundTripMs)
        {
            PingCount++;
            PingResult = result;
            PingError = error;
            PingRtt = roundTripMs;
            PingAddress = address == null ? null : Drivers.Wincs02.WincUtils.IPAddressToString(address, 0, addressLength);
        }
    }
}
