// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Protocol
{
    /// <summary>
    /// File system operations of the FS command (<c>WINC_CONST_FS_OP_*</c>).
    /// </summary>
    public enum FsOperation : byte
    {
        /// <summary>Load a file into the module (FS-TSFR upload).</summary>
        Load = 1,

        /// <summary>List files of a type.</summary>
        List = 2,

        /// <summary>Delete a file.</summary>
        Delete = 3,

        /// <summary>File system information.</summary>
        Info = 4,

        /// <summary>Read a file out of the module (FS-TSFR download).</summary>
        Store = 5,
    }
}
