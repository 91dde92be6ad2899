// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Bus;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Wifi;
using Sys.Wincs.Wifi;

namespace WifiScan
{
    /// <summary>
    /// Wi-Fi scanning with SYS_WINCS_WIFI: an active scan (<c>SYS_WINCS_WIFI_ACTIVE_SCAN</c>), then a
    /// passive one (<c>SYS_WINCS_WIFI_PASSIVE_SCAN</c>), and so on every few seconds. Each network found
    /// (<c>SCAN_INDICATION</c>) is printed with its SSID, BSSID, channel, RSSI and security; the end of a
    /// scan (<c>SCAN_DONE</c>) with the number of networks.
    /// </summary>
    public static class Program
    {
        // ---- configuration.h (MCC) -----------------------------------------------------------------
        // On the desktop, Host/Samples/WifiScan sets these from the command line before Main runs.

        /// <summary>SPI bus of the WINCS02 (mikroBUS SPI on the board).</summary>
        internal const int SpiBusId = 1;

        /// <summary>Chip-select GPIO.</summary>
        internal const int ChipSelectPin = 5;

        /// <summary>RESETN GPIO.</summary>
        internal const int ResetPin = 4;

        /// <summary>INTOUT GPIO (falling edge = module has data).</summary>
        internal const int InterruptPin = 27;

        /// <summary><c>SYS_WINCS_WIFI_COUNTRYCODE</c>: the regulatory domain limits the channels scanned.</summary>
        internal static string CountryCode = "GEN";

        /// <summary>Channel to scan, 1 to 13, or 0 for every channel of the regulatory domain.</summary>
        internal static int ScanChannel = 0;

        /// <summary>Time on each channel, in milliseconds (0 keeps the module's 20 ms active / 120 ms passive).</summary>
        internal static int ScanTimeMs = 0;

        /// <summary>Time from the end of one scan to the start of the next, in seconds.</summary>
        internal static int ScanIntervalSeconds = 10;

        // ---- app_wincs02.c ---------------------------------------------------------------------------

        private static readonly byte[] s_bssid = new byte[6];
        private static WincDriver s_driver;
        private static WincsWifiService s_wifi;
        private static AppState s_state;
        private static bool s_nextActive = true;
        private static int s_scans;
        private static long s_nextScanTicks;

        private enum AppState
        {
            WincsInit,
            WincsOpenDriver,
            WincsSetRegDomain,
            WincsWaitRegDomain,
            WincsStartScan,
            WincsScanning,
            WincsWaitInterval,
            WincsError,
        }

        /// <summary>SYS_Initialize, then the SYS_Tasks loop: WDRV_WINC_Tasks and APP_WINCS02_Tasks.</summary>
        public static void Main()
        {
            Console.WriteLine("########################################");
            Console.WriteLine("  WINCS02 Wi-Fi scan demo (nanoWincs)");
            Console.WriteLine("########################################");

            SpiConnectionSettings settings = new SpiConnectionSettings(SpiBusId, ChipSelectPin);
            settings.ClockFrequency = SpiGpioWincsBus.SpiClockFrequency;
            settings.Mode = SpiGpioWincsBus.SpiMode;
            SpiGpioWincsBus bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            s_driver = new WincDriver(new MessageDevice(bus), bus);
            s_wifi = new WincsWifiService(s_driver);

            s_state = AppState.WincsInit;
            s_driver.Initialize();
            while (true)
            {
                s_driver.Tasks();
                AppTasks();
                Thread.Sleep(1);
            }
        }

        /// <summary>APP_WINCS02_Tasks.</summary>
        private static void AppTasks()
        {
            switch (s_state)
            {
                case AppState.WincsInit:
                {
                    SystemStatus[] status = new SystemStatus[1];
                    s_wifi.SrvCtrl(WifiService.GetDrvStatus, status);
                    if (status[0] == SystemStatus.Ready)
                    {
                        s_state = AppState.WincsOpenDriver;
                    }

                    break;
                }

                case AppState.WincsOpenDriver:
                    if (s_wifi.SrvCtrl(WifiService.OpenDriver, new WincDriver[1]) == WincsResult.Fail)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    s_wifi.SrvCtrl(WifiService.SetCallback, new WifiCallback(SysWincsWifiCallbackHandler));
                    s_state = AppState.WincsSetRegDomain;
                    break;

                case AppState.WincsSetRegDomain:
                    Console.WriteLine("Setting REG domain to " + CountryCode);
                    if (s_wifi.SrvCtrl(WifiService.SetRegDomain, CountryCode) == WincsResult.Fail)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    // REG_DOMAIN_SET_ACK moves on to the first scan
                    s_state = AppState.WincsWaitRegDomain;
                    break;

                case AppState.WincsStartScan:
                    StartScan();
                    break;

                case AppState.WincsWaitInterval:
                    if (DateTime.UtcNow.Ticks >= s_nextScanTicks)
                    {
                        s_state = AppState.WincsStartScan;
                    }

                    break;

                case AppState.WincsError:
                    Console.WriteLine("[APP_ERROR] : ERROR in Application");
                    s_state = AppState.WincsWaitRegDomain;
                    break;
            }
        }

