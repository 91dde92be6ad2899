// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Device.Spi;
using System.Diagnostics;
using System.Threading;

namespace nanoWincs.Emulator.Sdio
{
    /// <summary>
    /// The WINCS02's side of SDIO-over-SPI, decoded byte by byte as the module sees it: command tokens
    /// (0b01xxxxxx) are hunted in the MOSI stream, responses appear one byte (N_CR) after the command's
    /// CRC byte, data phases follow the start tokens, and chip select carries no meaning (Harmony splits
    /// one command over several frames). Written from the specification alone; it shares no code with the driver.
    /// </summary>
    /// <remarks>
    /// This file holds the SDIO layer (power, commands, registers, CMD53 data phases); SdioSlave.Messages.cs
    /// holds function 1's message transport (mailboxes, CSA size list, FIFO, INT_ID_CLR, INTOUT).
    /// </remarks>
    public sealed partial class SdioSlave : ISpiPeripheral
    {
        private const byte R5Idle = 0x01;
        private const byte R5IllegalCommand = 0x04;
        private const byte R5CrcError = 0x08;
        private const byte R5FunctionError = 0x10;
        private const byte R5AddressError = 0x20;
        private const byte R5ParameterError = 0x40;
        private const byte DataAcceptedToken = 0xE5;
        private const byte DataCrcErrorToken = 0xEB;

        // function 0: CCCR and FBR of function 1
        private const int CccrRevision = 0x00;
        private const int CccrIoEnable = 0x02;
        private const int CccrIoReady = 0x03;
        private const int CccrIntEnable = 0x04;
        private const int CccrIntPending = 0x05;
        private const int CccrIoAbort = 0x06;
        private const int CccrFn0BlockSizeLow = 0x10;
        private const int CccrFn0BlockSizeHigh = 0x11;
        private const int FbrCsaConfig = 0x100;
        private const int FbrCsaPointer = 0x10C;
        private const int FbrCsaData = 0x10F;
        private const int FbrFn1BlockSizeLow = 0x110;
        private const int FbrFn1BlockSizeHigh = 0x111;
        private const int Fn0Size = 0x200;
        private const int ClockWakeUp = 0x18000;

        private const byte Function1Bit = 0x02;
        private const byte MasterInterruptBit = 0x01;

        private readonly object _sync = new object();
        private readonly EmulatorOptions _options;
        private readonly IModuleFirmware _firmware;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Queue<byte> _miso = new Queue<byte>();
        private readonly Queue<Action> _deferred = new Queue<Action>();
        private readonly EmulatorCounters _counters = new EmulatorCounters();
        private readonly List<string> _protocolLog = new List<string>();
        private bool _dispatching;

        // power
        private bool _resetLine;
        private long _bootDoneTicks;
        private int _resetAfterBytes = -1;

        // SDIO state
        private bool _idle = true;
        private int _opPollsLeft;
        private readonly byte[] _fn0 = new byte[Fn0Size];
        private byte _clockWakeUp;
        private readonly byte[] _csa = new byte[1024];
        private int _csaPointer;

        // byte decoder
        private Phase _phase;
        private readonly byte[] _command = new byte[6];
        private int _commandLength;

        // the CMD53 write in progress
        private int _writeFunction;
        private int _writeAddress;
        private bool _writeIncrement;
        private bool _writeBlockMode;
        private int _writeBlocksLeft;
        private byte[] _writeBlock = new byte[512];
        private int _writeSize;
        private int _writePosition;
        private int _crcLeft;

        // faults
        private bool _corruptNextDataResponse;
        private byte _nextCommandError;

        // the bus trace (null = off) and whether it last saw the interrupt path enabled
        private BusTraceWriter _trace;
        private bool _sdioReady;

        /// <summary>Creates the slave in the power-on state (booting).</summary>
        /// <param name="firmware">The command processor behind it.</param>
        /// <param name="options">Timing options.</param>
        public SdioSlave(IModuleFirmware firmware, EmulatorOptions options)
        {
            _firmware = firmware ?? throw new ArgumentNullException(nameof(firmware));
            _options = options ?? new EmulatorOptions();
            _options.Validate();
            _bootDoneTicks = BootTicks();
            _opPollsLeft = _options.OpWaitingPolls;
            _deferred.Enqueue(() => _firmware.OnReset());
        }

