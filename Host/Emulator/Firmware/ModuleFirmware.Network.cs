// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>IP layer: NETIFC, DNSC, DNSRESOLV, PING, and how module addresses map onto the host.</summary>
    public sealed partial class ModuleFirmware
    {
        private readonly ConfigTable[] _netif = new ConfigTable[2];
        private ConfigTable _dnsc;

        private int StationNetif
        {
            get { return (int)_wstac.GetInteger(8); }
        }

        private void RegisterNetwork()
        {
            _handlers[CommandId.Netifc] = ctx => Selector(ctx, 0, 1, Netif);
            _handlers[CommandId.Dnsc] = ctx => _dnsc.Execute(ctx, 0);
            _handlers[CommandId.Dnsresolv] = DnsResolve;
            _handlers[CommandId.Ping] = Ping;

            for (int i = 0; i < 2; i++)
            {
                byte[] mac = InterfaceMac(i);
                int index = i;
                var lease = Params.ReadOnly(new ConfigParam(11, ParamKind.UtcTime) { ListWhenEmpty = false });
                var leaseEnd = Params.ReadOnly(new ConfigParam(12, ParamKind.UtcTime) { ListWhenEmpty = false });
                var server = Params.ReadOnly(Params.Ipv4(13, IPAddress.Any));
                var linkLocal = Params.Computed(61, 1, () => new List<WireElement[]> { new[] { Prefixed(LinkLocalAddress(index), 64) } });
                var global = new ConfigParam(60, ParamKind.Ipv6Prefix) { MaxValues = 2 };
                _netif[i] = new ConfigTable(new[]
                {
                    Params.ReadOnly(Params.Text(1, 16, "wlan" + i)),
                    Params.ReadOnly(Params.Mac(2, mac)),
                    Params.Text(3, 16, _options.DeviceName),
                    Params.Bool(10, true),
                    lease,
                    leaseEnd,
                    server,
                    Params.Bool(20, false),
                    Params.UInt(21, 1, 0, 7, 0),
                    Params.UInt(22, 2, 0, 0xFFFF, 0),
                    Params.Ipv4Mask(40, IPAddress.Any, IPAddress.Any),
                    Params.Ipv4(41, IPAddress.Any),
                    global,
                    linkLocal,
                    new ConfigParam(62, ParamKind.Ipv6) { ListWhenEmpty = false },
                });
            }

            _dnsc = new ConfigTable(new[]
            {
                new ConfigParam(1, ParamKind.Address) { MaxValues = 2 },
                Params.Bool(2, true),
                Params.UInt(3, 2, 0, 0xFFFF, 5000),
                Params.UInt(4, 1, 1, 4, 1),
                Params.UInt(6, 2, 0, 0xFFFF, 0),
                Params.Int(7, 1, 0, 4, 0),
                Params.UInt(8, 1, 0, 2, 0),
                Params.UInt(10, 2, 1, 0xFFFF, 53),
                Params.UInt(11, 2, 1, 0xFFFF, 853),
                Params.UInt(12, 1, 0, 1, 0),
                Params.UInt(13, 1, 0, 3, 0),
                Params.UInt(14, 2, 0, 0xFFFF, 0),
            });
        }

        private void ResetNetworkState()
        {
            foreach (ConfigTable table in _netif)
            {
                table.Reset();
            }

            _dnsc.Reset();
        }

        private ConfigTable Netif(int index)
        {
            return _netif[index];
        }

        private byte[] InterfaceMac(int index)
        {
            byte[] mac = (byte[])_options.MacAddress.Clone();
            mac[5] = (byte)(mac[5] + index);
            return mac;
        }

        /// <summary>EUI-64 link-local address of an interface.</summary>
        private IPAddress LinkLocalAddress(int index)
        {
            byte[] mac = InterfaceMac(index);
            byte[] a = new byte[16];
            a[0] = 0xFE;
            a[1] = 0x80;
            a[8] = (byte)(mac[0] ^ 0x02);
            a[9] = mac[1];
            a[10] = mac[2];
            a[11] = 0xFF;
            a[12] = 0xFE;
            a[13] = mac[3];
            a[14] = mac[4];
            a[15] = mac[5];
            return new IPAddress(a);
        }

        private static WireElement Prefixed(IPAddress address, byte prefix)
        {
            byte[] data = new byte[17];
            address.GetAddressBytes().CopyTo(data, 0);
            data[16] = prefix;
            return new WireElement(ElementType.Ipv6Address, data);
        }

        /// <summary>
        /// Commands with a leading selector (NETIFC interface, DHCPSC pool, TLSC conf...): none lists the
        /// selectors in one RSP; otherwise the rest is a normal configuration command on that table.
        /// </summary>
        private static ushort Selector(CommandContext ctx, int min, int max, Func<int, ConfigTable> table)
        {
            if (ctx.Count == 0)
            {
                var b = new WireMessageBuilder();
                for (int i = min; i <= max; i++)
                {
                    b.Integer(i, 1);
                }

                ctx.Respond(b);
                return StatusCode.Ok;
            }

            int selector = (int)ctx.Integer(0, min, max);
            return table(selector).Execute(ctx, 1);
        }

        /// <summary>True while the module has an IP network (station with an address, or soft AP up).</summary>
        private bool NetworkUp
        {
            get { return _staAddress != null || _apRunning; }
        }

        /// <summary>The module's own address in the family of <paramref name="family"/>.</summary>
        private IPAddress LocalAddress(AddressFamily family)
        {
            if (family == AddressFamily.InterNetworkV6)
            {
                return LinkLocalAddress(_apRunning ? (int)_wapc.GetInteger(8) : StationNetif);
            }

            return _staAddress ?? _apAddress ?? IPAddress.Any;
        }

        /// <summary>Addresses that are the module itself or its own networks' loopback stand-ins.</summary>
        private bool IsModuleAddress(IPAddress address)
        {
            return address.Equals(_staAddress) || address.Equals(_apAddress)
                || address.Equals(LinkLocalAddress(0)) || address.Equals(LinkLocalAddress(1))
                || (_options.StationGlobalIPv6 != null && address.Equals(_options.StationGlobalIPv6));
        }

        /// <summary>
        /// Maps an address as the module sees it to the host address the emulator really uses. Null
        /// means unreachable (a non-loopback destination while <see cref="FirmwareOptions.AllowNonLoopback"/> is off).
        /// </summary>
        private IPAddress MapToHost(IPAddress address)
        {
            if (address.IsIPv4MappedToIPv6)
            {
                address = address.MapToIPv4();
            }

            if (_options.AddressMap.TryGetValue(address, out IPAddress mapped))
            {
                return mapped;
            }

            bool multicast = address.AddressFamily == AddressFamily.InterNetwork ? (address.GetAddressBytes()[0] & 0xF0) == 0xE0 : address.IsIPv6Multicast;
            if (IPAddress.IsLoopback(address) || multicast)
            {
                // Multicast leaves through the loopback interface (the host sockets are set up so).
                return address;
            }

            if (IsModuleAddress(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            {
                return address.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : IPAddress.Loopback;
            }

            return _options.AllowNonLoopback ? address : null;
        }

        /// <summary>Resolves a name with the emulated DNS (literals, "localhost", the DNS table).</summary>
        private IPAddress[] ResolveName(string name)
        {
            string key = name.TrimEnd('.');
            if (IPAddress.TryParse(key, out IPAddress literal))
            {
                return new[] { literal };
            }

            if (string.Equals(key, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                return new[] { IPAddress.Loopback, IPAddress.IPv6Loopback };
            }

            return _options.DnsTable.TryGetValue(key, out IPAddress[] addresses) ? addresses : null;
        }

        /// <summary>DNSRESOLV(type, name): STATUS, then one DNSRESOLV AEC per address or a DNSERR.</summary>
        private ushort DnsResolve(CommandContext ctx)
        {
            ctx.RequireCount(2, 2);
            int type = (int)ctx.Integer(0, 1, 255);
            string name = ctx.Text(1, 256);
            if (type != 1 && type != 28 && type != 255)
            {
                return StatusCode.DnsTypeNotSupported;
            }

            TimeSpan timeout = TimeSpan.FromMilliseconds(Math.Max(1, _dnsc.GetInteger(3)));
            AfterStatus(() =>
            {
                if (!NetworkUp || _options.SlowDnsNames.Contains(name.TrimEnd('.')))
                {
                    After(timeout, () => SendAec(AecId.Dnserr, new WireMessageBuilder().Status(StatusCode.DnsTimeout).Integer(type, 1).String(name)));
                    return;
                }

                After(_options.DnsDelay, () => AnswerDns(type, name));
            });
            return StatusCode.Ok;
        }

        private void AnswerDns(int type, string name)
        {
            IPAddress[] all = ResolveName(name);
            if (all == null)
            {
                SendAec(AecId.Dnserr, new WireMessageBuilder().Status(_options.UnknownNameStatus).Integer(type, 1).String(name));
                return;
            }

            var answers = new List<IPAddress>();
            if (type == 1 || type == 255)
            {
                answers.AddRange(all.Where(a => a.AddressFamily == AddressFamily.InterNetwork));
            }

            if (type == 28 || type == 255)
            {
                answers.AddRange(all.Where(a => a.AddressFamily == AddressFamily.InterNetworkV6));
            }

            if (answers.Count == 0)
            {
                SendAec(AecId.Dnserr, new WireMessageBuilder().Status(StatusCode.DnsRecordNotFound).Integer(type, 1).String(name));
                return;
            }

            foreach (IPAddress address in answers)
            {
                int recordType = address.AddressFamily == AddressFamily.InterNetwork ? 1 : 28;
                SendAec(AecId.Dnsresolv, new WireMessageBuilder().Integer(recordType, 1).String(name).Address(address));
            }
        }

        /// <summary>
        /// PING(target[, version]): STATUS, then PING(address, rtt) after the fixed RTT of the options
        /// (no ICMP is sent), or PINGERR PING_FAILED after the ping timeout.
        /// </summary>
        private ushort Ping(CommandContext ctx)
        {
            ctx.RequireCount(1, 2);
            IPAddress target = ctx.AddressOrName(0, out string name);
            int version = ctx.Count == 2 ? (int)ctx.Integer(1, 4, 6) : 0;
            if (version != 0 && version != 4 && version != 6)
            {
                throw new CommandException(StatusCode.InvalidParameter, "protocol version must be 4 or 6");
            }

            AfterStatus(() =>
            {
                IPAddress address = target;
                if (address == null)
                {
                    IPAddress[] resolved = ResolveName(name);
                    AddressFamily want = version == 6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;
                    address = resolved?.FirstOrDefault(a => a.AddressFamily == want);
                }

                if (address != null && NetworkUp && Pingable(address))
                {
                    IPAddress reply = address;
                    After(TimeSpan.FromMilliseconds(_options.PingRttMilliseconds), () =>
                        SendAec(AecId.Ping, new WireMessageBuilder().Address(reply).Integer(_options.PingRttMilliseconds, 2)));
                }
                else
                {
                    After(_options.PingTimeout, () => SendAec(AecId.Pingerr, new WireMessageBuilder().Status(StatusCode.PingFailed)));
                }
            });
            return StatusCode.Ok;
        }

        private bool Pingable(IPAddress address)
        {
            if (IPAddress.IsLoopback(address) || IsModuleAddress(address) || _options.PingableAddresses.Contains(address))
            {
                return true;
            }

            if ((_staAddress != null && (address.Equals(_options.Gateway) || address.Equals(_options.DnsServer)))
                || _apClients.Values.Any(c => address.Equals(c.Address)))
            {
                return true;
            }

            return _options.AddressMap.ContainsKey(address) || _options.DnsTable.Values.Any(list => list.Contains(address));
        }
    }
}
