// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Net;
using Drivers.Wincs02.Sockets;
using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Driver
{
    /// <summary>Request pool, matching by id and sequence, completion, timeouts and AEC dispatch.</summary>
    [TestClass]
    public class WincDriverRequestTests
    {
        private static WincRequest SubmitSocko(DriverHarness h, RequestLog log)
        {
            WincRequest r = h.Driver.AllocateRequest(log.Handler, "ctx");
            Assert.IsNotNull(r);
            Assert.IsTrue(WincCommands.Socko(r.Writer, SocketProtocol.Tcp, 4));
            Assert.AreEqual((int)DriverStatus.Ok, (int)h.Driver.Submit(r));
            return r;
        }

        [TestMethod]
        public void ResponseAndStatusMatchedByIdAndSequence()
        {
            DriverHarness h = new DriverHarness(4);
            h.BringUp();
            RequestLog log = new RequestLog();
            WincRequest r = SubmitSocko(h, log);
            Assert.AreEqual("ctx", (string)r.Context);
            h.Run(1, 10);
            Assert.AreEqual(2, h.Device.SentCount);
            Assert.AreEqual((ushort)3, h.Device.GetSentSequence(1, 0), "the boot burst used 0..2");
            Assert.AreEqual(1, log.CountOf(RequestEvent.TxComplete));

            h.Device.Deliver(h.Device.Response(1, 0).Int(7, 2).ToArray());
            h.Device.AnswerStatus(1, 0, 0);
            h.Run(1, 10);
            Assert.AreEqual(4, log.Count);
            Assert.AreEqual((int)RequestEvent.ResponseReceived, (int)log.GetEvent(1));
            Assert.AreEqual(0, log.GetCommand(1));
            Assert.AreEqual(7, log.GetFirstInt(1), "the SOCKO response carries the socket id");
            Assert.AreEqual((int)RequestEvent.CommandStatus, (int)log.GetEvent(2));
            Assert.AreEqual((int)RequestEvent.StatusComplete, (int)log.GetEvent(3));
            Assert.AreEqual(-1, log.GetCommand(3));
            Assert.AreEqual((int)RequestResult.Ok, (int)log.Result);
            Assert.AreEqual((int)WincStatus.Ok, (int)r.GetStatus(0));
            Assert.AreEqual(4, h.Driver.FreeRequestCount);
            Assert.AreEqual(0, h.Driver.OutstandingRequestCount);
        }

        [TestMethod]
        public void MessagesWithTheWrongIdOrSequenceAreRejected()
        {
            DriverHarness h = new DriverHarness(4);
            h.BringUp();
            RequestLog log = new RequestLog();
            SubmitSocko(h, log);
            h.Run(1, 10);
            ushort seq = h.Device.GetSentSequence(1, 0);

            h.Device.Deliver(MessageBuilder.Status((ushort)CommandId.Sockbl, seq, 0));
            h.Device.Deliver(MessageBuilder.Status((ushort)CommandId.Socko, (ushort)(seq + 1), 0));
            h.Device.Deliver(MessageBuilder.Response((ushort)CommandId.Socko, (ushort)(seq - 1)).Int(1, 1).ToArray());
            h.Run(1, 10);
            Assert.AreEqual(3, h.Driver.UnmatchedMessages);
            Assert.AreEqual(1, log.Count, "only TxComplete");
            Assert.AreEqual(1, h.Driver.OutstandingRequestCount);

            h.Device.AnswerStatus(1, 0, (ushort)WincStatus.NoFreeSockets);
            h.Run(1, 10);
            Assert.AreEqual((int)RequestResult.CommandError, (int)log.Result);
            Assert.AreEqual(0, h.Driver.OutstandingRequestCount);

            // a second STATUS for the same command is now unmatched, not a second completion
            h.Device.AnswerStatus(1, 0, 0);
            h.Run(1, 10);
            Assert.AreEqual(1, log.Completions);
            Assert.AreEqual(4, h.Driver.UnmatchedMessages);
        }

        [TestMethod]
        public void BurstCompletesWhenEveryCommandHasItsStatus()
        {
            DriverHarness h = new DriverHarness(4);
            h.BringUp();
            RequestLog log = new RequestLog();
            WincRequest r = h.Driver.AllocateRequest(log.Handler, null);
            WincCommands.ConfigSetString(r.Writer, CommandId.Wstac, (uint)WstaParamId.Ssid, "net", 32);
            WincCommands.ConfigSetInteger(r.Writer, CommandId.Wstac, (uint)WstaParamId.SecType, WincType.Integer, 0);
            WincCommands.Wsta(r.Writer, true);
            Assert.AreEqual(3, r.CommandCount);
            h.Driver.Submit(r);
            h.Run(1, 10);

            h.Device.AnswerStatus(1, 0, 0);
            h.Device.AnswerStatus(1, 1, 0);
            h.Run(1, 10);
            Assert.AreEqual(0, log.Completions, "one status still missing");
            Assert.AreEqual(2, r.StatusCount);
            h.Device.AnswerStatus(1, 2, (ushort)WincStatus.StaConnFailed);
            h.Run(1, 10);
            Assert.AreEqual(1, log.Completions);
            Assert.AreEqual((int)RequestResult.CommandError, (int)log.Result);
            Assert.AreEqual(1, r.ErrorCount);
            Assert.AreEqual((int)WincStatus.StaConnFailed, (int)r.GetStatus(2));
        }

        [TestMethod]
        public void ALaterStatusForcesEarlierCommandsToInvalidCmd()
        {
            DriverHarness h = new DriverHarness(4);
            h.BringUp();
            RequestLog log = new RequestLog();
            WincRequest r = h.Driver.AllocateRequest(log.Handler, null);
            WincCommands.Rst(r.Writer);
            WincCommands.WstaQuery(r.Writer);
            WincCommands.WapQuery(r.Writer);
            h.Driver.Submit(r);
            h.Run(1, 10);
            h.Device.AnswerStatus(1, 2, 0);
            h.Run(1, 10);
            Assert.AreEqual((int)RequestResult.CommandError, (int)log.Result);
            Assert.AreEqual((int)WincStatus.InvalidCmd, (int)r.GetStatus(0));
            Assert.AreEqual((int)WincStatus.InvalidCmd, (int)r.GetStatus(1));
            Assert.AreEqual((int)WincStatus.Ok, (int)r.GetStatus(2));
            Assert.AreEqual(3, log.CountOf(RequestEvent.CommandStatus));
        }

        [TestMethod]
        public void TwoOutstandingRequestsCompleteIndependently()
        {
            DriverHarness h = new DriverHarness(4);
            h.BringUp();
            RequestLog a = new RequestLog();
            RequestLog b = new RequestLog();
            SubmitSocko(h, a);
            SubmitSocko(h, b);
            h.Run(1, 10);
            Assert.AreEqual(2, h.Driver.OutstandingRequestCount);
            h.Device.AnswerStatus(2, 0, 0);
            h.Run(1, 10);
            Assert.AreEqual(0, a.Completions);
            Assert.AreEqual(1, b.Completions);
            h.Device.AnswerStatus(1, 0, 0);
            h.Run(1, 10);
            Assert.AreEqual(1, a.Completions);
        }

        [TestMethod]
        public void UnsentBurstsBehindTheHeadAreNotMatched()
        {
            // a queued burst still carries the placeholder sequence 0 until the transport numbers it
            DriverHarness h = new DriverHarness(4);
            h.BringUp();
            h.Device.AutoSend = false;
            RequestLog a = new RequestLog();
            RequestLog b = new RequestLog();
            SubmitSocko(h, a);
            SubmitSocko(h, b);
            h.Device.StartSendingHead();
            h.Device.Deliver(MessageBuilder.Status((ushort)CommandId.Socko, 0, 0));
            h.Run(1, 10);
            Assert.AreEqual(0, b.Completions, "the second burst's placeholder must not match");
            Assert.AreEqual(0, a.Completions);
            Assert.AreEqual(1, h.Driver.UnmatchedMessages);

            h.Device.Deliver(MessageBuilder.Status((ushort)CommandId.Socko, 3, 0));
            h.Run(1, 10);
            Assert.AreEqual(1, a.Completions, "the head burst is being sent: its number matches");
            h.Device.AutoSend = true;
            h.Run(1, 10);
            Assert.AreEqual(3, h.Driver.FreeRequestCount, "a returned once the transport let go; b is outstanding");
        }

        [TestMethod]
        public void TimeoutCompletesTheRequestInsteadOfHanging()
        {
            DriverHarness h = new DriverHarness(2);
            h.BringUp();
            RequestLog log = new RequestLog();
            WincRequest r = SubmitSocko(h, log);
            h.Run(1, 10);
            h.Run(1, WincDriver.DefaultRequestTimeoutMs - 20);
            Assert.AreEqual(0, log.Completions, "4990 ms: still waiting");
            h.Run(1, 10);
            Assert.AreEqual(1, log.Completions, "5000 ms: timed out");
            Assert.AreEqual((int)RequestResult.Timeout, (int)log.Result);
            Assert.AreEqual((int)WincStatus.Timeout, (int)r.GetStatus(0));
            Assert.AreEqual(2, h.Driver.FreeRequestCount);

            h.Device.AnswerStatus(1, 0, 0);
            h.Run(1, 10);
            Assert.AreEqual(1, log.Completions, "the late answer is ignored");
            Assert.AreEqual(1, h.Driver.UnmatchedMessages);
        }

        [TestMethod]
        public void PerRequestTimeoutIsHonoured()
        {
            DriverHarness h = new DriverHarness(2);
            h.BringUp();
            RequestLog log = new RequestLog();
            WincRequest r = h.Driver.AllocateRequest(log.Handler, null);
            Assert.AreEqual(WincDriver.DefaultRequestTimeoutMs, r.TimeoutMs);
            r.TimeoutMs = 200;
            WincCommands.Rst(r.Writer);
            h.Driver.Submit(r);
            h.Run(19, 10);
            Assert.AreEqual(0, log.Completions);
            h.Run(1, 10);
            Assert.AreEqual((int)RequestResult.Timeout, (int)log.Result);
        }

        [TestMethod]
        public void TimedOutBurstStillQueuedReturnsToThePoolOnlyWhenSent()
        {
            DriverHarness h = new DriverHarness(2);
            h.BringUp();
            h.Device.AutoSend = false;
            RequestLog log = new RequestLog();
            SubmitSocko(h, log);
            h.Run(1, WincDriver.DefaultRequestTimeoutMs + 10);
            Assert.AreEqual((int)RequestResult.Timeout, (int)log.Result);
            Assert.AreEqual(1, h.Driver.FreeRequestCount, "the transport still holds the burst");
            h.Device.SendAll();
            Assert.AreEqual(2, h.Driver.FreeRequestCount);
            Assert.AreEqual(0, log.CountOf(RequestEvent.TxComplete), "no TxComplete after completion");
        }

        [TestMethod]
        public void PoolExhaustionIsAClearRetry()
        {
            DriverHarness h = new DriverHarness(3);
            h.BringUp();
            WincRequest a = h.Driver.AllocateRequest(null, null);
            WincRequest b = h.Driver.AllocateRequest(null, null);
            WincRequest c = h.Driver.AllocateRequest(null, null);
            Assert.IsNotNull(c);
            Assert.IsNull(h.Driver.AllocateRequest(null, null));
            Assert.AreEqual(1, h.Driver.PoolExhaustedCount);
            WincRequest none;
            Assert.AreEqual((int)DriverStatus.RetryRequest, (int)h.Driver.AllocateRequest(null, null, out none));
            Assert.IsNull(none);
            Assert.AreEqual(2, h.Driver.PoolExhaustedCount);
            Assert.AreNotEqual(a.Index, b.Index);
            h.Driver.Release(b);
            WincRequest d = h.Driver.AllocateRequest(null, null);
            Assert.AreSame(b, d, "a released request is reused");
            Assert.AreEqual(0, d.CommandCount, "and comes back empty");
        }

        [TestMethod]
        public void FullTransportQueueIsRetryRequest()
        {
            DriverHarness h = new DriverHarness(3);
            h.BringUp();
            h.Device.QueueLimit = 0;
            WincRequest r = h.Driver.AllocateRequest(null, null);
            WincCommands.Rst(r.Writer);
            Assert.AreEqual((int)DriverStatus.RetryRequest, (int)h.Driver.Submit(r));
            Assert.AreEqual(3, h.Driver.FreeRequestCount);
        }

        [TestMethod]
        public void SubmitRejectsBadRequests()
        {
            DriverHarness h = new DriverHarness(3);
            h.BringUp();
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)h.Driver.Submit(null));
            WincRequest empty = h.Driver.AllocateRequest(null, null);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)h.Driver.Submit(empty), "no command");
            WincRequest open = h.Driver.AllocateRequest(null, null);
            open.Writer.Begin(CommandId.Rst);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)h.Driver.Submit(open), "a command left open");
            Assert.AreEqual(3, h.Driver.FreeRequestCount);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)h.Driver.Submit(open), "already returned");

            WincDriver other = new WincDriver(h.Device, h.Bus, h.Clock, 1, 64);
            WincRequest foreign = other.AllocateRequest(null, null);
            WincCommands.Rst(foreign.Writer);
            h.Device.SetHandler(h.Driver);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)h.Driver.Submit(foreign), "another driver's request");
        }

        [TestMethod]
        public void SubmitBeforeInitializeIsNotOpen()
        {
            DriverHarness h = new DriverHarness(1);
            WincRequest r = h.Driver.AllocateRequest(null, null);
            WincCommands.Rst(r.Writer);
            Assert.AreEqual((int)DriverStatus.NotOpen, (int)h.Driver.Submit(r));
            Assert.AreEqual(1, h.Driver.FreeRequestCount);
        }

        [TestMethod]
        public void AecsGoToEveryRegisteredHandlerUpToFive()
        {
            DriverHarness h = new DriverHarness(2);
            h.BringUp();
            int[] seen = new int[6];
            AecHandler[] handlers = new AecHandler[6];
            for (int i = 0; i < 6; i++)
            {
                int slot = i;
                handlers[i] = (d, m) =>
                {
                    int sock;
                    if (AecDecoder.Sockcl(m, out sock))
                    {
                        seen[slot] += sock;
                    }
                };
            }

            for (int i = 0; i < WincDriver.MaxAecHandlers; i++)
            {
                Assert.IsTrue(h.Driver.RegisterAecHandler(handlers[i]));
            }

            Assert.IsFalse(h.Driver.RegisterAecHandler(handlers[5]), "a sixth does not fit");
            h.Driver.UnregisterAecHandler(handlers[1]);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockcl).Int(4, 2).ToArray());
            h.Run(1, 10);
            CollectionAssert.AreEqual(new int[] { 4, 0, 4, 4, 4, 0 }, seen);
            Assert.AreEqual(0, h.Driver.UnmatchedMessages, "AECs are never matched to requests");
        }

        [TestMethod]
        public void AFeatureThatDoesNotFitTakesNoSlot()
        {
            DriverHarness h = new DriverHarness(2);
            DriverTaskHandler[] fillers = new DriverTaskHandler[WincDriver.MaxTaskHandlers];
            int[] calls = new int[fillers.Length];
            for (int i = 0; i < fillers.Length; i++)
            {
                int slot = i;
                fillers[i] = (d, now) => { calls[slot]++; };
                Assert.IsTrue(h.Driver.AddTaskHandler(fillers[i]));
            }

            // more failed attempts than there are AEC slots: each one gives back what it took
            for (int i = 0; i < WincDriver.MaxAecHandlers + 1; i++)
            {
                Assert.ThrowsException(typeof(InvalidOperationException), () => new WincSockets(h.Driver, 1, 1500, 1500));
                Assert.ThrowsException(typeof(InvalidOperationException), () => new WincNet(h.Driver));
            }

            h.Driver.RemoveTaskHandler(fillers[0]);
            Assert.IsNotNull(new WincNet(h.Driver));
        }

        [TestMethod]
        public void MalformedMessagesAreCountedAndDropped()
        {
            DriverHarness h = new DriverHarness(2);
            h.BringUp();
            RequestLog log = new RequestLog();
            SubmitSocko(h, log);
            h.Run(1, 10);
            h.Device.Deliver(Hex.Parse("03 00 00 00 00 0E 03 00 05 01 | 02 02 00 40"));
            h.Device.Deliver(Hex.Parse("09 09 09 09"));
            h.Device.AnswerStatus(1, 0, 0);
            h.Run(1, 10);
            Assert.AreEqual(2, h.Driver.MalformedMessages);
            Assert.AreEqual((int)RequestResult.Ok, (int)log.Result, "good messages around bad ones still count");
        }

        [TestMethod]
        public void ThrowingHandlersDoNotBreakTheDriver()
        {
            DriverHarness h = new DriverHarness(2);
            h.BringUp();
            h.Driver.RegisterAecHandler((d, m) => { throw new System.InvalidOperationException(); });
            WincRequest r = h.Driver.AllocateRequest((q, e, i, m) => { throw new System.InvalidOperationException(); }, null);
            WincCommands.Rst(r.Writer);
            h.Driver.Submit(r);
            h.Run(1, 10);
            h.Device.Deliver(MessageBuilder.Aec((ushort)AecId.Sockcl).Int(4, 2).ToArray());
            h.Device.AnswerStatus(1, 0, 0);
            h.Run(1, 10);
            Assert.AreEqual(4, h.Driver.CallbackExceptions, "TxComplete, CommandStatus, StatusComplete and the AEC");
            Assert.AreEqual(2, h.Driver.FreeRequestCount);
            Assert.IsTrue(h.Driver.IsReady);
        }

        [TestMethod]
        public void ServiceSystemHandlersSeeEventsToo()
        {
            DriverHarness h = new DriverHarness(2);
            int commsErrors = 0;
            SystemEventHandler handler = (d, e) =>
            {
                if (e == SystemEvent.CommsError)
                {
                    commsErrors++;
                }
            };
            for (int i = 0; i < WincDriver.MaxSystemEventHandlers; i++)
            {
                Assert.IsTrue(h.Driver.AddSystemEventHandler(handler));
            }

            Assert.IsFalse(h.Driver.AddSystemEventHandler(handler));
            h.Driver.RemoveSystemEventHandler(handler);
            Assert.IsTrue(h.Driver.AddSystemEventHandler(handler), "removing frees every slot it held");
            h.BringUp();
            h.Device.FailBus(Drivers.Wincs02.Messaging.MessageDeviceError.Timeout);
            h.Run(1, 10);
            Assert.AreEqual(1, commsErrors);
            Assert.AreEqual(1, h.Count(SystemEvent.CommsError), "and the application's callback");
        }
    }
}
