// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss.Protocol
{
    /// <summary>What <see cref="WssFrameParser"/> reports; buffers are valid only during the call.</summary>
    public interface IWssFrameHandler
    {
        /// <summary>A complete (reassembled) data message.</summary>
        /// <param name="opcode">Text or Binary.</param>
        /// <param name="buffer">Message bytes (unmasked).</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">Message length.</param>
        void OnMessage(WssFrame opcode, byte[] buffer, int offset, int length);

        /// <summary>A ping (answer with a pong carrying the same payload).</summary>
        /// <param name="buffer">Payload.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">0 to 125.</param>
        void OnPing(byte[] buffer, int offset, int length);

        /// <summary>A pong.</summary>
        /// <param name="buffer">Payload.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">0 to 125.</param>
        void OnPong(byte[] buffer, int offset, int length);

        /// <summary>A valid close frame; the parser ignores everything after it.</summary>
        /// <param name="code">Status code, or 1005 when the frame had no payload.</param>
        /// <param name="reason">Buffer holding the UTF-8 reason.</param>
        /// <param name="offset">First reason byte.</param>
        /// <param name="length">Reason length (0 to 123).</param>
        void OnClose(int code, byte[] reason, int offset, int length);

        /// <summary>The peer broke the protocol; fail the connection with <paramref name="closeCode"/> (1002, 1007 or 1009).</summary>
        /// <param name="closeCode">Close code to send.</param>
        void OnFail(int closeCode);
    }
}
