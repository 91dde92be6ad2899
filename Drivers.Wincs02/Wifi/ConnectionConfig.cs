// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Station connection settings (<c>WDRV_WINC_CONN_CFG</c>, station part).</summary>
    public sealed class ConnectionConfig
    {
        /// <summary>Default time the module tries to associate, in milliseconds.</summary>
        public const int DefaultConnectionTimeoutMs = 10000;

        /// <summary>Creates the driver defaults (<see cref="SetDefaults"/>).</summary>
        public ConnectionConfig()
        {
            SetDefaults();
        }

        /// <summary>Gets or sets how long the module tries to associate (WSTAC CONN_TIMEOUT), in milliseconds; 0 leaves it to the module.</summary>
        public int ConnectionTimeoutMs { get; set; }

        /// <summary>Gets or sets the roaming mode (WSTAC ROAMING).</summary>
        public RoamingMode Roaming { get; set; }

        /// <summary>Gets or sets the network interface the station uses (WSTAC NETIF_IDX, 0 or 1).</summary>
        public int InterfaceIndex { get; set; }

        /// <summary>Restores <c>WDRV_WINC_BSSDefaultWiFiCfg</c>: 10000 ms, layer 3 roaming, interface 0.</summary>
        public void SetDefaults()
        {
            ConnectionTimeoutMs = DefaultConnectionTimeoutMs;
            Roaming = RoamingMode.Layer3;
            InterfaceIndex = 0;
        }

        internal bool IsValid => ConnectionTimeoutMs >= 0 && Roaming >= RoamingMode.Off && Roaming <= RoamingMode.Layer3
            && InterfaceIndex >= 0 && InterfaceIndex <= 1;
    }
}
