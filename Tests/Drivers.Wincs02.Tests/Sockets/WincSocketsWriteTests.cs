// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Sockets;
using Drivers.Wincs02.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Sockets
{
    /// <summary>
    /// The TCP write path (spec section 5: SOCKWR chunks carrying the sequence number of their first byte):
    /// several writes in flight, short tails, refusals resent from the first refused byte, the window and its limits.
    /// </summary>
    [TestClass]
    public class WincSocketsWriteTests
    {
        private const int Chunk = WincSockets.MaxTcpIpv4Payload;

        // the module's side of SOCKWR in the refusal tests (AnswerWrites): the bytes it took, in stream order
        private static byte[] s_taken;
        private static int s_takenCount;
        private static int s_answered;
        private static int s_refusals;

        private static byte[] Pattern(int length, int seed)
        {
            byte[] b = new byte[length];
            for (int i = 0; i < length; i++)
            {
                b[i] = (byte)(seed + (i * 7) + (i >> 8));
            }

            return b;
        }

        // SOCKWR(sockId, length, seqNum, data): the length value sits at bytes 20..21, the sequence number at 30..31, the data from 36
        private static int WriteLength(byte[] w)
        {
            return (w[20] << 8) | w[21];
        }

        private static int WriteSequence(byte[] w)
        {
            return (w[30] << 8) | w[31];
        }

        private static void AssertWrite(byte[] w, int sequence, byte[] data, int offset, int length)
        {
            Assert.AreEqual(8 + 8 + 8 + 8 + 4 + length + ((4 - (length & 3)) & 3), w.Length, "one SOCKWR, padded to a word");
            Assert.AreEqual((int)CommandId.Sockwr, (w[1] << 8) | w[2]);
            Assert.AreEqual(length, WriteLength(w));
            Assert.AreEqual(sequence, WriteSequence(w));
            for (int i = 0; i < length; i++)
            {
                if (w[36 + i] != data[offset + i])
                {
                    Assert.AreEqual(data[offset + i], w[36 + i], "data byte " + i.ToString() + " of the write at " + sequence.ToString());
                }
            }
        }

        // Steps (1 ms each) until one more burst goes out; returns how many steps that took.
        private static int StepsUntilSent(SocketHarness s, int maxSteps)
        {
            int sent = s.Device.SentCount;
            for (int i = 1; i <= maxSteps; i++)
            {
                s.Step();
                if (s.Device.SentCount != sent)
                {
                    return i;
                }
            }

            return -1;
        }

        private static void StartModule(SocketHarness s, int streamLength)
        {
            s_taken = new byte[streamLength];
            s_takenCount = 0;
            s_answered = s.Device.SentCount;
            s_refusals = 0;
        }

        // Answers every burst sent since the last call. While refusing, a SOCKWR is refused (every third with
        // SOCKET_NOT_READY, the others SOCKET_SEQUENCE_ERROR when mixed); otherwise the module takes a write whose
        // sequence number is the next byte it expects (copying its data) and answers any other SEQUENCE_ERROR.
        private static void AnswerWrites(SocketHarness s, bool refusing, bool mixed)
        {
            for (; s_answered < s.Device.SentCount; s_answered++)
            {
                if (s.Device.GetSentId(s_answered, 0) != (ushort)CommandId.Sockwr)
                {
                    s.Device.AnswerStatus(s_answered, 0, 0);
                    continue;
                }

                Assert.AreEqual(1, s.Device.GetSentCommandCount(s_answered), "one SOCKWR per burst");
                byte[] w = s.Device.GetSent(s_answered);
                WincStatus status;
                if (refusing)
                {
                    status = !mixed || s_refusals % 3 == 2 ? WincStatus.SocketNotReady : WincStatus.SocketSequenceError;
                    s_refusals++;
                }
                else if (WriteSequence(w) != (s_takenCount & 0xFFFF))
                {
                    status = WincStatus.SocketSequenceError;
                }
                else
                {
                    Array.Copy(w, 36, s_taken, s_takenCount, WriteLength(w));
                    s_takenCount += WriteLength(w);
                    status = WincStatus.Ok;
                }

                s.Device.AnswerStatus(s_answered, 0, (ushort)status);
            }
        }

        [TestMethod]
        public void SendWritesSequenceNumberedChunksAndKeepsThemInFlight()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            byte[] data = Pattern(2000, 1);
            Assert.AreEqual(-1, s.Sockets.Send(fd, new byte[3000], 0, 3000, 0));
            Assert.AreEqual(SocketErrno.EWouldBlock, s.Sockets.Errno, "more than the 2944-byte ring: all or nothing");
            Assert.AreEqual(2000, s.Sockets.Send(fd, data, 0, 2000, 0));
            Assert.AreEqual(2000, s.Sockets.GetSendPending(fd));
            s.Step();
            int first = s.Last;
            AssertWrite(s.Device.GetSent(first), 0, data, 0, Chunk);

            // the 540-byte tail waited for the end of the task round, then followed without waiting for the answer
            s.Step();
            Assert.AreEqual(first + 1, s.Last);
            AssertWrite(s.Device.GetSent(first + 1), Chunk, data, Chunk, 540);
            Assert.AreEqual(0, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));

            s.Device.AnswerStatus(first, 0, 0);
            s.Device.AnswerStatus(first + 1, 0, 0);
            s.Step();
            Assert.AreEqual(2, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            Assert.AreEqual(0, s.Sockets.GetSendPending(fd));
            s.Step();
            Assert.AreEqual(first + 1, s.Last, "nothing left");
            Assert.AreEqual(0, s.Sockets.ResentWrites);
        }

        [TestMethod]
        public void WritesFillTheWindowWithConsecutiveSequenceNumbers()
        {
            SocketHarness s = new SocketHarness(16, 8 * Chunk);
            s.Sockets.WriteWindow = 4;
            int fd = s.OpenConnectedTcp(7);
            byte[] data = Pattern(7400, 3);
            Assert.AreEqual(7400, s.Sockets.Send(fd, data, 0, 7400, 0));
            int before = s.Device.SentCount;
            s.Step();
            Assert.AreEqual(before + 4, s.Device.SentCount, "four writes queued together, one window");
            for (int i = 0; i < 4; i++)
            {
                AssertWrite(s.Device.GetSent(before + i), i * Chunk, data, i * Chunk, Chunk);
            }

            s.Step();
            Assert.AreEqual(before + 4, s.Device.SentCount, "the window is full");

            s.Device.AnswerStatus(before, 0, 0);
            s.Device.AnswerStatus(before + 1, 0, 0);
            s.Step();
            Assert.AreEqual(2, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            Assert.AreEqual(7400 - (2 * Chunk), s.Sockets.GetSendPending(fd));
            s.Step();
            Assert.AreEqual(before + 6, s.Device.SentCount);
            AssertWrite(s.Device.GetSent(before + 4), 4 * Chunk, data, 4 * Chunk, Chunk);
            AssertWrite(s.Device.GetSent(before + 5), 5 * Chunk, data, 5 * Chunk, 100);

            for (int i = 2; i < 6; i++)
            {
                s.Device.AnswerStatus(before + i, 0, 0);
            }

            s.Step();
            Assert.AreEqual(6, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            Assert.AreEqual(0, s.Sockets.GetSendPending(fd));
            Assert.AreEqual(16, s.Harness.Driver.FreeRequestCount);
        }

        [TestMethod]
        public void ShortSendsShareOneWriteWhileAnotherIsInFlight()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            byte[] data = Pattern(21, 5);
            Assert.AreEqual(10, s.Sockets.Send(fd, data, 0, 10, 0));
            Assert.AreEqual(1, s.Harness.Driver.OutstandingRequestCount, "nothing in flight: a short send goes at once");
            s.Step();
            AssertWrite(s.Device.GetSent(s.Last), 0, data, 0, 10);

            Assert.AreEqual(5, s.Sockets.Send(fd, data, 10, 5, 0));
            Assert.AreEqual(6, s.Sockets.Send(fd, data, 15, 6, 0));
            Assert.AreEqual(1, s.Harness.Driver.OutstandingRequestCount, "the tail waits for more data");
            int sent = s.Device.SentCount;
            s.Step();
            Assert.AreEqual(sent, s.Device.SentCount);
            s.Step();
            Assert.AreEqual(sent + 1, s.Device.SentCount, "one write for both sends");
            AssertWrite(s.Device.GetSent(s.Last), 10, data, 10, 11);
        }

        [TestMethod]
        public void StreamChunksWrapAroundTheRingEnd()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            s.Sockets.Send(fd, new byte[2000], 0, 2000, 0);
            s.Step();
            int first = s.Last;
            s.Step();
            Assert.AreEqual(first + 1, s.Last);
            s.Device.AnswerStatus(first, 0, 0);
            s.Step();

            // bytes 1460..1999 are in flight; 1500 more go in at ring offset 2000 and wrap at 2944
            byte[] data = Pattern(1500, 9);
            Assert.AreEqual(1500, s.Sockets.Send(fd, data, 0, 1500, 0));
            s.Step();
            byte[] w = s.Device.GetSent(s.Last);
            AssertWrite(w, 2000, data, 0, Chunk);
            Assert.AreEqual(data[943], w[36 + 943], "last byte before the ring end");
            Assert.AreEqual(data[944], w[36 + 944], "first byte after the ring end");
            s.Step();
            AssertWrite(s.Device.GetSent(s.Last), 2000 + Chunk, data, Chunk, 40);
            s.Device.AnswerStatus(first + 1, 0, 0);
            s.Device.AnswerStatus(s.Last - 1, 0, 0);
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            Assert.AreEqual(4, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            Assert.AreEqual(0, s.Sockets.GetSendPending(fd));
        }

        [TestMethod]
        public void RefusedWriteIsResentFromTheFirstRefusedByte()
        {
            SocketHarness s = new SocketHarness(16, 8 * Chunk);
            s.Sockets.WriteWindow = 4;
            int fd = s.OpenConnectedTcp(7);
            byte[] data = Pattern(4 * Chunk, 11);
            s.Sockets.Send(fd, data, 0, 4 * Chunk, 0);
            int a = s.Device.SentCount;
            s.Step();
            Assert.AreEqual(a + 4, s.Device.SentCount);

            // the module took the first write, refused the second (buffer full), and so the later two had the wrong sequence number
            s.Device.AnswerStatus(a, 0, 0);
            s.Device.AnswerStatus(a + 1, 0, (ushort)WincStatus.SocketNotReady);
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            Assert.AreEqual(1, s.Sockets.ResentWrites);
            Assert.AreEqual(3 * Chunk, s.Sockets.GetSendPending(fd), "nothing refused is lost");

            // one probe from the first refused byte after the pause (2 ms, then sent by the next round)
            Assert.AreEqual(3, StepsUntilSent(s, 50));
            int probe = s.Last;
            AssertWrite(s.Device.GetSent(probe), Chunk, data, Chunk, Chunk);
            s.Step();
            Assert.AreEqual(probe, s.Last, "one write while the module may still be full");

            // the refused followers answer late: they change nothing
            s.Device.AnswerStatus(a + 2, 0, (ushort)WincStatus.SocketSequenceError);
            s.Device.AnswerStatus(a + 3, 0, (ushort)WincStatus.SocketSequenceError);
            s.Step();
            Assert.AreEqual(1, s.Sockets.ResentWrites);
            Assert.AreEqual(probe, s.Last);
            Assert.AreEqual(0, s.Count(fd, SocketEvent.Send, SocketStatus.Error));

            // the probe is taken: the rest follows, in a window halved to 2
            s.Device.AnswerStatus(probe, 0, 0);
            s.Step();
            Assert.AreEqual(2, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            s.Step();
            Assert.AreEqual(probe + 2, s.Last);
            AssertWrite(s.Device.GetSent(probe + 1), 2 * Chunk, data, 2 * Chunk, Chunk);
            AssertWrite(s.Device.GetSent(probe + 2), 3 * Chunk, data, 3 * Chunk, Chunk);
            s.Device.AnswerStatus(probe + 1, 0, 0);
            s.Device.AnswerStatus(probe + 2, 0, 0);
            s.Step();
            Assert.AreEqual(4, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            Assert.AreEqual(0, s.Sockets.GetSendPending(fd));
            Assert.AreEqual(16, s.Harness.Driver.FreeRequestCount);

            // the next write carries sequence number 4 x 1460 = 5840
            s.Sockets.Send(fd, data, 0, 10, 0);
            s.Step();
            AssertWrite(s.Device.GetSent(s.Last), 4 * Chunk, data, 0, 10);
        }

        [TestMethod]
        public void SequenceErrorResendsAtOnce()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            byte[] data = Pattern(100, 3);
            s.Sockets.Send(fd, data, 0, 100, 0);
            s.Step();
            int first = s.Last;
            s.Device.AnswerStatus(first, 0, (ushort)WincStatus.SocketSequenceError);
            s.Step();
            s.Step();
            Assert.AreEqual(first + 1, s.Last);
            byte[] original = s.Device.GetSent(first);
            byte[] again = s.Device.GetSent(s.Last);
            Assert.AreEqual(original.Length, again.Length);
            for (int i = 8; i < again.Length; i++)
            {
                Assert.AreEqual(original[i], again[i], "same sequence number and data");
            }

            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            Assert.AreEqual(0, s.Count(fd, SocketEvent.Send, SocketStatus.Error));
            Assert.AreEqual(1, s.Sockets.ResentWrites);
        }

        [TestMethod]
        public void AnOkAcknowledgesEveryEarlierWrite()
        {
            SocketHarness s = new SocketHarness(16, 8 * Chunk);
            int fd = s.OpenConnectedTcp(7);
            byte[] data = Pattern(3 * Chunk, 2);
            s.Sockets.Send(fd, data, 0, 3 * Chunk, 0);
            int a = s.Device.SentCount;
            s.Step();
            Assert.AreEqual(a + 3, s.Device.SentCount);

            // the second write's OK arrives first (the first one's answer was lost or is late): the module took both
            s.Device.AnswerStatus(a + 1, 0, 0);
            s.Step();
            Assert.AreEqual(2, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            Assert.AreEqual(Chunk, s.Sockets.GetSendPending(fd));
            s.Device.AnswerStatus(a, 0, 0);
            s.Step();
            Assert.AreEqual(2, s.Count(fd, SocketEvent.Send, SocketStatus.Ok), "a late answer acknowledges nothing twice");
            Assert.AreEqual(Chunk, s.Sockets.GetSendPending(fd));
            s.Device.AnswerStatus(a + 2, 0, 0);
            s.Step();
            Assert.AreEqual(3, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            Assert.AreEqual(0, s.Sockets.GetSendPending(fd));
        }

        [TestMethod]
        public void NotReadyPausesLongerWhileTheModuleStaysFull()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            s.Sockets.Send(fd, new byte[100], 0, 100, 0);
            s.Step();
            // pauses of 2, 4, 8 and 16 ms: answered in round R, the round R + pause starts the resend, R + pause + 1 sends it
            int[] expected = new int[] { 3, 5, 9, 17 };
            for (int i = 0; i < expected.Length; i++)
            {
                s.Device.AnswerStatus(s.Last, 0, (ushort)WincStatus.SocketNotReady);
                s.Step();
                Assert.AreEqual(expected[i], StepsUntilSent(s, 200), "pause " + i.ToString());
            }

            Assert.AreEqual(4, s.Sockets.ResentWrites);
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));

            // a success resets the pause
            s.Sockets.Send(fd, new byte[10], 0, 10, 0);
            s.Step();
            s.Device.AnswerStatus(s.Last, 0, (ushort)WincStatus.SocketNotReady);
            s.Step();
            Assert.AreEqual(3, StepsUntilSent(s, 200));
        }

        [TestMethod]
        public void SlowModuleRefusingForSecondsLosesAndDuplicatesNothing()
        {
            SocketHarness s = new SocketHarness(16, 8 * Chunk);
            s.Sockets.WriteWindow = 4;
            int fd = s.OpenConnectedTcp(7);
            byte[] data = Pattern((3 * Chunk) + 100, 21);
            StartModule(s, data.Length);
            Assert.AreEqual(data.Length, s.Sockets.Send(fd, data, 0, data.Length, 0));
            s.Step();
            s.Step();
            Assert.AreEqual(s_answered + 4, s.Device.SentCount, "four writes in flight (the short tail at the end of a round)");

            // 4.8 s of refusals, most of them SEQUENCE_ERROR (resent at once): far more than 50 in a row, the old budget
            for (int ms = 0; ms < 4800; ms++)
            {
                AnswerWrites(s, true, true);
                s.Step();
            }

            Assert.IsTrue(s.Sockets.ResentWrites > 100, s.Sockets.ResentWrites.ToString() + " refusals acted on");
            Assert.AreEqual(0, s.Count(fd, SocketEvent.Send, SocketStatus.Error), "within the 5 s budget");
            Assert.AreEqual(0, s_takenCount);
            Assert.AreEqual(data.Length, s.Sockets.GetSendPending(fd));

            // then the module takes writes again
            for (int ms = 0; ms < 1000 && s.Sockets.GetSendPending(fd) > 0; ms++)
            {
                AnswerWrites(s, false, false);
                s.Step();
            }

            Assert.AreEqual(0, s.Sockets.GetSendPending(fd));
            Assert.AreEqual(data.Length, s_takenCount, "every byte once");
            CollectionAssert.AreEqual(data, s_taken, "in order");
            Assert.AreEqual(4, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            Assert.AreEqual(0, s.Count(fd, SocketEvent.Send, SocketStatus.Error));
            Assert.AreEqual(SocketErrno.None, s.Sockets.GetSocketError(fd));
            Assert.AreEqual(16, s.Harness.Driver.FreeRequestCount);
        }

        [TestMethod]
        public void EndlessNotReadyIsReportedAfterTheRefusalTimeout()
        {
            SocketHarness s = new SocketHarness(8);
            Assert.AreEqual(WincSockets.DefaultWriteRefusalTimeoutMs, s.Sockets.WriteRefusalTimeoutMs);
            int fd = s.OpenConnectedTcp(7);
            byte[] data = Pattern(11, 5);
            StartModule(s, 11);
            s.Sockets.Send(fd, data, 0, 10, 0);
            s.Step();
            AnswerWrites(s, true, false);
            s.Step();
            long first = s.Harness.Clock.UtcTicks;
            Assert.AreEqual(1, s.Sockets.ResentWrites, "the first refusal, seen at 'first'");
            int elapsed = -1;
            for (int ms = 0; ms < WincSockets.DefaultWriteRefusalTimeoutMs + 1000 && elapsed < 0; ms++)
            {
                AnswerWrites(s, true, false);
                s.Step();
                if (s.Count(fd, SocketEvent.Send, SocketStatus.Error) > 0)
                {
                    elapsed = FakeClock.Ms(s.Harness.Clock.UtcTicks - first);
                }
            }

            // given up at the first refusal at or after 5 s: at most one pause (100 ms) and two task rounds later
            Assert.IsTrue(elapsed >= WincSockets.DefaultWriteRefusalTimeoutMs && elapsed <= WincSockets.DefaultWriteRefusalTimeoutMs + WincSockets.MaxRetryDelayMs + 2, elapsed.ToString() + " ms");
            Assert.IsTrue(s_refusals > 50 && s_refusals < 60, s_refusals.ToString() + " NOT_READY in 5 s");
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Send, SocketStatus.Error));
            Assert.AreEqual(SocketErrno.ETimedOut, s.Sockets.GetSocketError(fd));
            Assert.AreEqual(SocketErrno.None, s.Sockets.GetSocketError(fd), "reading clears it");
            int stopped = s.Last;
            s.Harness.Run(3, WincSockets.MaxRetryDelayMs);
            Assert.AreEqual(stopped, s.Last, "paused until the application sends again");
            Assert.AreEqual(10, s.Sockets.GetSendPending(fd), "the data is kept");

            // the application sends again: a fresh budget, and the module takes the unacknowledged 10 bytes and the new one
            Assert.AreEqual(1, s.Sockets.Send(fd, data, 10, 1, 0));
            s.Step();
            Assert.AreEqual(stopped + 1, s.Last);
            byte[] w = s.Device.GetSent(s.Last);
            Assert.AreEqual(11, WriteLength(w));
            Assert.AreEqual(0, WriteSequence(w));
            AnswerWrites(s, false, false);
            s.Step();
            CollectionAssert.AreEqual(data, s_taken);
            Assert.AreEqual(0, s.Sockets.GetSendPending(fd));
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
        }

        [TestMethod]
        public void RefusalTimeoutIsConfigurable()
        {
            SocketHarness s = new SocketHarness(8);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => s.Sockets.WriteRefusalTimeoutMs = 0);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => s.Sockets.WriteRefusalTimeoutMs = WincSockets.MaxWriteRefusalTimeoutMs + 1);
            s.Sockets.WriteRefusalTimeoutMs = 250;
            Assert.AreEqual(250, s.Sockets.WriteRefusalTimeoutMs);
            int fd = s.OpenConnectedTcp(7);
            StartModule(s, 10);
            s.Sockets.Send(fd, new byte[10], 0, 10, 0);
            s.Step();
            AnswerWrites(s, true, false);
            s.Step();
            long first = s.Harness.Clock.UtcTicks;
            int elapsed = -1;
            for (int ms = 0; ms < 1000 && elapsed < 0; ms++)
            {
                AnswerWrites(s, true, false);
                s.Step();
                if (s.Count(fd, SocketEvent.Send, SocketStatus.Error) > 0)
                {
                    elapsed = FakeClock.Ms(s.Harness.Clock.UtcTicks - first);
                }
            }

            Assert.IsTrue(elapsed >= 250 && elapsed <= 250 + WincSockets.MaxRetryDelayMs + 2, elapsed.ToString() + " ms");
            Assert.AreEqual(SocketErrno.ETimedOut, s.Sockets.GetSocketError(fd));
        }

        [TestMethod]
        public void OtherErrorsStopTheStreamAndKeepItsData()
        {
            SocketHarness s = new SocketHarness(16, 8 * Chunk);
            int fd = s.OpenConnectedTcp(7);
            byte[] data = Pattern(3 * Chunk, 4);
            s.Sockets.Send(fd, data, 0, 3 * Chunk, 0);
            int a = s.Device.SentCount;
            s.Step();
            s.Device.AnswerStatus(a, 0, 0);
            s.Device.AnswerStatus(a + 1, 0, (ushort)WincStatus.SocketSendFailed);
            s.Device.AnswerStatus(a + 2, 0, (ushort)WincStatus.SocketSequenceError);
            s.Step();
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Send, SocketStatus.Ok));
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Send, SocketStatus.Error));
            Assert.AreEqual(0, s.Sockets.ResentWrites);
            Assert.AreEqual(2 * Chunk, s.Sockets.GetSendPending(fd));
            Assert.AreEqual(SocketErrno.EIo, s.Sockets.GetSocketError(fd), "the module failed the write");
            s.Harness.Run(5, 10);
            Assert.AreEqual(a + 2, s.Last, "stopped");

            // the application sends again: the stream resumes at the first byte the module did not take
            s.Sockets.Send(fd, data, 0, 1, 0);
            s.Step();
            AssertWrite(s.Device.GetSent(a + 3), Chunk, data, Chunk, Chunk);
        }

        [TestMethod]
        public void TheWindowIsBoundedAndLeavesRequestsInThePool()
        {
            SocketHarness s = new SocketHarness(8, 16384);
            Assert.AreEqual(WincSockets.DefaultWriteWindow, s.Sockets.WriteWindow);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => s.Sockets.WriteWindow = 0);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => s.Sockets.WriteWindow = WincSockets.MaxWriteWindow + 1);
            int fd = s.OpenConnectedTcp(7);
            Assert.AreEqual(16384, s.Sockets.Send(fd, new byte[16384], 0, 16384, 0));

            // a pool of 8: six writes, two requests left for everything else
            Assert.AreEqual(WincSockets.WriteRequestReserve, s.Harness.Driver.FreeRequestCount);
            int before = s.Device.SentCount;
            s.Step();
            Assert.AreEqual(before + 6, s.Device.SentCount);
            Assert.AreEqual(0, s.Sockets.Shutdown(fd, SocketConstants.ShutRdWr), "a reserved request is there for the close");
        }

        [TestMethod]
        public void ModuleSendBufferBoundsTheWindow()
        {
            SocketHarness s = new SocketHarness(16, 8 * Chunk);
            int fd = s.OpenConnectedTcp(7);
            Assert.AreEqual(0, s.Sockets.SetSockOpt(fd, SocketConstants.SolSocket, SocketConstants.SoSndBuf, 3000));
            s.Step();
            s.Device.AnswerStatus(s.Last, 0, 0);
            s.Step();
            int before = s.Device.SentCount;
            s.Sockets.Send(fd, new byte[5 * Chunk], 0, 5 * Chunk, 0);
            s.Step();
            Assert.AreEqual(before + 2, s.Device.SentCount, "SO_SNDBUF 3000 holds two full writes");
        }

        [TestMethod]
        public void TimeoutOfWritesInFlightIsOneErrorAndFreesTheirRequests()
        {
            SocketHarness s = new SocketHarness(8);
            int fd = s.OpenConnectedTcp(7);
            byte[] data = Pattern(2000, 6);
            s.Sockets.Send(fd, data, 0, 2000, 0);
            s.Step();
            s.Step();
            int last = s.Last;
            s.Harness.Run(1, WincDriver.DefaultRequestTimeoutMs + 10);
            Assert.AreEqual(1, s.Count(fd, SocketEvent.Send, SocketStatus.Error));
            Assert.AreEqual(8, s.Harness.Driver.FreeRequestCount);
            Assert.AreEqual(2000, s.Sockets.GetSendPending(fd));
            Assert.AreEqual(SocketErrno.ETimedOut, s.Sockets.GetSocketError(fd), "the module did not answer");
            s.Step();
            Assert.AreEqual(last, s.Last, "stopped");
            s.Sockets.Send(fd, data, 0, 1, 0);
            s.Step();
            AssertWrite(s.Device.GetSent(s.Last), 0, data, 0, Chunk);
        }
    }
}
