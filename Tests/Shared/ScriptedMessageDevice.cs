// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Transport;

namespace Tests.Shared
{
    /// <summary>
    /// A scripted IMessageDevice: InitializeStep returns scripted results (stamped with the fake
    /// clock), Enqueue records bursts, Poll "transmits" them (assigning sequence numbers from a
    /// 16-bit counter, like winc_dev) and then delivers the messages the test queued with
    /// <see cref="Deliver"/>, or the bus error it asked for with <see cref="FailBus"/>. The last
    /// <see cref="DefaultLogSize"/> (or the given number of) transmissions can be read back (GetSent...);
    /// asking for an older one throws ArgumentOutOfRangeException. Shared by every test project (Tests/Shared).
    /// </summary>
    public sealed class ScriptedMessageDevice : IMessageDevice
    {
        /// <summary>Transmissions kept by default (a device running the tests keeps their copies).</summary>
        public const int DefaultLogSize = 64;

        private readonly FakeClock _clock;
        private readonly SdioStatus[] _script = new SdioStatus[256];
        private readonly long[] _stepTimes = new long[256];
        private readonly CommandBurst[] _queue = new CommandBurst[16];
        private readonly int _logSize;
        private readonly byte[][] _sent;
        private readonly int[] _sentCounts;
        private readonly int[][] _sentOffsets;
        private readonly byte[][] _inbox = new byte[256][];
        private IMessageHandler _handler;
        private int _scriptLength;
        private int _scriptPosition;
        private int _queueCount;
        private int _inboxCount;
        private ushort _nextSequence;
        private bool _busErrorPending;
        private MessageDeviceError _busError;

        /// <summary>Creates the device.</summary>
        /// <param name="clock">Clock used to stamp bring-up steps.</param>
        public ScriptedMessageDevice(FakeClock clock)
            : this(clock, DefaultLogSize)
        {
        }

        /// <summary>Creates the device keeping the last <paramref name="logSize"/> transmissions.</summary>
        /// <param name="clock">Clock used to stamp bring-up steps.</param>
        /// <param name="logSize">Transmissions that can be read back.</param>
        public ScriptedMessageDevice(FakeClock clock, int logSize)
        {
            _clock = clock;
            _logSize = logSize;
            _sent = new byte[logSize][];
            _sentCounts = new int[logSize];
            _sentOffsets = new int[logSize][];
            AutoSend = true;
            QueueLimit = 8;
            AfterScript = SdioStatus.Ok;
        }

        /// <summary>Gets or sets a hook called with the transmission index after each burst is transmitted (for auto-answering modules).</summary>
        public TransmitHook Transmitted { get; set; }

        /// <summary>Gets or sets what InitializeStep returns once the script is used up.</summary>
        public SdioStatus AfterScript { get; set; }

        /// <summary>Gets or sets a value indicating whether Poll transmits queued bursts.</summary>
        public bool AutoSend { get; set; }

        /// <summary>Gets or sets how many bursts Enqueue accepts.</summary>
        public int QueueLimit { get; set; }

        /// <summary>Gets the number of InitializeStep calls.</summary>
        public int StepCount { get; private set; }

        /// <summary>Gets the number of Restart calls.</summary>
        public int RestartCount { get; private set; }

        /// <summary>Gets the number of Poll calls.</summary>
        public int PollCount { get; private set; }

        /// <summary>Gets the number of bursts transmitted so far.</summary>
        public int SentCount { get; private set; }

        /// <inheritdoc/>
        public bool IsRunning { get; private set; }

        /// <inheritdoc/>
        public int QueuedBursts => _queueCount;

        /// <summary>Appends results to the InitializeStep script.</summary>
        /// <param name="status">The result.</param>
        /// <param name="times">How many times.</param>
        public void Script(SdioStatus status, int times)
        {
            for (int i = 0; i < times; i++)
            {
                _script[_scriptLength++] = status;
            }
        }

        /// <summary>Clock ticks of InitializeStep call <paramref name="index"/>.</summary>
        /// <param name="index">Call index.</param>
        /// <returns>Ticks.</returns>
        public long GetStepTime(int index)
        {
            return _stepTimes[index];
        }

        /// <summary>Queues a module message for the next Poll.</summary>
        /// <param name="message">The message bytes (padded to 4).</param>
        public void Deliver(byte[] message)
        {
            _inbox[_inboxCount++] = message;
        }

        /// <summary>Makes the next Poll report a bus error (dropping the queue, link down).</summary>
        /// <param name="error">The error.</param>
        public void FailBus(MessageDeviceError error)
        {
            _busErrorPending = true;
            _busError = error;
        }

        /// <summary>Takes the link down without telling the handler.</summary>
        public void DropLinkSilently()
        {
            IsRunning = false;
        }

        /// <summary>Bytes of transmitted burst <paramref name="index"/> (sequence numbers included).</summary>
        /// <param name="index">Transmission index.</param>
        /// <returns>A copy taken at transmit time.</returns>
        public byte[] GetSent(int index)
        {
            return _sent[Slot(index)];
        }

