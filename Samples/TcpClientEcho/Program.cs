// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Bus;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Sys.Wincs.Net;
using Sys.Wincs.Wifi;

namespace TcpClientEcho
{
    /// <summary>
    /// The Harmony WINCS02 TCP client demo ported line by line: join Wi-Fi, get a DHCP address, open a
    /// TCP client socket to the server and echo back what it sends. The application state machine is
    /// the one of <c>app_wincs02.c</c> (INIT → OPEN_DRIVER → DEVICE_INFO → SET_REG_DOMAIN →
    /// SET_WIFI_PARAMS → SERVICE_TASKS); the two callbacks are those of the Harmony documentation
    /// ("Net Socket Service Functions").
    /// </summary>
    public static class Program
    {
        // ---- configuration.h (MCC) -----------------------------------------------------------------
        // On the desktop, Host/Samples/TcpClientEcho sets these from the command line before Main runs.

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

        /// <summary><c>SYS_WINCS_WIFI_STA_AUTOCONNECT</c>.</summary>
        internal static bool StaAutoConnect = true;

        /// <summary><c>SYS_WINCS_WIFI_COUNTRYCODE</c>.</summary>
        internal static string CountryCode = "GEN";

        /// <summary><c>SYS_WINCS_WIFI_SNTP_ADDRESS</c>.</summary>
        internal static string SntpAddress = "pool.ntp.org";

        /// <summary><c>SYS_WINCS_NET_SOCK_SERVER_ADDR0</c>: the TCP server (a PC on the same network).</summary>
        internal static string ServerAddress = "192.168.1.10";

        /// <summary><c>SYS_WINCS_NET_SOCK_PORT0</c>.</summary>
        internal static int ServerPort = 6666;

        // ---- app_wincs02.c ---------------------------------------------------------------------------

        private static readonly NetSocket g_tcpClientSocket = new NetSocket();
        private static WincDriver s_driver;
        private static WincsWifiService s_wifi;
        private static WincsSystemService s_system;
        private static WincsNetService s_net;
        private static AppState s_state;

        private enum AppState
        {
            WincsInit,
            WincsOpenDriver,
            WincsDeviceInfo,
            WincsSetRegDomain,
            WincsSetWifiParams,
            WincsServiceTasks,
            WincsError,
        }

        /// <summary>SYS_Initialize, then the SYS_Tasks loop: WDRV_WINC_Tasks and APP_WINCS02_Tasks.</summary>
        public static void Main()
        {
            Console.WriteLine("########################################");
            Console.WriteLine("  WINCS02 TCP Client demo (nanoWincs)");
            Console.WriteLine("########################################");

            SpiConnectionSettings settings = new SpiConnectionSettings(SpiBusId, ChipSelectPin);
            settings.ClockFrequency = SpiGpioWincsBus.SpiClockFrequency;
            settings.Mode = SpiGpioWincsBus.SpiMode;
            SpiGpioWincsBus bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            s_driver = new WincDriver(new MessageDevice(bus), bus);
            s_wifi = new WincsWifiService(s_driver);
            s_system = new WincsSystemService(s_driver, s_wifi.Net, null);
            s_net = new WincsNetService(s_driver);

            g_tcpClientSocket.BindType = BindType.Remote;
            g_tcpClientSocket.SockType = NetSockType.Tcp;
            g_tcpClientSocket.SockAddr = ServerAddress;
            g_tcpClientSocket.SockPort = ServerPort;
            g_tcpClientSocket.TlsEnable = false;
            g_tcpClientSocket.IpType = 4;

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
                {
                    WincDriver[] wdrvHandle = new WincDriver[1];
                    if (s_wifi.SrvCtrl(WifiService.OpenDriver, wdrvHandle) == WincsResult.Fail)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    s_wifi.SrvCtrl(WifiService.GetDrvHandle, wdrvHandle);
                    s_state = AppState.WincsDeviceInfo;
                    break;
                }

                case AppState.WincsDeviceInfo:
                {
                    FirmwareVersionInfo fwVersion = new FirmwareVersionInfo();
                    DeviceInfo devInfo = new DeviceInfo();
                    DriverVersionInfo drvVersion = new DriverVersionInfo();
                    WincsResult status = s_system.SrvCtrl(SystemService.SwRev, fwVersion);
                    if (status == WincsResult.Pass)
                    {
                        status = s_system.SrvCtrl(SystemService.DevInfo, devInfo);
                    }

                    if (status == WincsResult.Pass)
                    {
                        status = s_system.SrvCtrl(SystemService.DriverVer, drvVersion);
                    }

                    if (status == WincsResult.Pass)
                    {
                        Console.WriteLine("WINC: Device ID = " + Hex8(devInfo.Id));
                        for (int i = 0; i < devInfo.ImageCount && i < DeviceInfo.MaxImages; i++)
                        {
                            Console.WriteLine(i.ToString() + ": Seq No = " + Hex8(devInfo.GetImageSequence(i)) + ", Version = " + Hex8(devInfo.GetImageVersion(i))
                                + ", Source Address = " + Hex8(devInfo.GetImageSourceAddress(i)));
                        }

                        Console.WriteLine("Firmware Version: " + fwVersion.Major.ToString() + "." + fwVersion.Minor.ToString() + "." + fwVersion.Patch.ToString());
                        Console.WriteLine("Driver Version: " + drvVersion.ToString());
                        s_state = AppState.WincsSetRegDomain;
                    }

                    break;
                }

                case AppState.WincsSetRegDomain:
                {
                    // Set the callback handler for Wi-Fi events
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
                }

                case AppState.WincsSetWifiParams:
                {
                    if (s_wifi.SrvCtrl(WifiService.SetSntp, SntpAddress) == WincsResult.Fail)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    WifiParam wifiStaCfg = new WifiParam();
                    wifiStaCfg.Mode = WifiMode.Sta;
                    wifiStaCfg.Ssid = StaSsid;
                    wifiStaCfg.Passphrase = StaPassphrase;
                    wifiStaCfg.Security = StaSecurity;
                    wifiStaCfg.AutoConnect = StaAutoConnect;
                    Console.WriteLine("[APP] : Wi-Fi Connecting to : " + StaSsid);
                    if (s_wifi.SrvCtrl(WifiService.SetParams, wifiStaCfg) == WincsResult.Fail)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    s_state = AppState.WincsServiceTasks;
                    break;
                }

                case AppState.WincsServiceTasks:
                    break;

                case AppState.WincsError:
                    Console.WriteLine("[APP_ERROR] : ERROR in Application");
                    s_state = AppState.WincsServiceTasks;
                    break;
            }
        }

