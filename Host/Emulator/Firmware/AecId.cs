// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>Asynchronous event ids (WINC_AEC_ID_*).</summary>
    public static class AecId
    {
        /// <summary>WINC_AEC_ID_BOOT (no elements).</summary>
        public const ushort Boot = 0x0100;

        /// <summary>WINC_AEC_ID_DNSRESOLV.</summary>
        public const ushort Dnsresolv = 0x0500;

        /// <summary>WINC_AEC_ID_DNSERR.</summary>
        public const ushort Dnserr = 0x0501;

        /// <summary>WINC_AEC_ID_OTA.</summary>
        public const ushort Ota = 0x0A00;

        /// <summary>WINC_AEC_ID_OTAERR.</summary>
        public const ushort Otaerr = 0x0A01;

        /// <summary>WINC_AEC_ID_PING.</summary>
        public const ushort Ping = 0x0B00;

        /// <summary>WINC_AEC_ID_PINGERR.</summary>
        public const ushort Pingerr = 0x0B01;

        /// <summary>WINC_AEC_ID_SNTPERR.</summary>
        public const ushort Sntperr = 0x0D00;

        /// <summary>WINC_AEC_ID_SOCKIND.</summary>
        public const ushort Sockind = 0x0E00;

        /// <summary>WINC_AEC_ID_SOCKRXT.</summary>
        public const ushort Sockrxt = 0x0E01;

        /// <summary>WINC_AEC_ID_SOCKRXU.</summary>
        public const ushort Sockrxu = 0x0E02;

        /// <summary>WINC_AEC_ID_SOCKCL.</summary>
        public const ushort Sockcl = 0x0E03;

        /// <summary>WINC_AEC_ID_SOCKTLS.</summary>
        public const ushort Socktls = 0x0E04;

        /// <summary>WINC_AEC_ID_SOCKERR.</summary>
        public const ushort Sockerr = 0x0E05;

        /// <summary>WINC_AEC_ID_TIME.</summary>
        public const ushort Time = 0x1000;

        /// <summary>WINC_AEC_ID_TLSERR.</summary>
        public const ushort Tlserr = 0x1100;

        /// <summary>WINC_AEC_ID_WAPAIP.</summary>
        public const ushort Wapaip = 0x1200;

        /// <summary>WINC_AEC_ID_WAPSC.</summary>
        public const ushort Wapsc = 0x1201;

        /// <summary>WINC_AEC_ID_WAPSD.</summary>
        public const ushort Wapsd = 0x1202;

        /// <summary>WINC_AEC_ID_WAPERR.</summary>
        public const ushort Waperr = 0x1203;

        /// <summary>WINC_AEC_ID_WSCNIND.</summary>
        public const ushort Wscnind = 0x1300;

        /// <summary>WINC_AEC_ID_WSCNDONE.</summary>
        public const ushort Wscndone = 0x1301;

        /// <summary>WINC_AEC_ID_WSTAAIP.</summary>
        public const ushort Wstaaip = 0x1400;

        /// <summary>WINC_AEC_ID_WSTALD.</summary>
        public const ushort Wstald = 0x1401;

        /// <summary>WINC_AEC_ID_WSTAERR.</summary>
        public const ushort Wstaerr = 0x1402;

        /// <summary>WINC_AEC_ID_WSTALU.</summary>
        public const ushort Wstalu = 0x1403;

        /// <summary>WINC_AEC_ID_WSTAROAM.</summary>
        public const ushort Wstaroam = 0x1404;

        /// <summary>WINC_AEC_ID_ASSOC.</summary>
        public const ushort Assoc = 0x1600;

        /// <summary>WINC_AEC_ID_SIHEAP, used as the carrier of injected oversized messages.</summary>
        public const ushort Siheap = 0x1703;
    }
}
