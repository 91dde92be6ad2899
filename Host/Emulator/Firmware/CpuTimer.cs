// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Threading;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>A work item queued on the module CPU; cancelling it before it runs drops it.</summary>
    internal sealed class CpuTimer
    {
        private Action _action;

        public CpuTimer(Action action)
        {
            _action = action;
        }

        /// <summary>True once cancelled or run.</summary>
        public bool IsDone
        {
            get { return Volatile.Read(ref _action) == null; }
        }

        public void Cancel()
        {
            Volatile.Write(ref _action, null);
        }

        public void Fire()
        {
            Interlocked.Exchange(ref _action, null)?.Invoke();
        }
    }
}
