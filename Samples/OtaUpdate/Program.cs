// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Bus;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Ota;
using Drivers.Wincs02.Protocol;
using Sys.Wincs.Wifi;

namespace OtaUpdate
{
    /// <summary>
    /// Firmware update of the WINCS02 over the air, as a Harmony application does it with the driver's
    /// OTA API (<c>wdrv_winc_ota.h</c>; the SYS services have no OTA request): join Wi-Fi with the
    /// <c>SYS_WINCS_WIFI</c> service, then <c>WDRV_WINC_OTAUpdateFromURL</c> (download, with its
    /// progress steps), <c>WDRV_WINC_OTAImageVerify</c>, <c>WDRV_WINC_OTAImageActivate</c>, a module
    /// reset, and the firmware version the module reports after it booted again.
    /// </summary>
    public static class Program
    {
        // ---- configuration.h (MCC) -----------------------------------------------------------------
        // On the desktop, Host/Samples/OtaUpdate sets these from the command line before Main runs.

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

        /// <summary>The image to download (http; https needs a TLS context, see Drivers.Wincs02.Tls).</summary>
        internal static string OtaUrl = "http://192.168.1.10:8080/firmware/wincs02.bin";

        /// <summary>Module download inactivity timeout (OTAC TIMEOUT), seconds.</summary>
        internal static int OtaServerTimeoutSeconds = 30;

        /// <summary>Longest whole download the application waits for, in milliseconds.</summary>
        internal static int OtaUpdateTimeoutMs = 300000;

        /// <summary>Longest wait for the module to come back after the reset, in milliseconds.</summary>
        internal static int ResetTimeoutMs = 20000;

        // ---- app_wincs02.c ---------------------------------------------------------------------------

        private static WincDriver s_driver;
        private static WincsWifiService s_wifi;
        private static WincsSystemService s_system;
        private static WincOta s_ota;
        private static OtaStatusHandler s_otaHandler;
        private static AppState s_state;
        private static string s_runningVersion;
        private static long s_deadlineTicks;
        private static bool s_booted;
        private static bool s_updateFailed;

        private enum AppState
        {
            WincsInit,
            WincsOpenDriver,
            WincsDeviceInfo,
            WincsSetRegDomain,
            WincsSetWifiParams,
            WincsWaitDhcp,
            WincsOtaOptions,
            WincsOtaDownload,
            WincsOtaVerify,
            WincsOtaActivate,
            WincsOtaWait,
            WincsReset,
            WincsWaitBoot,
            WincsServiceTasks,
            WincsError,
        }

        /// <summary>SYS_Initialize, then the SYS_Tasks loop: WDRV_WINC_Tasks and APP_WINCS02_Tasks.</summary>
        public static void Main()
        {
            Console.WriteLine("########################################");
            Console.WriteLine("  WINCS02 OTA update demo (nanoWincs)");
            Console.WriteLine("########################################");

            SpiConnectionSettings settings = new SpiConnectionSettings(SpiBusId, ChipSelectPin);
            settings.ClockFrequency = SpiGpioWincsBus.SpiClockFrequency;
            settings.Mode = SpiGpioWincsBus.SpiMode;
            SpiGpioWincsBus bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            s_driver = new WincDriver(new MessageDevice(bus), bus);
            s_wifi = new WincsWifiService(s_driver);
            s_system = new WincsSystemService(s_driver, s_wifi.Net, null);
            s_ota = new WincOta(s_driver);
            s_ota.UpdateTimeoutMs = OtaUpdateTimeoutMs;
            s_otaHandler = new OtaStatusHandler(OtaStatusCallback);

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
            if (s_booted)
            {
                // the module booted again (the application's reset, or one of its own): report what runs now
                s_booted = false;
                string before = s_runningVersion;
                if (ReadVersion())
                {
                    Console.WriteLine("[APP] : BOOT : Firmware Version: " + s_runningVersion);
                    if (s_state == AppState.WincsWaitBoot)
                    {
                        Console.WriteLine(before == s_runningVersion ? "[APP] : OTA update " + (s_updateFailed ? "failed" : "not applied") + " : the module still runs " + s_runningVersion
                            : "[APP] : OTA update done : " + before + " -> " + s_runningVersion);
                        s_state = AppState.WincsServiceTasks;
                    }
                }
            }

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

                    s_system.SrvCtrl(SystemService.SetSysEventCallback, new SystemEventHandler(SystemEventCallback));
                    s_state = AppState.WincsDeviceInfo;
                    break;

                case AppState.WincsDeviceInfo:
                    if (ReadVersion())
                    {
                        Console.WriteLine("Firmware Version: " + s_runningVersion);
                        s_state = AppState.WincsSetRegDomain;
                    }

                    break;

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

                    // DHCP_IPV4_COMPLETE moves on to the OTA download
                    s_state = AppState.WincsWaitDhcp;
                    break;
                }

