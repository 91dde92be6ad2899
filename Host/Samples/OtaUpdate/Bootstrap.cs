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

namespace OtaUpdate
{
    /// <summary>
    /// Desktop-only: before the sample's Main runs, starts a loopback HTTP server holding a firmware image
    /// in the emulated module's format (<see cref="OtaImage"/>), points the sample's OTA URL at it
    /// (the server address, 192.168.1.10 by default, leads to 127.0.0.1), and puts an emulated WINCS02
    /// on the sample's pins that verifies that format and boots the activated image's version.
    /// </summary>
    /// <remarks>
    /// Options besides EmulatedBoard's: <c>--new-version X.Y.Z</c> (the image's version, default 3.3.0),
    /// <c>--bad-image</c> (one payload byte flipped after the CRC was computed: the module rejects it),
    /// <c>--image-size BYTES</c> (payload, default 65536); <c>--server-port</c> picks the HTTP port
    /// (default: any free one).
    /// </remarks>
    internal static class Bootstrap
    {
        private const string ImagePath = "/firmware/wincs02.bin";

        private static byte[] s_image;

        [ModuleInitializer]
        internal static void Start()
        {
            BoardOptions o = EmulatedBoard.Parse(new BoardOptions
            {
                Ssid = Program.StaSsid,
                Passphrase = Program.StaPassphrase,
                ServerPort = 0,
            });
            Version version = new Version(3, 3, 0);
            bool bad = false;
            int size = 65536;
            string[] args = Environment.GetCommandLineArgs();
            for (int i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--new-version" when i + 1 < args.Length:
                        version = Version.Parse(args[++i]);
                        break;
                    case "--image-size" when i + 1 < args.Length:
                        size = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--bad-image":
                        bad = true;
                        break;
                }
            }

            s_image = OtaImage.Build(version, size, 2026);
            if (bad)
            {
                s_image[OtaImage.HeaderSize + (size / 2)] ^= 0x5A;
            }

            var listener = new TcpListener(IPAddress.Loopback, o.ServerPort);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            new Thread(() => Serve(listener)) { IsBackground = true, Name = "OTA image server" }.Start();

            Program.StaSsid = o.Ssid;
            Program.StaPassphrase = o.Passphrase;
            Program.OtaUrl = "http://" + o.ServerAddress + ":" + port.ToString(CultureInfo.InvariantCulture) + ImagePath;
            EmulatedBoard.Start(Program.SpiBusId, Program.ChipSelectPin, Program.ResetPin, Program.InterruptPin, firmware =>
            {
                firmware.OtaImageValidator = OtaImage.IsValid;
                firmware.OtaImageVersion = OtaImage.ReadVersion;
            });
            Say("OTA image server on http://127.0.0.1:" + port + ImagePath + ": version " + version.ToString(3) + ", "
                + s_image.Length + " bytes" + (bad ? ", corrupted (--bad-image)" : string.Empty));
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
                        client.SendTimeout = 10000;
                        NetworkStream stream = client.GetStream();
                        string requestLine = ReadHead(stream);
                        bool found = requestLine == "GET " + ImagePath + " HTTP/1.1";
                        byte[] body = found ? s_image : Encoding.ASCII.GetBytes("not found\n");
                        byte[] head = Encoding.ASCII.GetBytes((found ? "HTTP/1.1 200 OK" : "HTTP/1.1 404 Not Found") + "\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                            + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\nConnection: close\r\n\r\n");
                        stream.Write(head, 0, head.Length);
                        stream.Write(body, 0, body.Length);
                        Say("OTA image server: " + requestLine + " -> " + (found ? "200, " + body.Length + " bytes" : "404"));
                    }
                    catch (IOException e)
                    {
                        Say("OTA image server: " + e.Message);
                    }
                }
            }
        }

        /// <summary>Reads the request head (at most 8 KiB) and returns its first line.</summary>
        private static string ReadHead(NetworkStream stream)
        {
            var head = new StringBuilder();
            var one = new byte[1];
            while (head.Length < 8192 && stream.Read(one, 0, 1) == 1)
            {
                head.Append((char)one[0]);
                if (head.Length >= 4 && head[head.Length - 1] == '\n' && head[head.Length - 2] == '\r' && head[head.Length - 3] == '\n' && head[head.Length - 4] == '\r')
                {
                    break;
                }
            }

            string text = head.ToString();
            int end = text.IndexOf("\r\n", StringComparison.Ordinal);
            return end < 0 ? text : text.Substring(0, end);
        }

        private static void Say(string text)
        {
            if (EmulatedBoard.Options == null || !EmulatedBoard.Options.Quiet)
            {
                Console.Error.WriteLine("[BOARD] " + text);
            }
        }
    }
}
