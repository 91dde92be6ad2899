// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;

namespace nanoWincs.ApiGate
{
    /// <summary>
    /// <c>dotnet run --project Host/ApiGate -- [--lists DIR] &lt;assembly.dll&gt;...</c>.
    /// Exit codes: 0 passed, 1 violations, 2 usage or input error, 3 skipped (no list folder).
    /// </summary>
    public static class Program
    {
        /// <summary>Exit code of a clean run.</summary>
        public const int ExitPassed = 0;

        /// <summary>Exit code when any violation was found.</summary>
        public const int ExitViolations = 1;

        /// <summary>Exit code for bad arguments or an unreadable assembly.</summary>
        public const int ExitUsage = 2;

        /// <summary>Exit code when the list folder does not exist.</summary>
        public const int ExitSkipped = 3;

        /// <summary>Runs the gate.</summary>
        /// <param name="args">Command line.</param>
        /// <returns>The exit code.</returns>
        public static int Main(string[] args)
        {
            return Run(args, Console.Out, Console.Error);
        }

        /// <summary>Runs the gate with explicit output writers (for tests).</summary>
        /// <param name="args">Command line.</param>
        /// <param name="output">Report output.</param>
        /// <param name="error">Usage and error output.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            string lists = null;
            var assemblies = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--lists":
                        if (i + 1 == args.Length)
                        {
                            return Usage(error, "--lists needs a folder");
                        }

                        lists = args[++i];
                        break;
                    case "-h":
                    case "--help":
                        Usage(output, null);
                        return ExitPassed;
                    default:
                        if (args[i].StartsWith("--", StringComparison.Ordinal))
                        {
                            return Usage(error, "unknown option " + args[i]);
                        }

                        assemblies.Add(args[i]);
                        break;
                }
            }

            if (assemblies.Count == 0)
            {
                return Usage(error, "no assembly given");
            }

            if (lists == null)
            {
                string root = ApiGateRunner.FindRepositoryRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
                if (root == null)
                {
                    error.WriteLine("API gate: cannot find the repository (nanoWincs.sln) above the current folder: pass --lists DIR");
                    return ExitUsage;
                }

                lists = ApiGateRunner.DefaultListDirectory(root);
            }

            ApiGateResult result;
            try
            {
                result = ApiGateRunner.Run(lists, assemblies);
            }
            catch (Exception ex) when (ex is IOException || ex is BadImageFormatException || ex is UnauthorizedAccessException)
            {
                error.WriteLine("API gate: " + ex.Message);
                return ExitUsage;
            }

            output.WriteLine(result.Report);
            switch (result.Status)
            {
                case ApiGateStatus.Passed:
                    return ExitPassed;
                case ApiGateStatus.Skipped:
                    return ExitSkipped;
                default:
                    return ExitViolations;
            }
        }

        private static int Usage(TextWriter writer, string problem)
        {
            if (problem != null)
            {
                writer.WriteLine("API gate: " + problem);
            }

            writer.WriteLine("usage: dotnet run --project Host/ApiGate -- [--lists DIR] <assembly.dll>...");
            writer.WriteLine("  checks that the assemblies reference only the nanoFramework API listed in DIR");
            writer.WriteLine("  (default: <repository>/../shared/nanoframework-api)");
            writer.WriteLine("  exit codes: 0 passed, 1 violations, 2 usage or input error, 3 skipped (no list folder)");
            return ExitUsage;
        }
    }
}
