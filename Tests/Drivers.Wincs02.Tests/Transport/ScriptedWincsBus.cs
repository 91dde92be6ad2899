// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections;
using Drivers.Wincs02.Bus;

namespace Drivers.Wincs02.Tests.Transport
{
    /// <summary>
    /// A recording fake of the bus: MISO is a scripted byte stream (then <see cref="IdleByte"/>), the MOSI
    /// bytes of every chip-select frame are kept for comparison with the specification's vectors.
    /// </summary>
    public sealed class ScriptedWincsBus : IWincsBus
    {
        private readonly ArrayList _frames = new ArrayList();
        private byte[] _miso = new byte[256];
        private int _misoLength;
        private int _misoPosition;
        private WincsInterruptHandler _handler;
        private bool _interrupt;
        private int _interruptUntilFrame = -1;
        private int _totalFrames;

        /// <summary>Gets or sets the MISO byte clocked once the script is used up.</summary>
        public byte IdleByte { get; set; } = 0xFF;

        /// <summary>Gets the number of frames clocked.</summary>
        public int FrameCount => _frames.Count;

        /// <summary>Gets the number of bytes clocked.</summary>
        public int BytesClocked { get; private set; }

        /// <summary>Gets the scripted MISO bytes not clocked yet.</summary>
        public int MisoRemaining => _misoLength - _misoPosition;

        /// <summary>Gets a value indicating whether RESETN is held low.</summary>
        public bool ResetAsserted { get; private set; }

        /// <summary>Gets the number of SetReset calls.</summary>
        public int ResetWrites { get; private set; }

        /// <summary>Gets a value indicating whether a handler is registered.</summary>
        public bool HasHandler => _handler != null;

        /// <summary>Gets or sets the INTOUT level (true = asserted).</summary>
        public bool InterruptAsserted
        {
            get => _interrupt && (_interruptUntilFrame < 0 || _totalFrames < _interruptUntilFrame);
            set
            {
                _interrupt = value;
                _interruptUntilFrame = -1;
            }
        }

        /// <summary>Appends bytes to the MISO script.</summary>
        /// <param name="bytes">The bytes.</param>
        public void Miso(params byte[] bytes)
        {
            Reserve(bytes.Length);
            Array.Copy(bytes, 0, _miso, _misoLength, bytes.Length);
            _misoLength += bytes.Length;
        }

        /// <summary>Appends <paramref name="count"/> copies of a byte to the MISO script.</summary>
        /// <param name="value">The byte.</param>
        /// <param name="count">How many.</param>
        public void MisoRepeat(byte value, int count)
        {
            Reserve(count);
            for (int i = 0; i < count; i++)
            {
                _miso[_misoLength++] = value;
            }
        }

        /// <summary>MOSI bytes of a frame.</summary>
        /// <param name="index">Frame index.</param>
        /// <returns>The bytes.</returns>
        public byte[] Frame(int index)
        {
            return (byte[])_frames[index];
        }

        /// <summary>Forgets the recorded frames (the script position is kept).</summary>
        public void ClearFrames()
        {
            _frames.Clear();
            BytesClocked = 0;
        }

        /// <summary>Asserts INTOUT and calls the edge handler, as a falling edge does.</summary>
        public void RaiseInterrupt()
        {
            InterruptAsserted = true;
            if (_handler != null)
            {
                _handler();
            }
        }

        /// <summary>Asserts INTOUT (without an edge) until <paramref name="frames"/> more frames have been clocked.</summary>
        /// <param name="frames">Frames until the module releases the line.</param>
        public void AssertInterruptForFrames(int frames)
        {
            _interrupt = true;
            _interruptUntilFrame = _totalFrames + frames;
        }

        /// <summary>Calls the edge handler without changing the level.</summary>
        public void Edge()
        {
            if (_handler != null)
            {
                _handler();
            }
        }

        /// <inheritdoc/>
        public void Transfer(SpanByte write, SpanByte read)
        {
            if (write.Length != read.Length)
            {
                throw new ArgumentException();
            }

            byte[] frame = new byte[write.Length];
            for (int i = 0; i < write.Length; i++)
            {
                frame[i] = write[i];
                read[i] = _misoPosition < _misoLength ? _miso[_misoPosition++] : IdleByte;
            }

            _frames.Add(frame);
            _totalFrames++;
            BytesClocked += write.Length;
        }

        /// <inheritdoc/>
        public void SetReset(bool asserted)
        {
            ResetAsserted = asserted;
            ResetWrites++;
        }

        /// <inheritdoc/>
        public void SetInterruptHandler(WincsInterruptHandler handler)
        {
            _handler = handler;
        }

        private void Reserve(int more)
        {
            if (_misoLength + more <= _miso.Length)
            {
                return;
            }

            int size = _miso.Length * 2;
            while (size < _misoLength + more)
            {
                size *= 2;
            }

            byte[] grown = new byte[size];
            Array.Copy(_miso, 0, grown, 0, _misoLength);
            _miso = grown;
        }
    }
}
