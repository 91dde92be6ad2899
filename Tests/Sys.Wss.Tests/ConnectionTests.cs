// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections;
using nanoFramework.TestFramework;
using Sys.Wss;
using Sys.Wss.Tests.Protocol;

namespace Sys.Wss.Tests
{
    /// <summary>One client slot end to end over an in-memory transport: handshake, echo, ping, close, timeouts.</summary>
    [TestClass]
    public class ConnectionTests
    {
        private const long Ms = 10000;
        private const string Request = "GET /echo HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";

        private static FakeTransport s_transport;
        private static WssConnection s_connection;
        private static ArrayList s_events;
        private static object s_cookie = new object();
        private static object s_lastData;
        private static bool s_echo;

        private static void OnEvent(WssEvent e, object data, int clientIndex, object cookie)
        {
            Assert.AreSame(s_cookie, cookie);
            Assert.AreEqual(3, clientIndex);
            s_events.Add((int)e);
            s_lastData = data;
            if (s_echo && (e == WssEvent.ClientTxtDataRx || e == WssEvent.ClientBinDataRx))
            {
                var rx = (WssRxData)data;
                Assert.AreEqual((int)WssResult.Success, (int)s_connection.Send(true, rx.Frame, rx.Data, rx.Offset, rx.Length));
            }
        }

        private static void Connect(WssConfig config)
        {
            s_transport = new FakeTransport();
            s_connection = new WssConnection(3, config, s_transport);
            s_events = new ArrayList();
            s_echo = true;
            s_connection.SetCallback(OnEvent, s_cookie);
            s_connection.Open(7, 0);
            byte[] request = ClientFrames.Ascii(Request);
            s_connection.Receive(request, 0, request.Length, 0);
            Assert.AreEqual((int)WssState.Connected, (int)s_connection.State);
            Assert.StartsWith("HTTP/1.1 101 Switching Protocols\r\n", s_transport.TakeText());
        }

        private static void Send(byte[] frame, long atMs)
        {
            s_connection.Receive(frame, 0, frame.Length, atMs * Ms);
        }

        private static string Events()
        {
            string s = string.Empty;
            for (int i = 0; i < s_events.Count; i++)
            {
                s += (i == 0 ? string.Empty : ",") + ((int)s_events[i]).ToString();
            }

            return s;
        }

        [TestMethod]
        public void HandshakeRaisesConnectingThenConnectedAfterTheStateIsSet()
        {
            Connect(new WssConfig());
            Assert.AreEqual("1,2", Events());
            var info = (WssClientInfo)s_lastData;
            Assert.AreEqual("/echo", info.Path);
        }

        [TestMethod]
        public void TextIsEchoedAsTextAndBinaryAsBinary()
        {
            Connect(new WssConfig());
            Send(ClientFrames.Build(true, 1, ClientFrames.Ascii("hi")), 1);
            CollectionAssert.AreEqual(new byte[] { 0x81, 2, (byte)'h', (byte)'i' }, s_transport.Take());
            Send(ClientFrames.Build(true, 2, new byte[] { 0xFF, 0x00 }), 2);
            CollectionAssert.AreEqual(new byte[] { 0x82, 2, 0xFF, 0x00 }, s_transport.Take());
            Assert.AreEqual("1,2,4,3", Events());
        }

        [TestMethod]
        public void FramePipelinedBehindTheRequestIsProcessed()
        {
            s_transport = new FakeTransport();
            s_connection = new WssConnection(3, new WssConfig(), s_transport);
            s_events = new ArrayList();
            s_echo = true;
            s_connection.SetCallback(OnEvent, s_cookie);
            s_connection.Open(7, 0);
            byte[] both = ClientFrames.Concat(ClientFrames.Ascii(Request), ClientFrames.Build(true, 1, ClientFrames.Ascii("x")));
            s_connection.Receive(both, 0, both.Length, 0);
            string text = s_transport.TakeText();
            Assert.EndsWith("\r\n\r\n\u0081\u0001x", text);
        }

        [TestMethod]
        public void PingIsAnsweredWithTheSamePayload()
        {
            Connect(new WssConfig());
            Send(ClientFrames.Build(true, 9, ClientFrames.Ascii("abc")), 1);
            CollectionAssert.AreEqual(new byte[] { 0x8A, 3, (byte)'a', (byte)'b', (byte)'c' }, s_transport.Take());
            Assert.AreEqual("1,2,5", Events());
        }

