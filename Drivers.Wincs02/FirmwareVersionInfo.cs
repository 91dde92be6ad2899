// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02
{
    /// <summary>
    /// Firmware version of the module (<c>WDRV_WINC_FIRMWARE_VERSION_INFO</c>), filled from the CFG
    /// boot query: VERSION (INTEGER_FRAC major.minor), PATCH, BUILD_HASH and BUILD_TIME.
    /// </summary>
    public sealed class FirmwareVersionInfo
    {
        /// <summary>Size of the build hash (<c>WINC_CFG_PARAM_SZ_CFG_BUILD_HASH</c>).</summary>
        public const int BuildHashSize = 5;

        private readonly byte[] _buildHash = new byte[BuildHashSize];

        /// <summary>Gets or sets a value indicating whether the CFG query succeeded.</summary>
        public bool IsValid { get; set; }

        /// <summary>Gets or sets the major version.</summary>
        public int Major { get; set; }

        /// <summary>Gets or sets the minor version.</summary>
        public int Minor { get; set; }

        /// <summary>Gets or sets the patch number.</summary>
        public int Patch { get; set; }

        /// <summary>Gets the build hash bytes (the first <see cref="BuildHashLength"/> are valid).</summary>
        public byte[] BuildHash => _buildHash;

        /// <summary>Gets or sets how many bytes of <see cref="BuildHash"/> the module sent.</summary>
        public int BuildHashLength { get; set; }

        /// <summary>Gets or sets the build time in seconds since 1970.</summary>
        public uint BuildTimeUtc { get; set; }

        /// <summary>Gets or sets the security value (CFG SECURITY).</summary>
        public int Security { get; set; }

        /// <summary>Copies every field into <paramref name="destination"/>.</summary>
        /// <param name="destination">The copy.</param>
        /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
        public void CopyTo(FirmwareVersionInfo destination)
        {
            if (destination == null)
            {
                throw new ArgumentNullException();
            }

            destination.IsValid = IsValid;
            destination.Major = Major;
            destination.Minor = Minor;
            destination.Patch = Patch;
            Array.Copy(_buildHash, destination._buildHash, BuildHashSize);
            destination.BuildHashLength = BuildHashLength;
            destination.BuildTimeUtc = BuildTimeUtc;
            destination.Security = Security;
        }

        /// <summary>Forgets everything (before a new boot query).</summary>
        public void Clear()
        {
            IsValid = false;
            Major = 0;
            Minor = 0;
            Patch = 0;
            Array.Clear(_buildHash, 0, BuildHashSize);
            BuildHashLength = 0;
            BuildTimeUtc = 0;
            Security = 0;
        }

        /// <summary>Formats the version as "major.minor.patch".</summary>
        /// <returns>The version text.</returns>
        public override string ToString()
        {
            return string.Concat(string.Concat(Major.ToString(), ".", Minor.ToString()), ".", Patch.ToString());
        }
    }
}
