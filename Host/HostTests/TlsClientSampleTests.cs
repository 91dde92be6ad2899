// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The TlsClient sample (Samples/TlsClient/Program.cs unchanged) as its own process on the emulated
    /// board: it uploads the CA its bootstrap generated through the driver's file API, configures a TLS
    /// context (CA, SNI, domain check), connects by host name through the module's DNS to the bootstrap's
    /// SslStream server on loopback, which receives exactly the request line and the SNI name; the
    /// sample prints exactly the answer. With an unrelated CA the handshake fails and the sample says so.
    /// </summary>
    [TestClass]
    public sealed class TlsClientSampleTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        [TestMethod]
        public void TlsClientSampleSendsTheRequestAndPrintsTheAnswer()
        {
            int port = NetStack.FreeTcpPort();
            using var sample = new SampleProcess("TlsClient.dll", "--server-port", port.ToString(), "--exit-after", "60");
            sample.WaitForLine("[APP] : Socket CLOSED -> socketID: 0", 1, Wait);
            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());

            // the server's side: the exact bytes of the request, the SNI name, TLS 1.2 (the module's protocol)
            Assert.AreEqual(1, sample.Lines.Count(l => l == "[BOARD] TLS server: SNI 'tls.nanowincs.test', Tls12, received \"HELLO from nanoWincs\\r\\n\""), sample.Output());
            sample.AssertInOrder(
                "[APP] : Wi-Fi Connecting to : HomeNet",
                "[APP] : DHCP IPv4 : 192.168.1.100",
                "[APP] : CA certificate 'AppRootCA' uploaded (" + CaLength(sample) + " bytes)",
                "[APP] : Connecting to tls.nanowincs.test:" + port + " (TLS, CA 'AppRootCA')",
                "[APP] : TLS ->Connected to Server!",
                "[APP] : Sent -> HELLO from nanoWincs",
                "[APP] : Answer -> 200 OK",
                "[APP] : Answer -> You sent 'HELLO from nanoWincs' to tls.nanowincs.test over Tls12",
                "[APP] : Server closed the connection",
                "[APP] : Socket CLOSED -> socketID: 0");
            Assert.AreEqual(2, sample.Lines.Count(l => l.StartsWith("[APP] : Answer -> ", StringComparison.Ordinal)), sample.Output());
            sample.AssertNoErrors();
        }

        [TestMethod]
        public void TlsClientSampleWithTheWrongCaReportsACleanError()
        {
            int port = NetStack.FreeTcpPort();
            using var sample = new SampleProcess("TlsClient.dll", "--server-port", port.ToString(), "--wrong-ca", "--exit-after", "60");
            sample.WaitForLine("[APP] : Socket CLOSED -> socketID: 0", 1, Wait);
            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());

            sample.AssertInOrder(
                "[APP] : Connecting to tls.nanowincs.test:" + port + " (TLS, CA 'AppRootCA')",
                "[APP_ERROR] : TLS connection to tls.nanowincs.test:" + port + " failed: TlsFailed (server certificate not trusted by the CA, or wrong name)",
                "[APP] : Socket CLOSED -> socketID: 0");
            Assert.AreEqual(1, sample.Lines.Count(l => l.StartsWith("[APP_ERROR]", StringComparison.Ordinal)), "one clean error line" + sample.Output());
            Assert.IsFalse(sample.Lines.Any(l => l.StartsWith("[APP] : TLS ->Connected", StringComparison.Ordinal) || l.StartsWith("[APP] : Answer", StringComparison.Ordinal)), sample.Output());
            Assert.IsFalse(sample.Lines.Any(l => l.Contains("received", StringComparison.Ordinal)), "no request reached the server" + sample.Output());
            sample.WaitForMatch(l => l == "[BOARD] TLS server: SNI 'tls.nanowincs.test', the client left without a request" || l.StartsWith("[BOARD] TLS server: handshake failed", StringComparison.Ordinal), "the server's side of the failed handshake", Wait);
        }

        private static string CaLength(SampleProcess sample)
        {
            string line = sample.Lines.First(l => l.StartsWith("[APP] : CA certificate 'AppRootCA' uploaded (", StringComparison.Ordinal));
            string bytes = line.Substring("[APP] : CA certificate 'AppRootCA' uploaded (".Length).Split(' ')[0];
            Assert.IsTrue(int.Parse(bytes) > 400, "a PEM certificate: " + line);
            return bytes;
        }
    }
}
