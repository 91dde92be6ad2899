// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Bus;
using Drivers.Wincs02.Messaging;
using Sys.Wincs.Net;
using Sys.Wincs.Wifi;

namespace SoftApDhcpServer
{
    /// <summary>
    /// The module as an access point: SYS_WINCS_NET's DHCP server (<c>SYS_WINCS_NET_DHCP_SERVER_ENABLE</c>)
    /// on the AP's address, then SYS_WINCS_WIFI's soft AP (<c>SYS_WINCS_WIFI_SET_PARAMS</c> in AP mode with
    /// channel and visibility, <c>SYS_WINCS_WIFI_AP_ENABLE</c>). Every station that joins is counted, and
    /// every lease the DHCP server hands out (<c>SYS_WINCS_NET_STA_DHCP_DONE</c>) is printed with the
    /// station's MAC address.
    /// </summary>
    public static class Program
    {
        // ---- configuration.h (MCC) -----------------------------------------------------------------
        // On the desktop, Host/Samples/SoftApDhcpServer sets these from the command line before Main runs.

        /// <summary>SPI bus of the WINCS02 (mikroBUS SPI on the board).</summary>
        internal const int SpiBusId = 1;

        /// <summary>Chip-select GPIO.</summary>
        internal const int ChipSelectPin = 5;

        /// <summary>RESETN GPIO.</summary>
        internal const int ResetPin = 4;

        /// <summary>INTOUT GPIO (falling edge = module has data).</summary>
        internal const int InterruptPin = 27;

        /// <summary><c>SYS_WINCS_WIFI_COUNTRYCODE</c>: the regulatory domain limits the AP's channel.</summary>
        internal static string CountryCode = "GEN";

        /// <summary><c>SYS_WINCS_WIFI_AP_SSID</c>.</summary>
        internal static string ApSsid = "nanoWincs-AP";

        /// <summary><c>SYS_WINCS_WIFI_AP_PWD</c> (8 to 63 characters for WPA2).</summary>
        internal static string ApPassphrase = "nanowincs123";

        /// <summary><c>SYS_WINCS_WIFI_AP_SECURITY</c>.</summary>
        internal static WifiSecurity ApSecurity = WifiSecurity.Wpa2;

        /// <summary><c>SYS_WINCS_WIFI_AP_CHANNEL</c> (1 to 13).</summary>
        internal static int ApChannel = 6;

        /// <summary><c>SYS_WINCS_WIFI_AP_SSID_VISIBILITY</c> inverted: true hides the SSID from passive scans.</summary>
        internal static bool ApHidden = false;

        /// <summary><c>SYS_WINCS_NET_DHCPS_AP_IP</c>: the AP's own address (a /24 network).</summary>
        internal static string ApAddress = "192.168.1.1";

        /// <summary><c>SYS_WINCS_NET_DHCPS_POOL_START</c>: the first address leased to a station.</summary>
        internal static string DhcpPoolStart = "192.168.1.50";

        // ---- app_wincs02.c ---------------------------------------------------------------------------

        private static readonly byte[] s_mac = new byte[6];
        private static WincDriver s_driver;
        private static WincsWifiService s_wifi;
        private static WincsNetService s_net;
        private static AppState s_state;
        private static int s_stations;

        private enum AppState
        {
            WincsInit,
            WincsOpenDriver,
            WincsSetRegDomain,
            WincsWaitRegDomain,
            WincsStartDhcpServer,
            WincsStartAp,
            WincsWaitAp,
            WincsServiceTasks,
            WincsError,
        }

