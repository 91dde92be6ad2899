// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using nanoFramework.TestFramework;
using Sys.Wss.Protocol;

namespace Sys.Wss.Tests.Protocol
{
    /// <summary>Autobahn 6.x vectors (Markus Kuhn's UTF-8 test file).</summary>
    [TestClass]
    public class Utf8ValidatorTests
    {
        private static bool Valid(string hex)
        {
            byte[] bytes = ClientFrames.Hex(hex);
            var v = new Utf8Validator();
            return v.Feed(bytes, 0, bytes.Length) && v.IsComplete;
        }

        [TestMethod]
        [DataRow("68656c6c6f24776f726c64")]
        [DataRow("68656c6c6fc2a2776f726c64")]
        [DataRow("e282ac")]
        [DataRow("f0a4ada2")]
        [DataRow("cebae1bdb9cf83cebcceb5")]
        [DataRow("00")]
        [DataRow("c280")]
        [DataRow("e0a080")]
        [DataRow("f0908080")]
        [DataRow("7f")]
        [DataRow("dfbf")]
        [DataRow("efbfbf")]
        [DataRow("f48fbfbf")]
        [DataRow("ed9fbf")]
        [DataRow("ee8080")]
        [DataRow("efbfbd")]
        [DataRow("efbfbe")]
        [DataRow("f09fbfbe")]
        [DataRow("efbfb9")]
        public void AcceptsValidSequences(string hex)
        {
            Assert.IsTrue(Valid(hex), hex);
        }

        [TestMethod]
        [DataRow("f888808080")]
        [DataRow("fc8480808080")]
        [DataRow("f7bfbfbf")]
        [DataRow("f4908080")]
        [DataRow("80")]
        [DataRow("bf")]
        [DataRow("80bf80")]
        [DataRow("c020")]
        [DataRow("e020")]
        [DataRow("f020")]
        [DataRow("c0")]
        [DataRow("e080")]
        [DataRow("f08080")]
        [DataRow("fe")]
        [DataRow("ff")]
        [DataRow("c0af")]
        [DataRow("e080af")]
        [DataRow("f08080af")]
        [DataRow("c1bf")]
        [DataRow("e09fbf")]
        [DataRow("f08fbfbf")]
        [DataRow("c080")]
        [DataRow("eda080")]
        [DataRow("edbfbf")]
        [DataRow("eda080edb080")]
        [DataRow("cebae1bd")]
        public void RejectsInvalidSequences(string hex)
        {
            Assert.IsFalse(Valid(hex), hex);
        }
    }
}
