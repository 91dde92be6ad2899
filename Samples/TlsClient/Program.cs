// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Bus;
using Drivers.Wincs02.Files;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Sys.Wincs.Net;
using Sys.Wincs.Wifi;

namespace TlsClient
{
    /// <summary>
    /// A TLS client with SYS_WINCS_NET: join Wi-Fi, upload the CA certificate into the module's file store
    /// (WDRV_WINC_FileLoad), configure a TLS context (<c>SYS_WINCS_NET_OPEN_TLS_CTX</c>,
    /// <c>SYS_WINCS_NET_TLS_CONFIG</c>: CA, SNI, domain check), connect to the server by host name with
    /// <c>tlsEnable</c>, send a request line on <c>TLS_DONE</c> and print the answer line by line.
    /// </summary>
    public static class Program
    {
        // ---- configuration.h (MCC) -----------------------------------------------------------------
        // On the desktop, Host/Samples/TlsClient sets these from the command line before Main runs.

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

        /// <summary>
        /// <c>SYS_WINCS_NET_SOCK_SERVER_ADDR0</c>: the TLS server's host name, resolved by the module's DNS;
        /// also the SNI name and the name its certificate must carry.
        /// </summary>
        internal static string ServerName = "tls.nanowincs.test";

        /// <summary><c>SYS_WINCS_NET_SOCK_PORT0</c>.</summary>
        internal static int ServerPort = 4443;

        /// <summary>Name of the CA certificate in the module's file store (<c>SYS_WINCS_NET_TLS_CA_CERT</c>, up to 32 characters).</summary>
        internal const string CaCertificateName = "AppRootCA";

        /// <summary>
        /// The CA certificate that signed the server's certificate, PEM. Paste yours here (see README:
        /// <c>openssl req -x509 ...</c>); the desktop bootstrap puts the one it generates.
        /// </summary>
        internal static string CaCertificatePem = "";

        /// <summary>The line sent once the TLS session is up (CR LF is added).</summary>
        internal static string RequestLine = "HELLO from nanoWincs";

        /// <summary>Longest answer line printed (longer lines are printed in pieces).</summary>
        internal const int MaxLine = 256;

        // ---- app_wincs02.c ---------------------------------------------------------------------------

        private static readonly NetSocket g_tlsClientSocket = new NetSocket();
        private static readonly byte[] s_rx = new byte[512];
        private static readonly byte[] s_line = new byte[MaxLine];
        private static WincDriver s_driver;
        private static WincsWifiService s_wifi;
        private static WincsNetService s_net;
        private static WincFiles s_files;
        private static byte[] s_ca;
        private static AppState s_state;
        private static int s_lineLength;
        private static bool s_fileDone;
        private static RequestResult s_fileResult;
        private static WincStatus s_fileStatus;

        private enum AppState
        {
            WincsInit,
            WincsOpenDriver,
            WincsSetRegDomain,
            WincsWaitRegDomain,
            WincsSetWifiParams,
            WincsWaitAddress,
            WincsDeleteCa,
            WincsWaitDeleteCa,
            WincsUploadCa,
            WincsWaitUploadCa,
            WincsConfigureTls,
            WincsServiceTasks,
            WincsError,
        }

        /// <summary>SYS_Initialize, then the SYS_Tasks loop: WDRV_WINC_Tasks and APP_WINCS02_Tasks.</summary>
        public static void Main()
        {
            Console.WriteLine("########################################");
            Console.WriteLine("  WINCS02 TLS Client demo (nanoWincs)");
            Console.WriteLine("########################################");

            SpiConnectionSettings settings = new SpiConnectionSettings(SpiBusId, ChipSelectPin);
            settings.ClockFrequency = SpiGpioWincsBus.SpiClockFrequency;
            settings.Mode = SpiGpioWincsBus.SpiMode;
            SpiGpioWincsBus bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            s_driver = new WincDriver(new MessageDevice(bus), bus);
            s_wifi = new WincsWifiService(s_driver);
            s_net = new WincsNetService(s_driver, null, s_wifi.Net, null);
            s_files = new WincFiles(s_driver);

            g_tlsClientSocket.BindType = BindType.Remote;
            g_tlsClientSocket.SockType = NetSockType.Tcp;
            g_tlsClientSocket.SockAddr = ServerName;
            g_tlsClientSocket.SockPort = ServerPort;
            g_tlsClientSocket.TlsEnable = true;
            g_tlsClientSocket.IpType = 4;

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

                    // DHCP_IPV4_COMPLETE moves on to the CA upload
                    s_state = AppState.WincsWaitAddress;
                    break;
                }