                case AppState.WincsOtaOptions:
                    // WDRV_WINC_OTAOptionsSet: how long the module waits for a silent server
                    if (s_ota.OtaOptionsSet(OtaServerTimeoutSeconds, null) == DriverStatus.Ok)
                    {
                        s_state = AppState.WincsOtaDownload;
                    }

                    break;

                case AppState.WincsOtaDownload:
                {
                    DriverStatus s = s_ota.OtaUpdateFromUrl(OtaUrl, 0, s_otaHandler);
                    if (s == DriverStatus.Ok)
                    {
                        Console.WriteLine("[APP] : OTA download from " + OtaUrl);
                        s_state = AppState.WincsOtaWait;
                    }
                    else if (s == DriverStatus.InvalidArg)
                    {
                        Console.WriteLine("[APP] : OTA URL not usable : " + OtaUrl);
                        s_state = AppState.WincsError;
                    }

                    break;
                }

                case AppState.WincsOtaVerify:
                    if (s_ota.OtaImageVerify(s_otaHandler) == DriverStatus.Ok)
                    {
                        s_state = AppState.WincsOtaWait;
                    }

                    break;

                case AppState.WincsOtaActivate:
                    if (s_ota.OtaImageActivate(s_otaHandler) == DriverStatus.Ok)
                    {
                        s_state = AppState.WincsOtaWait;
                    }

                    break;

                case AppState.WincsReset:
                    Console.WriteLine(s_updateFailed ? "[APP] : Resetting the module : the running image must boot again" : "[APP] : Resetting the module to boot the new image");
                    if (s_system.SrvCtrl(SystemService.Reset, null) == WincsResult.Pass)
                    {
                        s_deadlineTicks = DateTime.UtcNow.Ticks + (ResetTimeoutMs * TimeSpan.TicksPerMillisecond);
                        s_state = AppState.WincsWaitBoot;
                    }

                    break;

                case AppState.WincsWaitBoot:
                    if (DateTime.UtcNow.Ticks > s_deadlineTicks)
                    {
                        Console.WriteLine("[APP] : The module did not come back after the reset");
                        s_state = AppState.WincsError;
                    }

                    break;

                case AppState.WincsWaitDhcp:
                case AppState.WincsOtaWait:
                case AppState.WincsServiceTasks:
                    break;

