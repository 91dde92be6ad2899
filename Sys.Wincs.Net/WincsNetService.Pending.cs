// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net
{
    public sealed partial class WincsNetService
    {
        private int _currentTls;

        private void InitializeTls()
        {
        }

        private bool IsTlsContextOpen(int handle)
        {
            return false;
        }

        private bool IsTlsContextUsable(int handle)
        {
            return false;
        }

        private WincsResult OpenTlsContext(object netHandle)
        {
            return WincsResult.Fail;
        }

        private WincsResult CloseTlsContext(object netHandle)
        {
            return WincsResult.Fail;
        }

        private WincsResult ConfigureTls(NetTlsSocParams p)
        {
            return WincsResult.Fail;
        }

        private WincsResult ConfigureInterface(NetIfConfig c)
        {
            return WincsResult.Fail;
        }

        private WincsResult EnableDhcpServer(string[] a)
        {
            return WincsResult.Fail;
        }

        private WincsResult DisableDhcpServer()
        {
            return WincsResult.Fail;
        }
    }
}
