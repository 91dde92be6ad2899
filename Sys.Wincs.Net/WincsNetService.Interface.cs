// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Sockets;

namespace Sys.Wincs.Net
{
    /// <summary>IF_CONFIG (implemented here; Harmony answers FAIL) and the soft AP's DHCP server, on the driver's network service.</summary>
    public sealed partial class WincsNetService
    {
        private readonly byte[] _ipBytes = new byte[4];
        private readonly byte[] _poolBytes = new byte[4];
        private WincNet _net;
        private DhcpsEventHandler _leaseHandler;
        private int _leaseAssocId;

        /// <summary>
        /// Gets the driver's network service used for IF_CONFIG and the DHCP server: the one given to the
        /// constructor, else one created at the first such request (null until then).
        /// </summary>
        public WincNet Net => _net;

        /// <summary>
        /// Gets the association id of the station whose lease <see cref="NetDhcpEvent.StaDhcpDone"/> is
        /// reporting (nanoWincs; Harmony's DHCP callback only gets the address): valid during that
        /// callback, 0 otherwise. The Wi-Fi driver's <c>WincWifi.AssocPeerAddressGet</c> turns it into
        /// the station's MAC address.
        /// </summary>
        public int DhcpLeaseAssocId => _leaseAssocId;

        /// <summary>Gets the network service, creating it when none was given.</summary>
        /// <returns>The service, or null when the driver has no handler slot for one.</returns>
        internal WincNet EnsureNet()
        {
            lock (_sync)
            {
                return NetService();
            }
        }

        private WincNet NetService()
        {
            if (_net == null)
            {
                try
                {
                    _net = new WincNet(_driver);
                }
                catch (InvalidOperationException)
                {
                    // the driver has no handler slot left: share the Wi-Fi service's WincNet through the constructor
                    return null;
                }
            }

            return _net;
        }

        private WincsResult ConfigureInterface(NetIfConfig config)
        {
            if (config == null || config.Interface < 0 || config.Interface > 1)
            {
                return WincsResult.Fail;
            }

            if (!config.DhcpEnable)
            {
                if (SocketAddress.InetPton(SocketConstants.AfInet, config.IpAddress, _ipBytes, 0) != 1
                    || config.PrefixLength < 1 || config.PrefixLength > 32
                    || (config.Gateway != null && SocketAddress.InetPton(SocketConstants.AfInet, config.Gateway, _bytes, 0) != 1)
                    || (config.DnsServer != null && SocketAddress.InetPton(SocketConstants.AfInet, config.DnsServer, _poolBytes, 0) != 1))
                {
                    return WincsResult.Fail;
                }
            }

            WincNet net = NetService();
            if (net == null)
            {
                return WincsResult.Fail;
            }

            NetIfRequest request = new NetIfRequest(config);
            int ifIndex = config.Interface;
            DriverStatus s = net.IPUseDhcpSet(ifIndex, config.DhcpEnable, request.Done);
            if (s == DriverStatus.Ok)
            {
                request.Added();
            }

            if (!config.DhcpEnable)
            {
                if (s == DriverStatus.Ok)
                {
                    s = net.NetIfIPAddrSet(ifIndex, _ipBytes, 0, 4, config.PrefixLength, request.Done);
                    if (s == DriverStatus.Ok)
                    {
                        request.Added();
                    }
                }

                if (s == DriverStatus.Ok && config.Gateway != null)
                {
                    SocketAddress.InetPton(SocketConstants.AfInet, config.Gateway, _bytes, 0);
                    s = net.IPDefaultGatewaySet(ifIndex, _bytes, 0, 4, request.Done);
                    if (s == DriverStatus.Ok)
                    {
                        request.Added();
                    }
                }

                if (s == DriverStatus.Ok && config.DnsServer != null)
                {
                    // a static server must not be replaced by the DHCP client's
                    s = net.DnsAutoSet(false, request.Done);
                    if (s == DriverStatus.Ok)
                    {
                        request.Added();
                        s = net.DnsServerAddressSet(_poolBytes, 0, 1, request.Done);
                        if (s == DriverStatus.Ok)
                        {
                            request.Added();
                        }
                    }
                }
            }

            WincsResult result = ToResult(s);
            if (result != WincsResult.Pass)
            {
                config.Status = result;
                return result;
            }

            request.Submitted();
            return WincsResult.Pass;
        }

        // Harmony: the AP's address (/24) on interface 0, the pool start, then DHCPSC ENABLED with the
        // lease callback; a lease raises SYS_WINCS_NET_STA_DHCP_DONE with the address as text.
        private WincsResult EnableDhcpServer(string[] addresses)
        {
            if (addresses == null || addresses.Length < 2
                || SocketAddress.InetPton(SocketConstants.AfInet, addresses[0], _ipBytes, 0) != 1
                || SocketAddress.InetPton(SocketConstants.AfInet, addresses[1], _poolBytes, 0) != 1)
            {
                return WincsResult.Fail;
            }

            WincNet net = NetService();
            if (net == null)
            {
                return WincsResult.Fail;
            }

            if (_leaseHandler == null)
            {
                _leaseHandler = OnLease;
            }

            DriverStatus s = net.NetIfIPAddrSet(0, _ipBytes, 0, 4, 24, null);
            if (s == DriverStatus.Ok)
            {
                s = net.DhcpsPoolAddressSet(0, _poolBytes, 0, null);
            }

            if (s == DriverStatus.Ok)
            {
                s = net.DhcpsEnableSet(0, true, _leaseHandler, null);
            }

            return ToResult(s);
        }

        private WincsResult DisableDhcpServer()
        {
            WincNet net = NetService();
            if (net == null)
            {
                return WincsResult.Fail;
            }

            return ToResult(net.DhcpsEnableSet(0, false, null, null));
        }

        private void OnLease(WincNet net, int dhcpsIndex, DhcpsEvent dhcpsEvent, int assocId, byte[] address)
        {
            NetDhcpCallback callback = _dhcpCallback;
            if (callback == null || dhcpsEvent != DhcpsEvent.LeaseAssigned)
            {
                return;
            }

            _leaseAssocId = assocId;
            try
            {
                callback(NetDhcpEvent.StaDhcpDone, SocketAddress.InetNtop(SocketConstants.AfInet, address, 0));
            }
            catch (Exception)
            {
                CallbackExceptions++;
            }
            finally
            {
                _leaseAssocId = 0;
            }
        }
    }
}
