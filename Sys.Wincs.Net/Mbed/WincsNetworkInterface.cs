// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Threading;
using Drivers.Wincs02.Sockets;
using DriverAddress = Drivers.Wincs02.Sockets.SocketAddress;

namespace Sys.Wincs.Net.Mbed
{
    /// <summary>
    /// The network interface the Mbed-style sockets open on (Mbed's <c>NetworkInterface</c>): the
    /// WINCS02 behind a <see cref="WincsNetService"/>. Blocking calls of its sockets run the driver's
    /// Tasks themselves while they wait, so they work with or without a <see cref="WincsTaskRunner"/>.
    /// </summary>
    public sealed class WincsNetworkInterface
    {
        /// <summary>Default bound of a wait without timeout (Mbed's timeout -1), in milliseconds: every wait ends.</summary>
        public const int DefaultMaxBlockingMs = 60000;

        private readonly WincsNetService _service;
        private readonly DriverAddress _scratch = new DriverAddress();
        private int _pollIntervalMs = 1;
        private int _maxBlockingMs = DefaultMaxBlockingMs;

        /// <summary>Creates the interface.</summary>
        /// <param name="service">The net service.</param>
        /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
        public WincsNetworkInterface(WincsNetService service)
        {
            if (service == null)
            {
                throw new ArgumentNullException();
            }

            _service = service;
        }

        /// <summary>Gets the net service.</summary>
        public WincsNetService Service => _service;

        /// <summary>Gets or sets the pause between two Tasks calls of a waiting call, in milliseconds (0 only yields).</summary>
        /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
        public int PollIntervalMs
        {
            get
            {
                return _pollIntervalMs;
            }

            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _pollIntervalMs = value;
            }
        }

        /// <summary>Gets or sets the longest wait of a call whose timeout is -1 (blocking), in milliseconds.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
        public int MaxBlockingMs
        {
            get
            {
                return _maxBlockingMs;
            }

            set
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _maxBlockingMs = value;
            }
        }

        /// <summary>
        /// Resolves a host name through the module's DNS (<c>gethostbyname</c>), waiting at most
        /// <see cref="MaxBlockingMs"/>; a literal is converted without a lookup.
        /// </summary>
        /// <param name="host">Name or literal.</param>
        /// <param name="address">Receives the address (its port is kept).</param>
        /// <param name="version">IPv4 or IPv6 answer; Unspec means IPv4.</param>
        /// <returns>Ok; Parameter; DnsFailure; WouldBlock when called from a socket callback (which must not wait).</returns>
        public NsapiError GetHostByName(string host, SocketAddress address, NsapiVersion version)
        {
            if (host == null || host.Length == 0 || address == null)
            {
                return NsapiError.Parameter;
            }

            int port = address.GetPort();
            if (address.SetIpAddress(host))
            {
                address.SetPort(port);
                return NsapiError.Ok;
            }

            int family = version == NsapiVersion.Ipv6 ? SocketConstants.AfInet6 : SocketConstants.AfInet;
            _service.StartQuery(host, family);
            long deadline = Deadline(-1);
            while (true)
            {
                bool succeeded;
                if (_service.QueryDone(host, _scratch, out succeeded))
                {
                    if (!succeeded)
                    {
                        return NsapiError.DnsFailure;
                    }

                    address.CopyFrom(_scratch);
                    address.SetPort(port);
                    return NsapiError.Ok;
                }

                if (!MayWait(-1, deadline))
                {
                    return _service.InCallback ? NsapiError.WouldBlock : NsapiError.DnsFailure;
                }

                Pump();
            }
        }

        /// <summary>Resolves a host name to an IPv4 address.</summary>
        /// <param name="host">Name or literal.</param>
        /// <param name="address">Receives the address.</param>
        /// <returns>As <see cref="GetHostByName(string, SocketAddress, NsapiVersion)"/>.</returns>
        public NsapiError GetHostByName(string host, SocketAddress address)
        {
            return GetHostByName(host, address, NsapiVersion.Ipv4);
        }

        /// <summary>Runs the driver once and pauses <see cref="PollIntervalMs"/> (one turn of a waiting call).</summary>
        internal void Pump()
        {
            _service.Driver.Tasks();
            Thread.Sleep(_pollIntervalMs);
        }

        /// <summary>The deadline of a wait of <paramref name="timeoutMs"/> (-1 = <see cref="MaxBlockingMs"/>), in ticks of the real-time clock.</summary>
        /// <param name="timeoutMs">The socket timeout.</param>
        /// <returns>Ticks.</returns>
        internal long Deadline(int timeoutMs)
        {
            int ms = timeoutMs < 0 || timeoutMs > _maxBlockingMs ? _maxBlockingMs : timeoutMs;
            return DateTime.UtcNow.Ticks + (ms * TimeSpan.TicksPerMillisecond);
        }

        /// <summary>Tells whether a call may wait longer: not non-blocking, not inside a callback, before the deadline.</summary>
        /// <param name="timeoutMs">The socket timeout.</param>
        /// <param name="deadline">From <see cref="Deadline"/>.</param>
        /// <returns>True to wait.</returns>
        internal bool MayWait(int timeoutMs, long deadline)
        {
            return timeoutMs != 0 && !_service.InCallback && DateTime.UtcNow.Ticks - deadline < 0;
        }
    }
}
