// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Bus;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Net;
using Sys.Wincs.Wifi;

namespace DnsPingSntp
{
    /// <summary>
    /// The network helpers of the Harmony Wi-Fi service (<c>SYS_WINCS_WIFI_DNS_RESOLVE</c>,
    /// <c>SYS_WINCS_WIFI_PING</c>, <c>SYS_WINCS_WIFI_SET_SNTP</c>) after the usual
    /// <c>app_wincs02.c</c> bring-up (INIT → OPEN_DRIVER → DEVICE_INFO → SET_REG_DOMAIN →
    /// SET_WIFI_PARAMS): once DHCP gave an address, resolve a few host names one after the other,
    /// ping an address, then set the SNTP server and print the time SNTP_UP brings.
    /// </summary>
    public static class Program
    {
        // ---- configuration.h (MCC) -----------------------------------------------------------------
        // On the desktop, Host/Samples/DnsPingSntp sets these from the command line before Main runs.

        /// <summary>SPI bus of the WINCS02 (mikroBUS SPI on the board).</summary>
        internal const int SpiBusId = 1;

        /// <summary>Chip-select GPIO.</summary>
        internal const int ChipSelectPin = 5;

        /// <summary>RESETN GPIO.</summary>
        internal const int ResetPin = 4;

        /// <summary>INTOUT GPIO (falling edge = module has data).</summary>
        internal const int InterruptPin = 27;

        /// <summary><c>SYS_WINCS_WIFI_STA_SSID</c>.</summary>
        internal static string StaSsid = "HomeNet";

        /// <summary><c>SYS_WINCS_WIFI_STA_PWD</c>.</summary>
        internal static string StaPassphrase = "secret123";

        /// <summary><c>SYS_WINCS_STA_SECURITY</c>.</summary>
        internal static WifiSecurity StaSecurity = WifiSecurity.Wpa2;

        /// <summary><c>SYS_WINCS_WIFI_COUNTRYCODE</c>.</summary>
        internal static string CountryCode = "GEN";

        /// <summary><c>SYS_WINCS_WIFI_SNTP_ADDRESS</c>.</summary>
        internal static string SntpAddress = "pool.ntp.org";

        /// <summary>Host names to resolve, in order (".invalid" never resolves: RFC 2606).</summary>
        internal static string[] HostNames = new string[] { "www.example.com", "cdn.example.org", "no-such-host.invalid" };

        /// <summary>Address to ping (a literal; the service also takes a name).</summary>
        internal static string PingTarget = "8.8.8.8";

        /// <summary>Longest wait for one step (a DNS answer, a ping reply, SNTP), in milliseconds.</summary>
        internal static int StepTimeoutMs = 20000;

        // ---- app_wincs02.c ---------------------------------------------------------------------------

        private static WincDriver s_driver;
        private static WincsWifiService s_wifi;
        private static WincsSystemService s_system;
        private static AppState s_state;
        private static int s_nameIndex;
        private static int s_addressCount;
        private static long s_lastAnswerTicks;
        private static long s_stepDeadlineTicks;

        private enum AppState
        {
            WincsInit,
            WincsOpenDriver,
            WincsDeviceInfo,
            WincsSetRegDomain,
            WincsSetWifiParams,
            WincsWaitDhcp,
            WincsDnsResolve,
            WincsDnsWait,
            WincsPing,
            WincsPingWait,
            WincsSetSntp,
            WincsSntpWait,
            WincsDone,
            WincsServiceTasks,
            WincsError,
        }

