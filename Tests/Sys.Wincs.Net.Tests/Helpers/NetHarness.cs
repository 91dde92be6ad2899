// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Net.Tests.Helpers
{
    /// <summary>
    /// A ready driver (scripted transport) with the net service on top, an application callback that
    /// logs every event, and an optional auto-answer of transmitted commands (OK, SOCKO with ids 1, 2...).
    /// </summary>
    public sealed class NetHarness
    {
        private const int MaxEvents = 512;
        private readonly uint[] _sockets = new uint[MaxEvents];
        private readonly NetSockEvent[] _events = new NetSockEvent[MaxEvents];
        private readonly object[] _handles = new object[MaxEvents];
        private int _answered;
        private readonly int[] _protocols = new int[256];
        private ushort _faultId;
        private ushort _faultStatus;
        private int _faultCount;

        /// <summary>Creates the harness.</summary>
        /// <param name="requests">Driver request pool size.</param>
        public NetHarness(int requests)
        {
            // long write tests look back over hundreds of transmissions
            Harness = new DriverHarness(requests, 512);
            Harness.BringUp();
            _answered = Device.SentCount;
            Service = new WincsNetService(Harness.Driver);
            Callback = OnEvent;
            Assert.AreEqual((int)WincsResult.Pass, (int)Service.SockSrvCtrl(NetSockService.SockSetCallback, Callback));
            NextSockId = 1;
        }

        /// <summary>
        /// Makes the module answer every command as it is transmitted (so blocking calls, which run
        /// Tasks themselves, complete): STATUS OK, SOCKO ids, and a SOCKIND after each TCP SOCKBR
        /// when <see cref="AutoConnect"/> is set.
        /// </summary>
        public void AutoRespond()
        {
            Device.Transmitted = OnTransmitted;
        }

        /// <summary>Gets or sets a value indicating whether an auto-answered TCP SOCKBR is followed by SOCKIND.</summary>
        public bool AutoConnect { get; set; }

        /// <summary>Gets the driver harness.</summary>
        public DriverHarness Harness { get; private set; }

        /// <summary>Gets the transport.</summary>
        public ScriptedMessageDevice Device => Harness.Device;

        /// <summary>Gets the service.</summary>
        public WincsNetService Service { get; private set; }

        /// <summary>Gets the logging callback.</summary>
        public NetSockCallback Callback { get; private set; }

        /// <summary>Gets or sets the module socket id the next auto-answered SOCKO gets.</summary>
        public int NextSockId { get; set; }

        /// <summary>Gets or sets an action run inside the callback after logging (the application's reaction).</summary>
        public NetSockCallback Reaction { get; set; }

        /// <summary>Gets the number of events seen.</summary>
        public int EventCount { get; private set; }

        /// <summary>Index of the last transmitted burst.</summary>
        public int Last => Device.SentCount - 1;

        /// <summary>Runs one driver task step (1 ms).</summary>
        public void Step()
        {
            Harness.Run(1, 1);
        }

        /// <summary>Marks everything transmitted so far as handled by the test (Answer will not answer it).</summary>
        public void Skip()
        {
            _answered = Device.SentCount;
        }

        /// <summary>Answers every transmitted command not answered yet: RSP with a new id for SOCKO, STATUS OK for all.</summary>
        /// <returns>The number of bursts answered.</returns>
        public int Answer()
        {
            int answered = 0;
            while (_answered < Device.SentCount)
            {
                answered++;
                int b = _answered++;
                for (int c = 0; c < Device.GetSentCommandCount(b); c++)
                {
                    ushort id = Device.GetSentId(b, c);
                    if (_faultCount > 0 && id == _faultId)
                    {
                        _faultCount--;
                        Device.AnswerStatus(b, c, _faultStatus);
                        continue;
                    }

                    if (id == (ushort)CommandId.Socko)
                    {
                        // remember the protocol (first parameter: UINT1 at byte 12 of the command)
                        _protocols[NextSockId & 0xFF] = Device.GetSent(b)[CommandOffset(b, c) + 12];
                        Device.Deliver(Device.Response(b, c).Int(NextSockId++, 2).ToArray());
                    }

                    Device.AnswerStatus(b, c, 0);
                    if (id == (ushort)CommandId.Sockbr && AutoConnect)
                    {
                        byte[] sent = Device.GetSent(b);
                        int o = CommandOffset(b, c);
                        int sockId = (sent[o + 12] << 8) | sent[o + 13];
                        if (_protocols[sockId & 0xFF] == 2 && sent[o + 16] == 8)
                        {
                            int port = (sent[o + 28] << 8) | sent[o + 29];
                            Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(sockId, 2).Ipv4(192, 168, 1, 100).UInt(50000, 2)
                                .Ipv4(sent[o + 20], sent[o + 21], sent[o + 22], sent[o + 23]).UInt((uint)port, 2).ToArray());
                        }
                    }
                }
            }

            return answered;
        }

        /// <summary>Makes <see cref="Answer"/> answer the next <paramref name="count"/> commands <paramref name="id"/> with <paramref name="status"/>.</summary>
        /// <param name="id">Command.</param>
        /// <param name="status">Status to answer.</param>
        /// <param name="count">How many times.</param>
        public void FailNext(CommandId id, WincStatus status, int count)
        {
            _faultId = (ushort)id;
            _faultStatus = (ushort)status;
            _faultCount = count;
        }

        /// <summary>Steps and answers until nothing new is transmitted (bounded).</summary>
        public void Settle()
        {
            int stable = 0;
            for (int i = 0; i < 100; i++)
            {
                int before = Device.SentCount;
                Step();
                if (Answer() == 0 && Device.SentCount == before)
                {
                    if (++stable >= 2)
                    {
                        Step();
                        return;
                    }
                }
                else
                {
                    stable = 0;
                }
            }
        }

        /// <summary>Opens a socket with auto-answers and returns its id.</summary>
        /// <param name="config">The configuration.</param>
        /// <returns>The socket id.</returns>
        public uint Open(NetSocket config)
        {
            Assert.AreEqual((int)WincsResult.Pass, (int)Service.SockSrvCtrl(NetSockService.SockTcpOpen, config));
            Settle();
            return config.SockId;
        }

        /// <summary>Opens a TCP IPv4 client to 192.168.0.100 and connects it with SOCKIND.</summary>
        /// <param name="port">Remote port.</param>
        /// <param name="sockId">Module socket id it gets.</param>
        /// <returns>The socket id.</returns>
        public uint OpenConnectedClient(int port, int sockId)
        {
            NetSocket config = Client(NetSockType.Tcp, "192.168.0.100", port);
            NextSockId = sockId;
            uint s = Open(config);
            Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(sockId, 2).Ipv4(192, 168, 0, 10).UInt(49152, 2).Ipv4(192, 168, 0, 100).UInt((uint)port, 2).ToArray());
            Settle();
            Assert.AreEqual(1, Count(s, NetSockEvent.Connected));
            return s;
        }

        /// <summary>A client configuration.</summary>
        /// <param name="type">TCP or UDP.</param>
        /// <param name="address">Server.</param>
        /// <param name="port">Server port.</param>
        /// <returns>The configuration.</returns>
        public static NetSocket Client(NetSockType type, string address, int port)
        {
            NetSocket c = new NetSocket();
            c.BindType = BindType.Remote;
            c.SockType = type;
            c.SockAddr = address;
            c.SockPort = port;
            c.IpType = 4;
            return c;
        }

        /// <summary>A server configuration.</summary>
        /// <param name="type">TCP or UDP.</param>
        /// <param name="port">Local port.</param>
        /// <returns>The configuration.</returns>
        public static NetSocket Server(NetSockType type, int port)
        {
            NetSocket c = new NetSocket();
            c.BindType = BindType.Local;
            c.SockType = type;
            c.SockPort = port;
            c.IpType = 4;
            return c;
        }

        /// <summary>Delivers a SOCKRXT (acknowledged mode) with <paramref name="data"/>.</summary>
        /// <param name="sockId">Module socket id.</param>
        /// <param name="sequence">Sequence number.</param>
        /// <param name="data">Payload.</param>
        public void Receive(int sockId, int sequence, byte[] data)
        {
            Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockrxt).Int(sockId, 2).UInt((uint)data.Length, 2).UInt((uint)sequence, 2).Bytes(data).ToArray());
        }

        /// <summary>Delivers a SOCKCL AEC (peer closed).</summary>
        /// <param name="sockId">Module socket id.</param>
        public void PeerClose(int sockId)
        {
            Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockcl).Int(sockId, 2).ToArray());
        }

        /// <summary>Number of (socket, event) events seen.</summary>
        /// <param name="socket">Socket.</param>
        /// <param name="netEvent">Event.</param>
        /// <returns>Count.</returns>
        public int Count(uint socket, NetSockEvent netEvent)
        {
            int n = 0;
            for (int i = 0; i < EventCount && i < MaxEvents; i++)
            {
                if (_sockets[i] == socket && _events[i] == netEvent)
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>Number of events of a kind, any socket.</summary>
        /// <param name="netEvent">Event.</param>
        /// <returns>Count.</returns>
        public int CountAll(NetSockEvent netEvent)
        {
            int n = 0;
            for (int i = 0; i < EventCount && i < MaxEvents; i++)
            {
                if (_events[i] == netEvent)
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>Event <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The event.</returns>
        public NetSockEvent GetEvent(int index)
        {
            return _events[index];
        }

        /// <summary>Socket of event <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The socket.</returns>
        public uint GetSocket(int index)
        {
            return _sockets[index];
        }

        /// <summary>Handle of event <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The handle.</returns>
        public object GetHandle(int index)
        {
            return _handles[index];
        }

        /// <summary>Index of the last (socket, event), or -1.</summary>
        /// <param name="socket">Socket.</param>
        /// <param name="netEvent">Event.</param>
        /// <returns>Index.</returns>
        public int IndexOf(uint socket, NetSockEvent netEvent)
        {
            for (int i = EventCount - 1; i >= 0; i--)
            {
                if (i < MaxEvents && _sockets[i] == socket && _events[i] == netEvent)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The error reason carried by the last ERROR of a socket.</summary>
        /// <param name="socket">Socket.</param>
        /// <returns>The reason, or None when no ERROR was raised.</returns>
        public NetSockError LastError(uint socket)
        {
            int i = IndexOf(socket, NetSockEvent.Error);
            return i < 0 ? NetSockError.None : (NetSockError)_handles[i];
        }

        /// <summary>Asserts transmitted burst <paramref name="index"/> is exactly <paramref name="hex"/> with sequence numbers zeroed.</summary>
        /// <param name="index">Transmission index.</param>
        /// <param name="hex">Expected bytes.</param>
        public void ExpectSent(int index, string hex)
        {
            byte[] sent = Device.GetSent(index);
            byte[] copy = new byte[sent.Length];
            Array.Copy(sent, copy, sent.Length);
            int at = 0;
            for (int c = 0; c < Device.GetSentCommandCount(index); c++)
            {
                copy[at + 3] = 0;
                copy[at + 4] = 0;
                int tlv = (copy[at + 6] << 8) | copy[at + 7];
                at += (8 + tlv + 3) & ~3;
            }

            CollectionAssert.AreEqual(Hex.Parse(hex), copy, Hex.Format(copy));
        }

        /// <summary>Index of the first transmitted burst at or after <paramref name="from"/> whose first command is <paramref name="id"/>, or -1.</summary>
        /// <param name="from">First transmission index.</param>
        /// <param name="id">Command id.</param>
        /// <returns>Index.</returns>
        public int FindSent(int from, CommandId id)
        {
            for (int i = from; i < Device.SentCount; i++)
            {
                if (Device.GetSentId(i, 0) == (ushort)id)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Number of transmitted bursts at or after <paramref name="from"/> whose first command is <paramref name="id"/>.</summary>
        /// <param name="from">First transmission index.</param>
        /// <param name="id">Command id.</param>
        /// <returns>Count.</returns>
        public int CountSent(int from, CommandId id)
        {
            int n = 0;
            for (int i = from; i < Device.SentCount; i++)
            {
                if (Device.GetSentId(i, 0) == (ushort)id)
                {
                    n++;
                }
            }

            return n;
        }

        private int CommandOffset(int index, int command)
        {
            byte[] sent = Device.GetSent(index);
            int at = 0;
            for (int c = 0; c < command; c++)
            {
                int tlv = (sent[at + 6] << 8) | sent[at + 7];
                at += (8 + tlv + 3) & ~3;
            }

            return at;
        }

        private void OnTransmitted(int index)
        {
            Answer();
        }

        private WincsResult OnEvent(uint socket, NetSockEvent netEvent, object netHandle)
        {
            if (EventCount < MaxEvents)
            {
                _sockets[EventCount] = socket;
                _events[EventCount] = netEvent;
                _handles[EventCount] = netHandle;
            }

            EventCount++;
            NetSockCallback reaction = Reaction;
            if (reaction != null)
            {
                reaction(socket, netEvent, netHandle);
            }

            return WincsResult.Pass;
        }
    }
}
