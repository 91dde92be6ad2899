// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// A decoded SOCKRXT or SOCKRXU AEC (<see cref="AecDecoder.Sockrxt"/>, <see cref="AecDecoder.Sockrxu"/>).
    /// Preallocate one and reuse it; the data is not copied: it stays in the reader's buffer at
    /// <see cref="DataOffset"/> and is valid only while that message is being handled.
    /// </summary>
    public sealed class SocketRxIndication
    {
        private readonly byte[] _remoteAddress = new byte[16];

        /// <summary>Gets or sets the module socket id.</summary>
        public int SocketId { get; set; }

        /// <summary>Gets or sets which form the AEC took.</summary>
        public SocketRxKind Kind { get; set; }

        /// <summary>Gets or sets a value indicating whether this is a datagram (SOCKRXU) indication.</summary>
        public bool IsDatagram { get; set; }

        /// <summary>Gets or sets the announced length: the pending bytes (polled) or the data length (async, reliable).</summary>
        public int Length { get; set; }

        /// <summary>Gets or sets the pending datagram count (polled SOCKRXU), else 0.</summary>
        public int PendingDatagrams { get; set; }

        /// <summary>Gets or sets the sequence number of the first data byte (reliable), else -1.</summary>
        public int SequenceNumber { get; set; }

        /// <summary>Gets or sets the offset of the data in the reader's buffer (async, reliable), else -1.</summary>
        public int DataOffset { get; set; }

        /// <summary>Gets or sets the data bytes present in the AEC (async, reliable), else 0.</summary>
        public int DataLength { get; set; }

        /// <summary>Gets the sender address of a datagram (first <see cref="RemoteAddressLength"/> bytes).</summary>
        public byte[] RemoteAddress => _remoteAddress;

        /// <summary>Gets or sets 4 (IPv4), 16 (IPv6) or 0 (SOCKRXT).</summary>
        public int RemoteAddressLength { get; set; }

        /// <summary>Gets or sets the sender port of a datagram, else 0.</summary>
        public int RemotePort { get; set; }

        /// <summary>Resets every field before decoding.</summary>
        public void Clear()
        {
            SocketId = 0;
            Kind = SocketRxKind.Polled;
            IsDatagram = false;
            Length = 0;
            PendingDatagrams = 0;
            SequenceNumber = -1;
            DataOffset = -1;
            DataLength = 0;
            RemoteAddressLength = 0;
            RemotePort = 0;
        }
    }
}
