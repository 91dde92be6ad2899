// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.ApiGate.Tests
{
    /// <summary>Device code that nanoFramework cannot run: the gate names the symbol and the using method.</summary>
    [TestClass]
    public sealed class RejectionTests
    {
        [TestMethod]
        public void GenericListIsRejected()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        public object UseList()
        {
            var list = new System.Collections.Generic.List<int>();
            list.Add(3);
            return list;
        }
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device.UseList", "T:System.Collections.Generic.List{System.Int32}", "generic instantiation");
            Snippets.AssertViolation(violations, "Snippets.Device.UseList", "M:System.Collections.Generic.List`1.#ctor", "type System.Collections.Generic.List`1 is not listed");
            Snippets.AssertViolation(violations, "Snippets.Device.UseList", "M:System.Collections.Generic.List`1.Add(`0)");
            Assert.IsTrue(violations.All(v => v.Where == "Snippets.Device.UseList"), Snippets.Report(violations));
        }

        [TestMethod]
        public void LinqIsRejected()
        {
            var violations = Snippets.Gate(@"
using System.Linq;

namespace Snippets
{
    public class Device
    {
        public object UseLinq(int[] values)
        {
            return values.Where(IsPositive);
        }

        private static bool IsPositive(int value)
        {
            return value > 0;
        }
    }
}");
            const string Where = "M:System.Linq.Enumerable.Where``1(System.Collections.Generic.IEnumerable{``0},System.Func{``0,System.Boolean}) static";
            Snippets.AssertViolation(violations, "Snippets.Device.UseLinq", Where, "generic method instantiation <System.Int32>");
            Snippets.AssertViolation(violations, "Snippets.Device.UseLinq", "T:System.Func{System.Int32,System.Boolean}", "generic instantiation");
        }

        [TestMethod]
        public void StringInterpolationIsRejectedAsInterpolation()
        {
            const string Source = @"
namespace Snippets
{
    public class Device
    {
        public string Describe(int channel)
        {
            return $""channel {channel}"";
        }
    }
}";

            // C# 9, as the device libraries are built, and the latest C#: with .NET 6+ the compiler uses
            // DefaultInterpolatedStringHandler, reported once per method as interpolation
            foreach (LanguageVersion language in new[] { LanguageVersion.CSharp9, LanguageVersion.Latest })
            {
                var violations = Snippets.Gate(Source, language);
                Snippets.AssertViolation(violations, "Snippets.Device.Describe", "T:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler", "string interpolation ($\"...\") is not available");
                Assert.AreEqual(1, violations.Count, Snippets.Report(violations));
            }
        }

        [TestMethod]
        public void StringFormatOverloadMissingFromTheListsMentionsInterpolation()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        public string Describe(int channel)
        {
            return string.Format(""channel {0}"", channel);
        }
    }
}");
            var found = Snippets.AssertViolation(violations, "Snippets.Device.Describe", "M:System.String.Format(System.String,System.Object) static", "listed: M:System.String.Format(System.String,System.Object[]) static");
            StringAssert.Contains(found.Reason, "string interpolation");
        }

        [TestMethod]
        public void MathIsRejected()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        public int Larger(int a, int b)
        {
            return System.Math.Max(a, b);
        }
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device.Larger", "M:System.Math.Max(System.Int32,System.Int32) static", "type System.Math is not listed");
            Assert.AreEqual(1, violations.Count, Snippets.Report(violations));
        }

        [TestMethod]
        public void EncodingIsRejected()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        public byte[] Encode(string text)
        {
            return System.Text.Encoding.UTF8.GetBytes(text);
        }
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device.Encode", "M:System.Text.Encoding.get_UTF8 static", "type System.Text.Encoding is not listed");
            Snippets.AssertViolation(violations, "Snippets.Device.Encode", "M:System.Text.Encoding.GetBytes(System.String)");
        }

        [TestMethod]
        public void WaitOneWithOnlyATimeoutIsRejected()
        {
            var violations = Snippets.Gate(@"
using System.Threading;

namespace Snippets
{
    public class Device
    {
        private readonly AutoResetEvent _done = new AutoResetEvent(false);

        public bool Wait()
        {
            return _done.WaitOne(100);
        }
    }
}");
            var found = Snippets.AssertViolation(violations, "Snippets.Device.Wait", "M:System.Threading.WaitHandle.WaitOne(System.Int32)", "listed: ");
            StringAssert.Contains(found.Reason, "M:System.Threading.WaitHandle.WaitOne(System.Int32,System.Boolean)");
            Assert.AreEqual(1, violations.Count, Snippets.Report(violations));
        }

        [TestMethod]
        public void BufferBlockCopyIsRejected()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        public void Move(byte[] from, byte[] to)
        {
            System.Buffer.BlockCopy(from, 0, to, 0, from.Length);
        }
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device.Move", "M:System.Buffer.BlockCopy(System.Array,System.Int32,System.Array,System.Int32,System.Int32) static", "type System.Buffer is not listed");
            Assert.AreEqual(1, violations.Count, Snippets.Report(violations));
        }

        [TestMethod]
        public void HostOnlyShimHelpersAreRejected()
        {
            var violations = Snippets.Gate(@"
using System.Device.Gpio;
using System.Device.Spi;

namespace Snippets
{
    public class Device
    {
        public void Wire(ISpiPeripheral module)
        {
            HostSpi.Attach(1, 5, module);
        }

        public void Pull()
        {
            HostGpio.Drive(4, PinValue.Low);
        }
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device.Wire", "M:System.Device.Spi.HostSpi.Attach(System.Int32,System.Int32,System.Device.Spi.ISpiPeripheral) static", "host-only helper of the shim assembly System.Device.Spi");
            Snippets.AssertViolation(violations, "Snippets.Device.Wire", "T:System.Device.Spi.ISpiPeripheral", "host-only helper of the shim assembly System.Device.Spi");
            Snippets.AssertViolation(violations, "Snippets.Device.Pull", "M:System.Device.Gpio.HostGpio.Drive(System.Int32,System.Device.Gpio.PinValue) static", "host-only helper of the shim assembly System.Device.Gpio");

            // PinValue.Low is nanoFramework API (from the same shim): not reported
            Assert.IsFalse(violations.Any(v => v.Symbol.Contains("PinValue.get_Low")), Snippets.Report(violations));
        }

        [TestMethod]
        public void OwnGenericMethodIsRejectedWhereDefinedAndWhereInstantiated()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        public static T Echo<T>(T value)
        {
            return value;
        }

        public int UseEcho()
        {
            return Echo(5);
        }
    }

    public class Box<T>
    {
        public T Value;
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device.UseEcho", "M:Snippets.Device.Echo``1(``0) static", "generic method instantiation <System.Int32>");
            Snippets.AssertViolation(violations, "Snippets.Device.Echo", "M:Snippets.Device.Echo``1(``0) static", "generic method definition");
            Snippets.AssertViolation(violations, "Snippets.Box`1", "T:Snippets.Box`1", "generic type definition");
            Assert.AreEqual(3, violations.Count, Snippets.Report(violations));
        }

        [TestMethod]
        public void GenericDelegateFieldAndEventAreRejected()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        public event System.EventHandler<System.EventArgs> Changed;

        private System.Action<int> _callback;

        public void Raise()
        {
            Changed?.Invoke(this, System.EventArgs.Empty);
            _callback?.Invoke(1);
        }
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device._callback", "T:System.Action{System.Int32}", "generic instantiation");
            Snippets.AssertViolation(violations, "Snippets.Device.Changed", "T:System.EventHandler{System.EventArgs}", "generic instantiation");
            Snippets.AssertViolation(violations, "Snippets.Device.Raise", "T:System.EventHandler{System.EventArgs}", "generic instantiation");

            // the accessors of a field-like event of a generic delegate type stay rejected
            Snippets.AssertViolation(violations, "Snippets.Device.add_Changed", "T:System.EventHandler{System.EventArgs}", "generic instantiation");
        }

        [TestMethod]
        public void GenericCompareExchangeOutsideAnEventAccessorIsRejected()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        private object _slot;

        public object Swap(object value)
        {
            return System.Threading.Interlocked.CompareExchange(ref _slot, value, null);
        }

        public string SwapText(ref string slot, string value)
        {
            return System.Threading.Interlocked.CompareExchange<string>(ref slot, value, null);
        }

        private LinkChanged _changed;

        // written by hand, not field-like: the exception for compiler-generated accessors does not apply
        public event LinkChanged Changed
        {
            add
            {
                System.Threading.Interlocked.CompareExchange(ref _changed, value, null);
            }

            remove
            {
                _changed = null;
            }
        }
    }

    public delegate void LinkChanged(bool up);
}");
            Snippets.AssertViolation(violations, "Snippets.Device.Swap", "M:System.Threading.Interlocked.CompareExchange(System.Object@,System.Object,System.Object) static", "listed: M:System.Threading.Interlocked.CompareExchange(System.Int32@,System.Int32,System.Int32) static");
            Snippets.AssertViolation(violations, "Snippets.Device.SwapText", "M:System.Threading.Interlocked.CompareExchange``1(``0@,``0,``0) static", "generic method instantiation <System.String>");
            Snippets.AssertViolation(violations, "Snippets.Device.add_Changed", "M:System.Threading.Interlocked.CompareExchange``1(``0@,``0,``0) static", "generic method instantiation <Snippets.LinkChanged>");
            Assert.AreEqual(3, violations.Count, Snippets.Report(violations));
        }

        [TestMethod]
        public void NonExistentOverloadOfAListedTypeIsRejected()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        public void Move(byte[] from, byte[] to)
        {
            System.Array.Copy(from, to, 4L);
        }
    }
}");
            var found = Snippets.AssertViolation(violations, "Snippets.Device.Move", "M:System.Array.Copy(System.Array,System.Array,System.Int64) static", "listed: ");
            StringAssert.Contains(found.Reason, "M:System.Array.Copy(System.Array,System.Array,System.Int32) static");
            Assert.AreEqual(1, violations.Count, Snippets.Report(violations));
        }

        [TestMethod]
        public void MembersMissingFromAllBaseTypesAreRejected()
        {
            // String is listed, String.Replace and String.IsNullOrWhiteSpace are not (nor on Object)
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        public bool Blank(string text)
        {
            return string.IsNullOrWhiteSpace(text.Replace(""a"", ""b""));
        }
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device.Blank", "M:System.String.Replace(System.String,System.String)", "System.String has no member Replace");
            Snippets.AssertViolation(violations, "Snippets.Device.Blank", "M:System.String.IsNullOrWhiteSpace(System.String) static");
            Assert.AreEqual(2, violations.Count, Snippets.Report(violations));
        }

        [TestMethod]
        public void UnlistedAttributeIsRejected()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        [System.ComponentModel.Description(""x"")]
        [System.Obsolete]
        public void Old()
        {
        }
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device.Old", "M:System.ComponentModel.DescriptionAttribute.#ctor(System.String)", "is not listed");
            Assert.AreEqual(1, violations.Count, Snippets.Report(violations));
        }

        [TestMethod]
        public void LambdaViolationsNameTheMethodTheyAreWrittenIn()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public delegate int Work(int a, int b);

    public class Device
    {
        public Work Make()
        {
            return (a, b) => System.Math.Min(a, b);
        }
    }
}");
            ApiViolation found = violations.Single();
            Assert.AreEqual("M:System.Math.Min(System.Int32,System.Int32) static", found.Symbol);
            StringAssert.StartsWith(found.Where, "Snippets.Device.Make (compiler-generated ");
        }

        [TestMethod]
        public void VolatileFieldsAreRejected()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        private volatile bool _stop;

        public void Stop()
        {
            _stop = true;
        }
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device._stop", "T:System.Runtime.CompilerServices.IsVolatile", "volatile field");
        }

        [TestMethod]
        public void TuplesAndNullableValuesAreRejected()
        {
            var violations = Snippets.Gate(@"
namespace Snippets
{
    public class Device
    {
        public int? Find(int key)
        {
            var pair = (key, 2);
            return pair.Item2;
        }
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device.Find", "T:System.Nullable{System.Int32}", "generic instantiation");
            Snippets.AssertViolation(violations, "Snippets.Device.Find", "T:System.ValueTuple{System.Int32,System.Int32}", "generic instantiation");
        }

        [TestMethod]
        public void AsyncIteratorsAndMultiDimensionalArraysAreRejected()
        {
            var violations = Snippets.Gate(@"
using System.Collections;

namespace Snippets
{
    public class Device
    {
        public IEnumerable Items()
        {
            yield return 1;
        }

        public async System.Threading.Tasks.Task Later()
        {
            await System.Threading.Tasks.Task.Delay(1);
        }

        public void Grid()
        {
            var cells = new int[2, 2];
            cells[1, 1] = 3;
        }
    }
}");
            Snippets.AssertViolation(violations, "Snippets.Device.Items", "M:System.Runtime.CompilerServices.IteratorStateMachineAttribute.#ctor(System.Type)", "is not listed");
            Snippets.AssertViolation(violations, "Snippets.Device.<Items>d__0", "T:System.Collections.Generic.IEnumerator{System.Object}", "generic instantiation");
            Snippets.AssertViolation(violations, "Snippets.Device.Later", "T:System.Threading.Tasks.Task", "not in the nanoFramework API");
            Snippets.AssertViolation(violations, "Snippets.Device.Later (compiler-generated <Later>d__1.MoveNext)", "M:System.Threading.Tasks.Task.Delay(System.Int32) static", "type System.Threading.Tasks.Task is not listed");
            Snippets.AssertViolation(violations, "Snippets.Device.Grid", "T:System.Int32[0:,0:]", "multi-dimensional array");
        }
    }
}
