// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BridgeFixtures;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.TestBridge
{
    /// <summary>Proves the bridge keeps the launcher's semantics and reports outcomes truthfully.</summary>
    [TestClass]
    public sealed class BridgeTests
    {
        [TestMethod]
        public void SetupThenTestsThenDataRowsThenCleanup()
        {
            OrderFixture.Log.Clear();
            var results = LauncherEngine.RunClass(typeof(OrderFixture));
            CollectionAssert.AreEqual(new[] { "Setup", "First", "Second", "Row1one", "Row2two", "Cleanup" }, OrderFixture.Log.Cast<string>().ToArray());
            Assert.AreEqual(6, results.Count);
            Assert.IsTrue(results.All(r => r.Outcome == PortableOutcome.Passed));
            Assert.AreEqual("BridgeFixtures.OrderFixture.Rows.1(2, \"two\")", results[4].Id);
        }

        [TestMethod]
        public void FailingAssertionEscapedExceptionAndSkipAreEachReported()
        {
            var results = LauncherEngine.RunClass(typeof(OutcomeFixture)).ToDictionary(r => r.Id.Substring(r.Id.LastIndexOf('.') + 1));
            Assert.AreEqual(PortableOutcome.Passed, results["Passes"].Outcome);
            Assert.AreEqual(PortableOutcome.Failed, results["FailsAnAssertion"].Outcome);
            StringAssert.Contains(results["FailsAnAssertion"].Message, "AssertFailedException");
            Assert.AreEqual(PortableOutcome.Failed, results["LetsAnExceptionEscape"].Outcome);
            StringAssert.Contains(results["LetsAnExceptionEscape"].Message, "InvalidOperationException: escaped");
            Assert.AreEqual(PortableOutcome.Skipped, results["SkipsItself"].Outcome);
            Assert.AreEqual("not on this target", results["SkipsItself"].Message);
        }

        [TestMethod]
        public void SkipInSetupSkipsTheWholeClass()
        {
            SkippedClassFixture.Runs = 0;
            var results = LauncherEngine.RunClass(typeof(SkippedClassFixture));
            Assert.AreEqual(0, SkippedClassFixture.Runs);
            Assert.IsTrue(results.All(r => r.Outcome == PortableOutcome.Skipped));
            Assert.AreEqual(2, results.Count);
        }

        [TestMethod]
        public void MethodsAreInvokedWithoutAnInstance()
        {
            var results = LauncherEngine.RunClass(typeof(InstanceFixture)).ToDictionary(r => r.Id.Substring(r.Id.LastIndexOf('.') + 1));
            Assert.AreEqual(PortableOutcome.Failed, results["TouchesInstanceField"].Outcome);
            StringAssert.Contains(results["TouchesInstanceField"].Message, "NullReferenceException");
            Assert.AreEqual(PortableOutcome.Passed, results["InstanceMethodWithoutThis"].Outcome);
        }

        [TestMethod]
        public void ReportMapsFailToFailedAndSkipToSkipped()
        {
            PortableTests.Report(new PortableResult("a", "Test", PortableOutcome.Passed, null, TimeSpan.Zero));
            Assert.ThrowsExactly<AssertFailedException>(() => PortableTests.Report(new PortableResult("a", "Test", PortableOutcome.Failed, "boom", TimeSpan.Zero)));
            Assert.ThrowsExactly<AssertInconclusiveException>(() => PortableTests.Report(new PortableResult("a", "Test", PortableOutcome.Skipped, "later", TimeSpan.Zero)));
        }

        [TestMethod]
        public void DotnetTestFailsAndSkipsOnFixtureOutcomes()
        {
            string bridge = typeof(BridgeTests).Assembly.Location;
            var psi = new ProcessStartInfo("dotnet", "test \"" + bridge + "\" --filter \"FullyQualifiedName~PortableTests\" --logger \"console;verbosity=normal\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Path.GetTempPath(),
            };
            psi.Environment[PortableCatalog.AssembliesVariable] = "TestBridge.Fixtures";
            using var process = Process.Start(psi);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.IsTrue(process.WaitForExit(120_000), "dotnet test did not finish");
            string output = stdout.Result + stderr.Result;
            Assert.AreNotEqual(0, process.ExitCode, output);
            StringAssert.Contains(output, "Failed BridgeFixtures.OutcomeFixture.FailsAnAssertion");
            StringAssert.Contains(output, "Failed BridgeFixtures.OutcomeFixture.LetsAnExceptionEscape");
            StringAssert.Contains(output, "Skipped BridgeFixtures.OutcomeFixture.SkipsItself");
            StringAssert.Contains(output, "Skipped BridgeFixtures.SkippedClassFixture.NeverRuns");
            StringAssert.Contains(output, "Passed BridgeFixtures.OutcomeFixture.Passes");
        }
    }
}
