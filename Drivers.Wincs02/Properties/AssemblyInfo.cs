// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyTitle("Drivers.Wincs02")]
[assembly: AssemblyDescription("Microchip WINCS02 Wi-Fi network controller driver for .NET nanoFramework: SDIO-over-SPI transport, command/TLV protocol, Wi-Fi, network and Berkeley socket API (WDRV_WINC shapes).")]
[assembly: AssemblyCompany("nanoWincs contributors")]
[assembly: AssemblyProduct("nanoWincs")]
[assembly: AssemblyCopyright("Copyright (c) 2026 nanoWincs contributors")]
[assembly: InternalsVisibleTo("NFUnitTest")]
[assembly: InternalsVisibleTo("Drivers.Wincs02.Tests")]
