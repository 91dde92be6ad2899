// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss
{
    /// <summary>Close status codes (<c>SYS_WSS_STATUS_CODE</c>, RFC 6455 section 7.4).</summary>
    public enum WssStatusCode
    {
        /// <summary>1000: normal closure.</summary>
        NormalClosure = 1000,

        /// <summary>1001: the endpoint is going away.</summary>
        GoingAway = 1001,

        /// <summary>1002: protocol error.</summary>
        ProtocolError = 1002,

        /// <summary>1003: data type not accepted.</summary>
        UnsupportedData = 1003,

        /// <summary>1005: no status code was present (never sent).</summary>
        NoStatusRcvd = 1005,

        /// <summary>1006: closed without a close frame (never sent).</summary>
        AbnormalClosure = 1006,

        /// <summary>1007: text was not valid UTF-8.</summary>
        InvalidPayloadData = 1007,

        /// <summary>1008: policy violation.</summary>
        PolicyViolation = 1008,

        /// <summary>1009: message larger than the configured maximum.</summary>
        MessageTooBig = 1009,

        /// <summary>1010: the client expected an extension.</summary>
        MandatoryExt = 1010,

        /// <summary>1011: the server hit an unexpected condition.</summary>
        InternalError = 1011,

        /// <summary>1015: TLS handshake failure (never sent).</summary>
        TlsHandshake = 1015,
    }
}
