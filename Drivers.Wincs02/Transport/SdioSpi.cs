// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Bus;

namespace Drivers.Wincs02.Transport
{
    /// <summary>
    /// SDIO-over-SPI master for the WINCS02 (<c>winc_sdio_drv.c</c>): CMD0/5/8/52/53/59 frames with CRCs off,
    /// the CMD53 data phases (512-byte block mode, byte-mode remainder in a new CMD53) and the resumable
    /// bring-up state machine. Chip select is released after every frame exactly where Harmony releases it.
    /// Buffers are allocated once; every poll loop is bounded by <see cref="RetryCount"/>.
    /// </summary>
    public sealed class SdioSpi
    {
        /// <summary>Retries of each busy or start-token poll (<c>SPI_SDIO_RETRY_CNT</c>).</summary>
        public const int RetryCount = 100;

        /// <summary>CMD52 reads of INT_ID_CLR before DATA_RDY is declared missing.</summary>
        public const int DataReadyRetryCount = 100;

        /// <summary>OCR sent by CMD5 while waiting for the module to become ready.</summary>
        public const uint OperatingConditions = 0x200000;

        private const byte StartToken = 0xFE;
        private const byte MultiBlockStartToken = 0xFC;
        private const byte DataAccepted = 0x05;
        private const int BlockSize = SdioRegisters.BlockSize;

        // the CMD53 count field has 9 bits, and a block count of 0 would mean "until stopped"
        private const int MaxBlockCount = 511;

        // The bring-up writes of WINC_SDIODeviceInit (cmd52InitSeq1), in order.
        private static readonly uint[] s_configRegisters = new uint[]
        {
            SdioRegisters.Fn0FbrFn1BlkSzL,
            SdioRegisters.Fn0FbrFn1BlkSzH,
            SdioRegisters.Fn0FbrFn1CsaCfg,
            SdioRegisters.Fn0CccrFn0BlkSzL,
            SdioRegisters.Fn0CccrFn0BlkSzH,
            SdioRegisters.Fn0CccrIoEn,
            SdioRegisters.Fn0CccrBusIfCtrl,
            SdioRegisters.Fn0CccrIntEn,
            SdioRegisters.Fn0CisClockWakeUp,
            SdioRegisters.Fn1IntEn,
        };

        private static readonly byte[] s_configValues = new byte[]
        {
            BlockSize & 0xFF,
            BlockSize >> 8,
            SdioRegisters.CsaCfgEn,
            BlockSize & 0xFF,
            BlockSize >> 8,
            SdioRegisters.CccrFnIo1,
            SdioRegisters.CccrBusIfCtrlEcsi | SdioRegisters.CccrBusIfCtrlBus1,
            SdioRegisters.CccrIntEnMaster | SdioRegisters.CccrFnInt1,
            SdioRegisters.ClockWakeUpAuto,
            SdioRegisters.Fn1IntMsgFromArm,
        };

        private readonly IWincsBus _bus;
        private readonly byte[] _cmd = new byte[13];
        private readonly byte[] _rsp = new byte[13];
        private readonly byte[] _poll = new byte[1];
        private readonly byte[] _ones = new byte[BlockSize];
        private readonly byte[] _sink = new byte[BlockSize];
        private SdioInitState _state = SdioInitState.Unknown;
        private byte _lastResponse;
        private byte _seed;
        private long _bytesClocked;
        private long _frames;

        /// <summary>Creates the master over a bus.</summary>
        /// <param name="bus">The SPI/GPIO bus to the module.</param>
        /// <exception cref="ArgumentNullException"><paramref name="bus"/> is null.</exception>
        public SdioSpi(IWincsBus bus)
        {
            if (bus == null)
            {
                throw new ArgumentNullException();
            }

            _bus = bus;
            for (int i = 0; i < _ones.Length; i++)
            {
                _ones[i] = 0xFF;
            }
        }

        /// <summary>Gets the state of the bring-up state machine.</summary>
        public SdioInitState InitState => _state;

