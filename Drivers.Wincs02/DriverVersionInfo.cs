// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02
{
    /// <summary>Version of this driver (<c>WDRV_WINC_DRIVER_VERSION_INFO</c>).</summary>
    public sealed class DriverVersionInfo
    {
        /// <summary>Gets or sets the major version.</summary>
        public int Major { get; set; }

        /// <summary>Gets or sets the minor version.</summary>
        public int Minor { get; set; }

        /// <summary>Gets or sets the patch number.</summary>
        public int Patch { get; set; }

        /// <summary>Formats the version as "major.minor.patch".</summary>
        /// <returns>The version text.</returns>
        public override string ToString()
        {
            return string.Concat(string.Concat(Major.ToString(), ".", Minor.ToString()), ".", Patch.ToString());
        }
    }
}
