// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.ApiGate.Tests
{
    /// <summary>The gate over the real device assemblies, the skip path and the command line.</summary>
    [TestClass]
    public sealed class DeviceAssemblyGateTests
    {
        /// <summary>The host-built device libraries and every portable test assembly beside this test.</summary>
        public static IReadOnlyList<string> DeviceAssemblies()
        {
            string dir = AppContext.BaseDirectory;
            var paths = ApiGateChecker.ProjectAssemblies.Select(n => Path.Combine(dir, n + ".dll")).ToList();
            string self = Path.GetFileName(typeof(DeviceAssemblyGateTests).Assembly.Location);
            paths.AddRange(Directory.GetFiles(dir, "*.Tests.dll")
                .Where(p => !string.Equals(Path.GetFileName(p), self, StringComparison.Ordinal) && ReferencesTestFramework(p))
                .OrderBy(p => p, StringComparer.Ordinal));
            return paths;
        }

        [TestMethod]
        public void DeviceAssembliesUseOnlyTheNanoFrameworkApi()
        {
            IReadOnlyList<string> assemblies = DeviceAssemblies();
            foreach (string path in assemblies)
            {
                Assert.IsTrue(File.Exists(path), path + " was not built beside the tests");
            }

            CollectionAssert.Contains(assemblies.Select(Path.GetFileName).ToList(), "Drivers.Wincs02.Tests.dll");

            ApiGateResult result = ApiGateRunner.Run(Lists.Directory, assemblies);
            if (result.Status == ApiGateStatus.Skipped)
            {
                Assert.Inconclusive(result.Report);
            }

            Console.WriteLine(result.Report);
            Assert.AreEqual(ApiGateStatus.Passed, result.Status, "\n" + result.Report);
            Assert.AreEqual(assemblies.Count, result.Assemblies.Count);
        }

        [TestMethod]
        public void MissingListFolderSkipsWithAPlainMessage()
        {
            string missing = Path.Combine(Path.GetTempPath(), "nanowincs-no-lists-" + Guid.NewGuid().ToString("N"), "nanoframework-api");
            ApiGateResult result = ApiGateRunner.Run(missing, new[] { Path.Combine(AppContext.BaseDirectory, "Drivers.Wincs02.dll") });
            Assert.AreEqual(ApiGateStatus.Skipped, result.Status);
            Assert.AreEqual("API gate skipped: " + missing + " not found (the nanoFramework API lists live in ../shared beside the repository)", result.Report);
            Assert.AreEqual(0, result.Violations.Count);
            Assert.AreEqual(0, result.Assemblies.Count);

            var output = new StringWriter();
            int exit = Program.Run(new[] { "--lists", missing, Path.Combine(AppContext.BaseDirectory, "Drivers.Wincs02.dll") }, output, new StringWriter());
            Assert.AreEqual(Program.ExitSkipped, exit);
            Assert.AreEqual(ApiGateRunner.SkipMessage(missing), output.ToString().TrimEnd());
        }

        [TestMethod]
        public void DefaultListFolderIsBesideTheRepository()
        {
            string root = Lists.RepositoryRoot;
            Assert.IsTrue(File.Exists(Path.Combine(root, "nanoWincs.sln")), root);
            Assert.AreEqual(Path.GetFullPath(Path.Combine(root, "..", "shared", "nanoframework-api")), ApiGateRunner.DefaultListDirectory(root));
        }

        [TestMethod]
        public void CommandLineReportsViolationsWithANonZeroExitCode()
        {
            Lists.RequirePresent();
            string dll = Path.Combine(Path.GetTempPath(), "nanowincs-gate-" + Guid.NewGuid().ToString("N") + ".dll");
            try
            {
                using (MemoryStream image = Snippets.Compile(@"
namespace Snippets
{
    public class Device
    {
        public int Larger(int a, int b)
        {
            return System.Math.Max(a, b);
        }
    }
}"))
                {
                    File.WriteAllBytes(dll, image.ToArray());
                }

                var output = new StringWriter();
                int exit = Program.Run(new[] { "--lists", Lists.Directory, dll }, output, new StringWriter());
                string[] lines = output.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
                Assert.AreEqual(Program.ExitViolations, exit, output.ToString());
                Assert.AreEqual(2, lines.Length, output.ToString());
                Assert.AreEqual("Snippet: Snippets.Device.Larger uses M:System.Math.Max(System.Int32,System.Int32) static (not in the nanoFramework API: type System.Math is not listed)", lines[0]);
                Assert.AreEqual("API gate: 1 violation in 1 of 1 assembly (Snippet) checked against " + Lists.Directory, lines[1]);

                output = new StringWriter();
                exit = Program.Run(new[] { "--lists", Lists.Directory, Path.Combine(AppContext.BaseDirectory, "Drivers.Wincs02.dll") }, output, new StringWriter());
                Assert.AreEqual(Program.ExitPassed, exit, output.ToString());
                StringAssert.StartsWith(output.ToString(), "API gate: 0 violations in 1 assembly (Drivers.Wincs02)");
            }
            finally
            {
                File.Delete(dll);
            }
        }

        [TestMethod]
        public void CommandLineRejectsBadArguments()
        {
            var error = new StringWriter();
            Assert.AreEqual(Program.ExitUsage, Program.Run(Array.Empty<string>(), new StringWriter(), error));
            StringAssert.Contains(error.ToString(), "no assembly given");

            error = new StringWriter();
            Assert.AreEqual(Program.ExitUsage, Program.Run(new[] { "--lists", Path.GetTempPath(), "/no/such/assembly.dll" }, new StringWriter(), error));
            StringAssert.Contains(error.ToString(), "/no/such/assembly.dll");
        }

        private static bool ReferencesTestFramework(string path)
        {
            using FileStream stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return false;
            }

            MetadataReader reader = pe.GetMetadataReader();
            return reader.AssemblyReferences.Any(h => reader.GetString(reader.GetAssemblyReference(h).Name) == "nanoFramework.TestFramework");
        }
    }
}
