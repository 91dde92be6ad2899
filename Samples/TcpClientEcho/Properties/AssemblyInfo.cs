// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Reflection;

[assembly: AssemblyTitle("TcpClientEcho")]
[assembly: AssemblyDescription("WINCS02 TCP client echo: the Harmony tcp_client demo ported to nanoWincs.")]
[assembly: AssemblyCompany("nanoWincs contributors")]
[assembly: AssemblyProduct("nanoWincs")]
[assembly: AssemblyCopyright("Copyright (c) 2026 nanoWincs contributors")]
