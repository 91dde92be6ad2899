// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// The module's single "CPU": one thread that runs work items one at a time, in due-time order and
    /// FIFO among equal due times. Everything that touches firmware state runs here, so the firmware
    /// needs no locks; network completions and the SPI thread only post work.
    /// </summary>
    internal sealed class ModuleCpu : IDisposable
    {
        private readonly object _lock = new object();
        private readonly PriorityQueue<WorkItem, (long Due, long Order)> _queue = new PriorityQueue<WorkItem, (long, long)>();
        private readonly ConcurrentQueue<Exception> _errors = new ConcurrentQueue<Exception>();
        private readonly Thread _thread;
        private long _order;
        private bool _stopping;
        private int _running;

        public ModuleCpu(string name)
        {
            _thread = new Thread(Run) { IsBackground = true, Name = name };
            _thread.Start();
        }

        /// <summary>Exceptions thrown by work items (the CPU keeps running after each).</summary>
        public IReadOnlyCollection<Exception> Errors
        {
            get { return _errors; }
        }

        /// <summary>True when called from the CPU thread.</summary>
        public bool IsCurrent
        {
            get { return Thread.CurrentThread == _thread; }
        }

        /// <summary>True when no work is queued or running (timers due later count as queued).</summary>
        public bool IsIdle
        {
            get
            {
                lock (_lock)
                {
                    return _queue.Count == 0 && Volatile.Read(ref _running) == 0;
                }
            }
        }

        /// <summary>Runs <paramref name="action"/> as soon as the CPU is free.</summary>
        public CpuTimer Post(Action action)
        {
            return Schedule(TimeSpan.Zero, action);
        }

        /// <summary>Runs <paramref name="action"/> after <paramref name="delay"/> unless cancelled first.</summary>
        public CpuTimer Schedule(TimeSpan delay, Action action)
        {
            var timer = new CpuTimer(action);
            long due = Stopwatch.GetTimestamp() + (delay <= TimeSpan.Zero ? 0 : (long)(delay.TotalSeconds * Stopwatch.Frequency));
            lock (_lock)
            {
                if (_stopping)
                {
                    timer.Cancel();
                    return timer;
                }

                _queue.Enqueue(new WorkItem(timer), (due, _order++));
                Monitor.Pulse(_lock);
            }

            return timer;
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _stopping = true;
                _queue.Clear();
                Monitor.Pulse(_lock);
            }

            if (!IsCurrent)
            {
                _thread.Join(TimeSpan.FromSeconds(5));
            }
        }

        private void Run()
        {
            while (true)
            {
                CpuTimer next;
                lock (_lock)
                {
                    while (true)
                    {
                        if (_stopping)
                        {
                            return;
                        }

                        if (_queue.TryPeek(out WorkItem item, out (long Due, long Order) key))
                        {
                            long wait = key.Due - Stopwatch.GetTimestamp();
                            if (wait <= 0)
                            {
                                _queue.Dequeue();
                                next = item.Timer;
                                Volatile.Write(ref _running, 1);
                                break;
                            }

                            int ms = (int)Math.Min(1000, Math.Max(1, wait * 1000 / Stopwatch.Frequency));
                            Monitor.Wait(_lock, ms);
                        }
                        else
                        {
                            Monitor.Wait(_lock, 1000);
                        }
                    }
                }

                try
                {
                    next.Fire();
                }
                catch (Exception ex)
                {
                    _errors.Enqueue(ex);
                    Debug.WriteLine("ModuleCpu: " + ex);
                }
                finally
                {
                    Volatile.Write(ref _running, 0);
                }
            }
        }

        private readonly struct WorkItem
        {
            public WorkItem(CpuTimer timer)
            {
                Timer = timer;
            }

            public CpuTimer Timer { get; }
        }
    }
}
