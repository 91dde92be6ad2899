// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Drivers.Wincs02;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Sys.Wincs.Net;

namespace nanoWincs.Host.Tests
{
    /// <summary>SYS_WINCS_NET TCP sockets end to end: the service over the emulated module, real loopback peers.</summary>
    [TestClass]
    public sealed class NetTcpEndToEndTests
    {
        [TestMethod]
        public void TcpClientEchoesWithALocalListener()
        {
            using var stack = new NetStack();
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                Task<string> peer = Task.Run(() =>
                {
                    using TcpClient c = listener.AcceptTcpClient();
                    c.ReceiveTimeout = 10000;
                    NetworkStream s = c.GetStream();
                    var got = new MemoryStream();
                    var buffer = new byte[256];
                    int n;
                    while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        got.Write(buffer, 0, n);
                        s.Write(buffer, 0, n);
                    }

                    return Encoding.ASCII.GetString(got.ToArray());
                });

                NetSocket config = NetStack.Client(NetSockType.Tcp, "127.0.0.1", port);
                var received = new StringBuilder();
                byte[] rx = new byte[64];
                byte[] hello = Encoding.ASCII.GetBytes("hello wincs");
                stack.Reaction = (socket, e, handle) =>
                {
                    if (e == NetSockEvent.Connected)
                    {
                        Assert.AreEqual(WincsResult.Pass, stack.Net.TcpSockWrite(socket, hello.Length, hello));
                    }
                    else if (e == NetSockEvent.Read)
                    {
                        int n;
                        while ((n = stack.Net.TcpSockRead(socket, rx.Length, rx)) > 0)
                        {
                            received.Append(Encoding.ASCII.GetString(rx, 0, n));
                        }
                    }
                };
                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, config));
                stack.RunUntil(() => received.ToString() == "hello wincs", "the echo");
                Assert.AreEqual(1, stack.Count(config.SockId, NetSockEvent.Connected));
                Assert.AreEqual(1, stack.Count(config.SockId, NetSockEvent.SendComplete));

                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockClose, config.SockId));
                stack.RunUntil(() => stack.Count(config.SockId, NetSockEvent.Closed) == 1, "CLOSED");
                Assert.IsTrue(peer.Wait(NetStack.Wait), "the peer saw the close");
                Assert.AreEqual("hello wincs", peer.Result);
                Assert.AreEqual(0, stack.Count(config.SockId, NetSockEvent.Error));
            }
            finally
            {
                listener.Stop();
            }
        }

        [TestMethod]
        public void PeerCloseRaisesDisconnectedThenClosed()
        {
            using var stack = new NetStack();
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                Task peer = Task.Run(() =>
                {
                    using TcpClient c = listener.AcceptTcpClient();
                    c.GetStream().Write(Encoding.ASCII.GetBytes("bye"));
                });

                NetSocket config = NetStack.Client(NetSockType.Tcp, "127.0.0.1", port);
                var received = new StringBuilder();
                stack.Reaction = (socket, e, handle) =>
                {
                    if (e == NetSockEvent.Read)
                    {
                        byte[] rx = new byte[16];
                        int n = stack.Net.TcpSockRead(socket, rx.Length, rx);
                        if (n > 0)
                        {
                            received.Append(Encoding.ASCII.GetString(rx, 0, n));
                        }
                    }
                    else if (e == NetSockEvent.Disconnected)
                    {
                        // what the Harmony application does
                        Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockClose, socket));
                    }
                };
                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, config));
                stack.RunUntil(() => stack.Count(config.SockId, NetSockEvent.Closed) == 1, "CLOSED after the peer's close");
                Assert.AreEqual("bye", received.ToString());
                Assert.AreEqual(1, stack.Count(config.SockId, NetSockEvent.Disconnected));
                Assert.AreEqual(0, stack.Count(config.SockId, NetSockEvent.Error));
                Assert.IsTrue(peer.Wait(NetStack.Wait));
            }
            finally
            {
                listener.Stop();
            }
        }

        [TestMethod]
        public void RefusedConnectionIsAnErrorThenClosed()
        {
            using var stack = new NetStack();
            int port = NetStack.FreeTcpPort();
            NetSocket config = NetStack.Client(NetSockType.Tcp, "127.0.0.1", port);
            Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, config));
            stack.RunUntil(() => stack.Count(config.SockId, NetSockEvent.Closed) == 1, "CLOSED");
            Assert.AreEqual(NetSockError.ConnectFailed, stack.LastError(config.SockId));
            Assert.AreEqual(1, stack.Count(config.SockId, NetSockEvent.Error), "Harmony reports nothing here");
            Assert.AreEqual(0, stack.Count(config.SockId, NetSockEvent.Connected));
        }

        [TestMethod]
        public void HostNameInSockAddrIsResolvedByTheModule()
        {
            using var stack = new NetStack(o => o.DnsTable["echo.test"] = new[] { IPAddress.Loopback });
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                Task<TcpClient> accept = listener.AcceptTcpClientAsync();
                NetSocket config = NetStack.Client(NetSockType.Tcp, "echo.test", port);
                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, config));
                stack.RunUntil(() => stack.Count(config.SockId, NetSockEvent.Connected) == 1, "CONNECTED to the resolved address");
                Assert.IsTrue(accept.Wait(NetStack.Wait));
                accept.Result.Dispose();

                NetSocket unknown = NetStack.Client(NetSockType.Tcp, "nowhere.test", port);
                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, unknown));
                stack.RunUntil(() => stack.Count(unknown.SockId, NetSockEvent.Closed) == 1, "CLOSED after the DNS error");
                Assert.AreEqual(NetSockError.ResolveFailed, stack.LastError(unknown.SockId));
            }
            finally
            {
                listener.Stop();
            }
        }

        [TestMethod]
        public void ServerAcceptsSixClientsAtOnce()
        {
            const int Clients = 6;
            const int ModulePort = 6666;
            int port = NetStack.FreeTcpPort();
            using var stack = new NetStack(o => o.ListenPortMap[ModulePort] = port);
            NetSocket server = NetStack.Server(NetSockType.Tcp, ModulePort);
            server.Backlog = Clients;
            var accepted = new List<uint>();
            byte[] rx = new byte[256];
            stack.Reaction = (socket, e, handle) =>
            {
                if (e == NetSockEvent.ClientConnected)
                {
                    Assert.AreSame(server, handle);
                    accepted.Add(socket);
                }
                else if (e == NetSockEvent.Read)
                {
                    // echo with a prefix naming the module socket
                    int n = stack.Net.TcpSockRead(socket, rx.Length, rx);
                    if (n > 0)
                    {
                        byte[] reply = Encoding.ASCII.GetBytes("[" + socket + "]" + Encoding.ASCII.GetString(rx, 0, n));
                        Assert.AreEqual(WincsResult.Pass, stack.Net.TcpSockWrite(socket, reply.Length, reply));
                    }
                }
            };
            Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, server));
            stack.RunUntil(() => stack.Net.IsListening(server.SockId), "listening");

            var peers = new List<TcpClient>();
            try
            {
                for (int i = 0; i < Clients; i++)
                {
                    var c = new TcpClient();
                    Task connect = c.ConnectAsync(IPAddress.Loopback, port);
                    stack.RunUntil(() => connect.IsCompleted, "host client " + i + " connected");
                    peers.Add(c);
                }

                stack.RunUntil(() => accepted.Count == Clients, Clients + " CLIENT_CONNECTED");
                Assert.AreEqual(Clients, accepted.Distinct().Count(), "each client its own socket");
                Assert.IsFalse(accepted.Contains(server.SockId), "never the listening socket");

                var replies = new Task<string>[Clients];
                for (int i = 0; i < Clients; i++)
                {
                    NetworkStream s = peers[i].GetStream();
                    s.Write(Encoding.ASCII.GetBytes("client" + i));
                    int index = i;
                    replies[i] = Task.Run(() =>
                    {
                        var buffer = new byte[64];
                        peers[index].ReceiveTimeout = 10000;
                        int n = peers[index].GetStream().Read(buffer, 0, buffer.Length);
                        return Encoding.ASCII.GetString(buffer, 0, n);
                    });
                }

                stack.RunUntil(() => replies.All(r => r.IsCompleted), "every echo");
                var expected = new HashSet<string>();
                for (int i = 0; i < Clients; i++)
                {
                    Assert.IsTrue(replies[i].Result.EndsWith("]client" + i), replies[i].Result);
                    expected.Add(replies[i].Result.Substring(0, replies[i].Result.IndexOf(']') + 1));
                }

                Assert.AreEqual(Clients, expected.Count, "answered by six different sockets");
                Assert.IsTrue(stack.Net.IsListening(server.SockId));

                peers[2].Close();
                stack.RunUntil(() => stack.Count(accepted[2], NetSockEvent.Closed) == 1, "the closed client's socket closes");
                Assert.AreEqual(1, stack.Count(accepted[2], NetSockEvent.Disconnected));
                Assert.IsTrue(stack.Net.IsConnected(accepted[3]));
            }
            finally
            {
                foreach (TcpClient c in peers)
                {
                    c.Dispose();
                }
            }
        }

        [TestMethod]
        public void OneMegabyteEachWayWithAChecksum()
        {
            const int Size = 1024 * 1024;
            using var stack = new NetStack();
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                int port = ((IPEndPoint)listener.LocalEndpoint).Port;
                byte[] up = NetStack.Pattern(Size, 1);
                byte[] down = NetStack.Pattern(Size, 2);
                Task<byte[]> peer = Task.Run(() =>
                {
                    using TcpClient c = listener.AcceptTcpClient();
                    c.ReceiveTimeout = 30000;
                    NetworkStream s = c.GetStream();
                    Task send = Task.Run(() => s.Write(down, 0, down.Length));
                    var got = new byte[Size];
                    int total = 0;
                    while (total < Size)
                    {
                        int n = s.Read(got, total, Size - total);
                        if (n == 0)
                        {
                            break;
                        }

                        total += n;
                    }

                    send.Wait(30000);
                    return got;
                });

                NetSocket config = NetStack.Client(NetSockType.Tcp, "127.0.0.1", port);
                Assert.AreEqual(WincsResult.Pass, stack.Net.SockSrvCtrl(NetSockService.SockTcpOpen, config));
                stack.RunUntil(() => stack.Net.IsConnected(config.SockId), "connected");
                uint socket = config.SockId;
                var received = new byte[Size];
                int receivedCount = 0;
                int sent = 0;
                var watch = System.Diagnostics.Stopwatch.StartNew();
                while ((sent < Size || receivedCount < Size) && watch.Elapsed < TimeSpan.FromSeconds(60))
                {
                    if (sent < Size)
                    {
                        int chunk = Math.Min(1460, Size - sent);
                        if (stack.Net.TcpSockWrite(socket, chunk, up, sent) == WincsResult.Pass)
                        {
                            sent += chunk;
                        }
                    }

                    int n;
                    while (receivedCount < Size && (n = stack.Net.TcpSockRead(socket, Size - receivedCount, received, receivedCount)) > 0)
                    {
                        receivedCount += n;
                    }

                    stack.Driver.Tasks();
                }

                Assert.AreEqual(Size, sent, "everything sent" + stack.Diagnostics());
                Assert.AreEqual(Size, receivedCount, "everything received" + stack.Diagnostics());
                stack.RunUntil(() => peer.IsCompleted, "the peer got everything", TimeSpan.FromSeconds(30));
                CollectionAssert.AreEqual(SHA256.HashData(up), SHA256.HashData(peer.Result), "module to peer");
                CollectionAssert.AreEqual(SHA256.HashData(down), SHA256.HashData(received), "peer to module");
                Assert.AreEqual(0, stack.Count(socket, NetSockEvent.Error));
                Console.WriteLine("1 MB each way in " + watch.ElapsedMilliseconds + " ms, " + stack.Driver.PoolExhaustedCount + " times no free request");
            }
            finally
            {
                listener.Stop();
            }
        }
    }
}