        private enum Phase
        {
            Hunt,
            Command,
            WriteAwaitToken,
            WriteData,
            WriteCrc,
        }

        /// <summary>Raised (outside the slave's lock, in order) whenever INTOUT changes; true = asserted (low).</summary>
        public event Action<bool> InterruptLineChanged;

        /// <summary>Gets a value indicating whether INTOUT is asserted (low).</summary>
        public bool InterruptAsserted
        {
            get
            {
                lock (_sync)
                {
                    return _lineAsserted;
                }
            }
        }

        /// <summary>Gets a value indicating whether the module is out of reset and booted.</summary>
        public bool IsBooted
        {
            get
            {
                lock (_sync)
                {
                    return Powered;
                }
            }
        }

        /// <summary>Gets a value indicating whether RESETN is held low.</summary>
        public bool InReset
        {
            get
            {
                lock (_sync)
                {
                    return _resetLine;
                }
            }
        }

        /// <summary>
        /// Gets or sets where the bus trace goes (<see cref="BusTrace"/> lines), or null for no trace. Whole
        /// lines are written from the SPI thread and the module CPU; the writer is not closed by the slave.
        /// </summary>
        public System.IO.TextWriter Trace
        {
            get
            {
                return Volatile.Read(ref _trace)?.Writer;
            }

            set
            {
                Volatile.Write(ref _trace, value == null ? null : new BusTraceWriter(value, _clock));
            }
        }

        /// <summary>Gets the protocol violations seen so far (at most the first 100).</summary>
        public IReadOnlyList<string> ProtocolLog
        {
            get
            {
                lock (_sync)
                {
                    return _protocolLog.ToArray();
                }
            }
        }

        private bool Powered => !_resetLine && _clock.ElapsedTicks >= _bootDoneTicks;

        /// <summary>A snapshot of the counters.</summary>
        /// <returns>The copy.</returns>
        public EmulatorCounters SnapshotCounters()
        {
            lock (_sync)
            {
                return _counters.Clone();
            }
        }

        /// <summary>Zeroes the counters and the protocol log.</summary>
        public void ResetCounters()
        {
            lock (_sync)
            {
                foreach (var property in typeof(EmulatorCounters).GetProperties())
                {
                    property.SetValue(_counters, property.PropertyType == typeof(long) ? (object)0L : null);
                }

                _protocolLog.Clear();
            }
        }

        /// <summary>One chip-select frame: MISO byte i is decided before MOSI byte i is seen.</summary>
        /// <param name="mosi">Bytes from the host.</param>
        /// <param name="miso">Bytes to the host (same length).</param>
        public void Transfer(ReadOnlySpan<byte> mosi, Span<byte> miso)
        {
            if (mosi.Length != miso.Length)
            {
                throw new ArgumentException("MOSI and MISO lengths differ");
            }

            lock (_sync)
            {
                _counters.ChipSelectFrames++;
                _counters.BytesClocked += mosi.Length;
                for (int i = 0; i < mosi.Length; i++)
                {
                    miso[i] = Clock(mosi[i]);
                }
            }

            Dispatch();
        }

        /// <summary>Drives RESETN: true holds the module in reset; releasing it starts the boot.</summary>
        /// <param name="asserted">True while RESETN is low.</param>
        public void SetResetLine(bool asserted)
        {
            lock (_sync)
            {
                if (asserted == _resetLine)
                {
                    return;
                }

                _resetLine = asserted;
                if (asserted)
                {
                    _counters.ResetPulses++;
                    _trace?.Event("RESETN low: module held in reset");
                    PowerDown();
                }
                else
                {
                    _trace?.Event("RESETN high: booting for " + _options.BootTime.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms");
                    StartBoot();
                }
            }

            Dispatch();
        }

        /// <summary>Answers the next CMD52 or CMD53 with these R5 flags instead of executing it.</summary>
        /// <param name="flags">Error flags (0x04 illegal command by default).</param>
        public void FailNextCommand(byte flags)
        {
            lock (_sync)
            {
                _nextCommandError = flags == 0 ? R5IllegalCommand : flags;
            }
        }

        /// <summary>Answers the next written block with a CRC-error data-response token and discards it.</summary>
        public void CorruptNextDataResponse()
        {
            lock (_sync)
            {
                _corruptNextDataResponse = true;
            }
        }

        /// <summary>Resets the module by itself after <paramref name="clockedBytes"/> more bytes (a brown-out in mid-transfer).</summary>
        /// <param name="clockedBytes">Bytes still clocked normally.</param>
        public void ResetAfter(int clockedBytes)
        {
            if (clockedBytes < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(clockedBytes));
            }

            lock (_sync)
            {
                _resetAfterBytes = clockedBytes;
            }
        }

