// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Net;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// The parameter store behind a configuration command (CFG, WSTAC, NETIFC, SOCKC...). It implements
    /// the generic behaviour of the API reference: no id = query all (RSP &lt;ID&gt;,&lt;VAL&gt; per
    /// value), id alone = query one, id + value = set; multiple value parameters answer ID.0, ID.1...,
    /// a value set on ID appends, on ID.n replaces (an empty value removes); id 0 is the preset.
    /// </summary>
    internal sealed class ConfigTable
    {
        private readonly SortedDictionary<int, ConfigParam> _params = new SortedDictionary<int, ConfigParam>();
        private readonly Dictionary<int, List<WireElement>> _values = new Dictionary<int, List<WireElement>>();

        public ConfigTable(IEnumerable<ConfigParam> parameters)
        {
            foreach (ConfigParam p in parameters)
            {
                _params.Add(p.Id, p);
            }

            Reset();
        }

        /// <summary>Called on the CPU after a value was set by the host.</summary>
        public Action<int> Changed { get; set; }

        public void Reset()
        {
            _values.Clear();
            foreach (ConfigParam p in _params.Values)
            {
                _values[p.Id] = new List<WireElement>(p.Defaults);
            }
        }

        public bool Has(int id)
        {
            return _params.ContainsKey(id);
        }

        public IReadOnlyList<WireElement> GetAll(int id)
        {
            return _values[id];
        }

        public WireElement Get(int id)
        {
            List<WireElement> values = _values[id];
            return values.Count == 0 ? null : values[0];
        }

        public long GetInteger(int id)
        {
            WireElement e = Get(id);
            return e == null || e.Data.Length == 0 ? 0 : e.ToInt64();
        }

        public bool GetBool(int id)
        {
            return GetInteger(id) != 0;
        }

        public string GetText(int id)
        {
            WireElement e = Get(id);
            return e == null ? string.Empty : e.ToText();
        }

        public IPAddress GetAddress(int id)
        {
            WireElement e = Get(id);
            return e?.ToIPAddress();
        }

        /// <summary>Stores a value without the host-facing checks (read-only parameters the module updates itself).</summary>
        public void Store(int id, WireElement value)
        {
            List<WireElement> values = _values[id];
            values.Clear();
            if (value != null)
            {
                values.Add(value);
            }
        }

        public void StoreAll(int id, IEnumerable<WireElement> values)
        {
            List<WireElement> list = _values[id];
            list.Clear();
            list.AddRange(values);
        }

        /// <summary>Runs a configuration command whose parameter id (if any) is at <paramref name="first"/>.</summary>
        public ushort Execute(CommandContext ctx, int first)
        {
            int n = ctx.Count - first;
            if (n == 0)
            {
                foreach (ConfigParam p in _params.Values)
                {
                    if (p.Id != 0)
                    {
                        RespondValues(ctx, p, -1, true);
                    }
                }

                return StatusCode.Ok;
            }

            if (n > 2)
            {
                return StatusCode.IncorrectNumParams;
            }

            ParseId(ctx[first], out int id, out int index);
            if (id == 0)
            {
                return Preset(ctx, n == 2 ? ctx[first + 1] : null);
            }

            if (!_params.TryGetValue(id, out ConfigParam param))
            {
                throw new CommandException(StatusCode.InvalidParameter, "unknown parameter id " + id);
            }

            if (n == 1)
            {
                if (index >= 0 && (param.MaxValues == 1 || index >= Count(param)))
                {
                    throw new CommandException(StatusCode.InvalidParameter, "no value " + id + "." + index);
                }

                RespondValues(ctx, param, index, false);
                return StatusCode.Ok;
            }

            if (param.ReadOnly || param.Kind == ParamKind.Computed)
            {
                return StatusCode.AccessDenied;
            }

            WireElement raw = ctx[first + 1];
            List<WireElement> values = _values[id];
            // a list is cleared by an empty value, or by the integer 0 that Microchip's driver sends
            // (WDRV_WINC_DNSServerAddressSet, WDRV_WINC_TLSCipherSuiteAlgSet with no entries)
            if (param.MaxValues > 1 && param.Kind != ParamKind.Mac && (raw.Data.Length == 0 || IsIntegerZero(raw)))
            {
                if (index < 0)
                {
                    values.Clear();
                }
                else if (index < values.Count)
                {
                    values.RemoveAt(index);
                }
                else
                {
                    throw new CommandException(StatusCode.InvalidParameter, "no value " + id + "." + index);
                }

                Changed?.Invoke(id);
                return StatusCode.Ok;
            }

            WireElement value = Normalize(param, raw);
            if (param.Validate != null)
            {
                ushort status = param.Validate(value);
                if (status != StatusCode.Ok)
                {
                    return status;
                }
            }

            if (param.MaxValues == 1)
            {
                if (index > 0)
                {
                    throw new CommandException(StatusCode.InvalidParameter, "parameter " + id + " has a single value");
                }

                values.Clear();
                values.Add(value);
            }
            else if (index < 0 || index == values.Count)
            {
                if (values.Count >= param.MaxValues)
                {
                    throw new CommandException(StatusCode.InvalidParameter, "parameter " + id + " already holds " + param.MaxValues + " values");
                }

                values.Add(value);
            }
            else if (index < values.Count)
            {
                values[index] = value;
            }
            else
            {
                throw new CommandException(StatusCode.InvalidParameter, "no value " + id + "." + index);
            }

            Changed?.Invoke(id);
            return StatusCode.Ok;
        }

        /// <summary>Reads a parameter id element: INTEGER/INTEGER_UNSIGNED (index -1) or INTEGER_FRAC (ID.index).</summary>
        public static void ParseId(WireElement element, out int id, out int index)
        {
            if (element.TryGetFraction(out int integer, out int fraction))
            {
                id = integer;
                index = fraction;
                return;
            }

            if (element.IsInteger && element.Type != ElementType.Status)
            {
                long value = element.ToInt64();
                if (value >= 0 && value <= 0xFFFF)
                {
                    id = (int)value;
                    index = -1;
                    return;
                }
            }

            throw new CommandException(StatusCode.InvalidParameter, "parameter id element " + element + " is not an id");
        }

        public static WireMessageBuilder IdElement(WireMessageBuilder builder, int id, int index)
        {
            if (index >= 0)
            {
                return builder.Fraction(id, index);
            }

            return builder.Integer(id, id <= 127 ? 1 : 2);
        }

        private int Count(ConfigParam p)
        {
            return p.Kind == ParamKind.Computed ? p.Reader().Count : _values[p.Id].Count;
        }

        private ushort Preset(CommandContext ctx, WireElement value)
        {
            if (value == null)
            {
                ctx.Respond(new WireMessageBuilder().Integer(0, 1).Integer(0, 1));
                return StatusCode.Ok;
            }

            if (!value.IsInteger || value.ToInt64() != 0)
            {
                return StatusCode.InvalidParameter;
            }

            Reset();
            Changed?.Invoke(0);
            return StatusCode.Ok;
        }

        private void RespondValues(CommandContext ctx, ConfigParam p, int onlyIndex, bool all)
        {
            if (p.Kind == ParamKind.Computed)
            {
                IReadOnlyList<WireElement[]> entries = p.Reader();
                for (int i = 0; i < entries.Count; i++)
                {
                    if (onlyIndex >= 0 && i != onlyIndex)
                    {
                        continue;
                    }

                    var b = IdElement(new WireMessageBuilder(), p.Id, p.MaxValues > 1 ? i : -1);
                    foreach (WireElement e in entries[i])
                    {
                        b.Element(e);
                    }

                    ctx.Respond(b);
                }

                return;
            }

            List<WireElement> values = _values[p.Id];
            if (p.MaxValues == 1)
            {
                if (values.Count == 0 && (all && !p.ListWhenEmpty))
                {
                    return;
                }

                var b = IdElement(new WireMessageBuilder(), p.Id, -1);
                b.Element(values.Count == 0 ? Empty(p) : values[0]);
                ctx.Respond(b);
                return;
            }

            for (int i = 0; i < values.Count; i++)
            {
                if (onlyIndex >= 0 && i != onlyIndex)
                {
                    continue;
                }

                ctx.Respond(IdElement(new WireMessageBuilder(), p.Id, i).Element(values[i]));
            }
        }

        private static WireElement Empty(ConfigParam p)
        {
            switch (p.Kind)
            {
                case ParamKind.Text:
                case ParamKind.HostOrAddress:
                    return new WireElement(ElementType.String, Array.Empty<byte>());
                case ParamKind.Mac:
                    return new WireElement(ElementType.MacAddress, Array.Empty<byte>());
                default:
                    return new WireElement(ElementType.ByteArray, Array.Empty<byte>());
            }
        }

        private static WireElement Normalize(ConfigParam p, WireElement raw)
        {
            switch (p.Kind)
            {
                case ParamKind.Integer:
                case ParamKind.Unsigned:
                {
                    if (!raw.IsInteger)
                    {
                        throw Bad(p, raw);
                    }

                    long value = raw.ToInt64();
                    if (value < p.Min || value > p.Max)
                    {
                        throw new CommandException(StatusCode.InvalidParameter, "parameter " + p.Id + " = " + value + " outside " + p.Min + ".." + p.Max);
                    }

                    return Integer(p.Kind == ParamKind.Integer ? ElementType.Integer : ElementType.IntegerUnsigned, value, p.Width);
                }

                case ParamKind.Bool:
                {
                    if (!raw.IsInteger || (raw.ToInt64() != 0 && raw.ToInt64() != 1))
                    {
                        throw Bad(p, raw);
                    }

                    return new WireElement(ElementType.Bool, new[] { (byte)raw.ToInt64() });
                }

                case ParamKind.Text:
                {
                    if ((raw.Type != ElementType.String && raw.Type != ElementType.ByteArray) || raw.Data.Length > p.MaxLength)
                    {
                        throw Bad(p, raw);
                    }

                    return new WireElement(ElementType.String, raw.Data);
                }

                case ParamKind.Ipv4:
                    return Expect(p, raw, ElementType.Ipv4Address, 4);

                case ParamKind.Ipv4Mask:
                    return Expect(p, raw, ElementType.Ipv4Address, 8);

                case ParamKind.Ipv6:
                    return Expect(p, raw, ElementType.Ipv6Address, 16);

                case ParamKind.Ipv6Prefix:
                {
                    if (raw.Type == ElementType.Ipv6Address && raw.Data.Length == 16)
                    {
                        byte[] withPrefix = new byte[17];
                        raw.Data.CopyTo(withPrefix, 0);
                        withPrefix[16] = 64;
                        return new WireElement(ElementType.Ipv6Address, withPrefix);
                    }

                    return Expect(p, raw, ElementType.Ipv6Address, 17);
                }

                case ParamKind.Address:
                {
                    if ((raw.Type == ElementType.Ipv4Address && raw.Data.Length == 4) || (raw.Type == ElementType.Ipv6Address && raw.Data.Length == 16))
                    {
                        return raw;
                    }

                    throw Bad(p, raw);
                }

                case ParamKind.HostOrAddress:
                {
                    if ((raw.Type == ElementType.Ipv4Address && raw.Data.Length == 4) || (raw.Type == ElementType.Ipv6Address && raw.Data.Length == 16))
                    {
                        return raw;
                    }

                    if ((raw.Type == ElementType.String || raw.Type == ElementType.ByteArray) && raw.Data.Length <= p.MaxLength)
                    {
                        return new WireElement(ElementType.String, raw.Data);
                    }

                    throw Bad(p, raw);
                }

                case ParamKind.Mac:
                {
                    if (raw.Type == ElementType.MacAddress && (raw.Data.Length == 6 || raw.Data.Length == 0))
                    {
                        return raw;
                    }

                    throw Bad(p, raw);
                }

                case ParamKind.UtcTime:
                {
                    if (!raw.IsInteger)
                    {
                        throw Bad(p, raw);
                    }

                    byte[] data = new byte[4];
                    BinaryPrimitives.WriteUInt32BigEndian(data, (uint)raw.ToInt64());
                    return new WireElement(ElementType.UtcTime, data);
                }

                case ParamKind.Fraction:
                {
                    if (!raw.IsFraction)
                    {
                        throw Bad(p, raw);
                    }

                    return raw;
                }

                default:
                    throw Bad(p, raw);
            }
        }

        public static WireElement Integer(ElementType type, long value, int width)
        {
            var data = new byte[width];
            for (int i = width - 1; i >= 0; i--)
            {
                data[i] = (byte)value;
                value >>= 8;
            }

            return new WireElement(type, data);
        }

        private static WireElement Expect(ConfigParam p, WireElement raw, ElementType type, int length)
        {
            if (raw.Type != type || raw.Data.Length != length)
            {
                throw Bad(p, raw);
            }

            return raw;
        }

        private static CommandException Bad(ConfigParam p, WireElement raw)
        {
            return new CommandException(StatusCode.InvalidParameter, "parameter " + p.Id + " (" + p.Kind + ") cannot take " + raw);
        }

        private static bool IsIntegerZero(WireElement element)
        {
            if (element.Type != ElementType.Integer && element.Type != ElementType.IntegerUnsigned)
            {
                return false;
            }

            foreach (byte b in element.Data)
            {
                if (b != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
