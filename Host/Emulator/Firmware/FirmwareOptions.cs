// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Net;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// What the emulated module is and what world it lives in: identity, access points in range, the
    /// DHCP lease it gets, DNS names it can resolve, timing, and how its network side maps onto the
    /// host. Set these before the firmware boots; later changes go through <see cref="ModuleFirmware"/>.
    /// </summary>
    public sealed class FirmwareOptions
    {
        /// <summary>Firmware major version (CFG VERSION X).</summary>
        public int VersionMajor { get; set; } = 3;

        /// <summary>Firmware minor version (CFG VERSION Y).</summary>
        public int VersionMinor { get; set; } = 2;

        /// <summary>Firmware patch number (CFG PATCH).</summary>
        public int VersionPatch { get; set; }

        /// <summary>Build id (CFG BUILD_HASH, up to 5 characters).</summary>
        public string BuildHash { get; set; } = "a1ac4";

        /// <summary>Build time (CFG BUILD_TIME).</summary>
        public DateTime BuildTime { get; set; } = new DateTime(2026, 4, 23, 12, 0, 0, DateTimeKind.Utc);

        /// <summary>Device name (CFG DEVICE_NAME default).</summary>
        public string DeviceName { get; set; } = "WINCS02";

        /// <summary>Device id (DI DEVICE_ID).</summary>
        public uint DeviceId { get; set; } = 0x29C70053;

        /// <summary>Manufacturer (GMI).</summary>
        public string Manufacturer { get; set; } = "Microchip Technology Inc.";

        /// <summary>Model (GMM).</summary>
        public string Model { get; set; } = "WINCS02";

        /// <summary>MAC address of interface 0 (interface 1 adds one to the last byte).</summary>
        public byte[] MacAddress { get; set; } = { 0x00, 0x04, 0xA3, 0x12, 0x34, 0x56 };

        /// <summary>Time from reset to the BOOT AEC (a real module takes about 3.5 s).</summary>
        public TimeSpan BootDelay { get; set; } = TimeSpan.FromMilliseconds(5);

        /// <summary>Time from WSTA(1) to link up (or to the security failure).</summary>
        public TimeSpan AssociationDelay { get; set; } = TimeSpan.FromMilliseconds(5);

        /// <summary>Time from link up to the DHCP lease (also the soft AP's lease time).</summary>
        public TimeSpan DhcpDelay { get; set; } = TimeSpan.FromMilliseconds(5);

        /// <summary>Connection attempt timeout used when WSTAC CONN_TIMEOUT is 0.</summary>
        public TimeSpan DefaultConnectTimeout { get; set; } = TimeSpan.FromMilliseconds(100);

        /// <summary>Duration of a scan.</summary>
        public TimeSpan ScanDuration { get; set; } = TimeSpan.FromMilliseconds(5);

        /// <summary>Answer time of a known DNS name.</summary>
        public TimeSpan DnsDelay { get; set; } = TimeSpan.FromMilliseconds(2);

        /// <summary>Delay before an SNTP result (TIME or SNTPERR).</summary>
        public TimeSpan SntpDelay { get; set; } = TimeSpan.FromMilliseconds(5);

        /// <summary>Time to wait for an unreachable NTP server before SNTPERR.</summary>
        public TimeSpan SntpTimeout { get; set; } = TimeSpan.FromMilliseconds(50);

        /// <summary>Fixed round trip time reported by PING for reachable targets (no ICMP is sent).</summary>
        public int PingRttMilliseconds { get; set; } = 2;

        /// <summary>Time before PINGERR for an unreachable target.</summary>
        public TimeSpan PingTimeout { get; set; } = TimeSpan.FromMilliseconds(50);

        /// <summary>TCP connect timeout of SOCKBR.</summary>
        public TimeSpan TcpConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>Host clock the module's time follows (until TIME sets an offset).</summary>
        public Func<DateTime> Clock { get; set; } = () => DateTime.UtcNow;

        /// <summary>Access points in range.</summary>
        public List<AccessPoint> AccessPoints { get; } = new List<AccessPoint>();

        /// <summary>Regulatory domains (WIFIC REGDOMAIN_AVAILABLE, at most 6) and their 2.4 GHz channel masks.</summary>
        public Dictionary<string, int> RegulatoryDomains { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            { "GEN", 0x1FFF },
            { "USA", 0x07FF },
            { "EMEA", 0x1FFF },
            { "JPN", 0x3FFF },
        };

        /// <summary>Regulatory domain selected at boot.</summary>
        public string RegulatoryDomain { get; set; } = "GEN";

        /// <summary>Address the station is leased by DHCP. It is not a host address: the network side is the host loopback.</summary>
        public IPAddress StationAddress { get; set; } = IPAddress.Parse("192.168.1.100");

        /// <summary>Prefix length of the leased network.</summary>
        public int StationPrefixLength { get; set; } = 24;

        /// <summary>Gateway given with the lease.</summary>
        public IPAddress Gateway { get; set; } = IPAddress.Parse("192.168.1.1");

        /// <summary>DNS server given with the lease.</summary>
        public IPAddress DnsServer { get; set; } = IPAddress.Parse("192.168.1.1");

        /// <summary>When true the station also reports an IPv6 link-local address (and <see cref="StationGlobalIPv6"/> if set).</summary>
        public bool EnableIPv6 { get; set; }

        /// <summary>Global IPv6 address reported after the link-local one, or null.</summary>
        public IPAddress StationGlobalIPv6 { get; set; }

        /// <summary>Soft AP address used when NETIFC IP_MASK was never set.</summary>
        public IPAddress SoftApAddress { get; set; } = IPAddress.Parse("192.168.1.1");

        /// <summary>Number of addresses the soft AP's DHCP server leases from POOL_START.</summary>
        public int DhcpPoolSize { get; set; } = 10;

        /// <summary>Names the module can resolve (case-insensitive); "localhost" always resolves to loopback.</summary>
        public Dictionary<string, IPAddress[]> DnsTable { get; } = new Dictionary<string, IPAddress[]>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Names whose queries never get an answer: DNSERR DNS_TIMEOUT after the DNSC DNS_TIMEOUT.</summary>
        public HashSet<string> SlowDnsNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Status reported by DNSERR for an unknown name.</summary>
        public ushort UnknownNameStatus { get; set; } = StatusCode.DnsError;

        /// <summary>NTP servers that answer (names or literals); any other configured server times out.</summary>
        public HashSet<string> NtpServers { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "pool.ntp.org", "0.pool.ntp.org", "1.pool.ntp.org", "time.google.com", "time.windows.com", "time.nist.gov",
        };

        /// <summary>Format of the TIME AEC sent after an SNTP update (the API example uses 2, NTP seconds).</summary>
        public int SntpTimeFormat { get; set; } = 2;

        /// <summary>Addresses answering PING besides loopback, the module's own, gateway, DNS server and soft AP clients.</summary>
        public HashSet<IPAddress> PingableAddresses { get; } = new HashSet<IPAddress>();

        /// <summary>
        /// When false (default) every host socket the module opens is bound to, and connects to, loopback
        /// only; destinations that do not map to loopback fail like an unreachable network.
        /// </summary>
        public bool AllowNonLoopback { get; set; }

        /// <summary>
        /// Remote addresses as the module sees them mapped to host addresses (e.g. an address the DNS
        /// table hands out mapped to 127.0.0.1). The module's own addresses always map to loopback.
        /// </summary>
        public Dictionary<IPAddress, IPAddress> AddressMap { get; } = new Dictionary<IPAddress, IPAddress>();

        /// <summary>
        /// Module listen port to host port (SOCKBL). Unmapped ports listen on the same host port; a
        /// mapping to 0 takes an ephemeral host port (see <see cref="ModuleFirmware.TryGetHostEndPoint"/>).
        /// </summary>
        public Dictionary<int, int> ListenPortMap { get; } = new Dictionary<int, int>();

        /// <summary>Sockets the module supports at once (listeners and accepted connections included).</summary>
        public int MaxSockets { get; set; } = 10;

        /// <summary>Default SOCKC SO_SNDBUF (1460..32768): the module transmit buffer; a SOCKWR that does not fit answers SOCKET_NOT_READY.</summary>
        public int SocketTxBufferSize { get; set; } = 8192;

        /// <summary>Default SOCKC SO_RCVBUF (1460..32768): received bytes held for the host MCU before reading from the host socket pauses.</summary>
        public int SocketRxBufferSize { get; set; } = 16384;

        /// <summary>Datagrams a UDP socket queues before dropping new ones.</summary>
        public int UdpQueueDepth { get; set; } = 16;

        /// <summary>File store capacity in bytes (the real module has about 60 KB).</summary>
        public int FileStoreCapacity { get; set; } = 61440;

        /// <summary>Files the store holds at most.</summary>
        public int FileStoreHandles { get; set; } = 32;

        /// <summary>Largest OTA image accepted.</summary>
        public int OtaMaxImageSize { get; set; } = 1024 * 1024;

        /// <summary>Decides whether a downloaded OTA image verifies; null accepts any non-empty image.</summary>
        public Func<byte[], bool> OtaImageValidator { get; set; }

        /// <summary>
        /// Reads the firmware version an OTA image carries (major.minor.build = CFG VERSION X.Y and PATCH),
        /// or null. When set, an image that was verified and activated (OTAACT) runs from the next reset
        /// or RST on: the firmware sets <see cref="VersionMajor"/>, <see cref="VersionMinor"/> and
        /// <see cref="VersionPatch"/> to the image's version (CFG, GMR and DI IMAGE_INFO report it) and the
        /// latent slot is empty again. Null (default), or a null result: activation changes nothing at reset.
        /// </summary>
        public Func<byte[], Version> OtaImageVersion { get; set; }
    }
}