        private long BootTicks()
        {
            return _clock.ElapsedTicks + (long)(_options.BootTime.TotalSeconds * Stopwatch.Frequency);
        }

        private byte Clock(byte mosi)
        {
            if (_resetAfterBytes >= 0 && _resetAfterBytes-- == 0)
            {
                _counters.InjectedResets++;
                _trace?.Event("fault: the module resets by itself (injected), booting again");
                PowerDown();
                StartBoot();
            }

            if (!Powered)
            {
                // held in reset or booting: MISO low, nothing decoded
                return 0x00;
            }

            byte miso = _miso.Count > 0 ? _miso.Dequeue() : (byte)0xFF;
            Consume(mosi);
            return miso;
        }

        private void Consume(byte b)
        {
            switch (_phase)
            {
                case Phase.Hunt:
                    if (IsCommandStart(b))
                    {
                        BeginCommand(b);
                    }

                    break;

                case Phase.Command:
                    _command[_commandLength++] = b;
                    if (_commandLength == _command.Length)
                    {
                        _phase = Phase.Hunt;
                        Execute();
                    }

                    break;

                case Phase.WriteAwaitToken:
                    byte expected = _writeBlockMode ? (byte)0xFC : (byte)0xFE;
                    if (b == expected)
                    {
                        _phase = Phase.WriteData;
                        _writePosition = 0;
                    }
                    else if (IsCommandStart(b))
                    {
                        ProtocolError("command 0x" + b.ToString("X2") + " while a CMD53 write waited for its data");
                        BeginCommand(b);
                    }
                    else if (b != 0xFF)
                    {
                        ProtocolError("byte 0x" + b.ToString("X2") + " where start token 0x" + expected.ToString("X2") + " was due");
                    }

                    break;

                case Phase.WriteData:
                    _writeBlock[_writePosition++] = b;
                    if (_writePosition == _writeSize)
                    {
                        _phase = Phase.WriteCrc;
                        _crcLeft = 2;
                    }

                    break;

                case Phase.WriteCrc:
                    if (--_crcLeft == 0)
                    {
                        FinishWriteBlock();
                    }

                    break;
            }
        }

        private static bool IsCommandStart(byte b)
        {
            return (b & 0xC0) == 0x40;
        }

        private void BeginCommand(byte b)
        {
            if (_miso.Count > 0)
            {
                ProtocolError("new command while " + _miso.Count + " response bytes were still unread");
                _miso.Clear();
            }

            _phase = Phase.Command;
            _command[0] = b;
            _commandLength = 1;
        }

        private void Respond(params byte[] response)
        {
            // one byte of N_CR, then the response: R1/R5 lands at offset 8 of the host's frame
            _miso.Enqueue(0xFF);
            foreach (byte b in response)
            {
                _miso.Enqueue(b);
            }
        }

        private byte IdleFlag => _idle ? R5Idle : (byte)0x00;

