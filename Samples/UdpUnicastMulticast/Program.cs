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

namespace UdpUnicastMulticast
{
    /// <summary>
    /// UDP with SYS_WINCS_NET: a unicast socket bound to a local port answers every datagram to its
    /// sender (UdpSockRead tells who sent it, UdpSockWrite answers), and a multicast socket joined to a
    /// group prints what the group carries; the application announces itself to the group periodically.
    /// </summary>
    public static class Program
    {
        // ---- configuration.h (MCC) -----------------------------------------------------------------
        // On the desktop, Host/Samples/UdpUnicastMulticast sets these from the command line before Main runs.

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

        /// <summary><c>SYS_WINCS_NET_SOCK_PORT0</c>: the local port of the unicast (echo) socket.</summary>
        internal const int UdpPort = 6666;

        /// <summary>The multicast group joined (<c>SYS_WINCS_NET_SOCK_SERVER_ADDR1</c> of a BIND_MCAST socket).</summary>
        internal static string MulticastGroup = "239.255.0.1";

        /// <summary>The group's port.</summary>
        internal static int MulticastPort = 5000;

        /// <summary>Time between two announcements to the group, in milliseconds.</summary>
        internal static int AnnounceIntervalMs = 5000;

        /// <summary>Largest datagram handled (an Ethernet-sized UDP payload).</summary>
        internal const int MaxDatagram = 1472;

        // ---- app_wincs02.c ---------------------------------------------------------------------------

        private static readonly NetSocket g_udpServerSocket = new NetSocket();
        private static readonly NetSocket g_mcastSocket = new NetSocket();
        private static readonly byte[] s_rx = new byte[MaxDatagram];
        private static readonly byte[] s_announcement = new byte[128];
        private static readonly SocketAddress s_from = new SocketAddress();
        private static WincDriver s_driver;
        private static WincsWifiService s_wifi;
        private static WincsNetService s_net;
        private static AppState s_state;
        private static string s_address;
        private static bool s_udpOpen;
        private static bool s_mcastOpen;
        private static bool s_udpReady;
        private static bool s_mcastReady;
        private static int s_announcementLength;
        private static int s_announcements;
        private static long s_nextAnnounceTicks;

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
            Console.WriteLine("  WINCS02 UDP unicast/multicast demo (nanoWincs)");
            Console.WriteLine("########################################");

            SpiConnectionSettings settings = new SpiConnectionSettings(SpiBusId, ChipSelectPin);
            settings.ClockFrequency = SpiGpioWincsBus.SpiClockFrequency;
            settings.Mode = SpiGpioWincsBus.SpiMode;
            SpiGpioWincsBus bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            s_driver = new WincDriver(new MessageDevice(bus), bus);
            s_wifi = new WincsWifiService(s_driver);
            s_net = new WincsNetService(s_driver);

            // the unicast socket: bound to the local port, answers whoever writes to it
            g_udpServerSocket.BindType = BindType.Local;
            g_udpServerSocket.SockType = NetSockType.Udp;
            g_udpServerSocket.SockPort = UdpPort;
            g_udpServerSocket.IpType = 4;

            // the multicast socket: bound to the group's port and joined to the group
            g_mcastSocket.BindType = BindType.Mcast;
            g_mcastSocket.SockType = NetSockType.Udp;
            g_mcastSocket.SockAddr = MulticastGroup;
            g_mcastSocket.SockPort = MulticastPort;
            g_mcastSocket.IpType = 4;

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
                    if (s_udpReady && s_mcastReady && DateTime.UtcNow.Ticks >= s_nextAnnounceTicks)
                    {
                        Announce();
                    }

                    break;

