// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using nanoWincs.Samples;

namespace MbedHttpGet
{
    /// <summary>
    /// Desktop-only: before the sample's Main runs, puts an emulated WINCS02 on its pins whose DNS
    /// resolves the sample's host name (example.com → 93.184.216.34, which leads to 127.0.0.1), and points
    /// the sample at an HTTP server on loopback: the one given by <c>--server-port N</c>, or else a small
    /// built-in one serving a page.
    /// </summary>
    internal static class Bootstrap
    {
        /// <summary>The address the module's DNS gives for the sample's host name.</summary>
        internal const string HostAddress = "93.184.216.34";

        private static readonly byte[] Page = Encoding.ASCII.GetBytes(
            "<!doctype html>\n<html><head><title>nanoWincs</title></head>\n<body><p>Hello from the emulated network.</p></body></html>\n");

        [ModuleInitializer]
        internal static void Start()
        {
            BoardOptions o = EmulatedBoard.Parse(new BoardOptions
            {
                Ssid = Program.WifiSsid,
                Passphrase = Program.WifiPassphrase,
                ServerPort = 0,
            });
            Program.WifiSsid = o.Ssid;
            Program.WifiPassphrase = o.Passphrase;
            int port = o.ServerPort;
            if (port == 0)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                port = ((IPEndPoint)listener.LocalEndpoint).Port;
                new Thread(() => Serve(listener)) { IsBackground = true, Name = "HTTP server" }.Start();
            }

            Program.HttpPort = port;
            EmulatedBoard.Start(Program.SpiBusId, Program.ChipSelectPin, Program.ResetPin, Program.InterruptPin, firmware =>
            {
                IPAddress address = IPAddress.Parse(HostAddress);
                firmware.DnsTable[Program.HttpHost] = new[] { address };
                firmware.AddressMap[address] = IPAddress.Loopback;
            });
            if (!o.Quiet)
            {
                Console.Error.WriteLine("[BOARD] " + Program.HttpHost + " is " + HostAddress + " (127.0.0.1); HTTP server on port " + port
                    + (o.ServerPort == 0 ? " (built in)" : string.Empty));
            }
        }

        private static void Serve(TcpListener listener)
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = listener.AcceptTcpClient();
                }
                catch (SocketException)
                {
                    return;
                }

                using (client)
                {
                    try
                    {
                        client.ReceiveTimeout = 10000;
                        NetworkStream stream = client.GetStream();
                        var one = new byte[1];
                        int matched = 0;
                        int total = 0;
                        while (matched < 4 && total < 8192 && stream.Read(one, 0, 1) == 1)
                        {
                            total++;
                            matched = one[0] == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (one[0] == '\r' ? 1 : 0);
                        }

                        byte[] head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                            + Page.Length.ToString(CultureInfo.InvariantCulture) + "\r\nConnection: close\r\n\r\n");
                        stream.Write(head, 0, head.Length);
                        stream.Write(Page, 0, Page.Length);
                    }
                    catch (IOException)
                    {
                    }
                }
            }
        }
    }
}
