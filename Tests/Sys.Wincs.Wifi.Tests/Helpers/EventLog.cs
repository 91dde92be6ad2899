// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Wifi.Tests.Helpers
{
    /// <summary>Records the events a Wi-Fi callback receives, with their data (copied to text where the service reuses the instance).</summary>
    public sealed class EventLog
    {
        private readonly WifiEvent[] _events = new WifiEvent[128];
        private readonly object[] _data = new object[128];

        /// <summary>Creates the log and its callback.</summary>
        public EventLog()
        {
            Callback = new WifiCallback(OnEvent);
        }

        /// <summary>Gets the callback to register.</summary>
        public WifiCallback Callback { get; private set; }

        /// <summary>Gets the number of events received.</summary>
        public int Count { get; private set; }

        /// <summary>Gets or sets what the callback does after recording, or null.</summary>
        public WifiCallback Then { get; set; }

        /// <summary>Event <paramref name="index"/>.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The event.</returns>
        public WifiEvent Get(int index)
        {
            return _events[index];
        }

        /// <summary>Data of event <paramref name="index"/> (an Error's info and a RegDomainInfo are recorded as text, see <see cref="Describe"/>).</summary>
        /// <param name="index">Index.</param>
        /// <returns>The data.</returns>
        public object Data(int index)
        {
            return _data[index];
        }

        /// <summary>How many times an event was received.</summary>
        /// <param name="wifiEvent">The event.</param>
        /// <returns>Count.</returns>
        public int CountOf(WifiEvent wifiEvent)
        {
            int n = 0;
            for (int i = 0; i < Count; i++)
            {
                if (_events[i] == wifiEvent)
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>Index of the first occurrence of an event, or -1.</summary>
        /// <param name="wifiEvent">The event.</param>
        /// <returns>Index.</returns>
        public int IndexOf(WifiEvent wifiEvent)
        {
            for (int i = 0; i < Count; i++)
            {
                if (_events[i] == wifiEvent)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Forgets every event.</summary>
        public void Clear()
        {
            Count = 0;
        }

        /// <summary>Text of an error: "Service/Result/Status" as numbers.</summary>
        /// <param name="info">The error.</param>
        /// <returns>The text.</returns>
        public static string Describe(WifiErrorInfo info)
        {
            return ((int)info.Service).ToString() + "/" + ((int)info.Result).ToString() + "/" + ((int)info.Status).ToString();
        }

        /// <summary>Text of a regulatory domain: "Name index/count current mask".</summary>
        /// <param name="domain">The domain.</param>
        /// <returns>The text.</returns>
        public static string Describe(WifiRegDomain domain)
        {
            return domain.Name + " " + domain.Index.ToString() + "/" + domain.Count.ToString() + " " + (domain.IsCurrent ? "current" : "other") + " " + domain.ChannelMask24.ToString();
        }

        private void OnEvent(WifiEvent wifiEvent, object data)
        {
            if (Count < _events.Length)
            {
                _events[Count] = wifiEvent;
                WifiErrorInfo error = data as WifiErrorInfo;
                WifiRegDomain domain = data as WifiRegDomain;
                Drivers.Wincs02.Wifi.BssInfo bss = data as Drivers.Wincs02.Wifi.BssInfo;
                if (error != null)
                {
                    _data[Count] = Describe(error);
                }
                else if (domain != null)
                {
                    _data[Count] = Describe(domain);
                }
                else if (bss != null)
                {
                    _data[Count] = bss.GetSsid() + " " + bss.Rssi.ToString() + " " + bss.Channel.ToString() + " " + bss.SecurityType.ToString();
                }
                else
                {
                    _data[Count] = data;
                }
            }

            Count++;
            WifiCallback then = Then;
            if (then != null)
            {
                then(wifiEvent, data);
            }
        }
    }
}
