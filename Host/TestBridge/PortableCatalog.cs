// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace nanoWincs.Host.TestBridge
{
    /// <summary>
    /// Finds the portable test assemblies beside the bridge and runs each test class once, on the
    /// first request for any of its tests, so that Setup/tests/DataRow/Cleanup keep the launcher's order.
    /// </summary>
    public static class PortableCatalog
    {
        /// <summary>Set to a comma list of assembly names to run other portable assemblies (used by the bridge's own tests).</summary>
        public const string AssembliesVariable = "NANOWINCS_PORTABLE_ASSEMBLIES";

        private static readonly ConcurrentDictionary<Type, Dictionary<string, PortableResult>> s_runs = new ConcurrentDictionary<Type, Dictionary<string, PortableResult>>();
        private static readonly object s_runLock = new object();
        private static Dictionary<string, Type> s_owners;

        public static IEnumerable<Assembly> Assemblies()
        {
            string chosen = Environment.GetEnvironmentVariable(AssembliesVariable);
            if (!string.IsNullOrEmpty(chosen))
            {
                return chosen.Split(',').Select(n => Assembly.Load(new AssemblyName(n.Trim())));
            }

            string dir = Path.GetDirectoryName(typeof(PortableCatalog).Assembly.Location);
            return Directory.GetFiles(dir, "*.Tests.dll")
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => Assembly.Load(new AssemblyName(Path.GetFileNameWithoutExtension(f))))
                .Where(a => a.GetReferencedAssemblies().Any(r => r.Name == "nanoFramework.TestFramework"));
        }

        public static IEnumerable<object[]> Cases()
        {
            foreach (var pair in Owners())
            {
                yield return new object[] { pair.Key };
            }
        }

        public static PortableResult Result(string id)
        {
            if (!Owners().TryGetValue(id, out Type owner))
            {
                throw new InvalidOperationException("unknown portable test " + id);
            }

            var run = s_runs.GetOrAdd(owner, t =>
            {
                lock (s_runLock)
                {
                    return LauncherEngine.RunClass(t).ToDictionary(r => r.Id);
                }
            });
            return run[id];
        }

        private static Dictionary<string, Type> Owners()
        {
            if (s_owners == null)
            {
                var owners = new Dictionary<string, Type>();
                foreach (var assembly in Assemblies())
                {
                    foreach (var type in assembly.GetTypes().Where(LauncherEngine.IsTestClass).OrderBy(t => t.FullName, StringComparer.Ordinal))
                    {
                        foreach (var id in LauncherEngine.Enumerate(type))
                        {
                            owners[id] = type;
                        }
                    }
                }

                s_owners = owners;
            }

            return s_owners;
        }
    }
}
