// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections;
using System.Runtime.CompilerServices;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    /// <summary>Assertions with the signatures of nanoFramework.TestFramework 3.0.x.</summary>
    public sealed class Assert
    {
        public static void AreEqual(bool expected, bool actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(bool notExpected, bool actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(bool expected, bool actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(bool notExpected, bool actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(byte expected, byte actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(byte notExpected, byte actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(byte expected, byte actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(byte notExpected, byte actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(char expected, char actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(char notExpected, char actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(char expected, char actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(char notExpected, char actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(sbyte expected, sbyte actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(sbyte notExpected, sbyte actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(sbyte expected, sbyte actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(sbyte notExpected, sbyte actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(short expected, short actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(short notExpected, short actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(short expected, short actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(short notExpected, short actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(ushort expected, ushort actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(ushort notExpected, ushort actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(ushort expected, ushort actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(ushort notExpected, ushort actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(int expected, int actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(int notExpected, int actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(int expected, int actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(int notExpected, int actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(uint expected, uint actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(uint notExpected, uint actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(uint expected, uint actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(uint notExpected, uint actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(long expected, long actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(long notExpected, long actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(long expected, long actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(long notExpected, long actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(ulong expected, ulong actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(ulong notExpected, ulong actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(ulong expected, ulong actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(ulong notExpected, ulong actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(float expected, float actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(float notExpected, float actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(float expected, float actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(float notExpected, float actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(double expected, double actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(double notExpected, double actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(double expected, double actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(double notExpected, double actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(string expected, string actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(string notExpected, string actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(string expected, string actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(string notExpected, string actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(DateTime expected, DateTime actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(DateTime notExpected, DateTime actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use AreEqual")]
        public static void Equal(DateTime expected, DateTime actual, [CallerArgumentExpression("actual")] string message = "") => AreEqual(expected, actual, message);

        [Obsolete("Use AreNotEqual")]
        public static void NotEqual(DateTime notExpected, DateTime actual, [CallerArgumentExpression("actual")] string message = "") => AreNotEqual(notExpected, actual, message);

        public static void AreEqual(object expected, object actual, [CallerArgumentExpression("actual")] string message = "") => Check(Equals(expected, actual), "AreEqual", expected, actual, message);

        public static void AreNotEqual(object notExpected, object actual, [CallerArgumentExpression("actual")] string message = "") => Check(!Equals(notExpected, actual), "AreNotEqual", notExpected, actual, message);

        [Obsolete("Use CollectionAssert.AreEqual")]
        public static void Equal(Array expected, Array actual, [CallerArgumentExpression("actual")] string message = "") => Check(expected.SequenceEqual(actual), "Equal", expected, actual, message);

        [Obsolete("Use CollectionAssert.AreNotEqual")]
        public static void NotEqual(Array notExpected, Array actual, [CallerArgumentExpression("actual")] string message = "") => Check(!notExpected.SequenceEqual(actual), "NotEqual", notExpected, actual, message);

        public static void IsTrue(bool condition, [CallerArgumentExpression("condition")] string message = "") => Check(condition, "IsTrue", true, condition, message);

        public static void IsFalse(bool condition, [CallerArgumentExpression("condition")] string message = "") => Check(!condition, "IsFalse", false, condition, message);

        [Obsolete("Use IsTrue")]
        public static void True(bool condition, [CallerArgumentExpression("condition")] string message = "") => IsTrue(condition, message);

        [Obsolete("Use IsFalse")]
        public static void False(bool condition, [CallerArgumentExpression("condition")] string message = "") => IsFalse(condition, message);

        public static void IsNull(object value, [CallerArgumentExpression("value")] string message = "") => Check(value == null, "IsNull", null, value, message);

        public static void IsNotNull(object value, [CallerArgumentExpression("value")] string message = "") => Check(value != null, "IsNotNull", "not null", value, message);

        [Obsolete("Use IsNull")]
        public static void Null(object value, [CallerArgumentExpression("value")] string message = "") => IsNull(value, message);

        [Obsolete("Use IsNotNull")]
        public static void NotNull(object value, [CallerArgumentExpression("value")] string message = "") => IsNotNull(value, message);

        public static void AreSame(object expected, object actual, [CallerArgumentExpression("actual")] string message = "") => Check(ReferenceEquals(expected, actual), "AreSame", expected, actual, message);

        public static void AreNotSame(object notExpected, object actual, [CallerArgumentExpression("actual")] string message = "") => Check(!ReferenceEquals(notExpected, actual), "AreNotSame", notExpected, actual, message);

        [Obsolete("Use AreSame")]
        public static void Same(object expected, object actual, [CallerArgumentExpression("actual")] string message = "") => AreSame(expected, actual, message);

        [Obsolete("Use AreNotSame")]
        public static void NotSame(object expected, object actual, [CallerArgumentExpression("actual")] string message = "") => AreNotSame(expected, actual, message);

        public static void IsInstanceOfType(object value, Type expectedType, [CallerArgumentExpression("value")] string message = "") => Check(value != null && expectedType.IsInstanceOfType(value), "IsInstanceOfType", expectedType, value?.GetType(), message);

        public static void IsNotInstanceOfType(object value, Type wrongType, [CallerArgumentExpression("value")] string message = "") => Check(value == null || !wrongType.IsInstanceOfType(value), "IsNotInstanceOfType", wrongType, value?.GetType(), message);

        [Obsolete("Use IsInstanceOfType")]
        public static void IsType(Type expectedType, object value, [CallerArgumentExpression("value")] string message = "") => IsInstanceOfType(value, expectedType, message);

        [Obsolete("Use IsNotInstanceOfType")]
        public static void IsNotType(Type wrongType, object value, [CallerArgumentExpression("value")] string message = "") => IsNotInstanceOfType(value, wrongType, message);

        public static void ThrowsException(Type exceptionType, Action action, [CallerArgumentExpression("action")] string message = "")
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                // exact type match, as the device TestFramework does
                Check(ex.GetType() == exceptionType, "ThrowsException", exceptionType, ex.GetType(), message);
                return;
            }

            Check(false, "ThrowsException", exceptionType, "no exception", message);
        }

        [Obsolete("Use ThrowsException")]
        public static void Throws(Type exceptionType, Action action, [CallerArgumentExpression("action")] string message = "") => ThrowsException(exceptionType, action, message);

        public static void Contains(string expected, string value, [CallerArgumentExpression("value")] string message = "") => Check(value != null && expected != null && value.Contains(expected), "Contains", expected, value, message);

        public static void DoesNotContains(string notExpected, string value, [CallerArgumentExpression("value")] string message = "") => Check(value == null || notExpected == null || !value.Contains(notExpected), "DoesNotContains", notExpected, value, message);

        public static void StartsWith(string expected, string value, [CallerArgumentExpression("value")] string message = "") => Check(value != null && expected != null && value.StartsWith(expected, StringComparison.Ordinal), "StartsWith", expected, value, message);

        public static void EndsWith(string expected, string value, [CallerArgumentExpression("value")] string message = "") => Check(value != null && expected != null && value.EndsWith(expected, StringComparison.Ordinal), "EndsWith", expected, value, message);

        [Obsolete("Use CollectionAssert.Empty")]
        public static void Empty(ICollection collection, [CallerArgumentExpression("collection")] string message = "") => CollectionAssert.Empty(collection, message);

        [Obsolete("Use CollectionAssert.NotEmpty")]
        public static void NotEmpty(ICollection collection, [CallerArgumentExpression("collection")] string message = "") => CollectionAssert.NotEmpty(collection, message);

        public static void SkipTest(string message = "") => throw new SkipTestException(message);

        internal static void Check(bool ok, string assertion, object expected, object actual, string message)
        {
            if (!ok)
            {
                throw new AssertFailedException(assertion + " failed. Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        private static string Show(object value) => value == null ? "(null)" : value.ToString();
    }

    /// <summary>Collection assertions.</summary>
    public sealed class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, [CallerArgumentExpression("actual")] string message = "") => Assert.Check(Same(expected, actual), "CollectionAssert.AreEqual", Describe(expected), Describe(actual), message);

        public static void AreNotEqual(ICollection notExpected, ICollection actual, [CallerArgumentExpression("actual")] string message = "") => Assert.Check(!Same(notExpected, actual), "CollectionAssert.AreNotEqual", Describe(notExpected), Describe(actual), message);

        public static void Empty(ICollection collection, [CallerArgumentExpression("collection")] string message = "") => Assert.Check(collection != null && collection.Count == 0, "CollectionAssert.Empty", 0, collection?.Count, message);

        public static void NotEmpty(ICollection collection, [CallerArgumentExpression("collection")] string message = "") => Assert.Check(collection != null && collection.Count > 0, "CollectionAssert.NotEmpty", "> 0", collection?.Count, message);

        private static bool Same(ICollection a, ICollection b)
        {
            if (a == null || b == null)
            {
                return a == b;
            }

            if (a.Count != b.Count)
            {
                return false;
            }

            IEnumerator ea = a.GetEnumerator();
            IEnumerator eb = b.GetEnumerator();
            while (ea.MoveNext() && eb.MoveNext())
            {
                if (!Equals(ea.Current, eb.Current))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Describe(ICollection c)
        {
            if (c == null)
            {
                return "(null)";
            }

            var parts = new System.Text.StringBuilder();
            int n = 0;
            foreach (object o in c)
            {
                if (n++ == 64)
                {
                    parts.Append(" ...");
                    break;
                }

                parts.Append(n == 1 ? string.Empty : " ").Append(o is byte b ? b.ToString("X2") : o?.ToString());
            }

            return "[" + c.Count + "] " + parts;
        }
    }
}
