// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Drivers.Wincs02;
using Drivers.Wincs02.Files;
using Drivers.Wincs02.Messaging;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Ota;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tls;
using Drivers.Wincs02.Wifi;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using nanoWincs.Emulator;
using nanoWincs.Emulator.Firmware;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The real driver stack (WincDriver over MessageDevice, with the Wi-Fi, network, TLS, file and OTA
    /// services) on an emulated module (<see cref="Wincs02Emulator"/> + <see cref="ModuleFirmware"/>)
    /// through the in-process bus. Every wait drives <see cref="WincDriver.Tasks"/> in a loop with a deadline.
    /// </summary>
    internal sealed class DriverRig : IDisposable
    {
        public const int WaitMs = 5000;

        public static readonly byte[] HomeBssid = { 0x02, 0x11, 0x22, 0x33, 0x44, 0x55 };

        public DriverRig(FirmwareOptions options)
        {
            Options = options;
            Firmware = new ModuleFirmware(options);
            Emulator = new Wincs02Emulator(Firmware, new EmulatorOptions { BootTime = TimeSpan.FromMilliseconds(10) });
            Device = new MessageDevice(Emulator.Bus);
            Driver = new WincDriver(Device, Emulator.Bus);
            Wifi = new WincWifi(Driver);
            Net = new WincNet(Driver);
            Tls = new WincTls(Driver);
            Files = new WincFiles(Driver);
            Ota = new WincOta(Driver);
            Net.NetIfRegisterEventCallback((net, ifIndex, e, info) => NetIfEvents.Add((e, info.ToString(), info.IsLinkLocal)));
            Driver.Initialize();
            RunUntil(() => Driver.IsReady, 10000, "the driver to reach Ready");
        }

        public FirmwareOptions Options { get; }

        public ModuleFirmware Firmware { get; }

        public Wincs02Emulator Emulator { get; }

        public MessageDevice Device { get; }

        public WincDriver Driver { get; }

        public WincWifi Wifi { get; }

        public WincNet Net { get; }

        public WincTls Tls { get; }

        public WincFiles Files { get; }

        public WincOta Ota { get; }

        public List<ConnectionState> States { get; } = new List<ConnectionState>();

        public List<(NetIfEvent Event, string Address, bool LinkLocal)> NetIfEvents { get; } = new List<(NetIfEvent, string, bool)>();

        /// <summary>The usual home network: WPA2 "HomeNet" / "secret123" on channel 6.</summary>
        public static FirmwareOptions HomeNetwork()
        {
            var options = new FirmwareOptions();
            options.AccessPoints.Add(new AccessPoint("HomeNet", 3, "secret123") { Channel = 6, Rssi = -40, Bssid = (byte[])HomeBssid.Clone() });
            return options;
        }

        public static DriverRig Connected(FirmwareOptions options = null)
        {
            var rig = new DriverRig(options ?? HomeNetwork());
            rig.Connect("HomeNet", "secret123");
            rig.RunUntil(() => rig.NetIfEvents.Any(e => e.Event == NetIfEvent.AddressUpdate && !e.Address.Contains(':')), WaitMs, "the DHCP address");
            return rig;
        }

        public DriverStatus Connect(string ssid, string passphrase)
        {
            var bss = new BssContext();
            Assert.AreEqual(DriverStatus.Ok, bss.SetSsid(ssid));
            var auth = new AuthContext();
            if (passphrase != null)
            {
                Assert.AreEqual(DriverStatus.Ok, auth.SetPersonal(passphrase, AuthType.Wpa2Personal));
            }

            return Wifi.BssConnect(bss, auth, null, (w, id, state) => States.Add(state));
        }

        /// <summary>Runs the driver until <paramref name="done"/> holds; fails the test after <paramref name="timeoutMs"/>.</summary>
        public void RunUntil(Func<bool> done, int timeoutMs, string what)
        {
            var watch = Stopwatch.StartNew();
            while (!done())
            {
                if (watch.ElapsedMilliseconds > timeoutMs)
                {
                    Assert.Fail("timed out waiting for " + what + Diagnostics());
                }

                Driver.Tasks();
                Thread.Sleep(1);
            }
        }

        /// <summary>Runs the driver for a while (to show that nothing more happens).</summary>
        public void RunFor(int milliseconds)
        {
            var watch = Stopwatch.StartNew();
            while (watch.ElapsedMilliseconds < milliseconds)
            {
                Driver.Tasks();
                Thread.Sleep(1);
            }
        }

        /// <summary>Sends a configuration request and waits for its completion; returns the status.</summary>
        public (RequestResult Result, WincStatus Status) Complete(Func<CompletionHandler, DriverStatus> call)
        {
            RequestResult? result = null;
            WincStatus status = WincStatus.Ok;
            DriverStatus submitted = call((source, r, s) =>
            {
                result = r;
                status = s;
            });
            Assert.AreEqual(DriverStatus.Ok, submitted, "submission");
            RunUntil(() => result.HasValue, WaitMs, "a completion");
            return (result.Value, status);
        }

        public string Diagnostics()
        {
            return "; driver " + Driver.Status + ", firmware notes: " + string.Join(" | ", Firmware.Diagnostics.TakeLast(10))
                + ", firmware errors: " + string.Join(" | ", Firmware.Errors.Select(e => e.Message));
        }

        public void Dispose()
        {
            Assert.AreEqual(0, Firmware.Errors.Count, "firmware errors: " + string.Join(" | ", Firmware.Errors.Select(e => e.ToString())));
            Assert.AreEqual(0, Driver.CallbackExceptions, "exceptions thrown by callbacks");
            Firmware.Dispose();
            Emulator.Dispose();
        }
    }
}
