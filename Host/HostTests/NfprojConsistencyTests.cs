// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The host build compiles each .nfproj's Compile list; these tests make sure that list is exactly
    /// the .cs files in the folder, so Visual Studio users build the same code CI tests.
    /// </summary>
    [TestClass]
    public sealed class NfprojConsistencyTests
    {
        private static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";

        public static string RepoRoot
        {
            get
            {
                // NANOWINCS_BUILD_DIR puts the binaries outside the work tree: then start from this source file
                return FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceDirectory())
                    ?? throw new InvalidOperationException("nanoWincs.sln not found above " + AppContext.BaseDirectory);
            }
        }

        private static string FindRoot(string dir)
        {
            while (dir != null && !File.Exists(Path.Combine(dir, "nanoWincs.sln")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            return dir;
        }

        private static string SourceDirectory([CallerFilePath] string path = null) => Path.GetDirectoryName(path);

        public static IEnumerable<object[]> ProjectFolders()
        {
            string root = RepoRoot;
            var folders = new List<string> { "Drivers.Wincs02", "Sys.Wincs.Wifi", "Sys.Wincs.Net", "Sys.Wss" };
            foreach (string parent in new[] { "Tests", "Samples" })
            {
                string dir = Path.Combine(root, parent);
                if (Directory.Exists(dir))
                {
                    folders.AddRange(Directory.GetDirectories(dir).Where(d => Directory.GetFiles(d, "*.nfproj").Length > 0).Select(d => Path.GetRelativePath(root, d)).OrderBy(d => d, StringComparer.Ordinal));
                }
            }

            return folders.Select(f => new object[] { f.Replace('\\', '/') });
        }

        [TestMethod]
        [DynamicData(nameof(ProjectFolders))]
        public void NfprojListsExactlyTheCsFilesOnDisk(string folder)
        {
            var (listed, onDisk) = Compare(Path.Combine(RepoRoot, folder));
            var missing = onDisk.Except(listed).ToList();
            var phantom = listed.Except(onDisk).ToList();
            Assert.AreEqual(0, missing.Count, folder + ": on disk but not in the .nfproj: " + string.Join(", ", missing) + " (run python3 Host/tools/nfproj.py sync)");
            Assert.AreEqual(0, phantom.Count, folder + ": in the .nfproj but not on disk: " + string.Join(", ", phantom));
        }

        [TestMethod]
        public void ComparisonCatchesAFileMissingFromTheNfprojAndAPhantomEntry()
        {
            string dir = Path.Combine(Path.GetTempPath(), "nfproj-check-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(dir, "Sub"));
            try
            {
                File.WriteAllText(Path.Combine(dir, "Listed.cs"), "class A {}");
                File.WriteAllText(Path.Combine(dir, "Sub", "Unlisted.cs"), "class B {}");
                Directory.CreateDirectory(Path.Combine(dir, "obj"));
                File.WriteAllText(Path.Combine(dir, "obj", "Generated.cs"), "class C {}");
                new XDocument(new XElement(Msb + "Project",
                    new XElement(Msb + "ItemGroup",
                        new XElement(Msb + "Compile", new XAttribute("Include", "Listed.cs")),
                        new XElement(Msb + "Compile", new XAttribute("Include", "Gone\\Phantom.cs"))))).Save(Path.Combine(dir, "X.nfproj"));
                var (listed, onDisk) = Compare(dir);
                CollectionAssert.AreEquivalent(new[] { "Sub/Unlisted.cs" }, onDisk.Except(listed).ToList());
                CollectionAssert.AreEquivalent(new[] { "Gone/Phantom.cs" }, listed.Except(onDisk).ToList());
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [TestMethod]
        public void SolutionListsEveryNfproj()
        {
            string root = RepoRoot;
            string sln = File.ReadAllText(Path.Combine(root, "nanoWincs.sln"));
            var nfprojs = Directory.GetFiles(root, "*.nfproj", SearchOption.AllDirectories)
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                .Select(p => Path.GetRelativePath(root, p).Replace('/', '\\'))
                .ToList();
            Assert.IsTrue(nfprojs.Count >= 4);
            foreach (string p in nfprojs)
            {
                StringAssert.Contains(sln, "\"" + p + "\"", "nanoWincs.sln does not list " + p);
            }
        }

        public static (HashSet<string> Listed, HashSet<string> OnDisk) Compare(string folder)
        {
            string nfproj = Directory.GetFiles(folder, "*.nfproj").Single();
            var listed = new HashSet<string>(
                XDocument.Load(nfproj).Descendants(Msb + "Compile").Select(e => ((string)e.Attribute("Include")).Replace('\\', '/')),
                StringComparer.Ordinal);
            var onDisk = new HashSet<string>(
                Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                    .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal)),
                StringComparer.Ordinal);
            return (listed, onDisk);
        }
    }
}
