// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.Benchmarks
{
    /// <summary>How the driver stack of a <see cref="BenchRig"/> is sized.</summary>
    public sealed class RigOptions
    {
        /// <summary>Gets or sets the driver's request pool (one request carries one SOCKWR).</summary>
        public int RequestCount { get; set; } = 24;

        /// <summary>Gets or sets the bursts MessageDevice can queue.</summary>
        public int QueueCapacity { get; set; } = 20;

        /// <summary>Gets or sets the socket contexts.</summary>
        public int SocketCount { get; set; } = 2;

        /// <summary>Gets or sets the receive ring per socket (also the credit window announced to the module).</summary>
        public int ReceiveBufferSize { get; set; } = 7360;

        /// <summary>Gets or sets the send ring per socket (send() is all or nothing: at least the largest send).</summary>
        public int SendBufferSize { get; set; } = 49152;

        /// <summary>Gets or sets the SOCKWR window per socket (WincSockets.WriteWindow), or 0 for the socket layer's default.</summary>
        public int WriteWindow { get; set; } = 16;

        /// <summary>Gets or sets the module send buffer set with setsockopt(SO_SNDBUF) on every socket, or 0 to keep the module's default.</summary>
        public int ModuleSendBuffer { get; set; } = 32768;

        /// <summary>Gets the sizes a driver gets from the library's defaults: pool 8, queue 8, 10 sockets' 2944-byte rings, window 8, the module's own send buffer.</summary>
        public static RigOptions LibraryDefaults => new RigOptions
        {
            RequestCount = 8,
            QueueCapacity = 8,
            ReceiveBufferSize = 2944,
            SendBufferSize = 2944,
            WriteWindow = 0,
            ModuleSendBuffer = 0,
        };

        public override string ToString()
        {
            return "requests=" + RequestCount + " queue=" + QueueCapacity + " sockets=" + SocketCount + " rx_ring=" + ReceiveBufferSize
                + " tx_ring=" + SendBufferSize + " write_window=" + (WriteWindow == 0 ? "default" : WriteWindow.ToString())
                + " module_sndbuf=" + (ModuleSendBuffer == 0 ? "default" : ModuleSendBuffer.ToString());
        }
    }
}
