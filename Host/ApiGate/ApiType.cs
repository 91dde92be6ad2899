// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Collections.Generic;

namespace nanoWincs.ApiGate
{
    /// <summary>A <c>T:</c> line of the API lists.</summary>
    public sealed class ApiType
    {
        internal ApiType(string name, string kind, string baseName, IReadOnlyList<string> interfaces)
        {
            Name = name;
            Kind = kind;
            BaseName = baseName;
            Interfaces = interfaces;
        }

        /// <summary>Gets the full name (nested types joined with '.').</summary>
        public string Name { get; }

        /// <summary>Gets class, struct, enum, interface or delegate.</summary>
        public string Kind { get; }

        /// <summary>Gets the base type's full name, or null (System.Object, interfaces).</summary>
        public string BaseName { get; }

        /// <summary>Gets the full names of the directly implemented interfaces.</summary>
        public IReadOnlyList<string> Interfaces { get; }
    }
}
