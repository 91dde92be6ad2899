// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>Description of one parameter of a configuration command (id, type, limits, default).</summary>
    internal sealed class ConfigParam
    {
        public ConfigParam(int id, ParamKind kind)
        {
            Id = id;
            Kind = kind;
            Width = 4;
            MaxValues = 1;
            Min = long.MinValue;
            Max = long.MaxValue;
            MaxLength = 256;
        }

        public int Id { get; }

        public ParamKind Kind { get; }

        /// <summary>Reply width of integer kinds (1, 2 or 4).</summary>
        public int Width { get; set; }

        public bool ReadOnly { get; set; }

        /// <summary>1 for a single value; more for a multiple value parameter answered as ID.0, ID.1...</summary>
        public int MaxValues { get; set; }

        public long Min { get; set; }

        public long Max { get; set; }

        public int MaxLength { get; set; }

        /// <summary>Initial value(s); none leaves a multiple value parameter empty.</summary>
        public List<WireElement> Defaults { get; } = new List<WireElement>();

        /// <summary>Extra check on a value being set; returns a status (OK to accept).</summary>
        public Func<WireElement, ushort> Validate { get; set; }

        /// <summary>For <see cref="ParamKind.Computed"/>: each entry is the value elements of one index.</summary>
        public Func<IReadOnlyList<WireElement[]>> Reader { get; set; }

        /// <summary>When false, query-all skips this parameter while it has no value (single value).</summary>
        public bool ListWhenEmpty { get; set; } = true;
    }
}
