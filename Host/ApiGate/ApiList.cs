// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace nanoWincs.ApiGate
{
    /// <summary>
    /// The nanoFramework API surface read from the <c>*.txt</c> lists of shared/nanoframework-api:
    /// one documentation-comment id a line (<c>M:System.String.Concat(System.String,System.String) static</c>),
    /// type lines carrying <c>kind=</c>, <c>base=</c> and <c>interfaces=</c>.
    /// </summary>
    public sealed class ApiList
    {
        private readonly HashSet<string> _symbols = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, ApiType> _types = new Dictionary<string, ApiType>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _membersByName = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        private ApiList(string directory)
        {
            Directory = directory;
        }

        /// <summary>Gets the folder the lists were read from (null when parsed from lines).</summary>
        public string Directory { get; }

        /// <summary>Gets the number of symbols (types and members).</summary>
        public int Count => _symbols.Count;

        /// <summary>Gets every listed type.</summary>
        public IEnumerable<ApiType> Types => _types.Values;

        /// <summary>Reads every <c>*.txt</c> file of <paramref name="directory"/>.</summary>
        /// <param name="directory">The nanoframework-api folder.</param>
        /// <returns>The merged lists.</returns>
        /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
        /// <exception cref="InvalidDataException">The folder holds no list or a line is malformed.</exception>
        public static ApiList Load(string directory)
        {
            if (!System.IO.Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException(directory + " not found");
            }

            var list = new ApiList(Path.GetFullPath(directory));
            string[] files = System.IO.Directory.GetFiles(directory, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            if (files.Length == 0)
            {
                throw new InvalidDataException(directory + " holds no *.txt API list");
            }

            foreach (string file in files)
            {
                int number = 0;
                foreach (string line in File.ReadLines(file))
                {
                    number++;
                    list.Add(line, Path.GetFileName(file) + ":" + number);
                }
            }

            return list;
        }

        /// <summary>Builds a list from lines in the list format (tests, small tools).</summary>
        /// <param name="lines">List lines.</param>
        /// <returns>The list.</returns>
        public static ApiList Parse(IEnumerable<string> lines)
        {
            var list = new ApiList(null);
            int number = 0;
            foreach (string line in lines)
            {
                number++;
                list.Add(line, "line " + number);
            }

            return list;
        }

        /// <summary>Whether the exact symbol (with its <c> static</c> suffix, if any) is listed.</summary>
        /// <param name="symbol">A documentation-comment id such as <c>M:System.Object.ToString</c>.</param>
        /// <returns>True when listed.</returns>
        public bool Contains(string symbol) => _symbols.Contains(symbol);

        /// <summary>The listed type of that full name (nested types joined with '.', generic arity as `N).</summary>
        /// <param name="fullName">Type name without the <c>T:</c> prefix.</param>
        /// <returns>The type, or null.</returns>
        public ApiType FindType(string fullName)
        {
            _types.TryGetValue(fullName, out ApiType type);
            return type;
        }

        /// <summary>Listed members of a type with this name (every overload, static suffix included).</summary>
        /// <param name="prefix">The kind letter and colon (<c>M:</c> or <c>F:</c>).</param>
        /// <param name="typeName">Declaring type name.</param>
        /// <param name="memberName">Member name in doc-id form (<c>#ctor</c>, <c>get_Item</c>).</param>
        /// <returns>The matching lines, possibly none.</returns>
        public IReadOnlyList<string> Overloads(string prefix, string typeName, string memberName)
        {
            return _membersByName.TryGetValue(prefix + typeName + "." + memberName, out List<string> found) ? found : (IReadOnlyList<string>)Array.Empty<string>();
        }

        private void Add(string rawLine, string where)
        {
            string line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                return;
            }

            if (line.Length < 3 || line[1] != ':' || "TMPFE".IndexOf(line[0]) < 0)
            {
                throw new InvalidDataException(where + ": not a documentation-comment id: " + line);
            }

            if (line[0] == 'T')
            {
                string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                string name = parts[0].Substring(2);
                string kind = null;
                string baseName = null;
                var interfaces = new List<string>();
                for (int i = 1; i < parts.Length; i++)
                {
                    int eq = parts[i].IndexOf('=');
                    if (eq < 0)
                    {
                        throw new InvalidDataException(where + ": expected key=value in " + line);
                    }

                    string key = parts[i].Substring(0, eq);
                    string value = parts[i].Substring(eq + 1);
                    switch (key)
                    {
                        case "kind":
                            kind = value;
                            break;
                        case "base":
                            baseName = value.Length == 0 ? null : StripPrefix(value);
                            break;
                        case "interfaces":
                            interfaces.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(StripPrefix));
                            break;
                    }
                }

                _types[name] = new ApiType(name, kind, baseName, interfaces);
                _symbols.Add("T:" + name);
                return;
            }

            _symbols.Add(line);
            if (line[0] == 'M' || line[0] == 'F')
            {
                string key = MemberKey(line);
                if (!_membersByName.TryGetValue(key, out List<string> overloads))
                {
                    overloads = new List<string>();
                    _membersByName.Add(key, overloads);
                }

                overloads.Add(line);
            }
        }

        // "M:System.String.Concat(System.String) static" -> "M:System.String.Concat"
        private static string MemberKey(string symbol)
        {
            int end = symbol.Length;
            foreach (char stop in new[] { '(', '~', ' ' })
            {
                int at = symbol.IndexOf(stop);
                if (at >= 0 && at < end)
                {
                    end = at;
                }
            }

            return symbol.Substring(0, end);
        }

        private static string StripPrefix(string value) => value.StartsWith("T:", StringComparison.Ordinal) ? value.Substring(2) : value;
    }
}
