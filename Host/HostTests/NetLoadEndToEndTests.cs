// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Drivers.Wincs02;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Sys.Wincs.Net;
using Sys.Wincs.Net.Mbed;

namespace nanoWincs.Host.Tests
{
    /// <summary>Ten sockets at once, and the allocation-free steady state of TcpSockWrite/TcpSockRead.</summary>
    [TestClass]
    public sealed class NetLoadEndToEndTests
    {
        [TestMethod]
        public void TenSocketsAtOnce()
        {
            const int Count = 10;
            using var stack = new NetStack();
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start(Count);
            var peers = new List<TcpClient>();
            try
            {
                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                // dedicated threads: eleven blocking loops on the pool of a 2-core machine wait seconds for new pool threads
                Task echo = Task.Factory.StartNew(() =>
                {
                    for (int i = 0; i < Count; i++)
                    {
                        TcpClient c = listener.AcceptTcpClient();
                        lock (peers)
                        {
                            peers.Add(c);
                        }

                        Task.Factory.StartNew(() =>
                        {
                            try
                            {
                                var b = new byte[4096];
                                NetworkStream s = c.GetStream();
                                int n;
                                while ((n = s.Read(b, 0, b.Length)) > 0)
                                {
                                    s.Write(b, 0, n);
                                }
                            }
                            catch (Exception)
                            {
                                // closed by the test
                            }
                        }, TaskCreationOptions.LongRunning);
                    }
                }, TaskCreationOptions.LongRunning);

                var configs = new NetSocket[Count];
                var payloads = new byte[Count][];
                var received = new List<byte>[Count];
                byte[] rx = new byte[2048];
                for (int i = 0; i < Count; i++)
                {
                    configs[i] = NetStack.Client(NetSockType.Tcp, "127.0.0.1", port);
                    payloads[i] = NetStack.Pattern(2000 + (i * 100), 10 + i);
                    received[i] = new List<byte>();
                }

                stack.Reaction = (socket, e, handle) =>
                {
                    int i = Array.FindIndex(configs, c => c.SockId == socket);
                    if (e == NetSockEvent.Connected)
                    {
                        Assert.AreEqual(WincsResult.Pass, stack.Net.TcpSockWrite(socket, payloads[i].Length, payloads[i]));
                    }
                    else if (e == NetSockEvent.Read)
                    {
                        int n;
                        while ((n = stack.Net.TcpSockRead(socket, rx.Length, rx)) > 0)
                        {
                            received[i].AddRange(rx.Take(n));
                        }
                    }
                };

                for (int i = 0; i < Count; i++)
                {
                    // the transport queue holds 8 bursts: BUSY means run Tasks and ask again
                    WincsResult r;
                    while ((r = stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, configs[i])) == WincsResult.Busy)
                    {
                        stack.Driver.Tasks();
                    }

                    Assert.AreEqual(WincsResult.Pass, r, "socket " + i);
                }

                Assert.AreEqual(Count, configs.Select(c => c.SockId).Distinct().Count());
                Assert.AreEqual(WincsResult.Fail, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, NetStack.Client(NetSockType.Tcp, "127.0.0.1", port)), "an eleventh: no socket free");
                stack.RunUntil(() => Enumerable.Range(0, Count).All(i => received[i].Count == payloads[i].Length), "ten echoes");
                for (int i = 0; i < Count; i++)
                {
                    CollectionAssert.AreEqual(payloads[i], received[i].ToArray(), "socket " + i);
                    Assert.AreEqual(0, stack.Count(configs[i].SockId, NetSockEvent.Error));
                }

