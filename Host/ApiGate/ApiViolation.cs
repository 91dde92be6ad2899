// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace nanoWincs.ApiGate
{
    /// <summary>One reference that nanoFramework does not have.</summary>
    public sealed class ApiViolation
    {
        /// <summary>Creates a violation.</summary>
        /// <param name="assembly">Name of the checked assembly.</param>
        /// <param name="where">The using member, <c>Type.Method</c> (or <c>&lt;assembly&gt;</c> for assembly attributes).</param>
        /// <param name="symbol">The offending symbol in doc-comment-id form.</param>
        /// <param name="reason">Why it is rejected.</param>
        public ApiViolation(string assembly, string where, string symbol, string reason)
        {
            Assembly = assembly;
            Where = where;
            Symbol = symbol;
            Reason = reason;
        }

        /// <summary>Gets the name of the checked assembly.</summary>
        public string Assembly { get; }

        /// <summary>Gets the using member (<c>Namespace.Type.Method</c>, <c>Namespace.Type._field</c>, <c>Namespace.Type</c>).</summary>
        public string Where { get; }

        /// <summary>Gets the offending symbol, e.g. <c>M:System.Math.Max(System.Int32,System.Int32) static</c>.</summary>
        public string Symbol { get; }

        /// <summary>Gets the reason.</summary>
        public string Reason { get; }

        /// <summary>The report line.</summary>
        /// <returns><c>Assembly: Where uses Symbol (Reason)</c>.</returns>
        public override string ToString() => Assembly + ": " + Where + " uses " + Symbol + " (" + Reason + ")";
    }
}
