// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Sockets
{
    /// <summary>State of one socket descriptor (<c>WINC_SOCK_CTX</c>), preallocated with its rings.</summary>
    internal sealed class SocketContext
    {
        internal SocketContext(int index, int receiveSize, int sendSize, int datagramSlots, int maxWrites)
        {
            Index = index;
            Writes = new WincRequest[maxWrites];
            WriteLengths = new int[maxWrites];
            Rx = new ByteRing(receiveSize);
            Tx = new ByteRing(sendSize);
            RxDatagrams = new DatagramQueue(datagramSlots);
            TxDatagrams = new DatagramQueue(datagramSlots);
            Local = new SocketAddress();
            Remote = new SocketAddress();
            WriteLimit = int.MaxValue;
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

        // running 16-bit count of the bytes the module pushed (kept or dropped)
        internal ushort ReceivedSeqNum { get; set; }

        internal bool CreditDirty { get; set; }

        internal WincRequest CreditRequest { get; set; }

        internal ushort UnackedSeqNum { get; set; }

        // writes in flight, oldest first (a ring of Writes.Length slots): their requests and lengths
        internal WincRequest[] Writes { get; private set; }

        internal int[] WriteLengths { get; private set; }

        internal int WriteHead { get; set; }

        internal int WriteCount { get; set; }

        // bytes from the front of Tx covered by the writes in flight
        internal int SentBytes { get; set; }

        // writes allowed in flight now (capped by the window): halved by SOCKET_NOT_READY, regained one write per OK
        internal int WriteLimit { get; set; }

        // OKs since WriteLimit last grew: it grows by one write per window's worth of OKs
        internal int WriteGrowth { get; set; }

        // SO_SNDBUF the application gave the module (0: the module's default, unknown)
        internal int ModuleSendBuffer { get; set; }

        internal bool WriteKickPending { get; set; }

        internal bool WritePaused { get; set; }

        // after SOCKET_NOT_READY the resend waits RetryDelayMs, from the next task round on (RetryAt, driver clock ticks)
        internal bool RetryPending { get; set; }

        internal int RetryDelayMs { get; set; }

        internal long RetryAt { get; set; }

        // refusals (NOT_READY, SEQUENCE_ERROR) since the last OK, and when the first of them came (driver clock ticks)
        internal int WriteRetries { get; set; }

        internal long RefusedSince { get; set; }

        // errno of the last failed write, until GetSocketError reads it
        internal int WriteError { get; set; }

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
            ReceivedSeqNum = 0;
            CreditDirty = false;
            CreditRequest = null;
            UnackedSeqNum = 0;
            ClearWrites();
            WriteLimit = int.MaxValue;
            WriteGrowth = 0;
            ModuleSendBuffer = 0;
            WriteKickPending = false;
            WritePaused = false;
            RetryPending = false;
            RetryDelayMs = 0;
            RetryAt = 0;
            WriteRetries = 0;
            RefusedSince = 0;
            WriteError = 0;
            DroppedBytes = 0;
            Rx.Clear();
            Tx.Clear();
            RxDatagrams.Clear();
            TxDatagrams.Clear();
            Local.Clear();
            Remote.Clear();
        }

        // The request of the write 'age' places after the oldest one in flight.
        internal WincRequest GetWrite(int age)
        {
            return Writes[(WriteHead + age) % Writes.Length];
        }

        internal int GetWriteLength(int age)
        {
            return WriteLengths[(WriteHead + age) % Writes.Length];
        }

        // Position of the request among the writes in flight (0 = oldest), or -1.
        internal int FindWrite(WincRequest request)
        {
            for (int age = 0; age < WriteCount; age++)
            {
                if (GetWrite(age) == request)
                {
                    return age;
                }
            }

            return -1;
        }

        internal void PushWrite(WincRequest request, int length)
        {
            int slot = (WriteHead + WriteCount) % Writes.Length;
            Writes[slot] = request;
            WriteLengths[slot] = length;
            WriteCount++;
            SentBytes += length;
        }

        // Removes the oldest write (acknowledged) and returns its length; SentBytes is left to the caller.
        internal int PopWrite()
        {
            int length = WriteLengths[WriteHead];
            Writes[WriteHead] = null;
            WriteHead = (WriteHead + 1) % Writes.Length;
            WriteCount--;
            return length;
        }

        // Forgets the writes from position 'age' on (the module took none of them); their bytes are unsent again.
        internal void DropWritesFrom(int age)
        {
            while (WriteCount > age)
            {
                int slot = (WriteHead + WriteCount - 1) % Writes.Length;
                SentBytes -= WriteLengths[slot];
                Writes[slot] = null;
                WriteCount--;
            }
        }

        internal void ClearWrites()
        {
            for (int i = 0; i < Writes.Length; i++)
            {
                Writes[i] = null;
            }

            WriteHead = 0;
            WriteCount = 0;
            SentBytes = 0;
        }
    }
}
