// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>Settings for the whole host test assembly.</summary>
    [TestClass]
    public static class HostTestAssembly
    {
        /// <summary>
        /// Loopback peers and the emulated module's socket pumps block pool threads; on a 2-core machine the
        /// pool starts with 2 and adds one about every half second, which turns a busy test into a timeout.
        /// </summary>
        /// <param name="context">The test context (unused).</param>
        [AssemblyInitialize]
        public static void Initialize(TestContext context)
        {
            ThreadPool.GetMinThreads(out int workers, out int io);
            ThreadPool.SetMinThreads(workers < 64 ? 64 : workers, io < 64 ? 64 : io);
        }
    }
}
