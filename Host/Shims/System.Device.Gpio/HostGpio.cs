// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Collections.Generic;

namespace System.Device.Gpio
{
    /// <summary>
    /// Host-only wiring board: the level of every pin, shared by the MCU side (GpioController)
    /// and peripheral models. Not part of the nanoFramework API (the API gate rejects it in device code).
    /// </summary>
    public static class HostGpio
    {
        private static readonly object s_lock = new object();
        private static readonly Dictionary<int, PinValue> s_levels = new Dictionary<int, PinValue>();
        private static readonly Dictionary<int, List<Action<int, PinValue>>> s_mcuWatchers = new Dictionary<int, List<Action<int, PinValue>>>();
        private static readonly Dictionary<int, List<Action<int, PinValue>>> s_peripheralWatchers = new Dictionary<int, List<Action<int, PinValue>>>();

        /// <summary>Level of a pin (pins float high until driven: pull-ups).</summary>
        public static PinValue Read(int pin)
        {
            lock (s_lock)
            {
                return s_levels.TryGetValue(pin, out PinValue v) ? v : PinValue.High;
            }
        }

        /// <summary>A peripheral drives a pin; MCU edge callbacks run on the caller's thread.</summary>
        public static void Drive(int pin, PinValue value) => Set(pin, value, s_mcuWatchers);

        /// <summary>Peripheral side: observe levels the MCU writes (e.g. a reset line).</summary>
        public static void ObserveMcuWrites(int pin, Action<int, PinValue> observer)
        {
            lock (s_lock)
            {
                Add(s_peripheralWatchers, pin, observer);
            }
        }

        /// <summary>Removes a peripheral observer.</summary>
        public static void StopObserving(int pin, Action<int, PinValue> observer)
        {
            lock (s_lock)
            {
                if (s_peripheralWatchers.TryGetValue(pin, out var list))
                {
                    list.Remove(observer);
                }
            }
        }

        /// <summary>Forgets every level and watcher (between tests).</summary>
        public static void Reset()
        {
            lock (s_lock)
            {
                s_levels.Clear();
                s_mcuWatchers.Clear();
                s_peripheralWatchers.Clear();
            }
        }

        internal static void SetMode(int pin, PinMode mode)
        {
        }

        internal static void WriteFromMcu(int pin, PinValue value) => Set(pin, value, s_peripheralWatchers);

        internal static void Watch(int pin, Action<int, PinValue> hook)
        {
            lock (s_lock)
            {
                Add(s_mcuWatchers, pin, hook);
            }
        }

        internal static void Unwatch(int pin, Action<int, PinValue> hook)
        {
            lock (s_lock)
            {
                if (s_mcuWatchers.TryGetValue(pin, out var list))
                {
                    list.Remove(hook);
                }
            }
        }

        private static void Set(int pin, PinValue value, Dictionary<int, List<Action<int, PinValue>>> watchers)
        {
            Action<int, PinValue>[] toCall = null;
            lock (s_lock)
            {
                PinValue old = s_levels.TryGetValue(pin, out PinValue v) ? v : PinValue.High;
                s_levels[pin] = value;
                if (old != value && watchers.TryGetValue(pin, out var list) && list.Count > 0)
                {
                    toCall = list.ToArray();
                }
            }

            if (toCall != null)
            {
                foreach (var cb in toCall)
                {
                    cb(pin, value);
                }
            }
        }

        private static void Add(Dictionary<int, List<Action<int, PinValue>>> map, int pin, Action<int, PinValue> cb)
        {
            if (!map.TryGetValue(pin, out var list))
            {
                list = new List<Action<int, PinValue>>();
                map[pin] = list;
            }

            list.Add(cb);
        }
    }
}
