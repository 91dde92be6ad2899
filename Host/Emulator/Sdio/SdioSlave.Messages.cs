// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;

namespace nanoWincs.Emulator.Sdio
{
    /// <summary>
    /// Function 1 of the slave: the mailbox protocol (host interface specification section 4.4). The host
    /// announces bursts in SD_HOST_GP (sizes in the CSA when more than one) and gets TX_REQ grants in ARM_GP;
    /// module messages are announced by RX_REQ (one message, or a size list first) and read from the FIFO,
    /// each read preceded by DATA_RDY. INTOUT follows INT_ID_CLR &amp; FN1 INT_EN once interrupts are enabled.
    /// </summary>
    public sealed partial class SdioSlave : IModuleHost
    {
        private const int Fn1DataAddress = 0x00;
        private const int Fn1IntIdClear = 0x08;
        private const int Fn1IntEnable = 0x09;
        private const int Fn1HostMailbox = 0x24;
        private const int Fn1ArmMailbox = 0x28;
        private const int Fn1ReadDataReady = 0x2C;
        private const int Fn1LastAddress = 0x2F;
        private const byte DataReady = 0x01;
        private const byte MessageFromArm = 0x04;
        private const byte AckToHost = 0x08;
        private const int TxRequest = 1;
        private const int RxRequest = 2;

        private readonly byte[] _hostMailbox = new byte[4];
        private readonly byte[] _armMailbox = new byte[4];
        private byte _intId;
        private byte _intEnable;
        private bool _lineAsserted;

        // the host's burst: announced sizes (words), the next message expected, how many are granted
        private int[] _burstWords = Array.Empty<int>();
        private int _burstIndex;
        private int _burstGranted;
        private byte[] _message = new byte[2048];
        private int _messageLength;
        private bool _grantPending;
        private bool _answersHeld;
        private int _grantNumber;
        private int _grantWords;

        // module-to-host: queued messages, and the RX event the host is reading
        private readonly LinkedList<byte[]> _outbound = new LinkedList<byte[]>();
        private byte[] _fifo = Array.Empty<byte>();
        private int _fifoPosition;
        private bool _rxInFlight;
        private List<byte[]> _rxMessages = new List<byte[]>();
        private int _rxListBytes;
        private int _rxTraced;
        private bool _dataReadyPending;
        private int _dataReadyCountdown;

        /// <summary>Gets the number of module messages not yet announced to the host.</summary>
        public int QueuedToHost
        {
            get
            {
                lock (_sync)
                {
                    return _outbound.Count;
                }
            }
        }

        /// <inheritdoc/>
        public void PostToHost(ReadOnlySpan<byte> message)
        {
            if (message.Length == 0 || message.Length > 0xFFFF * 4)
            {
                throw new ArgumentOutOfRangeException(nameof(message));
            }

            // the host reads whole words: pad with zeros
            byte[] padded = new byte[(message.Length + 3) & ~3];
            message.CopyTo(padded);
            lock (_sync)
            {
                if (_resetLine)
                {
                    _counters.MessagesLostByReset++;
                    _trace?.Lost(padded, "the module is held in reset");
                    return;
                }

                _outbound.AddLast(padded);
                TryPostEvent();
            }

            Dispatch();
        }

        private byte ReadFunction1(int address)
        {
            switch (address)
            {
                case Fn1DataAddress:
                    byte[] one = new byte[1];
                    ReadFifo(one);
                    return one[0];
                case Fn1IntIdClear:
                    if (_dataReadyPending)
                    {
                        if (_dataReadyCountdown == 0)
                        {
                            _dataReadyPending = false;
                            _intId |= DataReady;
                        }
                        else
                        {
                            _dataReadyCountdown--;
                        }
                    }

                    return _intId;
                case Fn1IntEnable:
                    return _intEnable;
                case Fn1ReadDataReady:
                    return (byte)((_intId & DataReady) != 0 ? 1 : 0);
                default:
                    if (address >= Fn1HostMailbox && address < Fn1HostMailbox + 4)
                    {
                        return _hostMailbox[address - Fn1HostMailbox];
                    }

                    if (address >= Fn1ArmMailbox && address < Fn1ArmMailbox + 4)
                    {
                        return _armMailbox[address - Fn1ArmMailbox];
                    }

                    return 0;
            }
        }

