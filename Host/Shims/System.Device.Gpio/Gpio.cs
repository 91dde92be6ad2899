// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Collections.Generic;

namespace System.Device.Gpio
{
    /// <summary>Pin modes (nanoFramework 1.1.x order).</summary>
    public enum PinMode
    {
        /// <summary>Input.</summary>
        Input,
        /// <summary>Input with pull-down.</summary>
        InputPullDown,
        /// <summary>Input with pull-up.</summary>
        InputPullUp,
        /// <summary>Output.</summary>
        Output,
        /// <summary>Open-drain output.</summary>
        OutputOpenDrain,
        /// <summary>Open-drain output with pull-up.</summary>
        OutputOpenDrainPullUp,
        /// <summary>Open-source output.</summary>
        OutputOpenSource,
        /// <summary>Open-source output with pull-down.</summary>
        OutputOpenSourcePullDown,
    }

    /// <summary>Edge types.</summary>
    [Flags]
    public enum PinEventTypes
    {
        /// <summary>None.</summary>
        None = 0,
        /// <summary>Low to high.</summary>
        Rising = 1,
        /// <summary>High to low.</summary>
        Falling = 2,
    }

    /// <summary>Pin numbering scheme.</summary>
    public enum PinNumberingScheme
    {
        /// <summary>Logical numbering.</summary>
        Logical,
        /// <summary>Board numbering.</summary>
        Board,
    }

    /// <summary>A pin level.</summary>
    public readonly struct PinValue : IEquatable<PinValue>
    {
        private readonly byte _value;

        private PinValue(byte value)
        {
            _value = value;
        }

        /// <summary>High level.</summary>
        public static PinValue High => new PinValue(1);

        /// <summary>Low level.</summary>
        public static PinValue Low => new PinValue(0);

        /// <summary>From int (non-zero is high).</summary>
        public static implicit operator PinValue(int value) => value == 0 ? Low : High;

        /// <summary>From bool.</summary>
        public static implicit operator PinValue(bool value) => value ? High : Low;

        /// <summary>To byte.</summary>
        public static explicit operator byte(PinValue value) => value._value;

        /// <summary>To int.</summary>
        public static explicit operator int(PinValue value) => value._value;

        /// <summary>To bool.</summary>
        public static explicit operator bool(PinValue value) => value._value != 0;

        /// <summary>Equality.</summary>
        public static bool operator ==(PinValue a, PinValue b) => a._value == b._value;

        /// <summary>Inequality.</summary>
        public static bool operator !=(PinValue a, PinValue b) => a._value != b._value;

        /// <summary>Equality.</summary>
        public bool Equals(PinValue other) => _value == other._value;

        /// <summary>Equality.</summary>
        public override bool Equals(object obj) => obj is PinValue other && Equals(other);

        /// <summary>Hash code.</summary>
        public override int GetHashCode() => _value;

        /// <summary>"Low" or "High".</summary>
        public override string ToString() => _value == 0 ? "Low" : "High";
    }

    /// <summary>Arguments of a pin change.</summary>
    public class PinValueChangedEventArgs : EventArgs
    {
        /// <summary>Creates the arguments.</summary>
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber)
        {
            ChangeType = changeType;
            PinNumber = pinNumber;
        }

        /// <summary>The edge.</summary>
        public PinEventTypes ChangeType { get; }

