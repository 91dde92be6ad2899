// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections;
using nanoFramework.TestFramework;

namespace BridgeFixtures
{
    [TestClass]
    public class OrderFixture
    {
        public static ArrayList Log = new ArrayList();

        [Cleanup]
        public void Done()
        {
            Log.Add("Cleanup");
        }

        [TestMethod]
        [DataRow(1, "one")]
        [DataRow(2, "two")]
        public void Rows(int number, string name)
        {
            Log.Add("Row" + number + name);
        }

        [TestMethod]
        public void First()
        {
            Log.Add("First");
        }

        [Setup]
        public void Prepare()
        {
            Log.Add("Setup");
        }

        [TestMethod]
        public void Second()
        {
            Log.Add("Second");
        }
    }

    [TestClass]
    public class OutcomeFixture
    {
        [TestMethod]
        public void Passes()
        {
            Assert.AreEqual(4, 2 + 2);
        }

        [TestMethod]
        public void FailsAnAssertion()
        {
            Assert.AreEqual(5, 2 + 2);
        }

        [TestMethod]
        public void LetsAnExceptionEscape()
        {
            throw new InvalidOperationException("escaped");
        }

        [TestMethod]
        public void SkipsItself()
        {
            Assert.SkipTest("not on this target");
        }
    }

    [TestClass]
    public class SkippedClassFixture
    {
        public static int Runs;

        [Setup]
        public void Prepare()
        {
            Assert.SkipTest("no hardware");
        }

        [TestMethod]
        public void NeverRuns()
        {
            Runs++;
        }
    }

    [TestClass]
    public class InstanceFixture
    {
        private int _field = 3;

        [TestMethod]
        public void TouchesInstanceField()
        {
            _field++;
        }

        [TestMethod]
        public void InstanceMethodWithoutThis()
        {
            Assert.IsTrue(true);
        }
    }
}
