// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>System commands: CFG, GMI/GMM/GMR, DI, NVMC, RST, TIME, SNTPC, WIFIC.</summary>
    public sealed partial class ModuleFirmware
    {
        private const long NtpEpochOffset = 2208988800L;

        private ConfigTable _cfg;
        private ConfigParam _cfgVersion;
        private ConfigParam _cfgPatch;
        private ConfigTable _di;
        private ConfigTable _nvmc;
        private ConfigTable _sntpc;
        private ConfigTable _wific;
        private TimeSpan _timeOffset;
        private CpuTimer _sntpTimer;

        /// <summary>The module's current UTC time (host clock plus any offset set by TIME).</summary>
        public DateTime ModuleTime
        {
            get { return _options.Clock() + _timeOffset; }
        }

        /// <summary>Channel mask of the selected regulatory domain (bit 0 = channel 1).</summary>
        private int RegulatoryChannelMask
        {
            get
            {
                return _options.RegulatoryDomains.TryGetValue(_wific.GetText(10), out int mask) ? mask : 0x1FFF;
            }
        }

        private void RegisterSystem()
        {
            _handlers[CommandId.Gmi] = ctx => Information(ctx, _options.Manufacturer);
            _handlers[CommandId.Gmm] = ctx => Information(ctx, _options.Model);
            _handlers[CommandId.Gmr] = ctx => Information(ctx, _options.VersionMajor + "." + _options.VersionMinor + "." + _options.VersionPatch + " " + _options.BuildHash);
            _handlers[CommandId.Cfg] = ctx => _cfg.Execute(ctx, 0);
            _handlers[CommandId.Di] = ctx => _di.Execute(ctx, 0);
            _handlers[CommandId.Nvmc] = ctx => _nvmc.Execute(ctx, 0);
            _handlers[CommandId.Sntpc] = ctx => _sntpc.Execute(ctx, 0);
            _handlers[CommandId.Wific] = ctx => _wific.Execute(ctx, 0);
            _handlers[CommandId.Rst] = Reset;
            _handlers[CommandId.Time] = Time;

            var version = new ConfigParam(10, ParamKind.Fraction) { ReadOnly = true };
            _cfgVersion = version;
            _cfgPatch = Params.ReadOnly(Params.Int(11, 1, 0, 255, _options.VersionPatch));
            SetVersionDefaults();
            var buildTime = new ConfigParam(14, ParamKind.UtcTime) { ReadOnly = true };
            buildTime.Defaults.Add(ConfigTable.Integer(ElementType.UtcTime, new DateTimeOffset(_options.BuildTime).ToUnixTimeSeconds(), 4));
            _cfg = new ConfigTable(new[]
            {
                Params.Text(1, 32, _options.DeviceName),
                version,
                _cfgPatch,
                Params.ReadOnly(Params.Int(12, 1, 0, 255, 0)),
                Params.ReadOnly(Params.Text(13, 5, _options.BuildHash)),
                buildTime,
                Params.UInt(100, 1, 0, 2, 0),
                Params.UInt(101, 4, 1, uint.MaxValue, 115200),
            });

            _di = new ConfigTable(new[]
            {
                Params.ReadOnly(Params.UInt(1, 4, 0, uint.MaxValue, _options.DeviceId)),
                Params.ReadOnly(Params.Int(14, 1, 0, 2, 2)),
                Params.Computed(15, 2, ImageInfo),
            });

            _nvmc = new ConfigTable(new[]
            {
                Params.ReadOnly(Params.UInt(1, 4, 0, uint.MaxValue, 0x000F0000)),
                Params.ReadOnly(Params.UInt(2, 2, 0, 0xFFFF, 240)),
                Params.ReadOnly(Params.UInt(3, 4, 0, uint.MaxValue, 4096)),
                Params.UInt(4, 1, 2, 14, 11),
            });

            _sntpc = new ConfigTable(new[]
            {
                Params.Bool(1, false),
                Params.Bool(2, false),
                Params.HostOrAddress(3, 128, "pool.ntp.org"),
            });
            _sntpc.Changed = id =>
            {
                if (_sntpc.GetBool(1))
                {
                    StartSntp();
                }
                else
                {
                    _sntpTimer?.Cancel();
                }
            };

            var regDomain = Params.Text(10, 6, _options.RegulatoryDomain);
            regDomain.Validate = value => _options.RegulatoryDomains.ContainsKey(value.ToText()) ? StatusCode.Ok : StatusCode.InvalidParameter;
            _wific = new ConfigTable(new[]
            {
                regDomain,
                Params.Computed(11, 6, () => _options.RegulatoryDomains.Keys.Take(6).Select(k => new[] { new WireElement(ElementType.String, System.Text.Encoding.ASCII.GetBytes(k)) }).ToList()),
                Params.Computed(12, 1, () => new List<WireElement[]> { new[] { ConfigTable.Integer(ElementType.IntegerUnsigned, RegulatoryChannelMask, 2) } }),
                Params.Bool(20, false),
                Params.UInt(21, 1, 3, 100, 10),
                Params.UInt(22, 2, 10, 6000, 10),
                Params.Bool(30, false),
                Params.Bool(31, false),
                Params.Bool(32, false),
                Params.Bool(33, false),
                Params.Bool(34, false),
                Params.Bool(40, true),
            });
        }

        /// <summary>CFG VERSION and PATCH after the next reset follow the options' version (it changes when an activated OTA image boots).</summary>
        private void SetVersionDefaults()
        {
            _cfgVersion.Defaults.Clear();
            _cfgVersion.Defaults.Add(new WireElement(ElementType.IntegerFrac, new[] { (byte)(_options.VersionMajor >> 8), (byte)_options.VersionMajor, (byte)(_options.VersionMinor >> 8), (byte)_options.VersionMinor }));
            _cfgPatch.Defaults.Clear();
            _cfgPatch.Defaults.Add(ConfigTable.Integer(ElementType.Integer, _options.VersionPatch, 1));
        }

        private void ResetSystemState()
        {
            _cfg.Reset();
            _di.Reset();
            _nvmc.Reset();
            _sntpc.Reset();
            _wific.Reset();
            _timeOffset = TimeSpan.Zero;
            _sntpTimer?.Cancel();
            _sntpTimer = null;
        }

        private static ushort Information(CommandContext ctx, string text)
        {
            ctx.RequireCount(0, 0);
            ctx.Respond(new WireMessageBuilder().String(text));
            return StatusCode.Ok;
        }

        private ushort Reset(CommandContext ctx)
        {
            ctx.RequireCount(0, 0);
            AfterStatus(() => Restart(true));
            return StatusCode.Ok;
        }

        private IReadOnlyList<WireElement[]> ImageInfo()
        {
            uint version = (uint)((_options.VersionMajor << 16) | (_options.VersionMinor << 8) | _options.VersionPatch);
            var current = new[]
            {
                ConfigTable.Integer(ElementType.IntegerUnsigned, 0xFFEEDDC0, 4),
                ConfigTable.Integer(ElementType.IntegerUnsigned, version, 4),
                ConfigTable.Integer(ElementType.IntegerUnsigned, 0x60000000, 4),
                ConfigTable.Integer(ElementType.Integer, _otaInvalidated ? 3 : 2, 1),
            };
            WireElement[] latent;
            if (_otaImage == null)
            {
                latent = new[]
                {
                    ConfigTable.Integer(ElementType.IntegerUnsigned, 0xFFFFFFFF, 4),
                    ConfigTable.Integer(ElementType.IntegerUnsigned, 0xFFFFFFFF, 4),
                    ConfigTable.Integer(ElementType.IntegerUnsigned, 0xFFFFFFFF, 4),
                    ConfigTable.Integer(ElementType.Integer, 0, 1),
                };
            }
            else
            {
                latent = new[]
                {
                    ConfigTable.Integer(ElementType.IntegerUnsigned, 0xFFEEDDC1, 4),
                    ConfigTable.Integer(ElementType.IntegerUnsigned, 0xFFFFFFFF, 4),
                    ConfigTable.Integer(ElementType.IntegerUnsigned, 0x600F0000, 4),
                    ConfigTable.Integer(ElementType.Integer, _otaActivated ? 1 : 0, 1),
                };
            }

            return new List<WireElement[]> { current, latent };
        }

        /// <summary>
        /// TIME: no parameter or a format queries (STATUS then AEC TIME in that format); format 1/2 with
        /// seconds, or an RFC 3339 string, sets the module clock.
        /// </summary>
        private ushort Time(CommandContext ctx)
        {
            ctx.RequireCount(0, 2);
            if (ctx.Count == 0)
            {
                AfterStatus(() => SendTime(1));
                return StatusCode.Ok;
            }

            if (ctx.Count == 1 && ctx[0].Type == ElementType.String)
            {
                string text = ctx.Text(0, 64);
                if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime when))
                {
                    throw new CommandException(StatusCode.TimeError, "bad RFC 3339 time " + text);
                }

                SetModuleTime(when);
                return StatusCode.Ok;
            }

            int format = (int)ctx.Integer(0, 1, 3);
            if (ctx.Count == 1)
            {
                AfterStatus(() => SendTime(format));
                return StatusCode.Ok;
            }

            if (format == 3)
            {
                throw new CommandException(StatusCode.InvalidParameter, "format 3 is set with a string");
            }

            long seconds = ctx.Integer(1, 0, uint.MaxValue);
            long unix = format == 1 ? seconds : seconds - NtpEpochOffset;
            SetModuleTime(DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime);
            return StatusCode.Ok;
        }

        private void SetModuleTime(DateTime utc)
        {
            _timeOffset = utc - _options.Clock();
        }

        private void SendTime(int format)
        {
            DateTime now = ModuleTime;
            long unix = new DateTimeOffset(now).ToUnixTimeSeconds();
            var b = new WireMessageBuilder();
            if (format == 3)
            {
                b.String(now.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "." + (now.Millisecond / 10).ToString("00", CultureInfo.InvariantCulture) + "Z");
            }
            else
            {
                b.Unsigned(format == 2 ? unix + NtpEpochOffset : unix, 4);
            }

            SendAec(AecId.Time, b);
        }

        /// <summary>Starts an SNTP update if it is enabled and the station has an address.</summary>
        private void StartSntp()
        {
            _sntpTimer?.Cancel();
            if (!_sntpc.GetBool(1) || _staAddress == null)
            {
                return;
            }

            bool manual = _sntpc.GetBool(2);
            WireElement server = _sntpc.Get(3);
            string name = server == null ? string.Empty : (server.Type == ElementType.String ? server.ToText() : server.ToIPAddress().ToString());
            bool reachable = !manual || _options.NtpServers.Contains(name);
            if (reachable)
            {
                _sntpTimer = After(_options.SntpDelay, () =>
                {
                    _timeOffset = TimeSpan.Zero;
                    SendTime(_options.SntpTimeFormat);
                });
            }
            else
            {
                _sntpTimer = After(_options.SntpTimeout, () => SendAec(AecId.Sntperr, new WireMessageBuilder().Status(StatusCode.SntpServerTmo)));
            }
        }
    }
}