                case AppState.WincsError:
                    Console.WriteLine("[APP_ERROR] : ERROR in Application");
                    s_state = AppState.WincsServiceTasks;
                    break;
            }
        }

        /// <summary>OTA status callback (<c>WDRV_WINC_OTA_STATUS_CALLBACK</c>).</summary>
        private static void OtaStatusCallback(WincOta ota, OtaOperation operation, int operationId, OtaStatus status, WincStatus moduleStatus)
        {
            if (status == OtaStatus.Fail || status == OtaStatus.ConnError || status == OtaStatus.ServerError || status == OtaStatus.InsufficientFlash)
            {
                Console.WriteLine("[APP] : OTA " + OperationName(operation) + " failed : " + FailureText(moduleStatus) + " (status 0x" + Hex4((int)moduleStatus) + ")");
                Console.WriteLine("[APP] : OTA aborted : the module keeps running firmware " + s_runningVersion);

                // nothing was activated: after a reset the module must boot the running image again
                s_updateFailed = true;
                s_state = AppState.WincsReset;
                return;
            }

            switch (operation)
            {
                case OtaOperation.Update:
                    // the module reports steps, not bytes: erase, write, then the verification of the image
                    if (status == OtaStatus.Started)
                    {
                        Console.WriteLine("[APP] : OTA progress :   0 % (download started, operation " + operationId.ToString() + ")");
                    }
                    else if (status == OtaStatus.EraseDone)
                    {
                        Console.WriteLine("[APP] : OTA progress :  33 % (image area erased)");
                    }
                    else if (status == OtaStatus.WriteDone)
                    {
                        Console.WriteLine("[APP] : OTA progress :  67 % (image written)");
                    }
                    else if (status == OtaStatus.Complete)
                    {
                        Console.WriteLine("[APP] : OTA progress : 100 % (image downloaded and checked)");
                        s_state = AppState.WincsOtaVerify;
                    }

                    break;

                case OtaOperation.Verify:
                    if (status == OtaStatus.Complete)
                    {
                        Console.WriteLine("[APP] : OTA verify : image valid");
                        s_state = AppState.WincsOtaActivate;
                    }

                    break;

                case OtaOperation.Activate:
                    if (status == OtaStatus.Complete)
                    {
                        Console.WriteLine("[APP] : OTA activate : the new image runs from the next boot");
                        s_state = AppState.WincsReset;
                    }

                    break;
            }
        }

        /// <summary>System event callback (<c>WDRV_WINC_SYSTEM_EVENT</c>): DEVICE_READY after a reset follows the module's BOOT and its boot queries.</summary>
        private static void SystemEventCallback(WincDriver driver, SystemEvent systemEvent)
        {
            if (systemEvent == SystemEvent.DeviceReady)
            {
                s_booted = true;
            }
            else if ((systemEvent == SystemEvent.ResetFailed || systemEvent == SystemEvent.ResetTimeout) && s_state == AppState.WincsWaitBoot)
            {
                Console.WriteLine("[APP] : The module did not come back after the reset");
                s_state = AppState.WincsError;
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
                    // the module's reset drops the connection too; the update does not need it any more
                    Console.WriteLine("[APP] : Wi-Fi Disconnected");
                    break;

                case WifiEvent.DhcpIpv4Complete:
                    Console.WriteLine("[APP] : DHCP IPv4 : " + (string)pStr);
                    if (s_state == AppState.WincsWaitDhcp)
                    {
                        s_state = AppState.WincsOtaOptions;
                    }

                    break;

                default:
                    break;
            }
        }

        private static bool ReadVersion()
        {
            FirmwareVersionInfo fwVersion = new FirmwareVersionInfo();
            if (s_system.SrvCtrl(SystemService.SwRev, fwVersion) != WincsResult.Pass)
            {
                return false;
            }

            s_runningVersion = fwVersion.Major.ToString() + "." + fwVersion.Minor.ToString() + "." + fwVersion.Patch.ToString();
            return true;
        }

        private static string OperationName(OtaOperation operation)
        {
            switch (operation)
            {
                case OtaOperation.Update:
                    return "download";
                case OtaOperation.Verify:
                    return "verify";
                case OtaOperation.Activate:
                    return "activate";
                default:
                    return "invalidate";
            }
        }

        private static string FailureText(WincStatus status)
        {
            switch (status)
            {
                case WincStatus.OtaVerifyFailed:
                    return "image verification failed";
                case WincStatus.OtaNoStaConn:
                    return "no Wi-Fi connection";
                case WincStatus.OtaProtocolError:
                    return "the server refused the request";
                case WincStatus.OtaTlsError:
                    return "TLS handshake failed";
                case WincStatus.OtaImgTooLarge:
                    return "image too large";
                case WincStatus.OtaTimeout:
                    return "the server did not answer in time";
                case WincStatus.Timeout:
                    return "no answer from the module in time";
                default:
                    return "error";
            }
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
