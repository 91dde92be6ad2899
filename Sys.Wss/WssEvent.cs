// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss
{
    /// <summary>
    /// Events delivered to the <see cref="WssCallback"/> (<c>SYS_WSS_EVENTS</c>). Numbered as Harmony numbers
    /// them with TLS enabled, whether or not TLS is used, so the values never move with configuration.
    /// </summary>
    public enum WssEvent
    {
        /// <summary>
        /// SYS_WSS_EVENT_ERR: a client socket failed for a reason other than TLS (data: the boxed
        /// <see cref="Sys.Wincs.Net.NetSockError"/>, e.g. SendFailed, ReceiveFailed, SocketError, ConnectionLost);
        /// the net service closes the socket and <see cref="ClientClosed"/> follows. Harmony never raises it.
        /// </summary>
        Err = 0,

        /// <summary>TCP connection accepted; the opening handshake is next.</summary>
        ClientConnecting = 1,

        /// <summary>Handshake done (data: <see cref="WssClientInfo"/>); messages may flow. Raised after the state is Connected.</summary>
        ClientConnected = 2,

        /// <summary>A complete binary message (data: <see cref="WssRxData"/>).</summary>
        ClientBinDataRx = 3,

        /// <summary>A complete, valid UTF-8 text message (data: <see cref="WssRxData"/>).</summary>
        ClientTxtDataRx = 4,

        /// <summary>A ping arrived (data: <see cref="WssRxData"/>); the pong was already queued.</summary>
        ClientPingRx = 5,

        /// <summary>A pong arrived (data: <see cref="WssRxData"/>).</summary>
        ClientPongRx = 6,

        /// <summary>The client's close frame arrived (data: <see cref="WssRxData"/> with CloseCode and reason).</summary>
        ClientCloseFrameRx = 7,

        /// <summary>
        /// The close handshake started (either side; data: <see cref="WssRxData"/> with the close code), or the
        /// HTTP request was answered without an upgrade (CloseCode holds the HTTP status: 200 when the page
        /// was served, 400 or 426 when the opening handshake was refused); TCP closes next.
        /// </summary>
        ClientClosing = 8,

        /// <summary>TCP is closed; the slot is free. Raised exactly once per connection.</summary>
        ClientClosed = 9,

        /// <summary>The client broke RFC 6455 (data: <see cref="WssRxData"/> with CloseCode 1002, 1007 or 1009); the server fails the connection.</summary>
        ErrInvalidFrame = 10,

        /// <summary>The client did not answer the idle ping in time; the server closes (1001).</summary>
        ClientTimeout = 11,

        /// <summary>
        /// SYS_WSS_EVENT_SSL_FAILED: the TLS handshake of an accepted client failed (server with
        /// <see cref="WssConfig.IsTlsEnabled"/>: a plain ws:// client, a client that refused the
        /// certificate, no common cipher suite, a handshake timeout). Data: the boxed
        /// <see cref="Sys.Wincs.Net.NetSockError"/> TlsFailed (Harmony passes NULL). Raised once for the
        /// slot, after <see cref="ClientConnecting"/>; the module drops the connection and
        /// <see cref="ClientClosed"/> frees the slot. The other clients are not affected.
        /// </summary>
        SslFailed = 12,

        /// <summary>
        /// The listening socket could not be opened (client index -1, data null): the net service refused the
        /// open, e.g. with <see cref="WssConfig.IsTlsEnabled"/> when the TLS context of
        /// <see cref="WssConfig.TlsConfigurationIndex"/> is not open; Initialize then returns Failure.
        /// </summary>
        SockOpenFailed = 13,

        /// <summary>The network link went down.</summary>
        LlIntfDown = 14,

        /// <summary>The network link came (back) up.</summary>
        LlIntfUp = 15,
    }
}
