// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Sys.Wss
{
    /// <summary>
    /// SYS_WSS configuration (<c>SYS_WSS_CONFIG</c> plus what Harmony fixed at compile time). Buffers are
    /// allocated once, at initialisation, from these sizes.
    /// </summary>
    public sealed class WssConfig
    {
        /// <summary>Most clients one server accepts.</summary>
        public const int MaxClientsLimit = 8;

        /// <summary>Gets or sets the listening port (SYS_WSS_PORT, default 8000).</summary>
        public int Port { get; set; } = 8000;

        /// <summary>
        /// Gets or sets a value indicating whether the module's TLS server is used (wss://): the listening
        /// socket gets <see cref="TlsConfigurationIndex"/> before it binds, every accepted client runs the TLS
        /// handshake in the module first, and a failed handshake raises <see cref="WssEvent.SslFailed"/>.
        /// </summary>
        public bool IsTlsEnabled { get; set; }

        /// <summary>
        /// Gets or sets the TLS context of the listening socket when TLS is enabled: a handle from
        /// <c>NetSockService.OpenTlsCtx</c> (the module's TLSC configuration index, default 1) whose
        /// certificate and private key (files in the module's store) were set with <c>NetSockService.TlsConfig</c>;
        /// 0 uses the net service's current context.
        /// </summary>
        public int TlsConfigurationIndex { get; set; } = 1;

        /// <summary>Gets or sets how many clients may be connected at once (default 2, 1 to 8); the next one gets HTTP 503.</summary>
        public int MaxClients { get; set; } = 2;

        /// <summary>Gets or sets the idle time after which the server pings a silent client (SYS_WSS_CLIENT_TIMEOUT, default 30 s).</summary>
        public int ClientTimeoutMs { get; set; } = 30000;

        /// <summary>Gets or sets how long the server waits for the pong before closing with 1001 (default 10 s).</summary>
        public int PongTimeoutMs { get; set; } = 10000;

        /// <summary>Gets or sets how long the server waits for the client's close frame before it closes TCP itself (default 5 s).</summary>
        public int CloseTimeoutMs { get; set; } = 5000;

        /// <summary>Gets or sets the largest reassembled message; larger ones close the connection with 1009 (default 4096).</summary>
        public int MaxMessageSize { get; set; } = 4096;

        /// <summary>Gets or sets the per-client transmit buffer; 0 means MaxMessageSize plus room for headers and control frames.</summary>
        public int TxBufferSize { get; set; }

        /// <summary>Gets or sets the largest opening-handshake request (default 1024 bytes); larger ones get HTTP 400.</summary>
        public int MaxHandshakeSize { get; set; } = 1024;

        /// <summary>Gets or sets the subprotocols the server speaks, in order of preference, or null.</summary>
        public string[] Subprotocols { get; set; }

        /// <summary>
        /// Gets or sets the page answered to a plain HTTP GET (a request without an Upgrade header) on the
        /// WebSocket port: 200 with these bytes, then the server closes TCP. Null (default) answers such
        /// requests with 400. The array is sent as it is, without a copy, so do not change it while served.
        /// </summary>
        public byte[] HttpPage { get; set; }

        /// <summary>Gets or sets the Content-Type of <see cref="HttpPage"/> (printable ASCII, at most 100 characters; default "text/html; charset=utf-8").</summary>
        public string HttpPageContentType { get; set; } = "text/html; charset=utf-8";

        /// <summary>Longest <see cref="HttpPageContentType"/>, so the 200 header always fits a transmit buffer.</summary>
        internal const int MaxContentTypeLength = 100;

        /// <summary>Bytes kept free in every transmit buffer for pongs and close frames.</summary>
        internal const int ControlReserve = 2 * (2 + 125);

        internal int EffectiveTxBufferSize => TxBufferSize > 0 ? TxBufferSize : MaxMessageSize + 10 + ControlReserve;

        internal void Validate()
        {
            if (Port <= 0 || Port > 65535 || MaxClients < 1 || MaxClients > MaxClientsLimit || MaxMessageSize < 125
                || ClientTimeoutMs <= 0 || PongTimeoutMs <= 0 || CloseTimeoutMs <= 0 || MaxHandshakeSize < 128
                || (TxBufferSize != 0 && TxBufferSize < ControlReserve + 16))
            {
                throw new ArgumentOutOfRangeException();
            }

            if (HttpPage != null)
            {
                string type = HttpPageContentType;
                if (type == null || type.Length == 0 || type.Length > MaxContentTypeLength)
                {
                    throw new ArgumentOutOfRangeException();
                }

                for (int i = 0; i < type.Length; i++)
                {
                    if (type[i] < ' ' || type[i] > '~')
                    {
                        throw new ArgumentOutOfRangeException();
                    }
                }
            }
        }
    }
}
