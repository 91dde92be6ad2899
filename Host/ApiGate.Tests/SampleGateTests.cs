// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.ApiGate.Tests
{
    /// <summary>
    /// The gate over the samples' device code: every <c>Samples/&lt;Name&gt;/&lt;Name&gt;.nfproj</c> on disk,
    /// its Compile items only (no desktop bootstrap), checked like the libraries (<see cref="DeviceSample"/>).
    /// </summary>
    [TestClass]
    public sealed class SampleGateTests
    {
        private const string BadProgram = @"
using System;
using Drivers.Wincs02.Protocol;

namespace BadSample
{
    public static class Program
    {
        public static void Main()
        {
            Console.WriteLine(Describe(WincStatus.SocketNotReady, 3, 7));
        }

        internal static string Describe(WincStatus status, int a, int b)
        {
            return $""status {(int)status}, larger {Math.Max(a, b)}"";
        }
    }
}";

        [TestMethod]
        public void EverySampleUsesOnlyTheNanoFrameworkApi()
        {
            Lists.RequirePresent();
            string samples = Path.Combine(Lists.RepositoryRoot, "Samples");
            IReadOnlyList<string> projects = DeviceSample.Find(samples);

            // found on disk: a sample added under Samples/ is checked without touching any project
            Assert.AreEqual(Directory.GetDirectories(samples).Count(d => Directory.GetFiles(d, "*.nfproj").Length > 0), projects.Count);
            List<DeviceSample> loaded = projects.Select(DeviceSample.Load).ToList();
            List<string> names = loaded.Select(s => s.AssemblyName).ToList();
            CollectionAssert.IsSubsetOf(new[] { "TcpClientEcho", "WebSocketEcho" }, names);

            var checker = new ApiGateChecker(ApiList.Load(Lists.Directory), names);
            var violations = new List<ApiViolation>();
            var failures = new StringBuilder();
            foreach (DeviceSample sample in loaded)
            {
                Assert.IsTrue(sample.Sources.Any(s => Path.GetFileName(s) == "Program.cs"), sample + " compiles no Program.cs");
                violations.AddRange(sample.Gate(checker, AppContext.BaseDirectory, out string errors));
                if (errors != null)
                {
                    failures.Append(sample).Append(" does not compile as device code:\n").Append(errors).Append('\n');
                }
            }

            string report = ApiGateRunner.Format(Lists.Directory, names, violations);
            Console.WriteLine(report);
            Assert.AreEqual(string.Empty, failures.ToString());
            Assert.AreEqual(0, violations.Count, "\n" + report);
        }

        [TestMethod]
        public void SampleProjectIsReadFromItsNfproj()
        {
            DeviceSample sample = DeviceSample.Load(Path.Combine(Lists.RepositoryRoot, "Samples", "TcpClientEcho", "TcpClientEcho.nfproj"));
            Assert.AreEqual("TcpClientEcho", sample.AssemblyName);
            CollectionAssert.AreEqual(
                new[] { Path.Combine(Lists.RepositoryRoot, "Samples", "TcpClientEcho", "Properties", "AssemblyInfo.cs"), Path.Combine(Lists.RepositoryRoot, "Samples", "TcpClientEcho", "Program.cs") },
                sample.Sources.ToList());
            CollectionAssert.AreEqual(new[] { "Drivers.Wincs02", "Sys.Wincs.Wifi", "Sys.Wincs.Net" }, sample.Libraries.ToList());
        }

        [TestMethod]
        public void SampleUsingApiOutsideNanoFrameworkIsRejected()
        {
            Lists.RequirePresent();
            string root = NewSampleTree("BadSample", BadProgram);
            try
            {
                IReadOnlyList<string> projects = DeviceSample.Find(Path.Combine(root, "Samples"));
                Assert.AreEqual(1, projects.Count);
                DeviceSample sample = DeviceSample.Load(projects[0]);
                var checker = new ApiGateChecker(ApiList.Load(Lists.Directory), new[] { sample.AssemblyName });
                IReadOnlyList<ApiViolation> violations = sample.Gate(checker, AppContext.BaseDirectory, out string errors);
                Assert.IsNull(errors, errors);
                string report = Snippets.Report(violations);
                CollectionAssert.AreEquivalent(
                    new[]
                    {
                        "BadSample: BadSample.Program.Describe uses T:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler (string interpolation ($\"...\") is not available on nanoFramework: build the text with String.Concat)",
                        "BadSample: BadSample.Program.Describe uses M:System.Math.Max(System.Int32,System.Int32) static (not in the nanoFramework API: type System.Math is not listed)",
                    },
                    violations.Select(v => v.ToString()).ToList(),
                    report);
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }

        [TestMethod]
        public void SampleUsingTheDesktopBoardDoesNotCompileAsDeviceCode()
        {
            Lists.RequirePresent();
            string root = NewSampleTree("BoardSample", @"
namespace BoardSample
{
    public static class Program
    {
        public static void Main()
        {
            nanoWincs.Samples.EmulatedBoard.Start(1, 5, 4, 27);
        }
    }
}");
            try
            {
                DeviceSample sample = DeviceSample.Load(DeviceSample.Find(Path.Combine(root, "Samples")).Single());
                var checker = new ApiGateChecker(ApiList.Load(Lists.Directory), new[] { sample.AssemblyName });
                IReadOnlyList<ApiViolation> violations = sample.Gate(checker, AppContext.BaseDirectory, out string errors);
                Assert.IsNotNull(errors);
                StringAssert.Contains(errors, "Program.cs(8,13): error CS0103: The name 'nanoWincs' does not exist in the current context");
                Assert.AreEqual(0, violations.Count);
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }

        /// <summary>A repository-like tree with one sample: &lt;tmp&gt;/Samples/&lt;name&gt;/{name.nfproj, Program.cs}, referencing Drivers.Wincs02 as the real samples do.</summary>
        private static string NewSampleTree(string name, string program)
        {
            string root = Path.Combine(Path.GetTempPath(), "nanowincs-samples-" + Guid.NewGuid().ToString("N"));
            string folder = Path.Combine(root, "Samples", name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
            File.WriteAllText(Path.Combine(folder, name + ".nfproj"), @"<?xml version=""1.0"" encoding=""utf-8""?>
<Project ToolsVersion=""Current"" DefaultTargets=""Build"" xmlns=""http://schemas.microsoft.com/developer/msbuild/2003"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <RootNamespace>" + name + @"</RootNamespace>
    <AssemblyName>" + name + @"</AssemblyName>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include=""Program.cs"" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include=""..\..\Drivers.Wincs02\Drivers.Wincs02.nfproj"">
      <Name>Drivers.Wincs02</Name>
    </ProjectReference>
  </ItemGroup>
</Project>");
            return root;
        }
    }
}
