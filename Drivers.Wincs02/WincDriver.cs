// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Bus;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Transport;

namespace Drivers.Wincs02
{
    /// <summary>
    /// The WINCS02 driver core (the <c>WDRV_WINC</c> shape): hard reset and bring-up run by the
    /// task-polled <see cref="Tasks"/>, boot queries (CFG, DI, NVMC), a preallocated pool of command
    /// requests matched to their responses by command id and sequence number, per-request timeouts,
    /// AEC dispatch, and recovery from bus errors and unexpected module resets.
    /// </summary>
    /// <remarks>
    /// Nothing blocks: every wait is a deadline checked by <see cref="Tasks"/> (call it from the
    /// application loop, e.g. every few milliseconds). All callbacks run inside <see cref="Tasks"/>
    /// on its thread; exceptions they throw are caught and counted (<see cref="CallbackExceptions"/>)
    /// so a faulty handler cannot break the transport. Public members may be called from other
    /// threads; a lock serializes them with <see cref="Tasks"/>.
    /// </remarks>
    public sealed class WincDriver : IMessageHandler
    {
        /// <summary>Requests in the default pool.</summary>
        public const int DefaultRequestCount = 8;

        /// <summary>Bytes per request burst by default: room for a full SOCKWRTO (1472 bytes of data) and its header.</summary>
        public const int DefaultBurstCapacity = 1600;

        /// <summary>Default time the module has to answer a request, in milliseconds.</summary>
        public const int DefaultRequestTimeoutMs = 5000;

        /// <summary>Length of each half of the RESETN pulse (low, then high before the bring-up), in milliseconds.</summary>
        public const int ResetPulseMs = 100;

        /// <summary>Interval between two SDIO bring-up steps, in milliseconds.</summary>
        public const int InitStepIntervalMs = 100;

        /// <summary>Bring-up steps allowed to report "still booting" after a hard reset (about 10 s).</summary>
        public const int ResetWaitBudget = 100;

        /// <summary>Bring-up steps allowed after a bus error, when no hard reset is done (about 1 s).</summary>
        public const int CommsErrorWaitBudget = 10;

        /// <summary>Times a failed bring-up (CMD5 or configuration failure) starts over before giving up.</summary>
        public const int MaxInitRetries = 3;

        /// <summary>AEC handlers that can be registered (<c>WINC_DEV_NUM_AEC_CB_ENTRIES</c>).</summary>
        public const int MaxAecHandlers = 5;

        /// <summary>System event handlers services can add besides the application's.</summary>
        public const int MaxSystemEventHandlers = 6;

        /// <summary>Task handlers services can add (<see cref="AddTaskHandler"/>).</summary>
        public const int MaxTaskHandlers = 8;

        /// <summary>Major version of this driver.</summary>
        public const int VersionMajor = 1;

        /// <summary>Minor version of this driver.</summary>
        public const int VersionMinor = 0;

        /// <summary>Patch number of this driver.</summary>
        public const int VersionPatch = 0;

        private readonly object _sync = new object();
        private readonly IMessageDevice _device;
        private readonly IWincsBus _bus;
        private readonly IWincClock _clock;
        private readonly WincRequest[] _pool;
        private readonly AecHandler[] _aecHandlers = new AecHandler[MaxAecHandlers];
        private readonly SystemEventHandler[] _systemHandlers = new SystemEventHandler[MaxSystemEventHandlers];
        private readonly DriverTaskHandler[] _taskHandlers = new DriverTaskHandler[MaxTaskHandlers];
        private readonly MessageReader _reader = new MessageReader();
        private readonly FirmwareVersionInfo _firmware = new FirmwareVersionInfo();
        private readonly DeviceInfo _deviceInfo = new DeviceInfo();
        private readonly RequestEventHandler _bootHandler;

        private SystemEventHandler _applicationHandler;
        private DriverState _state = DriverState.Uninitialized;
        private SystemStatus _status = SystemStatus.Uninitialized;
        private long _stateTicks;
        private long _lastStepTicks;
        private bool _stepDue;
        private int _waitCount;
        private int _waitBudget;
        private int _retryCount;
        private long _submitCounter;
        private bool _busErrorPending;
        private bool _moduleResetPending;

        // the module announces every boot with BOOT; the one after the driver's own RESETN pulse is no surprise
        private bool _bootAecExpected;
        private WincRequest _bootRequest;
        private int _defaultTimeoutMs = DefaultRequestTimeoutMs;

        /// <summary>Creates the driver with the device clock and the default pool.</summary>
        /// <param name="device">The message transport.</param>
        /// <param name="bus">The bus, for RESETN.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public WincDriver(IMessageDevice device, IWincsBus bus)
            : this(device, bus, new SystemClock(), DefaultRequestCount, DefaultBurstCapacity)
        {
        }

