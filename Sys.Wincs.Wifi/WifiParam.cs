// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// Network parameters of <see cref="WifiService.SetParams"/> (<c>SYS_WINCS_WIFI_PARAM_t</c>, same fields
    /// in the same order). The service copies what it needs: the instance can be reused afterwards.
    /// </summary>
    public sealed class WifiParam
    {
        /// <summary>Gets or sets the role: station or soft AP.</summary>
        public WifiMode Mode { get; set; }

        /// <summary>Gets or sets the SSID, 1 to 32 UTF-8 bytes.</summary>
        public string Ssid { get; set; }

        /// <summary>Gets or sets the passphrase (ignored for Open): WPA2 and mixed 8 to 63 characters or 64 hexadecimal digits; WPA3 1 to 128 bytes.</summary>
        public string Passphrase { get; set; }

        /// <summary>Gets or sets the security; a value outside <see cref="WifiSecurity"/> makes SetParams fail.</summary>
        public WifiSecurity Security { get; set; }

        /// <summary>Gets or sets a value indicating whether a station connects as soon as SetParams is called.</summary>
        public bool AutoConnect { get; set; }

        /// <summary>Gets or sets the channel: 1 to 13 for a soft AP; 0 (any) to 13 for a station (Harmony ignored it for a station).</summary>
        public int Channel { get; set; }

        /// <summary>
        /// Gets or sets a value indicating whether the soft AP hides its SSID (does not broadcast it).
        /// Harmony called this field <c>ssidVisibility</c> although true hid the SSID; the name now says what it does.
        /// </summary>
        public bool Hidden { get; set; }
    }
}
