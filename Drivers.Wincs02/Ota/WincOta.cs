// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Ota
{
    /// <summary>
    /// Firmware update of the module (<c>wdrv_winc_ota.c</c>): download from an http(s) URL, verify,
    /// activate, invalidate. One operation runs at a time; its callback sees Started, the progress
    /// steps, then exactly one final status.
    /// </summary>
    /// <remarks>
    /// The final status is guaranteed: a refused command, an OTAERR, the module lost, or no final AEC
    /// within <see cref="UpdateTimeoutMs"/> (download) or <see cref="OperationTimeoutMs"/> (others)
    /// all end the operation. The service takes one AEC, one system event and one task handler slot.
    /// </remarks>
    public sealed class WincOta
    {
        /// <summary>Default longest download, in milliseconds.</summary>
        public const int DefaultUpdateTimeoutMs = 600000;

        /// <summary>Default longest verify, activate or invalidate, in milliseconds.</summary>
        public const int DefaultOperationTimeoutMs = 30000;

        /// <summary>Longest OTA host name (OTAC HOST), in bytes.</summary>
        public const int HostMaxLength = 255;

        /// <summary>Longest OTA path or file (OTAC PATH, FILE), in bytes.</summary>
        public const int PathMaxLength = 1024;

        private readonly WincDriver _driver;
        private readonly object _sync;
        private readonly AecHandler _aecHandler;
        private readonly SystemEventHandler _systemHandler;
        private readonly DriverTaskHandler _taskHandler;
        private readonly RequestEventHandler _simpleHandler;
        private readonly RequestEventHandler _operationHandler;
        private OtaOperation _operation = OtaOperation.None;
        private OtaStatusHandler _callback;
        private WincRequest _request;
        private int _operationId;
        private long _deadline;
        private int _updateTimeoutMs = DefaultUpdateTimeoutMs;
        private int _operationTimeoutMs = DefaultOperationTimeoutMs;
        private bool _closed;

        /// <summary>Creates the service and hooks it to the driver.</summary>
        /// <param name="driver">The driver.</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The driver has no free AEC, system event or task handler slot.</exception>
        public WincOta(WincDriver driver)
        {
            if (driver == null)
            {
                throw new ArgumentNullException();
            }

            _driver = driver;
            _sync = driver.SyncRoot;
            _aecHandler = OnAec;
            _systemHandler = OnSystemEvent;
            _taskHandler = OnTasks;
            _simpleHandler = OnSimpleRequest;
            _operationHandler = OnOperationRequest;
            driver.AttachFeature(_aecHandler, _systemHandler, _taskHandler);
        }

        /// <summary>Gets the operation running, or None.</summary>
        public OtaOperation Operation
        {
            get
            {
                lock (_sync)
                {
                    return _operation;
                }
            }
        }

        /// <summary>Gets or sets the longest download, in milliseconds (from the command to the final AEC).</summary>
        /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
        public int UpdateTimeoutMs
        {
            get
            {
                return _updateTimeoutMs;
            }

            set
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _updateTimeoutMs = value;
            }
        }

        /// <summary>Gets or sets the longest verify, activate or invalidate, in milliseconds.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
        public int OperationTimeoutMs
        {
            get
            {
                return _operationTimeoutMs;
            }

            set
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _operationTimeoutMs = value;
            }
        }

        /// <summary>Unhooks the service from the driver; pending callbacks are not called any more.</summary>
        public void Close()
        {
            lock (_sync)
            {
                if (_closed)
                {
                    return;
                }

                _closed = true;
                _driver.UnregisterAecHandler(_aecHandler);
                _driver.RemoveSystemEventHandler(_systemHandler);
                _driver.RemoveTaskHandler(_taskHandler);
                _callback = null;
                _operation = OtaOperation.None;
            }
        }

        /// <summary>Sets the module's download inactivity timeout (<c>WDRV_WINC_OTAOptionsSet</c>: OTAC TIMEOUT).</summary>
        /// <param name="timeoutSeconds">1 to 255 seconds.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg when out of range; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus OtaOptionsSet(int timeoutSeconds, CompletionHandler callback)
        {
            if (timeoutSeconds < 1 || timeoutSeconds > 255)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                return ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetInteger(r.Writer, CommandId.Otac, (uint)OtaParamId.Timeout, WincType.Integer, timeoutSeconds));
            }
        }

        /// <summary>
        /// Downloads a new image (<c>WDRV_WINC_OTAUpdateFromURL</c>). The URL is split as Harmony does into
        /// OTAC HOST, PORT (80/443 by default), PATH (up to the last '/') and FILE, then OTAC TLS_CONF and
        /// OTADL(1) follow in the same burst; query and fragment are dropped. The module reports
        /// EraseDone, WriteDone, then Complete once the image verified.
        /// </summary>
        /// <param name="url">"http://host[:port]/path/file" or "https://..." (an IPv6 host in brackets).</param>
        /// <param name="tlsConfiguration">TLS configuration for https (<see cref="Tls.WincTls.TlsCtxHandleToCfgIdx"/>, 1..4); 0 for http.</param>
        /// <param name="callback">Receives the progress, or null.</param>
        /// <returns>Ok; InvalidArg for a URL that does not parse, an https URL without TLS configuration (or http with one), or a bad index; RequestError while another OTA operation runs; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus OtaUpdateFromUrl(string url, int tlsConfiguration, OtaStatusHandler callback)
        {
            if (url == null || tlsConfiguration < 0 || tlsConfiguration > WincCommands.MaxTlsConfiguration)
            {
                return DriverStatus.InvalidArg;
            }

            string host;
            int port;
            string path;
            string file;
            bool https;
            if (!SplitUrl(url, out https, out host, out port, out path, out file) || https != (tlsConfiguration != 0))
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_operation != OtaOperation.None)
                {
                    return DriverStatus.RequestError;
                }

                WincRequest r = _driver.AllocateRequest(_operationHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                bool ok;
                try
                {
                    CommandWriter w = r.Writer;
                    ok = WincCommands.ConfigSetString(w, CommandId.Otac, (uint)OtaParamId.Host, host, HostMaxLength)
                        && WincCommands.ConfigSetInteger(w, CommandId.Otac, (uint)OtaParamId.Port, WincType.IntegerUnsigned, port);
                    if (ok && path != null)
                    {
                        ok = WincCommands.ConfigSetString(w, CommandId.Otac, (uint)OtaParamId.Path, path, PathMaxLength);
                    }

                    if (ok && file != null)
                    {
                        ok = WincCommands.ConfigSetString(w, CommandId.Otac, (uint)OtaParamId.File, file, PathMaxLength);
                    }

                    ok = ok && WincCommands.ConfigSetInteger(w, CommandId.Otac, (uint)OtaParamId.TlsConf, WincType.Integer, tlsConfiguration)
                        && WincCommands.Otadl(w);
                }
                catch (ArgumentException)
                {
                    return ServiceRequests.Reject(_driver, r);
                }

                return Start(r, ok, OtaOperation.Update, _updateTimeoutMs, callback);
            }
        }

        /// <summary>Verifies the downloaded image (<c>WDRV_WINC_OTAImageVerify</c>: OTAVFY).</summary>
        /// <param name="callback">Receives the progress, or null.</param>
        /// <returns>Ok; RequestError while another OTA operation runs; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus OtaImageVerify(OtaStatusHandler callback)
        {
            return StartSimple(OtaOperation.Verify, callback);
        }

        /// <summary>Makes the downloaded, verified image run at the next boot (<c>WDRV_WINC_OTAImageActivate</c>: OTAACT).</summary>
        /// <param name="callback">Receives the progress, or null.</param>
        /// <returns>Ok; RequestError while another OTA operation runs; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus OtaImageActivate(OtaStatusHandler callback)
        {
            return StartSimple(OtaOperation.Activate, callback);
        }

        /// <summary>Marks the running image invalid so the previous one boots (<c>WDRV_WINC_OTAImageInvalidate</c>: OTAINV).</summary>
        /// <param name="callback">Receives the progress, or null.</param>
        /// <returns>Ok; RequestError while another OTA operation runs; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus OtaImageInvalidate(OtaStatusHandler callback)
        {
            return StartSimple(OtaOperation.Invalidate, callback);
        }

        /// <summary>
        /// Splits an http(s) URL the way <c>WDRV_WINC_OTAUpdateFromURL</c> does: scheme, optional user
        /// info (dropped), host (brackets removed for IPv6), port (default 80/443), path up to and
        /// including the last '/', and file; query and fragment are dropped.
        /// </summary>
        /// <param name="url">The URL.</param>
        /// <param name="https">True for https.</param>
        /// <param name="host">Host name or address literal.</param>
        /// <param name="port">Port.</param>
        /// <param name="path">Path ending with '/', or null when the URL has none.</param>
        /// <param name="file">Last path element, or null.</param>
        /// <returns>False when the URL has another scheme, no host, or a bad port.</returns>
        public static bool SplitUrl(string url, out bool https, out string host, out int port, out string path, out string file)
        {
            https = false;
            host = null;
            port = 0;
            path = null;
            file = null;
            if (url == null)
            {
                return false;
            }

            int i;
            if (StartsWithIgnoreCase(url, "https://"))
            {
                https = true;
                i = 8;
            }
            else if (StartsWithIgnoreCase(url, "http://"))
            {
                i = 7;
            }
            else
            {
                return false;
            }

            int end = url.Length;
            for (int k = i; k < url.Length; k++)
            {
                if (url[k] == '?' || url[k] == '#')
                {
                    end = k;
                    break;
                }
            }

            int authorityEnd = end;
            for (int k = i; k < end; k++)
            {
                if (url[k] == '/')
                {
                    authorityEnd = k;
                    break;
                }
            }

            // user info is dropped
            for (int k = authorityEnd - 1; k >= i; k--)
            {
                if (url[k] == '@')
                {
                    i = k + 1;
                    break;
                }
            }

            int hostStart = i;
            int hostEnd;
            int portStart = -1;
            if (i < authorityEnd && url[i] == '[')
            {
                hostStart = i + 1;
                hostEnd = -1;
                for (int k = hostStart; k < authorityEnd; k++)
                {
                    if (url[k] == ']')
                    {
                        hostEnd = k;
                        break;
                    }
                }

                if (hostEnd < 0)
                {
                    return false;
                }

                if (hostEnd + 1 < authorityEnd)
                {
                    if (url[hostEnd + 1] != ':')
                    {
                        return false;
                    }

                    portStart = hostEnd + 2;
                }
            }
            else
            {
                hostEnd = authorityEnd;
                for (int k = i; k < authorityEnd; k++)
                {
                    if (url[k] == ':')
                    {
                        hostEnd = k;
                        portStart = k + 1;
                        break;
                    }
                }
            }

            if (hostEnd <= hostStart || hostEnd - hostStart > HostMaxLength)
            {
                return false;
            }

            port = https ? 443 : 80;
            if (portStart >= 0)
            {
                if (portStart >= authorityEnd || authorityEnd - portStart > 5)
                {
                    return false;
                }

                int value = 0;
                for (int k = portStart; k < authorityEnd; k++)
                {
                    char c = url[k];
                    if (c < '0' || c > '9')
                    {
                        return false;
                    }

                    value = (value * 10) + (c - '0');
                }

                if (value < 1 || value > 0xFFFF)
                {
                    return false;
                }

                port = value;
            }

            host = url.Substring(hostStart, hostEnd - hostStart);
            if (authorityEnd < end)
            {
                int lastSlash = authorityEnd;
                for (int k = end - 1; k >= authorityEnd; k--)
                {
                    if (url[k] == '/')
                    {
                        lastSlash = k;
                        break;
                    }
                }

                path = url.Substring(authorityEnd, lastSlash + 1 - authorityEnd);
                if (lastSlash + 1 < end)
                {
                    file = url.Substring(lastSlash + 1, end - lastSlash - 1);
                }
            }

            return true;
        }

        private static bool StartsWithIgnoreCase(string text, string prefix)
        {
            if (text.Length < prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                char c = text[i];
                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c + 32);
                }

                if (c != prefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static OtaStatus FailureOf(WincStatus status)
        {
            switch (status)
            {
                case WincStatus.OtaNoStaConn:
                case WincStatus.OtaTimeout:
                    return OtaStatus.ConnError;
                case WincStatus.OtaProtocolError:
                case WincStatus.OtaTlsError:
                    return OtaStatus.ServerError;
                case WincStatus.OtaImgTooLarge:
                    return OtaStatus.InsufficientFlash;
                default:
                    return OtaStatus.Fail;
            }
        }

        private DriverStatus StartSimple(OtaOperation operation, OtaStatusHandler callback)
        {
            lock (_sync)
            {
                if (_operation != OtaOperation.None)
                {
                    return DriverStatus.RequestError;
                }

                WincRequest r = _driver.AllocateRequest(_operationHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                bool ok = operation == OtaOperation.Verify ? WincCommands.Otavfy(r.Writer)
                    : operation == OtaOperation.Activate ? WincCommands.Otaact(r.Writer)
                    : WincCommands.Otainv(r.Writer);
                return Start(r, ok, operation, _operationTimeoutMs, callback);
            }
        }

        private DriverStatus Start(WincRequest r, bool written, OtaOperation operation, int timeoutMs, OtaStatusHandler callback)
        {
            DriverStatus s = ServiceRequests.Submit(_driver, r, written);
            if (s == DriverStatus.Ok)
            {
                _operation = operation;
                _callback = callback;
                _request = r;
                _operationId = 0;
                _deadline = ServiceRequests.After(_driver.Clock.UtcTicks, timeoutMs);
            }

            return s;
        }

        private void OnSimpleRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            ServiceRequests.CompleteSimple(this, request, requestEvent);
        }

        private void OnOperationRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _request)
            {
                return;
            }

            int last = request.CommandCount - 1;
            switch (requestEvent)
            {
                case RequestEvent.ResponseReceived:
                    // RSP <OTA_OP_ID> of OTADL/OTAVFY/OTAACT/OTAINV
                    int id;
                    if (commandIndex == last && message.ElementCount >= 1 && message.TryGetInt32(0, out id))
                    {
                        _operationId = id;
                    }

                    break;

                case RequestEvent.CommandStatus:
                    if (commandIndex == last && request.ErrorCount == 0 && request.GetStatus(last) == WincStatus.Ok)
                    {
                        Notify(OtaStatus.Started, WincStatus.Ok);
                    }

                    break;

                case RequestEvent.StatusComplete:
                    _request = null;
                    if (request.Result != RequestResult.Ok)
                    {
                        WincStatus error = ServiceRequests.FirstError(request);
                        End(request.Result == RequestResult.CommandError ? FailureOf(error) : OtaStatus.Fail, error);
                    }

                    break;
            }
        }

        private void OnAec(WincDriver driver, MessageReader aec)
        {
            if (_operation == OtaOperation.None || (aec.AecId != AecId.Ota && aec.AecId != AecId.Otaerr))
            {
                return;
            }

            int id;
            int state;
            bool error = aec.AecId == AecId.Otaerr;
            bool decoded = error ? AecDecoder.Otaerr(aec, out id, out state) : AecDecoder.Ota(aec, out id, out state);
            if (!decoded || (_operationId != 0 && id != _operationId))
            {
                return;
            }

            // the state is a STATUS (0x0A00 ERASE_DONE...); older descriptions give it as 0..4
            WincStatus status = (WincStatus)(state < 0x100 ? 0x0A00 + state : state);
            if (error)
            {
                End(FailureOf(status), status);
                return;
            }

            switch (status)
            {
                case WincStatus.EraseDone:
                    Notify(OtaStatus.EraseDone, status);
                    break;
                case WincStatus.WriteDone:
                    Notify(OtaStatus.WriteDone, status);
                    break;
                case WincStatus.VerifyDone:
                case WincStatus.ActivateDone:
                case WincStatus.InvalidateDone:
                    End(OtaStatus.Complete, status);
                    break;
            }
        }

        private void OnSystemEvent(WincDriver driver, SystemEvent systemEvent)
        {
            if (ServiceRequests.LosesModuleState(systemEvent) && _operation != OtaOperation.None)
            {
                End(OtaStatus.Fail, systemEvent == SystemEvent.CommsError ? WincStatus.HostInterfaceFailed : WincStatus.Error);
            }
        }

        private void OnTasks(WincDriver driver, long now)
        {
            if (_operation != OtaOperation.None && _request == null && now >= _deadline)
            {
                End(OtaStatus.Fail, WincStatus.Timeout);
            }
        }

        private void Notify(OtaStatus status, WincStatus moduleStatus)
        {
            OtaStatusHandler cb = _callback;
            if (cb != null)
            {
                cb(this, _operation, _operationId, status, moduleStatus);
            }
        }

        private void End(OtaStatus status, WincStatus moduleStatus)
        {
            OtaOperation operation = _operation;
            OtaStatusHandler cb = _callback;
            _operation = OtaOperation.None;
            _callback = null;
            _request = null;
            if (cb != null)
            {
                cb(this, operation, _operationId, status, moduleStatus);
            }
        }
    }
}
