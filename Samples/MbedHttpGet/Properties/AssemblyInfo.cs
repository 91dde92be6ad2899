// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Reflection;

[assembly: AssemblyTitle("MbedHttpGet")]
[assembly: AssemblyDescription("WINCS02 HTTP GET with the Mbed-style socket API (TcpSocket, NsapiError).")]
[assembly: AssemblyCompany("nanoWincs contributors")]
[assembly: AssemblyProduct("nanoWincs")]
[assembly: AssemblyCopyright("Copyright (c) 2026 nanoWincs contributors")]