        /// <summary>Creates the driver.</summary>
        /// <param name="device">The message transport; the driver becomes its handler.</param>
        /// <param name="bus">The bus, for RESETN.</param>
        /// <param name="clock">Time base of waits and timeouts.</param>
        /// <param name="requestCount">Requests in the pool (at least 1).</param>
        /// <param name="burstCapacity">Bytes per request burst (a multiple of 4, at least 64).</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
        public WincDriver(IMessageDevice device, IWincsBus bus, IWincClock clock, int requestCount, int burstCapacity)
        {
            if (device == null || bus == null || clock == null)
            {
                throw new ArgumentNullException();
            }

            if (requestCount < 1 || burstCapacity < 64 || (burstCapacity & 3) != 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            _device = device;
            _bus = bus;
            _clock = clock;
            _pool = new WincRequest[requestCount];
            for (int i = 0; i < requestCount; i++)
            {
                _pool[i] = new WincRequest(i, burstCapacity);
            }

            _bootHandler = OnBootRequestEvent;
            _device.SetHandler(this);
        }

        /// <summary>
        /// Gets the lock that serializes the driver with <see cref="Tasks"/>. Services lock it around
        /// their own state so that API calls from other threads and callbacks (which run inside
        /// Tasks with this lock held) never interleave, and so that lock order is always driver first.
        /// </summary>
        public object SyncRoot => _sync;

        /// <summary>Gets the state of the driver (<c>WDRV_WINC_Status</c>).</summary>
        public SystemStatus Status => _status;

        /// <summary>Gets a value indicating whether requests can be submitted.</summary>
        public bool IsReady => _status == SystemStatus.Ready;

        /// <summary>Gets the time base of the driver's waits and timeouts (services use it for their own deadlines).</summary>
        public IWincClock Clock => _clock;

        /// <summary>Gets or sets the timeout given to newly allocated requests, in milliseconds.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
        public int DefaultTimeoutMs
        {
            get
            {
                return _defaultTimeoutMs;
            }

            set
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _defaultTimeoutMs = value;
            }
        }

        /// <summary>Gets the number of requests in the pool that are free.</summary>
        public int FreeRequestCount
        {
            get
            {
                lock (_sync)
                {
                    int n = 0;
                    for (int i = 0; i < _pool.Length; i++)
                    {
                        if (_pool[i].State == RequestState.Free)
                        {
                            n++;
                        }
                    }

                    return n;
                }
            }
        }

        /// <summary>Gets the number of submitted requests not yet complete.</summary>
        public int OutstandingRequestCount
        {
            get
            {
                lock (_sync)
                {
                    int n = 0;
                    for (int i = 0; i < _pool.Length; i++)
                    {
                        RequestState s = _pool[i].State;
                        if (s == RequestState.Queued || s == RequestState.Sent)
                        {
                            n++;
                        }
                    }

                    return n;
                }
            }
        }

        /// <summary>Gets the number of module messages dropped because they were malformed.</summary>
        public int MalformedMessages { get; private set; }

        /// <summary>Gets the number of module messages the transport discarded because they did not fit its receive buffer.</summary>
        public int DiscardedMessages { get; private set; }

        /// <summary>Gets the number of STATUS/RSP messages that matched no outstanding command (late, unknown id or sequence).</summary>
        public int UnmatchedMessages { get; private set; }

        /// <summary>Gets the number of exceptions thrown by callbacks and swallowed.</summary>
        public int CallbackExceptions { get; private set; }

        /// <summary>Gets the number of times <see cref="AllocateRequest(RequestEventHandler, object)"/> found the pool empty.</summary>
        public int PoolExhaustedCount { get; private set; }

        /// <summary>Starts the driver (<c>WDRV_WINC_Initialize</c>): the next <see cref="Tasks"/> calls pulse RESETN and bring the module up. Does nothing if already started.</summary>
        public void Initialize()
        {
            lock (_sync)
            {
                if (_state != DriverState.Uninitialized)
                {
                    return;
                }

                StartHardReset();
            }
        }

        /// <summary>Stops the driver (<c>WDRV_WINC_Deinitialize</c>): fails outstanding requests, drops queued bursts and holds the module in reset.</summary>
        public void Deinitialize()
        {
            lock (_sync)
            {
                FailAll(RequestResult.ModuleReset);
                _device.Restart();
                _bus.SetReset(true);
                _state = DriverState.Uninitialized;
                _status = SystemStatus.Uninitialized;
                _bootRequest = null;
            }
        }

        /// <summary>
        /// Resets the module with a real RESETN pulse (100 ms low, 100 ms high) and brings it up
        /// again, failing outstanding requests with <see cref="RequestResult.ModuleReset"/>. Fixes
        /// Harmony's <c>SYS_WINCS_SYSTEM_RESET</c>, which only drives RESETN high.
        /// </summary>
        /// <returns><see cref="DriverStatus.NotOpen"/> before <see cref="Initialize"/>, else Ok.</returns>
        public DriverStatus Reset()
        {
            lock (_sync)
            {
                if (_state == DriverState.Uninitialized)
                {
                    return DriverStatus.NotOpen;
                }

                StartHardReset();
                return DriverStatus.Ok;
            }
        }

