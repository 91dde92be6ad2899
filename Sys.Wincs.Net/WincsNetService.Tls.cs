// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Tls;

namespace Sys.Wincs.Net
{
    /// <summary>
    /// TLS contexts (a fix: Harmony keeps one global context for every socket and reports PASS even
    /// when none could be opened). Each socket names its context; the last one opened is the
    /// "current" one that TLS_CONFIG, GET_TLS_CTX_HANDLE and sockets without a context use.
    /// </summary>
    public sealed partial class WincsNetService
    {
        private WincTls _tls;
        private NetTlsState[] _tlsStates;
        private int _currentTls;

        /// <summary>Gets the driver's TLS context service the net service uses.</summary>
        public WincTls Tls => _tls;

        /// <summary>Gets the handle of the current TLS context (GET_TLS_CTX_HANDLE), 0 when none is open.</summary>
        public int CurrentTlsContext => _currentTls;

        /// <summary>Tells whether the module refused part of a context's configuration (a socket on it then fails with ERROR TlsFailed).</summary>
        /// <param name="handle">The context.</param>
        /// <returns>True when a TLSC setting failed since the last TLS_CONFIG.</returns>
        public bool TlsContextFailed(int handle)
        {
            lock (_sync)
            {
                NetTlsState state = TlsState(handle);
                return state != null && state.Failed;
            }
        }

        private void InitializeTls(WincTls tls)
        {
            _tls = tls != null ? tls : new WincTls(_driver, Drivers.Wincs02.Protocol.WincCommands.MaxTlsConfiguration);
            _tlsStates = new NetTlsState[_tls.ContextCount + 1];
            for (int i = 1; i < _tlsStates.Length; i++)
            {
                _tlsStates[i] = new NetTlsState(i);
            }
        }

        private NetTlsState TlsState(int handle)
        {
            return handle > 0 && handle < _tlsStates.Length ? _tlsStates[handle] : null;
        }

        private bool IsTlsContextOpen(int handle)
        {
            return handle != WincTls.InvalidHandle && _tls.TlsCtxIsOpen(handle);
        }

        private bool IsTlsContextUsable(int handle)
        {
            NetTlsState state = TlsState(handle);
            return IsTlsContextOpen(handle) && state != null && !state.Failed;
        }

        private WincsResult OpenTlsContext(object netHandle)
        {
            int[] output = netHandle as int[];
            if (netHandle != null && (output == null || output.Length < 1))
            {
                return WincsResult.Fail;
            }

            int handle = _tls.TlsCtxOpen();
            if (handle == WincTls.InvalidHandle)
            {
                // no context free: Harmony says PASS here and leaves the handle invalid
                return WincsResult.Fail;
            }

            NetTlsState state = TlsState(handle);
            if (state != null)
            {
                state.Failed = false;
            }

            _currentTls = handle;
            if (output != null)
            {
                output[0] = handle;
            }

            return WincsResult.Pass;
        }

        private WincsResult CloseTlsContext(object netHandle)
        {
            int handle;
            if (netHandle == null)
            {
                handle = _currentTls;
            }
            else if (netHandle is int)
            {
                handle = (int)netHandle;
            }
            else
            {
                return WincsResult.Fail;
            }

            if (!IsTlsContextOpen(handle) || _tls.TlsCtxClose(handle) != DriverStatus.Ok)
            {
                return WincsResult.Fail;
            }

            if (handle == _currentTls)
            {
                _currentTls = 0;
            }

            return WincsResult.Pass;
        }

        // Harmony's order and conditions: CA (with PEER_AUTH), certificate, key (here without a password
        // too), SNI, domain check; the first setting the driver refuses stops the sequence.
        private WincsResult ConfigureTls(NetTlsSocParams p)
        {
            if (p == null)
            {
                return WincsResult.Fail;
            }

            int handle = p.TlsHandle != 0 ? p.TlsHandle : _currentTls;
            NetTlsState state = TlsState(handle);
            if (!IsTlsContextOpen(handle) || state == null)
            {
                return WincsResult.Fail;
            }

            state.Failed = false;
            DriverStatus s = DriverStatus.Ok;
            if (p.TlsCACertificate != null)
            {
                s = _tls.TlsCtxCACertFileSet(handle, p.TlsCACertificate, p.TlsPeerAuth, state.Done);
            }

            if (s == DriverStatus.Ok && p.TlsCertificate != null)
            {
                s = _tls.TlsCtxCertFileSet(handle, p.TlsCertificate, state.Done);
            }

            if (s == DriverStatus.Ok && p.TlsKeyName != null)
            {
                s = _tls.TlsCtxPrivKeySet(handle, p.TlsKeyName, p.TlsKeyPassword, state.Done);
            }

            if (s == DriverStatus.Ok && p.TlsServerName != null)
            {
                s = _tls.TlsCtxSniSet(handle, p.TlsServerName, state.Done);
            }

            if (s == DriverStatus.Ok && p.TlsDomainName != null)
            {
                s = _tls.TlsCtxHostnameCheckSet(handle, p.TlsDomainName, p.TlsDomainNameVerify, state.Done);
            }

            return ToResult(s);
        }

        private static WincsResult ToResult(DriverStatus status)
        {
            if (status == DriverStatus.Ok)
            {
                return WincsResult.Pass;
            }

            return status == DriverStatus.RetryRequest || status == DriverStatus.Busy ? WincsResult.Busy : WincsResult.Fail;
        }
    }
}
