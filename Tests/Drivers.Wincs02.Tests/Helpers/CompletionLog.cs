// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Tests.Helpers
{
    /// <summary>Records CompletionHandler calls.</summary>
    public sealed class CompletionLog
    {
        /// <summary>Creates the log.</summary>
        public CompletionLog()
        {
            Handler = OnComplete;
        }

        /// <summary>Gets the handler bound to this log.</summary>
        public CompletionHandler Handler { get; private set; }

        /// <summary>Gets the number of calls.</summary>
        public int Count { get; private set; }

        /// <summary>Gets the last result.</summary>
        public RequestResult Result { get; private set; }

        /// <summary>Gets the last status.</summary>
        public WincStatus Status { get; private set; }

        /// <summary>Gets the last source.</summary>
        public object Source { get; private set; }

        private void OnComplete(object source, RequestResult result, WincStatus status)
        {
            Count++;
            Source = source;
            Result = result;
            Status = status;
        }
    }
}
