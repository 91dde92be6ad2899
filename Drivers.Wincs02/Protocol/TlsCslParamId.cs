// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// Parameter ids of the TLSCSC configuration command (<c>WINC_CFG_PARAM_ID_TLS_CSL_*</c>).
    /// </summary>
    /// <remarks>Multi-value parameters are addressed as ID.INDEX with <see cref="WincCommands.FractionalId"/>.</remarks>
    public enum TlsCslParamId : byte
    {
        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CSL_PRESET</c>.</summary>
        Preset = 0,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CSL_CIPHER_SUITES</c>.</summary>
        CipherSuites = 1,

        /// <summary><c>WINC_CFG_PARAM_ID_TLS_CSL_CIPHER_SUITES_AVAIL</c>.</summary>
        CipherSuitesAvail = 2,
    }
}
