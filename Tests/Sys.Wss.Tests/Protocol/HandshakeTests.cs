// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using nanoFramework.TestFramework;
using Sys.Wss;
using Sys.Wss.Protocol;

namespace Sys.Wss.Tests.Protocol
{
    /// <summary>Opening handshake (RFC 6455 section 4.2) including the browser variants Harmony rejected.</summary>
    [TestClass]
    public class HandshakeTests
    {
        private const string Rfc = "GET /chat?x=1 HTTP/1.1\r\nHost: server.example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: http://example.com\r\nSec-WebSocket-Protocol: chat, superchat\r\nSec-WebSocket-Version: 13\r\n\r\n";

        private static string Text(byte[] b, int length)
        {
            char[] c = new char[length];
            for (int i = 0; i < length; i++)
            {
                c[i] = (char)b[i];
            }

            return new string(c);
        }

        private static WssHandshake Run(string request, string[] protocols, out WssHandshakeStatus status, out string response)
        {
            var h = new WssHandshake(1024, protocols);
            byte[] bytes = ClientFrames.Ascii(request);
            int used;
            status = h.Feed(bytes, 0, bytes.Length, out used);
            byte[] r = new byte[512];
            response = status == WssHandshakeStatus.NeedMore ? null : Text(r, h.WriteResponse(r, 0));
            return h;
        }

        [TestMethod]
        public void RfcSampleKeyGivesTheRfcAcceptValue()
        {
            WssHandshakeStatus status;
            string response;
            var h = Run(Rfc, new string[] { "superchat", "chat" }, out status, out response);
            Assert.AreEqual((int)WssHandshakeStatus.Accepted, (int)status);
            Assert.AreEqual(101, h.ResponseStatus);
            Assert.AreEqual("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Protocol: superchat\r\n\r\n", response);
            Assert.AreEqual("/chat?x=1", h.Path);
            Assert.AreEqual("http://example.com", h.Origin);
        }

        [TestMethod]
        public void FirefoxConnectionListAndLowercaseNodeHeadersAreAccepted()
        {
            WssHandshakeStatus status;
            string response;
            Run("GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n", null, out status, out response);
            Assert.AreEqual((int)WssHandshakeStatus.Accepted, (int)status);
            Run("GET /chat HTTP/1.1\r\nhost: h\r\nconnection: upgrade\r\nupgrade: WebSocket\r\nsec-websocket-key:dGhlIHNhbXBsZSBub25jZQ==\r\nsec-websocket-version: 13\r\nsec-websocket-extensions: permessage-deflate; client_max_window_bits\r\n\r\n", null, out status, out response);
            Assert.AreEqual((int)WssHandshakeStatus.Accepted, (int)status);
            Assert.IsTrue(response.IndexOf("Sec-WebSocket-Extensions") < 0, "permessage-deflate must be declined by not echoing it");
            Assert.IsTrue(response.IndexOf("Sec-WebSocket-Protocol") < 0);
        }

        [TestMethod]
        public void RequestArrivingOneByteAtATimeIsAcceptedAndPipelinedFrameBytesAreLeft()
        {
            var h = new WssHandshake(1024, null);
            byte[] bytes = ClientFrames.Concat(ClientFrames.Ascii(Rfc), new byte[] { 0x81, 0x80, 1, 2, 3, 4 });
            int used;
            int total = 0;
            WssHandshakeStatus status = WssHandshakeStatus.NeedMore;
            for (int i = 0; i < bytes.Length && status == WssHandshakeStatus.NeedMore; i++)
            {
                status = h.Feed(bytes, i, 1, out used);
                total += used;
            }

            Assert.AreEqual((int)WssHandshakeStatus.Accepted, (int)status);
            Assert.AreEqual(Rfc.Length, total);

            h.Reset();
            status = h.Feed(bytes, 0, bytes.Length, out used);
            Assert.AreEqual((int)WssHandshakeStatus.Accepted, (int)status);
            Assert.AreEqual(Rfc.Length, used);
        }

        [TestMethod]
        public void WrongVersionGets426WithTheSupportedVersion()
        {
            WssHandshakeStatus status;
            string response;
            var h = Run("GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 8\r\n\r\n", null, out status, out response);
            Assert.AreEqual((int)WssHandshakeStatus.Rejected, (int)status);
            Assert.AreEqual(426, h.ResponseStatus);
            Assert.StartsWith("HTTP/1.1 426 Upgrade Required\r\n", response);
            Assert.Contains("Sec-WebSocket-Version: 13\r\n", response);
        }

