// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Net;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>A received UDP datagram waiting in a socket's module-side queue.</summary>
    internal sealed class Datagram
    {
        public Datagram(IPEndPoint source, byte[] data)
        {
            Source = source;
            Data = data;
        }

        public IPEndPoint Source { get; }

        public byte[] Data { get; }

        /// <summary>Bytes already read by SOCKRDBUF.</summary>
        public int Offset { get; set; }

        public int Remaining
        {
            get { return Data.Length - Offset; }
        }
    }
}
