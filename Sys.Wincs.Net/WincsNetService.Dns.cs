// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Sockets;

namespace Sys.Wincs.Net
{
    /// <summary>
    /// Host names in socket addresses (a fix: Harmony takes literals only). The driver resolves one
    /// name at a time and keeps a lookup until its caller collects it, so the service owns every
    /// lookup it starts and always collects it, even when the socket that wanted it is gone.
    /// </summary>
    public sealed partial class WincsNetService
    {
        private readonly AddrInfo _dnsResult = new AddrInfo();
        private readonly NetDnsQuery _query = new NetDnsQuery();
        private string _dnsHost;
        private int _dnsFamily;
        private bool _dnsRunning;

        /// <summary>Starts (or continues) the lookup of a host name for the Mbed interface; poll <see cref="QueryDone"/>.</summary>
        /// <param name="host">The name.</param>
        /// <param name="family">AF_INET or AF_INET6.</param>
        internal void StartQuery(string host, int family)
        {
            lock (_sync)
            {
                if (_query.Pending && string.Equals(_query.Host, host) && _query.Family == family)
                {
                    return;
                }

                _query.Host = host;
                _query.Family = family;
                _query.Pending = true;
                _query.Succeeded = false;
                ServiceDns(_now);
            }
        }

        /// <summary>Tells whether the lookup of <paramref name="host"/> finished, and copies its answer.</summary>
        /// <param name="host">The name.</param>
        /// <param name="result">Receives the address when it succeeded.</param>
        /// <param name="succeeded">True when resolved.</param>
        /// <returns>True when finished.</returns>
        internal bool QueryDone(string host, SocketAddress result, out bool succeeded)
        {
            lock (_sync)
            {
                succeeded = false;
                if (!string.Equals(_query.Host, host) || _query.Pending)
                {
                    return false;
                }

                succeeded = _query.Succeeded;
                if (succeeded)
                {
                    result.CopyFrom(_query.Address);
                }

                return true;
            }
        }

        private void ServiceDns(long now)
        {
            if (_dnsRunning)
            {
                return;
            }

            _dnsRunning = true;
            try
            {
                // a bounded number of lookups per call: each answer may start the next one
                for (int round = 0; round < 4; round++)
                {
                    if (_dnsHost == null && !PickLookup())
                    {
                        return;
                    }

                    int r = _sockets.GetAddrInfo(_dnsHost, 0, _dnsFamily, 0, _dnsResult);
                    if (r == SocketConstants.EaiAgain || r == SocketConstants.EaiMemory)
                    {
                        // not answered yet, another name is being resolved, or no request free
                        return;
                    }

                    CompleteLookup(r == 0 && _dnsResult.Count > 0);
                }
            }
            finally
            {
                _dnsRunning = false;
            }
        }

        private bool PickLookup()
        {
            for (int i = 0; i < _slots.Length; i++)
            {
                NetSlot slot = _slots[i];
                if (slot.InUse && slot.Host != null)
                {
                    _dnsHost = slot.Host;
                    _dnsFamily = slot.Family;
                    return true;
                }
            }

            if (_query.Pending)
            {
                _dnsHost = _query.Host;
                _dnsFamily = _query.Family;
                return true;
            }

            return false;
        }

        private void CompleteLookup(bool succeeded)
        {
            string host = _dnsHost;
            int family = _dnsFamily;
            _dnsHost = null;
            SocketAddress answer = null;
            if (succeeded)
            {
                answer = _dnsResult.GetAddress(0);
                if (answer.Family != family)
                {
                    succeeded = false;
                }
            }

            for (int i = 0; i < _slots.Length; i++)
            {
                NetSlot slot = _slots[i];
                if (!slot.InUse || slot.Host == null || slot.Family != family || !string.Equals(slot.Host, host))
                {
                    continue;
                }

                if (succeeded)
                {
                    slot.Host = null;
                    slot.Remote.Set(family, answer.Address, 0, slot.Remote.Port);
                    Advance(slot);
                }
                else
                {
                    Fail(slot, NetSockError.ResolveFailed, true);
                }
            }

            if (_query.Pending && _query.Family == family && string.Equals(_query.Host, host))
            {
                _query.Pending = false;
                _query.Succeeded = succeeded;
                if (succeeded)
                {
                    _query.Address.CopyFrom(answer);
                }
            }
        }
    }
}