        /// <summary>Gets the last non-zero CMD52/CMD53 R5 flags, or the byte that failed a transfer or a bring-up step (R1, token or busy byte).</summary>
        public byte LastResponse => _lastResponse;

        /// <summary>Gets the number of bytes clocked since creation.</summary>
        public long BytesClocked => _bytesClocked;

        /// <summary>Gets the number of chip-select frames since creation.</summary>
        public long Frames => _frames;

        /// <summary>Makes the next <see cref="DeviceInit"/> start from <see cref="SdioInitState.Unknown"/>.</summary>
        public void ResetInit()
        {
            _state = SdioInitState.Unknown;
        }

        /// <summary>
        /// Runs the bring-up (<c>WINC_SDIODeviceInit</c>) as far as it can without waiting: I/O abort, CMD0
        /// until idle, CMD5, CMD5 until ready, then CMD59 and the configuration writes with their verification.
        /// </summary>
        /// <returns><see cref="SdioStatus.Ok"/> when running, a positive status to call again later (~100 ms), a negative status on failure (then <see cref="ResetInit"/>).</returns>
        public SdioStatus DeviceInit()
        {
            byte r;
            byte value;

            if (_state == SdioInitState.Running)
            {
                return SdioStatus.Ok;
            }

            if (_state == SdioInitState.Error)
            {
                return SdioStatus.Error;
            }

            if (_state == SdioInitState.Unknown)
            {
                r = Cmd52Read(SdioRegisters.Fn0CccrIoAbort, out value);
                if (r == SdioRegisters.R1Idle)
                {
                    r = Cmd52Write(SdioRegisters.Fn0CccrIoAbort, (byte)(value | SdioRegisters.CccrIoAbortReset));
                    if (r != SdioRegisters.R1Idle)
                    {
                        return Fail(SdioStatus.AbortFailed, r);
                    }
                }

                _state = SdioInitState.Resetting;
            }

            if (_state == SdioInitState.Resetting)
            {
                r = Cmd0();

                // 0x00 until the module has enabled its MISO pull-up, 0xFF while nothing drives MISO
                if (r == SdioRegisters.R1Failed || r == SdioRegisters.R1Ok)
                {
                    _lastResponse = r;
                    return SdioStatus.ResetWaiting;
                }

                if (r != SdioRegisters.R1Idle)
                {
                    return Fail(SdioStatus.ResetFailed, r);
                }

                _state = SdioInitState.SendOp;
            }

            uint ocr;
            if (_state == SdioInitState.SendOp)
            {
                r = Cmd5(0, out ocr);
                if (r != SdioRegisters.R1Idle)
                {
                    return Fail(SdioStatus.OpFailed, r);
                }

                _state = SdioInitState.WaitOp;
            }

            if (_state == SdioInitState.WaitOp)
            {
                r = Cmd5(OperatingConditions, out ocr);
                if ((r & 0xFE) != SdioRegisters.R1Ok)
                {
                    return Fail(SdioStatus.OpFailed, r);
                }

                if ((ocr & 0x80000000) == 0)
                {
                    return SdioStatus.OpWaiting;
                }

                _state = SdioInitState.Config;
            }

            // Config: any failure below leaves the state in Error, as Harmony does
            _state = SdioInitState.Error;
            r = Cmd59();
            if (r != SdioRegisters.R1Ok)
            {
                return Fail(SdioStatus.CfgFailed, r);
            }

            for (int i = 0; i < s_configRegisters.Length; i++)
            {
                r = Cmd52Write(s_configRegisters[i], s_configValues[i]);
                if (r != SdioRegisters.R1Ok)
                {
                    return Fail(SdioStatus.CfgFailed, r);
                }
            }

            if (!Verify(SdioRegisters.Fn0FbrFn1CsaCfg, SdioRegisters.CsaCfgEn)
                || !Verify(SdioRegisters.Fn0CccrIoRdy, SdioRegisters.CccrFnIo1)
                || !Verify(SdioRegisters.Fn0CccrIntEn, SdioRegisters.CccrIntEnMaster | SdioRegisters.CccrFnInt1))
            {
                return SdioStatus.CfgFailed;
            }

            _state = SdioInitState.Running;
            return SdioStatus.Ok;
        }