        /// <summary>Sets the application's system event callback (<c>WDRV_WINC_RegisterSystemEventCallback</c>); null clears it.</summary>
        /// <param name="handler">The callback.</param>
        public void RegisterSystemEventCallback(SystemEventHandler handler)
        {
            lock (_sync)
            {
                _applicationHandler = handler;
            }
        }

        /// <summary>Adds a system event handler for a service (sockets, Wi-Fi...), besides the application's.</summary>
        /// <param name="handler">The handler.</param>
        /// <returns>False when all <see cref="MaxSystemEventHandlers"/> slots are taken.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
        public bool AddSystemEventHandler(SystemEventHandler handler)
        {
            return AddHandler(_systemHandlers, handler);
        }

        /// <summary>Removes a handler added with <see cref="AddSystemEventHandler"/>.</summary>
        /// <param name="handler">The handler.</param>
        public void RemoveSystemEventHandler(SystemEventHandler handler)
        {
            RemoveHandler(_systemHandlers, handler);
        }

        /// <summary>Adds a handler called at the end of every <see cref="Tasks"/> while the driver is ready.</summary>
        /// <param name="handler">The handler.</param>
        /// <returns>False when all <see cref="MaxTaskHandlers"/> slots are taken.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
        public bool AddTaskHandler(DriverTaskHandler handler)
        {
            if (handler == null)
            {
                throw new ArgumentNullException();
            }

            lock (_sync)
            {
                for (int i = 0; i < _taskHandlers.Length; i++)
                {
                    if (_taskHandlers[i] == null)
                    {
                        _taskHandlers[i] = handler;
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Removes a handler added with <see cref="AddTaskHandler"/>.</summary>
        /// <param name="handler">The handler.</param>
        public void RemoveTaskHandler(DriverTaskHandler handler)
        {
            lock (_sync)
            {
                for (int i = 0; i < _taskHandlers.Length; i++)
                {
                    if (_taskHandlers[i] == handler)
                    {
                        _taskHandlers[i] = null;
                    }
                }
            }
        }

        /// <summary>Registers an AEC handler (<c>WINC_DevAECCallbackRegister</c>); every AEC goes to every handler.</summary>
        /// <param name="handler">The handler.</param>
        /// <returns>False when all <see cref="MaxAecHandlers"/> slots are taken.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
        public bool RegisterAecHandler(AecHandler handler)
        {
            return AddHandler(_aecHandlers, handler);
        }

        /// <summary>Removes an AEC handler.</summary>
        /// <param name="handler">The handler.</param>
        public void UnregisterAecHandler(AecHandler handler)
        {
            RemoveHandler(_aecHandlers, handler);
        }

        // A feature service (sockets, Wi-Fi, network, OTA) takes one slot of each kind, or none.
        internal void AttachFeature(AecHandler aecHandler, SystemEventHandler systemHandler, DriverTaskHandler taskHandler)
        {
            if (!RegisterAecHandler(aecHandler))
            {
                throw new InvalidOperationException();
            }

            if (!AddSystemEventHandler(systemHandler))
            {
                UnregisterAecHandler(aecHandler);
                throw new InvalidOperationException();
            }

            if (!AddTaskHandler(taskHandler))
            {
                UnregisterAecHandler(aecHandler);
                RemoveSystemEventHandler(systemHandler);
                throw new InvalidOperationException();
            }
        }

        /// <summary>
        /// Takes a request from the pool (<c>WDRV_WINC_CmdReqInit</c>); write commands with its
        /// <see cref="WincRequest.Writer"/>, then <see cref="Submit"/> or <see cref="Release"/> it.
        /// </summary>
        /// <param name="handler">Receives the request's events, or null.</param>
        /// <param name="context">Caller state, available as <see cref="WincRequest.Context"/>.</param>
        /// <returns>The request, or null when the pool is exhausted (report <see cref="DriverStatus.RetryRequest"/>).</returns>
        public WincRequest AllocateRequest(RequestEventHandler handler, object context)
        {
            lock (_sync)
            {
                WincRequest r = Allocate(handler, context);
                if (r == null)
                {
                    PoolExhaustedCount++;
                }

                return r;
            }
        }

        /// <summary>Takes a request from the pool, reporting exhaustion as a driver status.</summary>
        /// <param name="handler">Receives the request's events, or null.</param>
        /// <param name="context">Caller state.</param>
        /// <param name="request">The request, or null.</param>
        /// <returns>Ok; <see cref="DriverStatus.RetryRequest"/> when every request is in use.</returns>
        public DriverStatus AllocateRequest(RequestEventHandler handler, object context, out WincRequest request)
        {
            request = AllocateRequest(handler, context);
            return request == null ? DriverStatus.RetryRequest : DriverStatus.Ok;
        }

        /// <summary>Returns a request that will not be submitted to the pool.</summary>
        /// <param name="request">A request from <see cref="AllocateRequest(RequestEventHandler, object)"/> not yet submitted.</param>
        public void Release(WincRequest request)
        {
            lock (_sync)
            {
                if (request != null && request.State == RequestState.Building && IsOurs(request))
                {
                    Free(request);
                }
            }
        }

        /// <summary>
        /// Queues a request for transmission (<c>WDRV_WINC_DevTransmitCmdReq</c>). On any result
        /// other than Ok the request has been returned to the pool.
        /// </summary>
        /// <param name="request">A request holding at least one complete command.</param>
        /// <returns>
        /// Ok; InvalidArg (not a request being built, no command, or a command left open);
        /// Busy while the driver (re)initializes; NotOpen when it is uninitialized or failed;
        /// RetryRequest when the transport queue is full.
        /// </returns>
        public DriverStatus Submit(WincRequest request)
        {
            lock (_sync)
            {
                if (request == null || !IsOurs(request) || request.State != RequestState.Building)
                {
                    return DriverStatus.InvalidArg;
                }

                if (request.Burst.Count == 0 || request.Writer.IsOpen)
                {
                    Free(request);
                    return DriverStatus.InvalidArg;
                }

                if (_state != DriverState.Ready)
                {
                    Free(request);
                    return _status == SystemStatus.Busy ? DriverStatus.Busy : DriverStatus.NotOpen;
                }

                if (!Enqueue(request))
                {
                    Free(request);
                    return DriverStatus.RetryRequest;
                }

                return DriverStatus.Ok;
            }
        }

        /// <summary>
        /// Runs the driver (<c>WDRV_WINC_Tasks</c>): reset pulse and bring-up steps when due, then,
        /// once running, the transport's pending work (interrupts, transmissions, receptions, whose
        /// callbacks run here), request timeouts and recovery.
        /// </summary>
        public void Tasks()
        {
            lock (_sync)
            {
                long now = _clock.UtcTicks;
                switch (_state)
                {
                    case DriverState.ResetLow:
                        if (now - _stateTicks >= ResetPulseMs * TimeSpan.TicksPerMillisecond)
                        {
                            _bus.SetReset(false);
                            _state = DriverState.ResetHigh;
                            _stateTicks = now;
                        }

                        break;

                    case DriverState.ResetHigh:
                        if (now - _stateTicks >= ResetPulseMs * TimeSpan.TicksPerMillisecond)
                        {
                            BeginInit(ResetWaitBudget);
                            Raise(SystemEvent.InitBegin);
                            if (_state == DriverState.InitStep)
                            {
                                Step(now);
                            }
                        }

                        break;

                    case DriverState.InitStep:
                        if (_stepDue || now - _lastStepTicks >= InitStepIntervalMs * TimeSpan.TicksPerMillisecond)
                        {
                            Step(now);
                        }

                        break;

                    case DriverState.BootQuery:
                    case DriverState.Ready:
                        Service(now);
                        break;
                }
            }
        }

        /// <summary>Copies the device information read at boot (<c>WDRV_WINC_InfoDeviceGet</c>).</summary>
        /// <param name="destination">Receives the information.</param>
        /// <returns>Ok; InvalidArg for null; NotOpen before <see cref="Initialize"/>; RequestError when the DI query has not succeeded.</returns>
        public DriverStatus InfoDeviceGet(DeviceInfo destination)
        {
            lock (_sync)
            {
                if (destination == null)
                {
                    return DriverStatus.InvalidArg;
                }

                if (_state == DriverState.Uninitialized)
                {
                    return DriverStatus.NotOpen;
                }

                if (!_deviceInfo.IsValid)
                {
                    return DriverStatus.RequestError;
                }

                _deviceInfo.CopyTo(destination);
                return DriverStatus.Ok;
            }
        }

        /// <summary>Copies the firmware version read at boot (<c>WDRV_WINC_InfoDeviceFirmwareVersionGet</c>).</summary>
        /// <param name="active">True for the running image (the only one CFG describes).</param>
        /// <param name="destination">Receives the version.</param>
        /// <returns>Ok; InvalidArg for null; OperationNotSupported for the inactive image (see <see cref="DeviceInfo.GetImageVersion"/>); NotOpen before <see cref="Initialize"/>; RequestError when the CFG query has not succeeded.</returns>
        public DriverStatus InfoDeviceFirmwareVersionGet(bool active, FirmwareVersionInfo destination)
        {
            lock (_sync)
            {
                if (destination == null)
                {
                    return DriverStatus.InvalidArg;
                }

                if (!active)
                {
                    return DriverStatus.OperationNotSupported;
                }

                if (_state == DriverState.Uninitialized)
                {
                    return DriverStatus.NotOpen;
                }

                if (!_firmware.IsValid)
                {
                    return DriverStatus.RequestError;
                }

                _firmware.CopyTo(destination);
                return DriverStatus.Ok;
            }
        }

        /// <summary>Gives the version of this driver (<c>WDRV_WINC_InfoDriverVersionGet</c>).</summary>
        /// <param name="destination">Receives the version.</param>
        /// <returns>Ok, or InvalidArg for null.</returns>
        public DriverStatus InfoDriverVersionGet(DriverVersionInfo destination)
        {
            if (destination == null)
            {
                return DriverStatus.InvalidArg;
            }

            destination.Major = VersionMajor;
            destination.Minor = VersionMinor;
            destination.Patch = VersionPatch;
            return DriverStatus.Ok;
        }

        /// <summary>Maps a module status to a driver status: OK → Ok, anything else → RequestError.</summary>
        /// <param name="status">The module status.</param>
        /// <returns>The driver status.</returns>
        public static DriverStatus ToDriverStatus(WincStatus status)
        {
            return status == WincStatus.Ok ? DriverStatus.Ok : DriverStatus.RequestError;
        }

        // ---------------------------------------------------------------------------------------
        // IMessageHandler (called from inside _device.Poll, with _sync held by Tasks)

        /// <inheritdoc/>
        void IMessageHandler.OnMessage(byte[] buffer, int offset, int length)
        {
            if (!_reader.Parse(buffer, offset, length))
            {
                MalformedMessages++;
                return;
            }

            switch (_reader.Type)
            {
                case MessageType.Status:
                    OnStatus();
                    break;
                case MessageType.Response:
                    OnResponse();
                    break;
                default:
                    OnAec();
                    break;
            }
        }

        /// <inheritdoc/>
        void IMessageHandler.OnBurstSent(CommandBurst burst)
        {
            WincRequest r = burst == null ? null : burst.Owner as WincRequest;
            if (r == null || !IsOurs(r))
            {
                return;
            }

            if (r.State == RequestState.Queued)
            {
                r.State = RequestState.Sent;
                Notify(r, RequestEvent.TxComplete, -1, null);
            }
            else if (r.State == RequestState.Abandoned)
            {
                Free(r);
            }
        }

        /// <inheritdoc/>
        void IMessageHandler.OnBusError(MessageDeviceError error)
        {
            if (error == MessageDeviceError.OversizedMessage)
            {
                // the transport drained and discarded one message; the link and the queue are intact
                DiscardedMessages++;
                return;
            }

            // the transport dropped every queued burst: their requests can be freed now
            FailAll(RequestResult.BusError);
            _busErrorPending = true;
        }

        // ---------------------------------------------------------------------------------------
        // state machine

        private void StartHardReset()
        {
            FailAll(RequestResult.ModuleReset);
            _bootRequest = null;
            _busErrorPending = false;
            _moduleResetPending = false;
            _bootAecExpected = true;
            _firmware.Clear();
            _deviceInfo.Clear();
            _retryCount = 0;
            _status = SystemStatus.Busy;
            _device.Restart();
            _bus.SetReset(true);
            _state = DriverState.ResetLow;
            _stateTicks = _clock.UtcTicks;
            Raise(SystemEvent.HardReset);
        }

        private void BeginInit(int waitBudget)
        {
            _device.Restart();
            FreeAbandoned();
            _state = DriverState.InitStep;
            _status = SystemStatus.Busy;
            _retryCount = 0;
            _waitCount = 0;
            _waitBudget = waitBudget;
            _stepDue = true;
        }

        private void Step(long now)
        {
            _stepDue = false;
            _lastStepTicks = now;
            InitializeStep();
        }

        private void InitializeStep()
        {
            SdioStatus s = _device.InitializeStep();
            if (s == SdioStatus.Ok)
            {
                Raise(SystemEvent.InitComplete);
                if (_state == DriverState.InitStep)
                {
                    SendBootQueries();
                }

                return;
            }

            if (s > 0)
            {
                _waitCount++;
                if (_waitCount >= _waitBudget)
                {
                    Fail(SystemStatus.ErrorDeviceNotFound, SystemEvent.ResetTimeout);
                }

                return;
            }

            if (s == SdioStatus.ResetFailed)
            {
                Fail(SystemStatus.ErrorDeviceFailure, SystemEvent.ResetFailed);
                return;
            }

            // OP_FAILED (and the other step failures): start the bring-up over, a bounded number of times
            _retryCount++;
            if (_retryCount > MaxInitRetries)
            {
                Fail(SystemStatus.ErrorDeviceFailure, SystemEvent.ResetFailed);
                return;
            }

            _device.Restart();
            Raise(SystemEvent.ResetRetry);
        }

        private void SendBootQueries()
        {
            _firmware.Clear();
            _deviceInfo.Clear();
            FreeAbandoned();
            WincRequest r = Allocate(_bootHandler, null);
            if (r == null)
            {
                Fail(SystemStatus.ErrorDeviceFailure, SystemEvent.ResetFailed);
                return;
            }

            WincCommands.ConfigQueryAll(r.Writer, CommandId.Cfg);
            WincCommands.ConfigQueryAll(r.Writer, CommandId.Di);
            WincCommands.ConfigQueryAll(r.Writer, CommandId.Nvmc);
            _state = DriverState.BootQuery;
            if (!Enqueue(r))
            {
                Free(r);
                _busErrorPending = true;
                ProcessPending();
                return;
            }

            _bootRequest = r;
        }

        private void Service(long now)
        {
            if (!_busErrorPending && !_device.IsRunning)
            {
                // the link went down without a notice
                FailAll(RequestResult.BusError);
                _busErrorPending = true;
            }

            if (!_busErrorPending)
            {
                _device.Poll();
            }

            if (ProcessPending())
            {
                return;
            }

            CheckTimeouts(now);
            if (ProcessPending() || _state != DriverState.Ready)
            {
                return;
            }

            for (int i = 0; i < MaxTaskHandlers; i++)
            {
                DriverTaskHandler h = _taskHandlers[i];
                if (h == null)
                {
                    continue;
                }

                try
                {
                    h(this, now);
                }
                catch (Exception)
                {
                    CallbackExceptions++;
                }
            }
        }

        // Acts on what the transport callbacks flagged; returns true when the state changed.
        private bool ProcessPending()
        {
            if (_moduleResetPending)
            {
                _moduleResetPending = false;
                _busErrorPending = false;
                FailAll(RequestResult.ModuleReset);
                _bootRequest = null;
                Raise(SystemEvent.UnexpectedReset);
                if (_state == DriverState.BootQuery || _state == DriverState.Ready)
                {
                    BeginInit(ResetWaitBudget);
                }

                return true;
            }

            if (_busErrorPending)
            {
                _busErrorPending = false;
                FailAll(RequestResult.BusError);
                _bootRequest = null;
                Raise(SystemEvent.CommsError);
                if (_state == DriverState.BootQuery || _state == DriverState.Ready)
                {
                    BeginInit(CommsErrorWaitBudget);
                }

                return true;
            }

            return false;
        }

        private void Fail(SystemStatus status, SystemEvent systemEvent)
        {
            FailAll(RequestResult.ModuleReset);
            _device.Restart();
            _bootRequest = null;
            _state = DriverState.Error;
            _status = status;
            Raise(systemEvent);
        }

        private void OnBootRequestEvent(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _bootRequest)
            {
                return;
            }

            switch (requestEvent)
            {
                case RequestEvent.ResponseReceived:
                    ReadBootResponse(message);
                    break;

                case RequestEvent.CommandStatus:
                    if (request.GetStatus(commandIndex) == WincStatus.Ok)
                    {
                        CommandId id = request.GetCommandId(commandIndex);
                        if (id == CommandId.Cfg)
                        {
                            _firmware.IsValid = true;
                        }
                        else if (id == CommandId.Di)
                        {
                            _deviceInfo.IsValid = true;
                        }
                    }

                    break;

                case RequestEvent.StatusComplete:
                    _bootRequest = null;
                    if (request.Result == RequestResult.Ok || request.Result == RequestResult.CommandError)
                    {
                        if (_state == DriverState.BootQuery)
                        {
                            _state = DriverState.Ready;
                            _bootAecExpected = false;
                            _status = SystemStatus.Ready;
                            Raise(SystemEvent.DeviceReady);
                        }
                    }
                    else if (request.Result == RequestResult.Timeout)
                    {
                        // the link is up but the module does not answer: recover like a bus error
                        _busErrorPending = true;
                    }

                    break;
            }
        }

        private void ReadBootResponse(MessageReader m)
        {
            if (m == null || m.ElementCount < 2)
            {
                return;
            }

            int id;
            int index;
            if (!m.TryGetFraction(0, out id, out index))
            {
                return;
            }

            int value;
            uint unsignedValue;
            switch ((CommandId)m.ResponseId)
            {
                case CommandId.Cfg:
                    switch ((CfgParamId)id)
                    {
                        case CfgParamId.Version:
                            if (m.TryGetUInt32(1, out unsignedValue))
                            {
                                _firmware.Major = (int)(unsignedValue >> 16);
                                _firmware.Minor = (int)(unsignedValue & 0xFFFF);
                            }

                            break;
                        case CfgParamId.Patch:
                            if (m.TryGetInt32(1, out value))
                            {
                                _firmware.Patch = value;
                            }

                            break;
                        case CfgParamId.Security:
                            if (m.TryGetInt32(1, out value))
                            {
                                _firmware.Security = value;
                            }

                            break;
                        case CfgParamId.BuildHash:
                            int length = m.GetElementLength(1);
                            WincType t = m.GetElementType(1);
                            if (length > 0 && (t == WincType.String || t == WincType.ByteArray))
                            {
                                if (length > FirmwareVersionInfo.BuildHashSize)
                                {
                                    length = FirmwareVersionInfo.BuildHashSize;
                                }

                                Array.Copy(m.Buffer, m.GetElementOffset(1), _firmware.BuildHash, 0, length);
                                _firmware.BuildHashLength = length;
                            }

                            break;
                        case CfgParamId.BuildTime:
                            if (m.TryGetUInt32(1, out unsignedValue))
                            {
                                _firmware.BuildTimeUtc = unsignedValue;
                            }

                            break;
                    }

                    break;

                case CommandId.Di:
                    switch ((DiParamId)id)
                    {
                        case DiParamId.DeviceId:
                            if (m.TryGetUInt32(1, out unsignedValue))
                            {
                                _deviceInfo.Id = unsignedValue;
                            }

                            break;
                        case DiParamId.NumImages:
                            if (m.TryGetInt32(1, out value))
                            {
                                _deviceInfo.ImageCount = value;
                            }

                            break;
                        case DiParamId.ImageInfo:
                            uint sequence;
                            uint version;
                            uint source;
                            if (index >= 0 && index < DeviceInfo.MaxImages && m.ElementCount >= 4
                                && m.TryGetUInt32(1, out sequence) && m.TryGetUInt32(2, out version) && m.TryGetUInt32(3, out source))
                            {
                                _deviceInfo.SetImage(index, sequence, version, source);
                            }

                            break;
                    }

                    break;

                case CommandId.Nvmc:
                    switch ((NvmParamId)id)
                    {
                        case NvmParamId.StartOffset:
                            if (m.TryGetUInt32(1, out unsignedValue))
                            {
                                _deviceInfo.NvmStartOffset = unsignedValue;
                            }

                            break;
                        case NvmParamId.NumSectors:
                            if (m.TryGetUInt32(1, out unsignedValue) && unsignedValue <= int.MaxValue)
                            {
                                _deviceInfo.NvmSectorCount = (int)unsignedValue;
                            }

                            break;
                        case NvmParamId.SectorSz:
                            if (m.TryGetUInt32(1, out unsignedValue) && unsignedValue <= int.MaxValue)
                            {
                                _deviceInfo.NvmSectorSize = (int)unsignedValue;
                            }

                            break;
                    }

                    break;
            }
        }

        // ---------------------------------------------------------------------------------------
        // requests

        private WincRequest Allocate(RequestEventHandler handler, object context)
        {
            for (int i = 0; i < _pool.Length; i++)
            {
                WincRequest r = _pool[i];
                if (r.State == RequestState.Free)
                {
                    r.Reset(handler, context, _defaultTimeoutMs);
                    r.State = RequestState.Building;
                    return r;
                }
            }

            return null;
        }

        private bool Enqueue(WincRequest r)
        {
            r.SubmitTicks = _clock.UtcTicks;
            r.SubmitOrder = ++_submitCounter;
            r.State = RequestState.Queued;
            if (!_device.Enqueue(r.Burst))
            {
                r.State = RequestState.Building;
                return false;
            }

            return true;
        }

        private void Free(WincRequest r)
        {
            r.Writer.Cancel();
            r.State = RequestState.Free;
            r.Handler = null;
            r.Context = null;
        }

        private bool IsOurs(WincRequest r)
        {
            return r.Index >= 0 && r.Index < _pool.Length && _pool[r.Index] == r;
        }

        // Completes a request; 'released' tells whether the transport no longer holds its burst.
        private void Complete(WincRequest r, RequestResult result, bool released)
        {
            bool stillQueued = r.State == RequestState.Queued && !released;
            r.Result = result;
            r.State = RequestState.Abandoned;
            Notify(r, RequestEvent.StatusComplete, -1, null);
            if (!stillQueued)
            {
                Free(r);
            }
        }

        private void FailAll(RequestResult result)
        {
            for (int i = 0; i < _pool.Length; i++)
            {
                WincRequest r = _pool[i];
                if (r.State == RequestState.Queued || r.State == RequestState.Sent)
                {
                    Complete(r, result, true);
                }
                else if (r.State == RequestState.Abandoned)
                {
                    Free(r);
                }
            }
        }

        private void FreeAbandoned()
        {
            for (int i = 0; i < _pool.Length; i++)
            {
                if (_pool[i].State == RequestState.Abandoned)
                {
                    Free(_pool[i]);
                }
            }
        }

        private void CheckTimeouts(long now)
        {
            for (int i = 0; i < _pool.Length; i++)
            {
                WincRequest r = _pool[i];
                if ((r.State == RequestState.Queued || r.State == RequestState.Sent)
                    && now - r.SubmitTicks >= r.TimeoutMs * TimeSpan.TicksPerMillisecond)
                {
                    Complete(r, RequestResult.Timeout, false);
                }
            }
        }

        // Finds the outstanding request and command a STATUS or RSP answers. Only bursts the
        // transport has started to send carry real sequence numbers: those completely sent, and
        // the oldest one still queued (the transport sends in order).
        private WincRequest Match(out int commandIndex)
        {
            commandIndex = -1;
            long oldestUnsent = long.MaxValue;
            for (int i = 0; i < _pool.Length; i++)
            {
                RequestState s = _pool[i].State;
                if ((s == RequestState.Queued || s == RequestState.Abandoned) && _pool[i].SubmitOrder < oldestUnsent)
                {
                    oldestUnsent = _pool[i].SubmitOrder;
                }
            }

            WincRequest best = null;
            for (int i = 0; i < _pool.Length; i++)
            {
                WincRequest r = _pool[i];
                bool eligible = r.State == RequestState.Sent || (r.State == RequestState.Queued && r.SubmitOrder == oldestUnsent);
                if (!eligible || (best != null && r.SubmitOrder > best.SubmitOrder))
                {
                    continue;
                }

                int c = r.FindCommand(_reader.Id, _reader.Sequence);
                if (c >= 0)
                {
                    best = r;
                    commandIndex = c;
                }
            }

            return best;
        }

        private void OnStatus()
        {
            int index;
            WincRequest r = Match(out index);
            if (r == null)
            {
                UnmatchedMessages++;
                return;
            }

            // the module answers in order: earlier commands still waiting were lost (as REL v3.2
            // forces them to INVALID_CMD)
            for (int i = 0; i < index; i++)
            {
                if (!r.HasStatus(i))
                {
                    r.SetStatus(i, WincStatus.InvalidCmd);
                    Notify(r, RequestEvent.CommandStatus, i, null);
                }
            }

            r.SetStatus(index, _reader.Status);
            Notify(r, RequestEvent.CommandStatus, index, _reader);
            if (r.IsComplete && r.Result == RequestResult.Pending)
            {
                Complete(r, r.ErrorCount == 0 ? RequestResult.Ok : RequestResult.CommandError, false);
            }
        }

        private void OnResponse()
        {
            int index;
            WincRequest r = Match(out index);
            if (r == null)
            {
                UnmatchedMessages++;
                return;
            }

            Notify(r, RequestEvent.ResponseReceived, index, _reader);
        }

        private void OnAec()
        {
            if (_reader.AecId == AecId.Boot && _bootAecExpected && _state == DriverState.BootQuery)
            {
                // the boot of the driver's own reset, read while its boot queries are in flight
                _bootAecExpected = false;
            }
            else if (_reader.AecId == AecId.Boot && (_state == DriverState.Ready || _state == DriverState.BootQuery))
            {
                _moduleResetPending = true;
            }

            for (int i = 0; i < MaxAecHandlers; i++)
            {
                AecHandler h = _aecHandlers[i];
                if (h == null)
                {
                    continue;
                }

                try
                {
                    h(this, _reader);
                }
                catch (Exception)
                {
                    CallbackExceptions++;
                }
            }
        }

        private void Notify(WincRequest r, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            RequestEventHandler h = r.Handler;
            if (h == null)
            {
                return;
            }

            try
            {
                h(r, requestEvent, commandIndex, message);
            }
            catch (Exception)
            {
                CallbackExceptions++;
            }
        }

        private void Raise(SystemEvent systemEvent)
        {
            SystemEventHandler app = _applicationHandler;
            if (app != null)
            {
                try
                {
                    app(this, systemEvent);
                }
                catch (Exception)
                {
                    CallbackExceptions++;
                }
            }

            for (int i = 0; i < MaxSystemEventHandlers; i++)
            {
                SystemEventHandler h = _systemHandlers[i];
                if (h == null)
                {
                    continue;
                }

                try
                {
                    h(this, systemEvent);
                }
                catch (Exception)
                {
                    CallbackExceptions++;
                }
            }
        }

        private bool AddHandler(AecHandler[] slots, AecHandler handler)
        {
            if (handler == null)
            {
                throw new ArgumentNullException();
            }

            lock (_sync)
            {
                for (int i = 0; i < slots.Length; i++)
                {
                    if (slots[i] == null)
                    {
                        slots[i] = handler;
                        return true;
                    }
                }

                return false;
            }
        }

        private bool AddHandler(SystemEventHandler[] slots, SystemEventHandler handler)
        {
            if (handler == null)
            {
                throw new ArgumentNullException();
            }

            lock (_sync)
            {
                for (int i = 0; i < slots.Length; i++)
                {
                    if (slots[i] == null)
                    {
                        slots[i] = handler;
                        return true;
                    }
                }

                return false;
            }
        }

        private void RemoveHandler(AecHandler[] slots, AecHandler handler)
        {
            lock (_sync)
            {
                for (int i = 0; i < slots.Length; i++)
                {
                    if (slots[i] == handler)
                    {
                        slots[i] = null;
                    }
                }
            }
        }

        private void RemoveHandler(SystemEventHandler[] slots, SystemEventHandler handler)
        {
            lock (_sync)
            {
                for (int i = 0; i < slots.Length; i++)
                {
                    if (slots[i] == handler)
                    {
                        slots[i] = null;
                    }
                }
            }
        }
    }
}