        private static void StartScan()
        {
            ScanParam scan = new ScanParam();
            scan.Channel = ScanChannel;
            scan.ScanTimeMs = ScanTimeMs;
            WincsResult result = s_wifi.SrvCtrl(s_nextActive ? WifiService.ActiveScan : WifiService.PassiveScan, scan);
            if (result == WincsResult.Busy)
            {
                // the driver is busy with something else: ask again on the next pass
                return;
            }

            if (result != WincsResult.Pass)
            {
                Console.WriteLine("[APP_ERROR] : Scan request refused");
                WaitForNextScan();
                return;
            }

            s_scans++;
            Console.WriteLine("[APP] : Scan #" + s_scans.ToString() + (s_nextActive ? " (active)" : " (passive)") + " on "
                + (ScanChannel == 0 ? "all channels" : "channel " + ScanChannel.ToString()));
            s_nextActive = !s_nextActive;
            s_state = AppState.WincsScanning;
        }

        private static void WaitForNextScan()
        {
            s_nextScanTicks = DateTime.UtcNow.Ticks + ((long)ScanIntervalSeconds * TimeSpan.TicksPerSecond);
            s_state = AppState.WincsWaitInterval;
        }

        /// <summary>Application Wi-Fi Callback Handler function (<c>SYS_WINCS_WIFI_CallbackHandler</c>).</summary>
        private static void SysWincsWifiCallbackHandler(WifiEvent wifiEvent, object pStr)
        {
            switch (wifiEvent)
            {
                case WifiEvent.RegDomainSetAck:
                    Console.WriteLine("Set Reg Domain -> SUCCESS");
                    s_state = AppState.WincsStartScan;
                    break;

                // one network; the driver reuses the BssInfo, so everything is printed now
                case WifiEvent.ScanIndication:
                {
                    BssInfo info = (BssInfo)pStr;
                    info.CopyBssid(s_bssid, 0);
                    string ssid = info.SsidLength == 0 ? "<hidden>" : info.GetSsid();
                    Console.WriteLine("[APP] : SSID: " + ssid + ", BSSID: " + Mac(s_bssid) + ", Channel: " + info.Channel.ToString()
                        + ", RSSI: " + info.Rssi.ToString() + " dBm, Security: " + SecurityName(info.SecurityType));
                    break;
                }

                case WifiEvent.ScanDone:
                    Console.WriteLine("[APP] : Scan #" + s_scans.ToString() + " done: " + ((int)pStr).ToString() + " networks found");
                    WaitForNextScan();
                    break;

                case WifiEvent.Error:
                {
                    WifiErrorInfo error = (WifiErrorInfo)pStr;
                    if (error.Service == WifiService.ActiveScan || error.Service == WifiService.PassiveScan)
                    {
                        Console.WriteLine("[APP_ERROR] : Scan #" + s_scans.ToString() + " failed: status " + ((int)error.Status).ToString());
                        WaitForNextScan();
                    }

                    break;
                }

                default:
                    break;
            }
        }

        /// <summary>The module's SEC_TYPE as text (WDRV_WINC_AUTH_TYPE names).</summary>
        private static string SecurityName(int securityType)
        {
            switch (securityType)
            {
                case 0:
                    return "Open";
                case 2:
                    return "WPA/WPA2";
                case 3:
                    return "WPA2";
                case 4:
                    return "WPA2/WPA3";
                case 5:
                    return "WPA3";
                case 6:
                case 7:
                case 8:
                case 9:
                    return "Enterprise";
                default:
                    return "Unknown";
            }
        }

        private static string Mac(byte[] mac)
        {
            const string Digits = "0123456789ABCDEF";
            char[] c = new char[17];
            for (int i = 0; i < 6; i++)
            {
                c[i * 3] = Digits[mac[i] >> 4];
                c[(i * 3) + 1] = Digits[mac[i] & 0xF];
                if (i < 5)
                {
                    c[(i * 3) + 2] = ':';
                }
            }

            return new string(c);
        }
    }
}
