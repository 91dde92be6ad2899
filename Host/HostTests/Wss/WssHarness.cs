// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator.Firmware;
using Sys.Wss;

namespace nanoWincs.Host.Tests.Wss
{
    /// <summary>
    /// WssServer with an echo application (text echoed as text, binary as binary) on the whole host
    /// stack: emulated module with real loopback sockets, driver, net service. One thread plays the
    /// application's loop (Driver.Tasks, then WssServer.Task), as on the device; tests talk to the
    /// server over real TCP from other threads and run anything else on the loop through
    /// <see cref="Invoke"/>. The module's listen port maps to an ephemeral host port (<see cref="HostPort"/>).
    /// </summary>
    internal sealed class WssHarness : IDisposable
    {
        private readonly ConcurrentQueue<Action> _work = new ConcurrentQueue<Action>();
        private readonly List<(WssEvent Event, int Client, int Code)> _events = new List<(WssEvent, int, int)>();
        private readonly Thread _loop;
        private volatile bool _stop;
        private volatile Exception _loopFailure;
        private int _echoFailures;
        private int _echoed;

        public WssHarness(Action<WssConfig> configure = null, Action<FirmwareOptions> firmware = null, bool start = true)
        {
            Config = new WssConfig
            {
                Port = 8000,
                MaxClients = 4,
                MaxMessageSize = 64 * 1024,
                ClientTimeoutMs = 120000,
                CloseTimeoutMs = 3000,
            };
            configure?.Invoke(Config);
            Stack = new NetStack(o =>
            {
                o.ListenPortMap[Config.Port] = 0;
                firmware?.Invoke(o);
            });
            Server = new WssServer(Stack.Net);
            Echo = true;
            if (start)
            {
                Start();
            }

            _loop = new Thread(Loop) { IsBackground = true, Name = "application loop (Tasks)" };
            _loop.Start();
            if (start)
            {
                WaitForListener();
            }
        }

        public NetStack Stack { get; }

        public WssServer Server { get; }

        public WssConfig Config { get; }

        /// <summary>Gets the loopback port the module's listening socket really uses.</summary>
        public int HostPort { get; private set; }

        /// <summary>Gets or sets a value indicating whether messages are echoed (default true).</summary>
        public bool Echo { get; set; }

        /// <summary>Gets or sets extra application behaviour (runs on the loop, after the echo).</summary>
        public Action<WssEvent, object, int> Application { get; set; }

        public int EchoFailures => Volatile.Read(ref _echoFailures);

        public int Echoed => Volatile.Read(ref _echoed);

        /// <summary>Gets or sets how long the loop sleeps when idle (0 = yield only).</summary>
        public int IdleSleepMs { get; set; }

        /// <summary>Gets the managed thread id of the application loop.</summary>
        public int LoopThreadId => _loop.ManagedThreadId;

        public void Start()
        {
            Assert.AreEqual(WssResult.Success, Server.Initialize(Config, OnEvent, this));
        }

        public void WaitForListener()
        {
            IPEndPoint endPoint = null;
            WaitUntil(() => Stack.Firmware.TryGetHostEndPoint(Config.Port, false, out endPoint) && Invoke(() => Server.IsListening), "the listening socket", TimeSpan.FromSeconds(10));
            HostPort = endPoint.Port;
        }

        public List<(WssEvent Event, int Client, int Code)> Events()
        {
            lock (_events)
            {
                return new List<(WssEvent, int, int)>(_events);
            }
        }

        public int Count(WssEvent e)
        {
            lock (_events)
            {
                return _events.FindAll(x => x.Event == e).Count;
            }
        }

        public void ClearEvents()
        {
            lock (_events)
            {
                _events.Clear();
            }
        }

