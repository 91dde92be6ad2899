// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Linq;
using System.Net;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>Station mode: WSTAC, WSTA, association, DHCP client, link loss and roaming.</summary>
    public sealed partial class ModuleFirmware
    {
        private ConfigTable _wstac;
        private StationState _staState;
        private AccessPoint _staAp;
        private int _staAssocId;
        private CpuTimer _staTimer;
        private DateTime _staDeadline;
        private IPAddress _staAddress;

        private enum StationState
        {
            Idle,
            Connecting,
            Connected,
        }

        /// <summary>The station's IPv4 address once leased (or set statically), else null. Read on any thread for diagnostics only.</summary>
        public IPAddress StationAddress
        {
            get { return _staAddress; }
        }

        /// <summary>
        /// Takes an access point out of range. If the station is associated with it, the module reports
        /// the link down (WSTALD) and does not reconnect by itself; WSTA(1) fails until it comes back.
        /// </summary>
        /// <param name="ssid">SSID of the access point(s) to lose.</param>
        public void LoseAccessPoint(string ssid)
        {
            _cpu.Post(() =>
            {
                foreach (AccessPoint ap in _options.AccessPoints.Where(a => a.Ssid == ssid))
                {
                    ap.Available = false;
                }

                if (_staState == StationState.Connected && _staAp != null && _staAp.Ssid == ssid)
                {
                    LinkDown();
                }
            });
        }

        /// <summary>Brings access points with this SSID back in range.</summary>
        /// <param name="ssid">SSID.</param>
        public void RestoreAccessPoint(string ssid)
        {
            _cpu.Post(() =>
            {
                foreach (AccessPoint ap in _options.AccessPoints.Where(a => a.Ssid == ssid))
                {
                    ap.Available = true;
                }
            });
        }

        /// <summary>
        /// Makes the associated station roam: WSTAROAM, and with layer 3 roaming (WSTAC ROAMING 2) a new
        /// WSTAAIP. With roaming disabled the link simply goes down.
        /// </summary>
        public void SimulateRoam()
        {
            _cpu.Post(() =>
            {
                if (_staState != StationState.Connected)
                {
                    return;
                }

                long roaming = _wstac.GetInteger(9);
                if (roaming == 0)
                {
                    LinkDown();
                    return;
                }

                SendAec(AecId.Wstaroam, new WireMessageBuilder().Integer(_staAssocId, 2));
                if (roaming == 2 && _staAddress != null)
                {
                    SendAec(AecId.Wstaaip, new WireMessageBuilder().Integer(_staAssocId, 2).Address(_staAddress));
                }
            });
        }

        private void RegisterStation()
        {
            _handlers[CommandId.Wstac] = ctx => _wstac.Execute(ctx, 0);
            _handlers[CommandId.Wsta] = Wsta;
            _handlers[CommandId.Assoc] = Assoc;

            var security = Params.Int(2, 1, 0, 9, 0);
            security.Validate = value => value.ToInt64() == 1 ? StatusCode.InvalidParameter : StatusCode.Ok;
            _wstac = new ConfigTable(new[]
            {
                Params.Text(1, 32, string.Empty),
                security,
                Params.Text(3, 128, string.Empty),
                Params.Int(4, 1, 0, 13, 0),
                Params.Mac(5, null),
                Params.Int(7, 4, 0, 0x7FFFFFFF, 0),
                Params.UInt(8, 1, 0, 1, 0),
                Params.Int(9, 1, 0, 2, 2),
                Params.Text(20, 255, string.Empty),
                Params.Text(21, 255, string.Empty),
                Params.Int(25, 1, 0, 4, 0),
                Params.Int(26, 1, 0, 4, 0),
                Params.Int(30, 1, 0, 1, 0),
                Params.Int(31, 1, 0, 4, 0),
                Params.Text(32, 255, string.Empty),
                Params.Text(33, 255, string.Empty),
                Params.Int(50, 1, 0, 2, 1),
                Params.Bool(51, false),
            });
        }

        private void ResetStationState()
        {
            _wstac.Reset();
            _staTimer?.Cancel();
            _staTimer = null;
            _staState = StationState.Idle;
            _staAp = null;
            _staAssocId = 1;
            _staAddress = null;
        }

        /// <summary>WSTA: no parameter queries (RSP ASSOC_ID, STATE); 1 connects with WSTAC; 0 disconnects.</summary>
        private ushort Wsta(CommandContext ctx)
        {
            ctx.RequireCount(0, 1);
            if (ctx.Count == 0)
            {
                bool connected = _staState == StationState.Connected;
                ctx.Respond(new WireMessageBuilder().Integer(connected ? _staAssocId : 0, 2).Integer(connected ? 1 : 0, 1));
                return StatusCode.Ok;
            }

            long state = ctx.Integer(0, 0, 1);
            if (state == 0)
            {
                if (_staState != StationState.Idle)
                {
                    AfterStatus(LinkDown);
                }

                return StatusCode.Ok;
            }

            if (_apRunning || _staState != StationState.Idle)
            {
                return StatusCode.StaConnRefused;
            }

            if (_wstac.GetText(1).Length == 0)
            {
                return StatusCode.StaConnFailed;
            }

            AfterStatus(StartAssociation);
            return StatusCode.Ok;
        }

        private ushort Assoc(CommandContext ctx)
        {
            ctx.RequireCount(0, 1);
            int only = ctx.Count == 1 ? (int)ctx.Integer(0, 1, 0xFFFF) : -1;
            bool any = false;
            if (_staState == StationState.Connected && (only < 0 || only == _staAssocId))
            {
                any = true;
                AfterStatus(() => SendAec(AecId.Assoc, new WireMessageBuilder().Integer(_staAssocId, 2).Integer(1, 1).Mac(_staAp.Bssid).Integer(_staAp.Rssi, 1)));
            }

            foreach (ApClient client in _apClients.Values.Where(c => only < 0 || only == c.AssocId))
            {
                any = true;
                ApClient c = client;
                AfterStatus(() => SendAec(AecId.Assoc, new WireMessageBuilder().Integer(c.AssocId, 2).Integer(0, 1).Mac(c.Station.Mac).Integer(-50, 1)));
            }

            return any || only < 0 ? StatusCode.Ok : StatusCode.AssocNotFound;
        }

        private void StartAssociation()
        {
            _staState = StationState.Connecting;
            long timeoutMs = _wstac.GetInteger(7);
            _staDeadline = DateTime.UtcNow + (timeoutMs > 0 ? TimeSpan.FromMilliseconds(timeoutMs) : _options.DefaultConnectTimeout);
            _staTimer = After(_options.AssociationDelay, AttemptAssociation);
        }

        private void AttemptAssociation()
        {
            if (_staState != StationState.Connecting)
            {
                return;
            }

            AccessPoint ap = FindAccessPoint();
            if (ap == null)
            {
                if (DateTime.UtcNow < _staDeadline)
                {
                    _staTimer = After(_options.AssociationDelay, AttemptAssociation);
                }
                else
                {
                    Note("WSTA: no access point '" + _wstac.GetText(1) + "' within the connection timeout");
                    FailAssociation();
                }

                return;
            }

            int staSecurity = (int)_wstac.GetInteger(2);
            if (!SecurityCompatible(ap.Security, staSecurity) || (ap.Security != 0 && _wstac.GetText(3) != ap.Passphrase))
            {
                Note("WSTA: authentication with '" + ap.Ssid + "' failed (security " + staSecurity + " vs " + ap.Security + ")");
                FailAssociation();
                return;
            }

            _staState = StationState.Connected;
            _staAp = ap;
            SendAec(AecId.Wstalu, new WireMessageBuilder().Integer(_staAssocId, 2).Mac(ap.Bssid).Integer(ap.Channel, 1));
            ConfigTable netif = Netif(StationNetif);
            if (netif.GetBool(10))
            {
                _staTimer = After(_options.DhcpDelay, LeaseStationAddress);
            }
            else
            {
                IPAddress address = netif.GetAddress(40);
                if (address != null && !address.Equals(IPAddress.Any))
                {
                    _staTimer = After(TimeSpan.Zero, () => AnnounceStationAddress(address));
                }
            }
        }

        private AccessPoint FindAccessPoint()
        {
            string ssid = _wstac.GetText(1);
            long channel = _wstac.GetInteger(4);
            WireElement bssid = _wstac.Get(5);
            int mask = RegulatoryChannelMask;
            return _options.AccessPoints.FirstOrDefault(ap =>
                ap.Available
                && ap.Ssid == ssid
                && (channel == 0 || ap.Channel == channel)
                && (bssid == null || bssid.Data.Length == 0 || bssid.Data.AsSpan().SequenceEqual(ap.Bssid))
                && ap.Channel >= 1 && ap.Channel <= 14 && (mask & (1 << (ap.Channel - 1))) != 0);
        }

        /// <summary>Whether a station configured with <paramref name="sta"/> can join an AP advertising <paramref name="ap"/>.</summary>
        private static bool SecurityCompatible(int ap, int sta)
        {
            switch (ap)
            {
                case 0:
                    return sta == 0;
                case 2:
                    return sta == 2 || sta == 3;
                case 3:
                    return sta == 2 || sta == 3 || sta == 4;
                case 4:
                    return sta >= 2 && sta <= 5;
                case 5:
                    return sta == 4 || sta == 5;
                default:
                    return sta == ap;
            }
        }

        private void FailAssociation()
        {
            _staState = StationState.Idle;
            _staAp = null;
            SendAec(AecId.Wstaerr, new WireMessageBuilder().Status(StatusCode.StaConnFailed));
        }

        private void LeaseStationAddress()
        {
            if (_staState != StationState.Connected)
            {
                return;
            }

            ConfigTable netif = Netif(StationNetif);
            IPAddress mask = Params.MaskFromPrefix(_options.StationPrefixLength);
            netif.Store(40, Params.AddressWithMask(_options.StationAddress, mask));
            netif.Store(41, new WireElement(ElementType.Ipv4Address, _options.Gateway.GetAddressBytes()));
            netif.Store(13, new WireElement(ElementType.Ipv4Address, _options.Gateway.GetAddressBytes()));
            long now = new DateTimeOffset(ModuleTime).ToUnixTimeSeconds();
            netif.Store(11, ConfigTable.Integer(ElementType.UtcTime, now, 4));
            netif.Store(12, ConfigTable.Integer(ElementType.UtcTime, now + 86400, 4));
            if (_dnsc.GetBool(2) && _options.DnsServer != null)
            {
                _dnsc.StoreAll(1, new[] { new WireElement(ElementType.Ipv4Address, _options.DnsServer.GetAddressBytes()) });
            }

            AnnounceStationAddress(_options.StationAddress);
        }

        private void AnnounceStationAddress(IPAddress address)
        {
            if (_staState != StationState.Connected)
            {
                return;
            }

            _staAddress = address;
            SendAec(AecId.Wstaaip, new WireMessageBuilder().Integer(_staAssocId, 2).Address(address));
            if (_options.EnableIPv6)
            {
                SendAec(AecId.Wstaaip, new WireMessageBuilder().Integer(_staAssocId, 2).Address(LinkLocalAddress(StationNetif)));
                if (_options.StationGlobalIPv6 != null)
                {
                    SendAec(AecId.Wstaaip, new WireMessageBuilder().Integer(_staAssocId, 2).Address(_options.StationGlobalIPv6));
                }
            }

            StartSntp();
        }

        /// <summary>Link down: WSTALD if the station was connected or connecting; the address is lost.</summary>
        private void LinkDown()
        {
            _staTimer?.Cancel();
            _staTimer = null;
            if (_staState == StationState.Idle)
            {
                return;
            }

            _staState = StationState.Idle;
            _staAp = null;
            _staAddress = null;
            _sntpTimer?.Cancel();
            ConfigTable netif = Netif(StationNetif);
            if (netif.GetBool(10))
            {
                // The DHCP lease goes with the link.
                netif.Store(40, Params.AddressWithMask(IPAddress.Any, IPAddress.Any));
                netif.Store(41, new WireElement(ElementType.Ipv4Address, IPAddress.Any.GetAddressBytes()));
            }
            SendAec(AecId.Wstald, new WireMessageBuilder().Integer(_staAssocId, 2));
        }
    }
}
