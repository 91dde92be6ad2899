// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Threading;
using Drivers.Wincs02.Bus;
using Drivers.Wincs02.Transport;

namespace Drivers.Wincs02.Messaging
{
    /// <summary>
    /// The WINCS02 message transport over SDIO-over-SPI (<c>winc_dev.c</c>). The commands of the bursts
    /// queued at that moment (up to 16) are announced with one mailbox write to SD_HOST_GP (more than one:
    /// the word counts first go to the CSA);
    /// after the module's TX_REQ grant each command goes to FN1 DATA in its own CMD53. Module messages are
    /// announced by RX_REQ in ARM_GP (one message, or a list of sizes first) and read into a bounded
    /// receive buffer. Everything is preallocated; <see cref="Poll"/> does a bounded amount of bus work.
    /// </summary>
    public sealed class MessageDevice : IMessageDevice
    {
        /// <summary>Default receive buffer size (<c>WDRV_WINC_DEV_RX_BUFF_SZ</c>).</summary>
        public const int DefaultReceiveBufferSize = 2048;

        /// <summary>Default number of bursts the queue holds.</summary>
        public const int DefaultQueueCapacity = 8;

        /// <summary>Bus steps (mailbox, interrupt, one command or one received message) one <see cref="Poll"/> performs at most.</summary>
        public const int MaxStepsPerPoll = 8;

        /// <summary>Most messages one RX_REQ may announce (the mailbox number field is 8 bits).</summary>
        public const int MaxMessagesPerEvent = 255;

        private const int EventTxRequest = 1;
        private const int EventRxRequest = 2;
        private const int TxIdle = 0;
        private const int TxAwaitingGrant = 1;
        private const int TxSending = 2;

        // largest message a size list may announce, in words: anything bigger means the bus is corrupt
        private const int MaxMessageWords = 0xFFFF;

        private readonly object _sync = new object();
        private readonly IWincsBus _bus;
        private readonly SdioSpi _sdio;
        private readonly byte[] _rxBuffer;
        private readonly int[] _rxLengths = new int[MaxMessagesPerEvent];
        private readonly CommandBurst[] _queue;
        private readonly byte[] _csaPointer = new byte[3];
        private readonly byte[] _csaList = new byte[CommandBurst.MaxCommands * 4];
        private readonly byte[] _mailboxOut = new byte[4];
        private readonly byte[] _mailboxIn = new byte[4];

        private IMessageHandler _handler;
        private bool _running;
        private int _interruptEdge;
        private int _head;
        private int _count;
        private ushort _nextSequence;

        private int _txState;
        private int _txBursts;
        private int _txIndex;
        private int _grantNumber;
        private int _grantWords;
        private long _grantWaitStart;

        private bool _rxActive;
        private bool _rxListPending;
        private bool _rxDataReadyCleared;
        private int _rxCount;
        private int _rxIndex;

        private int _grantTimeoutMilliseconds = 2000;
        private long _discardedMessages;

        /// <summary>Creates the transport with a 2048-byte receive buffer and room for 8 bursts.</summary>
        /// <param name="bus">The bus to the module.</param>
        /// <exception cref="ArgumentNullException"><paramref name="bus"/> is null.</exception>
        public MessageDevice(IWincsBus bus)
            : this(bus, DefaultReceiveBufferSize, DefaultQueueCapacity)
        {
        }

        /// <summary>Creates the transport.</summary>
        /// <param name="bus">The bus to the module.</param>
        /// <param name="receiveBufferSize">Largest module message accepted, in bytes (a multiple of 4, at least 64); bigger ones are drained and reported as <see cref="MessageDeviceError.OversizedMessage"/>.</param>
        /// <param name="queueCapacity">Bursts that can be queued (at least 1).</param>
        /// <exception cref="ArgumentNullException"><paramref name="bus"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
        public MessageDevice(IWincsBus bus, int receiveBufferSize, int queueCapacity)
        {
            if (bus == null)
            {
                throw new ArgumentNullException();
            }

            if (receiveBufferSize < 64 || (receiveBufferSize & 3) != 0 || queueCapacity < 1)
            {
                throw new ArgumentOutOfRangeException();
            }

            _bus = bus;
            _sdio = new SdioSpi(bus);
            _rxBuffer = new byte[receiveBufferSize];
            _queue = new CommandBurst[queueCapacity];
            _bus.SetInterruptHandler(new WincsInterruptHandler(OnInterruptEdge));
        }

        /// <summary>Gets the SDIO master (bring-up state, last response byte, bytes clocked).</summary>
        public SdioSpi Sdio => _sdio;

