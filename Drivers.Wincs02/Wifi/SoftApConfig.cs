// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Soft AP settings (<c>WDRV_WINC_CONN_CFG</c>, AP part).</summary>
    public sealed class SoftApConfig
    {
        /// <summary>Default group rekey interval, in seconds.</summary>
        public const int DefaultRekeyIntervalSeconds = 86400;

        /// <summary>Shortest rekey interval the module accepts, in seconds.</summary>
        public const int MinRekeyIntervalSeconds = 60;

        /// <summary>Creates the driver defaults (<see cref="SetDefaults"/>).</summary>
        public SoftApConfig()
        {
            SetDefaults();
        }

        /// <summary>Gets or sets a value indicating whether the SSID is hidden (WAPC HIDDEN; Harmony's "cloaked").</summary>
        public bool Hidden { get; set; }

        /// <summary>Gets or sets the group rekey interval (WAPC REKEY_INTERVAL), 60 to 86400 seconds.</summary>
        public int RekeyIntervalSeconds { get; set; }

        /// <summary>Gets or sets the network interface the AP uses (WAPC NETIF_IDX, 0 or 1).</summary>
        public int InterfaceIndex { get; set; }

        /// <summary>Restores <c>WDRV_WINC_APDefaultWiFiCfg</c>: visible, rekey every 86400 s, interface 0.</summary>
        public void SetDefaults()
        {
            Hidden = false;
            RekeyIntervalSeconds = DefaultRekeyIntervalSeconds;
            InterfaceIndex = 0;
        }

        internal bool IsValid => RekeyIntervalSeconds >= MinRekeyIntervalSeconds && RekeyIntervalSeconds <= DefaultRekeyIntervalSeconds
            && InterfaceIndex >= 0 && InterfaceIndex <= 1;
    }
}
