// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Helpers
{
    /// <summary>Golden-vector checks of transmitted bursts, and answers to them.</summary>
    public static class Burst
    {
        /// <summary>A transmitted burst with every command's sequence number zeroed (golden vectors are written with 00 00 there).</summary>
        /// <param name="sent">Bytes as transmitted.</param>
        /// <returns>A copy.</returns>
        public static byte[] WithoutSequences(byte[] sent)
        {
            byte[] copy = new byte[sent.Length];
            Array.Copy(sent, copy, sent.Length);
            int at = 0;
            while (at + 8 <= copy.Length)
            {
                copy[at + 3] = 0;
                copy[at + 4] = 0;
                int length = 8 + ((copy[at + 6] << 8) | copy[at + 7]);
                at += (length + 3) & ~3;
            }

            return copy;
        }

        /// <summary>Asserts the exact bytes of transmitted burst <paramref name="index"/>, sequence numbers aside.</summary>
        /// <param name="device">The transport.</param>
        /// <param name="index">Transmission index.</param>
        /// <param name="hex">Golden vector.</param>
        public static void AssertSent(ScriptedMessageDevice device, int index, string hex)
        {
            Assert.IsTrue(device.SentCount > index, "the burst was transmitted");
            byte[] actual = WithoutSequences(device.GetSent(index));
            byte[] expected = Hex.Parse(hex);
            CollectionAssert.AreEqual(expected, actual, Hex.Format(actual));
        }

        /// <summary>Queues the same STATUS for every command of transmitted burst <paramref name="index"/>.</summary>
        /// <param name="device">The transport.</param>
        /// <param name="index">Transmission index.</param>
        /// <param name="status">The status.</param>
        public static void AnswerAll(ScriptedMessageDevice device, int index, ushort status)
        {
            int n = device.GetSentCommandCount(index);
            for (int i = 0; i < n; i++)
            {
                device.AnswerStatus(index, i, status);
            }
        }

        /// <summary>Queues OK for every command of a burst, except <paramref name="failing"/> which gets <paramref name="status"/>.</summary>
        /// <param name="device">The transport.</param>
        /// <param name="index">Transmission index.</param>
        /// <param name="failing">Command that fails.</param>
        /// <param name="status">Its status.</param>
        public static void AnswerAllButOne(ScriptedMessageDevice device, int index, int failing, ushort status)
        {
            int n = device.GetSentCommandCount(index);
            for (int i = 0; i < n; i++)
            {
                device.AnswerStatus(index, i, i == failing ? status : (ushort)0);
            }
        }
    }
}
