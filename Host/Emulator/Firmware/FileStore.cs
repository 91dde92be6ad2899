// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// The module's flash file system (certificates, keys, user files), held in memory. Like flash it
    /// survives resets of the module; its capacity and handle count are bounded.
    /// </summary>
    public sealed class FileStore
    {
        /// <summary>FILETYPE USER.</summary>
        public const int User = 0;

        /// <summary>FILETYPE CERT.</summary>
        public const int Certificate = 1;

        /// <summary>FILETYPE PRIKEY.</summary>
        public const int PrivateKey = 2;

        /// <summary>FILETYPE DHPARAM.</summary>
        public const int DhParameters = 3;

        /// <summary>FILETYPE CFG.</summary>
        public const int Configuration = 20;

        private readonly object _lock = new object();
        private readonly List<(int Type, string Name, byte[] Data)> _files = new List<(int, string, byte[])>();

        /// <summary>Creates an empty store.</summary>
        /// <param name="capacity">Bytes available.</param>
        /// <param name="handles">Files available.</param>
        public FileStore(int capacity, int handles)
        {
            Capacity = capacity;
            Handles = handles;
        }

        /// <summary>Bytes available when empty.</summary>
        public int Capacity { get; }

        /// <summary>Files available when empty.</summary>
        public int Handles { get; }

        /// <summary>Free bytes.</summary>
        public int FreeSpace
        {
            get
            {
                lock (_lock)
                {
                    return Capacity - _files.Sum(f => f.Data.Length);
                }
            }
        }

        /// <summary>Free file handles.</summary>
        public int FreeHandles
        {
            get
            {
                lock (_lock)
                {
                    return Handles - _files.Count;
                }
            }
        }

        /// <summary>True for the file types the store accepts.</summary>
        /// <param name="type">FILETYPE.</param>
        /// <returns>True when valid.</returns>
        public static bool IsValidType(int type)
        {
            return type == User || type == Certificate || type == PrivateKey || type == DhParameters || type == Configuration;
        }

        /// <summary>Names of the files of one type, in the order they were stored.</summary>
        /// <param name="type">FILETYPE.</param>
        /// <returns>The names.</returns>
        public IReadOnlyList<string> List(int type)
        {
            lock (_lock)
            {
                return _files.Where(f => f.Type == type).Select(f => f.Name).ToList();
            }
        }

        /// <summary>Reads a file.</summary>
        /// <param name="type">FILETYPE.</param>
        /// <param name="name">Name.</param>
        /// <returns>A copy of its content, or null.</returns>
        public byte[] Read(int type, string name)
        {
            lock (_lock)
            {
                foreach (var f in _files)
                {
                    if (f.Type == type && f.Name == name)
                    {
                        return (byte[])f.Data.Clone();
                    }
                }

                return null;
            }
        }

        /// <summary>Adds a file (tests may preload certificates this way).</summary>
        /// <param name="type">FILETYPE.</param>
        /// <param name="name">Name (1..32 characters).</param>
        /// <param name="data">Content.</param>
        /// <returns>A status: OK, FILE_EXISTS, INVALID_FILE_TYPE or FILE_CREATE_FAILED (full).</returns>
        public ushort Add(int type, string name, byte[] data)
        {
            if (!IsValidType(type))
            {
                return StatusCode.InvalidFileType;
            }

            if (string.IsNullOrEmpty(name) || name.Length > 32 || data == null)
            {
                return StatusCode.InvalidParameter;
            }

            lock (_lock)
            {
                if (_files.Any(f => f.Type == type && f.Name == name))
                {
                    return StatusCode.FileExists;
                }

                if (_files.Count >= Handles || Capacity - _files.Sum(f => f.Data.Length) < data.Length)
                {
                    return StatusCode.FileCreateFailed;
                }

                _files.Add((type, name, (byte[])data.Clone()));
                return StatusCode.Ok;
            }
        }

        /// <summary>Deletes a file.</summary>
        /// <param name="type">FILETYPE.</param>
        /// <param name="name">Name.</param>
        /// <returns>True if it existed.</returns>
        public bool Delete(int type, string name)
        {
            lock (_lock)
            {
                return _files.RemoveAll(f => f.Type == type && f.Name == name) > 0;
            }
        }
    }
}