        /// <summary>Gets the size of the receive buffer.</summary>
        public int ReceiveBufferSize => _rxBuffer.Length;

        /// <summary>Gets the number of bursts the queue can hold.</summary>
        public int QueueCapacity => _queue.Length;

        /// <summary>Gets the sequence number the next transmitted command receives.</summary>
        public ushort NextSequence => _nextSequence;

        /// <summary>Gets the number of module messages drained and discarded because they exceeded the receive buffer.</summary>
        public long DiscardedMessages => _discardedMessages;

        /// <summary>Gets or sets how long an announced burst may wait for the module's TX_REQ grant before <see cref="MessageDeviceError.Timeout"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
        public int GrantTimeoutMilliseconds
        {
            get => _grantTimeoutMilliseconds;
            set
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _grantTimeoutMilliseconds = value;
            }
        }

        /// <inheritdoc/>
        public bool IsRunning => _running;

        /// <inheritdoc/>
        public int QueuedBursts => _count;

        /// <inheritdoc/>
        public void SetHandler(IMessageHandler handler)
        {
            _handler = handler;
        }

        /// <inheritdoc/>
        public SdioStatus InitializeStep()
        {
            lock (_sync)
            {
                SdioStatus status = _sdio.DeviceInit();
                if (status == SdioStatus.Ok && !_running)
                {
                    ClearTransfers();
                    _running = true;
                }

                return status;
            }
        }

        /// <inheritdoc/>
        public void Restart()
        {
            lock (_sync)
            {
                _running = false;
                _sdio.ResetInit();
                ClearTransfers();
                DropQueue();
                _nextSequence = 0;
                Interlocked.Exchange(ref _interruptEdge, 0);
            }
        }

        /// <inheritdoc/>
        /// <exception cref="ArgumentNullException"><paramref name="burst"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="burst"/> holds no command.</exception>
        /// <exception cref="InvalidOperationException"><paramref name="burst"/> is already queued.</exception>
        public bool Enqueue(CommandBurst burst)
        {
            if (burst == null)
            {
                throw new ArgumentNullException();
            }

            if (burst.Count == 0)
            {
                throw new ArgumentException();
            }

            lock (_sync)
            {
                for (int i = 0; i < _count; i++)
                {
                    if (_queue[(_head + i) % _queue.Length] == burst)
                    {
                        throw new InvalidOperationException();
                    }
                }

                if (!_running || _count == _queue.Length)
                {
                    return false;
                }

                _queue[(_head + _count) % _queue.Length] = burst;
                _count++;
                return true;
            }
        }

        /// <inheritdoc/>
        public void Poll()
        {
            lock (_sync)
            {
                bool interruptsChecked = false;
                for (int step = 0; step < MaxStepsPerPoll && _running; step++)
                {
                    if (_rxActive)
                    {
                        ReceiveStep();
                    }
                    else if (_txState == TxSending)
                    {
                        TransmitStep();
                    }
                    else if (_txState == TxIdle && _count > 0)
                    {
                        PostMailbox();
                    }
                    else if (!interruptsChecked && (Interlocked.CompareExchange(ref _interruptEdge, 0, 0) != 0 || _bus.InterruptAsserted))
                    {
                        // a second look in the same Poll would only repeat a CMD52 that found nothing
                        interruptsChecked = !HandleInterrupt();
                    }
                    else
                    {
                        if (_txState == TxAwaitingGrant && Elapsed(_grantWaitStart) > _grantTimeoutMilliseconds)
                        {
                            Fail(MessageDeviceError.Timeout);
                        }

                        break;
                    }
                }
            }
        }

        private static long Now()
        {
            return DateTime.UtcNow.Ticks;
        }

        private static long Elapsed(long startTicks)
        {
            return (Now() - startTicks) / TimeSpan.TicksPerMillisecond;
        }

        private static MessageDeviceError ErrorFor(SdioResult result)
        {
            switch (result)
            {
                case SdioResult.BusyTimeout:
                case SdioResult.TokenTimeout:
                case SdioResult.DataReadyTimeout:
                    return MessageDeviceError.Timeout;
                case SdioResult.NoResponse:
                    return MessageDeviceError.ModuleReset;
                default:
                    return MessageDeviceError.TransferFailed;
            }
        }

        private static void WriteWord(byte[] buffer, int offset, int value)
        {
            // mailbox words and size lists travel little-endian, as the module's native uint32
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        private static uint ReadWord(byte[] buffer, int offset)
        {
            return (uint)(buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24));
        }

        private void OnInterruptEdge()
        {
            // called from the GPIO thread: no volatile on nanoFramework, Interlocked instead
            Interlocked.Exchange(ref _interruptEdge, 1);
        }

