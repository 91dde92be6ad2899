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
using Drivers.Wincs02.Wifi;
using Sys.Wincs.Net;
using Sys.Wincs.Net.Mbed;

namespace MbedHttpGet
{
    /// <summary>
    /// The Mbed OS "Network socket" example (an HTTP query over a <c>TCPSocket</c>) on the WINCS02, with
    /// the Mbed-style API of Sys.Wincs.Net: initialize the network interface, open a socket, connect to
    /// a host by name (the module's DNS resolves it), send an HTTP/1.1 GET, receive in blocking mode
    /// with a timeout, close. Every call returns an <see cref="NsapiError"/> (or a size), as in Mbed.
    /// </summary>
    public static class Program
    {
        // ---- mbed_app.json ---------------------------------------------------------------------------
        // On the desktop, Host/Samples/MbedHttpGet sets these from the command line before Main runs.

        /// <summary>SPI bus of the WINCS02 (mikroBUS SPI on the board).</summary>
        internal const int SpiBusId = 1;

        /// <summary>Chip-select GPIO.</summary>
        internal const int ChipSelectPin = 5;

        /// <summary>RESETN GPIO.</summary>
        internal const int ResetPin = 4;

        /// <summary>INTOUT GPIO (falling edge = module has data).</summary>
        internal const int InterruptPin = 27;

        /// <summary>Network to join.</summary>
        internal static string WifiSsid = "HomeNet";

        /// <summary>Its passphrase.</summary>
        internal static string WifiPassphrase = "secret123";

        /// <summary>Its security.</summary>
        internal static AuthType WifiSecurity = AuthType.Wpa2Personal;

        /// <summary>HTTP server name (resolved by the module's DNS).</summary>
        internal static string HttpHost = "example.com";

        /// <summary>HTTP server port.</summary>
        internal static int HttpPort = 80;

        /// <summary>Resource to get.</summary>
        internal static string HttpPath = "/";

        /// <summary>Timeout of each blocking call on the socket, in milliseconds.</summary>
        internal static int SocketTimeoutMs = 10000;

        /// <summary>Longest wait for the driver to bring the module up, in milliseconds.</summary>
        internal static int StartTimeoutMs = 15000;

        private const int MaxHeadBytes = 2048;

