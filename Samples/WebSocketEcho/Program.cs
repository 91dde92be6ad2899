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
using Sys.Wss;

namespace WebSocketEcho
{
    /// <summary>
    /// WebSocket echo server: joins Wi-Fi with SYS_WINCS_WIFI, then runs SYS_WSS on port 8000 and
    /// echoes every text message as text and every binary message as binary, to every client.
    /// </summary>
    public static class Program
    {
        // ---- configuration (on the desktop, Host/Samples/WebSocketEcho sets these before Main runs) ----

        /// <summary>SPI bus of the WINCS02.</summary>
        internal const int SpiBusId = 1;

        /// <summary>Chip-select GPIO.</summary>
        internal const int ChipSelectPin = 5;

        /// <summary>RESETN GPIO.</summary>
        internal const int ResetPin = 4;

        /// <summary>INTOUT GPIO.</summary>
        internal const int InterruptPin = 27;

        /// <summary>Access point to join.</summary>
        internal static string StaSsid = "HomeNet";

        /// <summary>Its passphrase (WPA2).</summary>
        internal static string StaPassphrase = "secret123";

        /// <summary>WebSocket server port (SYS_WSS_PORT).</summary>
        internal static int WssPort = 8000;

        private static WincDriver s_driver;
        private static WincsWifiService s_wifi;
        private static WincsNetService s_net;
        private static WssServer s_wss;
        private static bool s_opened;

        /// <summary>Initialises the stack, then runs the task loop forever.</summary>
        public static void Main()
        {
            Console.WriteLine("########################################");
            Console.WriteLine("  WINCS02 WebSocket echo demo (nanoWincs)");
            Console.WriteLine("########################################");

            SpiConnectionSettings settings = new SpiConnectionSettings(SpiBusId, ChipSelectPin);
            settings.ClockFrequency = SpiGpioWincsBus.SpiClockFrequency;
            settings.Mode = SpiGpioWincsBus.SpiMode;
            SpiGpioWincsBus bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            s_driver = new WincDriver(new MessageDevice(bus), bus);
            s_wifi = new WincsWifiService(s_driver);
            s_net = new WincsNetService(s_driver);
            s_wss = new WssServer(s_net);
            s_wifi.SrvCtrl(WifiService.SetCallback, new WifiCallback(OnWifiEvent));
            s_driver.Initialize();

            while (true)
            {
                s_driver.Tasks();
                if (!s_opened && s_driver.IsReady)
                {
                    s_opened = true;
                    JoinWifi();
                }

                s_wss.Task();
                Thread.Sleep(1);
            }
        }

        private static void JoinWifi()
        {
            s_wifi.SrvCtrl(WifiService.OpenDriver, new WincDriver[1]);
            WifiParam param = new WifiParam();
            param.Mode = WifiMode.Sta;
            param.Ssid = StaSsid;
            param.Passphrase = StaPassphrase;
            param.Security = WifiSecurity.Wpa2;
            param.AutoConnect = true;
            Console.WriteLine("[APP] : Wi-Fi Connecting to : " + StaSsid);
            if (s_wifi.SrvCtrl(WifiService.SetParams, param) != Sys.Wincs.Wifi.WincsResult.Pass)
            {
                Console.WriteLine("[APP_ERROR] : Wi-Fi parameters refused");
            }
        }

        private static void OnWifiEvent(WifiEvent wifiEvent, object data)
        {
            switch (wifiEvent)
            {
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
                    Console.WriteLine("[APP] : DHCP IPv4 : " + (string)data);
                    StartServer((string)data);
                    break;
            }
        }

        private static void StartServer(string address)
        {
            if (s_wss.Config != null)
            {
                return;
            }

            WssConfig config = new WssConfig();
            config.Port = WssPort;
            config.MaxClients = 4;
            config.MaxMessageSize = 65536;
            WssResult result = s_wss.Initialize(config, new WssCallback(OnWssEvent), null);
            if (result == WssResult.Success)
            {
                Console.WriteLine("[APP] : WebSocket echo server at ws://" + address + ":" + WssPort.ToString() + "/");
            }
            else
            {
                Console.WriteLine("[APP_ERROR] : WebSocket server failed to start: " + ((int)result).ToString());
            }
        }

        private static void OnWssEvent(WssEvent wssEvent, object data, int clientIndex, object cookie)
        {
            switch (wssEvent)
            {
                case WssEvent.ClientConnected:
                    Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " connected (" + ((WssClientInfo)data).Path + ")");
                    break;

                case WssEvent.ClientTxtDataRx:
                case WssEvent.ClientBinDataRx:
                    WssRxData rx = (WssRxData)data;
                    if (s_wss.SendMessage(true, rx.Frame, rx.Data, rx.Offset, rx.Length, clientIndex) != WssResult.Success)
                    {
                        Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " echo refused");
                    }

                    break;

                case WssEvent.ClientClosed:
                    Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " closed");
                    break;

                case WssEvent.ErrInvalidFrame:
                    Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " broke the protocol: " + ((WssRxData)data).CloseCode.ToString());
                    break;
            }
        }
    }
}