        private void PostMailbox()
        {
            // bursts queued together share one mailbox, up to the 16 sizes one CSA list carries
            int n = 0;
            int bursts = 0;
            while (bursts < _count)
            {
                CommandBurst burst = _queue[(_head + bursts) % _queue.Length];
                if (n + burst.Count > CommandBurst.MaxCommands)
                {
                    break;
                }

                for (int i = 0; i < burst.Count; i++)
                {
                    burst.SetSequence(i, _nextSequence);
                    _nextSequence++;
                    WriteWord(_csaList, (n + i) * 4, burst.GetLength(i) >> 2);
                }

                n += burst.Count;
                bursts++;
            }

            int word;
            SdioResult result;
            if (n > 1)
            {
                // firmware 3.2 wants the manual clock wake-up around the CSA pointer write
                if (_sdio.Cmd52Write(SdioRegisters.Fn0CisClockWakeUp, SdioRegisters.ClockWakeUpManual) != SdioRegisters.R1Ok)
                {
                    Fail(MessageDeviceError.TransferFailed);
                    return;
                }

                result = _sdio.Cmd53Write(SdioRegisters.Fn0FbrFn1CsaPtr, _csaPointer, 0, 3, true);
                if (result != SdioResult.Ok)
                {
                    Fail(ErrorFor(result));
                    return;
                }

                if (_sdio.Cmd52Write(SdioRegisters.Fn0CisClockWakeUp, SdioRegisters.ClockWakeUpAuto) != SdioRegisters.R1Ok)
                {
                    Fail(MessageDeviceError.TransferFailed);
                    return;
                }

                result = _sdio.Cmd53Write(SdioRegisters.Fn0FbrFn1CsaData, _csaList, 0, n * 4, false);
                if (result != SdioResult.Ok)
                {
                    Fail(ErrorFor(result));
                    return;
                }

                word = (EventTxRequest << 24) | (n << 16) | n;
            }
            else
            {
                word = (EventTxRequest << 24) | (1 << 16) | (_queue[_head].GetLength(0) >> 2);
            }

            WriteWord(_mailboxOut, 0, word);
            result = _sdio.Cmd53Write(SdioRegisters.Fn1SdHostGp, _mailboxOut, 0, 4, true);
            if (result != SdioResult.Ok)
            {
                Fail(ErrorFor(result));
                return;
            }

            _txState = TxAwaitingGrant;
            _txBursts = bursts;
            _txIndex = 0;
            _grantNumber = 0;
            _grantWords = 0;
            _grantWaitStart = Now();
        }

        private bool HandleInterrupt()
        {
            Interlocked.Exchange(ref _interruptEdge, 0);

            byte flags;
            byte r = _sdio.Cmd52Read(SdioRegisters.Fn1IntIdClr, out flags);
            if ((r & 0xFE) != SdioRegisters.R1Ok)
            {
                Fail(MessageDeviceError.TransferFailed);
                return false;
            }

            if ((flags & SdioRegisters.Fn1IntMsgFromArm) == 0)
            {
                return false;
            }

            SdioResult result = _sdio.Cmd53Read(SdioRegisters.Fn1ArmGp, _mailboxIn, 0, 4, true);
            if (result != SdioResult.Ok)
            {
                Fail(ErrorFor(result));
                return false;
            }

            uint word = ReadWord(_mailboxIn, 0);
            int type = (int)(word >> 24);
            int number = (int)((word >> 16) & 0xFF);
            int length = (int)(word & 0xFFFF);
            byte clear = SdioRegisters.Fn1IntMsgFromArm;
            bool dataReadyCleared = false;

            if (type == EventTxRequest)
            {
                if ((flags & SdioRegisters.Fn1IntAckToHost) != 0)
                {
                    clear |= SdioRegisters.Fn1IntAckToHost;
                }

                if (_txState == TxAwaitingGrant && number > 0)
                {
                    _grantNumber = number;
                    _grantWords = length;
                    _txState = TxSending;
                }
            }
            else if (type == EventRxRequest && number > 0 && length > 0)
            {
                if (number > 1 && length > MaxMessagesPerEvent)
                {
                    Fail(MessageDeviceError.TransferFailed);
                    return false;
                }

                // DATA_RDY already up: clear it with the acknowledgement instead of polling for it again
                if ((flags & SdioRegisters.Fn1IntDataRdy) != 0)
                {
                    clear |= SdioRegisters.Fn1IntDataRdy;
                    dataReadyCleared = true;
                }

                _rxActive = true;
                _rxIndex = 0;
                _rxListPending = number > 1;
                _rxCount = number > 1 ? length : 1;
                _rxLengths[0] = length;
            }

            r = _sdio.Cmd52Write(SdioRegisters.Fn1IntIdClr, clear);
            if (r != SdioRegisters.R1Ok)
            {
                Fail(MessageDeviceError.TransferFailed);
                return false;
            }

            _rxDataReadyCleared = dataReadyCleared;
            return true;
        }

