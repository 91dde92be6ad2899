// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// "Every public member has an XML doc comment, and the build fails on a missing one": the build
    /// settings that make a missing comment an error, and the generated XML files (which the .nuspec
    /// packs) covering every public member of the four device libraries.
    /// </summary>
    [TestClass]
    public sealed class DocumentationTests
    {
        private static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";

        private static readonly Dictionary<string, Assembly> Libraries = new Dictionary<string, Assembly>
        {
            ["Drivers.Wincs02"] = typeof(Drivers.Wincs02.WincDriver).Assembly,
            ["Sys.Wincs.Wifi"] = typeof(Sys.Wincs.Wifi.WincsWifiService).Assembly,
            ["Sys.Wincs.Net"] = typeof(Sys.Wincs.Net.WincsNetService).Assembly,
            ["Sys.Wss"] = typeof(Sys.Wss.WssServer).Assembly,
        };

        [TestMethod]
        public void DeviceSourcesTargetsMakeAMissingDocCommentABuildErrorForLibraries()
        {
            var targets = XDocument.Load(Path.Combine(NfprojConsistencyTests.RepoRoot, "Host", "Build", "DeviceSources.targets"));
            XNamespace ns = targets.Root.Name.Namespace;
            var group = targets.Root.Elements(ns + "PropertyGroup")
                .Single(g => ((string)g.Attribute("Condition") ?? string.Empty).Replace(" ", string.Empty) == "'$(NfLibrary)'=='true'");
            Assert.AreEqual("true", (string)group.Element(ns + "GenerateDocumentationFile"));
            var errors = ((string)group.Element(ns + "WarningsAsErrors")).Split(';').Select(s => s.Trim()).ToList();
            CollectionAssert.Contains(errors, "CS1591");
            CollectionAssert.Contains(errors, "$(WarningsAsErrors)");
        }

        [TestMethod]
        [DataRow("Drivers.Wincs02")]
        [DataRow("Sys.Wincs.Wifi")]
        [DataRow("Sys.Wincs.Net")]
        [DataRow("Sys.Wss")]
        public void LibraryBuildsImportTheTargetsAsALibraryAndTheXmlFileIsTheOneThePackageShips(string library)
        {
            string root = NfprojConsistencyTests.RepoRoot;
            var csproj = XDocument.Load(Path.Combine(root, "Host", "Build", library, library + ".csproj"));
            XNamespace ns = csproj.Root.Name.Namespace;
            Assert.AreEqual("true", (string)csproj.Descendants(ns + "NfLibrary").Single());
            Assert.AreEqual("../DeviceSources.targets", (string)csproj.Root.Elements(ns + "Import").Single().Attribute("Project"));

            // Visual Studio writes the XML file where the .nuspec takes it from
            var nfproj = XDocument.Load(Path.Combine(root, library, library + ".nfproj"));
            Assert.AreEqual("bin\\$(Configuration)\\" + library + ".xml", nfproj.Descendants(Msb + "DocumentationFile").Single().Value);
            var nuspec = XDocument.Load(Path.Combine(root, library, library + ".nuspec"));
            XNamespace ps = nuspec.Root.Name.Namespace;
            var xml = nuspec.Descendants(ps + "file").Single(f => (string)f.Attribute("target") == "lib\\" + library + ".xml");
            Assert.AreEqual("bin\\Release\\" + library + ".xml", (string)xml.Attribute("src"));
        }

        [TestMethod]
        [DataRow("Drivers.Wincs02", 1000)]
        [DataRow("Sys.Wincs.Wifi", 100)]
        [DataRow("Sys.Wincs.Net", 200)]
        [DataRow("Sys.Wss", 150)]
        public void TheGeneratedXmlFileDocumentsEveryPublicMember(string library, int atLeast)
        {
            Assembly assembly = Libraries[library];
            string xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
            Assert.IsTrue(File.Exists(xmlPath), xmlPath + " was not generated");
            var documented = XDocument.Load(xmlPath).Descendants("member")
                .Where(m => m.Elements("inheritdoc").Any() || !string.IsNullOrWhiteSpace((string)m.Element("summary")))
                .Select(m => (string)m.Attribute("name"))
                .ToHashSet(StringComparer.Ordinal);

            var ids = PublicMemberIds(assembly).ToList();
            var missing = ids.Where(id => !documented.Contains(id)).ToList();
            Assert.AreEqual(0, missing.Count, library + " public members without a summary: " + string.Join(", ", missing.Take(20)));

            // the walk sees the whole public surface, so an empty or truncated walk cannot pass
            Assert.IsTrue(ids.Count >= atLeast, library + ": only " + ids.Count + " public members found");
        }

        [TestMethod]
        public void MemberIdsFollowTheDocCommentIdFormat()
        {
            // the rules the check above relies on; each of these ids is in Drivers.Wincs02.xml
            var ids = PublicMemberIds(Libraries["Drivers.Wincs02"]).ToHashSet(StringComparer.Ordinal);
            CollectionAssert.IsSubsetOf(
                new[]
                {
                    "T:Drivers.Wincs02.WincDriver",
                    "M:Drivers.Wincs02.WincDriver.#ctor(Drivers.Wincs02.Messaging.IMessageDevice,Drivers.Wincs02.Bus.IWincsBus)",
                    "M:Drivers.Wincs02.WincDriver.Tasks",
                    "M:Drivers.Wincs02.WincDriver.AllocateRequest(Drivers.Wincs02.RequestEventHandler,System.Object,Drivers.Wincs02.WincRequest@)",
                    "F:Drivers.Wincs02.WincDriver.DefaultRequestCount",
                    "P:Drivers.Wincs02.WincDriver.IsReady",
                    "F:Drivers.Wincs02.SystemEvent.DeviceReady",
                    "M:Drivers.Wincs02.Bus.IWincsBus.Transfer(System.SpanByte,System.SpanByte)",
                    "M:Drivers.Wincs02.Sockets.WincSockets.Send(System.Int32,System.Byte[],System.Int32,System.Int32,System.Int32)",
                    "T:Drivers.Wincs02.RequestEventHandler",
                },
                ids.ToList());
            Assert.IsFalse(ids.Any(id => id.Contains('+') || id.Contains("value__") || id.Contains(".get_") || id.Contains(".Invoke(")));
        }

        private static IEnumerable<string> PublicMemberIds(Assembly assembly)
        {
            const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (Type type in assembly.GetExportedTypes())
            {
                yield return "T:" + TypeName(type);
                if (typeof(Delegate).IsAssignableFrom(type))
                {
                    continue;
                }

                string prefix = TypeName(type) + ".";
                foreach (FieldInfo field in type.GetFields(Declared).Where(f => Visible(f.IsPublic, f.IsFamily, f.IsFamilyOrAssembly) && !f.IsSpecialName))
                {
                    yield return "F:" + prefix + field.Name;
                }

                foreach (PropertyInfo property in type.GetProperties(Declared))
                {
                    if (Visible(property.GetAccessors(true)))
                    {
                        var index = property.GetIndexParameters();
                        yield return "P:" + prefix + property.Name + (index.Length == 0 ? string.Empty : "(" + string.Join(",", index.Select(p => ParameterType(p.ParameterType))) + ")");
                    }
                }

                foreach (EventInfo e in type.GetEvents(Declared).Where(e => Visible(e.AddMethod)))
                {
                    yield return "E:" + prefix + e.Name;
                }

                ConstructorInfo[] ctors = type.GetConstructors(Declared).Where(c => !c.IsStatic).ToArray();
                foreach (ConstructorInfo ctor in ctors.Where(c => Visible(c.IsPublic, c.IsFamily, c.IsFamilyOrAssembly)))
                {
                    // a class that declares no constructor gets the compiler's public parameterless one,
                    // which has no comment to carry (and CS1591 asks for none)
                    if (ctors.Length == 1 && ctor.GetParameters().Length == 0 && IsImplicit(ctor))
                    {
                        continue;
                    }

                    yield return "M:" + prefix + "#ctor" + Parameters(ctor.GetParameters());
                }

                foreach (MethodInfo method in type.GetMethods(Declared).Where(m => !m.IsSpecialName && Visible(m.IsPublic, m.IsFamily, m.IsFamilyOrAssembly)))
                {
                    string id = "M:" + prefix + method.Name + Parameters(method.GetParameters());
                    if (method.Name == "op_Implicit" || method.Name == "op_Explicit")
                    {
                        id += "~" + ParameterType(method.ReturnType);
                    }

                    yield return id;
                }
            }
        }

        private static bool IsImplicit(ConstructorInfo ctor)
        {
            // the implicit constructor is not in the source: the type's file declares no public or protected one
            string name = ctor.DeclaringType.Name;
            string file = Directory.GetFiles(Path.Combine(NfprojConsistencyTests.RepoRoot, ctor.DeclaringType.Assembly.GetName().Name), name + ".cs", SearchOption.AllDirectories).SingleOrDefault();
            return file != null && !Regex.IsMatch(File.ReadAllText(file), @"\b(public|protected)\s+" + name + @"\s*\(");
        }

        private static bool Visible(bool isPublic, bool isFamily, bool isFamilyOrAssembly) => isPublic || isFamily || isFamilyOrAssembly;

        private static bool Visible(params MethodInfo[] methods) => methods.Any(m => m != null && Visible(m.IsPublic, m.IsFamily, m.IsFamilyOrAssembly));

        private static string Parameters(ParameterInfo[] parameters)
        {
            return parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => ParameterType(p.ParameterType))) + ")";
        }

        private static string ParameterType(Type type)
        {
            if (type.IsByRef)
            {
                return ParameterType(type.GetElementType()) + "@";
            }

            if (type.IsArray)
            {
                return ParameterType(type.GetElementType()) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
            }

            return TypeName(type);
        }

        private static string TypeName(Type type)
        {
            // the libraries have no generics; a nested type is Outer.Inner in an id, Outer+Inner in reflection
            return type.FullName.Replace('+', '.');
        }
    }
}
