// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using nanoWincs.Samples;

namespace TlsClient
{
    /// <summary>
    /// Desktop-only: before the sample's Main runs, makes a throw-away CA and a server certificate for
    /// <see cref="Program.ServerName"/>, puts the CA into the sample's <see cref="Program.CaCertificatePem"/>
    /// (the sample uploads it to the emulated module as it would on a board), lets the emulated module's DNS
    /// resolve the server name to 192.168.1.20 (which is 127.0.0.1 on the host), and runs an SslStream
    /// server on 127.0.0.1:--server-port. With --wrong-ca the sample gets an unrelated CA instead.
    /// </summary>
    internal static class Bootstrap
    {
        /// <summary>The address the module's DNS gives for the server name (mapped to loopback).</summary>
        private static readonly IPAddress ServerAddress = IPAddress.Parse("192.168.1.20");

        private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(10);

        [ModuleInitializer]
        internal static void Start()
        {
            BoardOptions o = EmulatedBoard.Parse(new BoardOptions
            {
                Ssid = Program.StaSsid,
                Passphrase = Program.StaPassphrase,
                ServerPort = Program.ServerPort,
            });
            bool wrongCa = Array.IndexOf(Environment.GetCommandLineArgs(), "--wrong-ca") > 0;
            Program.StaSsid = o.Ssid;
            Program.StaPassphrase = o.Passphrase;
            Program.ServerPort = o.ServerPort;

            using ECDsa caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using X509Certificate2 ca = CreateCa("CN=nanoWincs Sample Root CA", caKey);
            X509Certificate2 server = CreateServerCertificate(ca, Program.ServerName);
            if (wrongCa)
            {
                using ECDsa otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                using X509Certificate2 other = CreateCa("CN=Unrelated Root CA", otherKey);
                Program.CaCertificatePem = other.ExportCertificatePem();
            }
            else
            {
                Program.CaCertificatePem = ca.ExportCertificatePem();
            }

            var listener = new TcpListener(IPAddress.Loopback, o.ServerPort);
            listener.Start();
            new Thread(() => Serve(listener, server, o.Quiet)) { IsBackground = true, Name = "TLS server" }.Start();

            EmulatedBoard.Start(Program.SpiBusId, Program.ChipSelectPin, Program.ResetPin, Program.InterruptPin, firmware =>
            {
                firmware.DnsTable[Program.ServerName] = new[] { ServerAddress };
                firmware.AddressMap[ServerAddress] = IPAddress.Loopback;
            });
            Say(o.Quiet, "TLS server for '" + Program.ServerName + "' (" + ServerAddress + ", 127.0.0.1 here) on port " + o.ServerPort
                + "; the sample's CA is " + (wrongCa ? "an unrelated one (--wrong-ca)" : "the one that signed it"));
        }

        private static X509Certificate2 CreateCa(string subject, ECDsa key)
        {
            var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        }

        private static X509Certificate2 CreateServerCertificate(X509Certificate2 ca, string name)
        {
            using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256);
            var san = new SubjectAlternativeNameBuilder();
            san.AddDnsName(name);
            request.CertificateExtensions.Add(san.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            using X509Certificate2 signed = request.Create(ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddMonths(6), Guid.NewGuid().ToByteArray());
            return X509CertificateLoader.LoadPkcs12(signed.CopyWithPrivateKey(key).Export(X509ContentType.Pkcs12), null);
        }

        /// <summary>
        /// One client at a time: TLS handshake (the SNI name is logged), one request line, then a two-line
        /// answer naming what was received and the protocol, and close.
        /// </summary>
        private static void Serve(TcpListener listener, X509Certificate2 certificate, bool quiet)
        {
            while (true)
            {
                using TcpClient client = listener.AcceptTcpClient();
                client.ReceiveTimeout = (int)ClientTimeout.TotalMilliseconds;
                client.SendTimeout = (int)ClientTimeout.TotalMilliseconds;
                string sni = null;
                using var ssl = new SslStream(client.GetStream(), false);
                try
                {
                    ssl.AuthenticateAsServer(new SslServerAuthenticationOptions
                    {
                        ServerCertificateSelectionCallback = (sender, name) =>
                        {
                            sni = name;
                            return certificate;
                        },
                        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    });
                }
                catch (Exception e) when (e is AuthenticationException || e is IOException)
                {
                    Say(quiet, "TLS server: handshake failed (SNI '" + sni + "')");
                    continue;
                }

                try
                {
                    var request = new MemoryStream();
                    int b;
                    while (request.Length < 1024 && (b = ssl.ReadByte()) >= 0)
                    {
                        request.WriteByte((byte)b);
                        if (b == '\n')
                        {
                            break;
                        }
                    }

                    if (request.Length == 0)
                    {
                        // with TLS 1.2 the server's side of the handshake ends before the client checked the certificate
                        Say(quiet, "TLS server: SNI '" + sni + "', the client left without a request");
                        continue;
                    }

                    string text = Encoding.UTF8.GetString(request.ToArray());
                    Say(quiet, "TLS server: SNI '" + sni + "', " + ssl.SslProtocol + ", received \"" + Escape(text) + "\"");
                    string line = text.TrimEnd('\r', '\n');
                    byte[] answer = Encoding.UTF8.GetBytes("200 OK\r\nYou sent '" + line + "' to " + sni + " over " + ssl.SslProtocol + "\r\n");
                    ssl.Write(answer);
                    ssl.Flush();
                    ssl.ShutdownAsync().Wait(ClientTimeout);
                }
                catch (Exception e) when (e is IOException || e is AggregateException || e is AuthenticationException)
                {
                    Say(quiet, "TLS server: connection lost (" + e.Message + ")");
                }
            }
        }

        private static string Escape(string text)
        {
            return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        }

        private static void Say(bool quiet, string text)
        {
            if (!quiet)
            {
                Console.Error.WriteLine("[BOARD] " + text);
            }
        }
    }
}
