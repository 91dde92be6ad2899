// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the TLSC configuration command (<c>WINC_CFG_PARAM_ID_TLS_CTX_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum TlsParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_CA_CERT_NAME</c>.</summary>
        CaCertName = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_CERT_NAME</c>.</summary>
        CertName = 2,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_PRI_KEY_NAME</c>.</summary>
        PriKeyName = 3,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_PRI_KEY_PASSWORD</c>.</summary>
        PriKeyPassword = 4,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_SERVER_NAME</c>.</summary>
        ServerName = 5,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_DOMAIN_NAME</c>.</summary>
        DomainName = 6,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_CIPHER_SUITES_IDX</c>.</summary>
        CipherSuitesIdx = 7,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_DH_PARAM_NAME</c>.</summary>
        DhParamName = 8,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_PEER_CERT_DIGESTS</c>.</summary>
        PeerCertDigests = 9,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_EXTCRYPTO_OPS</c>.</summary>
        ExtcryptoOps = 20,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_SIGN_TYPES</c>.</summary>
        SignTypes = 21,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_PEER_AUTH</c>.</summary>
        PeerAuth = 40,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_PEER_DOMAIN_VERIFY</c>.</summary>
        PeerDomainVerify = 41,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_SERVER_RENEG_INFO</c>.</summary>
        ServerRenegInfo = 42,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CTX_SESSION_CACHING</c>.</summary>
        SessionCaching = 43,
    }
}
