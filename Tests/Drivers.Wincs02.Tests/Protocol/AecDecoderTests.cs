// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Protocol
{
    /// <summary>One decoding test per AEC of spec section 4.7 (element layouts as listed there).</summary>
    [TestClass]
    public class AecDecoderTests
    {
        private static readonly byte[] Bssid = new byte[] { 0x00, 0x04, 0xA3, 0x01, 0x02, 0x03 };

        private static MessageReader Parse(byte[] message)
        {
            MessageReader r = new MessageReader();
            Assert.IsTrue(r.Parse(message, 0, message.Length));
            return r;
        }

        private static MessageBuilder Aec(AecId id)
        {
            return MessageBuilder.Aec((ushort)id);
        }

        [TestMethod]
        public void Boot()
        {
            MessageReader r = Parse(Aec(AecId.Boot).ToArray());
            Assert.IsTrue(AecDecoder.Boot(r));
            Assert.IsFalse(AecDecoder.Boot(Parse(MessageBuilder.Status(0x0100, 0, 0))), "a STATUS is not an AEC");
        }

        [TestMethod]
        public void Wstalu()
        {
            MessageReader r = Parse(Aec(AecId.Wstalu).Int(1, 2).Mac(Bssid).Int(11, 1).ToArray());
            int assoc;
            int channel;
            byte[] mac = new byte[8];
            Assert.IsTrue(AecDecoder.Wstalu(r, out assoc, mac, 2, out channel));
            Assert.AreEqual(1, assoc);
            Assert.AreEqual(11, channel);
            Assert.AreEqual((byte)0xA3, mac[4]);
            Assert.AreEqual((byte)0x03, mac[7]);
        }

        [TestMethod]
        public void WstaldWstaerrWstaroam()
        {
            int v;
            Assert.IsTrue(AecDecoder.Wstald(Parse(Aec(AecId.Wstald).Int(2, 1).ToArray()), out v));
            Assert.AreEqual(2, v);
            Assert.IsTrue(AecDecoder.Wstaerr(Parse(Aec(AecId.Wstaerr).StatusElement((ushort)WincStatus.StaConnFailed).ToArray()), out v));
            Assert.AreEqual((int)WincStatus.StaConnFailed, v);
            Assert.IsTrue(AecDecoder.Wstaroam(Parse(Aec(AecId.Wstaroam).Int(3, 1).ToArray()), out v));
            Assert.AreEqual(3, v);
            Assert.IsFalse(AecDecoder.Wstald(Parse(Aec(AecId.Wstald).ToArray()), out v), "element missing");
        }

        [TestMethod]
        public void WstaaipIpv4AndIpv6()
        {
            byte[] addr = new byte[16];
            int assoc;
            int len;
            int prefix;
            MessageReader r = Parse(Aec(AecId.Wstaaip).Int(1, 1).Ipv4(192, 168, 1, 23).ToArray());
            Assert.IsTrue(AecDecoder.Wstaaip(r, out assoc, addr, 0, out len, out prefix));
            Assert.AreEqual(1, assoc);
            Assert.AreEqual(4, len);
            Assert.AreEqual(-1, prefix);
            Assert.AreEqual((byte)23, addr[3]);

            r = Parse(Aec(AecId.Wstaaip).Int(1, 1).Ipv6(Hex.Parse("FE 80 00 00 00 00 00 00 02 04 A3 FF FE 01 02 03 40")).ToArray());
            Assert.IsTrue(AecDecoder.Wstaaip(r, out assoc, addr, 0, out len, out prefix));
            Assert.AreEqual(16, len);
            Assert.AreEqual(64, prefix);
            Assert.AreEqual((byte)0xFE, addr[0]);
            Assert.AreEqual((byte)0x03, addr[15]);
        }

        [TestMethod]
        public void WapscWapsdWapaipWaperr()
        {
            int assoc;
            byte[] mac = new byte[6];
            Assert.IsTrue(AecDecoder.Wapsc(Parse(Aec(AecId.Wapsc).Int(4, 1).Mac(Bssid).ToArray()), out assoc, mac, 0));
            Assert.AreEqual(4, assoc);
            CollectionAssert.AreEqual(Bssid, mac);
            Assert.IsTrue(AecDecoder.Wapsd(Parse(Aec(AecId.Wapsd).Int(5, 1).Mac(Bssid).ToArray()), out assoc, mac, 0));
            Assert.AreEqual(5, assoc);
            Assert.IsFalse(AecDecoder.Wapsd(Parse(Aec(AecId.Wapsc).Int(5, 1).Mac(Bssid).ToArray()), out assoc, mac, 0));

            byte[] ip = new byte[4];
            Assert.IsTrue(AecDecoder.Wapaip(Parse(Aec(AecId.Wapaip).Int(4, 1).Ipv4(192, 168, 1, 50).ToArray()), out assoc, ip, 0));
            CollectionAssert.AreEqual(new byte[] { 192, 168, 1, 50 }, ip);
            Assert.IsFalse(AecDecoder.Wapaip(Parse(Aec(AecId.Wapaip).Int(4, 1).Ipv6(new byte[16]).ToArray()), out assoc, new byte[16], 0));

            int code;
            Assert.IsTrue(AecDecoder.Waperr(Parse(Aec(AecId.Waperr).StatusElement((ushort)WincStatus.WapStartFailed).ToArray()), out code));
            Assert.AreEqual((int)WincStatus.WapStartFailed, code);
        }

        [TestMethod]
        public void WscnindAndWscndone()
        {
            MessageReader r = Parse(Aec(AecId.Wscnind).Int(-70, 1).Int(-1, 1).Int(13, 1).Mac(Bssid).Str("Open").ToArray());
            int rssi;
            int sec;
            int ch;
            int ssidLen;
            byte[] mac = new byte[6];
            byte[] ssid = new byte[32];
            Assert.IsTrue(AecDecoder.Wscnind(r, out rssi, out sec, out ch, mac, 0, ssid, 0, out ssidLen));
            Assert.AreEqual(-70, rssi);
            Assert.AreEqual(-1, sec);
            Assert.AreEqual(13, ch);
            Assert.AreEqual(4, ssidLen);
            Assert.AreEqual((byte)'n', ssid[3]);

            int n;
            Assert.IsTrue(AecDecoder.Wscndone(Parse(Aec(AecId.Wscndone).Int(7, 1).ToArray()), out n));
            Assert.AreEqual(7, n);
        }

        [TestMethod]
        public void SockrxtPolledAsyncReliable()
        {
            SocketRxIndication rx = new SocketRxIndication();
            Assert.IsTrue(AecDecoder.Sockrxt(Parse(Aec(AecId.Sockrxt).Int(5, 2).Int(1200, 2).ToArray()), rx));
            Assert.AreEqual((int)SocketRxKind.Polled, (int)rx.Kind);
            Assert.AreEqual(5, rx.SocketId);
            Assert.AreEqual(1200, rx.Length);
            Assert.AreEqual(0, rx.DataLength);

            MessageReader r = Parse(Aec(AecId.Sockrxt).Int(5, 2).Int(3, 2).Bytes(new byte[] { 7, 8, 9 }).ToArray());
            Assert.IsTrue(AecDecoder.Sockrxt(r, rx));
            Assert.AreEqual((int)SocketRxKind.Async, (int)rx.Kind);
            Assert.AreEqual(3, rx.DataLength);
            Assert.AreEqual(-1, rx.SequenceNumber);
            Assert.AreEqual((byte)8, r.Buffer[rx.DataOffset + 1]);

            r = Parse(Aec(AecId.Sockrxt).Int(5, 2).Int(2, 2).UInt(65535, 2).Bytes(new byte[] { 1, 2 }).ToArray());
            Assert.IsTrue(AecDecoder.Sockrxt(r, rx));
            Assert.AreEqual((int)SocketRxKind.Reliable, (int)rx.Kind);
            Assert.AreEqual(65535, rx.SequenceNumber);
            Assert.AreEqual(2, rx.DataLength);
            Assert.AreEqual((byte)2, r.Buffer[rx.DataOffset + 1]);
            Assert.IsFalse(rx.IsDatagram);

            Assert.IsFalse(AecDecoder.Sockrxt(Parse(Aec(AecId.Sockrxt).Int(5, 2).Int(4, 2).Bytes(new byte[] { 1, 2 }).ToArray()), rx), "length disagrees with data");
        }

        [TestMethod]
        public void SockrxuPolledAsyncReliable()
        {
            SocketRxIndication rx = new SocketRxIndication();
            Assert.IsTrue(AecDecoder.Sockrxu(Parse(Aec(AecId.Sockrxu).Int(6, 2).Ipv4(10, 0, 0, 9).UInt(5353, 2).Int(300, 2).Int(2, 1).ToArray()), rx));
            Assert.AreEqual((int)SocketRxKind.Polled, (int)rx.Kind);
            Assert.IsTrue(rx.IsDatagram);
            Assert.AreEqual(6, rx.SocketId);
            Assert.AreEqual(300, rx.Length);
            Assert.AreEqual(2, rx.PendingDatagrams);
            Assert.AreEqual(4, rx.RemoteAddressLength);
            Assert.AreEqual(5353, rx.RemotePort);
            Assert.AreEqual((byte)9, rx.RemoteAddress[3]);

            MessageReader r = Parse(Aec(AecId.Sockrxu).Int(6, 2).Ipv6(Hex.Parse("20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 07")).UInt(53, 2).Int(1, 2).Bytes(new byte[] { 0x42 }).ToArray());
            Assert.IsTrue(AecDecoder.Sockrxu(r, rx));
            Assert.AreEqual((int)SocketRxKind.Async, (int)rx.Kind);
            Assert.AreEqual(16, rx.RemoteAddressLength);
            Assert.AreEqual((byte)7, rx.RemoteAddress[15]);
            Assert.AreEqual((byte)0x42, r.Buffer[rx.DataOffset]);

            r = Parse(Aec(AecId.Sockrxu).Int(6, 2).Ipv4(10, 0, 0, 9).UInt(53, 2).Int(2, 2).Int(1000, 4).Bytes(new byte[] { 0x42, 0x43 }).ToArray());
            Assert.IsTrue(AecDecoder.Sockrxu(r, rx));
            Assert.AreEqual((int)SocketRxKind.Reliable, (int)rx.Kind);
            Assert.AreEqual(1000, rx.SequenceNumber);
            Assert.AreEqual(2, rx.DataLength);
        }

        // SOCKIND <SOCK_ID 7>,<LCL_ADDR 192.168.1.23>,<LCL_PORT 65535>,<RMT_ADDR 192.168.1.50>,<RMT_PORT 50000>,
        // the ids and ports as 2-byte signed INTEGERs (FF FF, C3 50), as the module may encode any integer
        [TestMethod]
        public void SockindHighPortsAreUnsigned()
        {
            byte[] b = Hex.Parse("03 00 00 00 00 0E 00 00 29 05 | 02 02 00 02 00 07 00 00 | 08 00 00 04 C0 A8 01 17 | 02 02 00 02 FF FF 00 00"
                + " | 08 00 00 04 C0 A8 01 32 | 02 02 00 02 C3 50 00 00 | 00 00");
            CollectionAssert.AreEqual(b, Aec(AecId.Sockind).Int(7, 2).Ipv4(192, 168, 1, 23).Int(65535, 2).Ipv4(192, 168, 1, 50).Int(50000, 2).ToArray(), "the builder agrees with the vector");
            byte[] local = new byte[4];
            byte[] remote = new byte[4];
            int id;
            int localLength;
            int localPort;
            int remoteLength;
            int remotePort;
            Assert.IsTrue(AecDecoder.Sockind(Parse(b), out id, local, 0, out localLength, out localPort, remote, 0, out remoteLength, out remotePort));
            Assert.AreEqual(7, id);
            Assert.AreEqual(65535, localPort);
            Assert.AreEqual(50000, remotePort);
            CollectionAssert.AreEqual(new byte[] { 192, 168, 1, 23 }, local);
            CollectionAssert.AreEqual(new byte[] { 192, 168, 1, 50 }, remote);

            // a socket id past 32767, INTEGER_UNSIGNED ports and 4-byte integers are all the same numbers
            Assert.IsTrue(AecDecoder.Sockind(Parse(Aec(AecId.Sockind).Int(0x8001, 2).Ipv4(10, 0, 0, 2).UInt(50000, 2).Ipv4(10, 0, 0, 1).Int(65535, 4).ToArray()), out id, local, 0, out localLength, out localPort, remote, 0, out remoteLength, out remotePort));
            Assert.AreEqual(0x8001, id);
            Assert.AreEqual(50000, localPort);
            Assert.AreEqual(65535, remotePort);

            // a 4-byte value that is no port is refused rather than truncated
            Assert.IsFalse(AecDecoder.Sockind(Parse(Aec(AecId.Sockind).Int(7, 2).Ipv4(10, 0, 0, 2).UInt(0x10050, 4).Ipv4(10, 0, 0, 1).UInt(80, 2).ToArray()), out id, local, 0, out localLength, out localPort, remote, 0, out remoteLength, out remotePort));
            Assert.IsFalse(AecDecoder.Sockind(Parse(Aec(AecId.Sockind).Int(7, 2).Ipv4(10, 0, 0, 2).Int(-1, 4).Ipv4(10, 0, 0, 1).UInt(80, 2).ToArray()), out id, local, 0, out localLength, out localPort, remote, 0, out remoteLength, out remotePort));
        }

        // SOCKRXU reliable <SOCK_ID 6>,<RMT_ADDR 10.0.0.9>,<RMT_PORT 50000>,<LENGTH 3>,<SEQ_NUM 65534>,<DATA "ABC">,
        // every integer a 2-byte signed INTEGER (the emulated module's encoding)
        [TestMethod]
        public void SockrxuHighSenderPortAndSequenceAreUnsigned()
        {
            byte[] b = Hex.Parse("03 00 00 00 00 0E 02 00 31 06 | 02 02 00 02 00 06 00 00 | 08 00 00 04 0A 00 00 09 | 02 02 00 02 C3 50 00 00"
                + " | 02 02 00 02 00 03 00 00 | 02 02 00 02 FF FE 00 00 | 06 01 00 03 41 42 43 00 | 00 00");
            SocketRxIndication rx = new SocketRxIndication();
            Assert.IsTrue(AecDecoder.Sockrxu(Parse(b), rx));
            Assert.AreEqual((int)SocketRxKind.Reliable, (int)rx.Kind);
            Assert.AreEqual(6, rx.SocketId);
            Assert.AreEqual(50000, rx.RemotePort);
            Assert.AreEqual(4, rx.RemoteAddressLength);
            Assert.AreEqual((byte)9, rx.RemoteAddress[3]);
            Assert.AreEqual(3, rx.Length);
            Assert.AreEqual(65534, rx.SequenceNumber);
            Assert.AreEqual(3, rx.DataLength);

            // polled form from port 65535 with 40000 bytes pending (2-byte INTEGERs: 9C 40)
            Assert.IsTrue(AecDecoder.Sockrxu(Parse(Aec(AecId.Sockrxu).Int(6, 2).Ipv4(10, 0, 0, 9).Int(65535, 2).Int(40000, 2).Int(2, 2).ToArray()), rx));
            Assert.AreEqual((int)SocketRxKind.Polled, (int)rx.Kind);
            Assert.AreEqual(65535, rx.RemotePort);
            Assert.AreEqual(40000, rx.Length);
            Assert.AreEqual(2, rx.PendingDatagrams);

            // SOCKRXT: a socket id and a pending length past 32767
            Assert.IsTrue(AecDecoder.Sockrxt(Parse(Aec(AecId.Sockrxt).Int(0x8002, 2).Int(40000, 2).ToArray()), rx));
            Assert.AreEqual(0x8002, rx.SocketId);
            Assert.AreEqual(40000, rx.Length);
        }

        [TestMethod]
        public void PortsAbove32767DecodeUnsigned()
        {
            // a 16-bit port in a 2-byte signed INTEGER: 60924 arrives as 0xEDFC
            byte[] local = new byte[16];
            byte[] remote = new byte[16];
            int id;
            int localLength;
            int localPort;
            int remoteLength;
            int remotePort;
            Assert.IsTrue(AecDecoder.Sockind(Parse(Aec(AecId.Sockind).Int(3, 2).Ipv4(192, 168, 1, 100).Int(40000, 2).Ipv4(127, 0, 0, 1).Int(60924, 2).ToArray()), out id, local, 0, out localLength, out localPort, remote, 0, out remoteLength, out remotePort));
            Assert.AreEqual(3, id);
            Assert.AreEqual(40000, localPort);
            Assert.AreEqual(60924, remotePort);
            Assert.AreEqual(4, remoteLength);

            SocketRxIndication rx = new SocketRxIndication();
            Assert.IsTrue(AecDecoder.Sockrxu(Parse(Aec(AecId.Sockrxu).Int(6, 2).Ipv4(10, 0, 0, 9).Int(65535, 2).Int(300, 2).Int(2, 1).ToArray()), rx));
            Assert.AreEqual(65535, rx.RemotePort);
        }

        [TestMethod]
        public void PortsSentAsTwoByteIntegerAreUnsigned()
        {
            // the 16-bit bit pattern of 50000 and 61000 in a signed 2-byte INTEGER, as the emulator and Harmony's uint16_t readers treat them
            int sock;
            int lclLen;
            int lclPort;
            int rmtLen;
            int rmtPort;
            byte[] lcl = new byte[16];
            byte[] rmt = new byte[16];
            MessageReader r = Parse(Aec(AecId.Sockind).Int(3, 2).Ipv4(192, 168, 1, 100).Int(unchecked((short)50000), 2).Ipv4(127, 0, 0, 1).Int(unchecked((short)61000), 2).ToArray());
            Assert.IsTrue(AecDecoder.Sockind(r, out sock, lcl, 0, out lclLen, out lclPort, rmt, 0, out rmtLen, out rmtPort));
            Assert.AreEqual(50000, lclPort);
            Assert.AreEqual(61000, rmtPort);

            SocketRxIndication rx = new SocketRxIndication();
            Assert.IsTrue(AecDecoder.Sockrxu(Parse(Aec(AecId.Sockrxu).Int(6, 2).Ipv4(127, 0, 0, 1).Int(unchecked((short)40000), 2).Int(5, 2).Int(1, 1).ToArray()), rx));
            Assert.AreEqual(40000, rx.RemotePort);
        }

        [TestMethod]
        public void SockclSocktlsSockerr()
        {
            int id;
            int code;
            Assert.IsTrue(AecDecoder.Sockcl(Parse(Aec(AecId.Sockcl).Int(9, 2).ToArray()), out id));
            Assert.AreEqual(9, id);
            Assert.IsTrue(AecDecoder.Socktls(Parse(Aec(AecId.Socktls).Int(10, 2).ToArray()), out id));
            Assert.AreEqual(10, id);
            Assert.IsTrue(AecDecoder.Sockerr(Parse(Aec(AecId.Sockerr).Int(11, 2).StatusElement((ushort)WincStatus.SocketConnectFailed).ToArray()), out id, out code));
            Assert.AreEqual(11, id);
            Assert.AreEqual((int)WincStatus.SocketConnectFailed, code);
            Assert.IsTrue(AecDecoder.Sockcl(Parse(Aec(AecId.Sockcl).Int(0xFFFF, 2).ToArray()), out id));
            Assert.AreEqual(65535, id, "socket ids are 16-bit unsigned");
            Assert.IsTrue(AecDecoder.Sockerr(Parse(Aec(AecId.Sockerr).Int(0x8000, 2).Int(0x0E0C, 2).ToArray()), out id, out code));
            Assert.AreEqual(0x8000, id);
            Assert.AreEqual((int)WincStatus.SocketNotReady, code);
        }

        [TestMethod]
        public void PingPingerrSntperr()
        {
            byte[] a = new byte[16];
            int len;
            int rtt;
            Assert.IsTrue(AecDecoder.Ping(Parse(Aec(AecId.Ping).Ipv4(8, 8, 4, 4).Int(23, 2).ToArray()), a, 0, out len, out rtt));
            Assert.AreEqual(4, len);
            Assert.AreEqual(23, rtt);
            Assert.AreEqual((byte)4, a[2]);
            int code;
            Assert.IsTrue(AecDecoder.Pingerr(Parse(Aec(AecId.Pingerr).StatusElement((ushort)WincStatus.PingFailed).ToArray()), out code));
            Assert.AreEqual((int)WincStatus.PingFailed, code);
            Assert.IsTrue(AecDecoder.Sntperr(Parse(Aec(AecId.Sntperr).StatusElement((ushort)WincStatus.SntpServerTmo).ToArray()), out code));
            Assert.AreEqual((int)WincStatus.SntpServerTmo, code);
        }

        [TestMethod]
        public void Time()
        {
            uint t;
            Assert.IsTrue(AecDecoder.Time(Parse(Aec(AecId.Time).Utc(1700000000).ToArray()), out t));
            Assert.AreEqual(1700000000u, t);
            Assert.IsTrue(AecDecoder.Time(Parse(Aec(AecId.Time).UInt(0xF0000000, 4).ToArray()), out t));
            Assert.AreEqual(0xF0000000u, t);
            Assert.IsFalse(AecDecoder.Time(Parse(Aec(AecId.Time).Str("2023-11-14T22:13:20.00Z").ToArray()), out t));
        }

        [TestMethod]
        public void OtaAndOtaerr()
        {
            int op;
            int v;
            Assert.IsTrue(AecDecoder.Ota(Parse(Aec(AecId.Ota).Int(1, 1).Int(2, 1).ToArray()), out op, out v));
            Assert.AreEqual(1, op);
            Assert.AreEqual(2, v);
            Assert.IsTrue(AecDecoder.Otaerr(Parse(Aec(AecId.Otaerr).Int(1, 1).StatusElement((ushort)WincStatus.OtaTimeout).ToArray()), out op, out v));
            Assert.AreEqual((int)WincStatus.OtaTimeout, v);
        }

        [TestMethod]
        public void DnsresolvAandAaaa()
        {
            byte[] name = new byte[64];
            byte[] addr = new byte[16];
            int type;
            int nameLen;
            int addrLen;
            MessageReader r = Parse(Aec(AecId.Dnsresolv).Int(1, 1).Str("example.com").Ipv4(93, 184, 216, 34).ToArray());
            Assert.IsTrue(AecDecoder.Dnsresolv(r, out type, name, 0, out nameLen, addr, 0, out addrLen));
            Assert.AreEqual(1, type);
            Assert.AreEqual(11, nameLen);
            Assert.AreEqual(4, addrLen);
            Assert.AreEqual((byte)34, addr[3]);

            r = Parse(Aec(AecId.Dnsresolv).Int(28, 1).Str("a.io").Ipv6(Hex.Parse("26 06 28 00 02 20 00 01 02 48 18 93 25 C8 19 46")).ToArray());
            Assert.IsTrue(AecDecoder.Dnsresolv(r, out type, name, 0, out nameLen, addr, 0, out addrLen));
            Assert.AreEqual(28, type);
            Assert.AreEqual(16, addrLen);
            Assert.AreEqual((byte)0x46, addr[15]);

            r = Parse(Aec(AecId.Dnsresolv).Int(5, 1).Str("www.a.io").Str("a.io").ToArray());
            Assert.IsTrue(AecDecoder.Dnsresolv(r, out type, name, 0, out nameLen, addr, 0, out addrLen));
            Assert.AreEqual(0, addrLen, "a CNAME answer carries no address");

            // record types are 16-bit unsigned: ANY (255) as a 1-byte INTEGER is not -1
            r = Parse(Aec(AecId.Dnsresolv).Int(255, 1).Str("a.io").Str("x").ToArray());
            Assert.IsTrue(AecDecoder.Dnsresolv(r, out type, name, 0, out nameLen, addr, 0, out addrLen));
            Assert.AreEqual(255, type);
        }

        [TestMethod]
        public void DnserrBothLayouts()
        {
            byte[] name = new byte[64];
            int code;
            int type;
            int len;
            Assert.IsTrue(AecDecoder.Dnserr(Parse(Aec(AecId.Dnserr).StatusElement((ushort)WincStatus.DnsTimeout).Int(1, 1).Str("x.io").ToArray()), out code, out type, name, 0, out len));
            Assert.AreEqual((int)WincStatus.DnsTimeout, code);
            Assert.AreEqual(1, type);
            Assert.AreEqual(4, len);

            // firmware 3.2: code, text, type, name
            Assert.IsTrue(AecDecoder.Dnserr(Parse(Aec(AecId.Dnserr).StatusElement(0x0504).Str("DNS Non-Existent Domain").Int(1, 1).Str("0000.example.com").ToArray()), out code, out type, name, 0, out len));
            Assert.AreEqual(0x0504, code);
            Assert.AreEqual(1, type);
            Assert.AreEqual(16, len);
            Assert.AreEqual((byte)'0', name[0]);
        }

        [TestMethod]
        public void AssocAndTlserr()
        {
            int id;
            int apSta;
            int rssi;
            byte[] mac = new byte[6];
            Assert.IsTrue(AecDecoder.Assoc(Parse(Aec(AecId.Assoc).Int(1, 2).Int(1, 1).Mac(Bssid).Int(-61, 1).ToArray()), out id, out apSta, mac, 0, out rssi));
            Assert.AreEqual(1, id);
            Assert.AreEqual(1, apSta);
            Assert.AreEqual(-61, rssi);
            CollectionAssert.AreEqual(Bssid, mac);

            int conf;
            int code;
            Assert.IsTrue(AecDecoder.Tlserr(Parse(Aec(AecId.Tlserr).Int(1, 1).StatusElement((ushort)WincStatus.TlsCaCertValidation).ToArray()), out conf, out code));
            Assert.AreEqual(1, conf);
            Assert.AreEqual((int)WincStatus.TlsCaCertValidation, code);
        }
    }
}