        [TestMethod]
        public void ClientCloseIsEchoedAndTheServerClosesTcp()
        {
            Connect(new WssConfig());
            Send(ClientFrames.Build(true, 8, new byte[] { 0x0B, 0xB8, (byte)'b', (byte)'y', (byte)'e' }), 1);
            CollectionAssert.AreEqual(new byte[] { 0x88, 2, 0x0B, 0xB8 }, s_transport.Take());
            Assert.AreEqual(7, s_transport.ClosedSocket);
            Assert.AreEqual((int)WssState.Closed, (int)s_connection.State);
            Assert.AreEqual("1,2,7,8,9", Events());
            s_connection.OnTcpClosed();
            Assert.AreEqual("1,2,7,8,9", Events(), "ClientClosed must be raised once");
        }

        [TestMethod]
        public void EmptyCloseIsAnsweredWithAnEmptyClose()
        {
            Connect(new WssConfig());
            Send(ClientFrames.Build(true, 8, new byte[0]), 1);
            CollectionAssert.AreEqual(new byte[] { 0x88, 0 }, s_transport.Take());
            Assert.AreEqual(1, s_transport.CloseCalls);
        }

        [TestMethod]
        public void ServerInitiatedCloseWaitsForTheReplyThenClosesTcp()
        {
            Connect(new WssConfig());
            byte[] reason = ClientFrames.Ascii("done");
            Assert.AreEqual((int)WssResult.Success, (int)s_connection.Close(1000, reason, 0, reason.Length));
            CollectionAssert.AreEqual(new byte[] { 0x88, 6, 0x03, 0xE8, (byte)'d', (byte)'o', (byte)'n', (byte)'e' }, s_transport.Take());
            Assert.AreEqual((int)WssState.Closing, (int)s_connection.State);
            Assert.AreEqual(0, s_transport.CloseCalls);
            Send(ClientFrames.Build(true, 1, ClientFrames.Ascii("late")), 2);
            Assert.AreEqual(0, s_transport.Take().Length, "data after our close is not echoed");
            Send(ClientFrames.Build(true, 8, new byte[] { 0x03, 0xE8 }), 3);
            Assert.AreEqual(0, s_transport.Take().Length, "the reply to our close is not answered again");
            Assert.AreEqual(1, s_transport.CloseCalls);
            Assert.AreEqual("1,2,8,7,9", Events());
        }

        [TestMethod]
        public void CloseHandshakeTimeoutClosesTcp()
        {
            var config = new WssConfig();
            config.CloseTimeoutMs = 200;
            Connect(config);
            s_connection.Close(1001, null, 0, 0);
            s_connection.Tick(199 * Ms);
            Assert.AreEqual(0, s_transport.CloseCalls);
            s_connection.Tick(200 * Ms);
            Assert.AreEqual(1, s_transport.CloseCalls);
            Assert.AreEqual((int)WssState.Closed, (int)s_connection.State);
        }

        [TestMethod]
        public void IdleClientIsPingedAndClosedWith1001WhenNoPongComes()
        {
            var config = new WssConfig();
            config.ClientTimeoutMs = 1000;
            config.PongTimeoutMs = 500;
            Connect(config);
            s_connection.Tick(999 * Ms);
            Assert.AreEqual(0, s_transport.Take().Length);
            s_connection.Tick(1000 * Ms);
            CollectionAssert.AreEqual(new byte[] { 0x89, 4, 0, 0, 0, 1 }, s_transport.Take());
            s_connection.Tick(1499 * Ms);
            Assert.AreEqual(0, s_transport.Take().Length);
            s_connection.Tick(1500 * Ms);
            CollectionAssert.AreEqual(new byte[] { 0x88, 2, 0x03, 0xE9 }, s_transport.Take());
            Assert.AreEqual("1,2,11,8", Events());
        }

