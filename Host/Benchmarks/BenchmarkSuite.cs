// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Globalization;

namespace nanoWincs.Benchmarks
{
    /// <summary>The figures of the benchmark entry point, with their operation counts (reduced by --quick and by the host test).</summary>
    public sealed class BenchmarkSuite
    {
        private readonly Action<string> _progress;

        public BenchmarkSuite(BenchmarkSettings settings, Action<string> progress)
        {
            Settings = settings;
            _progress = progress ?? (_ => { });
        }

        public BenchmarkSettings Settings { get; }

        /// <summary>Gets the phases measured so far (for diagnostics).</summary>
        public List<PhaseResult> Phases { get; } = new List<PhaseResult>();

        /// <summary>
        /// The repetition with the median efficiency. The emulated module drains its send buffer on thread-pool
        /// threads: on a loaded machine it may fall behind and refuse writes (SOCKET_NOT_READY), which costs bus
        /// bytes in that repetition only; the median keeps one such repetition from deciding the figure.
        /// </summary>
        public static PhaseResult Median(List<PhaseResult> runs)
        {
            var sorted = new List<PhaseResult>(runs);
            sorted.Sort((a, b) => a.Efficiency.CompareTo(b.Efficiency));
            return sorted[sorted.Count / 2];
        }

        /// <summary>Runs every figure; each is reported through <paramref name="figure"/> as soon as it is known.</summary>
        public void Run(Action<Figure> figure)
        {
            using (BenchRig rig = BenchRig.Start(Settings.Rig))
            {
                _progress("rig: " + rig.Options);
                using (var send = new TcpSendBench(rig))
                {
                    foreach (int size in new[] { 64, 1460, 16384 })
                    {
                        if (size > Settings.Rig.SendBufferSize)
                        {
                            // send() is all or nothing: a ring smaller than the send never takes it
                            _progress("tcp_send." + size + " skipped: the send ring holds " + Settings.Rig.SendBufferSize + " bytes");
                            continue;
                        }

                        int operations = Settings.SendOperations(size);
                        Measure(send.Run("warm-up tcp_send." + size, size, Math.Max(1, operations / 10)));
                        var runs = new List<PhaseResult>();
                        for (int repetition = 0; repetition < Settings.Repetitions; repetition++)
                        {
                            runs.Add(Measure(send.Run("tcp_send." + size + " #" + (repetition + 1), size, operations)));
                        }

                        PhaseResult median = Median(runs);
                        figure(new Figure("bus.efficiency.tcp_send." + size, median.Efficiency, "ratio"));
                        if (size == 1460)
                        {
                            figure(new Figure("bus.frames.tcp_send.1460", median.FramesPerOperation, "frames/op"));
                        }
                    }

                    Measure(send.Run("warm-up alloc sockets_send.1460", 1460, 500));
                    PhaseResult alloc = Measure(send.Run("alloc sockets_send.1460 (WincSockets.Send)", 1460, Settings.AllocationOperations));
                    figure(new Figure("alloc.sockets_send.1460", alloc.AllocatedPerOperation, "bytes/op"));
                }

                using (var recv = new TcpRecvBench(rig))
                {
                    long bytes = (long)Settings.RecvOperations * 1460;
                    Measure(recv.Run("warm-up tcp_recv.1460", 1460, Math.Max(1460, bytes / 10)));
                    var runs = new List<PhaseResult>();
                    for (int repetition = 0; repetition < Settings.Repetitions; repetition++)
                    {
                        runs.Add(Measure(recv.Run("tcp_recv.1460 #" + (repetition + 1), 1460, bytes)));
                    }

                    figure(new Figure("bus.efficiency.tcp_recv.1460", Median(runs).Efficiency, "ratio"));

                    Measure(recv.Run("warm-up alloc sockets_recv.1460", 1460, 500L * 1460));
                    PhaseResult alloc = Measure(recv.Run("alloc sockets_recv.1460 (WincSockets.Recv)", 1460, (long)Settings.AllocationOperations * 1460));
                    figure(new Figure("alloc.sockets_recv.1460", alloc.AllocatedPerOperation, "bytes/op"));
                }

                // last: the service takes over the socket layer's event callback
                using (var service = new NetServiceBench(rig))
                {
                    Measure(service.Write("warm-up alloc tcp_write.1460", 1460, 500));
                    PhaseResult write = Measure(service.Write("alloc tcp_write.1460 (WincsNetService.TcpSockWrite)", 1460, Settings.AllocationOperations));
                    figure(new Figure("alloc.tcp_write.1460", write.AllocatedPerOperation, "bytes/op"));
                    Measure(service.Read("warm-up alloc tcp_read.1460", 1460, 500L * 1460));
                    PhaseResult read = Measure(service.Read("alloc tcp_read.1460 (WincsNetService.TcpSockRead)", 1460, (long)Settings.AllocationOperations * 1460));
                    figure(new Figure("alloc.tcp_read.1460", read.AllocatedPerOperation, "bytes/op"));
                }
            }
        }

        private PhaseResult Measure(PhaseResult result)
        {
            Phases.Add(result);
            _progress(result.ToString());
            return result;
        }
    }

    /// <summary>Operation counts and the rig of a run.</summary>
    public sealed class BenchmarkSettings
    {
        public RigOptions Rig { get; set; } = new RigOptions();

        /// <summary>Gets the payload per send-efficiency repetition, in bytes (the operation count follows from the size).</summary>
        public long SendBytes { get; init; } = 4L * 1024 * 1024;

        /// <summary>Gets the most send() calls per repetition (bounds the 64-byte phase).</summary>
        public int MaxSendOperations { get; init; } = 40000;

        /// <summary>Gets the 1460-byte chunks per receive repetition.</summary>
        public int RecvOperations { get; init; } = 3000;

        /// <summary>Gets the operations of each allocation phase (after 500 of warm-up).</summary>
        public int AllocationOperations { get; init; } = 10000;

        /// <summary>Gets the repetitions of each efficiency phase; the figure is their median.</summary>
        public int Repetitions { get; init; } = 7;

        public static BenchmarkSettings Full => new BenchmarkSettings();

        public static BenchmarkSettings Quick => new BenchmarkSettings { SendBytes = 1024L * 1024, MaxSendOperations = 10000, RecvOperations = 700, Repetitions = 5 };

        public int SendOperations(int size)
        {
            return (int)Math.Max(1, Math.Min(MaxSendOperations, SendBytes / size));
        }
    }

    /// <summary>One output line: <c>name value unit</c>.</summary>
    public sealed class Figure
    {
        public Figure(string name, double value, string unit)
        {
            Name = name;
            Value = value;
            Unit = unit;
        }

        public string Name { get; }

        public double Value { get; }

        public string Unit { get; }

        public override string ToString()
        {
            string text = Unit == "ratio" ? Value.ToString("F4", CultureInfo.InvariantCulture) : Value.ToString("0.##", CultureInfo.InvariantCulture);
            return Name + " " + text + " " + Unit;
        }
    }
}