        private void WriteFunction1(int address, byte value)
        {
            switch (address)
            {
                case Fn1DataAddress:
                    AcceptFifoData(new byte[] { value }, 1);
                    break;
                case Fn1IntIdClear:
                    // write one to clear
                    _intId &= (byte)~value;
                    UpdateInterruptLine();
                    TryPostEvent();
                    break;
                case Fn1IntEnable:
                    _intEnable = value;
                    UpdateInterruptLine();
                    break;
                default:
                    if (address >= Fn1HostMailbox && address < Fn1HostMailbox + 4)
                    {
                        _hostMailbox[address - Fn1HostMailbox] = value;
                        if (address == Fn1HostMailbox + 3)
                        {
                            OnHostMailbox();
                        }
                    }
                    else if (address >= Fn1ArmMailbox && address < Fn1ArmMailbox + 4)
                    {
                        ProtocolError("the host wrote ARM_GP");
                    }

                    break;
            }
        }

        private static uint Word(byte[] bytes, int offset)
        {
            return (uint)(bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24));
        }

        private static void PutWord(byte[] bytes, int offset, uint value)
        {
            bytes[offset] = (byte)value;
            bytes[offset + 1] = (byte)(value >> 8);
            bytes[offset + 2] = (byte)(value >> 16);
            bytes[offset + 3] = (byte)(value >> 24);
        }

        private void OnHostMailbox()
        {
            uint word = Word(_hostMailbox, 0);
            int type = (int)(word >> 24);
            int number = (int)((word >> 16) & 0xFF);
            int length = (int)(word & 0xFFFF);
            _counters.HostMailboxes++;

            if (type != TxRequest || number == 0 || length == 0)
            {
                ProtocolError("host mailbox 0x" + word.ToString("X8") + " is not a TX request");
                return;
            }

            if (_burstIndex < _burstWords.Length)
            {
                ProtocolError("host mailbox while " + (_burstWords.Length - _burstIndex) + " messages of the previous burst are missing");
                return;
            }

            int[] words = new int[number];
            if (number == 1)
            {
                words[0] = length;
            }
            else
            {
                if (length != number)
                {
                    ProtocolError("multi-message mailbox with length " + length + " for " + number + " messages");
                }

                if ((_fn0[FbrCsaConfig] & 0x80) == 0)
                {
                    ProtocolError("size list announced while the CSA is disabled");
                }

                for (int i = 0; i < number; i++)
                {
                    words[i] = (int)Word(_csa, i * 4);
                    if (words[i] == 0 || words[i] > 0xFFFF)
                    {
                        ProtocolError("size list entry " + i + " is " + words[i] + " words");
                        return;
                    }
                }
            }

            _burstWords = words;
            _burstIndex = 0;
            _burstGranted = 0;
            _messageLength = 0;
            QueueGrant();
        }

        private void QueueGrant()
        {
            int remaining = _burstWords.Length - _burstGranted;
            int number = _options.MaxGrantMessages == 0 ? remaining : Math.Min(remaining, _options.MaxGrantMessages);
            int words = 0;
            for (int i = 0; i < number; i++)
            {
                words += _burstWords[_burstGranted + i];
            }

            _burstGranted += number;
            _grantPending = true;
            _grantNumber = number;
            _grantWords = Math.Min(words, 0xFFFF);
            TryPostEvent();
        }