        /// <summary>Runs <paramref name="action"/> on the application loop and waits for it (bounded).</summary>
        public T Invoke<T>(Func<T> action)
        {
            if (Thread.CurrentThread == _loop)
            {
                return action();
            }

            T result = default;
            Exception failure = null;
            using var done = new ManualResetEventSlim();
            _work.Enqueue(() =>
            {
                try
                {
                    result = action();
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
                finally
                {
                    done.Set();
                }
            });
            if (!done.Wait(NetStack.Wait))
            {
                Assert.Fail("the application loop did not run the request" + LoopState());
            }

            if (failure != null)
            {
                throw new AssertFailedException("on the application loop: " + failure.Message, failure);
            }

            return result;
        }

        public void Invoke(Action action)
        {
            Invoke(() =>
            {
                action();
                return 0;
            });
        }

        public void WaitUntil(Func<bool> condition, string what, TimeSpan? limit = null)
        {
            var watch = Stopwatch.StartNew();
            TimeSpan max = limit ?? NetStack.Wait;
            while (!condition())
            {
                if (watch.Elapsed > max)
                {
                    Assert.Fail("timed out waiting for " + what + LoopState());
                }

                Thread.Sleep(2);
            }
        }

        /// <summary>Waits until every slot is closed (the previous connection is fully gone).</summary>
        public void WaitAllClosed()
        {
            WaitUntil(() => Invoke(() =>
            {
                for (int i = 0; i < Config.MaxClients; i++)
                {
                    if (Server.GetClientState(i) != WssState.Closed)
                    {
                        return false;
                    }
                }

                return true;
            }), "every client slot closed");
        }

        public string LoopState()
        {
            string events;
            lock (_events)
            {
                var parts = new List<string>();
                int from = Math.Max(0, _events.Count - 20);
                for (int i = from; i < _events.Count; i++)
                {
                    parts.Add(_events[i].Client + ":" + _events[i].Event + (_events[i].Code != 0 ? "(" + _events[i].Code + ")" : string.Empty));
                }

                events = string.Join(", ", parts);
            }

            return " | loop " + (_loopFailure != null ? "FAILED: " + _loopFailure : "running") + ", echo failures " + EchoFailures + ", last WSS events: " + events + Stack.Diagnostics();
        }

        public void Dispose()
        {
            try
            {
                Invoke(() => Server.Deinitialize());
            }
            finally
            {
                _stop = true;
                _loop.Join(TimeSpan.FromSeconds(5));
                Stack.Dispose();
            }

            if (_loopFailure != null)
            {
                Assert.Fail("the application loop failed: " + _loopFailure);
            }
        }

        private void Loop()
        {
            try
            {
                while (!_stop)
                {
                    Stack.Driver.Tasks();
                    Server.Task();
                    bool worked = false;
                    while (_work.TryDequeue(out Action action))
                    {
                        action();
                        worked = true;
                    }

                    if (!worked)
                    {
                        if (IdleSleepMs > 0)
                        {
                            Thread.Sleep(IdleSleepMs);
                        }
                        else
                        {
                            Thread.Yield();
                        }
                    }
                }
            }
            catch (Exception ex)
            {
                _loopFailure = ex;
            }
        }

        private void OnEvent(WssEvent wssEvent, object data, int clientIndex, object cookie)
        {
            Assert.AreSame(this, cookie);
            int code = data is WssRxData rx && (wssEvent == WssEvent.ClientClosing || wssEvent == WssEvent.ErrInvalidFrame || wssEvent == WssEvent.ClientCloseFrameRx) ? rx.CloseCode : 0;
            lock (_events)
            {
                _events.Add((wssEvent, clientIndex, code));
            }

            if (Echo && (wssEvent == WssEvent.ClientTxtDataRx || wssEvent == WssEvent.ClientBinDataRx))
            {
                var message = (WssRxData)data;
                WssResult r = Server.SendMessage(true, message.Frame, message.Data, message.Offset, message.Length, clientIndex);
                if (r == WssResult.Success)
                {
                    Interlocked.Increment(ref _echoed);
                }
                else
                {
                    Interlocked.Increment(ref _echoFailures);
                }
            }

            Application?.Invoke(wssEvent, data, clientIndex);
        }
    }
}
