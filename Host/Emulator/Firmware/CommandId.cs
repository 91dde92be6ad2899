// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>Command ids (WINC_CMD_ID_*): module &lt;&lt; 8 | index within the module.</summary>
    public static class CommandId
    {
        /// <summary>WINC_CMD_ID_GMI.</summary>
        public const ushort Gmi = 0x0200;

        /// <summary>WINC_CMD_ID_GMM.</summary>
        public const ushort Gmm = 0x0201;

        /// <summary>WINC_CMD_ID_GMR.</summary>
        public const ushort Gmr = 0x0202;

        /// <summary>WINC_CMD_ID_CFG.</summary>
        public const ushort Cfg = 0x0300;

        /// <summary>WINC_CMD_ID_DHCPSC.</summary>
        public const ushort Dhcpsc = 0x0400;

        /// <summary>WINC_CMD_ID_DNSC.</summary>
        public const ushort Dnsc = 0x0500;

        /// <summary>WINC_CMD_ID_DNSRESOLV.</summary>
        public const ushort Dnsresolv = 0x0501;

        /// <summary>WINC_CMD_ID_FS.</summary>
        public const ushort Fs = 0x0700;

        /// <summary>WINC_CMD_ID_FSTSFR.</summary>
        public const ushort Fstsfr = 0x0701;

        /// <summary>WINC_CMD_ID_NETIFC.</summary>
        public const ushort Netifc = 0x0900;

        /// <summary>WINC_CMD_ID_OTAC.</summary>
        public const ushort Otac = 0x0A00;

        /// <summary>WINC_CMD_ID_OTADL.</summary>
        public const ushort Otadl = 0x0A01;

        /// <summary>WINC_CMD_ID_OTAVFY.</summary>
        public const ushort Otavfy = 0x0A02;

        /// <summary>WINC_CMD_ID_OTAACT.</summary>
        public const ushort Otaact = 0x0A03;

        /// <summary>WINC_CMD_ID_OTAINV.</summary>
        public const ushort Otainv = 0x0A04;

        /// <summary>WINC_CMD_ID_PING.</summary>
        public const ushort Ping = 0x0B00;

        /// <summary>WINC_CMD_ID_RST.</summary>
        public const ushort Rst = 0x0C00;

        /// <summary>WINC_CMD_ID_SNTPC.</summary>
        public const ushort Sntpc = 0x0D00;

        /// <summary>WINC_CMD_ID_SOCKO.</summary>
        public const ushort Socko = 0x0E00;

        /// <summary>WINC_CMD_ID_SOCKBL.</summary>
        public const ushort Sockbl = 0x0E01;

        /// <summary>WINC_CMD_ID_SOCKBR.</summary>
        public const ushort Sockbr = 0x0E02;

        /// <summary>WINC_CMD_ID_SOCKBM.</summary>
        public const ushort Sockbm = 0x0E03;

        /// <summary>WINC_CMD_ID_SOCKTLS.</summary>
        public const ushort Socktls = 0x0E04;

        /// <summary>WINC_CMD_ID_SOCKWR.</summary>
        public const ushort Sockwr = 0x0E05;

        /// <summary>WINC_CMD_ID_SOCKWRTO.</summary>
        public const ushort Sockwrto = 0x0E06;

        /// <summary>WINC_CMD_ID_SOCKRD.</summary>
        public const ushort Sockrd = 0x0E07;

        /// <summary>WINC_CMD_ID_SOCKRDBUF.</summary>
        public const ushort Sockrdbuf = 0x0E08;

        /// <summary>WINC_CMD_ID_SOCKCL.</summary>
        public const ushort Sockcl = 0x0E09;

        /// <summary>WINC_CMD_ID_SOCKLST.</summary>
        public const ushort Socklst = 0x0E0A;

        /// <summary>WINC_CMD_ID_SOCKC.</summary>
        public const ushort Sockc = 0x0E0B;

        /// <summary>WINC_CMD_ID_TIME.</summary>
        public const ushort Time = 0x1000;

        /// <summary>WINC_CMD_ID_TLSC.</summary>
        public const ushort Tlsc = 0x1100;

        /// <summary>WINC_CMD_ID_TLSCSC.</summary>
        public const ushort Tlscsc = 0x1101;

        /// <summary>WINC_CMD_ID_WAPC.</summary>
        public const ushort Wapc = 0x1200;

        /// <summary>WINC_CMD_ID_WAP.</summary>
        public const ushort Wap = 0x1201;

        /// <summary>WINC_CMD_ID_WSCNC.</summary>
        public const ushort Wscnc = 0x1300;

        /// <summary>WINC_CMD_ID_WSCN.</summary>
        public const ushort Wscn = 0x1301;

        /// <summary>WINC_CMD_ID_WSTAC.</summary>
        public const ushort Wstac = 0x1400;

        /// <summary>WINC_CMD_ID_WSTA.</summary>
        public const ushort Wsta = 0x1401;

        /// <summary>WINC_CMD_ID_ASSOC.</summary>
        public const ushort Assoc = 0x1600;

        /// <summary>WINC_CMD_ID_DI.</summary>
        public const ushort Di = 0x1A00;

        /// <summary>WINC_CMD_ID_WIFIC.</summary>
        public const ushort Wific = 0x1C00;

        /// <summary>WINC_CMD_ID_NVMC.</summary>
        public const ushort Nvmc = 0x1D00;
    }
}
