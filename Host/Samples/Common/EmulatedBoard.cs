// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;
using nanoWincs.Emulator;
using nanoWincs.Emulator.Firmware;

namespace nanoWincs.Samples
{
    /// <summary>
    /// Host-only board for the samples: a WINCS02 emulator wired to the sample's SPI bus, chip select,
    /// RESETN and INTOUT pins through the nanoFramework shims, so the sample's unchanged Main runs on the
    /// desktop. Its network side is the host's loopback. Each sample's bootstrap calls
    /// <see cref="Start"/> from a module initializer, before Main.
    /// </summary>
    /// <remarks>
    /// Command line: <c>--ssid NAME</c>, <c>--passphrase TEXT</c> (the access point in range, WPA2),
    /// <c>--server-address A</c> (the address the sample uses, mapped to 127.0.0.1),
    /// <c>--server-port N</c>, <c>--exit-after SECONDS</c> (ends the process; 0 = never), <c>--quiet</c>,
    /// <c>--trace FILE</c> (the emulator's bus trace: every command, answer, event and SDIO event on the bus,
    /// decoded with the specification's names, one line each; <c>--trace -</c> writes it to standard error;
    /// format in Host/Emulator/README.md).
    /// Standard input takes commands while it runs: <c>wifi-loss</c> (the access point goes out of range),
    /// <c>wifi-restore</c>, <c>reset</c> (the module resets by itself), <c>exit</c>. Board messages go to
    /// standard error, prefixed "[BOARD]", so standard output is the sample's own.
    /// </remarks>
    internal static class EmulatedBoard
    {
        /// <summary>Gets the options parsed from the command line.</summary>
        public static BoardOptions Options { get; private set; }

        /// <summary>Gets the emulated module's firmware.</summary>
        public static ModuleFirmware Firmware { get; private set; }

        /// <summary>Gets the emulator (SDIO slave) wired to the pins.</summary>
        public static Wincs02Emulator Emulator { get; private set; }

        /// <summary>Parses the command line of the process.</summary>
        /// <param name="defaults">The sample's own settings, changed by the options given.</param>
        /// <returns>The options.</returns>
        public static BoardOptions Parse(BoardOptions defaults)
        {
            string[] args = Environment.GetCommandLineArgs();
            for (int i = 1; i < args.Length; i++)
            {
                string value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--ssid":
                        defaults.Ssid = Required(args[i], value);
                        i++;
                        break;
                    case "--passphrase":
                        defaults.Passphrase = Required(args[i], value);
                        i++;
                        break;
                    case "--server-address":
                        defaults.ServerAddress = Required(args[i], value);
                        i++;
                        break;
                    case "--server-port":
                        defaults.ServerPort = int.Parse(Required(args[i], value), CultureInfo.InvariantCulture);
                        i++;
                        break;
                    case "--exit-after":
                        defaults.ExitAfterSeconds = double.Parse(Required(args[i], value), CultureInfo.InvariantCulture);
                        i++;
                        break;
                    case "--port":
                        defaults.HostListenPort = int.Parse(Required(args[i], value), CultureInfo.InvariantCulture);
                        i++;
                        break;
                    case "--quiet":
                        defaults.Quiet = true;
                        break;
                    case "--trace":
                        defaults.TracePath = Required(args[i], value);
                        i++;
                        break;
                }
            }

            Options = defaults;
            return defaults;
        }

