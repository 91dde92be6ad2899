// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Net
{
    /// <summary>ICMP echo.</summary>
    public sealed partial class WincNet
    {
        /// <summary>Longest wait, in milliseconds, for the PING or PINGERR AEC after the request was accepted.</summary>
        public const int PingTimeoutMs = 15000;

        private readonly byte[] _pingAddress = new byte[16];
        private readonly RequestEventHandler _pingHandler;
        private IcmpEchoHandler _pingCallback;
        private WincRequest _pingRequest;
        private long _pingDeadline;

        /// <summary>Pings an address (<c>WDRV_WINC_ICMPEchoRequestAddr</c>: PING with an IPV4ADDR/IPV6ADDR target).</summary>
        /// <param name="address">Target address.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">4 or 16.</param>
        /// <param name="callback">Receives the reply or failure.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest while a ping runs (the module reports replies without an id) or the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus IcmpEchoRequestAddr(byte[] address, int offset, int length, IcmpEchoHandler callback)
        {
            if (callback == null || !IsAddress(address, offset, length))
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_pingCallback != null)
                {
                    return DriverStatus.RetryRequest;
                }

                WincRequest r = _driver.AllocateRequest(_pingHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                return StartPing(r, WincCommands.Ping(r.Writer, address, offset, length, 0), callback);
            }
        }

        /// <summary>Pings a host by name (<c>WDRV_WINC_ICMPEchoRequestName</c>: PING with a STRING target, resolved by the module).</summary>
        /// <param name="host">Host name, 1 to 256 UTF-8 bytes.</param>
        /// <param name="ipVersion">0 (module's choice), 4 or 6.</param>
        /// <param name="callback">Receives the reply or failure.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest while a ping runs or the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus IcmpEchoRequestName(string host, int ipVersion, IcmpEchoHandler callback)
        {
            int length = ServiceRequests.Utf8Length(host);
            if (callback == null || length < 1 || length > WincCommands.DnsNameMax || (ipVersion != 0 && ipVersion != 4 && ipVersion != 6))
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_pingCallback != null)
                {
                    return DriverStatus.RetryRequest;
                }

                WincRequest r = _driver.AllocateRequest(_pingHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                return StartPing(r, WincCommands.Ping(r.Writer, host, ipVersion), callback);
            }
        }

        private DriverStatus StartPing(WincRequest r, bool written, IcmpEchoHandler callback)
        {
            DriverStatus s = ServiceRequests.Submit(_driver, r, written);
            if (s == DriverStatus.Ok)
            {
                _pingRequest = r;
                _pingCallback = callback;
                _pingDeadline = ServiceRequests.After(_driver.Clock.UtcTicks, PingTimeoutMs + r.TimeoutMs);
            }

            return s;
        }

        private void OnPingRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _pingRequest || requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _pingRequest = null;
            if (request.Result != RequestResult.Ok)
            {
                EndPing(request.Result, ServiceRequests.FirstError(request), 0, 0);
            }
        }

        private void OnPingAnswer(MessageReader aec)
        {
            if (_pingCallback == null)
            {
                return;
            }

            if (aec.AecId == AecId.Ping)
            {
                int length;
                int rtt;
                if (AecDecoder.Ping(aec, _pingAddress, 0, out length, out rtt))
                {
                    EndPing(RequestResult.Ok, WincStatus.Ok, length, rtt);
                }

                return;
            }

            int code;
            if (AecDecoder.Pingerr(aec, out code))
            {
                EndPing(RequestResult.CommandError, (WincStatus)code, 0, 0);
            }
        }

        private void EndPing(RequestResult result, WincStatus error, int addressLength, int roundTripMs)
        {
            IcmpEchoHandler cb = _pingCallback;
            if (cb == null)
            {
                return;
            }

            _pingCallback = null;
            _pingRequest = null;
            cb(this, result, error, addressLength == 0 ? null : _pingAddress, addressLength, roundTripMs);
        }
    }
}
