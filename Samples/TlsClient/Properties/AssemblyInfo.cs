// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Reflection;

[assembly: AssemblyTitle("TlsClient")]
[assembly: AssemblyDescription("WINCS02 TLS client: CA upload, TLS context with SNI and domain check, one request and its answer.")]
[assembly: AssemblyCompany("nanoWincs contributors")]
[assembly: AssemblyProduct("nanoWincs")]
[assembly: AssemblyCopyright("Copyright (c) 2026 nanoWincs contributors")]
