// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>The NuGet and Visual Studio packaging of the device libraries follows the nanoFramework 1.x layout.</summary>
    [TestClass]
    public sealed class PackagingTests
    {
        private static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";

        [TestMethod]
        [DataRow("Drivers.Wincs02")]
        [DataRow("Sys.Wincs.Wifi")]
        [DataRow("Sys.Wincs.Net")]
        [DataRow("Sys.Wss")]
        public void NuspecShipsDllPePdbxXmlUnderLibAndReadmeUnderDocs(string library)
        {
            string root = NfprojConsistencyTests.RepoRoot;
            var nuspec = XDocument.Load(Path.Combine(root, library, library + ".nuspec"));
            XNamespace ns = nuspec.Root.Name.Namespace;
            var targets = nuspec.Descendants(ns + "file").Select(f => (string)f.Attribute("target")).ToList();
            foreach (string ext in new[] { "dll", "pe", "pdbx", "xml", "pdb" })
            {
                CollectionAssert.Contains(targets, "lib\\" + library + "." + ext);
            }

            CollectionAssert.Contains(targets, "docs\\README.md");
            Assert.AreEqual("$version$", (string)nuspec.Descendants(ns + "version").Single());
            var dependencies = nuspec.Descendants(ns + "dependency").ToDictionary(d => (string)d.Attribute("id"), d => (string)d.Attribute("version"));
            Assert.AreEqual("1.17.11", dependencies["nanoFramework.CoreLibrary"]);
            Assert.IsTrue(dependencies.Values.All(v => !string.IsNullOrEmpty(v)));
            Assert.IsTrue(File.Exists(Path.Combine(root, library, "README.md")));
        }

        [TestMethod]
        [DataRow("Drivers.Wincs02")]
        [DataRow("Sys.Wincs.Wifi")]
        [DataRow("Sys.Wincs.Net")]
        [DataRow("Sys.Wss")]
        public void NfprojReferencesTheStablePackagesThroughPackagesConfig(string library)
        {
            string root = NfprojConsistencyTests.RepoRoot;
            var nfproj = XDocument.Load(Path.Combine(root, library, library + ".nfproj"));
            var packages = XDocument.Load(Path.Combine(root, library, "packages.config")).Descendants("package")
                .ToDictionary(p => (string)p.Attribute("id"), p => (string)p.Attribute("version"));
            Assert.AreEqual("1.17.11", packages["nanoFramework.CoreLibrary"]);
            Assert.AreEqual("1.11.37", packages["nanoFramework.Runtime.Events"]);
            Assert.AreEqual("1.1.62", packages["nanoFramework.System.Device.Gpio"]);
            Assert.AreEqual("1.3.89", packages["nanoFramework.System.Device.Spi"]);
            var hints = nfproj.Descendants(Msb + "HintPath").Select(h => h.Value).ToList();
            foreach (var package in packages.Where(p => p.Key.StartsWith("nanoFramework.", StringComparison.Ordinal)))
            {
                Assert.IsTrue(hints.Any(h => h.Contains("packages\\" + package.Key + "." + package.Value + "\\lib\\")), library + " has no HintPath into " + package.Key + " " + package.Value);
            }

            Assert.AreEqual("{11A8DD76-328B-46DF-9F39-F559912D0360};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}", nfproj.Descendants(Msb + "ProjectTypeGuids").Single().Value);
            Assert.AreEqual(library, nfproj.Descendants(Msb + "AssemblyName").Single().Value);
            Assert.AreEqual(library, nfproj.Descendants(Msb + "RootNamespace").Single().Value);
        }

        [TestMethod]
        public void TestProjectsAreNamedNFUnitTestAndUseTheTestFrameworkAsADevelopmentDependency()
        {
            string root = NfprojConsistencyTests.RepoRoot;
            // every folder of Tests/ is a test project but Shared, the helpers the projects link
            foreach (string dir in Directory.GetDirectories(Path.Combine(root, "Tests")).Where(d => Path.GetFileName(d) != "Shared"))
            {
                var nfproj = XDocument.Load(Directory.GetFiles(dir, "*.nfproj").Single());
                Assert.AreEqual("NFUnitTest", nfproj.Descendants(Msb + "AssemblyName").Single().Value, dir);
                Assert.IsTrue(File.Exists(Path.Combine(dir, "nano.runsettings")), dir);
                var testFramework = XDocument.Load(Path.Combine(dir, "packages.config")).Descendants("package").Single(p => (string)p.Attribute("id") == "nanoFramework.TestFramework");
                Assert.AreEqual("3.0.80", (string)testFramework.Attribute("version"));
                Assert.AreEqual("true", (string)testFramework.Attribute("developmentDependency"));
            }
        }

        [TestMethod]
        public void HostAssembliesCarryTheVersionOfVersionJson()
        {
            string json = File.ReadAllText(Path.Combine(NfprojConsistencyTests.RepoRoot, "version.json"));
            string version = Regex.Match(json, "\"version\"\\s*:\\s*\"([0-9]+\\.[0-9]+)\"").Groups[1].Value;
            var assemblyVersion = typeof(Drivers.Wincs02.Protocol.Tlv).Assembly.GetName().Version;
            Assert.AreEqual(version + ".0.0", assemblyVersion.ToString());
        }
    }
}