        private void Execute()
        {
            int index = _command[0] & 0x3F;
            uint argument = ((uint)_command[1] << 24) | ((uint)_command[2] << 16) | ((uint)_command[3] << 8) | _command[4];
            byte crc = _command[5];
            _counters.SdioCommands++;

            // CRCs are off, but the end bit must be set and CMD0 still carries its fixed CRC
            if ((crc & 0x01) == 0 || (index == 0 && crc != 0x95))
            {
                ProtocolError("CMD" + index + " with CRC byte 0x" + crc.ToString("X2"));
                Respond((byte)(IdleFlag | R5CrcError));
                return;
            }

            switch (index)
            {
                case 0:
                    _counters.Cmd0++;
                    _trace?.Event("CMD0: link reset");
                    LinkReset();
                    Respond(R5Idle);
                    break;

                case 5:
                    _counters.Cmd5++;
                    ExecuteCmd5(argument & 0xFFFFFF);
                    break;

                case 8:
                    // SDIO-only: SEND_IF_COND is not supported
                    Respond((byte)(IdleFlag | R5IllegalCommand));
                    break;

                case 52:
                    _counters.Cmd52++;
                    if (!InjectedError())
                    {
                        ExecuteCmd52(argument);
                    }

                    break;

                case 53:
                    _counters.Cmd53++;
                    if (!InjectedError())
                    {
                        ExecuteCmd53(argument);
                    }

                    break;

                case 59:
                    // CRC checking is not emulated: only "CRC off" is accepted
                    Respond((argument & 0x01) != 0 ? (byte)(IdleFlag | R5IllegalCommand) : IdleFlag);
                    break;

                default:
                    ProtocolError("unsupported CMD" + index);
                    Respond((byte)(IdleFlag | R5IllegalCommand));
                    break;
            }
        }

        private bool InjectedError()
        {
            if (_nextCommandError == 0)
            {
                return false;
            }

            Respond(_nextCommandError, 0x00);
            _trace?.Event("fault: CMD" + (_command[0] & 0x3F) + " answered with R5 flags 0x" + _nextCommandError.ToString("X2") + " (injected)");
            _nextCommandError = 0;
            return true;
        }

        private void ExecuteCmd5(uint ocr)
        {
            // one I/O function, no memory, 2.7-3.6 V; bit 31 reports "ready"
            const uint Conditions = (1u << 28) | 0xFF8000;
            if (ocr == 0)
            {
                // inquiry
                RespondOcr(IdleFlag, Conditions | (_idle ? 0 : 0x80000000u));
                return;
            }

            if (_opPollsLeft > 0)
            {
                _opPollsLeft--;
                RespondOcr(R5Idle, Conditions);
                return;
            }

            _idle = false;
            RespondOcr(0x00, Conditions | 0x80000000u);
        }

        private void RespondOcr(byte r1, uint ocr)
        {
            Respond(r1, (byte)(ocr >> 24), (byte)(ocr >> 16), (byte)(ocr >> 8), (byte)ocr);
        }

        private void ExecuteCmd52(uint argument)
        {
            bool write = (argument & 0x80000000) != 0;
            int function = (int)((argument >> 28) & 0x07);
            bool readAfterWrite = (argument & 0x08000000) != 0;
            int address = (int)((argument >> 9) & 0x1FFFF);
            byte data = (byte)argument;

            byte error = CheckAccess(function, address);
            if (error != 0)
            {
                Respond((byte)(IdleFlag | error), 0x00);
                return;
            }

            byte value;
            if (write)
            {
                WriteRegister(function, address, data);
                value = readAfterWrite ? ReadRegister(function, address) : data;
            }
            else
            {
                value = ReadRegister(function, address);
            }

            Respond(IdleFlag, value);
        }