        [TestMethod]
        [DataRow("POST / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
        [DataRow("GET / HTTP/1.0\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
        [DataRow("GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
        [DataRow("GET / HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
        [DataRow("GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: keep-alive\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")]
        [DataRow("GET / HTTP/1.1\r\nHost h\r\n\r\n")]
        [DataRow("GARBAGE\r\n\r\n")]
        public void MalformedRequestsGet400(string request)
        {
            WssHandshakeStatus status;
            string response;
            var h = Run(request, null, out status, out response);
            Assert.AreEqual((int)WssHandshakeStatus.Rejected, (int)status);
            Assert.AreEqual(400, h.ResponseStatus);
            Assert.AreEqual((int)WssResult.ErrorInvalidRequest, (int)h.Result);
            Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", response);
        }

        [TestMethod]
        [DataRow("dGhlIHNhbXBsZSBub25jZQ")]
        [DataRow("c2hvcnQ=")]
        [DataRow("dGhlIHNhbXBsZSBub25jZQ==dGhlIHNhbXBsZSBub25jZQ==dGhlIHNhbXBsZSBub25jZQ==")]
        [DataRow("")]
        public void KeysThatDoNotDecodeToSixteenBytesGet400InvalidKey(string key)
        {
            WssHandshakeStatus status;
            string response;
            var h = Run("GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n", null, out status, out response);
            Assert.AreEqual(400, h.ResponseStatus);
            Assert.AreEqual((int)WssResult.ErrorInvalidKey, (int)h.Result);
        }

        [TestMethod]
        public void ARequestLargerThanTheBoundIsRejectedWithoutOverrun()
        {
            var h = new WssHandshake(128, null);
            byte[] big = ClientFrames.Ascii("GET / HTTP/1.1\r\nX-Filler: " + new string('a', 300) + "\r\n\r\n");
            int used;
            Assert.AreEqual((int)WssHandshakeStatus.Rejected, (int)h.Feed(big, 0, big.Length, out used));
            Assert.AreEqual(400, h.ResponseStatus);
            Assert.AreEqual(128, used);
        }

        [TestMethod]
        public void ErrorPagesHaveTheirRealContentLength()
        {
            byte[] b = new byte[256];
            string page = Text(b, WssHandshake.WriteError(b, 0, 503));
            int split = page.IndexOf("\r\n\r\n");
            string body = page.Substring(split + 4);
            Assert.StartsWith("HTTP/1.1 503 Service Unavailable\r\n", page);
            Assert.Contains("Content-Length: " + body.Length.ToString() + "\r\n", page);
            Assert.Contains("Connection: close", page);
        }
    
        [TestMethod]
        [DataRow("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept: text/html\r\nConnection: keep-alive\r\n\r\n", "/index.html")]
        [DataRow("GET / HTTP/1.0\r\n\r\n", "/")]
        [DataRow("get /?a=b HTTP/1.1\r\nhost: h\r\n\r\n", "/?a=b")]
        public void APlainGetAsksForThePageWhenOneIsAvailable(string request, string path)
        {
            var h = new WssHandshake(1024, null);
            h.PageAvailable = true;
            byte[] bytes = ClientFrames.Ascii(request);
            int used;
            Assert.AreEqual((int)WssHandshakeStatus.Page, (int)h.Feed(bytes, 0, bytes.Length, out used));
            Assert.AreEqual(bytes.Length, used);
            Assert.AreEqual(200, h.ResponseStatus);
            Assert.AreEqual((int)WssResult.Success, (int)h.Result);
            Assert.AreEqual(path, h.Path);
            Assert.AreEqual((int)WssHandshakeStatus.Page, (int)h.Feed(bytes, 0, 0, out used), "the verdict is kept until Reset");
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => h.WriteResponse(new byte[512], 0));
        }

        [TestMethod]
        public void APlainGetWithoutAPageStillGets400()
        {
            WssHandshakeStatus status;
            string response;
            var h = Run("GET / HTTP/1.1\r\nHost: h\r\n\r\n", null, out status, out response);
            Assert.AreEqual((int)WssHandshakeStatus.Rejected, (int)status);
            Assert.AreEqual(400, h.ResponseStatus);
            Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", response);
        }

        [TestMethod]
        [DataRow("GET / HTTP/1.1\r\nHost: h\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.0\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n", 400)]
        [DataRow("POST / HTTP/1.1\r\nHost: h\r\n\r\n", 400)]
        [DataRow("GET / HTTP/0.9\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n", 101)]
        public void WithAPageAvailableUpgradeRequestsAreStillJudgedAsUpgrades(string request, int expected)
        {
            var h = new WssHandshake(1024, null);
            h.PageAvailable = true;
            byte[] bytes = ClientFrames.Ascii(request);
            int used;
            WssHandshakeStatus status = h.Feed(bytes, 0, bytes.Length, out used);
            Assert.AreEqual(expected, h.ResponseStatus);
            Assert.AreEqual(expected == 101 ? (int)WssHandshakeStatus.Accepted : (int)WssHandshakeStatus.Rejected, (int)status);
        }

        [TestMethod]
        public void ThePageHeaderHasTheExactContentLength()
        {
            byte[] b = new byte[256];
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 0\r\nConnection: close\r\nCache-Control: no-cache\r\n\r\n", Text(b, WssHandshake.WritePageHeader(b, 0, "text/html; charset=utf-8", 0)));
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Type: a/b\r\nContent-Length: 1234567\r\nConnection: close\r\nCache-Control: no-cache\r\n\r\n", Text(b, WssHandshake.WritePageHeader(b, 0, "a/b", 1234567)));
            int n = WssHandshake.WritePageHeader(b, 5, "x/y", 10);
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Type: x/y\r\nContent-Length: 10\r\nConnection: close\r\nCache-Control: no-cache\r\n\r\n".Length, n);
            Assert.AreEqual((byte)'H', b[5]);
        }
}
}
