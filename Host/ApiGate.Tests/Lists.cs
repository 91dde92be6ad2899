// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.ApiGate.Tests
{
    /// <summary>Where the shared API lists are for this work tree.</summary>
    internal static class Lists
    {
        private static readonly Lazy<string> s_root = new Lazy<string>(() => ApiGateRunner.FindRepositoryRoot(AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory()));

        /// <summary>The repository root (nanoWincs.sln), found above the output folder or as built.</summary>
        public static string RepositoryRoot => s_root.Value ?? throw new InvalidOperationException("nanoWincs.sln not found above " + AppContext.BaseDirectory + " nor at the root ApiGate was built from");

        /// <summary><c>&lt;repo&gt;/../shared/nanoframework-api</c>.</summary>
        public static string Directory => ApiGateRunner.DefaultListDirectory(RepositoryRoot);

        /// <summary>Ends the test as inconclusive, with the gate's skip message, when the lists are absent.</summary>
        public static void RequirePresent()
        {
            if (!System.IO.Directory.Exists(Directory))
            {
                Assert.Inconclusive(ApiGateRunner.SkipMessage(Directory));
            }
        }
    }
}