        /// <summary>CMD0 (GO_IDLE_STATE): <c>FF 40 00 00 00 00 95 FF FF</c>.</summary>
        /// <returns>R1 (rx[8]): 0x01 idle, 0x00 or 0xFF while the module boots.</returns>
        public byte Cmd0()
        {
            Fill(_cmd, 0, 9, 0xFF);
            _cmd[1] = 0x40;
            _cmd[2] = 0x00;
            _cmd[3] = 0x00;
            _cmd[4] = 0x00;
            _cmd[5] = 0x00;
            _cmd[6] = 0x95;
            Exchange(9);
            return _rsp[8];
        }

        /// <summary>CMD5 (IO_SEND_OP_COND), 13 bytes.</summary>
        /// <param name="ocr">Operating conditions (24 bits).</param>
        /// <param name="response">The OCR the module returned (rx[9..12], bit 31 = ready).</param>
        /// <returns>R1 (rx[8]).</returns>
        public byte Cmd5(uint ocr, out uint response)
        {
            Fill(_cmd, 0, 13, 0xFF);
            _cmd[1] = 0x45;
            _cmd[2] = 0x00;
            _cmd[3] = (byte)(ocr >> 16);
            _cmd[4] = (byte)(ocr >> 8);
            _cmd[5] = (byte)ocr;
            _cmd[6] = 0x01;
            Exchange(13);
            response = ((uint)_rsp[9] << 24) | ((uint)_rsp[10] << 16) | ((uint)_rsp[11] << 8) | _rsp[12];
            return _rsp[8];
        }

        /// <summary>CMD8 (SEND_IF_COND) as Harmony sends it, argument byte 2 left at 0xFF: <c>FF 48 00 FF 01 AA 01 FF FF</c>.</summary>
        /// <returns>R1 (rx[8]).</returns>
        public byte Cmd8()
        {
            Fill(_cmd, 0, 9, 0xFF);
            _cmd[1] = 0x48;
            _cmd[2] = 0x00;
            _cmd[4] = 0x01;
            _cmd[5] = 0xAA;
            _cmd[6] = 0x01;
            Exchange(9);
            return _rsp[8];
        }

        /// <summary>CMD59 (CRC_ON_OFF) with CRCs off, as Harmony sends it: <c>FF 7B 00 FF 00 00 01 FF FF</c>.</summary>
        /// <returns>R1 (rx[8]); 0x00 expected.</returns>
        public byte Cmd59()
        {
            Fill(_cmd, 0, 9, 0xFF);
            _cmd[1] = 0x7B;
            _cmd[2] = 0x00;
            _cmd[4] = 0x00;
            _cmd[5] = 0x00;
            _cmd[6] = 0x01;
            Exchange(9);
            return _rsp[8];
        }

        /// <summary>CMD52 read of one register.</summary>
        /// <param name="fnRegAddr">Function and register (see <see cref="SdioRegisters"/>).</param>
        /// <param name="value">The register value (rx[9]).</param>
        /// <returns>R5 flags (rx[8]): 0x00 OK, 0x01 idle, other bits errors.</returns>
        public byte Cmd52Read(uint fnRegAddr, out byte value)
        {
            Cmd52(fnRegAddr, false, 0);
            value = _rsp[9];
            return _rsp[8];
        }

        /// <summary>CMD52 write of one register.</summary>
        /// <param name="fnRegAddr">Function and register (see <see cref="SdioRegisters"/>).</param>
        /// <param name="value">Value to write.</param>
        /// <returns>R5 flags (rx[8]): 0x00 OK, 0x01 idle, other bits errors.</returns>
        public byte Cmd52Write(uint fnRegAddr, byte value)
        {
            Cmd52(fnRegAddr, true, value);
            return _rsp[8];
        }

