// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Threading;
using NfTest = nanoFramework.TestFramework;

namespace nanoWincs.Host.TestBridge
{
    /// <summary>Outcome of one portable test, as the device launcher would print it.</summary>
    public enum PortableOutcome
    {
        /// <summary>No exception escaped.</summary>
        Passed,

        /// <summary>An assertion failed or an exception escaped.</summary>
        Failed,

        /// <summary>Assert.SkipTest was called (in the test or in the class Setup).</summary>
        Skipped,
    }

    /// <summary>One reported entry (a Setup, a test, a DataRow case or a Cleanup).</summary>
    public sealed class PortableResult
    {
        public PortableResult(string id, string kind, PortableOutcome outcome, string message, TimeSpan duration)
        {
            Id = id;
            Kind = kind;
            Outcome = outcome;
            Message = message;
            Duration = duration;
        }

        public string Id { get; }

        public string Kind { get; }

        public PortableOutcome Outcome { get; }

        public string Message { get; }

        public TimeSpan Duration { get; }

        public override string ToString() => Outcome + " " + Id + (string.IsNullOrEmpty(Message) ? string.Empty : ": " + Message);
    }

    /// <summary>
    /// Runs a [TestClass] the way nanoFramework's UnitTestLauncher does: every [Setup] once, then the
    /// [TestMethod]s without DataRow, then each DataRow case, then [Cleanup]; methods are invoked
    /// without an instance (instance members of a test class are unusable on the device too); a
    /// SkipTestException from Setup skips the whole class.
    /// </summary>
    public static class LauncherEngine
    {
        /// <summary>How long one method may run before it is reported as failed (the run goes on).</summary>
        public static TimeSpan MethodTimeout { get; set; } = TimeSpan.FromSeconds(120);

        public static bool IsTestClass(Type type) => type.GetCustomAttributes(typeof(NfTest.TestClassAttribute), false).Length > 0;

        /// <summary>Lists the ids RunClass will report, without running anything.</summary>
        public static List<string> Enumerate(Type type)
        {
            var ids = new List<string>();
            foreach (var entry in Plan(type))
            {
                ids.Add(entry.Id);
            }

            return ids;
        }

        public static List<PortableResult> RunClass(Type type)
        {
            var results = new List<PortableResult>();
            var plan = Plan(type);
            string skipReason = null;
            string setupFailure = null;

            foreach (var entry in plan)
            {
                if (entry.Kind == "Setup")
                {
                    var r = Invoke(entry, null);
                    results.Add(r);
                    if (r.Outcome == PortableOutcome.Skipped)
                    {
                        skipReason = r.Message;
                    }
                    else if (r.Outcome == PortableOutcome.Failed)
                    {
                        setupFailure = r.Message;
                    }

                    continue;
                }

                if (entry.Kind != "Cleanup" && skipReason != null)
                {
                    results.Add(new PortableResult(entry.Id, entry.Kind, PortableOutcome.Skipped, "class skipped in Setup: " + skipReason, TimeSpan.Zero));
                    continue;
                }

                if (entry.Kind != "Cleanup" && setupFailure != null)
                {
                    results.Add(new PortableResult(entry.Id, entry.Kind, PortableOutcome.Failed, "class Setup failed: " + setupFailure, TimeSpan.Zero));
                    continue;
                }

                results.Add(Invoke(entry, entry.Arguments));
            }

            return results;
        }

        private sealed class PlanEntry
        {
            public string Id;
            public string Kind;
            public MethodInfo Method;
            public object[] Arguments;
        }