        /// <summary>SYS_Initialize, then the SYS_Tasks loop: WDRV_WINC_Tasks and APP_WINCS02_Tasks.</summary>
        public static void Main()
        {
            Console.WriteLine("########################################");
            Console.WriteLine("  WINCS02 DNS, ping and SNTP demo (nanoWincs)");
            Console.WriteLine("########################################");

            SpiConnectionSettings settings = new SpiConnectionSettings(SpiBusId, ChipSelectPin);
            settings.ClockFrequency = SpiGpioWincsBus.SpiClockFrequency;
            settings.Mode = SpiGpioWincsBus.SpiMode;
            SpiGpioWincsBus bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            s_driver = new WincDriver(new MessageDevice(bus), bus);
            s_wifi = new WincsWifiService(s_driver);
            s_system = new WincsSystemService(s_driver, s_wifi.Net, null);

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
                    if (s_wifi.SrvCtrl(WifiService.OpenDriver, null) == WincsResult.Fail)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    s_state = AppState.WincsDeviceInfo;
                    break;

                case AppState.WincsDeviceInfo:
                {
                    FirmwareVersionInfo fwVersion = new FirmwareVersionInfo();
                    if (s_system.SrvCtrl(SystemService.SwRev, fwVersion) == WincsResult.Pass)
                    {
                        Console.WriteLine("Firmware Version: " + fwVersion.Major.ToString() + "." + fwVersion.Minor.ToString() + "." + fwVersion.Patch.ToString());
                        s_state = AppState.WincsSetRegDomain;
                    }

                    break;
                }

                case AppState.WincsSetRegDomain:
                    s_wifi.SrvCtrl(WifiService.SetCallback, new WifiCallback(SysWincsWifiCallbackHandler));
                    Console.WriteLine("Setting REG domain to " + CountryCode);
                    if (s_wifi.SrvCtrl(WifiService.SetRegDomain, CountryCode) == WincsResult.Fail)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    // REG_DOMAIN_SET_ACK moves on to SET_WIFI_PARAMS
                    s_state = AppState.WincsServiceTasks;
                    break;

                case AppState.WincsSetWifiParams:
                {
                    WifiParam wifiStaCfg = new WifiParam();
                    wifiStaCfg.Mode = WifiMode.Sta;
                    wifiStaCfg.Ssid = StaSsid;
                    wifiStaCfg.Passphrase = StaPassphrase;
                    wifiStaCfg.Security = StaSecurity;
                    wifiStaCfg.AutoConnect = true;
                    Console.WriteLine("[APP] : Wi-Fi Connecting to : " + StaSsid);
                    if (s_wifi.SrvCtrl(WifiService.SetParams, wifiStaCfg) == WincsResult.Fail)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    // DHCP_IPV4_COMPLETE moves on to DNS_RESOLVE
                    s_state = AppState.WincsWaitDhcp;
                    break;
                }

                case AppState.WincsDnsResolve:
                    if (s_nameIndex >= HostNames.Length)
                    {
                        s_state = AppState.WincsPing;
                        break;
                    }

                    Console.WriteLine("[APP] : DNS resolve : " + HostNames[s_nameIndex]);
                    if (s_wifi.SrvCtrl(WifiService.DnsResolve, HostNames[s_nameIndex]) != WincsResult.Pass)
                    {
                        // Busy: the request pool is full for now; try again on the next pass
                        break;
                    }

                    s_addressCount = 0;
                    StartStep();
                    s_state = AppState.WincsDnsWait;
                    break;

                case AppState.WincsDnsWait:
                    // the module sends one DNSRESOLV per address and no end marker: the name is done
                    // once no further address came for the driver's answer window
                    if (s_addressCount > 0 && Elapsed(s_lastAnswerTicks) > WincNet.DnsAnswerWindowMs)
                    {
                        Console.WriteLine("[APP] : DNS done : " + HostNames[s_nameIndex] + " : " + s_addressCount.ToString() + " address(es)");
                        NextName();
                    }
                    else if (StepExpired())
                    {
                        Console.WriteLine("[APP] : DNS no answer : " + HostNames[s_nameIndex]);
                        NextName();
                    }

                    break;

                case AppState.WincsPing:
                    Console.WriteLine("[APP] : Ping " + PingTarget);
                    if (s_wifi.SrvCtrl(WifiService.Ping, PingTarget) == WincsResult.Pass)
                    {
                        StartStep();
                        s_state = AppState.WincsPingWait;
                    }

                    break;

                case AppState.WincsPingWait:
                case AppState.WincsSntpWait:
                    if (StepExpired())
                    {
                        Console.WriteLine(s_state == AppState.WincsPingWait ? "[APP] : Ping no answer" : "[APP] : SNTP no answer");
                        s_state = s_state == AppState.WincsPingWait ? AppState.WincsSetSntp : AppState.WincsDone;
                    }

                    break;

                case AppState.WincsSetSntp:
                    Console.WriteLine("[APP] : SNTP server : " + SntpAddress);
                    if (s_wifi.SrvCtrl(WifiService.SetSntp, SntpAddress) == WincsResult.Pass)
                    {
                        StartStep();
                        s_state = AppState.WincsSntpWait;
                    }

                    break;

                case AppState.WincsDone:
                    Console.WriteLine("[APP] : Done");
                    s_state = AppState.WincsServiceTasks;
                    break;

                case AppState.WincsWaitDhcp:
                case AppState.WincsServiceTasks:
                    break;

                case AppState.WincsError:
                    Console.WriteLine("[APP_ERROR] : ERROR in Application");
                    s_state = AppState.WincsServiceTasks;
                    break;
            }
        }

