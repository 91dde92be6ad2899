// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Sockets
{
    /// <summary>State of one socket descriptor (<c>WINC_SOCK_CTX</c>), preallocated with its rings.</summary>
    internal sealed class SocketContext
    {
        internal SocketContext(int index, int receiveSize, int sendSize, int datagramSlots)
        {
            Index = index;
            Rx = new ByteRing(receiveSize);
            Tx = new ByteRing(sendSize);
            RxDatagrams = new DatagramQueue(datagramSlots);
            TxDatagrams = new DatagramQueue(datagramSlots);
            Local = new SocketAddress();
            Remote = new SocketAddress();
        }

        internal int Index { get; private set; }

        internal ByteRing Rx { get; private set; }

        internal ByteRing Tx { get; private set; }

        internal DatagramQueue RxDatagrams { get; private set; }

        internal DatagramQueue TxDatagrams { get; private set; }

        internal SocketAddress Local { get; private set; }

        internal SocketAddress Remote { get; private set; }

        internal bool InUse { get; set; }

        internal int SockId { get; set; }

        internal int Type { get; set; }

        internal int Protocol { get; set; }

        internal int Domain { get; set; }

        internal int ReadMode { get; set; }

        internal bool Opened { get; set; }

        internal bool Listening { get; set; }

        internal bool Connected { get; set; }

        internal bool Accepted { get; set; }

        internal bool FromIndication { get; set; }

        internal bool TlsPending { get; set; }

        internal bool ClosePending { get; set; }

        internal bool Closing { get; set; }

        internal bool AsyncConfigPending { get; set; }

        internal int Events { get; set; }

        internal ushort NextSeqNum { get; set; }

        internal ushort CreditSent { get; set; }

        internal bool CreditDirty { get; set; }

        internal WincRequest CreditRequest { get; set; }

        internal ushort UnackedSeqNum { get; set; }

        internal bool WriteInFlight { get; set; }

        internal bool WriteKickPending { get; set; }

        internal bool WritePaused { get; set; }

        internal int InFlightLength { get; set; }

        internal int WriteRetries { get; set; }

        internal int DroppedBytes { get; set; }

        internal bool IsStream => Type == SocketConstants.SockStream;

        internal void Reset()
        {
            InUse = false;
            SockId = 0;
            Type = 0;
            Protocol = 0;
            Domain = 0;
            ReadMode = 0;
            Opened = false;
            Listening = false;
            Connected = false;
            Accepted = false;
            FromIndication = false;
            TlsPending = false;
            ClosePending = false;
            Closing = false;
            AsyncConfigPending = false;
            Events = 0;
            NextSeqNum = 0;
            CreditSent = 0;
            CreditDirty = false;
            CreditRequest = null;
            UnackedSeqNum = 0;
            WriteInFlight = false;
            WriteKickPending = false;
            WritePaused = false;
            InFlightLength = 0;
            WriteRetries = 0;
            DroppedBytes = 0;
            Rx.Clear();
            Tx.Clear();
            RxDatagrams.Clear();
            TxDatagrams.Clear();
            Local.Clear();
            Remote.Clear();
        }
    }
}
