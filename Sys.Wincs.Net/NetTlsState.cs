// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;

namespace Sys.Wincs.Net
{
    /// <summary>What the service knows of one TLS context: whether the module refused part of its configuration.</summary>
    internal sealed class NetTlsState
    {
        internal NetTlsState(int handle)
        {
            Handle = handle;
            Done = OnDone;
        }

        internal int Handle { get; private set; }

        /// <summary>Gets the completion handler given to every TLSC request of this context.</summary>
        internal CompletionHandler Done { get; private set; }

        /// <summary>Gets or sets a value indicating whether a TLSC setting of the current configuration failed.</summary>
        internal bool Failed { get; set; }

        /// <summary>Gets or sets the first status the module refused a setting with.</summary>
        internal WincStatus Status { get; set; }

        private void OnDone(object source, RequestResult result, WincStatus status)
        {
            if (result != RequestResult.Ok && !Failed)
            {
                Failed = true;
                Status = status;
            }
        }
    }
}