        /// <summary>Application NET socket Callback Handler function (<c>SYS_WINCS_NET_SockCallbackHandler</c>).</summary>
        private static WincsResult SysWincsNetSockCallbackHandler(uint socket, NetSockEvent netEvent, object pStr)
        {
            switch (netEvent)
            {
                // Net socket connected event code
                case NetSockEvent.Connected:
                    Console.WriteLine("[APP] : Connected to Server!");
                    break;

                // Net socket disconnected event code
                case NetSockEvent.Disconnected:
                    Console.WriteLine("[APP] : DisConnected!");
                    s_net.SockSrvCtrl(NetSockService.SockClose, socket);
                    break;

                // Net socket error event code
                case NetSockEvent.Error:
                    Console.WriteLine("ERROR : Socket");
                    break;

                // Net socket read event code
                case NetSockEvent.Read:
                {
                    // the C buffer is 64 bytes but was read with SYS_WINCS_NET_SOCK_RCV_BUF_SIZE (2048);
                    // here one byte stays free for the '\n' the handler appends
                    byte[] rxData = new byte[64];
                    int rcvdLen = s_net.TcpSockRead(socket, rxData.Length - 1, rxData);
                    if (rcvdLen > 0)
                    {
                        rcvdLen = StrLen(rxData);
                        rxData[rcvdLen] = (byte)'\n';
                        Console.Write("Received ->" + Utf8.GetString(rxData, 0, rcvdLen + 1) + "\r\n");
                        s_net.TcpSockWrite(socket, rcvdLen, rxData);
                    }

                    break;
                }

                case NetSockEvent.Closed:
                    Console.WriteLine("[APP] : Socket CLOSED -> socketID: " + socket.ToString());
                    break;

                case NetSockEvent.TlsDone:
                    Console.WriteLine("[APP] : TLS ->Connected to Server!");
                    break;

                default:
                    break;
            }

            return WincsResult.Pass;
        }

        /// <summary>Application Wi-Fi Callback Handler function (<c>SYS_WINCS_WIFI_CallbackHandler</c>).</summary>
        private static void SysWincsWifiCallbackHandler(WifiEvent wifiEvent, object pStr)
        {
            switch (wifiEvent)
            {
                // Reg domain set event code (app_wincs02.c: continue with the Wi-Fi parameters)
                case WifiEvent.RegDomainSetAck:
                    Console.WriteLine("Set Reg Domain -> SUCCESS");
                    s_state = AppState.WincsSetWifiParams;
                    break;

                // SNTP UP event code
                case WifiEvent.SntpUp:
                    Console.WriteLine("[APP] : SNTP UP ");
                    break;

                // Wi-Fi connected event code
                case WifiEvent.Connected:
                    Console.WriteLine("[APP] : Wi-Fi Connected    ");
                    break;

                // Wi-Fi disconnected event code
                case WifiEvent.Disconnected:
                    Console.WriteLine("[APP] : Wi-Fi Disconnected\nReconnecting... ");
                    s_wifi.SrvCtrl(WifiService.StaConnect, null);
                    break;

                // Wi-Fi DHCP complete event code
                case WifiEvent.DhcpIpv4Complete:
                    Console.WriteLine("[APP] : DHCP IPv4 : " + (string)pStr);
                    s_net.SockSrvCtrl(NetSockService.SockSetCallback, new NetSockCallback(SysWincsNetSockCallbackHandler));
                    s_net.SockSrvCtrl(NetSockService.SockTcpOpen, g_tcpClientSocket);
                    break;

                case WifiEvent.DhcpIpv6LocalComplete:
                    // Console.WriteLine("[APP] : DHCP IPv6 Local : " + (string)pStr);
                    break;

                case WifiEvent.DhcpIpv6GlobalComplete:
                    // Console.WriteLine("[APP] : DHCP IPv6 Global: " + (string)pStr);
                    break;

                // Wi-Fi scan indication event code
                case WifiEvent.ScanIndication:
                    break;

                // Wi-Fi scan complete event code
                case WifiEvent.ScanDone:
                    break;

                default:
                    break;
            }
        }

        private static int StrLen(byte[] data)
        {
            int n = 0;
            while (n < data.Length && data[n] != 0)
            {
                n++;
            }

            return n;
        }

        private static string Hex8(uint value)
        {
            const string Digits = "0123456789abcdef";
            char[] c = new char[8];
            for (int i = 7; i >= 0; i--)
            {
                c[i] = Digits[(int)(value & 0xF)];
                value >>= 4;
            }

            return new string(c);
        }
    }
}
