// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    /// <summary>
    /// Settings of a TLS context for <see cref="NetSockService.TlsConfig"/>
    /// (<c>SYS_WINCS_NET_TLS_SOC_PARAMS</c>). Null strings are left unchanged. Certificate and key
    /// names are files in the module's file store.
    /// </summary>
    public sealed class NetTlsSocParams
    {
        /// <summary>Gets or sets a value indicating whether the peer's certificate is verified against <see cref="TlsCACertificate"/> (<c>tlsPeerAuth</c>).</summary>
        public bool TlsPeerAuth { get; set; }

        /// <summary>Gets or sets the CA certificate file name (<c>tlsCACertificate</c>).</summary>
        public string TlsCACertificate { get; set; }

        /// <summary>Gets or sets the device certificate file name (<c>tlsCertificate</c>).</summary>
        public string TlsCertificate { get; set; }

        /// <summary>Gets or sets the device private key file name (<c>tlsKeyName</c>).</summary>
        public string TlsKeyName { get; set; }

        /// <summary>Gets or sets the password of the private key, or null when it has none (<c>tlsKeyPassword</c>).</summary>
        public string TlsKeyPassword { get; set; }

        /// <summary>Gets or sets the server name sent in the SNI extension (<c>tlsServerName</c>).</summary>
        public string TlsServerName { get; set; }

        /// <summary>Gets or sets the name the peer's certificate must carry (<c>tlsDomainName</c>).</summary>
        public string TlsDomainName { get; set; }

        /// <summary>Gets or sets a value indicating whether <see cref="TlsDomainName"/> is checked (<c>tlsDomainNameVerify</c>).</summary>
        public bool TlsDomainNameVerify { get; set; }

        /// <summary>Gets or sets the context to configure (<c>tlsHandle</c>, unused by Harmony); 0 = the current context.</summary>
        public int TlsHandle { get; set; }
    }
}
