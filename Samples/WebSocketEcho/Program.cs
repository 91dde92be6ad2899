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
    /// echoes every text message as text and every binary message as binary, to every client. A browser
    /// opening http://&lt;address&gt;:8000/ gets a small page from the same port (SYS_WSS serves it to a plain
    /// GET) whose script opens the WebSocket and lets you send text or binary and see the echoes.
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

        /// <summary>Largest message (each client slot holds two buffers of about this size).</summary>
        internal const int MaxMessageSize = 4096;

        /// <summary>
        /// The page served on the WebSocket port: plain ASCII (non-ASCII text is written as HTML or JavaScript
        /// escapes), so its bytes are its characters.
        /// </summary>
        private const string Page =
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>nanoWincs WebSocket echo</title>\n"
            + "<style>body{font-family:sans-serif;margin:2em}#log{border:1px solid #888;height:18em;overflow:auto;padding:.5em;font-family:monospace}"
            + "input{width:24em}.rx{color:#060}.tx{color:#006}.ev{color:#888}</style></head>\n"
            + "<body><h2>WINCS02 WebSocket echo</h2>\n"
            + "<p>Status: <b id=\"status\">connecting</b></p>\n"
            + "<p><input id=\"text\" value=\"Hello from the browser &#8364;\"> "
            + "<button onclick=\"sendText()\">Send text</button> <button onclick=\"sendBinary()\">Send binary</button> "
            + "<button onclick=\"ws.close(1000, 'bye')\">Close</button></p>\n"
            + "<div id=\"log\"></div>\n"
            + "<script>\n"
            + "var ws = new WebSocket('ws://' + location.host + '/echo');\n"
            + "ws.binaryType = 'arraybuffer';\n"
            + "function log(cls, text) { var d = document.createElement('div'); d.className = cls; d.textContent = text; var l = document.getElementById('log'); l.appendChild(d); l.scrollTop = l.scrollHeight; }\n"
            + "function hex(a) { return Array.prototype.map.call(new Uint8Array(a), function (b) { return ('0' + b.toString(16)).slice(-2); }).join(' '); }\n"
            + "function status(t) { document.getElementById('status').textContent = t; }\n"
            + "ws.onopen = function () { status('open'); log('ev', 'connected to ' + ws.url); };\n"
            + "ws.onclose = function (e) { status('closed'); log('ev', 'closed, code ' + e.code + (e.wasClean ? ' (clean)' : '')); };\n"
            + "ws.onerror = function () { log('ev', 'error'); };\n"
            + "ws.onmessage = function (e) { if (typeof e.data === 'string') { log('rx', '< text: ' + e.data); } else { log('rx', '< binary (' + e.data.byteLength + ' bytes): ' + hex(e.data)); } };\n"
            + "function sendText() { var t = document.getElementById('text').value; ws.send(t); log('tx', '> text: ' + t); }\n"
            + "function sendBinary() { var b = new TextEncoder().encode(document.getElementById('text').value); ws.send(b); log('tx', '> binary (' + b.length + ' bytes): ' + hex(b.buffer)); }\n"
            + "</script></body></html>\n";

        private static WincDriver s_driver;
        private static WincsWifiService s_wifi;
        private static WincsNetService s_net;
        private static WssServer s_wss;
        private static bool s_opened;
        private static byte[] s_page;
        private static string s_address;
        private static bool s_announce;

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
                if (s_announce && s_wss.IsListening)
                {
                    // the module took the listen: clients can connect from now on
                    s_announce = false;
                    Console.WriteLine("[APP] : WebSocket echo server at ws://" + s_address + ":" + WssPort.ToString() + "/");
                    Console.WriteLine("[APP] : Open http://" + s_address + ":" + WssPort.ToString() + "/ in a browser");
                }

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
            if (s_wifi.SrvCtrl(WifiService.SetParams, param) != WincsResult.Pass)
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

            // the page's bytes are made once; SYS_WSS sends them straight from this array
            s_page = new byte[Page.Length];
            for (int i = 0; i < Page.Length; i++)
            {
                s_page[i] = (byte)Page[i];
            }

            WssConfig config = new WssConfig();
            config.Port = WssPort;
            config.MaxClients = 4;
            config.MaxMessageSize = MaxMessageSize;
            config.HttpPage = s_page;
            config.HttpPageContentType = "text/html; charset=utf-8";
            WssResult result = s_wss.Initialize(config, new WssCallback(OnWssEvent), null);
            if (result == WssResult.Success)
            {
                s_address = address;
                s_announce = true;
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
                case WssEvent.ClientConnecting:
                    Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " connecting");
                    break;

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

                case WssEvent.ClientPingRx:
                    Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " ping");
                    break;

                case WssEvent.ClientCloseFrameRx:
                    Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " sent close " + ((WssRxData)data).CloseCode.ToString());
                    break;

                case WssEvent.ClientClosing:
                    int code = ((WssRxData)data).CloseCode;
                    if (code == 200)
                    {
                        Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " got the page");
                    }
                    else
                    {
                        Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " closing (" + code.ToString() + ")");
                    }

                    break;

                case WssEvent.ClientClosed:
                    Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " closed");
                    break;

                case WssEvent.ErrInvalidFrame:
                    Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " broke the protocol: " + ((WssRxData)data).CloseCode.ToString());
                    break;

                case WssEvent.ClientTimeout:
                    Console.WriteLine("[APP] : Client " + clientIndex.ToString() + " did not answer the ping");
                    break;

                case WssEvent.SockOpenFailed:
                    Console.WriteLine("[APP_ERROR] : WebSocket server socket could not be opened");
                    break;

                case WssEvent.LlIntfDown:
                    Console.WriteLine("[APP] : WebSocket server lost its socket, listening again soon");
                    break;

                case WssEvent.LlIntfUp:
                    s_announce = true;
                    break;
            }
        }
    }
}
