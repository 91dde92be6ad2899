// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace nanoWincs.ApiGate
{
    /// <summary>
    /// The running .NET's own type hierarchy, for members the host declares on an intermediate
    /// base that nanoFramework does not have: <c>autoResetEvent.Set()</c> compiles on .NET to
    /// <c>EventWaitHandle.Set</c>, while nanoFramework lists <c>AutoResetEvent.Set</c>.
    /// </summary>
    internal sealed class HostTypes
    {
        private readonly ApiList _api;
        private readonly Dictionary<string, Type> _listed = new Dictionary<string, Type>(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<string>> _derived = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        public HostTypes(ApiList api)
        {
            _api = api;
        }

        /// <summary>Listed types whose host type derives from (or implements) the given host type.</summary>
        /// <param name="assemblyName">The assembly the reference names (System.Runtime...).</param>
        /// <param name="reflectionName">Namespace.Name, nested types joined with '+'.</param>
        /// <returns>Listed type names; empty when the host type cannot be loaded.</returns>
        public IReadOnlyList<string> ListedTypesDerivedFrom(string assemblyName, string reflectionName)
        {
            string key = assemblyName + "|" + reflectionName;
            lock (_derived)
            {
                if (_derived.TryGetValue(key, out IReadOnlyList<string> cached))
                {
                    return cached;
                }

                Type parent = Load(assemblyName, reflectionName);
                IReadOnlyList<string> found = Array.Empty<string>();
                if (parent != null)
                {
                    found = _api.Types
                        .Select(t => t.Name)
                        .Where(name =>
                        {
                            Type host = Listed(name, parent.Assembly);
                            return host != null && host != parent && parent.IsAssignableFrom(host);
                        })
                        .OrderBy(n => n, StringComparer.Ordinal)
                        .ToArray();
                }

                _derived.Add(key, found);
                return found;
            }
        }

        private Type Listed(string name, Assembly near)
        {
            if (!_listed.TryGetValue(name, out Type type))
            {
                type = TryGet(() => Type.GetType(name, false)) ?? TryGet(() => near.GetType(name, false));
                _listed.Add(name, type);
            }

            return type;
        }

        private static Type Load(string assemblyName, string reflectionName)
        {
            return TryGet(() => Assembly.Load(new AssemblyName(assemblyName)).GetType(reflectionName, false))
                ?? TryGet(() => Type.GetType(reflectionName, false));
        }

        private static Type TryGet(Func<Type> lookup)
        {
            try
            {
                return lookup();
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is BadImageFormatException || ex is ArgumentException || ex is TypeLoadException)
            {
                return null;
            }
        }
    }
}
