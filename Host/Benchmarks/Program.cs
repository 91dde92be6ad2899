// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using nanoWincs.Benchmarks;

// dotnet run -c Release --project Host/Benchmarks -- [--quick] [--window N] [--library-defaults]
// Figure lines are "name value unit"; every other line starts with '#'.
bool quick = false;
bool defaults = false;
int window = 0;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--quick")
    {
        quick = true;
    }
    else if (args[i] == "--window" && i + 1 < args.Length && int.TryParse(args[i + 1], out window) && window >= 1 && window <= 16)
    {
        i++;
    }
    else if (args[i] == "--library-defaults")
    {
        defaults = true;
    }
    else
    {
        Console.Error.WriteLine("usage: nanoWincs.Benchmarks [--quick] [--window 1..16] [--library-defaults]");
        return 2;
    }
}

BenchmarkSettings settings = quick ? BenchmarkSettings.Quick : BenchmarkSettings.Full;
if (defaults)
{
    settings.Rig = RigOptions.LibraryDefaults;
}

if (window > 0)
{
    settings.Rig.WriteWindow = window;
}
var watch = Stopwatch.StartNew();
Console.WriteLine("# nanoWincs benchmarks (" + (quick ? "quick" : "full") + "), .NET " + Environment.Version + ", " + Environment.ProcessorCount + " cores");
var suite = new BenchmarkSuite(settings, line => Console.WriteLine("# " + line));
try
{
    suite.Run(figure => Console.WriteLine(figure.ToString()));
    WssBenchmarks.Run(
        (name, value, unit) => Console.WriteLine(new Figure(name, value, unit).ToString()),
        line => Console.WriteLine("# " + line),
        quick ? 2000 : 10000);
}
catch (Exception ex)
{
    Console.WriteLine("# FAILED: " + ex);
    return 1;
}

Console.WriteLine("# elapsed " + watch.Elapsed.TotalSeconds.ToString("F1") + " s");
return 0;
