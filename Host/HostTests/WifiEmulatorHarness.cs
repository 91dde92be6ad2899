// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Wifi;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator;
using nanoWincs.Emulator.Firmware;
using Sys.Wincs.Wifi;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The Wi-Fi service on the real driver, SDIO transport and emulated module (in-process bus), with
    /// the application loop of spec section 2.5 run by the test thread: every wait pumps
    /// <see cref="WincDriver.Tasks"/> until a condition holds or a deadline passes.
    /// </summary>
    internal sealed class WifiEmulatorHarness : IDisposable
    {
        public static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

        private readonly object _lock = new object();
        private readonly List<(WifiEvent Event, object Data)> _events = new List<(WifiEvent, object)>();

        public WifiEmulatorHarness(FirmwareOptions options)
        {
            Options = options;
            Firmware = new ModuleFirmware(options);
            Emulator = new Wincs02Emulator(Firmware, new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(5) });
            Device = new MessageDevice(Emulator.Bus);
            Driver = new WincDriver(Device, Emulator.Bus);
            Wifi = new WincsWifiService(Driver);
        }

        public FirmwareOptions Options { get; }

        public ModuleFirmware Firmware { get; }

        public Wincs02Emulator Emulator { get; }

        public MessageDevice Device { get; }

        public WincDriver Driver { get; }

        public WincsWifiService Wifi { get; }

        /// <summary>Called after an event is recorded (on the pumping thread, inside Tasks).</summary>
        public Action<WifiEvent, object> OnEvent { get; set; }

        /// <summary>Firmware options with the "HomeNet" WPA2 network (passphrase "secret123", channel 6).</summary>
        public static FirmwareOptions HomeNetwork()
        {
            var options = new FirmwareOptions();
            options.AccessPoints.Add(new AccessPoint("HomeNet", 3, "secret123") { Channel = 6, Rssi = -40, Bssid = new byte[] { 0x02, 0x11, 0x22, 0x33, 0x44, 0x55 } });
            return options;
        }

        public static WifiParam Station(string ssid = "HomeNet", string passphrase = "secret123", WifiSecurity security = WifiSecurity.Wpa2)
        {
            return new WifiParam { Mode = WifiMode.Sta, Ssid = ssid, Passphrase = passphrase, Security = security, AutoConnect = true };
        }

        public IReadOnlyList<(WifiEvent Event, object Data)> Events
        {
            get
            {
                lock (_lock)
                {
                    return _events.ToList();
                }
            }
        }

        public int Count(WifiEvent e)
        {
            lock (_lock)
            {
                return _events.Count(x => x.Event == e);
            }
        }

        public object LastData(WifiEvent e)
        {
            lock (_lock)
            {
                return _events.Last(x => x.Event == e).Data;
            }
        }

        /// <summary>The app's INIT state: poll GET_DRV_STATUS until Ready, OPEN_DRIVER, SET_CALLBACK.</summary>
        public void Start()
        {
            Driver.Initialize();
            var status = new SystemStatus[1];
            PumpUntil(() => Wifi.SrvCtrl(WifiService.GetDrvStatus, status) == WincsResult.Pass && status[0] == SystemStatus.Ready, "driver ready");
            Assert.AreEqual(WincsResult.Pass, Wifi.SrvCtrl(WifiService.OpenDriver, null));
            Assert.AreEqual(WincsResult.Pass, Wifi.SrvCtrl(WifiService.SetCallback, new WifiCallback(Record)));
        }

        /// <summary>Start, then SET_PARAMS (auto connect) and wait for the DHCP address.</summary>
        public void Connect()
        {
            Start();
            Assert.AreEqual(WincsResult.Pass, Wifi.SrvCtrl(WifiService.SetParams, Station()));
            WaitFor(WifiEvent.DhcpIpv4Complete, 1);
        }

        /// <summary>A station tries to join the soft AP while the driver is pumped; returns its association id, 0 when refused.</summary>
        public int JoinStation(EmulatedStation station)
        {
            int id = Firmware.JoinStation(station, TimeSpan.FromSeconds(2));
            Pump(TimeSpan.FromMilliseconds(50));
            return id;
        }

        public void Pump(TimeSpan time)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < time)
            {
                Driver.Tasks();
                Thread.Sleep(1);
            }
        }

        public void PumpUntil(Func<bool> condition, string what, TimeSpan? timeout = null)
        {
            var watch = Stopwatch.StartNew();
            TimeSpan limit = timeout ?? Wait;
            while (!condition())
            {
                if (watch.Elapsed > limit)
                {
                    Assert.Fail("timed out waiting for " + what + Diagnostics());
                }

                Driver.Tasks();
                Thread.Sleep(1);
            }
        }

        public void WaitFor(WifiEvent e, int count, TimeSpan? timeout = null)
        {
            PumpUntil(() => Count(e) >= count, count + " × " + e, timeout);
        }

        public string Diagnostics()
        {
            return "\nevents: " + string.Join(", ", Events.Select(x => x.Event + "(" + Describe(x.Data) + ")"))
                + "\nfirmware: " + string.Join(" | ", Firmware.Diagnostics.TakeLast(10))
                + "\nfirmware errors: " + string.Join(" | ", Firmware.Errors.Select(x => x.Message))
                + "\nprotocol: " + string.Join(" | ", Emulator.ProtocolLog.Take(5))
                + "\ndriver: " + Driver.Status;
        }

        public void Dispose()
        {
            Wifi.Close();
            Driver.Deinitialize();
            Emulator.Dispose();
            Firmware.Dispose();
        }

        private static string Describe(object data)
        {
            switch (data)
            {
                case WifiErrorInfo e:
                    return e.Service + "/" + e.Result + "/" + e.Status;
                case BssInfo b:
                    return b.GetSsid();
                case WifiRegDomain d:
                    return d.Name;
                default:
                    return data?.ToString() ?? "null";
            }
        }

        private void Record(WifiEvent e, object data)
        {
            // reused instances (errors, scan results) are described now, while valid
            object kept = data is WifiErrorInfo || data is BssInfo || data is WifiRegDomain ? Describe(data) : data;
            lock (_lock)
            {
                _events.Add((e, kept));
            }

            OnEvent?.Invoke(e, data);
        }
    }
}
