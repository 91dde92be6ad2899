// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// File types of the FS command (<c>WINC_CONST_FS_FILETYPE_*</c>).
    /// </summary>
    public enum FsFileType : byte
    {
        /// <summary>User file.</summary>
        User = 0,

        /// <summary>Certificate.</summary>
        Certificate = 1,

        /// <summary>Private key.</summary>
        PrivateKey = 2,

        /// <summary>Diffie-Hellman parameters.</summary>
        DhParameters = 3,

        /// <summary>Configuration file.</summary>
        Configuration = 20,
    }
}
