// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wss
{
    /// <summary>
    /// Received payload (<c>SYS_WSS_RXDATA</c>): a window into the client's fixed receive buffer, valid
    /// only during the callback. One instance per client slot is reused, so receiving allocates nothing.
    /// </summary>
    public sealed class WssRxData
    {
        /// <summary>Gets the buffer holding the payload.</summary>
        public byte[] Data { get; internal set; }

        /// <summary>Gets the first payload byte in <see cref="Data"/>.</summary>
        public int Offset { get; internal set; }

        /// <summary>Gets the payload length (<c>datalen</c>).</summary>
        public int Length { get; internal set; }

        /// <summary>Gets the frame type of the payload.</summary>
        public WssFrame Frame { get; internal set; }

        /// <summary>Gets the close code (ClientCloseFrameRx, ErrInvalidFrame, ClientClosing); 0 otherwise.</summary>
        public int CloseCode { get; internal set; }

        internal void Set(WssFrame frame, byte[] data, int offset, int length, int closeCode)
        {
            Frame = frame;
            Data = data;
            Offset = offset;
            Length = length;
            CloseCode = closeCode;
        }
    }
}
