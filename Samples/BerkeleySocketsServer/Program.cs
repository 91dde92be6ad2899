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
using Sys.Wincs.Wifi;

namespace BerkeleySocketsServer
{
    /// <summary>
    /// A TCP echo server on the driver's Berkeley sockets API (<c>winc_socket.h</c>: socket, bind,
    /// listen, accept, recv, send, shutdown, with the <c>WINC_SOCKET_EVENT</c> callback), after joining
    /// Wi-Fi with the <c>SYS_WINCS_WIFI</c> service. Every client gets back what it sends, upper-cased.
    /// Nothing blocks: each call is made when the event callback says it can succeed.
    /// </summary>
    public static class Program
    {
        // ---- configuration.h (MCC) -----------------------------------------------------------------
        // On the desktop, Host/Samples/BerkeleySocketsServer sets these from the command line before Main runs.

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

        /// <summary>TCP port the server listens on.</summary>
        internal const int ServerPort = 6666;

        /// <summary>Connections the module queues for accept (listen backlog, 1..SOMAXCONN).</summary>
        internal const int ListenBacklog = 4;

        private const int ChunkSize = 512;

        // ---- app.c -----------------------------------------------------------------------------------

        private static WincDriver s_driver;
        private static WincsWifiService s_wifi;
        private static WincSockets s_sockets;
        private static AppState s_state;
        private static int s_listenFd = -1;
        private static readonly SocketAddress s_local = new SocketAddress(0, 0, 0, 0, ServerPort);
        private static readonly SocketAddress s_peer = new SocketAddress();

        // one echo buffer per descriptor: bytes read but not yet taken by send (all of it or nothing)
        private static byte[][] s_pending;
        private static int[] s_pendingLength;
        private static bool[] s_clientOpen;

        private enum AppState
        {
            WincsInit,
            WincsOpenDriver,
            WincsSetRegDomain,
            WincsSetWifiParams,
            WincsWaitDhcp,
            WincsOpenServer,
            WincsServiceTasks,
            WincsError,
        }

        /// <summary>SYS_Initialize, then the SYS_Tasks loop: WDRV_WINC_Tasks and APP_Tasks.</summary>
        public static void Main()
        {
            Console.WriteLine("########################################");
            Console.WriteLine("  WINCS02 Berkeley sockets TCP server (nanoWincs)");
            Console.WriteLine("########################################");

            SpiConnectionSettings settings = new SpiConnectionSettings(SpiBusId, ChipSelectPin);
            settings.ClockFrequency = SpiGpioWincsBus.SpiClockFrequency;
            settings.Mode = SpiGpioWincsBus.SpiMode;
            SpiGpioWincsBus bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            s_driver = new WincDriver(new MessageDevice(bus), bus);
            s_wifi = new WincsWifiService(s_driver);
            s_sockets = new WincSockets(s_driver);
            s_pending = new byte[s_sockets.SocketCount][];
            s_pendingLength = new int[s_sockets.SocketCount];
            s_clientOpen = new bool[s_sockets.SocketCount];
            for (int i = 0; i < s_pending.Length; i++)
            {
                s_pending[i] = new byte[ChunkSize];
            }

            // WDRV_WINC_SocketRegisterEventCallback
            s_sockets.RegisterEventCallback(new SocketEventHandler(SocketEventCallback), null);

            s_state = AppState.WincsInit;
            s_driver.Initialize();
            while (true)
            {
                s_driver.Tasks();
                AppTasks();
                Thread.Sleep(1);
            }
        }

        /// <summary>APP_Tasks.</summary>
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

                    s_state = AppState.WincsSetRegDomain;
                    break;

                case AppState.WincsSetRegDomain:
                    s_wifi.SrvCtrl(WifiService.SetCallback, new WifiCallback(SysWincsWifiCallbackHandler));
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

                    s_state = AppState.WincsWaitDhcp;
                    break;
                }