        /// <summary>
        /// CMD53 write (<c>WINC_SDIOCmd53Write</c>): more than 512 bytes go in block mode, the remainder in a
        /// new byte-mode CMD53; each block is followed by the data-response token check and the busy poll.
        /// </summary>
        /// <param name="fnRegAddr">Function and register.</param>
        /// <param name="buffer">Bytes to write.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes (at least 1).</param>
        /// <param name="incrementAddress">True for an incrementing register address, false for a FIFO.</param>
        /// <returns><see cref="SdioResult.Ok"/> or why it failed.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside the buffer or empty.</exception>
        public SdioResult Cmd53Write(uint fnRegAddr, byte[] buffer, int offset, int length, bool incrementAddress)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException();
            }

            CheckRange(buffer, offset, length);

            int remaining = length;
            int position = offset;
            while (remaining > 0)
            {
                bool blockMode = remaining > BlockSize;
                int count = blockMode ? Min(remaining / BlockSize, MaxBlockCount) : remaining & (BlockSize - 1);
                int size = blockMode ? BlockSize : remaining;
                int blocks = blockMode ? count : 1;

                SdioResult result = Cmd53Header(true, fnRegAddr, blockMode, incrementAddress, count);
                if (result != SdioResult.Ok)
                {
                    return result;
                }

                for (int block = 0; block < blocks; block++)
                {
                    result = WriteBlock(buffer, position, size, blockMode);
                    if (result != SdioResult.Ok)
                    {
                        return result;
                    }

                    position += size;
                    remaining -= size;
                }
            }

