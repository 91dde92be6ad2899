// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections;
using Sys.Wss;

namespace Sys.Wss.Tests
{
    /// <summary>An in-memory TCP side: records what the server writes and can accept only part of it.</summary>
    public class FakeTransport : IWssTransport
    {
        public byte[] Written = new byte[256];
        public int WrittenLength;
        public int AcceptPerWrite = int.MaxValue;
        public int Budget = int.MaxValue;
        public bool Broken;
        public int ClosedSocket = -1;
        public int CloseCalls;

        public int Write(int socket, byte[] buffer, int offset, int count)
        {
            if (Broken)
            {
                return -1;
            }

            int n = count < AcceptPerWrite ? count : AcceptPerWrite;
            if (n > Budget)
            {
                n = Budget;
            }

            Budget -= n;
            if (WrittenLength + n > Written.Length)
            {
                int size = Written.Length * 2;
                while (size < WrittenLength + n)
                {
                    size *= 2;
                }

                byte[] bigger = new byte[size];
                Array.Copy(Written, 0, bigger, 0, WrittenLength);
                Written = bigger;
            }

            Array.Copy(buffer, offset, Written, WrittenLength, n);
            WrittenLength += n;
            return n;
        }

        public void Close(int socket)
        {
            ClosedSocket = socket;
            CloseCalls++;
        }

        public byte[] Take()
        {
            byte[] r = new byte[WrittenLength];
            Array.Copy(Written, 0, r, 0, WrittenLength);
            WrittenLength = 0;
            return r;
        }

        public string TakeText()
        {
            byte[] b = Take();
            char[] c = new char[b.Length];
            for (int i = 0; i < b.Length; i++)
            {
                c[i] = (char)b[i];
            }

            return new string(c);
        }
    }
}
