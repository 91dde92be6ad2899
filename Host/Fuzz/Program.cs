// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using nanoWincs.Fuzz;

long iterations = args.Length > 0 ? long.Parse(args[0]) : 1_000_000;
int seed = args.Length > 1 ? int.Parse(args[1]) : 20261122;
var fuzzer = new WssFuzzer(seed);
var clock = Stopwatch.StartNew();
long baseline = GC.GetTotalMemory(true);
long peak = baseline;
long step = Math.Max(1, iterations / 10);
for (long i = 1; i <= iterations; i++)
{
    fuzzer.RunOne();
    if (i % step == 0)
    {
        long now = GC.GetTotalMemory(false);
        peak = Math.Max(peak, now);
        Console.WriteLine("progress " + i + "/" + iterations + " exceptions=" + fuzzer.Exceptions + " elapsed_s=" + clock.Elapsed.TotalSeconds.ToString("F1"));
    }
}

long settled = GC.GetTotalMemory(true);
Console.WriteLine("fuzz.wss.iterations " + fuzzer.Iterations + " count");
Console.WriteLine("fuzz.wss.bytes_fed " + fuzzer.BytesFed + " bytes");
Console.WriteLine("fuzz.wss.exceptions " + fuzzer.Exceptions + " count");
Console.WriteLine("fuzz.wss.tcp_closes " + fuzzer.Closes + " count");
Console.WriteLine("fuzz.wss.longest_iteration " + (fuzzer.LongestIterationTicks * 1000.0 / Stopwatch.Frequency).ToString("F3") + " ms");
Console.WriteLine("fuzz.wss.heap_growth " + (settled - baseline) + " bytes");
Console.WriteLine("fuzz.wss.elapsed " + clock.Elapsed.TotalSeconds.ToString("F1") + " s");
if (fuzzer.Exceptions > 0)
{
    Console.WriteLine(fuzzer.FirstFailure);
    return 1;
}

return 0;