        /// <summary>Application Wi-Fi Callback Handler function (<c>SYS_WINCS_WIFI_CallbackHandler</c>).</summary>
        private static void SysWincsWifiCallbackHandler(WifiEvent wifiEvent, object pStr)
        {
            switch (wifiEvent)
            {
                case WifiEvent.RegDomainSetAck:
                    Console.WriteLine("Set Reg Domain -> SUCCESS");
                    s_state = AppState.WincsSetWifiParams;
                    break;

                case WifiEvent.Connected:
                    Console.WriteLine("[APP] : Wi-Fi Connected    ");
                    break;

                case WifiEvent.Disconnected:
                    Console.WriteLine("[APP] : Wi-Fi Disconnected\nReconnecting... ");
                    s_wifi.SrvCtrl(WifiService.StaConnect, null);
                    break;

                case WifiEvent.DhcpIpv4Complete:
                    Console.WriteLine("[APP] : DHCP IPv4 : " + (string)pStr);
                    if (s_state == AppState.WincsWaitDhcp)
                    {
                        s_nameIndex = 0;
                        s_state = AppState.WincsDnsResolve;
                    }

                    break;

                // one per address of the name being resolved
                case WifiEvent.DnsResolved:
                    if (s_state == AppState.WincsDnsWait)
                    {
                        Console.WriteLine("[APP] : DNS resolved : " + HostNames[s_nameIndex] + " -> " + (string)pStr);
                        s_addressCount++;
                        s_lastAnswerTicks = DateTime.UtcNow.Ticks;
                    }

                    break;

                case WifiEvent.DnsError:
                    Console.WriteLine("[APP] : DNS error : " + (string)pStr + " is unknown");
                    if (s_state == AppState.WincsDnsWait)
                    {
                        NextName();
                    }

                    break;

                case WifiEvent.DnsTimeOut:
                    Console.WriteLine("[APP] : DNS timeout : " + (string)pStr);
                    if (s_state == AppState.WincsDnsWait)
                    {
                        NextName();
                    }

                    break;

                case WifiEvent.PingEchoRspRcvd:
                    Console.WriteLine("[APP] : Ping reply from " + (string)pStr + " : RTT = " + s_wifi.LastPingRoundTripMs.ToString() + " ms");
                    if (s_state == AppState.WincsPingWait)
                    {
                        s_state = AppState.WincsSetSntp;
                    }

                    break;

                case WifiEvent.SntpUp:
                    if (s_state == AppState.WincsSntpWait)
                    {
                        Console.WriteLine("[APP] : SNTP UP : " + FormatUtc((DateTime)pStr));
                        s_state = AppState.WincsDone;
                    }

                    break;

                case WifiEvent.Error:
                {
                    WifiErrorInfo error = (WifiErrorInfo)pStr;
                    if (error.Service == WifiService.Ping && s_state == AppState.WincsPingWait)
                    {
                        Console.WriteLine("[APP] : Ping " + PingTarget + " failed : status 0x" + Hex4((int)error.Status));
                        s_state = AppState.WincsSetSntp;
                    }
                    else if (error.Service == WifiService.SetSntp && s_state == AppState.WincsSntpWait)
                    {
                        Console.WriteLine("[APP] : SNTP failed : status 0x" + Hex4((int)error.Status));
                        s_state = AppState.WincsDone;
                    }

                    break;
                }

                default:
                    break;
            }
        }

        private static void NextName()
        {
            s_nameIndex++;
            s_state = AppState.WincsDnsResolve;
        }

        private static void StartStep()
        {
            s_stepDeadlineTicks = DateTime.UtcNow.Ticks + (StepTimeoutMs * TimeSpan.TicksPerMillisecond);
        }

        private static bool StepExpired()
        {
            return DateTime.UtcNow.Ticks > s_stepDeadlineTicks;
        }

        private static long Elapsed(long sinceTicks)
        {
            return (DateTime.UtcNow.Ticks - sinceTicks) / TimeSpan.TicksPerMillisecond;
        }

        private static string FormatUtc(DateTime t)
        {
            return t.Year.ToString() + "-" + Pad2(t.Month) + "-" + Pad2(t.Day) + " " + Pad2(t.Hour) + ":" + Pad2(t.Minute) + ":" + Pad2(t.Second) + " UTC";
        }

        private static string Pad2(int value)
        {
            return value < 10 ? "0" + value.ToString() : value.ToString();
        }

        private static string Hex4(int value)
        {
            const string Digits = "0123456789abcdef";
            char[] c = new char[4];
            for (int i = 3; i >= 0; i--)
            {
                c[i] = Digits[value & 0xF];
                value >>= 4;
            }

            return new string(c);
        }
    }
}
