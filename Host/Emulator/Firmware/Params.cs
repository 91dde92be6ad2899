// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>Short constructors for configuration parameter descriptions.</summary>
    internal static class Params
    {
        public static ConfigParam Int(int id, int width, long min, long max, long? value)
        {
            var p = new ConfigParam(id, ParamKind.Integer) { Width = width, Min = min, Max = max };
            if (value.HasValue)
            {
                p.Defaults.Add(ConfigTable.Integer(ElementType.Integer, value.Value, width));
            }

            return p;
        }

        public static ConfigParam UInt(int id, int width, long min, long max, long? value)
        {
            var p = new ConfigParam(id, ParamKind.Unsigned) { Width = width, Min = min, Max = max };
            if (value.HasValue)
            {
                p.Defaults.Add(ConfigTable.Integer(ElementType.IntegerUnsigned, value.Value, width));
            }

            return p;
        }

        public static ConfigParam Bool(int id, bool value)
        {
            var p = new ConfigParam(id, ParamKind.Bool);
            p.Defaults.Add(new WireElement(ElementType.Bool, new[] { value ? (byte)1 : (byte)0 }));
            return p;
        }

        public static ConfigParam Text(int id, int maxLength, string value)
        {
            var p = new ConfigParam(id, ParamKind.Text) { MaxLength = maxLength };
            if (value != null)
            {
                p.Defaults.Add(new WireElement(ElementType.String, Encoding.UTF8.GetBytes(value)));
            }

            return p;
        }

        public static ConfigParam TextList(int id, int maxLength, int maxValues)
        {
            return new ConfigParam(id, ParamKind.Text) { MaxLength = maxLength, MaxValues = maxValues };
        }

        public static ConfigParam Ipv4(int id, IPAddress value)
        {
            var p = new ConfigParam(id, ParamKind.Ipv4);
            p.Defaults.Add(new WireElement(ElementType.Ipv4Address, (value ?? IPAddress.Any).GetAddressBytes()));
            return p;
        }

        public static ConfigParam Ipv4Mask(int id, IPAddress address, IPAddress mask)
        {
            var p = new ConfigParam(id, ParamKind.Ipv4Mask);
            p.Defaults.Add(AddressWithMask(address, mask));
            return p;
        }

        public static ConfigParam HostOrAddress(int id, int maxLength, string value)
        {
            var p = new ConfigParam(id, ParamKind.HostOrAddress) { MaxLength = maxLength };
            if (value != null)
            {
                p.Defaults.Add(new WireElement(ElementType.String, Encoding.UTF8.GetBytes(value)));
            }

            return p;
        }

        public static ConfigParam Mac(int id, byte[] value)
        {
            var p = new ConfigParam(id, ParamKind.Mac);
            p.Defaults.Add(new WireElement(ElementType.MacAddress, value ?? Array.Empty<byte>()));
            return p;
        }

        public static ConfigParam Computed(int id, int maxValues, Func<IReadOnlyList<WireElement[]>> reader)
        {
            return new ConfigParam(id, ParamKind.Computed) { MaxValues = maxValues, Reader = reader, ReadOnly = true };
        }

        public static ConfigParam ReadOnly(ConfigParam p)
        {
            p.ReadOnly = true;
            return p;
        }

        public static WireElement AddressWithMask(IPAddress address, IPAddress mask)
        {
            var data = new byte[8];
            (address ?? IPAddress.Any).GetAddressBytes().CopyTo(data, 0);
            (mask ?? IPAddress.Any).GetAddressBytes().CopyTo(data, 4);
            return new WireElement(ElementType.Ipv4Address, data);
        }

        public static IPAddress MaskFromPrefix(int prefixLength)
        {
            uint mask = prefixLength <= 0 ? 0 : uint.MaxValue << (32 - prefixLength);
            return new IPAddress(new[] { (byte)(mask >> 24), (byte)(mask >> 16), (byte)(mask >> 8), (byte)mask });
        }
    }
}
