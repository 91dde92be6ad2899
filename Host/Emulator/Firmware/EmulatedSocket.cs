// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// State of one module socket and the host objects behind it. Fields are owned by the module CPU;
    /// only <see cref="RxHeld"/> and <see cref="RxSpace"/> are shared with the host I/O tasks.
    /// </summary>
    internal sealed class EmulatedSocket
    {
        public EmulatedSocket(ushort id, bool udp, bool ipv6, ConfigTable config)
        {
            Id = id;
            IsUdp = udp;
            IsIPv6 = ipv6;
            Config = config;
        }

        public ushort Id { get; }

        public bool IsUdp { get; }

        public bool IsIPv6 { get; }

        public AddressFamily Family
        {
            get { return IsIPv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork; }
        }

        /// <summary>SOCKC parameters of this socket.</summary>
        public ConfigTable Config { get; }

        public SocketPhase Phase { get; set; }

        /// <summary>TLSC configuration used by SOCKTLS (0 = plain).</summary>
        public int TlsConf { get; set; }

        /// <summary>True between the TCP connection and the end of the TLS handshake.</summary>
        public bool TlsPending { get; set; }

        /// <summary>Local endpoint as the module reports it (module address, module port).</summary>
        public IPAddress LocalAddress { get; set; }

        public int LocalPort { get; set; }

        /// <summary>Remote endpoint as the module reports it.</summary>
        public IPAddress RemoteAddress { get; set; }

        public int RemotePort { get; set; }

        /// <summary>UDP default destination on the host (SOCKBR).</summary>
        public IPEndPoint HostRemote { get; set; }

        /// <summary>Sequence number the next SOCKWR/SOCKWRTO must carry.</summary>
        public ushort TxExpectedSeq { get; set; }

        /// <summary>Bytes accepted by SOCKWR that the host socket has not taken yet.</summary>
        public int TxQueued { get; set; }

        /// <summary>Sequence number of the next byte pushed to the host in ACKED mode.</summary>
        public ushort RxSeq { get; set; }

        public ByteQueue Rx { get; } = new ByteQueue();

        public Queue<Datagram> Datagrams { get; } = new Queue<Datagram>();

        /// <summary>Polled UDP: the head datagram has been announced with SOCKRXU.</summary>
        public bool DatagramAnnounced { get; set; }

        public bool PeerClosed { get; set; }

        public bool CloseAnnounced { get; set; }

        /// <summary>Bytes read from the host socket and not yet handed to the host MCU (back-pressure).</summary>
        public long RxHeld;

        /// <summary>SO_RCVBUF: <see cref="RxHeld"/> at which the host reader pauses.</summary>
        public int RxLimit;

        public SemaphoreSlim RxSpace { get; } = new SemaphoreSlim(0, int.MaxValue);

        public CancellationTokenSource Cancel { get; } = new CancellationTokenSource();

        public Socket Host { get; set; }

        public List<Socket> MulticastSockets { get; } = new List<Socket>();

        public TcpListener Listener { get; set; }

        /// <summary>Port the module listens on (SOCKBL) and the host port really used.</summary>
        public int ModuleListenPort { get; set; }

        public IPEndPoint HostListenEndPoint { get; set; }

        public Stream Stream { get; set; }

        public Channel<byte[]> TxChannel { get; set; }

        public Task Writer { get; set; }

        public long AsyncWindow
        {
            get { return Config.GetInteger(101); }
        }

        public long AsyncMaxFrame
        {
            get { return Config.GetInteger(102); }
        }

        public ushort AsyncNextSn
        {
            get { return (ushort)Config.GetInteger(100); }
        }

        /// <summary>Releases every host object at once (reset or final close).</summary>
        public void Abort()
        {
            Phase = SocketPhase.Closed;
            try
            {
                Cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
            }

            TxChannel?.Writer.TryComplete();
            Quietly(() => Listener?.Stop());
            Quietly(() => Stream?.Dispose());
            Quietly(() => Host?.Dispose());
            foreach (Socket s in MulticastSockets)
            {
                Quietly(s.Dispose);
            }
        }

        private static void Quietly(Action action)
        {
            try
            {
                action();
            }
            catch (Exception)
            {
                // Closing host objects that are already broken has nothing left to report.
            }
        }
    }
}