        private void TransmitStep()
        {
            if (_grantNumber <= 0)
            {
                _txState = TxAwaitingGrant;
                _grantWaitStart = Now();
                return;
            }

            CommandBurst burst = _queue[_head];
            int length = burst.GetLength(_txIndex);
            SdioResult result = _sdio.Cmd53Write(SdioRegisters.Fn1Data, burst.Buffer, burst.GetOffset(_txIndex), length, false);
            if (result != SdioResult.Ok)
            {
                Fail(ErrorFor(result));
                return;
            }

            _grantNumber--;
            _grantWords -= length >> 2;
            _txIndex++;

            if (_txIndex == burst.Count)
            {
                _queue[_head] = null;
                _head = (_head + 1) % _queue.Length;
                _count--;
                _txIndex = 0;
                _txBursts--;
                if (_txBursts == 0)
                {
                    _txState = TxIdle;
                    _grantNumber = 0;
                }
                else if (_grantNumber == 0)
                {
                    _txState = TxAwaitingGrant;
                    _grantWaitStart = Now();
                }

                IMessageHandler handler = _handler;
                if (handler != null)
                {
                    handler.OnBurstSent(burst);
                }
            }
            else if (_grantNumber == 0)
            {
                _txState = TxAwaitingGrant;
                _grantWaitStart = Now();
            }
        }

        private void ReceiveStep()
        {
            SdioResult result;
            bool cleared = _rxDataReadyCleared;
            _rxDataReadyCleared = false;

            if (_rxListPending)
            {
                int listBytes = _rxCount * 4;
                if (listBytes > _rxBuffer.Length)
                {
                    Fail(MessageDeviceError.TransferFailed);
                    return;
                }

                result = _sdio.Cmd53Read(SdioRegisters.Fn1Data, _rxBuffer, 0, listBytes, false, cleared);
                if (result != SdioResult.Ok)
                {
                    Fail(ErrorFor(result));
                    return;
                }

                for (int i = 0; i < _rxCount; i++)
                {
                    uint words = ReadWord(_rxBuffer, i * 4);
                    if (words > MaxMessageWords)
                    {
                        Fail(MessageDeviceError.TransferFailed);
                        return;
                    }

                    _rxLengths[i] = (int)words;
                }

                _rxListPending = false;
                return;
            }

            int bytes = _rxLengths[_rxIndex] * 4;
            _rxIndex++;
            if (_rxIndex == _rxCount)
            {
                _rxActive = false;
            }

            if (bytes == 0)
            {
                return;
            }

            IMessageHandler handler = _handler;
            if (bytes > _rxBuffer.Length)
            {
                // drain it through the scratch block so the FIFO stays in step; the buffer is not touched
                result = _sdio.Cmd53Read(SdioRegisters.Fn1Data, null, 0, bytes, false, cleared);
                if (result != SdioResult.Ok)
                {
                    Fail(ErrorFor(result));
                    return;
                }

                _discardedMessages++;
                if (handler != null)
                {
                    handler.OnBusError(MessageDeviceError.OversizedMessage);
                }

                return;
            }

            result = _sdio.Cmd53Read(SdioRegisters.Fn1Data, _rxBuffer, 0, bytes, false, cleared);
            if (result != SdioResult.Ok)
            {
                Fail(ErrorFor(result));
                return;
            }

            if (handler != null)
            {
                handler.OnMessage(_rxBuffer, 0, bytes);
            }
        }

        private void Fail(MessageDeviceError error)
        {
            _running = false;
            _sdio.ResetInit();
            ClearTransfers();
            DropQueue();
            IMessageHandler handler = _handler;
            if (handler != null)
            {
                handler.OnBusError(error);
            }
        }

        private void ClearTransfers()
        {
            _txState = TxIdle;
            _txBursts = 0;
            _txIndex = 0;
            _grantNumber = 0;
            _grantWords = 0;
            _rxActive = false;
            _rxListPending = false;
            _rxDataReadyCleared = false;
            _rxCount = 0;
            _rxIndex = 0;
        }

        private void DropQueue()
        {
            for (int i = 0; i < _queue.Length; i++)
            {
                _queue[i] = null;
            }

            _head = 0;
            _count = 0;
        }
    }
}