        private void ExecuteCmd53(uint argument)
        {
            bool write = (argument & 0x80000000) != 0;
            int function = (int)((argument >> 28) & 0x07);
            bool blockMode = (argument & 0x08000000) != 0;
            bool increment = (argument & 0x04000000) != 0;
            int address = (int)((argument >> 9) & 0x1FFFF);
            int count = (int)(argument & 0x1FF);

            byte error = CheckAccess(function, address);
            int blockSize = 0;
            if (error == 0 && blockMode)
            {
                blockSize = function == 0 ? _fn0[CccrFn0BlockSizeLow] | (_fn0[CccrFn0BlockSizeHigh] << 8) : _fn0[FbrFn1BlockSizeLow] | (_fn0[FbrFn1BlockSizeHigh] << 8);
                if (count == 0 || blockSize == 0 || blockSize > 512)
                {
                    // an infinite block count or a block size never configured
                    ProtocolError("CMD53 block mode with count " + count + " and block size " + blockSize);
                    error = R5ParameterError;
                }
            }

            if (error != 0)
            {
                Respond((byte)(IdleFlag | error), 0x00);
                return;
            }

            int blocks = blockMode ? count : 1;
            int size = blockMode ? blockSize : (count == 0 ? 512 : count);
            bool fifo = function == 1 && address == Fn1DataAddress && !increment;
            Respond(IdleFlag, 0x00);

            if (write)
            {
                if (fifo)
                {
                    _counters.Fn1DataWrites++;
                }

                _writeFunction = function;
                _writeAddress = address;
                _writeIncrement = increment;
                _writeBlockMode = blockMode;
                _writeBlocksLeft = blocks;
                _writeSize = size;
                _phase = Phase.WriteAwaitToken;
                return;
            }

            if (fifo)
            {
                _counters.Fn1DataReads++;
            }

            // the whole read is decided now; the host clocks it out over its frames
            byte[] data = new byte[blocks * size];
            if (fifo)
            {
                ReadFifo(data);
            }
            else
            {
                for (int i = 0; i < data.Length; i++)
                {
                    data[i] = ReadRegister(function, increment ? address + i : address);
                }
            }

            for (int i = 0; i < _options.ReadLatencyBytes; i++)
            {
                _miso.Enqueue(0xFF);
            }

            for (int block = 0; block < blocks; block++)
            {
                if (block > 0)
                {
                    for (int i = 0; i < _options.InterBlockBusyBytes; i++)
                    {
                        _miso.Enqueue(0x00);
                    }

                    for (int i = 0; i < _options.InterBlockGapBytes; i++)
                    {
                        _miso.Enqueue(0xFF);
                    }
                }

                _miso.Enqueue(0xFE);
                for (int i = 0; i < size; i++)
                {
                    _miso.Enqueue(data[(block * size) + i]);
                }

                // CRC16, zero with CRCs off
                _miso.Enqueue(0x00);
                _miso.Enqueue(0x00);
            }
        }

        private void FinishWriteBlock()
        {
            if (_corruptNextDataResponse)
            {
                _corruptNextDataResponse = false;
                _counters.RejectedBlocks++;
                _trace?.Event("fault: data block of " + _writeSize + " bytes refused with the CRC error token 0x" + DataCrcErrorToken.ToString("X2") + " (injected)");
                _miso.Enqueue(DataCrcErrorToken);
                _phase = Phase.Hunt;
                return;
            }

            _miso.Enqueue(DataAcceptedToken);
            for (int i = 0; i < _options.WriteBusyBytes; i++)
            {
                _miso.Enqueue(0x00);
            }

            if (_writeFunction == 1 && _writeAddress == Fn1DataAddress && !_writeIncrement)
            {
                AcceptFifoData(_writeBlock, _writeSize);
            }
            else
            {
                for (int i = 0; i < _writeSize; i++)
                {
                    WriteRegister(_writeFunction, _writeAddress, _writeBlock[i]);
                    if (_writeIncrement)
                    {
                        _writeAddress++;
                    }
                }
            }

            _phase = --_writeBlocksLeft > 0 ? Phase.WriteAwaitToken : Phase.Hunt;
        }

        private byte CheckAccess(int function, int address)
        {
            if (function > 1 || (function == 1 && (_fn0[CccrIoEnable] & Function1Bit) == 0))
            {
                ProtocolError("access to function " + function + " while it is not enabled");
                return R5FunctionError;
            }

            bool known = function == 0 ? address < Fn0Size || address == ClockWakeUp : address <= Fn1LastAddress;
            if (!known)
            {
                ProtocolError("access to unknown address 0x" + address.ToString("X5") + " of function " + function);
                return R5AddressError;
            }

            return 0;
        }

