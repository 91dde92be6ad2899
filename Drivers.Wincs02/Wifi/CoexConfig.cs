// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>Bluetooth coexistence arbiter settings (<c>WDRV_WINC_COEX_CFG</c>, WIFIC ids 31..34).</summary>
    public sealed class CoexConfig
    {
        /// <summary>Gets or sets a value indicating whether the 2-wire interface is used (else 3-wire).</summary>
        public bool Use2Wire { get; set; }

        /// <summary>Gets or sets a value indicating whether Wi-Fi receive has priority over Bluetooth.</summary>
        public bool WlanRxHigherThanBt { get; set; }

        /// <summary>Gets or sets a value indicating whether Wi-Fi transmit has priority over Bluetooth.</summary>
        public bool WlanTxHigherThanBt { get; set; }

        /// <summary>Gets or sets a value indicating whether the antenna is shared.</summary>
        public bool SharedAntenna { get; set; }
    }
}