                case AppState.WincsOpenServer:
                {
                    // socket(AF_INET, SOCK_STREAM, IPPROTO_TCP): the module allocates it, SOCKET_EVENT_OPEN follows
                    int fd = s_sockets.Socket(SocketConstants.AfInet, SocketConstants.SockStream, SocketConstants.IpProtoTcp);
                    if (fd < 0)
                    {
                        Console.WriteLine("[APP] : socket() = -1, errno " + ErrnoText(s_sockets.Errno));
                        s_state = AppState.WincsError;
                        break;
                    }

                    s_listenFd = fd;
                    Console.WriteLine("[APP] : socket() = " + fd.ToString());

                    // any other call before SOCKET_EVENT_OPEN fails, as the API documentation warns
                    byte[] probe = new byte[1];
                    int r = s_sockets.Send(fd, probe, 0, 1, 0);
                    Console.WriteLine("[APP] : send() before SOCKET_EVENT_OPEN = " + r.ToString() + ", errno " + ErrnoText(s_sockets.Errno));
                    s_state = AppState.WincsServiceTasks;
                    break;
                }

                case AppState.WincsWaitDhcp:
                case AppState.WincsServiceTasks:
                    break;

                case AppState.WincsError:
                    Console.WriteLine("[APP_ERROR] : ERROR in Application");
                    s_state = AppState.WincsServiceTasks;
                    break;
            }
        }

        /// <summary>Socket event callback (<c>WINC_SOCKET_EVENT_CALLBACK</c>).</summary>
        private static void SocketEventCallback(WincSockets sockets, int socket, SocketEvent socketEvent, SocketStatus status)
        {
            switch (socketEvent)
            {
                case SocketEvent.Open:
                    if (socket == s_listenFd)
                    {
                        // bind(sockfd, {AF_INET, htons(ServerPort), INADDR_ANY}); listen(sockfd, backlog)
                        int r = sockets.Bind(socket, s_local);
                        if (r == 0)
                        {
                            r = sockets.Listen(socket, ListenBacklog);
                        }

                        if (r != 0)
                        {
                            Console.WriteLine("[APP] : bind/listen = -1, errno " + ErrnoText(sockets.Errno));
                        }
                    }

                    break;

                case SocketEvent.Listen:
                    if (status == SocketStatus.Ok)
                    {
                        Console.WriteLine("[APP] : Listening on port " + ServerPort.ToString());
                    }
                    else
                    {
                        Console.WriteLine("[APP] : listen failed");
                    }

                    break;

                case SocketEvent.ConnectReq:
                {
                    // accept every pending connection
                    int fd;
                    while ((fd = sockets.Accept(socket, s_peer)) >= 0)
                    {
                        s_pendingLength[fd] = 0;
                        s_clientOpen[fd] = true;
                        Console.WriteLine("[APP] : accept() = " + fd.ToString() + " : client " + s_peer.ToString());
                    }

                    break;
                }

                case SocketEvent.Recv:
                case SocketEvent.Send:
                    if (socket != s_listenFd)
                    {
                        Echo(sockets, socket);
                    }

                    break;

                case SocketEvent.Disconnect:
                    // the peer closed: echo what is left, then recv() returns 0 and the socket is shut down
                    Echo(sockets, socket);
                    break;

                case SocketEvent.Close:
                    Console.WriteLine("[APP] : socket " + socket.ToString() + " closed");
                    if (socket == s_listenFd)
                    {
                        s_listenFd = -1;
                    }

                    break;

                case SocketEvent.Error:
                    Console.WriteLine("[APP] : socket " + socket.ToString() + " error");
                    break;

                default:
                    break;
            }
        }

        /// <summary>Moves received bytes back to the client, upper-cased, as far as the send buffer takes them.</summary>
        private static void Echo(WincSockets sockets, int fd)
        {
            if (fd < 0 || fd >= s_clientOpen.Length || !s_clientOpen[fd])
            {
                return;
            }

            byte[] buffer = s_pending[fd];
            while (true)
            {
                if (s_pendingLength[fd] > 0)
                {
                    int sent = sockets.Send(fd, buffer, 0, s_pendingLength[fd], 0);
                    if (sent < 0)
                    {
                        if (sockets.Errno != SocketErrno.EWouldBlock)
                        {
                            Console.WriteLine("[APP] : send(" + fd.ToString() + ") = -1, errno " + ErrnoText(sockets.Errno));
                            s_pendingLength[fd] = 0;
                        }

                        // the send ring is full: SOCKET_EVENT_SEND says when there is room again
                        return;
                    }

                    s_pendingLength[fd] = 0;
                }

                int n = sockets.Recv(fd, buffer, 0, buffer.Length, 0);
                if (n > 0)
                {
                    Console.WriteLine("[APP] : recv(" + fd.ToString() + ") = " + n.ToString() + " : " + Printable(buffer, n));
                    for (int i = 0; i < n; i++)
                    {
                        if (buffer[i] >= 'a' && buffer[i] <= 'z')
                        {
                            buffer[i] = (byte)(buffer[i] - 32);
                        }
                    }

                    s_pendingLength[fd] = n;
                    continue;
                }

                if (n == 0)
                {
                    Console.WriteLine("[APP] : recv(" + fd.ToString() + ") = 0 : client gone, shutdown()");
                    s_clientOpen[fd] = false;
                    sockets.Shutdown(fd, SocketConstants.ShutRdWr);
                }
                else if (sockets.Errno != SocketErrno.EWouldBlock)
                {
                    Console.WriteLine("[APP] : recv(" + fd.ToString() + ") = -1, errno " + ErrnoText(sockets.Errno));
                }

                return;
            }
        }

        /// <summary>Application Wi-Fi Callback Handler function (<c>SYS_WINCS_WIFI_CallbackHandler</c>).</summary>
        private static void SysWincsWifiCallbackHandler(WifiEvent wifiEvent, object pStr)
        {
            switch (wifiEvent)
            {
                case WifiEvent.RegDomainSetAck:
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
                    if (s_listenFd < 0)
                    {
                        s_state = AppState.WincsOpenServer;
                    }

                    break;

                default:
                    break;
            }
        }

        /// <summary>The text received, or its length when it is not printable ASCII.</summary>
        private static string Printable(byte[] data, int length)
        {
            int shown = length;
            if (shown > 0 && data[shown - 1] == '\n')
            {
                shown--;
            }

            if (shown > 0 && data[shown - 1] == '\r')
            {
                shown--;
            }

            for (int i = 0; i < shown; i++)
            {
                if (data[i] < 0x20 || data[i] > 0x7E)
                {
                    return "(" + length.ToString() + " bytes)";
                }
            }

            return "\"" + Utf8.GetString(data, 0, shown) + "\"";
        }

        /// <summary>errno value with its name (<c>errno.h</c>).</summary>
        private static string ErrnoText(int errno)
        {
            string name;
            switch (errno)
            {
                case SocketErrno.EBadF:
                    name = "EBADF";
                    break;
                case SocketErrno.EAgain:
                    name = "EAGAIN/EWOULDBLOCK";
                    break;
                case SocketErrno.ENoMem:
                    name = "ENOMEM";
                    break;
                case SocketErrno.EFault:
                    name = "EFAULT";
                    break;
                case SocketErrno.EInval:
                    name = "EINVAL";
                    break;
                case SocketErrno.ENFile:
                    name = "ENFILE";
                    break;
                case SocketErrno.ENotSock:
                    name = "ENOTSOCK";
                    break;
                case SocketErrno.EOpNotSupp:
                    name = "EOPNOTSUPP";
                    break;
                case SocketErrno.EAddrInUse:
                    name = "EADDRINUSE";
                    break;
                case SocketErrno.ENotConn:
                    name = "ENOTCONN";
                    break;
                default:
                    name = "errno";
                    break;
            }

            return errno.ToString() + " (" + name + ")";
        }
    }
}
