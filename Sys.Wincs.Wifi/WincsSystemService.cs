// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections;
using Drivers.Wincs02;
using Drivers.Wincs02.Files;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Protocol;

namespace Sys.Wincs.Wifi
{
    /// <summary>
    /// The system service (<c>SYS_WINCS_SYSTEM</c>): module reset, firmware/device/driver versions, MAC
    /// address, file store listings, system events and the module's debug UART.
    /// </summary>
    /// <remarks>
    /// Version and device information are read by the driver at boot, so SwRev, DevInfo and DriverVer
    /// answer at once. ReqWifiDevMacAddr, GetCertList, GetKeyList and DebugUartSet are asynchronous:
    /// <see cref="GetTaskStatus"/> turns true when the last of them has completed (inside
    /// <c>WincDriver.Tasks</c>, bounded by the driver's request timeout), and <see cref="LastTaskResult"/>
    /// tells how. Like the Wi-Fi service, every call takes the driver's lock and never blocks.
    /// </remarks>
    public sealed class WincsSystemService
    {
        /// <summary>Debug UART used when DebugUartSet gets no argument (Harmony: <c>WDRV_WINC_DEBUG_UART_2</c>).</summary>
        public const int DefaultDebugUart = 2;

        private readonly WincDriver _driver;
        private readonly WincNet _net;
        private readonly WincFiles _files;
        private readonly object _sync;
        private readonly byte[] _mac = new byte[6];
        private readonly MacAddressHandler _macHandler;
        private readonly FileFindHandler _findHandler;
        private readonly RequestEventHandler _debugHandler;
        private ArrayList _list;
        private bool _macValid;
        private bool _taskCompleted;
        private RequestResult _lastTaskResult = RequestResult.Pending;

        /// <summary>Creates the service.</summary>
        /// <param name="driver">The driver.</param>
        /// <param name="net">The network driver service, for the MAC address (null: ReqWifiDevMacAddr fails); share the Wi-Fi service's (<see cref="WincsWifiService.Net"/>).</param>
        /// <param name="files">The file store service, for the certificate and key lists (null: they fail).</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="ArgumentException">A service runs on another driver.</exception>
        public WincsSystemService(WincDriver driver, WincNet net, WincFiles files)
        {
            if (driver == null)
            {
                throw new ArgumentNullException();
            }

            if (net != null && net.Driver != driver)
            {
                throw new ArgumentException();
            }

            _driver = driver;
            _net = net;
            _files = files;
            _sync = driver.SyncRoot;
            _macHandler = OnMacAddress;
            _findHandler = OnFileFound;
            _debugHandler = OnDebugRequest;
        }

        /// <summary>Gets the driver.</summary>
        public WincDriver Driver => _driver;

        /// <summary>Gets the network driver service, or null.</summary>
        public WincNet Net => _net;

        /// <summary>Gets the file store service, or null.</summary>
        public WincFiles Files => _files;

        /// <summary>Gets how the last asynchronous request ended (Pending while it runs or before the first one).</summary>
        public RequestResult LastTaskResult
        {
            get
            {
                lock (_sync)
                {
                    return _lastTaskResult;
                }
            }
        }

        /// <summary>
        /// Tells whether the last asynchronous request (ReqWifiDevMacAddr, GetCertList, GetKeyList,
        /// DebugUartSet) has completed (<c>SYS_WINCS_SYSTEM_getTaskStatus</c>); false while it runs and
        /// before the first one.
        /// </summary>
        /// <returns>True when completed, successfully or not (see <see cref="LastTaskResult"/>).</returns>
        public bool GetTaskStatus()
        {
            lock (_sync)
            {
                return _taskCompleted;
            }
        }

