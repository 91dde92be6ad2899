// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>Scanning: WSCNC and WSCN (WSCNIND per visible AP, then WSCNDONE).</summary>
    public sealed partial class ModuleFirmware
    {
        private ConfigTable _wscnc;
        private CpuTimer _scanTimer;
        private List<AccessPoint> _lastScan = new List<AccessPoint>();

        private void RegisterScan()
        {
            _handlers[CommandId.Wscnc] = ctx => _wscnc.Execute(ctx, 0);
            _handlers[CommandId.Wscn] = Wscn;
            _wscnc = new ConfigTable(new[]
            {
                Params.UInt(1, 1, 0, 13, 0),
                Params.UInt(2, 2, 0, 0xFFFF, 20),
                Params.UInt(3, 2, 0, 0xFFFF, 120),
                Params.UInt(4, 1, 0, 0xFF, 2),
                Params.UInt(5, 1, 0, 0xFF, 2),
                Params.Int(6, 1, -128, 127, 0),
                Params.UInt(7, 1, 0, 0xFF, 0x77),
                Params.Bool(8, true),
                Params.TextList(10, 32, 4),
                Params.UInt(11, 2, 0, 0x3FFF, 0x1FFF),
                Params.Computed(20, 8, () => _lastScan.OrderByDescending(ap => ap.Rssi).Take(8).Select(ScanElements).ToList()),
            });
        }

        private void ResetScanState()
        {
            _wscnc.Reset();
            _scanTimer?.Cancel();
            _scanTimer = null;
            _lastScan = new List<AccessPoint>();
        }

        /// <summary>WSCN(0 passive / 1 active): STATUS, then after the scan one WSCNIND per AP and WSCNDONE.</summary>
        private ushort Wscn(CommandContext ctx)
        {
            ctx.RequireCount(1, 1);
            bool active = ctx.Integer(0, 0, 1) == 1;
            if (_scanTimer != null && !_scanTimer.IsDone)
            {
                return StatusCode.WifiApiRequestFailed;
            }

            AfterStatus(() => _scanTimer = After(_options.ScanDuration, () => CompleteScan(active)));
            return StatusCode.Ok;
        }

        private void CompleteScan(bool active)
        {
            int channel = (int)_wscnc.GetInteger(1);
            int mask = (int)_wscnc.GetInteger(11) & RegulatoryChannelMask;
            long threshold = _wscnc.GetInteger(6);
            int filter = (int)_wscnc.GetInteger(7);
            HashSet<string> names = new HashSet<string>(_wscnc.GetAll(10).Select(e => e.ToText()));
            List<AccessPoint> found = _options.AccessPoints
                .Where(ap => ap.Available
                    && ap.Channel >= 1 && ap.Channel <= 14
                    && (channel == 0 ? (mask & (1 << (ap.Channel - 1))) != 0 : ap.Channel == channel)
                    && (threshold == 0 || ap.Rssi >= threshold)
                    && (names.Count == 0 || names.Contains(ap.Ssid))
                    && (!ap.Hidden || (active && names.Contains(ap.Ssid)))
                    && PassesSecurityFilter(ap.Security, filter))
                .OrderBy(ap => ap.Channel)
                .ToList();
            _lastScan = found;
            foreach (AccessPoint ap in found)
            {
                var b = new WireMessageBuilder();
                foreach (WireElement e in ScanElements(ap))
                {
                    b.Element(e);
                }

                SendAec(AecId.Wscnind, b);
            }

            SendAec(AecId.Wscndone, new WireMessageBuilder().Integer(found.Count, 1));
        }

        private static WireElement[] ScanElements(AccessPoint ap)
        {
            return new[]
            {
                ConfigTable.Integer(ElementType.Integer, ap.Rssi, 1),
                ConfigTable.Integer(ElementType.Integer, ap.Security, 1),
                ConfigTable.Integer(ElementType.Integer, ap.Channel, 1),
                new WireElement(ElementType.MacAddress, ap.Bssid),
                new WireElement(ElementType.String, Encoding.UTF8.GetBytes(ap.Ssid)),
            };
        }

        /// <summary>SEC_FILTER class bits: 0x01 personal, 0x02 enterprise, 0x04 open, 0x08 unknown.</summary>
        private static bool PassesSecurityFilter(int security, int filter)
        {
            int bit;
            if (security < 0)
            {
                bit = 0x08;
            }
            else if (security == 0)
            {
                bit = 0x04;
            }
            else if (security <= 5)
            {
                bit = 0x01;
            }
            else
            {
                bit = 0x02;
            }

            return (filter & bit) != 0;
        }
    }
}
