// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace nanoWincs.ApiGate
{
    /// <summary>
    /// Checks compiled device assemblies against the nanoFramework API lists: every type, member,
    /// generic instantiation and attribute that one of them references outside the project's own
    /// device assemblies must be listed (see shared/nanoframework-api/README.md for the rules about
    /// what the host compiler emits differently from nanoFramework's).
    /// </summary>
    public sealed class ApiGateChecker
    {
        /// <summary>The project's device libraries: they may reference each other freely.</summary>
        public static readonly IReadOnlyList<string> ProjectAssemblies = new[] { "Drivers.Wincs02", "Sys.Wincs.Wifi", "Sys.Wincs.Net", "Sys.Wss" };

        /// <summary>
        /// Host stand-ins for nanoFramework assemblies: checked against the lists like everything
        /// else, by full type name; what they add for the host (HostSpi, HostGpio...) is rejected.
        /// </summary>
        public static readonly IReadOnlyList<string> ShimAssemblies = new[] { "nanoFramework.CoreLibrary.HostShim", "System.Device.Spi", "System.Device.Gpio", "nanoFramework.TestFramework" };

        /// <summary>Attributes the compiler adds only when the type exists; nanoFramework's compiler drops them.</summary>
        public static readonly IReadOnlyList<string> CompilerAddedAttributes = new[]
        {
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
            "System.Runtime.CompilerServices.NullableAttribute",
            "System.Runtime.CompilerServices.NullableContextAttribute",
            "System.Runtime.CompilerServices.IsReadOnlyAttribute",
            "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
            "System.Diagnostics.DebuggableAttribute",
            "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
            "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
            "System.Runtime.Versioning.TargetFrameworkAttribute",
            "System.Runtime.CompilerServices.IsByRefLikeAttribute",
            "System.Runtime.CompilerServices.ScopedRefAttribute",
            "System.Runtime.CompilerServices.ParamCollectionAttribute",

            // same kind, not named by the lists' README: put on ref struct declarations beside the listed [Obsolete]
            "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute",
        };

        internal const string InterpolationHandler = "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler";
        internal const string InterpolationReason = "string interpolation ($\"...\") is not available on nanoFramework: build the text with String.Concat";
        internal const string GenericReason = "nanoFramework 1.x has no generics";

        private readonly HashSet<string> _own;
        private readonly HostTypes _hostTypes;

        /// <summary>Creates a checker.</summary>
        /// <param name="api">The nanoFramework API lists.</param>
        /// <param name="ownAssemblies">
        /// Further assemblies of the project (besides <see cref="ProjectAssemblies"/>, any <c>*.Tests</c>
        /// and the checked assembly itself) whose types need no listing.
        /// </param>
        public ApiGateChecker(ApiList api, IEnumerable<string> ownAssemblies = null)
        {
            Api = api ?? throw new ArgumentNullException(nameof(api));
            _own = new HashSet<string>(ProjectAssemblies, StringComparer.Ordinal);
            if (ownAssemblies != null)
            {
                _own.UnionWith(ownAssemblies);
            }

            _hostTypes = new HostTypes(api);
        }

        /// <summary>Gets the lists checked against.</summary>
        public ApiList Api { get; }

        /// <summary>Whether references into this assembly need no listing (a project device assembly).</summary>
        /// <param name="assemblyName">Simple assembly name.</param>
        /// <returns>True for the project's own device and portable test assemblies.</returns>
        public bool IsOwnAssembly(string assemblyName)
        {
            return assemblyName != null && (_own.Contains(assemblyName) || assemblyName.EndsWith(".Tests", StringComparison.Ordinal));
        }

        /// <summary>Checks an assembly file.</summary>
        /// <param name="path">The .dll.</param>
        /// <returns>Violations, in metadata order; empty when the assembly uses only the listed API.</returns>
        public IReadOnlyList<ApiViolation> Check(string path)
        {
            using FileStream stream = File.OpenRead(path);
            return Check(stream);
        }

        /// <summary>Checks an assembly image (e.g. emitted to memory by Roslyn).</summary>
        /// <param name="image">A stream holding the PE image; read from its current position.</param>
        /// <returns>Violations, in metadata order.</returns>
        public IReadOnlyList<ApiViolation> Check(Stream image)
        {
            using var pe = new PEReader(image, PEStreamOptions.LeaveOpen | PEStreamOptions.PrefetchEntireImage);
            if (!pe.HasMetadata)
            {
                throw new BadImageFormatException("not a .NET assembly");
            }

            var walk = new AssemblyWalk(this, pe);
            walk.Run();
            return walk.Violations;
        }

        internal HostTypes HostTypes => _hostTypes;
    }
}
