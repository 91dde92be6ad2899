// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace Drivers.Wincs02
{
    /// <summary>
    /// Device information (<c>WDRV_WINC_DEVICE_INFO</c>) from the DI boot query, plus the NVM
    /// geometry of the alternate firmware partition from the NVMC boot query.
    /// </summary>
    public sealed class DeviceInfo
    {
        /// <summary>Number of image slots (<c>WINC_CFG_PARAM_NUM_DI_IMAGE_INFO</c>).</summary>
        public const int MaxImages = 2;

        private readonly uint[] _sequence = new uint[MaxImages];
        private readonly uint[] _version = new uint[MaxImages];
        private readonly uint[] _sourceAddress = new uint[MaxImages];

        /// <summary>Gets or sets a value indicating whether the DI query succeeded.</summary>
        public bool IsValid { get; set; }

        /// <summary>Gets or sets the device id (DI DEVICE_ID).</summary>
        public uint Id { get; set; }

        /// <summary>Gets or sets the number of flash images (DI NUM_IMAGES).</summary>
        public int ImageCount { get; set; }

        /// <summary>Gets or sets the NVM start offset of the alternate partition (NVMC START_OFFSET).</summary>
        public uint NvmStartOffset { get; set; }

        /// <summary>Gets or sets the NVM sector count (NVMC NUM_SECTORS).</summary>
        public int NvmSectorCount { get; set; }

        /// <summary>Gets or sets the NVM sector size (NVMC SECTOR_SZ).</summary>
        public int NvmSectorSize { get; set; }

        /// <summary>Sequence number of image <paramref name="index"/> (DI IMAGE_INFO.index).</summary>
        /// <param name="index">0 or 1.</param>
        /// <returns>The sequence number.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not 0 or 1.</exception>
        public uint GetImageSequence(int index)
        {
            Check(index);
            return _sequence[index];
        }

        /// <summary>Version of image <paramref name="index"/>.</summary>
        /// <param name="index">0 or 1.</param>
        /// <returns>The version word.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not 0 or 1.</exception>
        public uint GetImageVersion(int index)
        {
            Check(index);
            return _version[index];
        }

        /// <summary>Source address of image <paramref name="index"/>.</summary>
        /// <param name="index">0 or 1.</param>
        /// <returns>The flash address.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not 0 or 1.</exception>
        public uint GetImageSourceAddress(int index)
        {
            Check(index);
            return _sourceAddress[index];
        }

        /// <summary>Records image <paramref name="index"/>.</summary>
        /// <param name="index">0 or 1.</param>
        /// <param name="sequence">Sequence number.</param>
        /// <param name="version">Version word.</param>
        /// <param name="sourceAddress">Flash address.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not 0 or 1.</exception>
        public void SetImage(int index, uint sequence, uint version, uint sourceAddress)
        {
            Check(index);
            _sequence[index] = sequence;
            _version[index] = version;
            _sourceAddress[index] = sourceAddress;
        }

        /// <summary>Copies every field into <paramref name="destination"/>.</summary>
        /// <param name="destination">The copy.</param>
        /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
        public void CopyTo(DeviceInfo destination)
        {
            if (destination == null)
            {
                throw new ArgumentNullException();
            }

            destination.IsValid = IsValid;
            destination.Id = Id;
            destination.ImageCount = ImageCount;
            destination.NvmStartOffset = NvmStartOffset;
            destination.NvmSectorCount = NvmSectorCount;
            destination.NvmSectorSize = NvmSectorSize;
            for (int i = 0; i < MaxImages; i++)
            {
                destination.SetImage(i, _sequence[i], _version[i], _sourceAddress[i]);
            }
        }

        /// <summary>Forgets everything (before a new boot query).</summary>
        public void Clear()
        {
            IsValid = false;
            Id = 0;
            ImageCount = 0;
            NvmStartOffset = 0;
            NvmSectorCount = 0;
            NvmSectorSize = 0;
            for (int i = 0; i < MaxImages; i++)
            {
                SetImage(i, 0, 0, 0);
            }
        }

        private static void Check(int index)
        {
            if (index < 0 || index >= MaxImages)
            {
                throw new ArgumentOutOfRangeException();
            }
        }
    }
}
