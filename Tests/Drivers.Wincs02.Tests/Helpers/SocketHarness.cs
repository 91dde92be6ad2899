// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Sockets;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Helpers
{
    /// <summary>A ready driver with a socket layer on top and a log of socket events.</summary>
    public sealed class SocketHarness
    {
        private readonly int[] _fds = new int[256];
        private readonly SocketEvent[] _events = new SocketEvent[256];
        private readonly SocketStatus[] _statuses = new SocketStatus[256];

        /// <summary>Creates a ready driver (pool of <paramref name="requests"/>) and a socket layer with 2944-byte rings.</summary>
        /// <param name="requests">Request pool size.</param>
        public SocketHarness(int requests)
        {
            Harness = new DriverHarness(requests);
            Harness.BringUp();
            Sockets = new WincSockets(Harness.Driver);
            Sockets.RegisterEventCallback(OnEvent, this);
        }

        /// <summary>Creates a ready driver (pool of <paramref name="requests"/>, room for 16 queued bursts) and a socket layer with a <paramref name="sendBufferSize"/>-byte send ring.</summary>
        /// <param name="requests">Request pool size.</param>
        /// <param name="sendBufferSize">Send ring per socket.</param>
        public SocketHarness(int requests, int sendBufferSize)
            : this(requests, sendBufferSize, WincSockets.DefaultReceiveBufferSize)
        {
        }

        /// <summary>Creates a ready driver (pool of <paramref name="requests"/>, room for 16 queued bursts) and a socket layer with the given rings.</summary>
        /// <param name="requests">Request pool size.</param>
        /// <param name="sendBufferSize">Send ring per socket.</param>
        /// <param name="receiveBufferSize">Receive ring (and credit window) per socket.</param>
        public SocketHarness(int requests, int sendBufferSize, int receiveBufferSize)
        {
            Harness = new DriverHarness(requests);
            Harness.BringUp();
            Harness.Device.QueueLimit = 16;
            Sockets = new WincSockets(Harness.Driver, WincSockets.DefaultSocketCount, receiveBufferSize, sendBufferSize);
            Sockets.RegisterEventCallback(OnEvent, this);
        }

        /// <summary>Gets the driver harness.</summary>
        public DriverHarness Harness { get; private set; }

        /// <summary>Gets the transport.</summary>
        public ScriptedMessageDevice Device => Harness.Device;

        /// <summary>Gets the socket layer.</summary>
        public WincSockets Sockets { get; private set; }

        /// <summary>Gets the number of socket events seen.</summary>
        public int EventCount { get; private set; }

        /// <summary>Descriptor of event <paramref name="index"/>.</summary>
        /// <param name="index">Event index.</param>
        /// <returns>The descriptor.</returns>
        public int GetFd(int index)
        {
            return _fds[index];
        }

        /// <summary>Event <paramref name="index"/>.</summary>
        /// <param name="index">Event index.</param>
        /// <returns>The event.</returns>
        public SocketEvent GetEvent(int index)
        {
            return _events[index];
        }

        /// <summary>Status of event <paramref name="index"/>.</summary>
        /// <param name="index">Event index.</param>
        /// <returns>The status.</returns>
        public SocketStatus GetStatus(int index)
        {
            return _statuses[index];
        }

        /// <summary>Number of (fd, event, status) events seen.</summary>
        /// <param name="fd">Descriptor.</param>
        /// <param name="socketEvent">Event.</param>
        /// <param name="status">Status.</param>
        /// <returns>Count.</returns>
        public int Count(int fd, SocketEvent socketEvent, SocketStatus status)
        {
            int n = 0;
            for (int i = 0; i < EventCount; i++)
            {
                if (_fds[i] == fd && _events[i] == socketEvent && _statuses[i] == status)
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>Runs one driver task step.</summary>
        public void Step()
        {
            Harness.Run(1, 1);
        }

        /// <summary>Index of the last transmitted burst.</summary>
        public int Last => Device.SentCount - 1;

        /// <summary>Asserts the last transmitted burst is exactly <paramref name="hex"/> with sequence numbers zeroed.</summary>
        /// <param name="hex">Expected bytes.</param>
        public void ExpectLast(string hex)
        {
            ExpectSent(Last, hex);
        }

        /// <summary>Asserts transmitted burst <paramref name="index"/> is exactly <paramref name="hex"/> with sequence numbers zeroed.</summary>
        /// <param name="index">Transmission index.</param>
        /// <param name="hex">Expected bytes.</param>
        public void ExpectSent(int index, string hex)
        {
            byte[] sent = Device.GetSent(index);
            byte[] copy = new byte[sent.Length];
            System.Array.Copy(sent, copy, sent.Length);
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

        /// <summary>Creates a socket, answers SOCKO with <paramref name="sockId"/> and the async configuration, and returns the descriptor.</summary>
        /// <param name="domain">AF_INET or AF_INET6.</param>
        /// <param name="type">SOCK_STREAM or SOCK_DGRAM.</param>
        /// <param name="protocol">Protocol.</param>
        /// <param name="sockId">Module socket id to give it.</param>
        /// <returns>The descriptor.</returns>
        public int Open(int domain, int type, int protocol, int sockId)
        {
            int fd = Sockets.Socket(domain, type, protocol);
            Assert.IsTrue(fd >= 0, "socket() failed");
            Step();
            int socko = Last;
            Assert.AreEqual((ushort)CommandId.Socko, Device.GetSentId(socko, 0));
            Device.Deliver(Device.Response(socko, 0).Int(sockId, 2).ToArray());
            Device.AnswerStatus(socko, 0, 0);
            Step();
            Step();
            int config = Last;
            Assert.AreEqual((ushort)CommandId.Sockc, Device.GetSentId(config, 0), "async configuration follows OPEN");
            Device.AnswerStatus(config, 0, 0);
            Device.AnswerStatus(config, 1, 0);
            Step();
            Assert.AreEqual(1, Count(fd, SocketEvent.Open, SocketStatus.Ok));
            return fd;
        }

        /// <summary>Opens a TCP IPv4 socket with module id <paramref name="sockId"/> and connects it to 192.168.0.100:80.</summary>
        /// <param name="sockId">Module socket id.</param>
        /// <returns>The descriptor.</returns>
        public int OpenConnectedTcp(int sockId)
        {
            int fd = Open(SocketConstants.AfInet, SocketConstants.SockStream, 0, sockId);
            Assert.AreEqual(-1, Sockets.Connect(fd, new SocketAddress(192, 168, 0, 100, 80)));
            Assert.AreEqual(SocketErrno.EInProgress, Sockets.Errno);
            Step();
            Device.AnswerStatus(Last, 0, 0);
            Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockind).Int(sockId, 2).Ipv4(192, 168, 0, 10).UInt(49152, 2).Ipv4(192, 168, 0, 100).UInt(80, 2).ToArray());
            Step();
            Assert.AreEqual(1, Count(fd, SocketEvent.Connect, SocketStatus.Ok));
            return fd;
        }

        private void OnEvent(WincSockets sockets, int socket, SocketEvent socketEvent, SocketStatus status)
        {
            if (EventCount < _fds.Length)
            {
                _fds[EventCount] = socket;
                _events[EventCount] = socketEvent;
                _statuses[EventCount] = status;
            }

            EventCount++;
        }
    }
}
