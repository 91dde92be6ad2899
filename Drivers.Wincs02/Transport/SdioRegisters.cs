// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Transport
{
    /// <summary>
    /// SDIO register addresses and bits of the WINCS02 (<c>WINC_SDIOREG_*</c>, <c>WINC_SDIO_REG_*</c>).
    /// An address is <c>function &lt;&lt; 28 | register</c>, as the Harmony <c>fnRegAddr</c> encoding.
    /// </summary>
    public static class SdioRegisters
    {
        /// <summary>Function 1 in a register address (bits 28..30).</summary>
        public const uint Function1 = 0x10000000;

        /// <summary>CCCR I/O enable (function bits).</summary>
        public const uint Fn0CccrIoEn = 0x02;

        /// <summary>CCCR I/O ready (function bits).</summary>
        public const uint Fn0CccrIoRdy = 0x03;

        /// <summary>CCCR interrupt enable (master and function bits).</summary>
        public const uint Fn0CccrIntEn = 0x04;

        /// <summary>CCCR interrupt pending.</summary>
        public const uint Fn0CccrIntPend = 0x05;

        /// <summary>CCCR I/O abort (bit 3 = I/O reset).</summary>
        public const uint Fn0CccrIoAbort = 0x06;

        /// <summary>CCCR bus interface control.</summary>
        public const uint Fn0CccrBusIfCtrl = 0x07;

        /// <summary>CCCR function 0 block size, low byte.</summary>
        public const uint Fn0CccrFn0BlkSzL = 0x10;

        /// <summary>CCCR function 0 block size, high byte.</summary>
        public const uint Fn0CccrFn0BlkSzH = 0x11;

        /// <summary>FBR function 1 code storage area (CSA) configuration.</summary>
        public const uint Fn0FbrFn1CsaCfg = 0x100;

        /// <summary>FBR function 1 CSA pointer (3 bytes, little-endian).</summary>
        public const uint Fn0FbrFn1CsaPtr = 0x10C;

        /// <summary>FBR function 1 CSA data window.</summary>
        public const uint Fn0FbrFn1CsaData = 0x10F;

        /// <summary>FBR function 1 block size, low byte.</summary>
        public const uint Fn0FbrFn1BlkSzL = 0x110;

        /// <summary>FBR function 1 block size, high byte.</summary>
        public const uint Fn0FbrFn1BlkSzH = 0x111;

        /// <summary>CIS clock wake-up control (firmware 3.2).</summary>
        public const uint Fn0CisClockWakeUp = 0x18000;

        /// <summary>Function 1 data FIFO (messages in both directions).</summary>
        public const uint Fn1Data = 0x10000000;

        /// <summary>Function 1 interrupt identification; writing a bit clears it.</summary>
        public const uint Fn1IntIdClr = 0x10000008;

        /// <summary>Function 1 interrupt enable.</summary>
        public const uint Fn1IntEn = 0x10000009;

        /// <summary>Function 1 AHB transfer count.</summary>
        public const uint Fn1AhbTransCount = 0x1000000C;

        /// <summary>Host-to-module mailbox (4 bytes).</summary>
        public const uint Fn1SdHostGp = 0x10000024;

        /// <summary>Module-to-host mailbox (4 bytes).</summary>
        public const uint Fn1ArmGp = 0x10000028;

        /// <summary>Function 1 read data ready.</summary>
        public const uint Fn1RdDatRdy = 0x1000002C;

        /// <summary>CSA_CFG: code storage area enabled.</summary>
        public const byte CsaCfgEn = 0x80;

        /// <summary>IO_EN / IO_RDY / INT_EN bit of function 1.</summary>
        public const byte CccrFnIo1 = 0x02;

        /// <summary>INT_EN: master interrupt enable.</summary>
        public const byte CccrIntEnMaster = 0x01;

        /// <summary>INT_EN: function 1 interrupt enable.</summary>
        public const byte CccrFnInt1 = 0x02;

        /// <summary>BUS_IF_CTRL: enable continuous SPI interrupt.</summary>
        public const byte CccrBusIfCtrlEcsi = 0x20;

        /// <summary>BUS_IF_CTRL: 1-bit bus.</summary>
        public const byte CccrBusIfCtrlBus1 = 0x00;

        /// <summary>IO_ABORT: I/O reset.</summary>
        public const byte CccrIoAbortReset = 0x08;

        /// <summary>CIS_CLOCK_WAKE_UP: automatic clock wake-up.</summary>
        public const byte ClockWakeUpAuto = 0x01;

        /// <summary>CIS_CLOCK_WAKE_UP: manual clock wake-up (around CSA pointer writes).</summary>
        public const byte ClockWakeUpManual = 0x02;

        /// <summary>INT_ID_CLR: data is ready to be read from <see cref="Fn1Data"/>.</summary>
        public const byte Fn1IntDataRdy = 0x01;

        /// <summary>INT_ID_CLR: read error.</summary>
        public const byte Fn1IntReadErr = 0x02;

        /// <summary>INT_ID_CLR: the module wrote <see cref="Fn1ArmGp"/>.</summary>
        public const byte Fn1IntMsgFromArm = 0x04;

        /// <summary>INT_ID_CLR: the module acknowledges the host's mailbox.</summary>
        public const byte Fn1IntAckToHost = 0x08;

        /// <summary>R1/R5: no error.</summary>
        public const byte R1Ok = 0x00;

        /// <summary>R1/R5: in idle state.</summary>
        public const byte R1Idle = 0x01;

        /// <summary>R1/R5: erase reset.</summary>
        public const byte R1EraseReset = 0x02;

        /// <summary>R1/R5: illegal command.</summary>
        public const byte R1IllegalCmd = 0x04;

        /// <summary>R1/R5: command CRC error.</summary>
        public const byte R1ComCrcErr = 0x08;

        /// <summary>R1/R5: invalid function number.</summary>
        public const byte R1FuncNumErr = 0x10;

        /// <summary>R1/R5: address error.</summary>
        public const byte R1AddrErr = 0x20;

        /// <summary>R1/R5: parameter error.</summary>
        public const byte R1ParamErr = 0x40;

        /// <summary>R1/R5: no answer (MISO idle high).</summary>
        public const byte R1Failed = 0xFF;

        /// <summary>SDIO block size used in block mode (<c>SPI_SDIO_BLOCK_SZ</c>).</summary>
        public const int BlockSize = 512;
    }
}
