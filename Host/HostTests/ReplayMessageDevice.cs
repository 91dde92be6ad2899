// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Bus;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Transport;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// An allocation-free stand-in for the transport, so allocation measurements see only the driver and
    /// its services: a burst is "sent" at once (sequence numbers assigned), every command is answered
    /// with STATUS OK, and the AEC registered for its command id follows.
    /// </summary>
    internal sealed class ReplayMessageDevice : IMessageDevice, IWincsBus
    {
        private readonly CommandBurst[] _queue = new CommandBurst[16];
        private readonly byte[] _status = new byte[8];
        private readonly ushort[] _aecCommands = new ushort[8];
        private readonly byte[][] _aecs = new byte[8][];
        private IMessageHandler _handler;
        private int _count;
        private int _aecCount;
        private ushort _sequence;

        public bool IsRunning { get; private set; }

        public int QueuedBursts => _count;

        public bool InterruptAsserted => false;

        /// <summary>Answers every <paramref name="commandId"/> with <paramref name="aec"/> after its STATUS.</summary>
        public void AnswerWith(ushort commandId, byte[] aec)
        {
            _aecCommands[_aecCount] = commandId;
            _aecs[_aecCount++] = aec;
        }

        public void SetHandler(IMessageHandler handler)
        {
            _handler = handler;
        }

        public SdioStatus InitializeStep()
        {
            IsRunning = true;
            return SdioStatus.Ok;
        }

        public void Restart()
        {
            IsRunning = false;
            _count = 0;
        }

        public bool Enqueue(CommandBurst burst)
        {
            if (!IsRunning || _count == _queue.Length)
            {
                return false;
            }

            _queue[_count++] = burst;
            return true;
        }

        public void Poll()
        {
            while (_count > 0)
            {
                CommandBurst b = _queue[0];
                Array.Copy(_queue, 1, _queue, 0, --_count);
                for (int c = 0; c < b.Count; c++)
                {
                    b.SetSequence(c, _sequence++);
                }

                _handler.OnBurstSent(b);
                for (int c = 0; c < b.Count; c++)
                {
                    ushort id = b.GetCommandId(c);
                    ushort seq = b.GetSequence(c);
                    _status[0] = 1;
                    _status[1] = (byte)(id >> 8);
                    _status[2] = (byte)id;
                    _status[3] = (byte)(seq >> 8);
                    _status[4] = (byte)seq;
                    _status[5] = 0;
                    _status[6] = 0;
                    _status[7] = 0;
                    _handler.OnMessage(_status, 0, 8);
                    for (int a = 0; a < _aecCount; a++)
                    {
                        if (_aecCommands[a] == id)
                        {
                            _handler.OnMessage(_aecs[a], 0, _aecs[a].Length);
                        }
                    }
                }
            }
        }

        public void Transfer(SpanByte write, SpanByte read)
        {
            throw new NotSupportedException();
        }

        public void SetReset(bool asserted)
        {
        }

        public void SetInterruptHandler(WincsInterruptHandler handler)
        {
        }
    }
}
