// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyTitle("Sys.Wincs.Wifi")]
[assembly: AssemblyDescription("Harmony-style SYS_WINCS_WIFI and SYS_WINCS_SYSTEM services for the WINCS02 on .NET nanoFramework: SrvCtrl dispatch, callbacks, task-polled.")]
[assembly: AssemblyCompany("nanoWincs contributors")]
[assembly: AssemblyProduct("nanoWincs")]
[assembly: AssemblyCopyright("Copyright (c) 2026 nanoWincs contributors")]
[assembly: InternalsVisibleTo("NFUnitTest")]
[assembly: InternalsVisibleTo("Sys.Wincs.Wifi.Tests")]
