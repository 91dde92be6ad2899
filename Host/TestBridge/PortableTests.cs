// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Collections.Generic;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.TestBridge
{
    /// <summary>One dotnet-test entry per portable test (named Namespace.Class.Method).</summary>
    [TestClass]
    public sealed class PortableTests
    {
        public static IEnumerable<object[]> Cases() => PortableCatalog.Cases();

        public static string Name(MethodInfo method, object[] data) => (string)data[0];

        [TestMethod]
        [DynamicData(nameof(Cases), DynamicDataDisplayName = nameof(Name))]
        public void Portable(string id)
        {
            Report(PortableCatalog.Result(id));
        }

        /// <summary>Turns a launcher outcome into the MSTest outcome: fail fails, skip is reported as skipped.</summary>
        public static void Report(PortableResult result)
        {
            switch (result.Outcome)
            {
                case PortableOutcome.Failed:
                    Assert.Fail(result.Message);
                    break;
                case PortableOutcome.Skipped:
                    Assert.Inconclusive(result.Message);
                    break;
            }
        }
    }
}
