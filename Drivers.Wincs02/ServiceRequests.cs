// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02
{
    /// <summary>Plumbing shared by the services built on <see cref="WincDriver"/> (Wi-Fi, network, TLS, files, OTA).</summary>
    internal static class ServiceRequests
    {
        /// <summary>Longest time, in milliseconds, an answer that only comes as an AEC is awaited when nothing else bounds it.</summary>
        internal const int DefaultAecTimeoutMs = 10000;

        /// <summary>
        /// Submits a request whose commands were written (returning it to the pool when they were not:
        /// a full burst is a caller error the service reports as NoSpace).
        /// </summary>
        /// <param name="driver">The driver.</param>
        /// <param name="request">The request.</param>
        /// <param name="written">True when every encoder succeeded.</param>
        /// <returns>The driver's answer.</returns>
        internal static DriverStatus Submit(WincDriver driver, WincRequest request, bool written)
        {
            if (!written || request.Writer.IsOpen)
            {
                driver.Release(request);
                return DriverStatus.NoSpace;
            }

            return driver.Submit(request);
        }

        /// <summary>Returns a request that could not be built, reporting an invalid argument.</summary>
        /// <param name="driver">The driver.</param>
        /// <param name="request">The request.</param>
        /// <returns>InvalidArg.</returns>
        internal static DriverStatus Reject(WincDriver driver, WincRequest request)
        {
            driver.Release(request);
            return DriverStatus.InvalidArg;
        }

        /// <summary>The first status of a completed request that was not OK (Timeout for a command never answered), or OK.</summary>
        /// <param name="request">The request.</param>
        /// <returns>The status.</returns>
        internal static WincStatus FirstError(WincRequest request)
        {
            for (int i = 0; i < request.CommandCount; i++)
            {
                WincStatus s = request.GetStatus(i);
                if (s != WincStatus.Ok)
                {
                    return s;
                }
            }

            return WincStatus.Ok;
        }

        /// <summary>
        /// Finishes a simple request (its Context is the caller's CompletionHandler, or null): on
        /// StatusComplete the handler learns the result.
        /// </summary>
        /// <param name="source">The service.</param>
        /// <param name="request">The request.</param>
        /// <param name="requestEvent">The event.</param>
        internal static void CompleteSimple(object source, WincRequest request, RequestEvent requestEvent)
        {
            if (requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            CompletionHandler h = request.Context as CompletionHandler;
            if (h != null)
            {
                h(source, request.Result, FirstError(request));
            }
        }

        /// <summary>Deadline <paramref name="milliseconds"/> after <paramref name="now"/>.</summary>
        /// <param name="now">Ticks.</param>
        /// <param name="milliseconds">Delay.</param>
        /// <returns>Ticks.</returns>
        internal static long After(long now, int milliseconds)
        {
            return now + (milliseconds * TimeSpan.TicksPerMillisecond);
        }

        /// <summary>True when a system event means the module lost its state (reset, bus failure).</summary>
        /// <param name="systemEvent">The event.</param>
        /// <returns>True for HardReset, CommsError, UnexpectedReset, ResetFailed and ResetTimeout.</returns>
        internal static bool LosesModuleState(SystemEvent systemEvent)
        {
            return systemEvent == SystemEvent.HardReset || systemEvent == SystemEvent.CommsError
                || systemEvent == SystemEvent.UnexpectedReset || systemEvent == SystemEvent.ResetFailed
                || systemEvent == SystemEvent.ResetTimeout;
        }

        /// <summary>The request result a lost module state gives to what was pending.</summary>
        /// <param name="systemEvent">The event.</param>
        /// <returns>BusError for CommsError, ModuleReset otherwise.</returns>
        internal static RequestResult LossResult(SystemEvent systemEvent)
        {
            return systemEvent == SystemEvent.CommsError ? RequestResult.BusError : RequestResult.ModuleReset;
        }

        /// <summary>Length in UTF-8 bytes of a text, or -1 for null.</summary>
        /// <param name="value">The text.</param>
        /// <returns>Bytes.</returns>
        internal static int Utf8Length(string value)
        {
            return value == null ? -1 : Utf8.GetByteCount(value);
        }
    }
}
