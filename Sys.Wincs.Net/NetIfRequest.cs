// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02;
using Drivers.Wincs02.Protocol;

namespace Sys.Wincs.Net
{
    /// <summary>Follows the requests of one IF_CONFIG and writes the outcome into its <see cref="NetIfConfig.Status"/>.</summary>
    internal sealed class NetIfRequest
    {
        private readonly NetIfConfig _config;
        private int _pending;
        private bool _submitted;

        internal NetIfRequest(NetIfConfig config)
        {
            _config = config;
            Done = OnDone;
            config.Status = WincsResult.Busy;
        }

        internal CompletionHandler Done { get; private set; }

        /// <summary>Counts one more request submitted.</summary>
        internal void Added()
        {
            _pending++;
        }

        /// <summary>Every request is submitted: the last completion decides.</summary>
        internal void Submitted()
        {
            _submitted = true;
            if (_pending == 0 && _config.Status == WincsResult.Busy)
            {
                _config.Status = WincsResult.Pass;
            }
        }

        private void OnDone(object source, RequestResult result, WincStatus status)
        {
            _pending--;
            if (result != RequestResult.Ok)
            {
                _config.Status = WincsResult.Fail;
            }
            else if (_pending == 0 && _submitted && _config.Status == WincsResult.Busy)
            {
                _config.Status = WincsResult.Pass;
            }
        }
    }
}