        [TestMethod]
        public void APongKeepsTheClientAlive()
        {
            var config = new WssConfig();
            config.ClientTimeoutMs = 1000;
            config.PongTimeoutMs = 500;
            Connect(config);
            s_connection.Tick(1000 * Ms);
            s_transport.Take();
            Send(ClientFrames.Build(true, 10, new byte[] { 0, 0, 0, 1 }), 1200);
            s_connection.Tick(1700 * Ms);
            Assert.AreEqual((int)WssState.Connected, (int)s_connection.State);
            Assert.AreEqual("1,2,6", Events());
        }

        [TestMethod]
        [DataRow(1, 1002)]
        [DataRow(2, 1007)]
        [DataRow(3, 1009)]
        public void ProtocolViolationsSendTheCloseCodeAndDropTcp(int kind, int code)
        {
            var config = new WssConfig();
            config.MaxMessageSize = 200;
            Connect(config);
            byte[] frame = kind == 1 ? ClientFrames.Build(true, 1, ClientFrames.Ascii("x"), 4, true)
                : kind == 2 ? ClientFrames.Build(true, 1, ClientFrames.Hex("c0af"))
                : ClientFrames.Build(true, 2, new byte[201]);
            Send(frame, 1);
            CollectionAssert.AreEqual(new byte[] { 0x88, 2, (byte)(code >> 8), (byte)code }, s_transport.Take());
            Assert.AreEqual(1, s_transport.CloseCalls);
            Assert.AreEqual("1,2,10,8,9", Events());
        }

