// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Sockets;
using Drivers.Wincs02.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Sockets
{
    /// <summary>Berkeley sockets over the scripted transport (spec section 5, seed 001).</summary>
    [TestClass]
    public class WincSocketsTests
    {
        private static byte[] Pattern(int length, int seed)
        {
            byte[] b = new byte[length];
            for (int i = 0; i < length; i++)
            {
                b[i] = (byte)(seed + (i * 7));
            }

            return b;
        }

        [TestMethod]
        public void SocketSendsSockoAndOpensWithTheAckedWindow()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockStream, SocketConstants.IpProtoTcp);
            Assert.AreEqual(0, fd);
            s.Step();
            s.ExpectLast("00 0E 00 00 00 02 00 10 | 03 03 00 01 02 00 00 00 | 03 03 00 01 04 00 00 00");
            Assert.AreEqual(-1, s.Sockets.Send(fd, new byte[1], 0, 1, 0), "not open yet");
            Assert.AreEqual(SocketErrno.ENotSock, s.Sockets.Errno);
            Assert.AreEqual(-1, s.Sockets.Connect(fd, new SocketAddress(1, 2, 3, 4, 5)));
            Assert.AreEqual(SocketErrno.EAgain, s.Sockets.Errno);

            int socko = s.Last;
            s.Device.Deliver(s.Device.Response(socko, 0).Int(7, 2).ToArray());
            s.Device.AnswerStatus(socko, 0, 0);
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Open, SocketStatus.Ok));
            s.Step();

            // SOCKC ASYNC_WIN_SZ = ring size, ASYNC_MAX_FRM_SZ = 3*512-38
            s.ExpectLast("00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 07 00 00 | 03 00 00 04 00 00 00 65 | 03 00 00 04 00 00 0B 80 | "
                + "00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 07 00 00 | 03 00 00 04 00 00 00 66 | 03 00 00 04 00 00 05 DA");
        }

        [TestMethod]
        public void SocketArgumentErrors()
        {
            SocketHarness s = new SocketHarness(8);
            Assert.AreEqual(-1, s.Sockets.Socket(5, SocketConstants.SockStream, 0));
            Assert.AreEqual(SocketErrno.EAfNoSupport, s.Sockets.Errno);
            Assert.AreEqual(-1, s.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockStream, SocketConstants.IpProtoUdp));
            Assert.AreEqual(SocketErrno.EProtoNoSupport, s.Sockets.Errno);
            Assert.AreEqual(-1, s.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockDgram, SocketConstants.IpProtoTls));
            Assert.AreEqual(SocketErrno.EProtoNoSupport, s.Sockets.Errno);
            Assert.AreEqual(-1, s.Sockets.Socket(SocketConstants.AfInet, 3, 0));
            Assert.AreEqual(SocketErrno.EInval, s.Sockets.Errno);
            Assert.AreEqual(-1, s.Sockets.Recv(4, new byte[4], 0, 4, 0));
            Assert.AreEqual(SocketErrno.EBadF, s.Sockets.Errno);
            Assert.AreEqual(-1, s.Sockets.Recv(-1, new byte[4], 0, 4, 0));
            Assert.AreEqual(SocketErrno.EBadF, s.Sockets.Errno);
        }

        [TestMethod]
        public void DescriptorsAndRequestsRunOut()
        {
            SocketHarness s = new SocketHarness(3);
            s.Device.AutoSend = false;
            Assert.AreEqual(0, s.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockDgram, 0));
            Assert.AreEqual(1, s.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockDgram, 0));
            Assert.AreEqual(2, s.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockDgram, 0));
            Assert.AreEqual(-1, s.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockDgram, 0));
            Assert.AreEqual(SocketErrno.ENoMem, s.Sockets.Errno, "the driver's pool of 3 requests is in use");

            SocketHarness t = new SocketHarness(16);
            for (int i = 0; i < WincSockets.DefaultSocketCount; i++)
            {
                Assert.AreEqual(i, t.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockStream, 0));
                t.Step();
            }

            Assert.AreEqual(-1, t.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockStream, 0));
            Assert.AreEqual(SocketErrno.ENFile, t.Sockets.Errno);
        }

        [TestMethod]
        public void SocketBeforeTheDriverIsReadyIsEfault()
        {
            DriverHarness h = new DriverHarness(4);
            WincSockets sockets = new WincSockets(h.Driver);
            Assert.AreEqual(-1, sockets.Socket(SocketConstants.AfInet, SocketConstants.SockStream, 0));
            Assert.AreEqual(SocketErrno.EFault, sockets.Errno);
        }

        [TestMethod]
        public void FailedSockoFreesTheDescriptor()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockStream, 0);
            s.Step();
            s.Device.AnswerStatus(s.Last, 0, (ushort)WincStatus.NoFreeSockets);
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Open, SocketStatus.Error));
            Assert.AreEqual(SocketConstants.PollNval, s.Sockets.Poll(fd, SocketConstants.PollIn));
            Assert.AreEqual(fd, s.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockStream, 0), "the descriptor is reused");
        }

        [TestMethod]
        public void TcpClientConnectsOnSockind()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.Open(SocketConstants.AfInet, SocketConstants.SockStream, 0, 7);
            Assert.AreEqual(-1, s.Sockets.Connect(fd, new SocketAddress(192, 168, 0, 100, 443)));
            Assert.AreEqual(SocketErrno.EInProgress, s.Sockets.Errno);
            s.Step();
            s.ExpectLast("00 0E 02 00 00 03 00 18 | 03 02 00 02 00 07 00 00 | 08 00 00 04 C0 A8 00 64 | 03 02 00 02 01 BB 00 00");
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            Assert.AreEqual(0, s.Count(fd, SocketEvent.Connect, SocketStatus.Ok), "a TCP SOCKBR status is not the connection");
            Assert.AreEqual(-1, s.Sockets.Send(fd, new byte[1], 0, 1, 0));
            Assert.AreEqual(SocketErrno.ENotConn, s.Sockets.Errno);

            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(7, 2).Ipv4(192, 168, 0, 10).UInt(49152, 2).Ipv4(192, 168, 0, 100).UInt(443, 2).ToArray());
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Connect, SocketStatus.Ok));
            SocketAddress a = new SocketAddress();
            Assert.AreEqual(0, s.Sockets.GetPeerName(fd, a));
            Assert.AreEqual("192.168.0.100:443", a.ToString());
            Assert.AreEqual(0, s.Sockets.GetSockName(fd, a));
            Assert.AreEqual(49152, a.Port);
            Assert.AreEqual(SocketConstants.PollOut, s.Sockets.Poll(fd, SocketConstants.PollIn | SocketConstants.PollOut));
            Assert.AreEqual(-1, s.Sockets.Connect(fd, new SocketAddress(1, 1, 1, 1, 1)));
            Assert.AreEqual(SocketErrno.EIsConn, s.Sockets.Errno);
        }

        [TestMethod]
        public void TlsSocketConnectsOnlyAfterTheHandshake()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.Open(SocketConstants.AfInet, SocketConstants.SockStream, SocketConstants.IpProtoTls, 3);
            Assert.AreEqual(0, s.Sockets.SetSockOpt(fd, SocketConstants.IpProtoTls, SocketConstants.TlsConfIdx, 1));
            s.Step();
            s.ExpectLast("00 0E 04 00 00 02 00 10 | 03 02 00 02 00 03 00 00 | 03 03 00 01 01 00 00 00");
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Sockets.Connect(fd, new SocketAddress(10, 0, 0, 1, 8883));
            s.Step();
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(3, 2).Ipv4(10, 0, 0, 2).UInt(50000, 2).Ipv4(10, 0, 0, 1).UInt(8883, 2).ToArray());
            s.Step();
            Assert.AreEqual(0, s.Count(fd, SocketEvent.Connect, SocketStatus.Ok), "TCP is up but TLS is not");
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Socktls).Int(3, 2).ToArray());
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Connect, SocketStatus.Ok));
            Assert.AreEqual(1, s.Count(fd, SocketEvent.TlsConnect, SocketStatus.Ok));
            int tls = -1;
            for (int i = 0; i < s.EventCount; i++)
            {
                if (s.GetEvent(i) == SocketEvent.TlsConnect)
                {
                    tls = i;
                }
            }

            Assert.AreEqual((int)SocketEvent.Connect, (int)s.GetEvent(tls - 1), "CONNECT then TLS_CONNECT");
            Assert.AreEqual(-1, s.Sockets.SetSockOpt(s.OpenConnectedTcp(4), SocketConstants.IpProtoTls, SocketConstants.TlsConfIdx, 1));
            Assert.AreEqual(SocketErrno.ENoProtoOpt, s.Sockets.Errno, "TLS_CONF_IDX needs an IPPROTO_TLS socket");
        }

        [TestMethod]
        public void ReceiveAckedReturnsCreditWithAsyncNextSn()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxt).Int(7, 2).UInt(5, 2).UInt(0, 2).Bytes(new byte[] { 104, 101, 108, 108, 111 }).ToArray());
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Recv, SocketStatus.Ok));
            Assert.AreEqual(SocketConstants.PollIn | SocketConstants.PollOut, s.Sockets.Poll(fd, SocketConstants.PollIn | SocketConstants.PollOut));

            byte[] buf = new byte[1500];
            int before = s.Device.SentCount;
            Assert.AreEqual(3, s.Sockets.Recv(fd, buf, 0, 3, SocketConstants.MsgPeek));
            s.Step();
            Assert.AreEqual(before, s.Device.SentCount, "a peek returns no credit");
            Assert.AreEqual(3, s.Sockets.Recv(fd, buf, 0, 3, 0));
            Assert.AreEqual((byte)'l', buf[2]);
            Assert.AreEqual(2, s.Sockets.Recv(fd, buf, 3, 5, 0));
            Assert.AreEqual((byte)'o', buf[4]);
            s.Step();
            s.Step();
            Assert.AreEqual(before, s.Device.SentCount, "5 bytes consumed: the module still has room for a full frame, no credit yet");

            // 1460 more bytes leave the module 2944 - 1465 = 1479 bytes of window, less than one 1498-byte frame
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxt).Int(7, 2).UInt(1460, 2).UInt(5, 2).Bytes(Pattern(1460, 1)).ToArray());
            s.Step();
            s.Step();
            Assert.AreEqual(before + 1, s.Device.SentCount);
            s.ExpectLast("00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 07 00 00 | 03 00 00 04 00 00 00 64 | 03 00 00 04 00 00 00 05");
            // one update in flight at a time: the newer running count (1465 = 0x5B9) leaves once the first was sent
            Assert.AreEqual(1460, s.Sockets.Recv(fd, buf, 0, 1500, 0));
            Assert.AreEqual(Pattern(1460, 1)[1459], buf[1459]);
            s.Step();
            Assert.AreEqual(before + 2, s.Device.SentCount);
            s.ExpectLast("00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 07 00 00 | 03 00 00 04 00 00 00 64 | 03 00 00 04 00 00 05 B9");
            Assert.AreEqual(-1, s.Sockets.Recv(fd, buf, 0, 8, 0));
            Assert.AreEqual(SocketErrno.EWouldBlock, s.Sockets.Errno);
        }

        [TestMethod]
        public void CreditWaitsForHalfTheWindow()
        {
            SocketHarness s = new SocketHarness(8, WincSockets.DefaultSendBufferSize, 8192);
            int fd = s.OpenConnectedTcp(7);
            byte[] buf = new byte[1460];
            int before = s.Device.SentCount;
            for (int i = 0; i < 3; i++)
            {
                s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxt).Int(7, 2).UInt(1460, 2).UInt((uint)(i * 1460), 2).Bytes(Pattern(1460, i)).ToArray());
                s.Step();
                Assert.AreEqual(1460, s.Sockets.Recv(fd, buf, 0, 1460, 0));
                Assert.AreEqual(Pattern(1460, i)[7], buf[7]);
                if (i < 2)
                {
                    s.Step();
                    Assert.AreEqual(before, s.Device.SentCount, "less than half of the 8192-byte window consumed, and room for a frame");
                }
            }

            Assert.AreEqual(1, s.Harness.Driver.OutstandingRequestCount, "4380 bytes: more than half the window, the credit is submitted at once");
            s.Step();
            Assert.AreEqual(before + 1, s.Device.SentCount);
            s.ExpectLast("00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 07 00 00 | 03 00 00 04 00 00 00 64 | 03 00 00 04 00 00 11 1C");
        }

        [TestMethod]
        public void CreditWrapsAt16Bits()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            byte[] chunk = new byte[1472];
            byte[] buf = new byte[1472];
            for (int i = 0; i < 45; i++)
            {
                // each read consumes half the window: its credit goes at once
                s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxt).Int(7, 2).UInt(1472, 2).UInt((uint)((i * 1472) & 0xFFFF), 2).Bytes(chunk).ToArray());
                s.Step();
                int sent = s.Device.SentCount;
                Assert.AreEqual(1472, s.Sockets.Recv(fd, buf, 0, 1472, 0));
                s.Step();
                Assert.AreEqual(sent + 1, s.Device.SentCount);
                byte[] update = s.Device.GetSent(s.Last);
                Assert.AreEqual(((i + 1) * 1472) & 0xFFFF, (update[28] << 24) | (update[29] << 16) | (update[30] << 8) | update[31]);
                s.Device.AnswerStatus(s.Last, 0, 0);
                s.Step();
            }

            byte[] w = s.Device.GetSent(s.Last);
            int credit = (w[28] << 24) | (w[29] << 16) | (w[30] << 8) | w[31];
            Assert.AreEqual((45 * 1472) & 0xFFFF, credit, "66240 bytes consumed = 704 modulo 65536");
        }

        [TestMethod]
        public void PeerCloseDrainsThenReturnsZero()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxt).Int(7, 2).UInt(2, 2).UInt(0, 2).Bytes(new byte[] { 1, 2 }).ToArray());
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockcl).Int(7, 2).ToArray());
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Disconnect, SocketStatus.Ok));
            Assert.AreEqual(SocketConstants.PollIn | SocketConstants.PollHup, s.Sockets.Poll(fd, SocketConstants.PollIn | SocketConstants.PollOut));
            byte[] buf = new byte[4];
            Assert.AreEqual(2, s.Sockets.Recv(fd, buf, 0, 4, 0));
            Assert.AreEqual(0, s.Sockets.Recv(fd, buf, 0, 4, 0), "orderly shutdown");
        }

        [TestMethod]
        public void DataBeyondTheRingIsCountedAndCredited()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxt).Int(7, 2).UInt(1472, 2).UInt(0, 2).Bytes(new byte[1472]).ToArray());
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxt).Int(7, 2).UInt(1472, 2).UInt(1472, 2).Bytes(new byte[1472]).ToArray());
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxt).Int(7, 2).UInt(100, 2).UInt(2944, 2).Bytes(new byte[100]).ToArray());
            s.Step();
            Assert.AreEqual(2, s.Count(fd, SocketEvent.Recv, SocketStatus.Ok));
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Error, SocketStatus.Error), "a module ignoring the window loses data loudly");
            Assert.AreEqual(100, s.Sockets.DroppedBytes);
            s.Step();
            byte[] w = s.Device.GetSent(s.Last);
            Assert.AreEqual(100, (int)w[31], "the lost bytes are still credited so the window does not shrink");
        }

        [TestMethod]
        public void UdpBindSendToAndLimits()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.Open(SocketConstants.AfInet, SocketConstants.SockDgram, 0, 5);
            Assert.AreEqual(0, s.Sockets.Bind(fd, new SocketAddress(0, 0, 0, 0, 5000)));
            s.Step();
            s.ExpectLast("00 0E 01 00 00 02 00 10 | 03 02 00 02 00 05 00 00 | 03 02 00 02 13 88 00 00");
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Listen, SocketStatus.Ok));

            Assert.AreEqual(3, s.Sockets.SendTo(fd, new byte[] { 1, 2, 3 }, 0, 3, 0, new SocketAddress(10, 0, 0, 2, 5001)));
            s.Step();
            s.ExpectLast("00 0E 06 00 00 06 00 30 | 03 02 00 02 00 05 00 00 | 08 00 00 04 0A 00 00 02 | 03 02 00 02 13 89 00 00 | 03 02 00 02 00 03 00 00 | 02 00 00 04 00 00 00 00 | 06 01 00 03 01 02 03 00");
            Assert.AreEqual(-1, s.Sockets.SendTo(fd, new byte[1473], 0, 1473, 0, new SocketAddress(10, 0, 0, 2, 5001)));
            Assert.AreEqual(SocketErrno.EMsgSize, s.Sockets.Errno);
            for (int i = 0; i < 4; i++)
            {
                Assert.AreEqual(1, s.Sockets.SendTo(fd, new byte[] { (byte)i }, 0, 1, 0, null), "the first destination became the default");
            }

            Assert.AreEqual(-1, s.Sockets.SendTo(fd, new byte[1], 0, 1, 0, null));
            Assert.AreEqual(SocketErrno.EWouldBlock, s.Sockets.Errno, "five datagrams queued");
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            s.Step();
            byte[] w = s.Device.GetSent(s.Last);
            Assert.AreEqual(3, (w[46] << 8) | w[47], "the next datagram carries sequence number 3");
        }

        [TestMethod]
        public void UdpReceiveOneDatagramPerCallWithSender()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.Open(SocketConstants.AfInet, SocketConstants.SockDgram, 0, 5);
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxu).Int(5, 2).Ipv4(10, 0, 0, 9).UInt(53, 2).UInt(3, 2).UInt(0, 2).Bytes(new byte[] { 97, 98, 99 }).ToArray());
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxu).Int(5, 2).Ipv6(Hex.Parse("20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 07")).UInt(54, 2).UInt(5, 2).UInt(3, 2).Bytes(new byte[] { 100, 101, 102, 103, 104 }).ToArray());
            s.Step();
            Assert.AreEqual(2, s.Count(fd, SocketEvent.Recv, SocketStatus.Ok));
            byte[] buf = new byte[8];
            SocketAddress from = new SocketAddress();
            Assert.AreEqual(3, s.Sockets.RecvFrom(fd, buf, 0, 2, SocketConstants.MsgTrunc | SocketConstants.MsgPeek, from), "MSG_TRUNC gives the real size");
            Assert.AreEqual(2, s.Sockets.RecvFrom(fd, buf, 0, 2, 0, from));
            Assert.AreEqual("10.0.0.9:53", from.ToString());
            Assert.AreEqual((byte)'b', buf[1]);
            Assert.AreEqual(5, s.Sockets.RecvFrom(fd, buf, 0, 8, 0, from), "the rest of the first datagram was discarded");
            Assert.AreEqual((byte)'h', buf[4]);
            Assert.AreEqual("[2001:db8::7]:54", from.ToString());
            Assert.AreEqual(-1, s.Sockets.RecvFrom(fd, buf, 0, 8, 0, from));
            int sent = s.Device.SentCount;
            s.Step();
            s.Step();
            Assert.AreEqual(sent, s.Device.SentCount, "8 bytes consumed: the module still has room for a 1490-byte frame");

            // a 1472-byte datagram leaves 2944 - 1480 = 1464 bytes of window: the 8 consumed bytes are credited
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxu).Int(5, 2).Ipv4(10, 0, 0, 9).UInt(53, 2).UInt(1472, 2).UInt(8, 2).Bytes(new byte[1472]).ToArray());
            s.Step();
            s.Step();
            Assert.AreEqual(sent + 1, s.Device.SentCount);
            byte[] w = s.Device.GetSent(s.Last);
            Assert.AreEqual(8, (int)w[31], "3 + 5 bytes credited");
        }

        [TestMethod]
        public void UdpDatagramsBeyondTheQueueAreDroppedButCredited()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.Open(SocketConstants.AfInet, SocketConstants.SockDgram, 0, 5);
            int sent = s.Device.SentCount;
            for (int i = 0; i < WincSockets.DatagramSlots + 1; i++)
            {
                s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxu).Int(5, 2).Ipv4(10, 0, 0, 9).UInt(53, 2).UInt(400, 2).UInt((uint)(i * 400), 2).Bytes(new byte[400]).ToArray());
            }

            s.Step();
            Assert.AreEqual(WincSockets.DatagramSlots, s.Count(fd, SocketEvent.Recv, SocketStatus.Ok));
            Assert.AreEqual(400, s.Sockets.DroppedBytes);
            s.Step();

            // 2400 bytes pushed leave the module less than a frame of window: the dropped 400 are credited
            Assert.AreEqual(sent + 1, s.Device.SentCount);
            byte[] w = s.Device.GetSent(s.Last);
            Assert.AreEqual(400, (w[30] << 8) | w[31]);
        }

        [TestMethod]
        public void TcpServerListensAndAccepts()
        {
            SocketHarness s = new SocketHarness(8);
            int listener = s.Open(SocketConstants.AfInet, SocketConstants.SockStream, 0, 2);
            Assert.AreEqual(-1, s.Sockets.Listen(listener, 3));
            Assert.AreEqual(SocketErrno.EAddrInUse, s.Sockets.Errno, "not bound");
            Assert.AreEqual(0, s.Sockets.Bind(listener, new SocketAddress(0, 0, 0, 0, 80)));
            s.Step();
            int sent = s.Device.SentCount;
            Assert.AreEqual(0, s.Sockets.Listen(listener, 50));
            s.Step();
            Assert.AreEqual(sent + 1, s.Device.SentCount, "bind of a TCP socket sends nothing; listen sends SOCKBL");
            s.ExpectLast("00 0E 01 00 00 03 00 18 | 03 02 00 02 00 02 00 00 | 03 02 00 02 00 50 00 00 | 03 03 00 01 0A 00 00 00");
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            Assert.AreEqual(1, s.Count(listener, SocketEvent.Listen, SocketStatus.Ok));
            Assert.AreEqual(-1, s.Sockets.Accept(listener, null));
            Assert.AreEqual(SocketErrno.EWouldBlock, s.Sockets.Errno);

            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(9, 2).Ipv4(192, 168, 1, 10).UInt(80, 2).Ipv4(192, 168, 1, 77).UInt(40000, 2).ToArray());
            s.Step();
            Assert.AreEqual(1, s.Count(listener, SocketEvent.ConnectReq, SocketStatus.Ok));
            Assert.AreEqual(SocketConstants.PollIn, s.Sockets.Poll(listener, SocketConstants.PollIn));
            SocketAddress peer = new SocketAddress();
            int fd = s.Sockets.Accept(listener, peer);
            Assert.IsTrue(fd >= 0 && fd != listener);
            Assert.AreEqual("192.168.1.77:40000", peer.ToString());
            Assert.AreEqual(-1, s.Sockets.Accept(listener, null));

            Assert.AreEqual(4, s.Sockets.Send(fd, new byte[] { 1, 2, 3, 4 }, 0, 4, 0));
            s.Step();
            Assert.AreEqual(9, (s.Device.GetSent(s.Last)[12] << 8) | s.Device.GetSent(s.Last)[13], "the accepted socket writes with its own module id");
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxt).Int(9, 2).UInt(1, 2).UInt(0, 2).Bytes(new byte[] { 42 }).ToArray());
            s.Step();
            byte[] buf = new byte[1];
            Assert.AreEqual(1, s.Sockets.Recv(fd, buf, 0, 1, 0));
            Assert.AreEqual((byte)42, buf[0]);
        }

        // ports past 32767 sent as 2-byte signed INTEGERs (as the emulated module sends every integer)
        [TestMethod]
        public void HighPortsAreReportedUnsigned()
        {
            SocketHarness s = new SocketHarness(8);
            int listener = s.Open(SocketConstants.AfInet, SocketConstants.SockStream, 0, 2);
            Assert.AreEqual(0, s.Sockets.Bind(listener, new SocketAddress(0, 0, 0, 0, 65535)));
            Assert.AreEqual(0, s.Sockets.Listen(listener, 2));
            s.Step();
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            s.Device.Deliver(Hex.Parse("03 00 00 00 00 0E 00 00 29 05 | 02 02 00 02 00 09 00 00 | 08 00 00 04 C0 A8 01 0A | 02 02 00 02 FF FF 00 00"
                + " | 08 00 00 04 C0 A8 01 4D | 02 02 00 02 C3 50 00 00 | 00 00"));
            s.Step();
            Assert.AreEqual(1, s.Count(listener, SocketEvent.ConnectReq, SocketStatus.Ok), "the connection found its listener on port 65535");
            SocketAddress peer = new SocketAddress();
            int fd = s.Sockets.Accept(listener, peer);
            Assert.IsTrue(fd >= 0);
            Assert.AreEqual("192.168.1.77:50000", peer.ToString());
            SocketAddress local = new SocketAddress();
            Assert.AreEqual(0, s.Sockets.GetSockName(fd, local));
            Assert.AreEqual("192.168.1.10:65535", local.ToString());
            Assert.AreEqual(0, s.Sockets.GetPeerName(fd, peer));
            Assert.AreEqual(50000, peer.Port);

            int udp = s.Open(SocketConstants.AfInet, SocketConstants.SockDgram, 0, 5);
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxu).Int(5, 2).Ipv4(10, 0, 0, 9).Int(50000, 2).Int(2, 2).Int(0, 2).Bytes(new byte[] { 1, 2 }).ToArray());
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxu).Int(5, 2).Ipv4(10, 0, 0, 9).Int(65535, 2).Int(1, 2).Int(2, 2).Bytes(new byte[] { 3 }).ToArray());
            s.Step();
            Assert.AreEqual(2, s.Count(udp, SocketEvent.Recv, SocketStatus.Ok));
            byte[] buf = new byte[4];
            SocketAddress from = new SocketAddress();
            Assert.AreEqual(2, s.Sockets.RecvFrom(udp, buf, 0, 4, 0, from));
            Assert.AreEqual("10.0.0.9:50000", from.ToString());
            Assert.AreEqual(1, s.Sockets.RecvFrom(udp, buf, 0, 4, 0, from));
            Assert.AreEqual("10.0.0.9:65535", from.ToString());
            Assert.AreEqual((byte)3, buf[0]);
        }

        [TestMethod]
        public void ConnectionWithoutListenerIsClosedOnTheModule()
        {
            SocketHarness s = new SocketHarness(8);
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(9, 2).Ipv4(192, 168, 1, 10).UInt(81, 2).Ipv4(192, 168, 1, 77).UInt(40000, 2).ToArray());
            s.Step();
            s.Step();
            s.ExpectLast("00 0E 09 00 00 01 00 08 | 03 02 00 02 00 09 00 00");
            Assert.AreEqual(0, s.EventCount);
        }

        [TestMethod]
        public void ShutdownClosesAndFreesTheDescriptor()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            Assert.AreEqual(0, s.Sockets.Shutdown(fd, SocketConstants.ShutRdWr));
            s.Step();
            s.ExpectLast("00 0E 09 00 00 01 00 08 | 03 02 00 02 00 07 00 00");
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Close, SocketStatus.Ok));
            Assert.AreEqual(SocketConstants.PollNval, s.Sockets.Poll(fd, SocketConstants.PollIn));
            Assert.AreEqual(-1, s.Sockets.Recv(fd, new byte[1], 0, 1, 0));
            Assert.AreEqual(SocketErrno.EBadF, s.Sockets.Errno);
        }

        [TestMethod]
        public void ShutdownBeforeOpenClosesOnceOpened()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.Sockets.Socket(SocketConstants.AfInet, SocketConstants.SockStream, 0);
            Assert.AreEqual(0, s.Sockets.Shutdown(fd, SocketConstants.ShutRdWr));
            s.Step();
            int socko = s.Last;
            s.Device.Deliver(s.Device.Response(socko, 0).Int(12, 2).ToArray());
            s.Device.AnswerStatus(socko, 0, 0);
            s.Step();
            s.Step();
            Assert.AreEqual((ushort)CommandId.Sockcl, s.Device.GetSentId(s.Last, 0));
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Close, SocketStatus.Ok));
        }

        [TestMethod]
        public void SocketOptions()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            Assert.AreEqual(0, s.Sockets.SetSockOpt(fd, SocketConstants.IpProtoTcp, SocketConstants.TcpNoDelay, 1));
            s.Step();
            s.ExpectLast("00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 07 00 00 | 03 00 00 04 00 00 00 02 | 02 00 00 04 00 00 00 01");
            Assert.AreEqual(0, s.Sockets.SetSockOpt(fd, SocketConstants.SolSocket, SocketConstants.SoRcvBuf, 8192));
            s.Step();
            s.ExpectLast("00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 07 00 00 | 03 00 00 04 00 00 00 04 | 02 00 00 04 00 00 20 00");
            Assert.AreEqual(0, s.Sockets.SetSockOpt(fd, SocketConstants.IpProtoIp, SocketConstants.IpTos, 0x10));
            s.Step();
            s.ExpectLast("00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 07 00 00 | 03 00 00 04 00 00 00 20 | 02 00 00 04 00 00 00 10");
            Assert.AreEqual(-1, s.Sockets.SetSockOpt(fd, SocketConstants.SolSocket, 77, 1));
            Assert.AreEqual(SocketErrno.ENoProtoOpt, s.Sockets.Errno);
            Assert.AreEqual(-1, s.Sockets.SetSockOpt(fd, SocketConstants.SolSocket, SocketConstants.SoAsyncMode, 0));
            Assert.AreEqual(SocketErrno.EOpNotSupp, s.Sockets.Errno);

            Assert.AreEqual(0, s.Sockets.SetSockOpt(fd, SocketConstants.SolSocket, SocketConstants.SoAsyncMode, 1));
            s.Step();
            s.ExpectLast("00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 07 00 00 | 03 00 00 04 00 00 00 65 | 03 00 00 04 00 00 00 00 | "
                + "00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 07 00 00 | 03 00 00 04 00 00 00 66 | 03 00 00 04 00 00 05 DA");
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxt).Int(7, 2).UInt(2, 2).Bytes(new byte[] { 1, 2 }).ToArray());
            s.Step();
            int sent = s.Device.SentCount;
            Assert.AreEqual(2, s.Sockets.Recv(fd, new byte[4], 0, 4, 0));
            s.Step();
            Assert.AreEqual(sent, s.Device.SentCount, "simple mode returns no credit");
        }

        [TestMethod]
        public void MulticastMembershipSendsSockbm()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.Open(SocketConstants.AfInet, SocketConstants.SockDgram, 0, 6);
            s.Sockets.Bind(fd, new SocketAddress(0, 0, 0, 0, 5353));
            s.Step();
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            Assert.AreEqual(-1, s.Sockets.SetSockOpt(fd, SocketConstants.IpProtoIp, SocketConstants.IpAddMembership, new SocketAddress(192, 168, 0, 1, 0)));
            Assert.AreEqual(SocketErrno.EInval, s.Sockets.Errno, "not a multicast group");
            Assert.AreEqual(0, s.Sockets.SetSockOpt(fd, SocketConstants.IpProtoIp, SocketConstants.IpAddMembership, new SocketAddress(224, 0, 0, 251, 0)));
            s.Step();
            s.ExpectLast("00 0E 03 00 00 03 00 18 | 03 02 00 02 00 06 00 00 | 08 00 00 04 E0 00 00 FB | 03 02 00 02 14 E9 00 00");
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Connect, SocketStatus.Ok));
        }

        [TestMethod]
        public void Ipv6StreamUsesSixteenByteAddressesAnd1440ByteChunks()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.Open(SocketConstants.AfInet6, SocketConstants.SockStream, 0, 4);
            s.ExpectSent(s.Last - 1, "00 0E 00 00 00 02 00 10 | 03 03 00 01 02 00 00 00 | 03 03 00 01 06 00 00 00");
            SocketAddress remote = new SocketAddress();
            byte[] a = new byte[16];
            Assert.AreEqual(1, SocketAddress.InetPton(SocketConstants.AfInet6, "2001:db8::1", a, 0));
            remote.Set(SocketConstants.AfInet6, a, 0, 443);
            s.Sockets.Connect(fd, remote);
            s.Step();
            s.ExpectLast("00 0E 02 00 00 03 00 24 | 03 02 00 02 00 04 00 00 | 09 00 00 10 20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 01 | 03 02 00 02 01 BB 00 00");
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(4, 2).Ipv6(Hex.Parse("20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 02")).UInt(50000, 2).Ipv6(a).UInt(443, 2).ToArray());
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Connect, SocketStatus.Ok));
            s.Sockets.Send(fd, new byte[2000], 0, 2000, 0);
            s.Step();
            byte[] w = s.Device.GetSent(s.Last);
            Assert.AreEqual(1440, (w[20] << 8) | w[21]);
        }

        [TestMethod]
        public void GetAddrInfoIsEaiAgainUntilResolved()
        {
            SocketHarness s = new SocketHarness(8);
            AddrInfo info = new AddrInfo();
            Assert.AreEqual(SocketConstants.EaiAgain, s.Sockets.GetAddrInfo("example.com", 443, SocketConstants.AfUnspec, 0, info));
            s.Step();
            s.ExpectLast("00 05 01 00 00 02 00 18 | 03 03 00 01 01 00 00 00 | 05 01 00 0B 65 78 61 6D 70 6C 65 2E 63 6F 6D 00");
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            int sent = s.Device.SentCount;
            Assert.AreEqual(SocketConstants.EaiAgain, s.Sockets.GetAddrInfo("example.com", 443, SocketConstants.AfUnspec, 0, info));
            Assert.AreEqual(SocketConstants.EaiAgain, s.Sockets.GetAddrInfo("other.org", 80, SocketConstants.AfUnspec, 0, info), "one lookup at a time");
            s.Step();
            Assert.AreEqual(sent, s.Device.SentCount, "no second DNSRESOLV");

            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(1, 1).Str("other.org").Ipv4(1, 1, 1, 1).ToArray());
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnsresolv).Int(1, 1).Str("example.com").Ipv4(93, 184, 216, 34).ToArray());
            s.Step();
            Assert.AreEqual(1, s.Count(-1, SocketEvent.DnsResolve, SocketStatus.Ok));
            Assert.AreEqual(0, s.Sockets.GetAddrInfo("example.com", 443, SocketConstants.AfUnspec, 0, info));
            Assert.AreEqual(1, info.Count);
            Assert.AreEqual("93.184.216.34:443", info.GetAddress(0).ToString());
            Assert.AreEqual(SocketConstants.SockStream, info.SocketType);

            Assert.AreEqual(SocketConstants.EaiAgain, s.Sockets.GetAddrInfo("v6.example", 0, SocketConstants.AfInet6, SocketConstants.SockDgram, info), "a new lookup");
            s.Step();
            Assert.AreEqual(28, (int)s.Device.GetSent(s.Last)[12], "AAAA for AF_INET6");
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Dnserr).StatusElement((ushort)WincStatus.DnsTimeout).Int(28, 1).Str("v6.example").ToArray());
            s.Step();
            Assert.AreEqual(SocketConstants.EaiSystem, s.Sockets.GetAddrInfo("v6.example", 0, SocketConstants.AfInet6, SocketConstants.SockDgram, info));
            Assert.AreEqual(SocketErrno.ETimedOut, s.Sockets.Errno);
            Assert.AreEqual(SocketConstants.EaiFamily, s.Sockets.GetAddrInfo("x", 0, 9, 0, info));
            Assert.AreEqual(SocketConstants.EaiNoName, s.Sockets.GetAddrInfo(string.Empty, 0, 0, 0, info));
        }

        [TestMethod]
        public void GetAddrInfoTimesOutLocally()
        {
            SocketHarness s = new SocketHarness(8);
            AddrInfo info = new AddrInfo();
            s.Sockets.GetAddrInfo("slow.example", 0, SocketConstants.AfInet, 0, info);
            s.Step();
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Harness.Run(99, 100);
            Assert.AreEqual(SocketConstants.EaiAgain, s.Sockets.GetAddrInfo("slow.example", 0, SocketConstants.AfInet, 0, info));
            s.Harness.Run(2, 100);
            Assert.AreEqual(1, s.Count(-1, SocketEvent.DnsResolve, SocketStatus.Error));
            Assert.AreEqual(SocketConstants.EaiSystem, s.Sockets.GetAddrInfo("slow.example", 0, SocketConstants.AfInet, 0, info));
            Assert.AreEqual(SocketErrno.ETimedOut, s.Sockets.Errno);
        }

        [TestMethod]
        public void BusErrorClosesEverySocket()
        {
            SocketHarness s = new SocketHarness(8);
            int a = s.OpenConnectedTcp(7);
            int b = s.Open(SocketConstants.AfInet, SocketConstants.SockDgram, 0, 8);
            s.Sockets.Send(a, new byte[10], 0, 10, 0);
            s.Device.FailBus(MessageDeviceError.TransferFailed);
            s.Step();
            Assert.AreEqual(1, s.Count(a, SocketEvent.Close, SocketStatus.Error));
            Assert.AreEqual(1, s.Count(b, SocketEvent.Close, SocketStatus.Error));
            Assert.AreEqual(SocketConstants.PollNval, s.Sockets.Poll(a, SocketConstants.PollIn));
            Assert.AreEqual(8, s.Harness.Driver.FreeRequestCount, "no request leaked");
        }

        [TestMethod]
        public void SockerrMarksTheSocketAndRefusesConnect()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.Open(SocketConstants.AfInet, SocketConstants.SockStream, 0, 7);
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockerr).Int(7, 2).StatusElement((ushort)WincStatus.SocketConnectFailed).ToArray());
            s.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockerr).Int(99, 2).StatusElement((ushort)WincStatus.SocketConnectFailed).ToArray());
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Error, SocketStatus.Error));
            Assert.AreEqual(1, s.Sockets.UnknownSocketAecs);
            Assert.AreEqual(SocketConstants.PollErr | SocketConstants.PollIn, s.Sockets.Poll(fd, SocketConstants.PollIn));
            Assert.AreEqual(-1, s.Sockets.Connect(fd, new SocketAddress(1, 2, 3, 4, 80)));
            Assert.AreEqual(SocketErrno.EConnRefused, s.Sockets.Errno);
        }

        [TestMethod]
        public void WriteTimeoutIsReportedAndNothingLeaks()
        {
            SocketHarness s = new SocketHarness(4);
            int fd = s.OpenConnectedTcp(7);
            s.Sockets.Send(fd, new byte[10], 0, 10, 0);
            s.Step();
            s.Harness.Run(1, WincDriver.DefaultRequestTimeoutMs + 10);
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Send, SocketStatus.Error));
            Assert.AreEqual(4, s.Harness.Driver.FreeRequestCount);
        }
    }
}