        /// <summary>Commands in transmitted burst <paramref name="index"/>.</summary>
        /// <param name="index">Transmission index.</param>
        /// <returns>Count.</returns>
        public int GetSentCommandCount(int index)
        {
            return _sentCounts[Slot(index)];
        }

        /// <summary>Command id of a transmitted command.</summary>
        /// <param name="index">Transmission index.</param>
        /// <param name="command">Command index.</param>
        /// <returns>The id.</returns>
        public ushort GetSentId(int index, int command)
        {
            int slot = Slot(index);
            int o = _sentOffsets[slot][command];
            return (ushort)((_sent[slot][o + 1] << 8) | _sent[slot][o + 2]);
        }

        /// <summary>Sequence number of a transmitted command.</summary>
        /// <param name="index">Transmission index.</param>
        /// <param name="command">Command index.</param>
        /// <returns>The sequence number.</returns>
        public ushort GetSentSequence(int index, int command)
        {
            int slot = Slot(index);
            int o = _sentOffsets[slot][command];
            return (ushort)((_sent[slot][o + 3] << 8) | _sent[slot][o + 4]);
        }

        /// <summary>Queues the STATUS answering a transmitted command.</summary>
        /// <param name="index">Transmission index.</param>
        /// <param name="command">Command index.</param>
        /// <param name="status">Status value.</param>
        public void AnswerStatus(int index, int command, ushort status)
        {
            Deliver(MessageBuilder.Status(GetSentId(index, command), GetSentSequence(index, command), status));
        }

        /// <summary>Starts an RSP answering a transmitted command.</summary>
        /// <param name="index">Transmission index.</param>
        /// <param name="command">Command index.</param>
        /// <returns>A builder; finish with ToArray and pass to <see cref="Deliver"/>.</returns>
        public MessageBuilder Response(int index, int command)
        {
            return MessageBuilder.Response(GetSentId(index, command), GetSentSequence(index, command));
        }

        /// <inheritdoc/>
        public void SetHandler(IMessageHandler handler)
        {
            _handler = handler;
        }

        /// <inheritdoc/>
        public SdioStatus InitializeStep()
        {
            _stepTimes[StepCount] = _clock.UtcTicks;
            StepCount++;
            SdioStatus s = _scriptPosition < _scriptLength ? _script[_scriptPosition++] : AfterScript;
            if (s == SdioStatus.Ok)
            {
                IsRunning = true;
            }

            return s;
        }

        /// <inheritdoc/>
        public void Restart()
        {
            RestartCount++;
            IsRunning = false;
            _queueCount = 0;
            _busErrorPending = false;
        }

        /// <inheritdoc/>
        public bool Enqueue(CommandBurst burst)
        {
            if (!IsRunning || _queueCount >= QueueLimit || burst == null || burst.Count == 0)
            {
                return false;
            }

            _queue[_queueCount++] = burst;
            return true;
        }

        /// <inheritdoc/>
        public void Poll()
        {
            PollCount++;
            if (_busErrorPending && _busError == MessageDeviceError.OversizedMessage)
            {
                // like MessageDevice: the oversized message was drained; link and queue stay
                _busErrorPending = false;
                _handler.OnBusError(_busError);
            }

            if (_busErrorPending)
            {
                _busErrorPending = false;
                _queueCount = 0;
                _inboxCount = 0;
                IsRunning = false;
                _handler.OnBusError(_busError);
                return;
            }

            if (AutoSend)
            {
                SendAll();
            }

            int n = _inboxCount;
            _inboxCount = 0;
            for (int i = 0; i < n; i++)
            {
                byte[] m = _inbox[i];
                _handler.OnMessage(m, 0, m.Length);
            }
        }

        /// <summary>Transmits every queued burst now (also when AutoSend is off).</summary>
        public void SendAll()
        {
            while (_queueCount > 0)
            {
                CommandBurst b = _queue[0];
                for (int i = 1; i < _queueCount; i++)
                {
                    _queue[i - 1] = _queue[i];
                }

                _queueCount--;
                for (int c = 0; c < b.Count; c++)
                {
                    b.SetSequence(c, _nextSequence++);
                }

                int slot = SentCount % _logSize;
                byte[] copy = new byte[b.Length];
                Array.Copy(b.Buffer, copy, b.Length);
                _sent[slot] = copy;
                _sentCounts[slot] = b.Count;
                int[] offsets = new int[b.Count];
                for (int c = 0; c < b.Count; c++)
                {
                    offsets[c] = b.GetOffset(c);
                }

                _sentOffsets[slot] = offsets;

                SentCount++;
                _handler.OnBurstSent(b);
                TransmitHook hook = Transmitted;
                if (hook != null)
                {
                    hook(SentCount - 1);
                }
            }
        }

        private int Slot(int index)
        {
            if (index < 0 || index >= SentCount || index < SentCount - _logSize)
            {
                throw new ArgumentOutOfRangeException();
            }

            return index % _logSize;
        }

        /// <summary>Assigns sequence numbers to the head burst without completing its transmission (a burst "in progress").</summary>
        public void StartSendingHead()
        {
            CommandBurst b = _queue[0];
            for (int c = 0; c < b.Count; c++)
            {
                b.SetSequence(c, _nextSequence++);
            }
        }
    }
}
