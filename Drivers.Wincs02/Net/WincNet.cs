// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Net
{
    /// <summary>
    /// The IP functions of the WDRV_WINC driver on a <see cref="WincDriver"/>: network interface and
    /// DHCP client (<c>wdrv_winc_netif.c</c>), DHCP server (<c>wdrv_winc_dhcps.c</c>), DNS
    /// (<c>wdrv_winc_dns.c</c>), SNTP and system time (<c>wdrv_winc_sntp.c</c>, <c>wdrv_winc_systime.c</c>)
    /// and ICMP echo (<c>wdrv_winc_icmp.c</c>).
    /// </summary>
    /// <remarks>
    /// Calls return a <see cref="DriverStatus"/> at once; results come through callbacks run by
    /// <see cref="WincDriver.Tasks"/>. Answers that only come as AECs (DNS, ping, time) are awaited
    /// with a deadline, so every call gets exactly one final callback. The service takes one AEC, one
    /// system event and one task handler slot of the driver.
    /// </remarks>
    public sealed partial class WincNet
    {
        /// <summary>Longest host name (NETIFC HOSTNAME), in UTF-8 bytes.</summary>
        public const int HostnameMaxLength = 32;

        /// <summary>DNS servers the module holds (DNSC DNS_SVR).</summary>
        public const int MaxDnsServers = 2;

        private readonly WincDriver _driver;
        private readonly object _sync;
        private readonly AecHandler _aecHandler;
        private readonly SystemEventHandler _systemHandler;
        private readonly DriverTaskHandler _taskHandler;
        private readonly RequestEventHandler _simpleHandler;
        private readonly RequestEventHandler _macHandler;
        private readonly NetIfAddressInfo _addressInfo = new NetIfAddressInfo();
        private readonly byte[] _ipv4 = new byte[4];
        private readonly byte[] _scratch = new byte[17];
        private readonly byte[] _mac = new byte[6];
        private readonly byte[] _leaseAddress = new byte[4];
        private NetIfEventHandler _netIfCallback;
        private DhcpsEventHandler _dhcpsCallback;
        private MacAddressHandler _macCallback;
        private WincRequest _macRequest;
        private int _macInterface;
        private bool _macValid;
        private bool _ipv4Valid;
        private int _ipv4Prefix;
        private int _stationInterface;
        private bool _closed;

        /// <summary>Creates the service and hooks it to the driver.</summary>
        /// <param name="driver">The driver.</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The driver has no free AEC, system event or task handler slot.</exception>
        public WincNet(WincDriver driver)
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
            _macHandler = OnMacRequest;
            _dnsHandler = OnDnsRequest;
            _timeHandler = OnTimeRequest;
            _pingHandler = OnPingRequest;
            for (int i = 0; i < MaxPendingResolves; i++)
            {
                _resolves[i] = new DnsResolveSlot();
            }

            driver.AttachFeature(_aecHandler, _systemHandler, _taskHandler);
        }

        /// <summary>Gets the driver this service runs on.</summary>
        public WincDriver Driver => _driver;

        /// <summary>Gets or sets the interface station addresses (WSTAAIP) are reported on; match the station's WSTAC NETIF_IDX (0 by default).</summary>
        /// <exception cref="ArgumentOutOfRangeException">Not 0 or 1.</exception>
        public int StationInterfaceIndex
        {
            get
            {
                return _stationInterface;
            }

            set
            {
                if (value < 0 || value > 1)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _stationInterface = value;
            }
        }

        /// <summary>Gets a value indicating whether the station has an IPv4 address (<c>WDRV_WINC_IPLinkActive</c>).</summary>
        public bool IPLinkActive
        {
            get
            {
                lock (_sync)
                {
                    return _ipv4Valid;
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
                _netIfCallback = null;
                _dhcpsCallback = null;
                _macCallback = null;
                _sntpCallback = null;
                _timeCallback = null;
                _pingCallback = null;
                for (int i = 0; i < MaxPendingResolves; i++)
                {
                    _resolves[i].Free();
                }
            }
        }

        /// <summary>Copies the station's IPv4 address (<c>WDRV_WINC_IPAddressGet</c>, as last reported by WSTAAIP).</summary>
        /// <param name="destination">Receives 4 bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="prefixLength">Netmask bits, or -1 when the module did not send them.</param>
        /// <returns>Ok; InvalidArg for a bad buffer; NotConnected when no address is known.</returns>
        public DriverStatus IPAddressGet(byte[] destination, int offset, out int prefixLength)
        {
            prefixLength = -1;
            if (destination == null || offset < 0 || offset + 4 > destination.Length)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (!_ipv4Valid)
                {
                    return DriverStatus.NotConnected;
                }

                Array.Copy(_ipv4, 0, destination, offset, 4);
                prefixLength = _ipv4Prefix;
                return DriverStatus.Ok;
            }
        }

        // -------------------------------------------------------------------------------------------
        // network interface

        /// <summary>Sets the callback of address updates (<c>WDRV_WINC_NetIfRegisterEventCallback</c>); null clears it.</summary>
        /// <param name="callback">The callback.</param>
        public void NetIfRegisterEventCallback(NetIfEventHandler callback)
        {
            lock (_sync)
            {
                _netIfCallback = callback;
            }
        }

        /// <summary>Enables or disables the DHCP client of an interface (<c>WDRV_WINC_IPUseDHCPSet</c>: NETIFC DHCPC_EN); do it before connecting.</summary>
        /// <param name="ifIndex">Interface, 0 or 1.</param>
        /// <param name="enable">True for DHCP, false for a static address.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a bad interface; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus IPUseDhcpSet(int ifIndex, bool enable, CompletionHandler callback)
        {
            if (ifIndex < 0 || ifIndex > 1)
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

                return ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetBool(r.Writer, CommandId.Netifc, ifIndex, (uint)NetifParamId.DhcpcEn, enable));
            }
        }

        /// <summary>
        /// Sets an interface address (<c>WDRV_WINC_NetIfIPAddrSet</c>): IPv4 goes to NETIFC IP_MASK as address
        /// and netmask (8 bytes), IPv6 to NETIFC IPV6_GLO_ADDR as address and prefix (17 bytes). For the
        /// soft AP this is the AP's own address.
        /// </summary>
        /// <param name="ifIndex">Interface, 0 or 1.</param>
        /// <param name="address">Address bytes in network order.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">4 or 16.</param>
        /// <param name="prefixLength">Netmask bits (0..32) or IPv6 prefix (1..128).</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus NetIfIPAddrSet(int ifIndex, byte[] address, int offset, int length, int prefixLength, CompletionHandler callback)
        {
            if (ifIndex < 0 || ifIndex > 1 || !IsAddress(address, offset, length)
                || (length == 4 && (prefixLength < 0 || prefixLength > 32)) || (length == 16 && (prefixLength < 1 || prefixLength > 128)))
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

                bool ok;
                Array.Copy(address, offset, _scratch, 0, length);
                if (length == 4)
                {
                    PrefixToMask(prefixLength, _scratch, 4);
                    ok = WincCommands.ConfigSetBytes(r.Writer, CommandId.Netifc, ifIndex, (uint)NetifParamId.IpMask, WincType.Ipv4Address, _scratch, 0, 8);
                }
                else
                {
                    _scratch[16] = (byte)prefixLength;
                    ok = WincCommands.ConfigSetBytes(r.Writer, CommandId.Netifc, ifIndex, (uint)NetifParamId.Ipv6GloAddr, WincType.Ipv6Address, _scratch, 0, 17);
                }

                return ServiceRequests.Submit(_driver, r, ok);
            }
        }

        /// <summary>Sets an interface's default gateway (<c>WDRV_WINC_IPDefaultGatewaySet</c>: NETIFC GATEWAY, or IPV6_GATEWAY for 16 bytes).</summary>
        /// <param name="ifIndex">Interface, 0 or 1.</param>
        /// <param name="address">Gateway address.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">4 or 16.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus IPDefaultGatewaySet(int ifIndex, byte[] address, int offset, int length, CompletionHandler callback)
        {
            if (ifIndex < 0 || ifIndex > 1 || !IsAddress(address, offset, length))
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

                uint id = length == 4 ? (uint)NetifParamId.Gateway : (uint)NetifParamId.Ipv6Gateway;
                WincType type = length == 4 ? WincType.Ipv4Address : WincType.Ipv6Address;
                return ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetBytes(r.Writer, CommandId.Netifc, ifIndex, id, type, address, offset, length));
            }
        }

        /// <summary>
        /// Replaces the DNS servers (<c>WDRV_WINC_DNSServerAddressSet</c>): DNSC DNS_SVR = 0 clears the
        /// list, then one DNSC DNS_SVR per server appends it (IPv4 only, as in Harmony). Turn DNS_AUTO off
        /// (<see cref="DnsAutoSet"/>) or DHCP replaces them.
        /// </summary>
        /// <param name="addresses">count × 4 bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">0 to 2 servers.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus DnsServerAddressSet(byte[] addresses, int offset, int count, CompletionHandler callback)
        {
            if (count < 0 || count > MaxDnsServers || (count > 0 && (addresses == null || offset < 0 || offset + (count * 4) > addresses.Length)))
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

                bool ok = WincCommands.ConfigSetInteger(r.Writer, CommandId.Dnsc, (uint)DnsParamId.DnsSvr, WincType.Integer, 0);
                for (int i = 0; i < count && ok; i++)
                {
                    ok = WincCommands.ConfigSetBytes(r.Writer, CommandId.Dnsc, (uint)DnsParamId.DnsSvr, WincType.Ipv4Address, addresses, offset + (i * 4), 4);
                }

                return ServiceRequests.Submit(_driver, r, ok);
            }
        }

        /// <summary>Chooses whether DHCP supplies the DNS servers (<c>WDRV_WINC_DNSAutoSet</c>: DNSC DNS_AUTO).</summary>
        /// <param name="enable">True to take them from DHCP.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus DnsAutoSet(bool enable, CompletionHandler callback)
        {
            lock (_sync)
            {
                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                return ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetBool(r.Writer, CommandId.Dnsc, (uint)DnsParamId.DnsAuto, enable));
            }
        }

        /// <summary>Reads an interface's MAC address (<c>WDRV_WINC_NetIfMACAddrGet</c>: NETIFC ETHER query).</summary>
        /// <param name="ifIndex">Interface, 0 or 1.</param>
        /// <param name="callback">Receives the MAC.</param>
        /// <returns>Ok; InvalidArg for a bad interface or null callback; RetryRequest while another MAC query runs or the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus NetIfMacAddrGet(int ifIndex, MacAddressHandler callback)
        {
            if (ifIndex < 0 || ifIndex > 1 || callback == null)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_macRequest != null)
                {
                    return DriverStatus.RetryRequest;
                }

                WincRequest r = _driver.AllocateRequest(_macHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                DriverStatus s = ServiceRequests.Submit(_driver, r, WincCommands.ConfigQuery(r.Writer, CommandId.Netifc, ifIndex, (uint)NetifParamId.Ether));
                if (s == DriverStatus.Ok)
                {
                    _macRequest = r;
                    _macCallback = callback;
                    _macInterface = ifIndex;
                    _macValid = false;
                }

                return s;
            }
        }

        /// <summary>Sets an interface's host name (<c>WDRV_WINC_NetIfHostnameSet</c>: NETIFC HOSTNAME), used by its DHCP client.</summary>
        /// <param name="ifIndex">Interface, 0 or 1.</param>
        /// <param name="hostname">1 to 32 UTF-8 bytes.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus NetIfHostnameSet(int ifIndex, string hostname, CompletionHandler callback)
        {
            int length = ServiceRequests.Utf8Length(hostname);
            if (ifIndex < 0 || ifIndex > 1 || length < 1 || length > HostnameMaxLength)
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

                return ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetString(r.Writer, CommandId.Netifc, ifIndex, (uint)NetifParamId.Hostname, hostname, HostnameMaxLength));
            }
        }

        // -------------------------------------------------------------------------------------------
        // DHCP server

        /// <summary>Enables or disables the soft AP's DHCP server (<c>WDRV_WINC_DHCPSEnableSet</c>: DHCPSC ENABLED).</summary>
        /// <param name="dhcpsIndex">The server, 0.</param>
        /// <param name="enable">True to serve addresses.</param>
        /// <param name="eventCallback">Receives lease events (replaces the previous one; null clears it).</param>
        /// <param name="callback">Receives the result of the command, or null.</param>
        /// <returns>Ok; InvalidArg for a bad index; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus DhcpsEnableSet(int dhcpsIndex, bool enable, DhcpsEventHandler eventCallback, CompletionHandler callback)
        {
            if (dhcpsIndex != 0)
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

                DriverStatus s = ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetBool(r.Writer, CommandId.Dhcpsc, dhcpsIndex, (uint)DhcpsParamId.Enabled, enable));
                if (s == DriverStatus.Ok)
                {
                    _dhcpsCallback = eventCallback;
                }

                return s;
            }
        }

        /// <summary>Sets the first address the DHCP server leases (<c>WDRV_WINC_DHCPSPoolAddressSet</c>: DHCPSC POOL_START).</summary>
        /// <param name="dhcpsIndex">The server, 0.</param>
        /// <param name="address">IPv4 address, 4 bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus DhcpsPoolAddressSet(int dhcpsIndex, byte[] address, int offset, CompletionHandler callback)
        {
            return DhcpsAddress(dhcpsIndex, DhcpsParamId.PoolStart, address, offset, callback);
        }

        /// <summary>Sets the gateway the DHCP server hands out (<c>WDRV_WINC_DHCPSGatewaySet</c>: DHCPSC GATEWAY).</summary>
        /// <param name="dhcpsIndex">The server, 0.</param>
        /// <param name="address">IPv4 address, 4 bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus DhcpsGatewaySet(int dhcpsIndex, byte[] address, int offset, CompletionHandler callback)
        {
            return DhcpsAddress(dhcpsIndex, DhcpsParamId.Gateway, address, offset, callback);
        }

        /// <summary>Binds the DHCP server to an interface (<c>WDRV_WINC_DHCPSNetIfBind</c>: DHCPSC NETIF_IDX).</summary>
        /// <param name="dhcpsIndex">The server, 0.</param>
        /// <param name="ifIndex">Interface, 0 or 1.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus DhcpsNetIfBind(int dhcpsIndex, int ifIndex, CompletionHandler callback)
        {
            if (dhcpsIndex != 0 || ifIndex < 0 || ifIndex > 1)
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

                return ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetInteger(r.Writer, CommandId.Dhcpsc, dhcpsIndex, (uint)DhcpsParamId.NetifIdx, WincType.Integer, ifIndex));
            }
        }

        private DriverStatus DhcpsAddress(int dhcpsIndex, DhcpsParamId id, byte[] address, int offset, CompletionHandler callback)
        {
            if (dhcpsIndex != 0 || !IsAddress(address, offset, 4))
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

                return ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetBytes(r.Writer, CommandId.Dhcpsc, dhcpsIndex, (uint)id, WincType.Ipv4Address, address, offset, 4));
            }
        }

        // -------------------------------------------------------------------------------------------
        // helpers and driver hooks

        private static bool IsAddress(byte[] address, int offset, int length)
        {
            return address != null && (length == 4 || length == 16) && offset >= 0 && offset + length <= address.Length;
        }

        private static void PrefixToMask(int prefixLength, byte[] destination, int offset)
        {
            for (int i = 0; i < 4; i++)
            {
                int bits = prefixLength - (i * 8);
                destination[offset + i] = bits >= 8 ? (byte)0xFF : bits <= 0 ? (byte)0 : (byte)(0xFF << (8 - bits));
            }
        }

        private void OnSimpleRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            ServiceRequests.CompleteSimple(this, request, requestEvent);
        }

        private void OnMacRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _macRequest)
            {
                return;
            }

            if (requestEvent == RequestEvent.ResponseReceived)
            {
                int id;
                int index;
                if (message.ElementCount >= 2 && message.TryGetFraction(0, out id, out index) && id == (int)NetifParamId.Ether
                    && message.CopyMacAddress(1, _mac, 0))
                {
                    _macValid = true;
                }

                return;
            }

            if (requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _macRequest = null;
            MacAddressHandler cb = _macCallback;
            _macCallback = null;
            if (cb == null)
            {
                return;
            }

            RequestResult result = request.Result == RequestResult.Ok && !_macValid ? RequestResult.CommandError : request.Result;
            cb(this, result, _macInterface, result == RequestResult.Ok ? _mac : null);
        }

        private void OnStationAddress(MessageReader aec)
        {
            int assocId;
            int length;
            int prefix;
            if (!AecDecoder.Wstaaip(aec, out assocId, _addressInfo.Buffer, 0, out length, out prefix))
            {
                return;
            }

            _addressInfo.AssocId = assocId;
            _addressInfo.AddressLength = length;
            _addressInfo.PrefixLength = prefix;
            _addressInfo.AddressType = length == 4 ? IpAddressType.IPv4 : IpAddressType.IPv6;
            if (length == 4)
            {
                Array.Copy(_addressInfo.Buffer, 0, _ipv4, 0, 4);
                _ipv4Prefix = prefix;
                _ipv4Valid = true;
            }

            NetIfEventHandler cb = _netIfCallback;
            if (cb != null)
            {
                cb(this, _stationInterface, NetIfEvent.AddressUpdate, _addressInfo);
            }
        }

        private void LoseAddresses()
        {
            _ipv4Valid = false;
            _addressInfo.AddressLength = 0;
            _addressInfo.PrefixLength = -1;
            NetIfEventHandler cb = _netIfCallback;
            if (cb != null)
            {
                cb(this, _stationInterface, NetIfEvent.InterfaceDown, _addressInfo);
            }
        }

        private void OnLease(MessageReader aec)
        {
            int assocId;
            if (!AecDecoder.Wapaip(aec, out assocId, _leaseAddress, 0))
            {
                return;
            }

            DhcpsEventHandler cb = _dhcpsCallback;
            if (cb != null)
            {
                cb(this, 0, DhcpsEvent.LeaseAssigned, assocId, _leaseAddress);
            }
        }

        private void OnAec(WincDriver driver, MessageReader aec)
        {
            switch (aec.AecId)
            {
                case AecId.Wstaaip:
                    OnStationAddress(aec);
                    break;
                case AecId.Wstald:
                    LoseAddresses();
                    break;
                case AecId.Wapaip:
                    OnLease(aec);
                    break;
                case AecId.Dnsresolv:
                    OnDnsAnswer(aec);
                    break;
                case AecId.Dnserr:
                    OnDnsError(aec);
                    break;
                case AecId.Time:
                    OnTime(aec);
                    break;
                case AecId.Sntperr:
                    OnSntpError(aec);
                    break;
                case AecId.Ping:
                case AecId.Pingerr:
                    OnPingAnswer(aec);
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
            if (_ipv4Valid)
            {
                LoseAddresses();
            }

            FailResolves(loss);
            EndTimeQuery(loss, 0);
            EndPing(loss, WincStatus.Error, 0, 0);
        }

        private void OnTasks(WincDriver driver, long now)
        {
            CheckResolves(now);
            if (_timeCallback != null && now >= _timeDeadline)
            {
                EndTimeQuery(RequestResult.Timeout, 0);
            }

            if (_pingCallback != null && now >= _pingDeadline)
            {
                EndPing(RequestResult.Timeout, WincStatus.Timeout, 0, 0);
            }
        }
    }
}