                case AppState.WincsDeleteCa:
                    if (CaCertificatePem == null || CaCertificatePem.Length == 0)
                    {
                        Console.WriteLine("[APP_ERROR] : Set CaCertificatePem in Program.cs to the CA that signed the server's certificate");
                        s_state = AppState.WincsServiceTasks;
                        break;
                    }

                    // the file store is flash: a CA from an earlier run is replaced, not added twice
                    s_fileDone = false;
                    if (s_files.FileDelete(FsFileType.Certificate, CaCertificateName, new CompletionHandler(OnFileDone)) == DriverStatus.Ok)
                    {
                        s_state = AppState.WincsWaitDeleteCa;
                    }

                    break;

                case AppState.WincsWaitDeleteCa:
                    if (s_fileDone)
                    {
                        // FILE_NOT_FOUND is the usual answer on a first run
                        s_state = AppState.WincsUploadCa;
                    }

                    break;

                case AppState.WincsUploadCa:
                {
                    if (s_ca == null)
                    {
                        s_ca = new byte[Utf8.GetByteCount(CaCertificatePem)];
                        Utf8.GetBytes(CaCertificatePem, s_ca, 0);
                    }

                    s_fileDone = false;
                    DriverStatus status = s_files.FileLoad(FsFileType.Certificate, CaCertificateName, s_ca, 0, s_ca.Length, new CompletionHandler(OnFileDone));
                    if (status == DriverStatus.Ok)
                    {
                        s_state = AppState.WincsWaitUploadCa;
                    }
                    else if (status != DriverStatus.RetryRequest && status != DriverStatus.Busy)
                    {
                        Console.WriteLine("[APP_ERROR] : CA certificate upload refused: " + ((int)status).ToString());
                        s_state = AppState.WincsServiceTasks;
                    }

                    break;
                }

                case AppState.WincsWaitUploadCa:
                    if (!s_fileDone)
                    {
                        break;
                    }

                    if (s_fileResult != RequestResult.Ok)
                    {
                        Console.WriteLine("[APP_ERROR] : CA certificate upload failed: status " + ((int)s_fileStatus).ToString());
                        s_state = AppState.WincsServiceTasks;
                        break;
                    }

                    Console.WriteLine("[APP] : CA certificate '" + CaCertificateName + "' uploaded (" + s_ca.Length.ToString() + " bytes)");
                    s_state = AppState.WincsConfigureTls;
                    break;

                case AppState.WincsConfigureTls:
                    ConfigureTlsAndConnect();
                    break;

                case AppState.WincsServiceTasks:
                    break;

