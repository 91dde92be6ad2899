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
using Drivers.Wincs02.Sockets;
using Sys.Wincs.Net;
using Sys.Wincs.Wifi;

namespace TcpServer
{
    /// <summary>
    /// The Harmony WINCS02 TCP server demo: join Wi-Fi, get a DHCP address, open a TCP server socket
    /// (<c>SYS_WINCS_NET_SOCK_TCP_OPEN</c> with <c>SYS_WINCS_BIND_LOCAL</c>) on port 6666, accept several
    /// clients (<c>CLIENT_CONNECTED</c>) and echo what each one sends back to it.
    /// </summary>
    public static class Program
    {
        // ---- configuration.h (MCC) -----------------------------------------------------------------
        // On the desktop, Host/Samples/TcpServer sets these from the command line before Main runs.

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

        /// <summary><c>SYS_WINCS_NET_SOCK_PORT0</c>: the port the server listens on.</summary>
        internal const int ServerPort = 6666;

        /// <summary>Connections the module holds before the application sees them (<c>SYS_WINCS_NET_NO_OF_CLIENT_SOCKETS</c>).</summary>
        internal const int Backlog = 4;

        /// <summary>Bytes read (and echoed) at a time.</summary>
        internal const int ChunkSize = 512;

        // ---- app_wincs02.c ---------------------------------------------------------------------------

        private static readonly NetSocket g_tcpServerSocket = new NetSocket();
        private static readonly byte[] s_rx = new byte[ChunkSize];

        // an echo the send ring could not take yet, per socket id, sent again on SEND_COMPLETE
        private static readonly byte[] s_pending = new byte[WincsNetService.NumConnIds * ChunkSize];
        private static readonly int[] s_pendingLength = new int[WincsNetService.NumConnIds];
        private static readonly SocketAddress s_peer = new SocketAddress();
        private static WincDriver s_driver;
        private static WincsWifiService s_wifi;
        private static WincsNetService s_net;
        private static AppState s_state;
        private static bool s_serverOpen;
        private static bool s_announce;
        private static string s_address;

        private enum AppState
        {
            WincsInit,
            WincsOpenDriver,
            WincsSetRegDomain,
            WincsWaitRegDomain,
            WincsSetWifiParams,
            WincsServiceTasks,
            WincsError,
        }

        /// <summary>SYS_Initialize, then the SYS_Tasks loop: WDRV_WINC_Tasks and APP_WINCS02_Tasks.</summary>
        public static void Main()
        {
            Console.WriteLine("########################################");
            Console.WriteLine("  WINCS02 TCP Server demo (nanoWincs)");
            Console.WriteLine("########################################");

            SpiConnectionSettings settings = new SpiConnectionSettings(SpiBusId, ChipSelectPin);
            settings.ClockFrequency = SpiGpioWincsBus.SpiClockFrequency;
            settings.Mode = SpiGpioWincsBus.SpiMode;
            SpiGpioWincsBus bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            s_driver = new WincDriver(new MessageDevice(bus), bus);
            s_wifi = new WincsWifiService(s_driver);
            s_net = new WincsNetService(s_driver);

            g_tcpServerSocket.BindType = BindType.Local;
            g_tcpServerSocket.SockType = NetSockType.Tcp;
            g_tcpServerSocket.SockPort = ServerPort;
            g_tcpServerSocket.IpType = 4;
            g_tcpServerSocket.Backlog = Backlog;
            g_tcpServerSocket.NoDelay = true;

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
                    s_net.SockSrvCtrl(NetSockService.SockSetCallback, new NetSockCallback(SysWincsNetSockCallbackHandler));
                    s_state = AppState.WincsSetRegDomain;
                    break;

                case AppState.WincsSetRegDomain:
                    if (s_wifi.SrvCtrl(WifiService.SetRegDomain, CountryCode) == WincsResult.Fail)
                    {
                        s_state = AppState.WincsError;
                        break;
                    }

                    // REG_DOMAIN_SET_ACK moves on to SET_WIFI_PARAMS
                    s_state = AppState.WincsWaitRegDomain;
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

                    s_state = AppState.WincsServiceTasks;
                    break;
                }

                case AppState.WincsServiceTasks:
                    if (s_announce && s_net.IsListening(g_tcpServerSocket.SockId))
                    {
                        // the module took the listen: clients can connect from now on
                        s_announce = false;
                        Console.WriteLine("[APP] : TCP server listening on " + s_address + ":" + ServerPort.ToString());
                    }

                    break;

