// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Linq;
using System.Reflection;
using Drivers.Wincs02;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Sys.Wincs.Net;
using Sys.Wincs.Wifi;
using Sys.Wss;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// What an application referencing every package sees: the layers are one-way (Wss → Net → driver, Wifi →
    /// driver) and importing the driver's and the services' namespaces together never makes a name ambiguous
    /// (Harmony's services share one SYS_WINCS_RESULT_t; two enums named WincsResult broke such code).
    /// </summary>
    [TestClass]
    public sealed class ServiceLayeringTests
    {
        private static readonly Assembly Driver = typeof(WincDriver).Assembly;
        private static readonly Assembly Wifi = typeof(WincsWifiService).Assembly;
        private static readonly Assembly Net = typeof(WincsNetService).Assembly;
        private static readonly Assembly Wss = typeof(WssServer).Assembly;

        [TestMethod]
        public void LayersReferenceOnlyDownwards()
        {
            CollectionAssert.AreEquivalent(Array.Empty<string>(), DeviceReferences(Driver), "the driver knows no service");
            CollectionAssert.AreEquivalent(new[] { "Drivers.Wincs02" }, DeviceReferences(Wifi));
            CollectionAssert.AreEquivalent(new[] { "Drivers.Wincs02" }, DeviceReferences(Net));
            CollectionAssert.AreEquivalent(new[] { "Drivers.Wincs02", "Sys.Wincs.Net" }, DeviceReferences(Wss));
        }

        [TestMethod]
        public void BothServicesReturnTheOneWincsResult()
        {
            Type result = typeof(WincsResult);
            Assert.AreEqual("Drivers.Wincs02.WincsResult", result.FullName);
            Assert.AreSame(Driver, result.Assembly);
            Assert.AreEqual(result, typeof(WincsWifiService).GetMethod(nameof(WincsWifiService.SrvCtrl)).ReturnType);
            Assert.AreEqual(result, typeof(WincsSystemService).GetMethod(nameof(WincsSystemService.SrvCtrl)).ReturnType);
            Assert.AreEqual(result, typeof(WincsNetService).GetMethod(nameof(WincsNetService.SockSrvCtrl)).ReturnType);
            Assert.AreEqual(result, typeof(NetSockCallback).GetMethod("Invoke").ReturnType);
            CollectionAssert.AreEqual(
                new[] { "Pass=0", "Fail=-1", "Raw=-2", "Cotn=-3", "Busy=-4", "Timeout=-5" },
                Enum.GetValues<WincsResult>().OrderByDescending(v => (int)v).Select(v => v + "=" + (int)v).ToArray(),
                "SYS_WINCS_RESULT_t's names and values");
        }

        [TestMethod]
        public void NoPublicTypeNameIsDeclaredTwiceInTheNamespacesAnApplicationImports()
        {
            // every namespace of the libraries except the Mbed-style API, which mirrors Mbed's own names
            // (SocketAddress) and is imported instead of the BSD socket layer
            var clashes = new[] { Driver, Wifi, Net, Wss }
                .SelectMany(a => a.GetExportedTypes())
                .Where(t => !t.IsNested && t.Namespace != "Sys.Wincs.Net.Mbed")
                .GroupBy(t => t.Name)
                .Where(g => g.Count() > 1)
                .Select(g => g.Key + ": " + string.Join(", ", g.Select(t => t.FullName)))
                .ToArray();
            CollectionAssert.AreEqual(Array.Empty<string>(), clashes, string.Join("; ", clashes));
        }

        private static string[] DeviceReferences(Assembly assembly)
        {
            string[] libraries = { "Drivers.Wincs02", "Sys.Wincs.Wifi", "Sys.Wincs.Net", "Sys.Wss" };
            return assembly.GetReferencedAssemblies().Select(a => a.Name).Where(libraries.Contains).ToArray();
        }
    }
}
