// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Fuzz;

namespace nanoWincs.Host.Tests
{
    [TestClass]
    public sealed class WssFuzzTests
    {
        [TestMethod]
        public void HundredThousandMutatedHandshakesAndFramesEscapeNoExceptionAndKeepMemoryBounded()
        {
            var fuzzer = new WssFuzzer(7);
            long before = GC.GetTotalMemory(true);
            for (int i = 0; i < 100_000; i++)
            {
                fuzzer.RunOne();
            }

            long after = GC.GetTotalMemory(true);
            Assert.AreEqual(0, fuzzer.Exceptions, fuzzer.FirstFailure);
            Assert.IsTrue(fuzzer.BytesFed > 10_000_000, "the fuzzer fed " + fuzzer.BytesFed + " bytes");
            Assert.IsTrue(fuzzer.Closes > 1000, "cases must reach the close paths");
            Assert.IsTrue(after - before < 1_000_000, "heap grew by " + (after - before) + " bytes");
        }
    }
}