        /// <summary>SYS_Initialize, then the SYS_Tasks loop: WDRV_WINC_Tasks and APP_WINCS02_Tasks.</summary>
        public static void Main()
        {
            Console.WriteLine("########################################");
            Console.WriteLine("  WINCS02 Soft AP + DHCP server demo (nanoWincs)");
            Console.WriteLine("########################################");

            SpiConnectionSettings settings = new SpiConnectionSettings(SpiBusId, ChipSelectPin);
            settings.ClockFrequency = SpiGpioWincsBus.SpiClockFrequency;
            settings.Mode = SpiGpioWincsBus.SpiMode;
            SpiGpioWincsBus bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            s_driver = new WincDriver(new MessageDevice(bus), bus);
            s_wifi = new WincsWifiService(s_driver);

            // the network service shares the Wi-Fi service's WincNet: one driver handler slot, one DHCP server
            s_net = new WincsNetService(s_driver, null, s_wifi.Net, null);

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
                    s_net.SockSrvCtrl(NetSockService.SockSetSrvcCallback, new NetDhcpCallback(SysWincsNetDhcpCallbackHandler));
                    s_state = AppState.WincsSetRegDomain;
                    break;

                case AppState.WincsSetRegDomain:
                    Console.WriteLine("Setting REG domain to " + CountryCode);
                    if (s_wifi.SrvCtrl(WifiService.SetRegDomain, CountryCode) == WincsResult.Fail)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    // REG_DOMAIN_SET_ACK moves on to the DHCP server
                    s_state = AppState.WincsWaitRegDomain;
                    break;

                case AppState.WincsStartDhcpServer:
                {
                    // configured before the AP starts, so a station that joins at once gets a lease
                    WincsResult result = s_net.SockSrvCtrl(NetSockService.DhcpServerEnable, new string[] { ApAddress, DhcpPoolStart });
                    if (result == WincsResult.Busy)
                    {
                        break;
                    }

                    if (result != WincsResult.Pass)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    Console.WriteLine("[APP] : DHCP server on " + ApAddress + ", pool from " + DhcpPoolStart);
                    s_state = AppState.WincsStartAp;
                    break;
                }

                case AppState.WincsStartAp:
                {
                    WifiParam wifiApCfg = new WifiParam();
                    wifiApCfg.Mode = WifiMode.Ap;
                    wifiApCfg.Ssid = ApSsid;
                    wifiApCfg.Passphrase = ApPassphrase;
                    wifiApCfg.Security = ApSecurity;
                    wifiApCfg.Channel = ApChannel;
                    wifiApCfg.Hidden = ApHidden;
                    if (s_wifi.SrvCtrl(WifiService.SetParams, wifiApCfg) != WincsResult.Pass)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    WincsResult result = s_wifi.SrvCtrl(WifiService.ApEnable, null);
                    if (result == WincsResult.Busy)
                    {
                        break;
                    }

                    if (result != WincsResult.Pass)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    Console.WriteLine("[APP] : Starting Soft AP '" + ApSsid + "' on channel " + ApChannel.ToString() + (ApHidden ? " (hidden)" : " (visible)"));
                    s_state = AppState.WincsWaitAp;
                    break;
                }

                case AppState.WincsWaitAp:
                    // Harmony raises no event for the AP itself: the driver's state tells when it is up
                    if (s_wifi.Wifi.IsApActive)
                    {
                        Console.WriteLine("[APP] : Soft AP up: join '" + ApSsid + "' with passphrase '" + ApPassphrase + "', the AP is " + ApAddress);
                        s_state = AppState.WincsServiceTasks;
                    }

                    break;

                case AppState.WincsServiceTasks:
                {
                    int stations = s_wifi.Wifi.ApStationCount;
                    if (stations != s_stations)
                    {
                        s_stations = stations;
                        Console.WriteLine("[APP] : Stations on the AP: " + stations.ToString());
                    }

                    break;
                }

                case AppState.WincsError:
                    Console.WriteLine("[APP_ERROR] : ERROR in Application");
                    s_state = AppState.WincsServiceTasks;
                    break;
            }
        }

        /// <summary>Application DHCP server Callback Handler function (<c>SYS_WINCS_NET_DHCP_CallbackHandler</c>).</summary>
        private static WincsResult SysWincsNetDhcpCallbackHandler(NetDhcpEvent dhcpEvent, object pStr)
        {
            if (dhcpEvent == NetDhcpEvent.StaDhcpDone)
            {
                // the lease names the station's association; the Wi-Fi driver knows its MAC
                int assocId = s_net.DhcpLeaseAssocId;
                string station = s_wifi.Wifi.AssocPeerAddressGet(assocId, s_mac, 0) == DriverStatus.Ok ? Mac(s_mac) : "?";
                Console.WriteLine("[APP] : Station " + station + " (association " + assocId.ToString() + ") leased " + (string)pStr);
            }

            return WincsResult.Pass;
        }

        /// <summary>Application Wi-Fi Callback Handler function (<c>SYS_WINCS_WIFI_CallbackHandler</c>).</summary>
        private static void SysWincsWifiCallbackHandler(WifiEvent wifiEvent, object pStr)
        {
            switch (wifiEvent)
            {
                case WifiEvent.RegDomainSetAck:
                    Console.WriteLine("Set Reg Domain -> SUCCESS");
                    s_state = AppState.WincsStartDhcpServer;
                    break;

                case WifiEvent.Error:
                {
                    WifiErrorInfo error = (WifiErrorInfo)pStr;
                    Console.WriteLine("[APP_ERROR] : Wi-Fi request " + ((int)error.Service).ToString() + " failed: status " + ((int)error.Status).ToString());
                    if (error.Service == WifiService.ApEnable)
                    {
                        s_state = AppState.WincsError;
                    }

                    break;
                }

                default:
                    break;
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
