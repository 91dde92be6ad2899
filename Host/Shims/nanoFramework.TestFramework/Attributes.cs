// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class that holds tests.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public class TestClassAttribute : Attribute
    {
        public TestMethodAttribute GetTestMethodAttribute(TestMethodAttribute testMethodAttribute) => testMethodAttribute;
    }

    /// <summary>Marks a test method.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class TestMethodAttribute : Attribute
    {
    }

    /// <summary>Runs once before the tests of a class.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : Attribute
    {
    }

    /// <summary>Runs once after the tests of a class.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class CleanupAttribute : Attribute
    {
    }

    /// <summary>One set of arguments for a test method.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        public DataRowAttribute(params object[] methodParameters)
        {
            MethodParameters = methodParameters;
        }

        public object[] MethodParameters { get; }
    }

    /// <summary>Launcher helper (present for API parity).</summary>
    public class Helper
    {
        public static object[] RemoveTestMethodIfDataRowExists(object[] attribs)
        {
            bool hasDataRow = false;
            foreach (object a in attribs)
            {
                if (a is DataRowAttribute)
                {
                    hasDataRow = true;
                }
            }

            if (!hasDataRow)
            {
                return attribs;
            }

            var list = new System.Collections.ArrayList();
            foreach (object a in attribs)
            {
                if (!(a is TestMethodAttribute))
                {
                    list.Add(a);
                }
            }

            return list.ToArray();
        }
    }

    /// <summary>Thrown by <see cref="Assert.SkipTest"/>.</summary>
    public class SkipTestException : Exception
    {
        public SkipTestException(string message = "", Exception innerException = null)
            : base(message, innerException)
        {
        }
    }

    /// <summary>Test output (goes to the console, as on the device).</summary>
    public class OutputHelper
    {
        public static void Write(string message) => Console.Write(message);

        public static void WriteLine(string message) => Console.WriteLine(message);
    }

    /// <summary>Array helpers.</summary>
    public static class TestExtensions
    {
        public static bool SequenceEqual(this Array array, Array other)
        {
            if (array == null || other == null)
            {
                return array == other;
            }

            if (array.Length != other.Length)
            {
                return false;
            }

            for (int i = 0; i < array.Length; i++)
            {
                if (!Equals(array.GetValue(i), other.GetValue(i)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

namespace TestFrameworkShared
{
    /// <summary>Thrown when an assertion fails.</summary>
    public class AssertFailedException : Exception
    {
        public AssertFailedException()
        {
        }

        public AssertFailedException(string message)
            : base(message)
        {
        }

        public AssertFailedException(string message, Exception ex)
            : base(message, ex)
        {
        }
    }
}
