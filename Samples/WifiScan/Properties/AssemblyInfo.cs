// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Reflection;

[assembly: AssemblyTitle("WifiScan")]
[assembly: AssemblyDescription("WINCS02 Wi-Fi scan: active and passive scans printed network by network, every few seconds.")]
[assembly: AssemblyCompany("nanoWincs contributors")]
[assembly: AssemblyProduct("nanoWincs")]
[assembly: AssemblyCopyright("Copyright (c) 2026 nanoWincs contributors")]