        /// <summary>Creates the module (access point and address mapping from the options), wires it to the pins and starts the control thread.</summary>
        /// <param name="spiBus">SPI bus id the sample opens.</param>
        /// <param name="chipSelect">Its chip-select line.</param>
        /// <param name="resetPin">The RESETN GPIO.</param>
        /// <param name="interruptPin">The INTOUT GPIO.</param>
        /// <param name="configure">The sample's own additions to the emulated world (more access points, DNS names, servers), or null.</param>
        public static void Start(int spiBus, int chipSelect, int resetPin, int interruptPin, Action<FirmwareOptions> configure = null)
        {
            BoardOptions o = Options ?? new BoardOptions();
            var firmware = new FirmwareOptions();
            firmware.AccessPoints.Add(new AccessPoint(o.Ssid, 3, o.Passphrase) { Channel = 6, Rssi = -42 });
            if (IPAddress.TryParse(o.ServerAddress, out IPAddress server) && !IPAddress.IsLoopback(server))
            {
                firmware.AddressMap[server] = IPAddress.Loopback;
                firmware.PingableAddresses.Add(server);
            }

            if (o.ModuleListenPort > 0)
            {
                firmware.ListenPortMap[o.ModuleListenPort] = o.HostListenPort;
            }

            configure?.Invoke(firmware);
            Firmware = new ModuleFirmware(firmware);
            Emulator = new Wincs02Emulator(Firmware);
            if (o.TracePath != null)
            {
                // auto-flushed: the process usually ends with Environment.Exit, and the trace must be whole
                Emulator.Trace = o.TracePath == "-"
                    ? Console.Error
                    : new StreamWriter(new FileStream(o.TracePath, FileMode.Create, FileAccess.Write, FileShare.Read), new UTF8Encoding(false)) { AutoFlush = true };
            }

            Emulator.AttachToHostPins(spiBus, chipSelect, resetPin, interruptPin);
            Say("WINCS02 emulator on SPI" + spiBus + " CS" + chipSelect + ", RESETN GPIO" + resetPin + ", INTOUT GPIO" + interruptPin
                + "; access point '" + o.Ssid + "'; " + o.ServerAddress + " is 127.0.0.1"
                + (o.TracePath == null ? string.Empty : "; bus trace to " + (o.TracePath == "-" ? "standard error" : o.TracePath)));

            var control = new Thread(Control) { IsBackground = true, Name = "board control" };
            control.Start();
            if (o.ExitAfterSeconds > 0)
            {
                var timer = new Thread(() =>
                {
                    Thread.Sleep(TimeSpan.FromSeconds(o.ExitAfterSeconds));
                    Say("exit after " + o.ExitAfterSeconds.ToString(CultureInfo.InvariantCulture) + " s");
                    Console.Out.Flush();
                    Environment.Exit(0);
                })
                { IsBackground = true, Name = "board exit timer" };
                timer.Start();
            }
        }

        private static void Control()
        {
            string line;
            while ((line = Console.In.ReadLine()) != null)
            {
                switch (line.Trim())
                {
                    case "wifi-loss":
                        Firmware.LoseAccessPoint(Options.Ssid);
                        Say("access point '" + Options.Ssid + "' out of range");
                        break;
                    case "wifi-restore":
                        Firmware.RestoreAccessPoint(Options.Ssid);
                        Say("access point '" + Options.Ssid + "' back in range");
                        break;
                    case "reset":
                        Emulator.ResetModuleAfter(0);
                        Say("module reset");
                        break;
                    case "exit":
                        Say("exit");
                        Console.Out.Flush();
                        Environment.Exit(0);
                        break;
                    case "":
                        break;
                    default:
                        Say("unknown command '" + line + "' (wifi-loss, wifi-restore, reset, exit)");
                        break;
                }
            }
        }

        private static string Required(string option, string value)
        {
            if (value == null)
            {
                throw new ArgumentException(option + " needs a value");
            }

            return value;
        }

        private static void Say(string text)
        {
            if (Options == null || !Options.Quiet)
            {
                Console.Error.WriteLine("[BOARD] " + text);
            }
        }
    }

    /// <summary>What <see cref="EmulatedBoard"/> sets up: the sample's network settings and the run limits.</summary>
    internal sealed class BoardOptions
    {
        public string Ssid { get; set; } = "HomeNet";

        public string Passphrase { get; set; } = "secret123";

        public string ServerAddress { get; set; } = "192.168.1.10";

        public int ServerPort { get; set; } = 6666;

        public double ExitAfterSeconds { get; set; }

        public bool Quiet { get; set; }

        public int ModuleListenPort { get; set; }

        public int HostListenPort { get; set; }

        public string TracePath { get; set; }
    }
}
