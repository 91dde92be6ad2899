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
    /// the .cs files in the folder, plus linked items (<c>Include="..\Shared\X.cs"</c> with
    /// <c>&lt;Link&gt;Shared\X.cs&lt;/Link&gt;</c>) for the test helpers kept once in Tests/Shared, so
    /// Visual Studio users build the same code CI tests.
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
        public void EveryCSharpFileIsCrlfWithByteOrderMark()
        {
            // .editorconfig: end_of_line = crlf, charset = utf-8-bom for *.cs (nanoFramework's convention)
            var wrong = new List<string>();
            foreach (string path in Directory.EnumerateFiles(RepoRoot, "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(RepoRoot, path).Replace('\\', '/');
                if (relative.Split('/').Any(part => part == "bin" || part == "obj" || part == "artifacts" || part.StartsWith(".", StringComparison.Ordinal)))
                {
                    continue;
                }

                byte[] bytes = File.ReadAllBytes(path);
                bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
                bool bareLf = false;
                for (int i = 0; i < bytes.Length && !bareLf; i++)
                {
                    bareLf = bytes[i] == (byte)'\n' && (i == 0 || bytes[i - 1] != (byte)'\r');
                }

                if (!bom || bareLf)
                {
                    wrong.Add(relative + (bom ? string.Empty : " (no BOM)") + (bareLf ? " (LF line ends)" : string.Empty));
                }
            }

            Assert.AreEqual(0, wrong.Count, string.Join("\n", wrong));
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
        [DynamicData(nameof(ProjectFolders))]
        public void LinkedItemsAreFilesOfTestsShared(string folder)
        {
            var problems = LinkProblems(Path.Combine(RepoRoot, folder));
            Assert.AreEqual(0, problems.Count, folder + ": " + string.Join("; ", problems));
        }

        [TestMethod]
        public void EverySharedHelperIsLinkedByATestProject()
        {
            string shared = Path.Combine(RepoRoot, "Tests", "Shared");
            var files = Directory.GetFiles(shared, "*.cs", SearchOption.AllDirectories).Select(Path.GetFullPath).ToList();
            Assert.IsTrue(files.Count >= 6, "the shared helpers: " + string.Join(", ", files));
            var linkedBy = ProjectFolders().Select(f => Path.Combine(RepoRoot, (string)f[0]))
                .SelectMany(dir => Linked(dir).Select(l => Path.GetFullPath(Path.Combine(dir, l.Include))))
                .ToHashSet(StringComparer.Ordinal);
            CollectionAssert.AreEquivalent(new string[0], files.Where(f => !linkedBy.Contains(f)).ToList(), "shared files no .nfproj links");
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
                        new XElement(Msb + "Compile", new XAttribute("Include", "Gone\\Phantom.cs")),
                        new XElement(Msb + "Compile", new XAttribute("Include", "..\\Shared\\Hex.cs"), new XElement(Msb + "Link", "Shared\\Hex.cs"))))).Save(Path.Combine(dir, "X.nfproj"));
                var (listed, onDisk) = Compare(dir);
                CollectionAssert.AreEquivalent(new[] { "Sub/Unlisted.cs" }, onDisk.Except(listed).ToList());
                CollectionAssert.AreEquivalent(new[] { "Gone/Phantom.cs" }, listed.Except(onDisk).ToList(), "a linked item is not a file of the folder");
                Assert.AreEqual(("../Shared/Hex.cs", "Shared/Hex.cs"), Linked(dir).Single());
                var problems = LinkProblems(dir);
                Assert.AreEqual(1, problems.Count, string.Join("; ", problems));
                StringAssert.Contains(problems[0], "not in Tests/Shared");
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
            var listed = new HashSet<string>(Includes(folder).Select(c => c.Include).Where(i => !IsLinked(i)), StringComparer.Ordinal);
            var onDisk = new HashSet<string>(
                Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                    .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal)),
                StringComparer.Ordinal);
            return (listed, onDisk);
        }

        /// <summary>The linked Compile items of a project: Include (relative to its folder) and Link, with '/' separators.</summary>
        public static List<(string Include, string Link)> Linked(string folder)
        {
            return Includes(folder).Where(c => IsLinked(c.Include)).ToList();
        }

        // A linked item must be an existing file of Tests/Shared, shown in the project as Shared/<its path there>.
        private static List<string> LinkProblems(string folder)
        {
            string shared = Path.GetFullPath(Path.Combine(RepoRoot, "Tests", "Shared")) + Path.DirectorySeparatorChar;
            var problems = new List<string>();
            foreach (var (include, link) in Linked(folder))
            {
                string target = Path.GetFullPath(Path.Combine(folder, include));
                if (!target.StartsWith(shared, StringComparison.Ordinal))
                {
                    problems.Add(include + " is not in Tests/Shared");
                }
                else if (!File.Exists(target))
                {
                    problems.Add(include + " does not exist");
                }
                else if (link != "Shared/" + Path.GetRelativePath(shared, target).Replace('\\', '/'))
                {
                    problems.Add(include + " is shown as " + (link ?? "(no Link)") + ", not Shared/" + Path.GetRelativePath(shared, target).Replace('\\', '/'));
                }
            }

            return problems;
        }

        private static bool IsLinked(string include) => include.StartsWith("../", StringComparison.Ordinal);

        private static List<(string Include, string Link)> Includes(string folder)
        {
            string nfproj = Directory.GetFiles(folder, "*.nfproj").Single();
            return XDocument.Load(nfproj).Descendants(Msb + "Compile")
                .Select(e => (((string)e.Attribute("Include")).Replace('\\', '/'), ((string)e.Element(Msb + "Link"))?.Replace('\\', '/')))
                .ToList();
        }
    }
}
