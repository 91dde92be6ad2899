// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// The WINCS02 command processor: decodes every REQ the SDIO slave hands over, answers with zero or
    /// more RSP then exactly one STATUS, strictly in arrival order, and raises AECs when events happen.
    /// Its network side is made of real host sockets (loopback by default).
    /// </summary>
    /// <remarks>
    /// Threading: <see cref="OnCommand"/> and <see cref="OnReset"/> only queue work and return. One
    /// "module CPU" thread runs commands, timers and network completions one at a time, so firmware
    /// state is never shared between threads. Every timer and network wait is bounded.
    /// </remarks>
    public sealed partial class ModuleFirmware : IModuleFirmware, IDisposable
    {
        private const int MaxDiagnostics = 256;

        private readonly FirmwareOptions _options;
        private readonly ModuleCpu _cpu;
        private readonly Dictionary<ushort, Func<CommandContext, ushort>> _handlers = new Dictionary<ushort, Func<CommandContext, ushort>>();
        private readonly object _inboxLock = new object();
        private readonly Queue<byte[]> _inbox = new Queue<byte[]>();
        private readonly ConcurrentDictionary<ushort, InjectedFailure> _failures = new ConcurrentDictionary<ushort, InjectedFailure>();
        private readonly ConcurrentQueue<string> _diagnostics = new ConcurrentQueue<string>();
        private readonly List<Action> _afterStatus = new List<Action>();
        private IModuleHost _host;
        private bool _pumpScheduled;
        private bool _resetPending;
        private bool _booted;
        private int _generation;
        private long _responseDelayTicks;
        private long _messagesPosted;
        private bool _disposed;

        /// <summary>Creates a firmware with default options.</summary>
        public ModuleFirmware()
            : this(new FirmwareOptions())
        {
        }

        /// <summary>Creates a firmware. It boots (and posts BOOT) after the first <see cref="OnReset"/>.</summary>
        /// <param name="options">Identity, environment and timing of the emulated module.</param>
        public ModuleFirmware(FirmwareOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _cpu = new ModuleCpu("WINCS02 module CPU");
            RegisterSystem();
            RegisterStation();
            RegisterScan();
            RegisterSoftAp();
            RegisterNetwork();
            RegisterSockets();
            RegisterTls();
            RegisterFiles();
            RegisterOta();
            ResetState();
        }

        /// <summary>Raised (on the module CPU) when the firmware restarts itself because of an RST command.</summary>
        public event Action Restarted;

        /// <summary>The options the firmware runs with.</summary>
        public FirmwareOptions Options
        {
            get { return _options; }
        }

        /// <summary>True once BOOT has been posted after the last reset.</summary>
        public bool IsBooted
        {
            get { return Volatile.Read(ref _booted); }
        }

        /// <summary>Messages posted to the host so far.</summary>
        public long MessagesPosted
        {
            get { return Interlocked.Read(ref _messagesPosted); }
        }

        /// <summary>
        /// Time the module spends on each command before answering (a slow module). Commands stay in
        /// order; AECs from network events are not delayed.
        /// </summary>
        public TimeSpan ResponseDelay
        {
            get { return TimeSpan.FromTicks(Interlocked.Read(ref _responseDelayTicks)); }
            set { Interlocked.Exchange(ref _responseDelayTicks, value.Ticks); }
        }

        /// <summary>Exceptions that escaped a work item of the module CPU (tests assert this stays empty).</summary>
        public IReadOnlyCollection<Exception> Errors
        {
            get { return _cpu.Errors; }
        }

        /// <summary>Why recent commands were rejected or events dropped (most recent last, bounded).</summary>
        public IReadOnlyCollection<string> Diagnostics
        {
            get { return _diagnostics; }
        }

        /// <inheritdoc/>
        public void Attach(IModuleHost host)
        {
            Volatile.Write(ref _host, host);
        }

        /// <inheritdoc/>
        public void OnCommand(ReadOnlySpan<byte> message)
        {
            byte[] copy = message.ToArray();
            lock (_inboxLock)
            {
                _inbox.Enqueue(copy);
                SchedulePumpLocked();
            }
        }

        /// <inheritdoc/>
        public void OnReset()
        {
            lock (_inboxLock)
            {
                _inbox.Clear();
                _resetPending = true;
            }

            _cpu.Post(() => Restart(false));
        }

        /// <summary>
        /// Makes the next <paramref name="count"/> executions of a command answer <paramref name="status"/>
        /// without doing anything else.
        /// </summary>
        /// <param name="commandId">Command id (see <see cref="CommandId"/>).</param>
        /// <param name="status">Status to answer (see <see cref="StatusCode"/>).</param>
        /// <param name="count">How many times; int.MaxValue until <see cref="ClearFailures"/>.</param>
        public void FailCommand(ushort commandId, ushort status, int count = 1)
        {
            _failures[commandId] = new InjectedFailure(status, count);
        }

        /// <summary>Removes every injected command failure.</summary>
        public void ClearFailures()
        {
            _failures.Clear();
            _cpu.Post(() => _socketWriteFailures = 0);
        }

        /// <summary>
        /// Posts a raw module-to-host message (any content, any length) through the normal queue, e.g.
        /// to test the transport with a message larger than the host's receive buffer.
        /// </summary>
        /// <param name="message">Bytes to post.</param>
        public void PostRawMessage(byte[] message)
        {
            byte[] copy = (byte[])message.Clone();
            _cpu.Post(() => Send(copy));
        }

        /// <summary>Posts a well-formed AEC (SIHEAP id, one BYTE_ARRAY) whose total length is <paramref name="totalLength"/>.</summary>
        /// <param name="totalLength">Total message bytes, at least 16 and a multiple of 4.</param>
        public void PostOversizedMessage(int totalLength)
        {
            if (totalLength < 16 || (totalLength & 3) != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(totalLength), "at least 16 and a multiple of 4");
            }

            var payload = new byte[totalLength - 16];
            for (int i = 0; i < payload.Length; i++)
            {
                payload[i] = (byte)i;
            }

            PostRawMessage(new WireMessageBuilder().Bytes(payload).BuildAec(AecId.Siheap));
        }

        /// <summary>Waits until no command is queued and the CPU has nothing due now (timers due later do not count).</summary>
        /// <param name="timeout">Longest wait.</param>
        /// <returns>False on timeout.</returns>
        public bool WaitForIdle(TimeSpan timeout)
        {
            DateTime end = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < end)
            {
                var done = new ManualResetEventSlim(false);
                _cpu.Post(done.Set);
                if (!done.Wait(end - DateTime.UtcNow))
                {
                    return false;
                }

                lock (_inboxLock)
                {
                    if (_inbox.Count == 0 && !_pumpScheduled)
                    {
                        return true;
                    }
                }

                Thread.Sleep(1);
            }

            return false;
        }

        /// <inheritdoc/>
        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            var done = new ManualResetEventSlim(false);
            _cpu.Post(() =>
            {
                _generation++;
                CloseAllSockets();
                StopBackgroundWork();
                done.Set();
            });
            done.Wait(TimeSpan.FromSeconds(5));
            _cpu.Dispose();
        }

        /// <summary>Posts one message to the host (CPU thread).</summary>
        private void Send(byte[] message)
        {
            IModuleHost host = Volatile.Read(ref _host);
            if (host == null)
            {
                Note("no host attached: message dropped");
                return;
            }

            Interlocked.Increment(ref _messagesPosted);
            host.PostToHost(message);
        }

        private void SendAec(ushort aecId, WireMessageBuilder builder)
        {
            Send(builder.BuildAec(aecId));
        }

        private void Note(string text)
        {
            _diagnostics.Enqueue(text);
            while (_diagnostics.Count > MaxDiagnostics && _diagnostics.TryDequeue(out _))
            {
            }
        }

        /// <summary>Runs <paramref name="action"/> on the CPU after <paramref name="delay"/>, unless the module resets first.</summary>
        private CpuTimer After(TimeSpan delay, Action action)
        {
            int generation = _generation;
            return _cpu.Schedule(delay, () =>
            {
                if (generation == _generation)
                {
                    action();
                }
            });
        }

        /// <summary>Posts <paramref name="action"/> to the CPU from any thread, dropped if the module resets first.</summary>
        private void Dispatch(int generation, Action action)
        {
            _cpu.Post(() =>
            {
                if (generation == _generation)
                {
                    action();
                }
            });
        }

        private void SchedulePumpLocked()
        {
            if (!_pumpScheduled && _inbox.Count > 0 && !_resetPending)
            {
                _pumpScheduled = true;
                _cpu.Post(Pump);
            }
        }

        private void Pump()
        {
            byte[] next;
            lock (_inboxLock)
            {
                if (!_booted || _resetPending || _inbox.Count == 0)
                {
                    _pumpScheduled = false;
                    return;
                }

                next = _inbox.Dequeue();
            }

            TimeSpan delay = ResponseDelay;
            if (delay > TimeSpan.Zero)
            {
                After(delay, () => ExecuteAndContinue(next));
            }
            else
            {
                ExecuteAndContinue(next);
            }
        }

        private void ExecuteAndContinue(byte[] message)
        {
            try
            {
                Execute(message);
            }
            finally
            {
                lock (_inboxLock)
                {
                    _pumpScheduled = false;
                    SchedulePumpLocked();
                }
            }
        }

        private void Execute(byte[] message)
        {
            WireRequest request = WireRequest.Parse(message);
            if (request == null)
            {
                Note("message of " + message.Length + " bytes too short to answer");
                return;
            }

            var ctx = new CommandContext(request, Send);
            ushort status;
            _afterStatus.Clear();
            if (request.Error != StatusCode.Ok)
            {
                Note("command " + request.CommandId.ToString("X4") + " seq " + request.Sequence + ": " + request.ErrorText);
                status = request.Error;
            }
            else if (TakeInjectedFailure(request.CommandId, out ushort injected))
            {
                status = injected;
            }
            else if (!_handlers.TryGetValue(request.CommandId, out Func<CommandContext, ushort> handler))
            {
                Note("command " + request.CommandId.ToString("X4") + " unknown");
                status = StatusCode.UnknownCmd;
            }
            else
            {
                try
                {
                    status = handler(ctx);
                }
                catch (CommandException ex)
                {
                    Note("command " + request.CommandId.ToString("X4") + " seq " + request.Sequence + ": " + ex.Message);
                    status = ex.Status;
                    _afterStatus.Clear();
                }
            }

            Send(WireMessageBuilder.BuildStatus(request.CommandId, request.Sequence, status));
            if (status == StatusCode.Ok)
            {
                foreach (Action action in _afterStatus.ToArray())
                {
                    action();
                }
            }

            _afterStatus.Clear();
        }

        /// <summary>Queues an action that runs right after the current command's STATUS (only if it is OK).</summary>
        private void AfterStatus(Action action)
        {
            _afterStatus.Add(action);
        }

        private bool TakeInjectedFailure(ushort commandId, out ushort status)
        {
            status = StatusCode.Ok;
            while (_failures.TryGetValue(commandId, out InjectedFailure failure))
            {
                if (failure.Remaining <= 0)
                {
                    _failures.TryRemove(new KeyValuePair<ushort, InjectedFailure>(commandId, failure));
                    return false;
                }

                var next = new InjectedFailure(failure.Status, failure.Remaining == int.MaxValue ? int.MaxValue : failure.Remaining - 1);
                if (_failures.TryUpdate(commandId, next, failure))
                {
                    status = failure.Status;
                    return true;
                }
            }

            return false;
        }

        /// <summary>Forgets everything volatile and boots again after the boot delay (CPU thread).</summary>
        private void Restart(bool bySelf)
        {
            _generation++;
            _booted = false;
            CloseAllSockets();
            StopBackgroundWork();
            BootActivatedImage();
            ResetState();
            lock (_inboxLock)
            {
                // A command delayed by ResponseDelay was dropped with the old generation: the pump restarts at boot.
                _resetPending = false;
                _pumpScheduled = false;
            }

            if (bySelf)
            {
                Restarted?.Invoke();
            }

            After(_options.BootDelay, () =>
            {
                Volatile.Write(ref _booted, true);
                Send(new WireMessageBuilder().BuildAec(AecId.Boot));
                lock (_inboxLock)
                {
                    SchedulePumpLocked();
                }
            });
        }

        private void ResetState()
        {
            ResetSystemState();
            ResetStationState();
            ResetScanState();
            ResetSoftApState();
            ResetNetworkState();
            ResetSocketState();
            ResetTlsState();
            ResetFileState();
            ResetOtaState();
        }

        private void StopBackgroundWork()
        {
            StopOta();
        }

        private readonly struct InjectedFailure
        {
            public InjectedFailure(ushort status, int remaining)
            {
                Status = status;
                Remaining = remaining;
            }

            public ushort Status { get; }

            public int Remaining { get; }
        }
    }
}