            return SdioResult.Ok;
        }

        /// <summary>CMD53 read; a read of <see cref="SdioRegisters.Fn1Data"/> first polls and clears DATA_RDY.</summary>
        /// <param name="fnRegAddr">Function and register.</param>
        /// <param name="buffer">Receives the bytes; null drains them without storing anything.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes (at least 1).</param>
        /// <param name="incrementAddress">True for an incrementing register address, false for a FIFO.</param>
        /// <returns><see cref="SdioResult.Ok"/> or why it failed.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside the buffer or empty.</exception>
        public SdioResult Cmd53Read(uint fnRegAddr, byte[] buffer, int offset, int length, bool incrementAddress)
        {
            return Cmd53Read(fnRegAddr, buffer, offset, length, incrementAddress, false);
        }

        /// <summary>CMD53 read; a read of <see cref="SdioRegisters.Fn1Data"/> polls and clears DATA_RDY before each CMD53.</summary>
        /// <param name="fnRegAddr">Function and register.</param>
        /// <param name="buffer">Receives the bytes; null drains them without storing anything.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Number of bytes (at least 1).</param>
        /// <param name="incrementAddress">True for an incrementing register address, false for a FIFO.</param>
        /// <param name="dataReadyCleared">True when the caller has just seen DATA_RDY set and cleared it, so the first CMD53 needs no poll.</param>
        /// <returns><see cref="SdioResult.Ok"/> or why it failed.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside the buffer or empty.</exception>
        public SdioResult Cmd53Read(uint fnRegAddr, byte[] buffer, int offset, int length, bool incrementAddress, bool dataReadyCleared)
        {
            if (buffer != null)
            {
                CheckRange(buffer, offset, length);
            }
            else if (length <= 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            int remaining = length;
            int position = offset;
            bool skipDataReady = dataReadyCleared;
            while (remaining > 0)
            {
                SdioResult result;
                if (fnRegAddr == SdioRegisters.Fn1Data)
                {
                    if (!skipDataReady)
                    {
                        result = WaitDataReady();
                        if (result != SdioResult.Ok)
                        {
                            return result;
                        }
                    }

                    skipDataReady = false;
                }

                bool blockMode = remaining > BlockSize;
                int count = blockMode ? Min(remaining / BlockSize, MaxBlockCount) : remaining & (BlockSize - 1);
                int size = blockMode ? BlockSize : remaining;
                int blocks = blockMode ? count : 1;

                result = Cmd53Header(false, fnRegAddr, blockMode, incrementAddress, count);
                if (result != SdioResult.Ok)
                {
                    return result;
                }

                // the token search of the first block starts from an idle byte, later ones from the byte after the CRC
                _seed = 0xFF;
                for (int block = 0; block < blocks; block++)
                {
                    result = ReadBlock(buffer, position, size);
                    if (result != SdioResult.Ok)
                    {
                        return result;
                    }

                    position += size;
                    remaining -= size;
                }
            }

            return SdioResult.Ok;
        }

        private static int Min(int a, int b)
        {
            return a < b ? a : b;
        }

        private static void CheckRange(byte[] buffer, int offset, int length)
        {
            if (offset < 0 || length <= 0 || offset > buffer.Length - length)
            {
                throw new ArgumentOutOfRangeException();
            }
        }

        private static void Fill(byte[] array, int start, int count, byte value)
        {
            for (int i = start; i < start + count; i++)
            {
                array[i] = value;
            }
        }

        private SdioStatus Fail(SdioStatus status, byte response)
        {
            _state = SdioInitState.Error;
            _lastResponse = response;
            return status;
        }

        private bool Verify(uint fnRegAddr, byte bits)
        {
            byte value;
            byte r = Cmd52Read(fnRegAddr, out value);
            if (r != SdioRegisters.R1Ok)
            {
                _lastResponse = r;
                return false;
            }

            if ((value & bits) != bits)
            {
                _lastResponse = value;
                return false;
            }

            return true;
        }

        private void Cmd52(uint fnRegAddr, bool write, byte value)
        {
            Fill(_cmd, 0, 11, 0xFF);
            _cmd[1] = 0x74;
            _cmd[2] = (byte)((write ? 0x80u : 0x00u) | ((fnRegAddr >> 24) & 0x70) | ((fnRegAddr >> 15) & 0x03));
            _cmd[3] = (byte)(fnRegAddr >> 7);
            _cmd[4] = (byte)((fnRegAddr << 1) & 0xFE);
            _cmd[5] = write ? value : (byte)0x00;
            _cmd[6] = 0x01;
            Exchange(11);
            if (_rsp[8] != SdioRegisters.R1Ok)
            {
                _lastResponse = _rsp[8];
            }
        }

        private SdioResult Cmd53Header(bool write, uint fnRegAddr, bool blockMode, bool incrementAddress, int count)
        {
            Fill(_cmd, 0, 11, 0xFF);
            _cmd[1] = 0x75;
            _cmd[2] = (byte)((write ? 0x80u : 0x00u) | ((fnRegAddr >> 24) & 0x70) | (blockMode ? 0x08u : 0x00u)
                | (incrementAddress ? 0x04u : 0x00u) | ((fnRegAddr >> 15) & 0x03));
            _cmd[3] = (byte)(fnRegAddr >> 7);
            _cmd[4] = (byte)(((fnRegAddr << 1) & 0xFE) | ((uint)(count >> 8) & 0x01));
            _cmd[5] = (byte)count;
            _cmd[6] = 0x01;
            Exchange(11);

            if (_rsp[8] != 0 || _rsp[9] != 0)
            {
                _lastResponse = _rsp[8] != 0 ? _rsp[8] : _rsp[9];
                return SdioResult.CommandFailed;
            }

            return SdioResult.Ok;
        }

        private SdioResult WriteBlock(byte[] buffer, int position, int size, bool blockMode)
        {
            byte token;
            int busyIndex;

            if (size <= 4)
            {
                // start token, data, CRC16 (zero with CRCs off) and three filler bytes in one frame
                _cmd[0] = 0xFF;
                _cmd[1] = StartToken;
                Array.Copy(buffer, position, _cmd, 2, size);
                _cmd[2 + size] = 0x00;
                _cmd[3 + size] = 0x00;
                Fill(_cmd, 4 + size, 3, 0xFF);
                Exchange(7 + size);
                token = _rsp[4 + size];
                busyIndex = 6 + size;
            }
            else
            {
                _cmd[0] = 0xFF;
                _cmd[1] = blockMode ? MultiBlockStartToken : StartToken;
                Transfer(_cmd, 0, _sink, 0, 2);
                Transfer(buffer, position, _sink, 0, size);
                _cmd[0] = 0x00;
                _cmd[1] = 0x00;
                Fill(_cmd, 2, 3, 0xFF);
                Exchange(5);
                token = _rsp[2];
                busyIndex = 4;
            }

            if ((token & 0x1F) != DataAccepted)
            {
                _lastResponse = token;
                return token == 0x00 ? SdioResult.NoResponse : SdioResult.DataRejected;
            }

            byte busy = _rsp[busyIndex];
            for (int retry = RetryCount; busy == 0x00 && retry > 0; retry--)
            {
                busy = PollByte();
            }

            if (busy == 0x00)
            {
                _lastResponse = busy;
                return SdioResult.BusyTimeout;
            }

            return SdioResult.Ok;
        }

        private SdioResult ReadBlock(byte[] buffer, int position, int size)
        {
            // wait for MISO to rise, then for a byte with bit 0 clear: the start token
            byte b = _seed;
            int retry = RetryCount;
            while (b == 0x00 && retry > 0)
            {
                b = PollByte();
                retry--;
            }

            if (b != 0x00)
            {
                retry = RetryCount;
                while ((b & 0x01) != 0 && retry > 0)
                {
                    b = PollByte();
                    retry--;
                }
            }

            if (b != StartToken)
            {
                _lastResponse = b;
                if ((b & 0x01) != 0)
                {
                    return SdioResult.TokenTimeout;
                }

                return b == 0x00 ? SdioResult.NoResponse : SdioResult.StartTokenMissing;
            }

            if (size <= 4)
            {
                // data, CRC16 and one more byte that seeds the next token search
                Transfer(_ones, 0, _rsp, 0, size + 3);
                if (buffer != null)
                {
                    Array.Copy(_rsp, 0, buffer, position, size);
                }

                _seed = _rsp[size + 2];
            }
            else
            {
                if (buffer != null)
                {
                    Transfer(_ones, 0, buffer, position, size);
                }
                else
                {
                    Transfer(_ones, 0, _sink, 0, size);
                }

                Transfer(_ones, 0, _rsp, 0, 3);
                _seed = _rsp[2];
            }

            return SdioResult.Ok;
        }

        private SdioResult WaitDataReady()
        {
            byte value;
            for (int i = 0; i < DataReadyRetryCount; i++)
            {
                byte r = Cmd52Read(SdioRegisters.Fn1IntIdClr, out value);
                if (r != SdioRegisters.R1Ok)
                {
                    _lastResponse = r;
                    return SdioResult.CommandFailed;
                }

                if ((value & SdioRegisters.Fn1IntDataRdy) != 0)
                {
                    r = Cmd52Write(SdioRegisters.Fn1IntIdClr, SdioRegisters.Fn1IntDataRdy);
                    if (r != SdioRegisters.R1Ok)
                    {
                        _lastResponse = r;
                        return SdioResult.CommandFailed;
                    }

                    return SdioResult.Ok;
                }
            }

            _lastResponse = 0x00;
            return SdioResult.DataReadyTimeout;
        }

        private byte PollByte()
        {
            Transfer(_ones, 0, _poll, 0, 1);
            return _poll[0];
        }

        private void Exchange(int length)
        {
            Transfer(_cmd, 0, _rsp, 0, length);
        }

        private void Transfer(byte[] write, int writeOffset, byte[] read, int readOffset, int length)
        {
            _bus.Transfer(new SpanByte(write, writeOffset, length), new SpanByte(read, readOffset, length));
            _bytesClocked += length;
            _frames++;
        }
    }
}
