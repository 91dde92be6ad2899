// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Protocol
{
    /// <summary>
    /// One golden vector per encoder, written from the parameter layouts of spec section 4.7 and
    /// winc_cmds.c (types and widths), with the sequence number left at zero.
    /// </summary>
    [TestClass]
    public class WincCommandsTests
    {
        private static CommandWriter NewWriter()
        {
            return new CommandWriter(new CommandBurst(2048));
        }

        private static void Expect(string hex, CommandWriter w)
        {
            byte[] actual = Hex.Of(w.Burst);
            byte[] expected = Hex.Parse(hex);
            CollectionAssert.AreEqual(expected, actual, Hex.Format(actual));
        }

        [TestMethod]
        public void RstAndOtaCommandsWithoutParameters()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Rst(w));
            Assert.IsTrue(WincCommands.Otavfy(w));
            Assert.IsTrue(WincCommands.Otaact(w));
            Assert.IsTrue(WincCommands.Otainv(w));
            Expect("00 0C 00 00 00 00 00 00 | 00 0A 02 00 00 00 00 00 | 00 0A 03 00 00 00 00 00 | 00 0A 04 00 00 00 00 00", w);
        }

        [TestMethod]
        public void Otadl()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Otadl(w));
            Expect("00 0A 01 00 00 01 00 08 | 03 03 00 01 01 00 00 00", w);
        }

        [TestMethod]
        public void OtacHost()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetString(w, CommandId.Otac, (uint)OtaParamId.Host, "fw.example.com", 255));
            Expect("00 0A 00 00 00 02 00 1C | 03 00 00 04 00 00 00 02 | 05 02 00 0E 66 77 2E 65 78 61 6D 70 6C 65 2E 63 6F 6D 00 00", w);
        }

        [TestMethod]
        public void BootQueriesCfgDiNvmc()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigQueryAll(w, CommandId.Cfg));
            Assert.IsTrue(WincCommands.ConfigQueryAll(w, CommandId.Di));
            Assert.IsTrue(WincCommands.ConfigQueryAll(w, CommandId.Nvmc));
            Assert.IsTrue(WincCommands.ConfigQuery(w, CommandId.Cfg, (uint)CfgParamId.Version));
            Expect("00 03 00 00 00 00 00 00 | 00 1A 00 00 00 00 00 00 | 00 1D 00 00 00 00 00 00 | 00 03 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0A", w);
        }

        [TestMethod]
        public void WstacSsidSecurityCredentialsChannel()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetString(w, CommandId.Wstac, (uint)WstaParamId.Ssid, "MyNet", 32));
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.SecType, WincType.Integer, 3));
            Assert.IsTrue(WincCommands.ConfigSetString(w, CommandId.Wstac, (uint)WstaParamId.Credentials, "secret12", 128));
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.Channel, WincType.Integer, 0));
            Expect("00 14 00 00 00 02 00 14 | 03 00 00 04 00 00 00 01 | 05 03 00 05 4D 79 4E 65 74 00 00 00 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 02 00 00 04 00 00 00 03 | "
                + "00 14 00 00 00 02 00 14 | 03 00 00 04 00 00 00 03 | 05 00 00 08 73 65 63 72 65 74 31 32 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 04 | 02 00 00 04 00 00 00 00", w);
        }

        [TestMethod]
        public void WstacBssidSetAndClear()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetBytes(w, CommandId.Wstac, (uint)WstaParamId.Bssid, WincType.MacAddress, Hex.Parse("00 11 22 33 44 55"), 0, 6));
            Assert.IsTrue(WincCommands.ConfigSetBytes(w, CommandId.Wstac, (uint)WstaParamId.Bssid, WincType.MacAddress, null, 0, 0));
            Expect("00 14 00 00 00 02 00 14 | 03 00 00 04 00 00 00 05 | 0B 02 00 06 00 11 22 33 44 55 00 00 | "
                + "00 14 00 00 00 02 00 0C | 03 00 00 04 00 00 00 05 | 0B 00 00 00", w);
        }

        [TestMethod]
        public void WstacTimeoutNetifRoamingMfp()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.ConnTimeout, WincType.Integer, 10000));
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.NetifIdx, WincType.Integer, 0));
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.Roaming, WincType.Integer, 2));
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Wstac, (uint)WstaParamId.MfpType, WincType.Integer, 1));
            Expect("00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 07 | 02 00 00 04 00 00 27 10 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 08 | 02 00 00 04 00 00 00 00 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 09 | 02 00 00 04 00 00 00 02 | "
                + "00 14 00 00 00 02 00 10 | 03 00 00 04 00 00 00 32 | 02 00 00 04 00 00 00 01", w);
        }

        [TestMethod]
        public void WstaEnableDisableQuery()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Wsta(w, true));
            Assert.IsTrue(WincCommands.Wsta(w, false));
            Assert.IsTrue(WincCommands.WstaQuery(w));
            Expect("00 14 01 00 00 01 00 08 | 02 00 00 04 00 00 00 01 | 00 14 01 00 00 01 00 08 | 02 00 00 04 00 00 00 00 | 00 14 01 00 00 00 00 00", w);
        }

        [TestMethod]
        public void WapcHiddenRekeyAndWap()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetBool(w, CommandId.Wapc, (uint)WapParamId.Hidden, true));
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Wapc, (uint)WapParamId.RekeyInterval, WincType.Integer, 86400));
            Assert.IsTrue(WincCommands.Wap(w, true));
            Assert.IsTrue(WincCommands.Wap(w, false));
            Assert.IsTrue(WincCommands.WapQuery(w));
            Expect("00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 05 | 0A 00 00 04 00 00 00 01 | "
                + "00 12 00 00 00 02 00 10 | 03 00 00 04 00 00 00 09 | 02 00 00 04 00 01 51 80 | "
                + "00 12 01 00 00 01 00 08 | 02 00 00 04 00 00 00 01 | 00 12 01 00 00 01 00 08 | 02 00 00 04 00 00 00 00 | 00 12 01 00 00 00 00 00", w);
        }

        [TestMethod]
        public void WscncChannelMaskAndWscn()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Wscnc, (uint)WscnParamId.Chanmask24, WincType.IntegerUnsigned, 0x1FFF));
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Wscnc, (uint)WscnParamId.RssiThresh, WincType.Integer, -80));
            Assert.IsTrue(WincCommands.Wscn(w, true));
            Assert.IsTrue(WincCommands.Wscn(w, false));
            Expect("00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 0B | 03 00 00 04 00 00 1F FF | "
                + "00 13 00 00 00 02 00 10 | 03 00 00 04 00 00 00 06 | 02 00 00 04 FF FF FF B0 | "
                + "00 13 01 00 00 01 00 08 | 03 03 00 01 01 00 00 00 | 00 13 01 00 00 01 00 08 | 03 03 00 01 00 00 00 00", w);
        }

        [TestMethod]
        public void WificRegulatoryDomainPowerSaveCoex()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetString(w, CommandId.Wific, (uint)WifiParamId.RegdomainSelected, "GEN", 6));
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Wific, (uint)WifiParamId.Powersave, WincType.Integer, 1));
            Assert.IsTrue(WincCommands.ConfigSetBool(w, CommandId.Wific, (uint)WifiParamId.CoexEnabled, true));
            Assert.IsTrue(WincCommands.ConfigQuery(w, CommandId.Wific, (uint)WifiParamId.RegdomainAvailable));
            Expect("00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 0A | 05 01 00 03 47 45 4E 00 | "
                + "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 14 | 02 00 00 04 00 00 00 01 | "
                + "00 1C 00 00 00 02 00 10 | 03 00 00 04 00 00 00 1E | 0A 00 00 04 00 00 00 01 | "
                + "00 1C 00 00 00 01 00 08 | 03 00 00 04 00 00 00 0B", w);
        }

        [TestMethod]
        public void NetifcDhcpClientAddressGatewayEtherL2Hostname()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetBool(w, CommandId.Netifc, 0, (uint)NetifParamId.DhcpcEn, true));
            Assert.IsTrue(WincCommands.ConfigSetBytes(w, CommandId.Netifc, 0, (uint)NetifParamId.IpMask, WincType.Ipv4Address, Hex.Parse("C0 A8 01 01 FF FF FF 00"), 0, 8));
            Assert.IsTrue(WincCommands.ConfigSetBytes(w, CommandId.Netifc, 0, (uint)NetifParamId.Gateway, WincType.Ipv4Address, Hex.Parse("C0 A8 01 FE"), 0, 4));
            Assert.IsTrue(WincCommands.ConfigQuery(w, CommandId.Netifc, 0, (uint)NetifParamId.Ether));
            Assert.IsTrue(WincCommands.ConfigSetBool(w, CommandId.Netifc, 1, (uint)NetifParamId.L2Only, false));
            Assert.IsTrue(WincCommands.ConfigSetString(w, CommandId.Netifc, 0, (uint)NetifParamId.Hostname, "nano", 16));
            Expect("00 09 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 0A | 0A 00 00 04 00 00 00 01 | "
                + "00 09 00 00 00 03 00 1C | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 28 | 08 00 00 08 C0 A8 01 01 FF FF FF 00 | "
                + "00 09 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 29 | 08 00 00 04 C0 A8 01 FE | "
                + "00 09 00 00 00 02 00 10 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 02 | "
                + "00 09 00 00 00 03 00 18 | 02 00 00 04 00 00 00 01 | 03 00 00 04 00 00 00 14 | 0A 00 00 04 00 00 00 00 | "
                + "00 09 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 03 | 05 00 00 04 6E 61 6E 6F", w);
        }

        [TestMethod]
        public void NetifcIpv6GlobalAddressUsesFractionalId()
        {
            CommandWriter w = NewWriter();
            byte[] v6 = Hex.Parse("20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 05 40");
            Assert.IsTrue(WincCommands.ConfigSetBytes(w, CommandId.Netifc, 0, WincCommands.FractionalId((int)NetifParamId.Ipv6GloAddr, 1), WincType.Ipv6Address, v6, 0, 17));
            Expect("00 09 00 00 00 03 00 28 | 02 00 00 04 00 00 00 00 | 04 00 00 04 00 3C 00 01 | 09 03 00 11 20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 05 40 00 00 00", w);
        }

        [TestMethod]
        public void DhcpscEnablePoolGateway()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetBool(w, CommandId.Dhcpsc, 0, (uint)DhcpsParamId.Enabled, true));
            Assert.IsTrue(WincCommands.ConfigSetBytes(w, CommandId.Dhcpsc, 0, (uint)DhcpsParamId.PoolStart, WincType.Ipv4Address, Hex.Parse("C0 A8 01 32"), 0, 4));
            Assert.IsTrue(WincCommands.ConfigQueryAll(w, CommandId.Dhcpsc, 0));
            Expect("00 04 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 01 | 0A 00 00 04 00 00 00 01 | "
                + "00 04 00 00 00 03 00 18 | 02 00 00 04 00 00 00 00 | 03 00 00 04 00 00 00 02 | 08 00 00 04 C0 A8 01 32 | "
                + "00 04 00 00 00 01 00 08 | 02 00 00 04 00 00 00 00", w);
        }

        [TestMethod]
        public void DnscTimeoutAndDnsresolv()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Dnsc, (uint)DnsParamId.DnsTimeout, WincType.IntegerUnsigned, 100));
            Assert.IsTrue(WincCommands.Dnsresolv(w, DnsRecordType.A, "example.com"));
            Assert.IsTrue(WincCommands.Dnsresolv(w, DnsRecordType.Aaaa, "a.io"));
            Expect("00 05 00 00 00 02 00 10 | 03 00 00 04 00 00 00 03 | 03 00 00 04 00 00 00 64 | "
                + "00 05 01 00 00 02 00 18 | 03 03 00 01 01 00 00 00 | 05 01 00 0B 65 78 61 6D 70 6C 65 2E 63 6F 6D 00 | "
                + "00 05 01 00 00 02 00 10 | 03 03 00 01 1C 00 00 00 | 05 00 00 04 61 2E 69 6F", w);
        }

        [TestMethod]
        public void SntpcServerStaticEnable()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetString(w, CommandId.Sntpc, (uint)SntpParamId.NtpSvr, "pool.ntp.org", 128));
            Assert.IsTrue(WincCommands.ConfigSetBool(w, CommandId.Sntpc, (uint)SntpParamId.NtpStatic, true));
            Assert.IsTrue(WincCommands.ConfigSetBool(w, CommandId.Sntpc, (uint)SntpParamId.NtpEnabled, true));
            Expect("00 0D 00 00 00 02 00 18 | 03 00 00 04 00 00 00 03 | 05 00 00 0C 70 6F 6F 6C 2E 6E 74 70 2E 6F 72 67 | "
                + "00 0D 00 00 00 02 00 10 | 03 00 00 04 00 00 00 02 | 0A 00 00 04 00 00 00 01 | "
                + "00 0D 00 00 00 02 00 10 | 03 00 00 04 00 00 00 01 | 0A 00 00 04 00 00 00 01", w);
        }

        [TestMethod]
        public void TimeQueryAndSet()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Time(w, TimeFormat.UtcUnix));
            Assert.IsTrue(WincCommands.TimeSet(w, TimeFormat.UtcUnix, 1700000000));
            Expect("00 10 00 00 00 01 00 08 | 03 03 00 01 01 00 00 00 | 00 10 00 00 00 02 00 10 | 03 03 00 01 01 00 00 00 | 03 00 00 04 65 53 F1 00", w);
        }

        [TestMethod]
        public void PingAddressAndHost()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Ping(w, Hex.Parse("08 08 08 08"), 0, 4, 0));
            Assert.IsTrue(WincCommands.Ping(w, "a.b", 4));
            Expect("00 0B 00 00 00 01 00 08 | 08 00 00 04 08 08 08 08 | 00 0B 00 00 00 02 00 10 | 05 01 00 03 61 2E 62 00 | 03 03 00 01 04 00 00 00", w);
        }

        [TestMethod]
        public void TlscServerNamePeerAuthAndTlscsc()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.ConfigSetString(w, CommandId.Tlsc, 1, (uint)TlsParamId.ServerName, "example.com", 256));
            Assert.IsTrue(WincCommands.ConfigSetBool(w, CommandId.Tlsc, 2, (uint)TlsParamId.PeerAuth, true));
            Assert.IsTrue(WincCommands.ConfigSetInteger(w, CommandId.Tlscsc, 1, WincCommands.FractionalId((int)TlsCslParamId.CipherSuites, 0), WincType.IntegerUnsigned, 0xC02B));
            Expect("00 11 00 00 00 03 00 20 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 05 | 05 01 00 0B 65 78 61 6D 70 6C 65 2E 63 6F 6D 00 | "
                + "00 11 00 00 00 03 00 18 | 03 03 00 01 02 00 00 00 | 03 00 00 04 00 00 00 28 | 0A 00 00 04 00 00 00 01 | "
                + "00 11 01 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 01 00 00 | 03 00 00 04 00 00 C0 2B", w);
        }

        [TestMethod]
        public void FsListDeleteInfo()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.FsOp(w, FsOperation.List, (int)FsFileType.Certificate, null));
            Assert.IsTrue(WincCommands.FsOp(w, FsOperation.Delete, (int)FsFileType.Certificate, "ca"));
            Assert.IsTrue(WincCommands.FsOp(w, FsOperation.Info, -1, null));
            Expect("00 07 00 00 00 02 00 10 | 03 03 00 01 02 00 00 00 | 02 00 00 04 00 00 00 01 | "
                + "00 07 00 00 00 03 00 18 | 03 03 00 01 03 00 00 00 | 02 00 00 04 00 00 00 01 | 05 02 00 02 63 61 00 00 | "
                + "00 07 00 00 00 01 00 08 | 03 03 00 01 04 00 00 00", w);
        }

        [TestMethod]
        public void FsLoadAndUploadBlocks()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.FsLoad(w, FsFileType.Certificate, "ExampleCert", 891));
            Assert.IsTrue(WincCommands.FsTsfr(w, 20489, 1, Hex.Parse("30 82 03 77"), 0, 4, -1));
            Assert.IsTrue(WincCommands.FsTsfr(w, 20489, 7, Hex.Parse("AA BB CC"), 0, 3, 0x1234));
            Assert.IsTrue(WincCommands.FsTsfrReport(w, 20489));
            Expect("00 07 00 00 00 05 00 30 | 03 03 00 01 01 00 00 00 | 03 03 00 01 01 00 00 00 | 03 03 00 01 05 00 00 00 | 05 01 00 0B 45 78 61 6D 70 6C 65 43 65 72 74 00 | 03 02 00 02 03 7B 00 00 | "
                + "00 07 01 00 00 03 00 18 | 03 02 00 02 50 09 00 00 | 02 00 00 04 00 00 00 01 | 06 00 00 04 30 82 03 77 | "
                + "00 07 01 00 00 04 00 20 | 03 02 00 02 50 09 00 00 | 02 00 00 04 00 00 00 07 | 06 01 00 03 AA BB CC 00 | 02 00 00 04 00 00 12 34 | "
                + "00 07 01 00 00 01 00 08 | 03 02 00 02 50 09 00 00", w);
        }

        [TestMethod]
        public void FsStoreAndDownloadBlock()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.FsStore(w, FsFileType.PrivateKey, "key"));
            Assert.IsTrue(WincCommands.FsRecv(w, 20489, 1, 128));
            Expect("00 07 00 00 00 04 00 20 | 03 03 00 01 05 00 00 00 | 03 03 00 01 02 00 00 00 | 03 03 00 01 05 00 00 00 | 05 01 00 03 6B 65 79 00 | "
                + "00 07 01 00 00 03 00 18 | 03 02 00 02 50 09 00 00 | 03 03 00 01 01 00 00 00 | 03 02 00 02 00 80 00 00", w);
        }

        [TestMethod]
        public void SockoUdpWithoutVersionAndTcpIpv6()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Socko(w, SocketProtocol.Udp, 0));
            Assert.IsTrue(WincCommands.Socko(w, SocketProtocol.Tcp, 6));
            Expect("00 0E 00 00 00 01 00 08 | 03 03 00 01 01 00 00 00 | 00 0E 00 00 00 02 00 10 | 03 03 00 01 02 00 00 00 | 03 03 00 01 06 00 00 00", w);
        }

        [TestMethod]
        public void Sockbl()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Sockbl(w, 3, 80, 2));
            Assert.IsTrue(WincCommands.Sockbl(w, 4, 5353, 0));
            Expect("00 0E 01 00 00 03 00 18 | 03 02 00 02 00 03 00 00 | 03 02 00 02 00 50 00 00 | 03 03 00 01 02 00 00 00 | "
                + "00 0E 01 00 00 02 00 10 | 03 02 00 02 00 04 00 00 | 03 02 00 02 14 E9 00 00", w);
        }

        [TestMethod]
        public void SockbrIpv4Ipv6AndHostName()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Sockbr(w, 3, Hex.Parse("C0 A8 00 64"), 0, 4, 443));
            Assert.IsTrue(WincCommands.Sockbr(w, 1, Hex.Parse("20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 01"), 0, 16, 80));
            Assert.IsTrue(WincCommands.Sockbr(w, 2, "example.com", 8080));
            Expect("00 0E 02 00 00 03 00 18 | 03 02 00 02 00 03 00 00 | 08 00 00 04 C0 A8 00 64 | 03 02 00 02 01 BB 00 00 | "
                + "00 0E 02 00 00 03 00 24 | 03 02 00 02 00 01 00 00 | 09 00 00 10 20 01 0D B8 00 00 00 00 00 00 00 00 00 00 00 01 | 03 02 00 02 00 50 00 00 | "
                + "00 0E 02 00 00 03 00 20 | 03 02 00 02 00 02 00 00 | 05 01 00 0B 65 78 61 6D 70 6C 65 2E 63 6F 6D 00 | 03 02 00 02 1F 90 00 00", w);
        }

        [TestMethod]
        public void SockbmAndSocktls()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Sockbm(w, 2, Hex.Parse("E0 00 00 FB"), 0, 4, 5353));
            Assert.IsTrue(WincCommands.Socktls(w, 3, 1));
            Expect("00 0E 03 00 00 03 00 18 | 03 02 00 02 00 02 00 00 | 08 00 00 04 E0 00 00 FB | 03 02 00 02 14 E9 00 00 | "
                + "00 0E 04 00 00 02 00 10 | 03 02 00 02 00 03 00 00 | 03 03 00 01 01 00 00 00", w);
        }

        [TestMethod]
        public void SockwrWithAndWithoutSequenceNumber()
        {
            CommandWriter w = NewWriter();
            byte[] hello = Hex.Parse("68 65 6C 6C 6F");
            Assert.IsTrue(WincCommands.Sockwr(w, 3, 1000, hello, 0, 5));
            Assert.IsTrue(WincCommands.Sockwr(w, 3, -1, hello, 1, 4));
            Expect("00 0E 05 00 00 04 00 24 | 03 02 00 02 00 03 00 00 | 03 02 00 02 00 05 00 00 | 02 00 00 04 00 00 03 E8 | 06 03 00 05 68 65 6C 6C 6F 00 00 00 | "
                + "00 0E 05 00 00 03 00 18 | 03 02 00 02 00 03 00 00 | 03 02 00 02 00 04 00 00 | 06 00 00 04 65 6C 6C 6F", w);
        }

        [TestMethod]
        public void Sockwrto()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Sockwrto(w, 4, Hex.Parse("0A 00 00 02"), 0, 4, 5000, -1, Hex.Parse("01 02 03"), 0, 3));
            Assert.IsTrue(WincCommands.Sockwrto(w, 4, Hex.Parse("0A 00 00 02"), 0, 4, 5000, 7, Hex.Parse("01 02 03"), 0, 3));
            Expect("00 0E 06 00 00 05 00 28 | 03 02 00 02 00 04 00 00 | 08 00 00 04 0A 00 00 02 | 03 02 00 02 13 88 00 00 | 03 02 00 02 00 03 00 00 | 06 01 00 03 01 02 03 00 | "
                + "00 0E 06 00 00 06 00 30 | 03 02 00 02 00 04 00 00 | 08 00 00 04 0A 00 00 02 | 03 02 00 02 13 88 00 00 | 03 02 00 02 00 03 00 00 | 02 00 00 04 00 00 00 07 | 06 01 00 03 01 02 03 00", w);
        }

        [TestMethod]
        public void SockrdAndSockrdbuf()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Sockrd(w, 3, SocketOutputMode.Binary, 1460));
            Assert.IsTrue(WincCommands.Sockrdbuf(w, 3, SocketOutputMode.AsciiExtended, 100));
            Expect("00 0E 07 00 00 03 00 18 | 03 02 00 02 00 03 00 00 | 03 03 00 01 02 00 00 00 | 02 00 00 04 00 00 05 B4 | "
                + "00 0E 08 00 00 03 00 18 | 03 02 00 02 00 03 00 00 | 03 03 00 01 03 00 00 00 | 02 00 00 04 00 00 00 64", w);
        }

        [TestMethod]
        public void SockclAndSocklst()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Sockcl(w, 3));
            Assert.IsTrue(WincCommands.Socklst(w, 0));
            Assert.IsTrue(WincCommands.Socklst(w, 7));
            Expect("00 0E 09 00 00 01 00 08 | 03 02 00 02 00 03 00 00 | 00 0E 0A 00 00 00 00 00 | 00 0E 0A 00 00 01 00 08 | 03 02 00 02 00 07 00 00", w);
        }

        [TestMethod]
        public void SockcCreditWindowAndNoDelay()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Sockc(w, 3, SockParamId.AsyncNextSn, 2920));
            Assert.IsTrue(WincCommands.Sockc(w, 3, SockParamId.AsyncWinSz, 7360));
            Assert.IsTrue(WincCommands.Sockc(w, 3, SockParamId.SoNodelay, true));
            Expect("00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 03 00 00 | 03 00 00 04 00 00 00 64 | 03 00 00 04 00 00 0B 68 | "
                + "00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 03 00 00 | 03 00 00 04 00 00 00 65 | 03 00 00 04 00 00 1C C0 | "
                + "00 0E 0B 00 00 03 00 18 | 03 02 00 02 00 03 00 00 | 03 00 00 04 00 00 00 02 | 0A 00 00 04 00 00 00 01", w);
        }

        [TestMethod]
        public void Assoc()
        {
            CommandWriter w = NewWriter();
            Assert.IsTrue(WincCommands.Assoc(w, 0));
            Assert.IsTrue(WincCommands.Assoc(w, 1));
            Expect("00 16 00 00 00 00 00 00 | 00 16 00 00 00 01 00 08 | 03 02 00 02 00 01 00 00", w);
        }
    }
}
