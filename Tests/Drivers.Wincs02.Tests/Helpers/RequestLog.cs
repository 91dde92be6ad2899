// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Tests.Helpers
{
    /// <summary>Records what a request handler was told.</summary>
    public sealed class RequestLog
    {
        private readonly RequestEvent[] _events = new RequestEvent[64];
        private readonly int[] _commands = new int[64];
        private readonly int[] _firstInts = new int[64];

        /// <summary>Gets the number of events.</summary>
        public int Count { get; private set; }

        /// <summary>Gets the result seen with StatusComplete, or Pending.</summary>
        public RequestResult Result { get; private set; }

        /// <summary>Gets the number of StatusComplete events.</summary>
        public int Completions { get; private set; }

        /// <summary>Gets the handler delegate bound to this log.</summary>
        public RequestEventHandler Handler => OnEvent;

        /// <summary>Event <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The event.</returns>
        public RequestEvent GetEvent(int index)
        {
            return _events[index];
        }

        /// <summary>Command index of event <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The command index.</returns>
        public int GetCommand(int index)
        {
            return _commands[index];
        }

        /// <summary>First element of a ResponseReceived, read as an integer (or int.MinValue).</summary>
        /// <param name="index">Index.</param>
        /// <returns>The value.</returns>
        public int GetFirstInt(int index)
        {
            return _firstInts[index];
        }

        /// <summary>How many events of a kind were seen.</summary>
        /// <param name="requestEvent">The kind.</param>
        /// <returns>Count.</returns>
        public int CountOf(RequestEvent requestEvent)
        {
            int n = 0;
            for (int i = 0; i < Count; i++)
            {
                if (_events[i] == requestEvent)
                {
                    n++;
                }
            }

            return n;
        }

        private void OnEvent(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            int v = int.MinValue;
            if (requestEvent == RequestEvent.ResponseReceived && message != null)
            {
                message.TryGetInt32(0, out v);
            }

            if (Count < _events.Length)
            {
                _events[Count] = requestEvent;
                _commands[Count] = commandIndex;
                _firstInts[Count] = v;
            }

            Count++;
            if (requestEvent == RequestEvent.StatusComplete)
            {
                Result = request.Result;
                Completions++;
            }
        }
    }
}