        private void AcceptFifoData(byte[] data, int length)
        {
            int position = 0;
            while (position < length)
            {
                if (_burstIndex >= _burstGranted)
                {
                    ProtocolError((length - position) + " bytes written to the FN1 FIFO beyond the granted messages");
                    return;
                }

                int size = _burstWords[_burstIndex] * 4;
                int take = Math.Min(size - _messageLength, length - position);
                if (_message.Length < size)
                {
                    Array.Resize(ref _message, size);
                }

                Array.Copy(data, position, _message, _messageLength, take);
                _messageLength += take;
                position += take;

                if (_messageLength == size)
                {
                    byte[] command = new byte[size];
                    Array.Copy(_message, command, size);
                    _counters.CommandMessages++;
                    _counters.CommandBytes += size;
                    _trace?.Command(command);
                    _deferred.Enqueue(() => _firmware.OnCommand(command));
                    _messageLength = 0;
                    _burstIndex++;
                    if (_burstIndex == _burstWords.Length)
                    {
                        // once the firmware has answered the last command, the held answers go out as one list
                        _answersHeld = true;
                        _deferred.Enqueue(PostAfterBurst);
                    }
                    else if (_burstIndex == _burstGranted)
                    {
                        QueueGrant();
                    }
                }
            }
        }

        private void PostAfterBurst()
        {
            lock (_sync)
            {
                _answersHeld = false;
                TryPostEvent();
            }
        }

        private void ReadFifo(byte[] destination)
        {
            if (!_rxInFlight)
            {
                ProtocolError("FN1 FIFO read of " + destination.Length + " bytes with nothing announced");
                return;
            }

            int count = Math.Min(_fifo.Length - _fifoPosition, destination.Length);
            Array.Copy(_fifo, _fifoPosition, destination, 0, count);
            _fifoPosition += count;
            TraceDelivered();
            if (count < destination.Length)
            {
                ProtocolError("FN1 FIFO read " + (destination.Length - count) + " bytes past the announced data");
            }

            if (_fifoPosition >= _fifo.Length)
            {
                _rxInFlight = false;
                _counters.MessagesToHost += _rxMessages.Count;
                _counters.MessageBytesToHost += _fifo.Length - _rxListBytes;
                _rxMessages.Clear();
                TryPostEvent();
            }
            else
            {
                StageDataReady();
            }
        }

        /// <summary>Traces the messages of the RX event the host has now read to their last byte (the bus trace's "&lt;-" lines).</summary>
        private void TraceDelivered()
        {
            BusTraceWriter trace = _trace;
            if (trace == null)
            {
                return;
            }

            int end = _rxListBytes;
            for (int i = 0; i < _rxMessages.Count; i++)
            {
                end += _rxMessages[i].Length;
                if (end > _fifoPosition)
                {
                    return;
                }

                if (i >= _rxTraced)
                {
                    trace.ToHost(_rxMessages[i]);
                    _rxTraced = i + 1;
                }
            }
        }

        private void StageDataReady()
        {
            if (_options.DataReadyDelayPolls == 0)
            {
                _intId |= DataReady;
            }
            else
            {
                _dataReadyPending = true;
                _dataReadyCountdown = _options.DataReadyDelayPolls;
            }
        }