                case AppState.WincsError:
                    Console.WriteLine("[APP_ERROR] : ERROR in Application");
                    s_state = AppState.WincsServiceTasks;
                    break;
            }
        }

        /// <summary>OPEN_TLS_CTX, TLS_CONFIG (CA, SNI, domain check), then SOCK_TCP_OPEN with tlsEnable.</summary>
        private static void ConfigureTlsAndConnect()
        {
            int[] tlsHandle = new int[1];
            if (s_net.SockSrvCtrl(NetSockService.OpenTlsCtx, tlsHandle) != WincsResult.Pass)
            {
                Console.WriteLine("[APP_ERROR] : No free TLS context");
                s_state = AppState.WincsServiceTasks;
                return;
            }

            NetTlsSocParams tlsParams = new NetTlsSocParams();
            tlsParams.TlsPeerAuth = true;
            tlsParams.TlsCACertificate = CaCertificateName;
            tlsParams.TlsServerName = ServerName;
            tlsParams.TlsDomainName = ServerName;
            tlsParams.TlsDomainNameVerify = true;
            tlsParams.TlsHandle = tlsHandle[0];
            WincsResult result = s_net.SockSrvCtrl(NetSockService.TlsConfig, tlsParams);
            if (result == WincsResult.Busy)
            {
                s_net.SockSrvCtrl(NetSockService.CloseTlsCtx, tlsHandle[0]);
                return;
            }

            if (result != WincsResult.Pass)
            {
                Console.WriteLine("[APP_ERROR] : TLS configuration refused");
                s_state = AppState.WincsServiceTasks;
                return;
            }

            g_tlsClientSocket.TlsContext = tlsHandle[0];
            g_tlsClientSocket.SockPort = ServerPort;
            s_lineLength = 0;
            result = s_net.SockSrvCtrl(NetSockService.SockTcpOpen, g_tlsClientSocket);
            if (result == WincsResult.Pass)
            {
                Console.WriteLine("[APP] : Connecting to " + ServerName + ":" + ServerPort.ToString() + " (TLS, CA '" + CaCertificateName + "')");
            }
            else
            {
                Console.WriteLine("[APP_ERROR] : TLS client socket could not be opened: " + ((int)result).ToString());
            }

            s_state = AppState.WincsServiceTasks;
        }

        private static void OnFileDone(object source, RequestResult result, WincStatus status)
        {
            s_fileResult = result;
            s_fileStatus = status;
            s_fileDone = true;
        }

        /// <summary>Application NET socket Callback Handler function (<c>SYS_WINCS_NET_SockCallbackHandler</c>).</summary>
        private static WincsResult SysWincsNetSockCallbackHandler(uint socket, NetSockEvent netEvent, object pStr)
        {
            switch (netEvent)
            {
                // TLS sockets get TLS_DONE, never CONNECTED (as in Harmony)
                case NetSockEvent.TlsDone:
                {
                    Console.WriteLine("[APP] : TLS ->Connected to Server!");
                    string request = RequestLine + "\r\n";
                    byte[] data = new byte[Utf8.GetByteCount(request)];
                    Utf8.GetBytes(request, data, 0);
                    if (s_net.TcpSockWrite(socket, data.Length, data) == WincsResult.Pass)
                    {
                        Console.WriteLine("[APP] : Sent -> " + RequestLine);
                    }
                    else
                    {
                        Console.WriteLine("[APP_ERROR] : Request refused");
                    }

                    break;
                }

                case NetSockEvent.Read:
                {
                    int rcvdLen;
                    while ((rcvdLen = s_net.TcpSockRead(socket, s_rx.Length, s_rx)) > 0)
                    {
                        PrintLines(rcvdLen);
                    }

                    break;
                }

                case NetSockEvent.Disconnected:
                    FlushLine();
                    Console.WriteLine("[APP] : Server closed the connection");
                    s_net.SockSrvCtrl(NetSockService.SockClose, socket);
                    break;

                case NetSockEvent.Error:
                    Console.WriteLine("[APP_ERROR] : TLS connection to " + ServerName + ":" + ServerPort.ToString() + " failed: " + ErrorName((NetSockError)pStr));
                    break;

                case NetSockEvent.Closed:
                    Console.WriteLine("[APP] : Socket CLOSED -> socketID: " + socket.ToString());
                    s_net.SockSrvCtrl(NetSockService.CloseTlsCtx, g_tlsClientSocket.TlsContext);
                    break;

                default:
                    break;
            }

            return WincsResult.Pass;
        }

        /// <summary>Prints every complete line of the answer; a partial line waits for the rest.</summary>
        private static void PrintLines(int length)
        {
            for (int i = 0; i < length; i++)
            {
                byte b = s_rx[i];
                if (b == (byte)'\n')
                {
                    FlushLine();
                }
                else if (b != (byte)'\r')
                {
                    if (s_lineLength == s_line.Length)
                    {
                        FlushLine();
                    }

                    s_line[s_lineLength++] = b;
                }
            }
        }

        private static void FlushLine()
        {
            if (s_lineLength > 0)
            {
                Console.WriteLine("[APP] : Answer -> " + Utf8.GetString(s_line, 0, s_lineLength));
                s_lineLength = 0;
            }
        }

        private static string ErrorName(NetSockError error)
        {
            switch (error)
            {
                case NetSockError.OpenFailed:
                    return "OpenFailed";
                case NetSockError.ResolveFailed:
                    return "ResolveFailed (unknown host name)";
                case NetSockError.ConnectFailed:
                    return "ConnectFailed (no server on that port)";
                case NetSockError.TlsFailed:
                    return "TlsFailed (server certificate not trusted by the CA, or wrong name)";
                case NetSockError.SendFailed:
                    return "SendFailed";
                case NetSockError.ConnectionLost:
                    return "ConnectionLost";
                default:
                    return "error " + ((int)error).ToString();
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
                    Console.WriteLine("[APP] : DHCP IPv4 : " + (string)pStr);
                    if (s_state == AppState.WincsWaitAddress)
                    {
                        s_state = AppState.WincsDeleteCa;
                    }

                    break;

                default:
                    break;
            }
        }
    }
}
