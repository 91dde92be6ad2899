// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyTitle("Sys.Wss")]
[assembly: AssemblyDescription("Harmony-style SYS_WSS WebSocket server (RFC 6455) over WINCS02 sockets for .NET nanoFramework.")]
[assembly: AssemblyCompany("nanoWincs contributors")]
[assembly: AssemblyProduct("nanoWincs")]
[assembly: AssemblyCopyright("Copyright (c) 2026 nanoWincs contributors")]
[assembly: InternalsVisibleTo("NFUnitTest")]
[assembly: InternalsVisibleTo("Sys.Wss.Tests")]