        /// <summary>Carries out a request (<c>SYS_WINCS_SYSTEM_SrvCtrl</c>); see <see cref="SystemService"/> for each argument.</summary>
        /// <param name="request">The request.</param>
        /// <param name="argument">The request's argument, or null.</param>
        /// <returns>Pass when done or queued; Busy when the driver is busy or another request of the same kind runs; Fail for an unknown or unsupported request, a wrong argument, or a request the driver refused.</returns>
        public WincsResult SrvCtrl(SystemService request, object argument)
        {
            lock (_sync)
            {
                switch (request)
                {
                    case SystemService.Reset:
                        return WincsWifiService.ToWincsResult(_driver.Reset());
                    case SystemService.SwRev:
                        FirmwareVersionInfo firmware = argument as FirmwareVersionInfo;
                        return firmware == null ? WincsResult.Fail : WincsWifiService.ToWincsResult(_driver.InfoDeviceFirmwareVersionGet(true, firmware));
                    case SystemService.DevInfo:
                        DeviceInfo device = argument as DeviceInfo;
                        return device == null ? WincsResult.Fail : WincsWifiService.ToWincsResult(_driver.InfoDeviceGet(device));
                    case SystemService.DriverVer:
                        DriverVersionInfo version = argument as DriverVersionInfo;
                        return version == null ? WincsResult.Fail : WincsWifiService.ToWincsResult(_driver.InfoDriverVersionGet(version));
                    case SystemService.GetCertList:
                        return List(FsFileType.Certificate, argument);
                    case SystemService.GetKeyList:
                        return List(FsFileType.PrivateKey, argument);
                    case SystemService.ReqWifiDevMacAddr:
                        return RequestMac();
                    case SystemService.GetWifiDevMacAddr:
                        byte[] mac = argument as byte[];
                        if (mac == null || mac.Length < 6 || !_macValid)
                        {
                            return WincsResult.Fail;
                        }

                        Array.Copy(_mac, mac, 6);
                        return WincsResult.Pass;
                    case SystemService.SetSysEventCallback:
                        SystemEventHandler handler = argument as SystemEventHandler;
                        if (argument != null && handler == null)
                        {
                            return WincsResult.Fail;
                        }

                        _driver.RegisterSystemEventCallback(handler);
                        return WincsResult.Pass;
                    case SystemService.DebugUartSet:
                        return DebugUartSet(argument);
                    default:
                        // SetDebugRegClbk: the driver has no debug print hook to register with
                        return WincsResult.Fail;
                }
            }
        }

        private WincsResult List(FsFileType type, object argument)
        {
            ArrayList names = argument as ArrayList;
            if (_files == null || (argument != null && names == null))
            {
                return WincsResult.Fail;
            }

            DriverStatus s = _files.FileFind(type, _findHandler);
            if (s == DriverStatus.Ok)
            {
                if (names != null)
                {
                    names.Clear();
                }

                _list = names;
                StartTask();
            }

            return WincsWifiService.ToWincsResult(s);
        }

        private WincsResult RequestMac()
        {
            if (_net == null)
            {
                return WincsResult.Fail;
            }

            DriverStatus s = _net.NetIfMacAddrGet(0, _macHandler);
            if (s == DriverStatus.Ok)
            {
                StartTask();
            }

            return WincsWifiService.ToWincsResult(s);
        }

        private WincsResult DebugUartSet(object argument)
        {
            int port = DefaultDebugUart;
            if (argument is int)
            {
                port = (int)argument;
            }
            else if (argument != null)
            {
                return WincsResult.Fail;
            }

            if (port < 0 || port > 2)
            {
                return WincsResult.Fail;
            }

            // the driver has no DebugUARTSet: the service sends CFG DEBUG_PORT itself
            WincRequest r = _driver.AllocateRequest(_debugHandler, null);
            if (r == null)
            {
                return WincsResult.Busy;
            }

            if (!WincCommands.ConfigSetInteger(r.Writer, CommandId.Cfg, (uint)CfgParamId.DebugPort, WincType.Integer, port))
            {
                _driver.Release(r);
                return WincsResult.Fail;
            }

            DriverStatus s = _driver.Submit(r);
            if (s == DriverStatus.Ok)
            {
                StartTask();
            }

            return WincsWifiService.ToWincsResult(s);
        }

        private void StartTask()
        {
            _taskCompleted = false;
            _lastTaskResult = RequestResult.Pending;
        }

        private void EndTask(RequestResult result)
        {
            _lastTaskResult = result;
            _taskCompleted = true;
        }

        private void OnMacAddress(WincNet net, RequestResult result, int ifIndex, byte[] mac)
        {
            if (result == RequestResult.Ok && mac != null)
            {
                Array.Copy(mac, _mac, 6);
                _macValid = true;
            }

            EndTask(result);
        }

        private void OnFileFound(WincFiles files, RequestResult result, FsFileType fileType, string name)
        {
            if (result == RequestResult.Pending)
            {
                if (name != null && _list != null)
                {
                    _list.Add(name);
                }

                return;
            }

            _list = null;
            EndTask(result);
        }

        private void OnDebugRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (requestEvent == RequestEvent.StatusComplete)
            {
                EndTask(request.Result);
            }
        }
    }
}
