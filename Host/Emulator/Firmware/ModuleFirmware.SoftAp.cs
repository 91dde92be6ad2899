// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>Soft AP: WAPC, WAP, the DHCP server (DHCPSC) and emulated stations joining and leaving.</summary>
    public sealed partial class ModuleFirmware
    {
        private const int MaxApClients = 10;

        private readonly Dictionary<string, ApClient> _apClients = new Dictionary<string, ApClient>(StringComparer.Ordinal);
        private ConfigTable _wapc;
        private ConfigTable _dhcpsc;
        private bool _apRunning;
        private IPAddress _apAddress;
        private int _nextApAssocId;

        /// <summary>The soft AP's address while it runs, else null.</summary>
        public IPAddress SoftApAddress
        {
            get { return _apAddress; }
        }

        /// <summary>
        /// An emulated station tries to join the soft AP: WAPSC, then (DHCP server enabled) WAPAIP with
        /// an address from the pool. Completes on the module CPU.
        /// </summary>
        /// <param name="station">The station.</param>
        /// <param name="timeout">Longest wait for the module to decide.</param>
        /// <returns>The association id, or 0 when the AP is down, full or the passphrase is wrong.</returns>
        public int JoinStation(EmulatedStation station, TimeSpan timeout)
        {
            if (station == null || station.Mac == null || station.Mac.Length != 6)
            {
                throw new ArgumentException("a station needs a 6-byte MAC address", nameof(station));
            }

            int result = 0;
            var done = new ManualResetEventSlim(false);
            _cpu.Post(() =>
            {
                try
                {
                    result = Join(station);
                }
                finally
                {
                    done.Set();
                }
            });
            done.Wait(timeout);
            return result;
        }

        /// <summary>The station with this MAC leaves the soft AP (WAPSD).</summary>
        /// <param name="mac">Its MAC address.</param>
        public void LeaveStation(byte[] mac)
        {
            string key = Convert.ToHexString(mac);
            _cpu.Post(() =>
            {
                if (_apClients.Remove(key, out ApClient client))
                {
                    client.LeaseTimer?.Cancel();
                    SendAec(AecId.Wapsd, new WireMessageBuilder().Integer(client.AssocId, 2).Mac(client.Station.Mac));
                }
            });
        }

        private void RegisterSoftAp()
        {
            _handlers[CommandId.Wapc] = ctx => _wapc.Execute(ctx, 0);
            _handlers[CommandId.Wap] = Wap;
            _handlers[CommandId.Dhcpsc] = ctx => Selector(ctx, 0, 0, sel => _dhcpsc);

            var security = Params.Int(2, 1, 0, 5, 0);
            security.Validate = value => value.ToInt64() == 1 ? StatusCode.UnsupportedSecType : StatusCode.Ok;
            _wapc = new ConfigTable(new[]
            {
                Params.Text(1, 32, string.Empty),
                security,
                Params.Text(3, 128, string.Empty),
                Params.Int(4, 1, 1, 13, 1),
                Params.Bool(5, false),
                Params.UInt(8, 1, 0, 1, 0),
                Params.UInt(9, 4, 60, 86400, 86400),
                Params.Int(50, 1, 0, 2, 1),
            });

            _dhcpsc = new ConfigTable(new[]
            {
                Params.Bool(1, false),
                Params.Ipv4(2, IPAddress.Parse("192.168.1.50")),
                Params.Computed(3, 1, () => new List<WireElement[]> { new[] { new WireElement(ElementType.Ipv4Address, PoolAddress(_options.DhcpPoolSize - 1).GetAddressBytes()) } }),
                Params.Computed(4, 1, () => new List<WireElement[]> { new[] { ConfigTable.Integer(ElementType.Integer, _apClients.Values.Count(c => c.Address != null), 2) } }),
                Params.Int(5, 1, 0, 1, 0),
                Params.Ipv4(10, IPAddress.Any),
                Params.Ipv4(11, IPAddress.Any),
            });
        }

        private void ResetSoftApState()
        {
            _wapc.Reset();
            _dhcpsc.Reset();
            foreach (ApClient client in _apClients.Values)
            {
                client.LeaseTimer?.Cancel();
            }

            _apClients.Clear();
            _apRunning = false;
            _apAddress = null;
            _nextApAssocId = 1;
        }

        /// <summary>WAP: no parameter queries (RSP STATE); 1 starts the AP from WAPC; 0 stops it.</summary>
        private ushort Wap(CommandContext ctx)
        {
            ctx.RequireCount(0, 1);
            if (ctx.Count == 0)
            {
                ctx.Respond(new WireMessageBuilder().Integer(_apRunning ? 1 : 0, 1));
                return StatusCode.Ok;
            }

            if (ctx.Integer(0, 0, 1) == 0)
            {
                if (!_apRunning)
                {
                    return StatusCode.WapStopRefused;
                }

                AfterStatus(StopSoftAp);
                return StatusCode.Ok;
            }

            if (_apRunning || _staState != StationState.Idle)
            {
                return StatusCode.WapStartRefused;
            }

            int security = (int)_wapc.GetInteger(2);
            string passphrase = _wapc.GetText(3);
            int channel = (int)_wapc.GetInteger(4);
            if (_wapc.GetText(1).Length == 0 || (RegulatoryChannelMask & (1 << (channel - 1))) == 0)
            {
                return StatusCode.WapStartFailed;
            }

            if (security != 0 && (passphrase.Length < 8 || passphrase.Length > 63))
            {
                return StatusCode.WapStartFailed;
            }

            ConfigTable netif = Netif((int)_wapc.GetInteger(8));
            IPAddress address = netif.GetAddress(40);
            if (address == null || address.Equals(IPAddress.Any))
            {
                address = _options.SoftApAddress;
                netif.Store(40, Params.AddressWithMask(address, Params.MaskFromPrefix(24)));
            }

            _apRunning = true;
            _apAddress = address;
            return StatusCode.Ok;
        }

        private void StopSoftAp()
        {
            foreach (ApClient client in _apClients.Values.OrderBy(c => c.AssocId).ToList())
            {
                client.LeaseTimer?.Cancel();
                SendAec(AecId.Wapsd, new WireMessageBuilder().Integer(client.AssocId, 2).Mac(client.Station.Mac));
            }

            _apClients.Clear();
            _apRunning = false;
            _apAddress = null;
        }

        private int Join(EmulatedStation station)
        {
            string key = Convert.ToHexString(station.Mac);
            if (!_apRunning || _apClients.Count >= MaxApClients || _apClients.ContainsKey(key))
            {
                return 0;
            }

            if (_wapc.GetInteger(2) != 0 && station.Passphrase != null && station.Passphrase != _wapc.GetText(3))
            {
                Note("WAP: station " + key + " presented a wrong passphrase");
                return 0;
            }

            var client = new ApClient(station, _nextApAssocId++);
            _apClients[key] = client;
            SendAec(AecId.Wapsc, new WireMessageBuilder().Integer(client.AssocId, 2).Mac(station.Mac));
            if (station.UsesDhcp && _dhcpsc.GetBool(1))
            {
                client.LeaseTimer = After(_options.DhcpDelay, () => Lease(client));
            }

            return client.AssocId;
        }

        private void Lease(ApClient client)
        {
            if (!_apClients.ContainsValue(client))
            {
                return;
            }

            for (int i = 0; i < _options.DhcpPoolSize; i++)
            {
                IPAddress candidate = PoolAddress(i);
                if (!_apClients.Values.Any(c => candidate.Equals(c.Address)))
                {
                    client.Address = candidate;
                    SendAec(AecId.Wapaip, new WireMessageBuilder().Integer(client.AssocId, 2).Address(candidate));
                    return;
                }
            }

            Note("DHCP server: pool exhausted");
        }

        private IPAddress PoolAddress(int offset)
        {
            byte[] start = (_dhcpsc.GetAddress(2) ?? IPAddress.Any).GetAddressBytes();
            uint value = ((uint)start[0] << 24 | (uint)start[1] << 16 | (uint)start[2] << 8 | start[3]) + (uint)offset;
            return new IPAddress(new[] { (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value });
        }

        private sealed class ApClient
        {
            public ApClient(EmulatedStation station, int assocId)
            {
                Station = station;
                AssocId = assocId;
            }

            public EmulatedStation Station { get; }

            public int AssocId { get; }

            public IPAddress Address { get; set; }

            public CpuTimer LeaseTimer { get; set; }
        }
    }
}