                case AppState.WincsError:
                    Console.WriteLine("[APP_ERROR] : ERROR in Application");
                    s_state = AppState.WincsServiceTasks;
                    break;
            }
        }

        /// <summary>Opens the server socket (after every new address, if the module closed it).</summary>
        private static void OpenServer()
        {
            if (s_serverOpen)
            {
                s_announce = true;
                return;
            }

            WincsResult result = s_net.SockSrvCtrl(NetSockService.SockTcpOpen, g_tcpServerSocket);
            if (result == WincsResult.Pass)
            {
                s_serverOpen = true;
                s_announce = true;
            }
            else
            {
                Console.WriteLine("[APP_ERROR] : TCP server socket could not be opened: " + ((int)result).ToString());
            }
        }

        /// <summary>Application NET socket Callback Handler function (<c>SYS_WINCS_NET_SockCallbackHandler</c>).</summary>
        private static WincsResult SysWincsNetSockCallbackHandler(uint socket, NetSockEvent netEvent, object pStr)
        {
            switch (netEvent)
            {
                // a client connected: socket is the new connection, pStr the server's NetSocket
                case NetSockEvent.ClientConnected:
                {
                    string peer = "?";
                    if (s_net.Sockets.GetPeerName((int)socket, s_peer) == 0)
                    {
                        peer = SocketAddress.InetNtop(s_peer.Family, s_peer.Address, 0) + ":" + s_peer.Port.ToString();
                    }

                    s_pendingLength[socket] = 0;
                    Console.WriteLine("[APP] : Client Connected -> socketID: " + socket.ToString() + " from " + peer);
                    break;
                }

                case NetSockEvent.Read:
                    ReadAndEcho(socket);
                    break;

                case NetSockEvent.SendComplete:
                    // room in the send ring again: the echo that waited goes first, then what arrived meanwhile
                    if (FlushPending(socket))
                    {
                        ReadAndEcho(socket);
                    }

                    break;

                case NetSockEvent.Disconnected:
                    Console.WriteLine("[APP] : Client DisConnected -> socketID: " + socket.ToString());
                    s_net.SockSrvCtrl(NetSockService.SockClose, socket);
                    break;

                case NetSockEvent.Error:
                    Console.WriteLine("[APP_ERROR] : Socket error -> socketID: " + socket.ToString() + ", reason " + ((int)(NetSockError)pStr).ToString());
                    break;

                case NetSockEvent.Closed:
                    s_pendingLength[socket] = 0;
                    if (s_serverOpen && socket == g_tcpServerSocket.SockId)
                    {
                        // the listening socket itself is gone (Wi-Fi lost): the next address opens it again
                        s_serverOpen = false;
                        Console.WriteLine("[APP] : TCP server socket CLOSED -> socketID: " + socket.ToString());
                    }
                    else
                    {
                        Console.WriteLine("[APP] : Socket CLOSED -> socketID: " + socket.ToString());
                    }

                    break;

                default:
                    break;
            }

            return WincsResult.Pass;
        }

        /// <summary>Reads what the client sent and queues it back, until nothing is left or the send ring is full.</summary>
        private static void ReadAndEcho(uint socket)
        {
            while (s_pendingLength[socket] == 0)
            {
                int rcvdLen = s_net.TcpSockRead(socket, s_rx.Length, s_rx);
                if (rcvdLen <= 0)
                {
                    // -1: nothing more now; 0: the peer closed (DISCONNECTED follows)
                    return;
                }

                Console.WriteLine("[APP] : Received " + rcvdLen.ToString() + " bytes on socketID: " + socket.ToString() + " -> " + Utf8.GetString(s_rx, 0, rcvdLen));
                WincsResult result = s_net.TcpSockWrite(socket, rcvdLen, s_rx);
                if (result == WincsResult.Busy)
                {
                    Array.Copy(s_rx, 0, s_pending, (int)socket * ChunkSize, rcvdLen);
                    s_pendingLength[socket] = rcvdLen;
                }
                else if (result != WincsResult.Pass)
                {
                    Console.WriteLine("[APP_ERROR] : Echo refused -> socketID: " + socket.ToString());
                    return;
                }
            }
        }

        /// <summary>Sends the echo that waited for room; true when nothing waits any more.</summary>
        private static bool FlushPending(uint socket)
        {
            int length = s_pendingLength[socket];
            if (length == 0)
            {
                return true;
            }

            WincsResult result = s_net.TcpSockWrite(socket, length, s_pending, (int)socket * ChunkSize);
            if (result == WincsResult.Busy)
            {
                return false;
            }

            s_pendingLength[socket] = 0;
            return true;
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
                    Console.WriteLine("[APP] : Wi-Fi Connected");
                    break;

                case WifiEvent.Disconnected:
                    Console.WriteLine("[APP] : Wi-Fi Disconnected, reconnecting...");
                    s_wifi.SrvCtrl(WifiService.StaConnect, null);
                    break;

                case WifiEvent.ConnectFailed:
                    Console.WriteLine("[APP] : Wi-Fi connection failed, retrying...");
                    s_wifi.SrvCtrl(WifiService.StaConnect, null);
                    break;

                case WifiEvent.DhcpIpv4Complete:
                    s_address = (string)pStr;
                    Console.WriteLine("[APP] : DHCP IPv4 : " + s_address);
                    OpenServer();
                    break;

                default:
                    break;
            }
        }
    }
}
