// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02
{
    /// <summary>
    /// One pooled command request (<c>WINC_CMD_REQ_HANDLE</c>): a burst of up to
    /// <see cref="CommandBurst.MaxCommands"/> commands with its writer, a handler that sees the
    /// responses and statuses, and the bookkeeping that matches them. Get one from
    /// <see cref="WincDriver.AllocateRequest(RequestEventHandler, object)"/>, write commands with <see cref="Writer"/> (or the
    /// <see cref="WincCommands"/> encoders), then <see cref="WincDriver.Submit"/> it; it returns to
    /// the pool by itself after <see cref="RequestEvent.StatusComplete"/>.
    /// </summary>
    public sealed class WincRequest
    {
        private readonly CommandBurst _burst;
        private readonly CommandWriter _writer;
        private readonly ushort[] _statuses = new ushort[CommandBurst.MaxCommands];
        private readonly bool[] _answered = new bool[CommandBurst.MaxCommands];
        private readonly int _index;

        internal WincRequest(int index, int capacity)
        {
            _index = index;
            _burst = new CommandBurst(capacity);
            _writer = new CommandWriter(_burst);
            _burst.Owner = this;
        }

        /// <summary>Gets the position of this request in the driver's pool.</summary>
        public int Index => _index;

        /// <summary>Gets the burst holding the commands.</summary>
        public CommandBurst Burst => _burst;

        /// <summary>Gets the writer bound to <see cref="Burst"/>.</summary>
        public CommandWriter Writer => _writer;

        /// <summary>Gets or sets caller state carried to the handler.</summary>
        public object Context { get; set; }

        /// <summary>Gets or sets the handler (may be null: the request then completes silently).</summary>
        public RequestEventHandler Handler { get; set; }

        /// <summary>Gets or sets how long the module may take to answer every command, in milliseconds.</summary>
        public int TimeoutMs { get; set; }

        /// <summary>Gets the number of commands in the burst.</summary>
        public int CommandCount => _burst.Count;

        /// <summary>Gets the number of commands that received a STATUS.</summary>
        public int StatusCount { get; private set; }

        /// <summary>Gets the number of commands whose STATUS was not OK.</summary>
        public int ErrorCount { get; private set; }

        /// <summary>Gets how the request ended, or Pending.</summary>
        public RequestResult Result { get; internal set; }

        internal RequestState State { get; set; }

        internal long SubmitTicks { get; set; }

        internal long SubmitOrder { get; set; }

        /// <summary>Status of command <paramref name="commandIndex"/>, once its STATUS has arrived.</summary>
        /// <param name="commandIndex">Command index.</param>
        /// <returns>The module's status; <see cref="WincStatus.InvalidCmd"/> when the command was overtaken, <see cref="WincStatus.Timeout"/> when it was never answered.</returns>
        /// <exception cref="ArgumentOutOfRangeException">No such command.</exception>
        public WincStatus GetStatus(int commandIndex)
        {
            if (commandIndex < 0 || commandIndex >= _burst.Count)
            {
                throw new ArgumentOutOfRangeException();
            }

            return _answered[commandIndex] ? (WincStatus)_statuses[commandIndex] : WincStatus.Timeout;
        }

        /// <summary>Tells whether command <paramref name="commandIndex"/> has its STATUS.</summary>
        /// <param name="commandIndex">Command index.</param>
        /// <returns>True once answered.</returns>
        public bool HasStatus(int commandIndex)
        {
            return commandIndex >= 0 && commandIndex < _burst.Count && _answered[commandIndex];
        }

        /// <summary>Command id of command <paramref name="commandIndex"/>.</summary>
        /// <param name="commandIndex">Command index.</param>
        /// <returns>The id.</returns>
        /// <exception cref="ArgumentOutOfRangeException">No such command.</exception>
        public CommandId GetCommandId(int commandIndex)
        {
            return (CommandId)_burst.GetCommandId(commandIndex);
        }

        internal void Reset(RequestEventHandler handler, object context, int timeoutMs)
        {
            _writer.Cancel();
            _burst.Clear();
            _burst.Owner = this;
            Handler = handler;
            Context = context;
            TimeoutMs = timeoutMs;
            StatusCount = 0;
            ErrorCount = 0;
            Result = RequestResult.Pending;
            for (int i = 0; i < CommandBurst.MaxCommands; i++)
            {
                _answered[i] = false;
                _statuses[i] = 0;
            }
        }

        // Finds the command answered by (id, sequence) that still waits for its STATUS.
        internal int FindCommand(ushort id, ushort sequence)
        {
            int n = _burst.Count;
            for (int i = 0; i < n; i++)
            {
                if (!_answered[i] && _burst.GetCommandId(i) == id && _burst.GetSequence(i) == sequence)
                {
                    return i;
                }
            }

            return -1;
        }

        internal void SetStatus(int commandIndex, WincStatus status)
        {
            _answered[commandIndex] = true;
            _statuses[commandIndex] = (ushort)status;
            StatusCount++;
            if (status != WincStatus.Ok)
            {
                ErrorCount++;
            }
        }

        internal bool IsComplete => StatusCount >= _burst.Count;
    }
}