        [TestMethod]
        public void RejectedHandshakeGetsAnErrorPageAndTcpIsClosed()
        {
            s_transport = new FakeTransport();
            s_connection = new WssConnection(3, new WssConfig(), s_transport);
            s_events = new ArrayList();
            s_connection.SetCallback(OnEvent, s_cookie);
            s_connection.Open(9, 0);
            byte[] request = ClientFrames.Ascii("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
            s_connection.Receive(request, 0, request.Length, 0);
            Assert.StartsWith("HTTP/1.1 400 Bad Request", s_transport.TakeText());
            Assert.AreEqual(9, s_transport.ClosedSocket);
            Assert.AreEqual("1,8,9", Events());
        }

        [TestMethod]
        public void PartialWritesDrainInOrderAcrossTicks()
        {
            var config = new WssConfig();
            config.MaxMessageSize = 1000;
            Connect(config);
            s_echo = false;
            s_transport.AcceptPerWrite = 100;
            byte[] payload = ClientFrames.Filled(1000, 3);
            Assert.AreEqual((int)WssResult.Success, (int)s_connection.Send(true, WssFrame.Binary, payload, 0, payload.Length));
            int ticks = 0;
            while (s_connection.PendingTxBytes > 0 && ticks < 100)
            {
                s_connection.Tick(ticks++ * Ms);
            }

            byte[] sent = s_transport.Take();
            Assert.AreEqual(1004, sent.Length);
            Assert.AreEqual((byte)0x82, sent[0]);
            Assert.AreEqual((byte)126, sent[1]);
            Assert.AreEqual((byte)(1000 >> 8), sent[2]);
            Assert.AreEqual((byte)(1000 & 0xFF), sent[3]);
            for (int i = 0; i < 1000; i++)
            {
                Assert.AreEqual(payload[i], sent[4 + i]);
            }
        }

        [TestMethod]
        public void AFullTransmitBufferSaysBusyAndLosesNothing()
        {
            var config = new WssConfig();
            config.MaxMessageSize = 200;
            config.TxBufferSize = 600;
            Connect(config);
            s_transport.AcceptPerWrite = 0;
            byte[] payload = ClientFrames.Filled(200, 1);
            Assert.AreEqual((int)WssResult.Success, (int)s_connection.Send(true, WssFrame.Binary, payload, 0, 200));
            Assert.AreEqual((int)WssResult.ErrorBusy, (int)s_connection.Send(true, WssFrame.Binary, payload, 0, 200));
            Send(ClientFrames.Build(true, 9, ClientFrames.Ascii("p")), 1);
            s_transport.AcceptPerWrite = int.MaxValue;
            s_connection.Tick(2 * Ms);
            byte[] sent = s_transport.Take();
            Assert.AreEqual(4 + 200 + 3, sent.Length, "the queued message and the pong, nothing else");
            Assert.AreEqual((byte)0x8A, sent[204]);
        }

        [TestMethod]
        public void InvalidArgumentsAreRefused()
        {
            Connect(new WssConfig());
            Assert.AreEqual((int)WssResult.ErrorInvalidArgument, (int)s_connection.Ping(new byte[126], 0, 126));
            Assert.AreEqual((int)WssResult.ErrorInvalidArgument, (int)s_connection.Close(1005, null, 0, 0));
            Assert.AreEqual((int)WssResult.ErrorInvalidArgument, (int)s_connection.Close(1000, new byte[124], 0, 124));
            Assert.AreEqual((int)WssResult.ErrorInvalidArgument, (int)s_connection.Send(true, WssFrame.Ping, new byte[1], 0, 1));
            Assert.AreEqual((int)WssResult.ErrorInvalidArgument, (int)s_connection.Send(true, WssFrame.Text, new byte[1], 0, 2));
            s_connection.Abort();
            Assert.AreEqual((int)WssResult.ErrorInvalidClient, (int)s_connection.Send(true, WssFrame.Text, new byte[1], 0, 1));
        }

        [TestMethod]
        public void BrokenSocketClosesTheSlot()
        {
            Connect(new WssConfig());
            s_transport.Broken = true;
            s_echo = false;
            Assert.AreEqual((int)WssResult.Success, (int)s_connection.Send(true, WssFrame.Text, new byte[1], 0, 1));
            Assert.AreEqual((int)WssState.Closed, (int)s_connection.State);
            Assert.AreEqual("1,2,9", Events());
        }
    
        private const string PageHeader = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ";

        private static void OpenForPage(WssConfig config)
        {
            s_transport = new FakeTransport();
            s_connection = new WssConnection(3, config, s_transport);
            s_events = new ArrayList();
            s_echo = true;
            s_connection.SetCallback(OnEvent, s_cookie);
            s_connection.Open(5, 0);
        }

        [TestMethod]
        public void APlainGetIsAnsweredWithThePageThenTcpIsClosed()
        {
            var config = new WssConfig();
            config.HttpPage = ClientFrames.Ascii("<html>hi</html>");
            OpenForPage(config);
            byte[] request = ClientFrames.Ascii("GET / HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept: text/html\r\n\r\n");
            s_connection.Receive(request, 0, request.Length, 0);
            Assert.AreEqual(PageHeader + "15\r\nConnection: close\r\nCache-Control: no-cache\r\n\r\n<html>hi</html>", s_transport.TakeText());
            Assert.AreEqual(5, s_transport.ClosedSocket);
            Assert.AreEqual(1, s_transport.CloseCalls);
            Assert.AreEqual((int)WssState.Closed, (int)s_connection.State);
            Assert.AreEqual("1,8,9", Events(), "CONNECTING, CLOSING (the HTTP answer), CLOSED; never CONNECTED");
        }

        [TestMethod]
        public void ThePageStatusIsReportedWithClientClosing()
        {
            var config = new WssConfig();
            config.HttpPage = new byte[0];
            OpenForPage(config);
            s_events = new ArrayList();
            object seen = null;
            int code = 0;
            s_connection.SetCallback((e, data, index, cookie) =>
            {
                s_events.Add((int)e);
                if (e == WssEvent.ClientClosing)
                {
                    seen = data;
                    code = ((WssRxData)data).CloseCode;
                }
            }, null);
            byte[] request = ClientFrames.Ascii("GET /x HTTP/1.0\r\n\r\n");
            s_connection.Receive(request, 0, request.Length, 0);
            Assert.IsNotNull(seen);
            Assert.AreEqual(200, code);
            Assert.AreEqual(PageHeader + "0\r\nConnection: close\r\nCache-Control: no-cache\r\n\r\n", s_transport.TakeText());
            Assert.AreEqual("8,9", Events());
        }

        [TestMethod]
        public void ALargePageDrainsAcrossTicksStraightFromTheApplicationArrayThenTcpCloses()
        {
            var config = new WssConfig();
            config.MaxMessageSize = 125;
            config.HttpPageContentType = "application/octet-stream";
            config.HttpPage = ClientFrames.Filled(3000, 0x5A);
            config.HttpPage[0] = 1;
            config.HttpPage[2999] = 2;
            OpenForPage(config);
            s_transport.Budget = 700;
            byte[] request = ClientFrames.Ascii("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
            s_connection.Receive(request, 0, request.Length, 0);
            Assert.AreEqual(0, s_transport.CloseCalls);
            Assert.AreEqual(3000 + 125 - 700, s_connection.PendingTxBytes);
            int ticks = 0;
            while (s_connection.State != WssState.Closed && ticks < 50)
            {
                s_transport.Budget = 700;
                s_connection.Tick(++ticks * Ms);
            }

            Assert.AreEqual(4, ticks, "700 bytes per tick");
            Assert.AreEqual(1, s_transport.CloseCalls);
            Assert.AreEqual(0, s_connection.PendingTxBytes);
            byte[] sent = s_transport.Take();
            string header = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 3000\r\nConnection: close\r\nCache-Control: no-cache\r\n\r\n";
            Assert.AreEqual(header.Length + 3000, sent.Length);
            for (int i = 0; i < header.Length; i++)
            {
                Assert.AreEqual((byte)header[i], sent[i]);
            }

            Assert.AreEqual((byte)1, sent[header.Length]);
            Assert.AreEqual((byte)((0x5A + 1500) & 0xFF), sent[header.Length + 1500]);
            Assert.AreEqual((byte)2, sent[sent.Length - 1]);
        }

        [TestMethod]
        public void APageWithABadContentTypeIsAConfigurationError()
        {
            var config = new WssConfig();
            config.HttpPage = new byte[1];
            config.HttpPageContentType = "text/html\r\nX-Injected: 1";
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => config.Validate());
            config.HttpPageContentType = null;
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => config.Validate());
            config.HttpPageContentType = "text/plain";
            config.Validate();
        }