        /// <summary>Posts the next ARM_GP event when the previous one is acknowledged: a pending grant first, then queued messages.</summary>
        private void TryPostEvent()
        {
            if ((_fn0[CccrIoEnable] & Function1Bit) == 0 || (_fn0[CccrIntEnable] & (MasterInterruptBit | Function1Bit)) != (MasterInterruptBit | Function1Bit))
            {
                return;
            }

            if ((_intId & MessageFromArm) != 0)
            {
                return;
            }

            if (_grantPending)
            {
                _grantPending = false;
                PutWord(_armMailbox, 0, ((uint)TxRequest << 24) | ((uint)_grantNumber << 16) | (uint)_grantWords);
                _intId |= MessageFromArm | AckToHost;
                _counters.TxGrants++;
                UpdateInterruptLine();
                return;
            }

            // answers to a burst the host is still sending are held back and grouped after its last command
            if (_rxInFlight || _outbound.Count == 0 || _burstIndex < _burstGranted || _answersHeld)
            {
                return;
            }

            int number = Math.Min(_outbound.Count, _options.MaxMessagesPerRxList);
            int listBytes = number > 1 ? number * 4 : 0;
            int total = listBytes;
            _rxMessages.Clear();
            for (int i = 0; i < number; i++)
            {
                byte[] message = _outbound.First.Value;
                _outbound.RemoveFirst();
                _rxMessages.Add(message);
                total += message.Length;
            }

            _fifo = new byte[total];
            int offset = listBytes;
            for (int i = 0; i < number; i++)
            {
                if (number > 1)
                {
                    PutWord(_fifo, i * 4, (uint)(_rxMessages[i].Length / 4));
                }

                Array.Copy(_rxMessages[i], 0, _fifo, offset, _rxMessages[i].Length);
                offset += _rxMessages[i].Length;
            }

            uint mailbox = number > 1
                ? ((uint)RxRequest << 24) | ((uint)number << 16) | (uint)number
                : ((uint)RxRequest << 24) | (1u << 16) | (uint)(_rxMessages[0].Length / 4);
            PutWord(_armMailbox, 0, mailbox);
            _fifoPosition = 0;
            _rxListBytes = listBytes;
            _rxTraced = 0;
            _rxInFlight = true;
            _intId |= MessageFromArm;
            StageDataReady();
            _counters.RxEvents++;
            UpdateInterruptLine();
        }

        private void UpdateInterruptLine()
        {
            bool ready = Powered
                && (_fn0[CccrIoEnable] & Function1Bit) != 0
                && (_fn0[CccrIntEnable] & (MasterInterruptBit | Function1Bit)) == (MasterInterruptBit | Function1Bit)
                && _intEnable != 0;
            if (ready != _sdioReady)
            {
                // the last step of the host's initialisation (section 4.3): messages can flow from now on
                _sdioReady = ready;
                if (ready)
                {
                    _trace?.Event("ready: function 1 enabled, interrupts on (FN1 INT_EN 0x" + _intEnable.ToString("X2") + ")");
                }
            }

            bool asserted = ready && (_intId & _intEnable) != 0;
            if (asserted != _lineAsserted)
            {
                _lineAsserted = asserted;
                _deferred.Enqueue(() => InterruptLineChanged?.Invoke(asserted));
            }
        }

        private void ResetFunction1()
        {
            RequeueUnread();
            _intId = 0;
            _intEnable = 0;
            Array.Clear(_hostMailbox, 0, 4);
            Array.Clear(_armMailbox, 0, 4);
            _burstWords = Array.Empty<int>();
            _burstIndex = 0;
            _burstGranted = 0;
            _messageLength = 0;
            _grantPending = false;
            _answersHeld = false;
            _dataReadyPending = false;
            UpdateInterruptLine();
        }

        /// <summary>A link reset keeps the module's messages: whatever the host had not read completely is announced again.</summary>
        private void RequeueUnread()
        {
            if (!_rxInFlight)
            {
                return;
            }

            int end = _rxListBytes;
            var unread = new List<byte[]>();
            foreach (byte[] message in _rxMessages)
            {
                end += message.Length;
                if (_fifoPosition < end)
                {
                    unread.Add(message);
                }
                else
                {
                    _counters.MessagesToHost++;
                    _counters.MessageBytesToHost += message.Length;
                }
            }

            for (int i = unread.Count - 1; i >= 0; i--)
            {
                _outbound.AddFirst(unread[i]);
            }

            _rxMessages.Clear();
            _rxInFlight = false;
            _fifo = Array.Empty<byte>();
            _fifoPosition = 0;
        }

        private void DropOutbound()
        {
            if (_rxInFlight)
            {
                RequeueUnread();
            }

            _counters.MessagesLostByReset += _outbound.Count;
            BusTraceWriter trace = _trace;
            if (trace != null)
            {
                foreach (byte[] message in _outbound)
                {
                    trace.Lost(message, "the module reset before the host read it");
                }
            }

            _outbound.Clear();
        }
    }
}