                for (int i = 0; i < Count; i++)
                {
                    Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockClose, configs[i].SockId));
                }

                stack.RunUntil(() => configs.All(c => stack.Count(c.SockId, NetSockEvent.Closed) >= 1), "ten CLOSED");
                Assert.IsTrue(echo.Wait(NetStack.Wait));
            }
            finally
            {
                lock (peers)
                {
                    peers.ForEach(p => p.Dispose());
                }

                listener.Stop();
            }
        }

        [TestMethod]
        public void TcpSockWriteAndReadOf1460BytesAllocateNothing()
        {
            const int Operations = 10000;
            const int Size = 1460;
            using var stack = new NetStack();
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                using var stop = new CancellationTokenSource();
                Task echo = Task.Run(() =>
                {
                    using TcpClient c = listener.AcceptTcpClient();
                    var b = new byte[8192];
                    NetworkStream s = c.GetStream();
                    int n;
                    while ((n = s.Read(b, 0, b.Length)) > 0)
                    {
                        s.Write(b, 0, n);
                    }
                });

                NetSocket config = NetStack.Client(NetSockType.Tcp, "127.0.0.1", port);
                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, config));
                stack.RunUntil(() => stack.Net.IsConnected(config.SockId), "connected");
                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockSetCallback, null), "the loop polls; no callback");
                uint socket = config.SockId;
                byte[] tx = NetStack.Pattern(Size, 5);
                byte[] rx = new byte[Size];
                long checksumOut = 0;
                long checksumIn = 0;

                // the application's loop: write 1460, run Tasks until 1460 came back, repeat
                void Exchange()
                {
                    while (stack.Net.TcpSockWrite(socket, Size, tx) != WincsResult.Pass)
                    {
                        stack.Driver.Tasks();
                        Thread.Yield();
                    }

                    checksumOut += tx[0];
                    int got = 0;
                    while (got < Size)
                    {
                        int n = stack.Net.TcpSockRead(socket, Size - got, rx, got);
                        if (n > 0)
                        {
                            got += n;
                        }
                        else
                        {
                            Assert.AreEqual(-1, n, "no close, no error");
                            stack.Driver.Tasks();
                            Thread.Yield();
                        }
                    }

                    checksumIn += rx[0];
                    tx[0]++;
                }

                for (int i = 0; i < 200; i++)
                {
                    Exchange();
                }

                var watch = System.Diagnostics.Stopwatch.StartNew();
                long before = GC.GetAllocatedBytesForCurrentThread();
                long emulatorBefore = stack.Bus.EmulatorBytes;
                for (int i = 0; i < Operations; i++)
                {
                    Exchange();
                }

                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                long emulator = stack.Bus.EmulatorBytes - emulatorBefore;
                watch.Stop();
                Assert.AreEqual(checksumOut, checksumIn, "every byte came back");
                long device = allocated - emulator;
                Console.WriteLine(Operations + " TcpSockWrite + TcpSockRead of " + Size + " bytes in " + watch.ElapsedMilliseconds + " ms, on the thread that drives Tasks: "
                    + allocated + " bytes allocated in all, " + emulator + " by the emulated module inside bus calls, " + device + " by the driver and the service ("
                    + ((double)device / (2 * Operations)).ToString("0.###") + " per operation)");
                Assert.AreEqual(0L, device, "the device code's steady state allocates nothing");

                // the same with the Mbed-style socket: blocking Send then Recv until 1460 came back
                Task echo2 = Task.Run(() =>
                {
                    using TcpClient c = listener.AcceptTcpClient();
                    var b = new byte[8192];
                    NetworkStream s = c.GetStream();
                    int n;
                    while ((n = s.Read(b, 0, b.Length)) > 0)
                    {
                        s.Write(b, 0, n);
                    }
                });
                var net = new WincsNetworkInterface(stack.Net) { PollIntervalMs = 0 };
                var mbed = new TcpSocket();
                mbed.Open(net);
                Assert.AreEqual(NsapiError.Ok, mbed.Connect("127.0.0.1", port));
                void MbedExchange()
                {
                    Assert.AreEqual(Size, mbed.Send(tx, Size));
                    int got = 0;
                    while (got < Size)
                    {
                        int n = mbed.Recv(rx, got, Size - got);
                        if (n <= 0)
                        {
                            Assert.Fail("recv " + n);
                        }

                        got += n;
                    }
                }

                for (int i = 0; i < 200; i++)
                {
                    MbedExchange();
                }

                const int MbedOperations = 2000;
                before = GC.GetAllocatedBytesForCurrentThread();
                emulatorBefore = stack.Bus.EmulatorBytes;
                for (int i = 0; i < MbedOperations; i++)
                {
                    MbedExchange();
                }

                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                emulator = stack.Bus.EmulatorBytes - emulatorBefore;
                Console.WriteLine(MbedOperations + " Mbed Send + Recv of " + Size + " bytes: " + (allocated - emulator) + " bytes by the driver, the service and the Mbed layer");
                Assert.AreEqual(0L, allocated - emulator, "Mbed Send/Recv allocate nothing either");
                mbed.Close();
                listener.Stop();
            }
            finally
            {
                listener.Stop();
            }
        }
    }
}
