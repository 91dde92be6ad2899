// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;
using Sys.Wincs.Net.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Net.Tests
{
    /// <summary>TLS contexts per socket (Harmony: one global context, PASS without a free one) and TLS_DONE.</summary>
    [TestClass]
    public class NetTlsTests
    {
        private static int Selector(NetHarness h, int index)
        {
            return h.Device.GetSent(index)[12];
        }

        private static int ParamId(NetHarness h, int index)
        {
            byte[] b = h.Device.GetSent(index);
            return (b[20] << 24) | (b[21] << 16) | (b[22] << 8) | b[23];
        }

        [TestMethod]
        public void OpenTlsCtxFailsWhenNoContextIsFree()
        {
            NetHarness h = new NetHarness(8);
            int[] handle = new int[1];
            for (int i = 1; i <= 4; i++)
            {
                Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.OpenTlsCtx, handle));
                Assert.AreEqual(i, handle[0]);
            }

            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.OpenTlsCtx, null), "Harmony says PASS here");
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.GetTlsCtxHandle, handle));
            Assert.AreEqual(4, handle[0], "the last opened is current");
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.CloseTlsCtx, 2));
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.CloseTlsCtx, 2), "already closed");
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.OpenTlsCtx, handle));
            Assert.AreEqual(2, handle[0], "a closed context is reused");
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.CloseTlsCtx, null), "the current one");
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.GetTlsCtxHandle, handle));
            Assert.AreEqual(0, handle[0]);
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.GetTlsCtxHandle, new int[0]));
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.OpenTlsCtx, "x"));
        }

        [TestMethod]
        public void TlsConfigGoesToTheNamedContext()
        {
            NetHarness h = new NetHarness(16);
            int[] first = new int[1];
            int[] second = new int[1];
            h.Service.SockSrvCtrl(NetSockService.OpenTlsCtx, first);
            h.Service.SockSrvCtrl(NetSockService.OpenTlsCtx, second);
            NetTlsSocParams p = new NetTlsSocParams();
            p.TlsPeerAuth = true;
            p.TlsCACertificate = "RootCA";
            p.TlsServerName = "server.test";
            p.TlsDomainName = "server.test";
            p.TlsDomainNameVerify = true;
            p.TlsKeyName = "DeviceKey";
            p.TlsHandle = first[0];
            int before = h.Device.SentCount;
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.TlsConfig, p), "a key without a password is accepted (Harmony needs both)");
            h.Settle();
            int[] expected = new int[] { 40, 1, 3, 5, 41, 6 };
            int n = 0;
            for (int i = before; i < h.Device.SentCount; i++)
            {
                for (int c = 0; c < h.Device.GetSentCommandCount(i); c++)
                {
                    Assert.AreEqual((ushort)CommandId.Tlsc, h.Device.GetSentId(i, c));
                }

                Assert.AreEqual(first[0], Selector(h, i), "configuration 1, not the current one (2)");
            }

            for (int i = before; i < h.Device.SentCount; i++)
            {
                byte[] b = h.Device.GetSent(i);
                int at = 0;
                for (int c = 0; c < h.Device.GetSentCommandCount(i); c++)
                {
                    int id = (b[at + 20] << 24) | (b[at + 21] << 16) | (b[at + 22] << 8) | b[at + 23];
                    Assert.AreEqual(expected[n++], id);
                    at += (8 + ((b[at + 6] << 8) | b[at + 7]) + 3) & ~3;
                }
            }

            Assert.AreEqual(expected.Length, n, "PEER_AUTH, CA, key, SNI, PEER_DOMAIN_VERIFY, DOMAIN");
            Assert.IsFalse(h.Service.TlsContextFailed(first[0]));

            p.TlsHandle = 3;
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.TlsConfig, p), "a context that is not open");
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.SockSrvCtrl(NetSockService.TlsConfig, null));
        }

        [TestMethod]
        public void EachTlsSocketUsesItsOwnContextAndGetsTlsDoneOnly()
        {
            NetHarness h = new NetHarness(16);
            int[] a = new int[1];
            int[] b = new int[1];
            h.Service.SockSrvCtrl(NetSockService.OpenTlsCtx, a);
            h.Service.SockSrvCtrl(NetSockService.OpenTlsCtx, b);
            NetSocket s1 = NetHarness.Client(NetSockType.Tcp, "192.168.0.100", 443);
            s1.TlsEnable = true;
            s1.TlsContext = a[0];
            NetSocket s2 = NetHarness.Client(NetSockType.Tcp, "192.168.0.101", 8883);
            s2.TlsEnable = true;
            h.NextSockId = 7;
            h.Open(s1);
            h.Open(s2);
            int tls1 = h.FindSent(0, CommandId.Socktls);
            int tls2 = h.FindSent(tls1 + 1, CommandId.Socktls);
            h.ExpectSent(tls1, "00 0E 04 00 00 02 00 10 | 03 02 00 02 00 07 00 00 | 03 03 00 01 01 00 00 00");
            h.ExpectSent(tls2, "00 0E 04 00 00 02 00 10 | 03 02 00 02 00 08 00 00 | 03 03 00 01 02 00 00 00");
            Assert.IsTrue(h.FindSent(tls1, CommandId.Sockbr) > tls1, "TLS before connect");

            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(7, 2).Ipv4(10, 0, 0, 2).UInt(50000, 2).Ipv4(192, 168, 0, 100).UInt(443, 2).ToArray());
            h.Settle();
            Assert.AreEqual(0, h.EventCount, "TCP up, TLS not yet");
            Assert.IsFalse(h.Service.IsConnected(s1.SockId));
            Assert.AreEqual((int)WincsResult.Fail, (int)h.Service.TcpSockWrite(s1.SockId, 1, new byte[1]), "no data before the handshake");
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Socktls).Int(7, 2).ToArray());
            h.Settle();
            Assert.AreEqual(1, h.Count(s1.SockId, NetSockEvent.TlsDone));
            Assert.AreEqual(0, h.Count(s1.SockId, NetSockEvent.Connected), "as in Harmony: TLS sockets get TLS_DONE, not CONNECTED");
            Assert.IsTrue(h.Service.IsConnected(s1.SockId));
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.TcpSockWrite(s1.SockId, 1, new byte[1]));
        }

        [TestMethod]
        public void HandshakeFailureIsTlsFailedThenClosed()
        {
            NetHarness h = new NetHarness(16);
            h.Service.SockSrvCtrl(NetSockService.OpenTlsCtx, null);
            NetSocket s = NetHarness.Client(NetSockType.Tcp, "192.168.0.100", 443);
            s.TlsEnable = true;
            h.NextSockId = 7;
            h.Open(s);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(7, 2).Ipv4(10, 0, 0, 2).UInt(50000, 2).Ipv4(192, 168, 0, 100).UInt(443, 2).ToArray());
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockerr).Int(7, 2).StatusElement((ushort)WincStatus.SocketTlsFailed).ToArray());
            h.PeerClose(7);
            h.Settle();
            Assert.AreEqual((int)NetSockError.TlsFailed, (int)h.LastError(s.SockId));
            Assert.AreEqual(1, h.Count(s.SockId, NetSockEvent.Closed));
            Assert.AreEqual(0, h.Count(s.SockId, NetSockEvent.TlsDone));
        }

        [TestMethod]
        public void RefusedTlsConfigurationFailsTheSocketBeforeConnecting()
        {
            NetHarness h = new NetHarness(16);
            h.Service.SockSrvCtrl(NetSockService.OpenTlsCtx, null);
            NetTlsSocParams p = new NetTlsSocParams();
            p.TlsCACertificate = "Missing";
            p.TlsPeerAuth = true;
            h.FailNext(CommandId.Tlsc, WincStatus.InvalidParameter, 1);
            Assert.AreEqual((int)WincsResult.Pass, (int)h.Service.SockSrvCtrl(NetSockService.TlsConfig, p));
            h.Settle();
            Assert.IsTrue(h.Service.TlsContextFailed(h.Service.CurrentTlsContext));
            NetSocket s = NetHarness.Client(NetSockType.Tcp, "192.168.0.100", 443);
            s.TlsEnable = true;
            h.Open(s);
            Assert.AreEqual((int)NetSockError.TlsFailed, (int)h.LastError(s.SockId));
            Assert.AreEqual(1, h.Count(s.SockId, NetSockEvent.Closed));
            Assert.AreEqual(-1, h.FindSent(0, CommandId.Sockbr), "no connection attempt with a broken context");
        }

        [TestMethod]
        public void TlsServerConfiguresTheListenerAndAcceptedSocketsGetTlsDone()
        {
            NetHarness h = new NetHarness(16);
            int[] ctx = new int[1];
            h.Service.SockSrvCtrl(NetSockService.OpenTlsCtx, ctx);
            NetSocket server = NetHarness.Server(NetSockType.Tcp, 443);
            server.TlsEnable = true;
            h.NextSockId = 2;
            uint l = h.Open(server);
            int tls = h.FindSent(0, CommandId.Socktls);
            int bl = h.FindSent(0, CommandId.Sockbl);
            Assert.IsTrue(tls > 0 && bl > tls, "the listener's TLS configuration comes before the listen");
            h.ExpectSent(tls, "00 0E 04 00 00 02 00 10 | 03 02 00 02 00 02 00 00 | 03 03 00 01 01 00 00 00");
            Assert.IsTrue(h.Service.IsListening(l));

            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(9, 2).Ipv4(192, 168, 1, 100).UInt(443, 2).Ipv4(192, 168, 1, 50).UInt(40000, 2).ToArray());
            h.Settle();
            Assert.AreEqual(1, h.CountAll(NetSockEvent.ClientConnected));
            uint accepted = h.GetSocket(h.EventCount - 1);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Socktls).Int(9, 2).ToArray());
            h.Settle();
            Assert.AreEqual(1, h.Count(accepted, NetSockEvent.TlsDone));
            Assert.AreEqual(0, h.Count(accepted, NetSockEvent.Connected));
        }
    }
}