        private static List<PlanEntry> Plan(Type type)
        {
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .OrderBy(m => m.MetadataToken)
                .ToArray();
            var plan = new List<PlanEntry>();
            string prefix = type.FullName + ".";

            foreach (var m in methods.Where(m => m.IsDefined(typeof(NfTest.SetupAttribute), false)))
            {
                plan.Add(new PlanEntry { Id = prefix + m.Name, Kind = "Setup", Method = m });
            }

            foreach (var m in methods.Where(m => m.IsDefined(typeof(NfTest.TestMethodAttribute), false) && !m.IsDefined(typeof(NfTest.DataRowAttribute), false)))
            {
                plan.Add(new PlanEntry { Id = prefix + m.Name, Kind = "Test", Method = m });
            }

            foreach (var m in methods.Where(m => m.IsDefined(typeof(NfTest.DataRowAttribute), false)))
            {
                int index = 0;
                foreach (NfTest.DataRowAttribute row in m.GetCustomAttributes(typeof(NfTest.DataRowAttribute), false))
                {
                    string args = string.Join(", ", (row.MethodParameters ?? new object[0]).Select(Describe));
                    plan.Add(new PlanEntry { Id = prefix + m.Name + "." + index + "(" + args + ")", Kind = "DataRow", Method = m, Arguments = row.MethodParameters });
                    index++;
                }
            }

            foreach (var m in methods.Where(m => m.IsDefined(typeof(NfTest.CleanupAttribute), false)))
            {
                plan.Add(new PlanEntry { Id = prefix + m.Name, Kind = "Cleanup", Method = m });
            }

            return plan;
        }

        private static string Describe(object value)
        {
            if (value == null)
            {
                return "null";
            }

            string text = value is string s ? "\"" + s + "\"" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            return text.Length > 40 ? text.Substring(0, 40) + "..." : text;
        }

        private static PortableResult Invoke(PlanEntry entry, object[] arguments)
        {
            var started = DateTime.UtcNow;
            Exception escaped = null;
            var worker = new Thread(() =>
            {
                try
                {
                    CallWithoutInstance(entry.Method, arguments ?? new object[0]);
                }
                catch (Exception ex)
                {
                    escaped = ex;
                }
            });
            worker.IsBackground = true;
            worker.Start();
            if (!worker.Join(MethodTimeout))
            {
                return new PortableResult(entry.Id, entry.Kind, PortableOutcome.Failed, "timed out after " + MethodTimeout.TotalSeconds + " s", DateTime.UtcNow - started);
            }

            var elapsed = DateTime.UtcNow - started;
            if (escaped == null)
            {
                return new PortableResult(entry.Id, entry.Kind, PortableOutcome.Passed, null, elapsed);
            }

            if (escaped is NfTest.SkipTestException)
            {
                return new PortableResult(entry.Id, entry.Kind, PortableOutcome.Skipped, escaped.Message, elapsed);
            }

            return new PortableResult(entry.Id, entry.Kind, PortableOutcome.Failed, escaped.GetType().FullName + ": " + escaped.Message + Environment.NewLine + escaped.StackTrace, elapsed);
        }

        /// <summary>Calls a method with a null receiver, as the device launcher's method.Invoke(null, …) does.</summary>
        private static void CallWithoutInstance(MethodInfo method, object[] arguments)
        {
            var parameters = method.GetParameters();
            if (parameters.Length != arguments.Length)
            {
                throw new ArgumentException("DataRow has " + arguments.Length + " values for " + parameters.Length + " parameters");
            }

            var dm = new DynamicMethod("nf_call_" + method.Name, typeof(void), new[] { typeof(object[]) }, method.Module, skipVisibility: true);
            var il = dm.GetILGenerator();
            if (!method.IsStatic)
            {
                il.Emit(OpCodes.Ldnull);
            }

            for (int i = 0; i < parameters.Length; i++)
            {
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Ldelem_Ref);
                il.Emit(OpCodes.Unbox_Any, parameters[i].ParameterType);
            }

            il.Emit(OpCodes.Call, method);
            if (method.ReturnType != typeof(void))
            {
                il.Emit(OpCodes.Pop);
            }

            il.Emit(OpCodes.Ret);
            var call = (Action<object[]>)dm.CreateDelegate(typeof(Action<object[]>));
            call(arguments);
        }
    }
}