        /// <summary>The application.</summary>
        public static void Main()
        {
            Console.WriteLine("########################################");
            Console.WriteLine("  WINCS02 Mbed-style HTTP GET (nanoWincs)");
            Console.WriteLine("########################################");

            SpiConnectionSettings settings = new SpiConnectionSettings(SpiBusId, ChipSelectPin);
            settings.ClockFrequency = SpiGpioWincsBus.SpiClockFrequency;
            settings.Mode = SpiGpioWincsBus.SpiMode;
            SpiGpioWincsBus bus = new SpiGpioWincsBus(SpiDevice.Create(settings), ResetPin, InterruptPin, new GpioController());
            WincDriver driver = new WincDriver(new MessageDevice(bus), bus);
            WincWifi wifi = new WincWifi(driver);
            WincsNetService service = new WincsNetService(driver);

            // the blocking calls below run driver.Tasks() themselves while they wait
            driver.Initialize();
            long deadline = DateTime.UtcNow.Ticks + (StartTimeoutMs * TimeSpan.TicksPerMillisecond);
            while (!driver.IsReady && DateTime.UtcNow.Ticks < deadline)
            {
                driver.Tasks();
                Thread.Sleep(1);
            }

            if (!driver.IsReady)
            {
                Console.WriteLine("[APP] : The WINCS02 did not start");
                return;
            }

            // Initialize network interface
            WincsNetworkInterface net = new WincsNetworkInterface(service, wifi, null);
            Console.WriteLine("[APP] : Connecting to " + WifiSsid);
            NsapiError e = net.Connect(WifiSsid, WifiPassphrase, WifiSecurity);
            if (e != NsapiError.Ok)
            {
                Console.WriteLine("[APP] : connect failed : " + ErrorName(e) + " (" + ((int)e).ToString() + ")");
                return;
            }

            SocketAddress address = new SocketAddress();
            net.GetIpAddress(address);
            Console.WriteLine("[APP] : IP address : " + address.GetIpAddress());

            // Create a socket
            TcpSocket sock = new TcpSocket();
            sock.Open(net);
            sock.SetTimeout(SocketTimeoutMs);

            // Connect (the module resolves the name)
            e = sock.Connect(HttpHost, HttpPort);
            if (e != NsapiError.Ok)
            {
                Console.WriteLine("[APP] : connect to " + HttpHost + " failed : " + ErrorName(e) + " (" + ((int)e).ToString() + ")");
                sock.Close();
                return;
            }

            SocketAddress peer = new SocketAddress();
            sock.GetPeerName(peer);
            Console.WriteLine("[APP] : Connected to " + HttpHost + " (" + peer.GetIpAddress() + ":" + peer.GetPort().ToString() + ")");

            // Send data
            string hostHeader = HttpPort == 80 ? HttpHost : HttpHost + ":" + HttpPort.ToString();
            string request = "GET " + HttpPath + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nUser-Agent: nanoWincs-MbedHttpGet\r\nAccept: */*\r\nConnection: close\r\n\r\n";
            byte[] query = new byte[Utf8.GetByteCount(request)];
            Utf8.GetBytes(request, query, 0);
            int sent = sock.Send(query, query.Length);
            if (sent != query.Length)
            {
                Console.WriteLine("[APP] : send failed : " + (sent < 0 ? ErrorName((NsapiError)sent) : sent.ToString() + " bytes"));
                sock.Close();
                return;
            }

            Console.WriteLine("[APP] : Sent " + sent.ToString() + " bytes : GET " + HttpPath);

            // Receive data: the head into a bounded buffer, the body only counted
            byte[] head = new byte[MaxHeadBytes];
            byte[] chunk = new byte[512];
            int headLength = 0;
            int headEnd = -1;
            int bodyLength = 0;
            int contentLength = -1;
            while (true)
            {
                int n = sock.Recv(chunk, chunk.Length);
                if (n == 0)
                {
                    break;
                }

                if (n < 0)
                {
                    Console.WriteLine("[APP] : recv : " + ErrorName((NsapiError)n) + " (" + n.ToString() + ")");
                    break;
                }

                int used = 0;
                if (headEnd < 0)
                {
                    while (used < n && headEnd < 0 && headLength < head.Length)
                    {
                        head[headLength++] = chunk[used++];
                        if (headLength >= 4 && head[headLength - 4] == '\r' && head[headLength - 3] == '\n' && head[headLength - 2] == '\r' && head[headLength - 1] == '\n')
                        {
                            headEnd = headLength;
                            contentLength = ContentLength(head, headEnd);
                        }
                    }

                    if (headEnd < 0 && headLength == head.Length)
                    {
                        Console.WriteLine("[APP] : response head larger than " + MaxHeadBytes.ToString() + " bytes");
                        break;
                    }
                }

                bodyLength += n - used;
                if (contentLength >= 0 && bodyLength >= contentLength)
                {
                    break;
                }
            }

            if (headEnd > 0)
            {
                int statusEnd = IndexOfCrLf(head, 0, headEnd);
                Console.WriteLine("[APP] : " + Utf8.GetString(head, 0, statusEnd));
                Console.WriteLine("[APP] : Headers : " + CountHeaders(head, statusEnd + 2, headEnd).ToString());
                Console.WriteLine("[APP] : Body : " + bodyLength.ToString() + " bytes");
            }

            // Close the socket
            e = sock.Close();
            Console.WriteLine("[APP] : Socket closed : " + ErrorName(e));
            Console.WriteLine("[APP] : Done");
        }

        private static int IndexOfCrLf(byte[] data, int from, int end)
        {
            for (int i = from; i + 1 < end; i++)
            {
                if (data[i] == '\r' && data[i + 1] == '\n')
                {
                    return i;
                }
            }

            return end;
        }

        /// <summary>Header lines between the status line and the empty line.</summary>
        private static int CountHeaders(byte[] head, int from, int headEnd)
        {
            int count = 0;
            int at = from;
            while (at < headEnd - 2)
            {
                int end = IndexOfCrLf(head, at, headEnd);
                if (end == at)
                {
                    break;
                }

                count++;
                at = end + 2;
            }

            return count;
        }

        /// <summary>The Content-Length header's value, or -1 (then the body ends when the server closes).</summary>
        private static int ContentLength(byte[] head, int headEnd)
        {
            const string Name = "content-length:";
            int at = IndexOfCrLf(head, 0, headEnd) + 2;
            while (at < headEnd - 2)
            {
                int end = IndexOfCrLf(head, at, headEnd);
                if (end - at > Name.Length && StartsWithIgnoreCase(head, at, Name))
                {
                    int value = 0;
                    bool digits = false;
                    for (int i = at + Name.Length; i < end; i++)
                    {
                        byte c = head[i];
                        if (c >= '0' && c <= '9')
                        {
                            value = (value * 10) + (c - '0');
                            digits = true;
                        }
                        else if (c != ' ' && c != '\t')
                        {
                            return -1;
                        }
                    }

                    return digits ? value : -1;
                }

                at = end + 2;
            }

            return -1;
        }

        private static bool StartsWithIgnoreCase(byte[] data, int at, string lowerPrefix)
        {
            for (int i = 0; i < lowerPrefix.Length; i++)
            {
                int c = data[at + i];
                if (c >= 'A' && c <= 'Z')
                {
                    c += 32;
                }

                if (c != lowerPrefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Mbed's <c>NSAPI_ERROR_*</c> name of a result.</summary>
        private static string ErrorName(NsapiError e)
        {
            switch (e)
            {
                case NsapiError.Ok:
                    return "NSAPI_ERROR_OK";
                case NsapiError.WouldBlock:
                    return "NSAPI_ERROR_WOULD_BLOCK";
                case NsapiError.Unsupported:
                    return "NSAPI_ERROR_UNSUPPORTED";
                case NsapiError.Parameter:
                    return "NSAPI_ERROR_PARAMETER";
                case NsapiError.NoConnection:
                    return "NSAPI_ERROR_NO_CONNECTION";
                case NsapiError.NoSocket:
                    return "NSAPI_ERROR_NO_SOCKET";
                case NsapiError.NoAddress:
                    return "NSAPI_ERROR_NO_ADDRESS";
                case NsapiError.NoMemory:
                    return "NSAPI_ERROR_NO_MEMORY";
                case NsapiError.NoSsid:
                    return "NSAPI_ERROR_NO_SSID";
                case NsapiError.DnsFailure:
                    return "NSAPI_ERROR_DNS_FAILURE";
                case NsapiError.DhcpFailure:
                    return "NSAPI_ERROR_DHCP_FAILURE";
                case NsapiError.AuthFailure:
                    return "NSAPI_ERROR_AUTH_FAILURE";
                case NsapiError.DeviceError:
                    return "NSAPI_ERROR_DEVICE_ERROR";
                case NsapiError.InProgress:
                    return "NSAPI_ERROR_IN_PROGRESS";
                case NsapiError.Already:
                    return "NSAPI_ERROR_ALREADY";
                case NsapiError.IsConnected:
                    return "NSAPI_ERROR_IS_CONNECTED";
                case NsapiError.ConnectionLost:
                    return "NSAPI_ERROR_CONNECTION_LOST";
                case NsapiError.ConnectionTimeout:
                    return "NSAPI_ERROR_CONNECTION_TIMEOUT";
                default:
                    return "error";
            }
        }
    }
}