        [TestMethod]
        public void WebSocketUpgradesStillWorkWhenAPageIsConfigured()
        {
            var config = new WssConfig();
            config.HttpPage = ClientFrames.Ascii("page");
            Connect(config);
            Send(ClientFrames.Build(true, 1, ClientFrames.Ascii("hi")), 1);
            CollectionAssert.AreEqual(new byte[] { 0x81, 2, (byte)'h', (byte)'i' }, s_transport.Take());
        }

        [TestMethod]
        public void ReceiveRoomKeepsSpaceForTheEchoOfEverythingReadAndThePendingMessage()
        {
            var config = new WssConfig();
            config.MaxMessageSize = 1000;
            Connect(config);
            int tx = 1000 + 10 + (2 * 127);
            Assert.AreEqual(tx - 254 - 10, s_connection.ReceiveRoom);
            s_transport.AcceptPerWrite = 0;

            // 300 bytes of a 600-byte message held by the parser
            byte[] frame = ClientFrames.Build(true, 2, ClientFrames.Filled(600, 9));
            s_connection.Receive(frame, 0, 8 + 300, 1);
            Assert.AreEqual(tx - 254 - 10 - 300, s_connection.ReceiveRoom);
            s_connection.Receive(frame, 308, frame.Length - 308, 2);
            Assert.AreEqual(604, s_connection.PendingTxBytes, "the echo is queued whole");
            Assert.AreEqual(tx - 604 - 254 - 10, s_connection.ReceiveRoom);

            // a second 600-byte echo would not fit: the room says so before the bytes are read
            Assert.IsTrue(s_connection.ReceiveRoom < 606);
            s_transport.AcceptPerWrite = int.MaxValue;
            s_connection.Tick(3 * Ms);
            Assert.AreEqual(tx - 254 - 10, s_connection.ReceiveRoom);
        }

        [TestMethod]
        public void ReceiveRoomNeverBlocksAnEmptyTransmitBuffer()
        {
            var config = new WssConfig();
            config.MaxMessageSize = 1000;
            config.TxBufferSize = 300;
            Connect(config);
            s_echo = false;
            byte[] frame = ClientFrames.Build(true, 2, ClientFrames.Filled(900, 7));
            s_connection.Receive(frame, 0, 500, 1);
            Assert.AreEqual(0, s_connection.PendingTxBytes);
            Assert.AreEqual(254, s_connection.ReceiveRoom, "nothing to wait for: the server keeps reading");
            s_connection.Abort();
            Assert.AreEqual(int.MaxValue, s_connection.ReceiveRoom);
        }
}
}