        private byte ReadRegister(int function, int address)
        {
            if (function == 1)
            {
                return ReadFunction1(address);
            }

            switch (address)
            {
                case CccrRevision:
                    return 0x32; // CCCR 3.0, SDIO 2.0
                case CccrIoReady:
                    return (byte)(_fn0[CccrIoEnable] & Function1Bit);
                case CccrIntPending:
                    return (byte)(_lineAsserted ? Function1Bit : 0);
                case FbrCsaPointer:
                    return (byte)_csaPointer;
                case FbrCsaPointer + 1:
                    return (byte)(_csaPointer >> 8);
                case FbrCsaPointer + 2:
                    return (byte)(_csaPointer >> 16);
                case FbrCsaData:
                    return _csaPointer < _csa.Length ? _csa[_csaPointer++] : (byte)0;
                case ClockWakeUp:
                    return _clockWakeUp;
                default:
                    return address < Fn0Size ? _fn0[address] : (byte)0;
            }
        }

        private void WriteRegister(int function, int address, byte value)
        {
            if (function == 1)
            {
                WriteFunction1(address, value);
                return;
            }

            switch (address)
            {
                case CccrIoEnable:
                    _fn0[CccrIoEnable] = (byte)(value & Function1Bit);
                    UpdateInterruptLine();
                    TryPostEvent();
                    break;
                case CccrIntEnable:
                    _fn0[CccrIntEnable] = (byte)(value & (MasterInterruptBit | Function1Bit));
                    UpdateInterruptLine();
                    TryPostEvent();
                    break;
                case CccrIoAbort:
                    if ((value & 0x08) != 0)
                    {
                        _trace?.Event("I/O abort: function 1 reset");
                        IoReset();
                    }

                    break;
                case CccrIoReady:
                case CccrIntPending:
                    break;
                case FbrCsaPointer:
                    _csaPointer = (_csaPointer & 0xFFFF00) | value;
                    break;
                case FbrCsaPointer + 1:
                    _csaPointer = (_csaPointer & 0xFF00FF) | (value << 8);
                    break;
                case FbrCsaPointer + 2:
                    _csaPointer = (_csaPointer & 0x00FFFF) | (value << 16);
                    break;
                case FbrCsaData:
                    if ((_fn0[FbrCsaConfig] & 0x80) == 0 || _csaPointer >= _csa.Length)
                    {
                        ProtocolError("CSA data write with the CSA disabled or past its end");
                    }
                    else
                    {
                        _csa[_csaPointer++] = value;
                    }

                    break;
                case ClockWakeUp:
                    _clockWakeUp = value;
                    break;
                default:
                    _fn0[address] = value;
                    break;
            }
        }

        /// <summary>CMD0: back to idle, every function register cleared, transfers in flight abandoned.</summary>
        private void LinkReset()
        {
            _idle = true;
            _opPollsLeft = _options.OpWaitingPolls;
            IoReset();
        }

        private void IoReset()
        {
            Array.Clear(_fn0, 0, _fn0.Length);
            _clockWakeUp = 0;
            _csaPointer = 0;
            ResetFunction1();
        }

        private void PowerDown()
        {
            _phase = Phase.Hunt;
            _miso.Clear();
            _idle = true;
            _opPollsLeft = _options.OpWaitingPolls;
            _nextCommandError = 0;
            _corruptNextDataResponse = false;
            _resetAfterBytes = -1;
            IoReset();
            DropOutbound();
        }

        private void StartBoot()
        {
            _bootDoneTicks = BootTicks();
            _deferred.Enqueue(() => _firmware.OnReset());
        }

        private void ProtocolError(string what)
        {
            _trace?.Event("protocol error: " + what);
            _counters.ProtocolErrors++;
            _counters.LastProtocolError = what;
            if (_protocolLog.Count < 100)
            {
                _protocolLog.Add(what);
            }
        }

        /// <summary>Adds an SDIO event line to the trace, when one is on.</summary>
        /// <param name="text">What happened.</param>
        internal void TraceEvent(string text)
        {
            Volatile.Read(ref _trace)?.Event(text);
        }

        /// <summary>Runs firmware calls and INTOUT notifications outside the lock, in order, on one thread at a time.</summary>
        internal void Dispatch()
        {
            while (true)
            {
                Action next;
                lock (_sync)
                {
                    if (_dispatching || _deferred.Count == 0)
                    {
                        return;
                    }

                    _dispatching = true;
                    next = _deferred.Dequeue();
                }

                try
                {
                    next();
                }
                finally
                {
                    lock (_sync)
                    {
                        _dispatching = false;
                    }
                }
            }
        }
    }
}
