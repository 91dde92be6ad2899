// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Files
{
    /// <summary>
    /// Receives a file listing (<c>WDRV_WINC_FILE_FIND_CALLBACK</c>): one call per file with
    /// <see cref="RequestResult.Pending"/> and its name, then one final call with the outcome and a null
    /// name. Called from <see cref="WincDriver.Tasks"/>.
    /// </summary>
    /// <param name="files">The file service.</param>
    /// <param name="result">Pending for a file; the outcome on the final call.</param>
    /// <param name="fileType">The type of the file (the type asked for on the final call).</param>
    /// <param name="name">The file name, or null on the final call.</param>
    public delegate void FileFindHandler(WincFiles files, RequestResult result, FsFileType fileType, string name);
}