        /// <summary>The pin.</summary>
        public int PinNumber { get; }
    }

    /// <summary>Controller-level pin change callback.</summary>
    public delegate void PinChangeEventHandler(object sender, PinValueChangedEventArgs pinValueChangedEventArgs);

    /// <summary>Pin-level change callback.</summary>
    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);

    /// <summary>Host GPIO controller backed by <see cref="HostGpio"/>.</summary>
    public sealed class GpioController : IDisposable
    {
        private readonly Dictionary<int, GpioPin> _open = new Dictionary<int, GpioPin>();
        private readonly List<(int Pin, PinEventTypes Types, PinChangeEventHandler Handler, Action<int, PinValue> Hook)> _callbacks =
            new List<(int, PinEventTypes, PinChangeEventHandler, Action<int, PinValue>)>();

        /// <summary>Creates a controller.</summary>
        public GpioController()
            : this(PinNumberingScheme.Logical)
        {
        }

        /// <summary>Creates a controller.</summary>
        public GpioController(PinNumberingScheme numberingScheme)
        {
            NumberingScheme = numberingScheme;
        }

        /// <summary>Numbering scheme.</summary>
        public PinNumberingScheme NumberingScheme { get; }

        /// <summary>Number of pins.</summary>
        public int PinCount => 256;

        /// <summary>Opens a pin.</summary>
        public GpioPin OpenPin(int pinNumber)
        {
            if (_open.ContainsKey(pinNumber))
            {
                throw new InvalidOperationException();
            }

            var pin = new GpioPin(this, pinNumber);
            _open[pinNumber] = pin;
            return pin;
        }

        /// <summary>Opens a pin in a mode.</summary>
        public GpioPin OpenPin(int pinNumber, PinMode mode)
        {
            GpioPin pin = OpenPin(pinNumber);
            pin.SetPinMode(mode);
            return pin;
        }

        /// <summary>Closes a pin.</summary>
        public void ClosePin(int pinNumber)
        {
            if (_open.Remove(pinNumber))
            {
                for (int i = _callbacks.Count - 1; i >= 0; i--)
                {
                    if (_callbacks[i].Pin == pinNumber)
                    {
                        HostGpio.Unwatch(pinNumber, _callbacks[i].Hook);
                        _callbacks.RemoveAt(i);
                    }
                }
            }
        }

        /// <summary>Whether a pin is open.</summary>
        public bool IsPinOpen(int pinNumber) => _open.ContainsKey(pinNumber);

        /// <summary>Gets a pin mode.</summary>
        public PinMode GetPinMode(int pinNumber) => Pin(pinNumber).GetPinMode();

        /// <summary>Sets a pin mode.</summary>
        public void SetPinMode(int pinNumber, PinMode mode) => Pin(pinNumber).SetPinMode(mode);

        /// <summary>Whether a mode is supported.</summary>
        public bool IsPinModeSupported(int pinNumber, PinMode mode) => true;

        /// <summary>Reads a pin.</summary>
        public PinValue Read(int pinNumber) => Pin(pinNumber).Read();

        /// <summary>Writes a pin.</summary>
        public void Write(int pinNumber, PinValue value) => Pin(pinNumber).Write(value);

        /// <summary>Registers an edge callback; the pin must be open.</summary>
        public void RegisterCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback)
        {
            if (!_open.ContainsKey(pinNumber))
            {
                throw new InvalidOperationException();
            }

            Action<int, PinValue> hook = (pin, value) =>
            {
                PinEventTypes edge = value == PinValue.High ? PinEventTypes.Rising : PinEventTypes.Falling;
                if ((eventTypes & edge) != 0)
                {
                    callback(this, new PinValueChangedEventArgs(edge, pin));
                }
            };
            _callbacks.Add((pinNumber, eventTypes, callback, hook));
            HostGpio.Watch(pinNumber, hook);
        }

        /// <summary>Removes an edge callback.</summary>
        public void UnregisterCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
        {
            for (int i = _callbacks.Count - 1; i >= 0; i--)
            {
                if (_callbacks[i].Pin == pinNumber && _callbacks[i].Handler == callback)
                {
                    HostGpio.Unwatch(pinNumber, _callbacks[i].Hook);
                    _callbacks.RemoveAt(i);
                }
            }
        }

        /// <summary>Closes every pin.</summary>
        public void Dispose()
        {
            foreach (int pin in new List<int>(_open.Keys))
            {
                ClosePin(pin);
            }
        }

        private GpioPin Pin(int pinNumber)
        {
            if (!_open.TryGetValue(pinNumber, out GpioPin pin))
            {
                throw new InvalidOperationException();
            }

            return pin;
        }
    }

    /// <summary>An open pin.</summary>
    public sealed class GpioPin : IDisposable
    {
        private readonly GpioController _controller;
        private PinMode _mode = PinMode.Input;
        private PinValueChangedEventHandler _valueChanged;
        private Action<int, PinValue> _hook;

        internal GpioPin(GpioController controller, int pinNumber)
        {
            _controller = controller;
            PinNumber = pinNumber;
        }

        /// <summary>The pin number.</summary>
        public int PinNumber { get; }

        /// <summary>Debounce time.</summary>
        public TimeSpan DebounceTimeout { get; set; }

        /// <summary>Raised on every edge.</summary>
        public event PinValueChangedEventHandler ValueChanged
        {
            add
            {
                _valueChanged += value;
                if (_hook == null)
                {
                    _hook = (pin, level) => _valueChanged?.Invoke(this, new PinValueChangedEventArgs(level == PinValue.High ? PinEventTypes.Rising : PinEventTypes.Falling, pin));
                    HostGpio.Watch(PinNumber, _hook);
                }
            }

            remove
            {
                _valueChanged -= value;
            }
        }

        /// <summary>Current mode.</summary>
        public PinMode GetPinMode() => _mode;

        /// <summary>Sets the mode.</summary>
        public void SetPinMode(PinMode value)
        {
            _mode = value;
            HostGpio.SetMode(PinNumber, value);
        }

        /// <summary>Whether a mode is supported.</summary>
        public bool IsPinModeSupported(PinMode mode) => true;

        /// <summary>Reads the level.</summary>
        public PinValue Read() => HostGpio.Read(PinNumber);

        /// <summary>Drives the level (output modes only).</summary>
        public void Write(PinValue value)
        {
            if (_mode == PinMode.Input || _mode == PinMode.InputPullDown || _mode == PinMode.InputPullUp)
            {
                throw new InvalidOperationException();
            }

            HostGpio.WriteFromMcu(PinNumber, value);
        }

        /// <summary>Toggles the level.</summary>
        public void Toggle() => Write(Read() == PinValue.High ? PinValue.Low : PinValue.High);

        /// <summary>Releases the pin.</summary>
        public void Dispose()
        {
            if (_hook != null)
            {
                HostGpio.Unwatch(PinNumber, _hook);
                _hook = null;
            }

            _controller.ClosePin(PinNumber);
        }
    }
}
