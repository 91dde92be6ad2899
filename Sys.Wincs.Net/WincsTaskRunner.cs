// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Threading;
using Drivers.Wincs02;

namespace Sys.Wincs.Net
{
    /// <summary>
    /// Optional helper that calls <see cref="WincDriver.Tasks"/> on a thread of its own every
    /// <see cref="PeriodMs"/> milliseconds, for applications that do not want a main loop (the
    /// Harmony equivalent is the RTOS task that runs <c>SYS_Tasks</c>). Service callbacks then run
    /// on that thread. Blocking Mbed-style calls from other threads work with or without it.
    /// </summary>
    public sealed class WincsTaskRunner
    {
        /// <summary>Default period between two Tasks calls, in milliseconds.</summary>
        public const int DefaultPeriodMs = 2;

        private readonly WincDriver _driver;
        private readonly object _lock = new object();
        private Thread _thread;
        private int _stop;
        private int _periodMs;

        /// <summary>Creates a runner with the <see cref="DefaultPeriodMs"/> period.</summary>
        /// <param name="driver">The driver.</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        public WincsTaskRunner(WincDriver driver)
            : this(driver, DefaultPeriodMs)
        {
        }

        /// <summary>Creates a runner.</summary>
        /// <param name="driver">The driver.</param>
        /// <param name="periodMs">Milliseconds between two Tasks calls (0 only yields).</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodMs"/> is negative.</exception>
        public WincsTaskRunner(WincDriver driver, int periodMs)
        {
            if (driver == null)
            {
                throw new ArgumentNullException();
            }

            _driver = driver;
            PeriodMs = periodMs;
        }

        /// <summary>Gets or sets the milliseconds between two Tasks calls.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
        public int PeriodMs
        {
            get
            {
                return _periodMs;
            }

            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _periodMs = value;
            }
        }

        /// <summary>Gets a value indicating whether the thread runs.</summary>
        public bool IsRunning
        {
            get
            {
                lock (_lock)
                {
                    return _thread != null && _thread.IsAlive;
                }
            }
        }

        /// <summary>Gets the number of Tasks calls made.</summary>
        public int Iterations { get; private set; }

        /// <summary>Gets the number of exceptions Tasks threw (the loop goes on).</summary>
        public int Exceptions { get; private set; }

        /// <summary>Starts the thread; does nothing when it already runs.</summary>
        public void Start()
        {
            lock (_lock)
            {
                if (_thread != null && _thread.IsAlive)
                {
                    return;
                }

                Interlocked.Exchange(ref _stop, 0);
                _thread = new Thread(Run);
                _thread.Start();
            }
        }

        /// <summary>Stops the thread and waits for it, at most <paramref name="timeoutMs"/> milliseconds.</summary>
        /// <param name="timeoutMs">Longest wait.</param>
        /// <returns>True when the thread has ended (or never ran); false when it is still finishing a Tasks call, or when called from the runner's own thread (it ends after the current call).</returns>
        public bool Stop(int timeoutMs)
        {
            Thread thread;
            lock (_lock)
            {
                thread = _thread;
                Interlocked.Exchange(ref _stop, 1);
            }

            if (thread == null)
            {
                return true;
            }

            if (thread == Thread.CurrentThread)
            {
                return false;
            }

            return thread.Join(timeoutMs < 0 ? 0 : timeoutMs);
        }

        private void Run()
        {
            while (Interlocked.CompareExchange(ref _stop, 0, 0) == 0)
            {
                try
                {
                    _driver.Tasks();
                }
                catch (Exception)
                {
                    Exceptions++;
                }

                Iterations++;
                Thread.Sleep(_periodMs);
            }
        }
    }
}
