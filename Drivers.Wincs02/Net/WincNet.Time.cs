// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Net
{
    /// <summary>SNTP client and system time.</summary>
    public sealed partial class WincNet
    {
        /// <summary>Seconds from the NTP epoch (1900) to the Unix epoch (1970).</summary>
        public const uint NtpToUnixOffset = 2208988800;

        /// <summary>Longest SNTP server name (SNTPC NTP_SVR), in UTF-8 bytes.</summary>
        public const int SntpServerMaxLength = 128;

        private readonly RequestEventHandler _timeHandler;
        private SntpEventHandler _sntpCallback;
        private SystemTimeHandler _timeCallback;
        private WincRequest _timeRequest;
        private long _timeDeadline;

        /// <summary>Sets the SNTP server (<c>WDRV_WINC_SNTPServerAddressSet</c>: SNTPC NTP_SVR).</summary>
        /// <param name="server">Name or address literal, 1 to 128 UTF-8 bytes.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; InvalidArg for a bad name; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus SntpServerAddressSet(string server, CompletionHandler callback)
        {
            int length = ServiceRequests.Utf8Length(server);
            if (length < 1 || length > SntpServerMaxLength)
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

                return ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetString(r.Writer, CommandId.Sntpc, (uint)SntpParamId.NtpSvr, server, SntpServerMaxLength));
            }
        }

        /// <summary>Chooses the configured server over one from DHCP (<c>WDRV_WINC_SNTPStaticSet</c>: SNTPC NTP_STATIC).</summary>
        /// <param name="useStatic">True to use the server set with <see cref="SntpServerAddressSet"/>.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus SntpStaticSet(bool useStatic, CompletionHandler callback)
        {
            return SntpBool(SntpParamId.NtpStatic, useStatic, callback);
        }

        /// <summary>Enables or disables the SNTP client (<c>WDRV_WINC_SNTPEnableSet</c>: SNTPC NTP_ENABLED); updates are reported to <see cref="SntpRegisterEventCallback"/>.</summary>
        /// <param name="enable">True to enable.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus SntpEnableSet(bool enable, CompletionHandler callback)
        {
            return SntpBool(SntpParamId.NtpEnabled, enable, callback);
        }

        /// <summary>Sets the callback of SNTP updates and errors (TIME AECs not asked for, SNTPERR); null clears it.</summary>
        /// <param name="callback">The callback.</param>
        public void SntpRegisterEventCallback(SntpEventHandler callback)
        {
            lock (_sync)
            {
                _sntpCallback = callback;
            }
        }

        /// <summary>Asks the module for its time (<c>WDRV_WINC_SystemTimeGetCurrent</c>: TIME(UTC Unix), answered by a TIME AEC).</summary>
        /// <param name="callback">Receives the time, or a failure (refused, module lost, or no TIME AEC within 10 s).</param>
        /// <returns>Ok; InvalidArg for null; RetryRequest while a query runs or the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus SystemTimeGetCurrent(SystemTimeHandler callback)
        {
            if (callback == null)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_timeCallback != null)
                {
                    return DriverStatus.RetryRequest;
                }

                WincRequest r = _driver.AllocateRequest(_timeHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                DriverStatus s = ServiceRequests.Submit(_driver, r, WincCommands.Time(r.Writer, TimeFormat.UtcUnix));
                if (s == DriverStatus.Ok)
                {
                    _timeRequest = r;
                    _timeCallback = callback;
                    _timeDeadline = ServiceRequests.After(_driver.Clock.UtcTicks, ServiceRequests.DefaultAecTimeoutMs);
                }

                return s;
            }
        }

        /// <summary>Sets the module time (<c>WDRV_WINC_SystemTimeSetCurrent</c>: TIME(UTC Unix, seconds)).</summary>
        /// <param name="utcSeconds">Seconds since 1970-01-01T00:00:00Z.</param>
        /// <param name="callback">Receives the result, or null.</param>
        /// <returns>Ok; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus SystemTimeSetCurrent(uint utcSeconds, CompletionHandler callback)
        {
            lock (_sync)
            {
                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                return ServiceRequests.Submit(_driver, r, WincCommands.TimeSet(r.Writer, TimeFormat.UtcUnix, utcSeconds));
            }
        }

        /// <summary>
        /// Converts a TIME value to Unix seconds: the module reports SNTP updates in NTP seconds (format 2),
        /// and no Unix time below <see cref="NtpToUnixOffset"/> occurs before 2040, so larger values are NTP.
        /// </summary>
        /// <param name="seconds">Seconds as reported.</param>
        /// <returns>Unix seconds.</returns>
        public static uint ToUnixSeconds(uint seconds)
        {
            return seconds >= NtpToUnixOffset ? seconds - NtpToUnixOffset : seconds;
        }

        private DriverStatus SntpBool(SntpParamId id, bool value, CompletionHandler callback)
        {
            lock (_sync)
            {
                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                return ServiceRequests.Submit(_driver, r, WincCommands.ConfigSetBool(r.Writer, CommandId.Sntpc, (uint)id, value));
            }
        }

        private void OnTimeRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _timeRequest || requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _timeRequest = null;
            if (request.Result != RequestResult.Ok)
            {
                EndTimeQuery(request.Result, 0);
            }
        }

        private void OnTime(MessageReader aec)
        {
            uint seconds;
            if (!AecDecoder.Time(aec, out seconds))
            {
                return;
            }

            seconds = ToUnixSeconds(seconds);
            if (_timeCallback != null)
            {
                EndTimeQuery(RequestResult.Ok, seconds);
                return;
            }

            SntpEventHandler cb = _sntpCallback;
            if (cb != null)
            {
                cb(this, SntpEvent.TimeUpdated, seconds, WincStatus.Ok);
            }
        }

        private void OnSntpError(MessageReader aec)
        {
            int code;
            SntpEventHandler cb = _sntpCallback;
            if (AecDecoder.Sntperr(aec, out code) && cb != null)
            {
                cb(this, SntpEvent.Error, 0, (WincStatus)code);
            }
        }

        private void EndTimeQuery(RequestResult result, uint seconds)
        {
            SystemTimeHandler cb = _timeCallback;
            if (cb == null)
            {
                return;
            }

            _timeCallback = null;
            _timeRequest = null;
            cb(this, result, seconds);
        }
    }
}
