// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace nanoWincs.ApiGate
{
    /// <summary>Outcome of a gate run.</summary>
    public enum ApiGateStatus
    {
        /// <summary>Every checked assembly uses only the listed API.</summary>
        Passed,

        /// <summary>At least one violation.</summary>
        Failed,

        /// <summary>The list folder does not exist: nothing was checked.</summary>
        Skipped,
    }

    /// <summary>The result of <see cref="ApiGateRunner.Run"/>.</summary>
    public sealed class ApiGateResult
    {
        internal ApiGateResult(ApiGateStatus status, string listDirectory, IReadOnlyList<string> assemblies, IReadOnlyList<ApiViolation> violations, string report)
        {
            Status = status;
            ListDirectory = listDirectory;
            Assemblies = assemblies;
            Violations = violations;
            Report = report;
        }

        /// <summary>Gets passed, failed or skipped.</summary>
        public ApiGateStatus Status { get; }

        /// <summary>Gets the list folder used (or looked for, when skipped).</summary>
        public string ListDirectory { get; }

        /// <summary>Gets the names of the checked assemblies.</summary>
        public IReadOnlyList<string> Assemblies { get; }

        /// <summary>Gets every violation (empty when passed or skipped).</summary>
        public IReadOnlyList<ApiViolation> Violations { get; }

        /// <summary>Gets the printable report: one line per violation, then the summary (or the skip message).</summary>
        public string Report { get; }
    }

    /// <summary>Finds the lists, runs the checker over assembly files and writes the report.</summary>
    public static class ApiGateRunner
    {
        /// <summary>The lists' place relative to the repository root.</summary>
        public const string ListFolderFromRepository = "../shared/nanoframework-api";

        /// <summary>The message of a skipped run.</summary>
        /// <param name="listDirectory">The folder that was looked for.</param>
        /// <returns>The plain skip message.</returns>
        public static string SkipMessage(string listDirectory) =>
            "API gate skipped: " + listDirectory + " not found (the nanoFramework API lists live in ../shared beside the repository)";

        /// <summary>
        /// The repository root (the folder holding nanoWincs.sln) above any of the start folders, else
        /// the root this tool was built from, if it still holds nanoWincs.sln.
        /// </summary>
        /// <param name="startDirectories">Folders to search upwards from (e.g. the current directory).</param>
        /// <returns>The root, or null.</returns>
        public static string FindRepositoryRoot(params string[] startDirectories)
        {
            foreach (string start in startDirectories.Where(d => !string.IsNullOrEmpty(d)))
            {
                for (string dir = Path.GetFullPath(start); dir != null; dir = Path.GetDirectoryName(dir))
                {
                    if (File.Exists(Path.Combine(dir, "nanoWincs.sln")))
                    {
                        return dir;
                    }
                }
            }

            string built = typeof(ApiGateRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Where(a => a.Key == "nanoWincs.RepoRoot").Select(a => a.Value).FirstOrDefault();
            return !string.IsNullOrEmpty(built) && File.Exists(Path.Combine(built, "nanoWincs.sln")) ? Path.GetFullPath(built) : null;
        }

        /// <summary><c>&lt;repo&gt;/../shared/nanoframework-api</c>.</summary>
        /// <param name="repositoryRoot">The folder holding nanoWincs.sln.</param>
        /// <returns>The full path of the list folder.</returns>
        public static string DefaultListDirectory(string repositoryRoot) =>
            Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "nanoframework-api"));

        /// <summary>Checks assembly files against the lists in <paramref name="listDirectory"/>.</summary>
        /// <param name="listDirectory">The nanoframework-api folder; when missing the run is skipped.</param>
        /// <param name="assemblyPaths">The .dll files; they may reference each other freely.</param>
        /// <returns>The result with its report.</returns>
        /// <exception cref="FileNotFoundException">An assembly file does not exist.</exception>
        public static ApiGateResult Run(string listDirectory, IEnumerable<string> assemblyPaths)
        {
            string lists = Path.GetFullPath(listDirectory);
            if (!Directory.Exists(lists))
            {
                return new ApiGateResult(ApiGateStatus.Skipped, lists, Array.Empty<string>(), Array.Empty<ApiViolation>(), SkipMessage(lists));
            }

            string[] paths = assemblyPaths.Select(Path.GetFullPath).ToArray();
            foreach (string path in paths)
            {
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException("no such assembly: " + path, path);
                }
            }

            string[] names = paths.Select(AssemblyNameOf).ToArray();
            ApiList api = ApiList.Load(lists);
            var checker = new ApiGateChecker(api, names);
            var violations = new List<ApiViolation>();
            foreach (string path in paths)
            {
                violations.AddRange(checker.Check(path));
            }

            return new ApiGateResult(violations.Count == 0 ? ApiGateStatus.Passed : ApiGateStatus.Failed, lists, names, violations, Format(lists, names, violations));
        }

        /// <summary>The report text: violation lines, then one summary line.</summary>
        /// <param name="listDirectory">The lists used.</param>
        /// <param name="assemblies">Checked assembly names.</param>
        /// <param name="violations">The violations.</param>
        /// <returns>The report.</returns>
        public static string Format(string listDirectory, IReadOnlyList<string> assemblies, IReadOnlyList<ApiViolation> violations)
        {
            var text = new StringBuilder();
            foreach (ApiViolation v in violations)
            {
                text.AppendLine(v.ToString());
            }

            int failing = violations.Select(v => v.Assembly).Distinct().Count();
            text.Append("API gate: ").Append(violations.Count).Append(violations.Count == 1 ? " violation" : " violations");
            if (violations.Count > 0)
            {
                text.Append(" in ").Append(failing).Append(" of ").Append(assemblies.Count).Append(assemblies.Count == 1 ? " assembly" : " assemblies");
            }
            else
            {
                text.Append(" in ").Append(assemblies.Count).Append(assemblies.Count == 1 ? " assembly" : " assemblies");
            }

            text.Append(" (").Append(string.Join(", ", assemblies)).Append(") checked against ").Append(listDirectory);
            return text.ToString();
        }

        private static string AssemblyNameOf(string path)
        {
            using FileStream stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new BadImageFormatException("not a .NET assembly: " + path);
            }

            MetadataReader reader = pe.GetMetadataReader();
            return reader.IsAssembly ? reader.GetString(reader.GetAssemblyDefinition().Name) : Path.GetFileNameWithoutExtension(path);
        }
    }
}
