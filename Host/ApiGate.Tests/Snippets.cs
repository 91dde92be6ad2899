// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.ApiGate.Tests
{
    /// <summary>
    /// Compiles C# snippets in memory the way the host build compiles device code (against the
    /// running .NET and the nanoFramework shims) and runs the gate over the image.
    /// </summary>
    internal static class Snippets
    {
        public const string AssemblyName = "Snippet";

        private static readonly Lazy<MetadataReference[]> s_references = new Lazy<MetadataReference[]>(LoadReferences);
        private static readonly Lazy<ApiGateChecker> s_checker = new Lazy<ApiGateChecker>(() => new ApiGateChecker(ApiList.Load(Lists.Directory)));

        /// <summary>Gets the references device code compiles against here: the running .NET and the shims.</summary>
        public static IReadOnlyList<MetadataReference> References => s_references.Value;

        /// <summary>The gate over the shared lists; marks the test inconclusive when they are absent.</summary>
        public static ApiGateChecker Checker
        {
            get
            {
                Lists.RequirePresent();
                return s_checker.Value;
            }
        }

        /// <summary>Compiles <paramref name="source"/> (C# 9 unless told) and returns the gate's violations.</summary>
        public static IReadOnlyList<ApiViolation> Gate(string source, LanguageVersion language = LanguageVersion.CSharp9)
        {
            ApiGateChecker checker = Checker;
            using MemoryStream image = Compile(source, language);
            return checker.Check(image);
        }

        public static MemoryStream Compile(string source, LanguageVersion language = LanguageVersion.CSharp9)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(language));
            var compilation = CSharpCompilation.Create(
                AssemblyName,
                new[] { tree },
                s_references.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Debug, nullableContextOptions: NullableContextOptions.Annotations));
            var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            if (!emitted.Success)
            {
                Assert.Fail("snippet does not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            image.Position = 0;
            return image;
        }

        /// <summary>Names of the MemberRefs in an image, as "Parent::Name", to prove what the compiler emitted.</summary>
        public static ISet<string> MemberReferences(MemoryStream image)
        {
            image.Position = 0;
            using var pe = new PEReader(image, PEStreamOptions.LeaveOpen);
            MetadataReader reader = pe.GetMetadataReader();
            var found = new HashSet<string>(StringComparer.Ordinal);
            foreach (MemberReferenceHandle h in reader.MemberReferences)
            {
                MemberReference member = reader.GetMemberReference(h);
                string parent = member.Parent.Kind == HandleKind.TypeReference
                    ? reader.GetString(reader.GetTypeReference((TypeReferenceHandle)member.Parent).Namespace) + "." + reader.GetString(reader.GetTypeReference((TypeReferenceHandle)member.Parent).Name)
                    : member.Parent.Kind.ToString();
                found.Add(parent + "::" + reader.GetString(member.Name));
            }

            image.Position = 0;
            return found;
        }

        public static string Report(IReadOnlyList<ApiViolation> violations) =>
            violations.Count == 0 ? "(no violations)" : string.Join("\n", violations.Select(v => v.ToString()));

        /// <summary>Asserts one violation with exactly this using member and symbol (and a reason containing <paramref name="reasonPart"/>).</summary>
        public static ApiViolation AssertViolation(IReadOnlyList<ApiViolation> violations, string where, string symbol, string reasonPart = null)
        {
            ApiViolation found = violations.FirstOrDefault(v => v.Where == where && v.Symbol == symbol);
            if (found == null)
            {
                Assert.Fail("expected a violation of " + symbol + " in " + where + "; the gate reported:\n" + Report(violations));
            }

            if (reasonPart != null && !found.Reason.Contains(reasonPart, StringComparison.Ordinal))
            {
                Assert.Fail("the reason for " + symbol + " should mention \"" + reasonPart + "\": " + found);
            }

            Assert.AreEqual(AssemblyName, found.Assembly);
            StringAssert.Contains(found.ToString(), where + " uses " + symbol);
            return found;
        }

        public static void AssertClean(IReadOnlyList<ApiViolation> violations)
        {
            Assert.AreEqual(0, violations.Count, "expected no violation; the gate reported:\n" + Report(violations));
        }

        private static MetadataReference[] LoadReferences()
        {
            // the running runtime's framework assemblies (the host build's System.Runtime) + the shims
            string framework = Path.GetDirectoryName(typeof(object).Assembly.Location);
            var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")).Split(Path.PathSeparator)
                .Where(p => string.Equals(Path.GetDirectoryName(p), framework, StringComparison.Ordinal))
                .ToList();
            foreach (string shim in ApiGateChecker.ShimAssemblies)
            {
                string path = Path.Combine(AppContext.BaseDirectory, shim + ".dll");
                Assert.IsTrue(File.Exists(path), path + " missing beside the tests");
                paths.Add(path);
            }

            return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
        }
    }
}
