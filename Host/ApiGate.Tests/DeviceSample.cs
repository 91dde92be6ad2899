// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace nanoWincs.ApiGate.Tests
{
    /// <summary>
    /// The device side of every sample: <c>Samples/&lt;Name&gt;/&lt;Name&gt;.nfproj</c> found on disk (a new
    /// sample is picked up without any project change), its <c>Compile</c> items compiled in memory as a
    /// library against the host-built device libraries it references and the nanoFramework shims, so the
    /// gate checks exactly what goes to a board, without the desktop bootstrap of <c>Host/Samples</c>.
    /// </summary>
    /// <remarks>
    /// Compiled like the host build compiles device code: C# 9, <c>NANOWINCS_HOST</c> defined, so the
    /// gate sees what <c>Host/Samples/&lt;Name&gt;</c> runs (code under <c>#if !NANOWINCS_HOST</c> is not
    /// seen, as for the libraries). A source that does not compile (a host-only type such as the board's
    /// <c>EmulatedBoard</c>, a library the .nfproj does not reference) fails the gate with the compiler's errors.
    /// </remarks>
    internal sealed class DeviceSample
    {
        private const string MsBuild = "{http://schemas.microsoft.com/developer/msbuild/2003}";

        private DeviceSample(string project, string assemblyName, IReadOnlyList<string> sources, IReadOnlyList<string> libraries)
        {
            Project = project;
            AssemblyName = assemblyName;
            Sources = sources;
            Libraries = libraries;
        }

        /// <summary>Gets the full path of the .nfproj.</summary>
        public string Project { get; }

        /// <summary>Gets the sample's assembly name (the .nfproj's AssemblyName).</summary>
        public string AssemblyName { get; }

        /// <summary>Gets the full paths of its Compile items, in .nfproj order.</summary>
        public IReadOnlyList<string> Sources { get; }

        /// <summary>Gets the assembly names of the projects it references (Drivers.Wincs02, Sys.Wincs.Net...).</summary>
        public IReadOnlyList<string> Libraries { get; }

        /// <summary>Every <c>&lt;samples&gt;/*/*.nfproj</c>, ordered.</summary>
        /// <param name="samplesFolder">The Samples folder of the repository.</param>
        /// <returns>The .nfproj paths.</returns>
        public static IReadOnlyList<string> Find(string samplesFolder)
        {
            return Directory.GetDirectories(samplesFolder)
                .SelectMany(d => Directory.GetFiles(d, "*.nfproj"))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>Reads a sample's .nfproj.</summary>
        /// <param name="nfproj">The .nfproj path.</param>
        /// <returns>The sample.</returns>
        public static DeviceSample Load(string nfproj)
        {
            string project = Path.GetFullPath(nfproj);
            string folder = Path.GetDirectoryName(project);
            XDocument xml = XDocument.Load(project);
            string name = AssemblyNameOf(xml, project);
            List<string> sources = xml.Descendants(MsBuild + "Compile")
                .Select(e => Path.GetFullPath(Path.Combine(folder, ((string)e.Attribute("Include")).Replace('\\', '/'))))
                .ToList();
            var libraries = new List<string>();
            foreach (XElement reference in xml.Descendants(MsBuild + "ProjectReference"))
            {
                string path = Path.GetFullPath(Path.Combine(folder, ((string)reference.Attribute("Include")).Replace('\\', '/')));
                libraries.Add(File.Exists(path) ? AssemblyNameOf(XDocument.Load(path), path) : Path.GetFileNameWithoutExtension(path));
            }

            return new DeviceSample(project, name, sources, libraries);
        }

        /// <summary>Compiles the sample's sources as a library (see the remarks).</summary>
        /// <param name="referenceFolder">Where the device libraries and shims were built (the test output).</param>
        /// <param name="errors">The compiler's errors (with file and line), or null when it compiled.</param>
        /// <returns>The image, or null when it does not compile.</returns>
        public MemoryStream Compile(string referenceFolder, out string errors)
        {
            var missing = Sources.Where(s => !File.Exists(s)).ToList();
            var libraries = Libraries.Select(l => Path.Combine(referenceFolder, l + ".dll")).ToList();
            missing.AddRange(libraries.Where(l => !File.Exists(l)).Select(l => l + " (referenced by the .nfproj; Host/ApiGate.Tests.csproj must reference its Host/Build project)"));
            if (missing.Count > 0)
            {
                errors = "missing: " + string.Join(", ", missing);
                return null;
            }

            var parse = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOWINCS_HOST" });
            var trees = Sources.Select(s => CSharpSyntaxTree.ParseText(File.ReadAllText(s), parse, s)).ToList();
            IEnumerable<MetadataReference> references = Snippets.References
                .Concat(libraries.Select(l => (MetadataReference)MetadataReference.CreateFromFile(l)));
            var compilation = CSharpCompilation.Create(
                AssemblyName,
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Debug, nullableContextOptions: NullableContextOptions.Annotations));
            var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            if (!emitted.Success)
            {
                errors = string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
                return null;
            }

            errors = null;
            image.Position = 0;
            return image;
        }

        /// <summary>Compiles the sample and runs the gate over it.</summary>
        /// <param name="checker">The gate.</param>
        /// <param name="referenceFolder">Where the device libraries and shims were built.</param>
        /// <param name="errors">The compiler's errors, or null.</param>
        /// <returns>The violations (empty when it does not compile: see <paramref name="errors"/>).</returns>
        public IReadOnlyList<ApiViolation> Gate(ApiGateChecker checker, string referenceFolder, out string errors)
        {
            using MemoryStream image = Compile(referenceFolder, out errors);
            return image == null ? Array.Empty<ApiViolation>() : checker.Check(image);
        }

        /// <inheritdoc/>
        public override string ToString() => AssemblyName + " (" + Project + ")";

        private static string AssemblyNameOf(XDocument xml, string path)
        {
            string name = xml.Descendants(MsBuild + "AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0);
            return name ?? Path.GetFileNameWithoutExtension(path);
        }
    }
}
