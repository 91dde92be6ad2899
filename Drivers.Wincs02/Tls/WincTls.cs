// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Tls
{
    /// <summary>
    /// TLS configurations of the WDRV_WINC driver (<c>wdrv_winc_tls.c</c>). A context is one of the
    /// module's TLSC configurations: <see cref="TlsCtxOpen"/> only reserves a free index locally, the
    /// setters push TLSC parameters to it, and a socket or OTA uses it through
    /// <see cref="TlsCtxHandleToCfgIdx"/>. Cipher-suite lists are the module's TLSCSC lists.
    /// </summary>
    /// <remarks>Handles are the configuration indices themselves (1..<see cref="ContextCount"/>); 0 is invalid. No driver handler slot is used.</remarks>
    public sealed class WincTls
    {
        /// <summary>The invalid context and cipher-suite handle (<c>WDRV_WINC_TLS_INVALID_HANDLE</c>).</summary>
        public const int InvalidHandle = 0;

        /// <summary>Contexts by default (<c>WDRV_WINC_TLS_CTX_NUM</c>; firmware 3.2 has 4).</summary>
        public const int DefaultContextCount = 2;

        /// <summary>Cipher-suite lists of the module (<c>WDRV_WINC_TLS_CIPHER_SUITE_NUM</c>).</summary>
        public const int CipherSuiteListCount = 2;

        /// <summary>Suites one <see cref="TlsCipherSuiteAlgSet"/> can set (one burst: the clear plus one command per suite).</summary>
        public const int MaxAlgorithms = CommandBurst.MaxCommands - 1;

        /// <summary>Longest certificate, key or DH file name (module file names), in bytes.</summary>
        public const int FileNameMaxLength = WincCommands.FileNameMax;

        /// <summary>Longest private key password, in bytes.</summary>
        public const int PasswordMaxLength = 64;

        /// <summary>Longest SNI server name or verified domain name, in bytes (firmware 3.2).</summary>
        public const int HostNameMaxLength = 256;

        private readonly WincDriver _driver;
        private readonly object _sync;
        private readonly bool[] _inUse;
        private readonly bool[] _csInUse = new bool[CipherSuiteListCount];
        private readonly RequestEventHandler _simpleHandler;

        /// <summary>Creates the service with <see cref="DefaultContextCount"/> contexts.</summary>
        /// <param name="driver">The driver.</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        public WincTls(WincDriver driver)
            : this(driver, DefaultContextCount)
        {
        }

        /// <summary>Creates the service.</summary>
        /// <param name="driver">The driver.</param>
        /// <param name="contextCount">Contexts to hand out, 1 to 4 (the module's configuration count).</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="contextCount"/> is out of range.</exception>
        public WincTls(WincDriver driver, int contextCount)
        {
            if (driver == null)
            {
                throw new ArgumentNullException();
            }

            if (contextCount < 1 || contextCount > WincCommands.MaxTlsConfiguration)
            {
                throw new ArgumentOutOfRangeException();
            }

            _driver = driver;
            _sync = driver.SyncRoot;
            _inUse = new bool[contextCount];
            _simpleHandler = OnSimpleRequest;
        }

        /// <summary>Gets the number of contexts this service hands out.</summary>
        public int ContextCount => _inUse.Length;

        /// <summary>Reserves a free context (<c>WDRV_WINC_TLSCtxOpen</c>); nothing is sent.</summary>
        /// <returns>The handle (1..<see cref="ContextCount"/>), or <see cref="InvalidHandle"/> when all are in use.</returns>
        public int TlsCtxOpen()
        {
            lock (_sync)
            {
                for (int i = 0; i < _inUse.Length; i++)
                {
                    if (!_inUse[i])
                    {
                        _inUse[i] = true;
                        return i + 1;
                    }
                }

                return InvalidHandle;
            }
        }

        /// <summary>Releases a context (<c>WDRV_WINC_TLSCtxClose</c>); its module settings stay until overwritten.</summary>
        /// <param name="handle">The handle.</param>
        /// <returns>Ok, or InvalidArg when the handle is not open.</returns>
        public DriverStatus TlsCtxClose(int handle)
        {
            lock (_sync)
            {
                if (!IsOpen(handle))
                {
                    return DriverStatus.InvalidArg;
                }

                _inUse[handle - 1] = false;
                return DriverStatus.Ok;
            }
        }

        /// <summary>Tells whether a handle is an open context.</summary>
        /// <param name="handle">The handle.</param>
        /// <returns>True when open.</returns>
        public bool TlsCtxIsOpen(int handle)
        {
            lock (_sync)
            {
                return IsOpen(handle);
            }
        }

        /// <summary>The module configuration index of a context, for SOCKTLS and OTAC TLS_CONF (<c>WDRV_WINC_TLSCtxHandleToCfgIdx</c>).</summary>
        /// <param name="handle">The handle.</param>
        /// <returns>1..4, or 0 for an invalid handle.</returns>
        public static int TlsCtxHandleToCfgIdx(int handle)
        {
            return handle >= 1 && handle <= WincCommands.MaxTlsConfiguration ? handle : 0;
        }

        /// <summary>Sets the CA certificate that authenticates the peer (<c>WDRV_WINC_TLSCtxCACertFileSet</c>: TLSC PEER_AUTH, then CA_CERT_NAME when given).</summary>
        /// <param name="handle">The context.</param>
        /// <param name="caCertName">File name of the CA certificate in the module's store, or null to leave it.</param>
        /// <param name="peerAuth">True to require the peer's certificate.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a closed handle or bad name; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus TlsCtxCACertFileSet(int handle, string caCertName, bool peerAuth, CompletionHandler callback)
        {
            if (caCertName != null && !NameFits(caCertName, FileNameMaxLength))
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (!IsOpen(handle))
                {
                    return DriverStatus.InvalidArg;
                }

                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                bool ok = WincCommands.ConfigSetBool(r.Writer, CommandId.Tlsc, handle, (uint)TlsParamId.PeerAuth, peerAuth);
                if (ok && caCertName != null)
                {
                    ok = WincCommands.ConfigSetString(r.Writer, CommandId.Tlsc, handle, (uint)TlsParamId.CaCertName, caCertName, FileNameMaxLength);
                }

                return ServiceRequests.Submit(_driver, r, ok);
            }
        }

        /// <summary>Sets the certificate presented to the peer (<c>WDRV_WINC_TLSCtxCertFileSet</c>: TLSC CERT_NAME).</summary>
        /// <param name="handle">The context.</param>
        /// <param name="certName">File name of the certificate in the module's store.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a closed handle or bad name; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus TlsCtxCertFileSet(int handle, string certName, CompletionHandler callback)
        {
            return SetString(handle, TlsParamId.CertName, certName, FileNameMaxLength, callback);
        }

        /// <summary>Sets the private key of the certificate (<c>WDRV_WINC_TLSCtxPrivKeySet</c>: TLSC PRI_KEY_NAME, then PRI_KEY_PASSWORD when given).</summary>
        /// <param name="handle">The context.</param>
        /// <param name="keyName">File name of the key in the module's store.</param>
        /// <param name="password">Password of an encrypted key, or null.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a closed handle or bad name or password; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus TlsCtxPrivKeySet(int handle, string keyName, string password, CompletionHandler callback)
        {
            if (!NameFits(keyName, FileNameMaxLength) || (password != null && ServiceRequests.Utf8Length(password) > PasswordMaxLength))
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (!IsOpen(handle))
                {
                    return DriverStatus.InvalidArg;
                }

                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                bool ok = WincCommands.ConfigSetString(r.Writer, CommandId.Tlsc, handle, (uint)TlsParamId.PriKeyName, keyName, FileNameMaxLength);
                if (ok && password != null)
                {
                    ok = WincCommands.ConfigSetString(r.Writer, CommandId.Tlsc, handle, (uint)TlsParamId.PriKeyPassword, password, PasswordMaxLength);
                }

                return ServiceRequests.Submit(_driver, r, ok);
            }
        }

        /// <summary>Sets the server name sent in the SNI extension (<c>WDRV_WINC_TLSCtxSNISet</c>: TLSC SERVER_NAME).</summary>
        /// <param name="handle">The context.</param>
        /// <param name="serverName">The server name.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a closed handle or bad name; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus TlsCtxSniSet(int handle, string serverName, CompletionHandler callback)
        {
            return SetString(handle, TlsParamId.ServerName, serverName, HostNameMaxLength, callback);
        }

        /// <summary>Sets the domain the peer's certificate must match (<c>WDRV_WINC_TLSCtxHostnameCheckSet</c>: TLSC PEER_DOMAIN_VERIFY, then DOMAIN_NAME when given).</summary>
        /// <param name="handle">The context.</param>
        /// <param name="domainName">The domain, or null to leave it.</param>
        /// <param name="verify">True to check the certificate's name.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a closed handle or bad name; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus TlsCtxHostnameCheckSet(int handle, string domainName, bool verify, CompletionHandler callback)
        {
            if (domainName != null && !NameFits(domainName, HostNameMaxLength))
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (!IsOpen(handle))
                {
                    return DriverStatus.InvalidArg;
                }

                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                bool ok = WincCommands.ConfigSetBool(r.Writer, CommandId.Tlsc, handle, (uint)TlsParamId.PeerDomainVerify, verify);
                if (ok && domainName != null)
                {
                    ok = WincCommands.ConfigSetString(r.Writer, CommandId.Tlsc, handle, (uint)TlsParamId.DomainName, domainName, HostNameMaxLength);
                }

                return ServiceRequests.Submit(_driver, r, ok);
            }
        }

        /// <summary>Makes a context use a cipher-suite list (<c>WDRV_WINC_TLSCtxCipherSuiteSet</c>: TLSC CIPHER_SUITES_IDX).</summary>
        /// <param name="handle">The context.</param>
        /// <param name="cipherSuiteHandle">An open list (<see cref="TlsCipherSuiteOpen"/>), or 0 for the module's default suites.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a closed context or list; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus TlsCtxCipherSuiteSet(int handle, int cipherSuiteHandle, CompletionHandler callback)
        {
            lock (_sync)
            {
                if (!IsOpen(handle) || (cipherSuiteHandle != InvalidHandle && !IsCipherSuiteOpen(cipherSuiteHandle)))
                {
                    return DriverStatus.InvalidArg;
                }

                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                return ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetInteger(r.Writer, CommandId.Tlsc, handle, (uint)TlsParamId.CipherSuitesIdx, WincType.Integer, cipherSuiteHandle));
            }
        }

        /// <summary>Reserves a free cipher-suite list (<c>WDRV_WINC_TLSCipherSuiteOpen</c>).</summary>
        /// <returns>The handle (1 or 2), or <see cref="InvalidHandle"/>.</returns>
        public int TlsCipherSuiteOpen()
        {
            lock (_sync)
            {
                for (int i = 0; i < CipherSuiteListCount; i++)
                {
                    if (!_csInUse[i])
                    {
                        _csInUse[i] = true;
                        return i + 1;
                    }
                }

                return InvalidHandle;
            }
        }

        /// <summary>Releases a cipher-suite list (<c>WDRV_WINC_TLSCipherSuiteClose</c>).</summary>
        /// <param name="cipherSuiteHandle">The handle.</param>
        /// <returns>Ok, or InvalidArg when it is not open.</returns>
        public DriverStatus TlsCipherSuiteClose(int cipherSuiteHandle)
        {
            lock (_sync)
            {
                if (!IsCipherSuiteOpen(cipherSuiteHandle))
                {
                    return DriverStatus.InvalidArg;
                }

                _csInUse[cipherSuiteHandle - 1] = false;
                return DriverStatus.Ok;
            }
        }

        /// <summary>
        /// Replaces the suites of a list (<c>WDRV_WINC_TLSCipherSuiteAlgSet</c>): TLSCSC CIPHER_SUITES = 0
        /// clears the list, then one TLSCSC CIPHER_SUITES per suite appends it, all in one burst.
        /// </summary>
        /// <param name="cipherSuiteHandle">An open list.</param>
        /// <param name="algorithms">IANA suite numbers (e.g. 0xC02B).</param>
        /// <param name="offset">First suite.</param>
        /// <param name="count">1 to <see cref="MaxAlgorithms"/> suites.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a closed list or bad range; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus TlsCipherSuiteAlgSet(int cipherSuiteHandle, ushort[] algorithms, int offset, int count, CompletionHandler callback)
        {
            if (algorithms == null || count < 1 || count > MaxAlgorithms || offset < 0 || offset + count > algorithms.Length)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (!IsCipherSuiteOpen(cipherSuiteHandle))
                {
                    return DriverStatus.InvalidArg;
                }

                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                bool ok = WincCommands.ConfigSetInteger(r.Writer, CommandId.Tlscsc, cipherSuiteHandle, (uint)TlsCslParamId.CipherSuites, WincType.Integer, 0);
                for (int i = 0; i < count && ok; i++)
                {
                    ok = WincCommands.ConfigSetInteger(r.Writer, CommandId.Tlscsc, cipherSuiteHandle, (uint)TlsCslParamId.CipherSuites, WincType.Integer, algorithms[offset + i]);
                }

                return ServiceRequests.Submit(_driver, r, ok);
            }
        }

        private DriverStatus SetString(int handle, TlsParamId id, string value, int maxBytes, CompletionHandler callback)
        {
            if (!NameFits(value, maxBytes))
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (!IsOpen(handle))
                {
                    return DriverStatus.InvalidArg;
                }

                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                return ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetString(r.Writer, CommandId.Tlsc, handle, (uint)id, value, maxBytes));
            }
        }

        private static bool NameFits(string value, int maxBytes)
        {
            int length = ServiceRequests.Utf8Length(value);
            return length >= 1 && length <= maxBytes;
        }

        private bool IsOpen(int handle)
        {
            return handle >= 1 && handle <= _inUse.Length && _inUse[handle - 1];
        }

        private bool IsCipherSuiteOpen(int handle)
        {
            return handle >= 1 && handle <= CipherSuiteListCount && _csInUse[handle - 1];
        }

        private void OnSimpleRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            ServiceRequests.CompleteSimple(this, request, requestEvent);
        }
    }
}
