// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Diagnostics;
using System.IO;

namespace nanoWincs.Emulator
{
    /// <summary>
    /// Writes <see cref="BusTrace"/> lines, stamped with the emulator's clock, one whole line at a time from
    /// any thread (the SPI thread, the module CPU). A writer that fails (closed file, full disk) ends the
    /// trace instead of the emulated module.
    /// </summary>
    internal sealed class BusTraceWriter
    {
        private readonly object _lock = new object();
        private readonly Stopwatch _clock;
        private bool _failed;

        public BusTraceWriter(TextWriter writer, Stopwatch clock)
        {
            Writer = writer;
            _clock = clock;
        }

        public TextWriter Writer { get; }

        public void Command(ReadOnlySpan<byte> message)
        {
            Write(BusTrace.FormatCommand(message));
        }

        public void ToHost(ReadOnlySpan<byte> message)
        {
            Write(BusTrace.FormatToHost(message));
        }

        public void Lost(ReadOnlySpan<byte> message, string why)
        {
            Write(BusTrace.FormatLost(message, why));
        }

        public void Event(string text)
        {
            Write(BusTrace.FormatEvent(text));
        }

        private void Write(string line)
        {
            lock (_lock)
            {
                if (_failed)
                {
                    return;
                }

                // stamped inside the lock so the file's times never go backwards
                string stamped = BusTrace.Timestamp(_clock.Elapsed) + " " + line;
                try
                {
                    Writer.WriteLine(stamped);
                }
                catch (Exception e) when (e is IOException || e is ObjectDisposedException)
                {
                    _failed = true;
                }
            }
        }
    }
}