                case AppState.WincsError:
                    Console.WriteLine("[APP_ERROR] : ERROR in Application");
                    s_state = AppState.WincsServiceTasks;
                    break;
            }
        }

        /// <summary>Opens the two sockets (after every new address, for those the module closed).</summary>
        private static void OpenSockets()
        {
            if (!s_udpOpen)
            {
                s_udpOpen = s_net.SockSrvCtrl(NetSockService.SockUdpOpen, g_udpServerSocket) == WincsResult.Pass;
                if (!s_udpOpen)
                {
                    Console.WriteLine("[APP_ERROR] : UDP socket could not be opened");
                }
            }

            if (!s_mcastOpen)
            {
                s_mcastOpen = s_net.SockSrvCtrl(NetSockService.SockUdpOpen, g_mcastSocket) == WincsResult.Pass;
                if (!s_mcastOpen)
                {
                    Console.WriteLine("[APP_ERROR] : multicast socket could not be opened");
                }
            }
        }

        /// <summary>Sends "here I am" to the group, from the unicast socket, so listeners learn where to send datagrams.</summary>
        private static void Announce()
        {
            s_nextAnnounceTicks = DateTime.UtcNow.Ticks + ((long)AnnounceIntervalMs * TimeSpan.TicksPerMillisecond);
            string text = "nanoWincs UDP echo at " + s_address + ":" + UdpPort.ToString() + " #" + (s_announcements + 1).ToString();
            s_announcementLength = Utf8.GetBytes(text, s_announcement, 0);
            WincsResult result = s_net.UdpSockWrite(g_udpServerSocket.SockId, MulticastGroup, (uint)MulticastPort, s_announcementLength, s_announcement);
            if (result == WincsResult.Pass)
            {
                s_announcements++;
                Console.WriteLine("[APP] : Announced #" + s_announcements.ToString() + " to " + MulticastGroup + ":" + MulticastPort.ToString());
            }
            else if (result != WincsResult.Busy)
            {
                Console.WriteLine("[APP_ERROR] : Announcement refused");
            }
        }

        /// <summary>Application NET socket Callback Handler function (<c>SYS_WINCS_NET_SockCallbackHandler</c>).</summary>
        private static WincsResult SysWincsNetSockCallbackHandler(uint socket, NetSockEvent netEvent, object pStr)
        {
            bool mcast = s_mcastOpen && socket == g_mcastSocket.SockId;
            switch (netEvent)
            {
                // UDP sockets are CONNECTED once bound (unicast) or joined (multicast)
                case NetSockEvent.Connected:
                    if (mcast)
                    {
                        s_mcastReady = true;
                        Console.WriteLine("[APP] : Joined multicast group " + MulticastGroup + ":" + MulticastPort.ToString());
                    }
                    else
                    {
                        s_udpReady = true;
                        Console.WriteLine("[APP] : UDP socket bound to " + s_address + ":" + UdpPort.ToString());
                    }

                    break;

                case NetSockEvent.Read:
                    if (mcast)
                    {
                        ReadGroup(socket);
                    }
                    else
                    {
                        ReadAndAnswer(socket);
                    }

                    break;

                case NetSockEvent.Error:
                    Console.WriteLine("[APP_ERROR] : Socket error -> socketID: " + socket.ToString() + ", reason " + ((int)(NetSockError)pStr).ToString());
                    break;

                case NetSockEvent.Closed:
                    Console.WriteLine("[APP] : Socket CLOSED -> socketID: " + socket.ToString());
                    if (mcast)
                    {
                        s_mcastOpen = false;
                        s_mcastReady = false;
                    }
                    else if (s_udpOpen && socket == g_udpServerSocket.SockId)
                    {
                        s_udpOpen = false;
                        s_udpReady = false;
                    }

                    break;

                default:
                    break;
            }

            return WincsResult.Pass;
        }

        /// <summary>Answers every queued datagram to its sender.</summary>
        private static void ReadAndAnswer(uint socket)
        {
            while (true)
            {
                int rcvdLen = s_net.UdpSockRead(socket, s_rx.Length, s_rx, 0, s_from);
                if (rcvdLen < 0)
                {
                    return;
                }

                string sender = SocketAddress.InetNtop(s_from.Family, s_from.Address, 0);
                Console.WriteLine("[APP] : Received " + rcvdLen.ToString() + " bytes from " + sender + ":" + s_from.Port.ToString() + " -> " + Utf8.GetString(s_rx, 0, rcvdLen));
                WincsResult result = s_net.UdpSockWrite(socket, sender, (uint)s_from.Port, rcvdLen, s_rx);
                if (result != WincsResult.Pass)
                {
                    // UDP may drop: a full datagram queue loses this answer, as the network could
                    Console.WriteLine("[APP] : Answer to " + sender + ":" + s_from.Port.ToString() + " dropped (" + ((int)result).ToString() + ")");
                }
            }
        }

        /// <summary>Prints every queued group datagram, except this application's own announcement coming back.</summary>
        private static void ReadGroup(uint socket)
        {
            while (true)
            {
                int rcvdLen = s_net.UdpSockRead(socket, s_rx.Length, s_rx, 0, s_from);
                if (rcvdLen < 0)
                {
                    return;
                }

                if (IsOwnAnnouncement(rcvdLen))
                {
                    continue;
                }

                Console.WriteLine("[APP] : Multicast from " + SocketAddress.InetNtop(s_from.Family, s_from.Address, 0) + ":" + s_from.Port.ToString()
                    + " (" + rcvdLen.ToString() + " bytes) -> " + Utf8.GetString(s_rx, 0, rcvdLen));
            }
        }

        // a member of a group may receive what it sends to the group (multicast loopback)
        private static bool IsOwnAnnouncement(int length)
        {
            if (length != s_announcementLength)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (s_rx[i] != s_announcement[i])
                {
                    return false;
                }
            }

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
                    OpenSockets();
                    break;

                default:
                    break;
            }
        }
    }
}
