// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Net
{
    /// <summary>DNS resolution.</summary>
    public sealed partial class WincNet
    {
        /// <summary>Resolutions that can be outstanding at once.</summary>
        public const int MaxPendingResolves = 4;

        /// <summary>
        /// Time, in milliseconds, further addresses of an answered name are still delivered (the module
        /// sends one DNSRESOLV per address and no end marker).
        /// </summary>
        public const int DnsAnswerWindowMs = 500;

        private const int SlotFree = 0;
        private const int SlotWaiting = 1;
        private const int SlotAnswered = 2;

        private readonly DnsResolveSlot[] _resolves = new DnsResolveSlot[MaxPendingResolves];
        private readonly DnsResult _dnsResult = new DnsResult();
        private readonly byte[] _dnsName = new byte[WincCommands.DnsNameMax];
        private readonly RequestEventHandler _dnsHandler;

        /// <summary>
        /// Resolves a name (<c>WDRV_WINC_DNSResolveDomain</c>): DNSC DNS_TIMEOUT then DNSRESOLV in one burst.
        /// The callback gets one Resolved call per address (DNSRESOLV AEC), or one Error/Timeout (DNSERR,
        /// a refused request, the module lost, or nothing within the timeout + <see cref="Wifi.WincWifi.GuardMs"/>).
        /// </summary>
        /// <param name="type">A, AAAA (or another type the module supports; only A/AAAA carry addresses).</param>
        /// <param name="name">Host name, 1 to 256 UTF-8 bytes; the reference is kept until the resolution ends.</param>
        /// <param name="timeoutMs">The module's DNS timeout, 1..65535 ms.</param>
        /// <param name="callback">Receives the answers.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest when <see cref="MaxPendingResolves"/> resolutions wait for their first answer, the same name and type is already waiting, or the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus DnsResolveDomain(DnsRecordType type, string name, int timeoutMs, DnsResolveHandler callback)
        {
            int length = ServiceRequests.Utf8Length(name);
            if (callback == null || (int)type < 1 || (int)type > 255 || length < 1 || length > WincCommands.DnsNameMax || timeoutMs < 1 || timeoutMs > 0xFFFF)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                // an answered resolution only waits for further addresses: a new query may take its slot
                DnsResolveSlot slot = null;
                DnsResolveSlot answered = null;
                for (int i = 0; i < MaxPendingResolves; i++)
                {
                    DnsResolveSlot s = _resolves[i];
                    if (s.State != SlotFree && s.Type == type && s.Name == name)
                    {
                        if (s.State == SlotWaiting)
                        {
                            return DriverStatus.RetryRequest;
                        }

                        // the new query's answers must not reach the old callback
                        s.Free();
                    }

                    if (s.State == SlotFree && slot == null)
                    {
                        slot = s;
                    }
                    else if (s.State == SlotAnswered && (answered == null || s.Deadline < answered.Deadline))
                    {
                        answered = s;
                    }
                }

                if (slot == null)
                {
                    slot = answered;
                }

                if (slot == null)
                {
                    return DriverStatus.RetryRequest;
                }

                WincRequest r = _driver.AllocateRequest(_dnsHandler, slot);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                bool ok = WincCommands.ConfigSetInteger(r.Writer, CommandId.Dnsc, (uint)DnsParamId.DnsTimeout, WincType.Integer, timeoutMs)
                    && WincCommands.Dnsresolv(r.Writer, type, name);
                DriverStatus status = ServiceRequests.Submit(_driver, r, ok);
                if (status == DriverStatus.Ok)
                {
                    slot.Free();
                    slot.State = SlotWaiting;
                    slot.Name = name;
                    slot.Type = type;
                    slot.Callback = callback;
                    slot.Request = r;
                    slot.Deadline = ServiceRequests.After(_driver.Clock.UtcTicks, timeoutMs + Wifi.WincWifi.GuardMs + r.TimeoutMs);
                }

                return status;
            }
        }

        private void OnDnsRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            DnsResolveSlot slot = request.Context as DnsResolveSlot;
            if (slot == null || slot.Request != request || requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            slot.Request = null;
            if (request.Result != RequestResult.Ok && slot.State == SlotWaiting)
            {
                WincStatus error = ServiceRequests.FirstError(request);
                FinishResolve(slot, error == WincStatus.DnsTimeout || request.Result == RequestResult.Timeout ? DnsResolveStatus.Timeout : DnsResolveStatus.Error, error);
            }
        }

        private void OnDnsAnswer(MessageReader aec)
        {
            int type;
            int nameLength;
            int addressLength;
            if (!AecDecoder.Dnsresolv(aec, out type, _dnsName, 0, out nameLength, _dnsResult.Buffer, 0, out addressLength))
            {
                return;
            }

            DnsResolveSlot slot = FindResolve(type, nameLength);
            if (slot == null || addressLength == 0)
            {
                return;
            }

            slot.State = SlotAnswered;
            slot.Deadline = ServiceRequests.After(_driver.Clock.UtcTicks, DnsAnswerWindowMs);
            _dnsResult.Status = DnsResolveStatus.Resolved;
            _dnsResult.Error = WincStatus.Ok;
            _dnsResult.RecordType = (DnsRecordType)type;
            _dnsResult.Name = slot.Name;
            _dnsResult.AddressLength = addressLength;
            slot.Callback(this, _dnsResult);
        }

        private void OnDnsError(MessageReader aec)
        {
            int code;
            int type;
            int nameLength;
            if (!AecDecoder.Dnserr(aec, out code, out type, _dnsName, 0, out nameLength))
            {
                return;
            }

            DnsResolveSlot slot = FindResolve(type, nameLength);
            if (slot == null)
            {
                return;
            }

            if (slot.State == SlotAnswered)
            {
                // e.g. no AAAA after the A records of an ANY query: the name did resolve
                slot.Free();
                return;
            }

            WincStatus error = (WincStatus)code;
            FinishResolve(slot, error == WincStatus.DnsTimeout ? DnsResolveStatus.Timeout : DnsResolveStatus.Error, error);
        }

        // Matches an answer to a resolution of the same name and a compatible type, one still waiting
        // for its first answer before one already answered; when no name matches (a module that
        // normalizes names), the only resolution of that type is taken.
        private DnsResolveSlot FindResolve(int type, int nameLength)
        {
            DnsResolveSlot answered = null;
            DnsResolveSlot byType = null;
            int typeMatches = 0;
            for (int i = 0; i < MaxPendingResolves; i++)
            {
                DnsResolveSlot s = _resolves[i];
                if (s.State == SlotFree || !(s.Type == (DnsRecordType)type || s.Type == DnsRecordType.Any))
                {
                    continue;
                }

                if (Utf8.Equals(_dnsName, 0, nameLength, s.Name))
                {
                    if (s.State == SlotWaiting)
                    {
                        return s;
                    }

                    answered = s;
                    continue;
                }

                byType = s;
                typeMatches++;
            }

            if (answered != null)
            {
                return answered;
            }

            return typeMatches == 1 ? byType : null;
        }

        private void FinishResolve(DnsResolveSlot slot, DnsResolveStatus status, WincStatus error)
        {
            DnsResolveHandler cb = slot.Callback;
            _dnsResult.Status = status;
            _dnsResult.Error = error;
            _dnsResult.RecordType = slot.Type;
            _dnsResult.Name = slot.Name;
            _dnsResult.AddressLength = 0;
            slot.Free();
            if (cb != null)
            {
                cb(this, _dnsResult);
            }
        }

        private void CheckResolves(long now)
        {
            for (int i = 0; i < MaxPendingResolves; i++)
            {
                DnsResolveSlot s = _resolves[i];
                if (s.State == SlotFree || now < s.Deadline)
                {
                    continue;
                }

                if (s.State == SlotAnswered)
                {
                    s.Free();
                }
                else if (s.Request == null)
                {
                    FinishResolve(s, DnsResolveStatus.Timeout, WincStatus.Timeout);
                }
            }
        }

        private void FailResolves(RequestResult loss)
        {
            for (int i = 0; i < MaxPendingResolves; i++)
            {
                DnsResolveSlot s = _resolves[i];
                if (s.State == SlotWaiting)
                {
                    FinishResolve(s, DnsResolveStatus.Error, loss == RequestResult.BusError ? WincStatus.HostInterfaceFailed : WincStatus.Error);
                }
                else if (s.State == SlotAnswered)
                {
                    s.Free();
                }
            }
        }
    }
}
