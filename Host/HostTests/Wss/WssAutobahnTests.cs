// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests.Wss
{
    /// <summary>
    /// Every Autobahn case of categories 1-7, 9 and 10 (see <see cref="AutobahnCases"/>) against
    /// WssServer with an echo application on the emulated module, over real loopback TCP, one
    /// connection per case as the fuzzing client does. One test result per case id.
    /// </summary>
    [TestClass]
    public sealed class WssAutobahnTests
    {
        private static WssHarness s_server;

        public static IEnumerable<object[]> Cases => AutobahnCases.All.Select(c => new object[] { c.Id });

        [ClassInitialize]
        public static void StartServer(TestContext context)
        {
            s_server = new WssHarness();
        }

        [ClassCleanup]
        public static void StopServer()
        {
            s_server?.Dispose();
            s_server = null;
        }

        public static string CaseName(MethodInfo method, object[] data)
        {
            AutobahnCase c = AutobahnCases.Find((string)data[0]);
            return "Autobahn " + c.Id + ": " + c.Description;
        }

        [TestMethod]
        [DynamicData(nameof(Cases), DynamicDataDisplayName = nameof(CaseName))]
        public void Autobahn(string id)
        {
            AutobahnCase c = AutobahnCases.Find(id);
            s_server.WaitAllClosed();
            int echoFailures = s_server.EchoFailures;
            using (FuzzClient client = FuzzClient.Connect(s_server.HostPort))
            {
                c.Run(client);
            }

            Assert.AreEqual(echoFailures, s_server.EchoFailures, "an echo found the transmit buffer full" + s_server.LoopState());
        }
    }
}
