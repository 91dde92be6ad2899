// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Drivers.Wincs02;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Sys.Wincs.Net;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The Harmony example application of the net service (seed 000), ported line by line: its socket
    /// callback echoes what it reads and closes on DISCONNECTED. Runs against a real peer through the emulator.
    /// </summary>
    [TestClass]
    public sealed class NetSeedApplicationTests
    {
        private static readonly List<string> s_console = new List<string>();
        private static WincsNetService s_net;

        // SYS_WINCS_NET_SOCKET_t g_tcpClientSocket
        private static readonly NetSocket g_tcpClientSocket = new NetSocket
        {
            BindType = BindType.Remote,
            SockType = NetSockType.Tcp,
            SockAddr = "127.0.0.1",
            IpType = (int)NetIpType.Ipv4,
        };

        [TestMethod]
        public void SeedApplicationEchoesAndClosesOnDisconnect()
        {
            using var stack = new NetStack();
            s_net = stack.Net;
            s_console.Clear();
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                g_tcpClientSocket.SockPort = ((IPEndPoint)listener.LocalEndpoint).Port;
                Task<string> server = Task.Run(() =>
                {
                    using TcpClient c = listener.AcceptTcpClient();
                    c.ReceiveTimeout = 10000;
                    c.GetStream().Write(Encoding.ASCII.GetBytes("ping from server"));
                    var b = new byte[64];
                    int n = c.GetStream().Read(b, 0, b.Length);
                    return Encoding.ASCII.GetString(b, 0, n);
                });

                // case SYS_WINCS_DHCP_DONE: of the Wi-Fi callback
                s_net.SockSrvCtrl(NetSockService.SockSetCallback, (NetSockCallback)SYS_WINCS_NET_SockCallbackHandler);
                s_net.SockSrvCtrl(NetSockService.SockTcpOpen, g_tcpClientSocket);

                stack.RunUntil(() => s_console.Contains("[APP] : Socket CLOSED -> socketID: " + g_tcpClientSocket.SockId), "the application's CLOSED");
                Assert.IsTrue(server.Wait(NetStack.Wait));
                Assert.AreEqual("ping from server", server.Result, "echoed");
                CollectionAssert.AreEqual(
                    new[]
                    {
                        "[APP] : Connected to Server!",
                        "Received ->ping from server\n",
                        "[APP] : DisConnected!",
                        "[APP] : Socket CLOSED -> socketID: " + g_tcpClientSocket.SockId,
                    },
                    s_console);
            }
            finally
            {
                listener.Stop();
            }
        }

        private static void SYS_CONSOLE_PRINT(string text)
        {
            s_console.Add(text);
        }

        // void SYS_WINCS_NET_SockCallbackHandler(uint32_t socket, SYS_WINCS_NET_SOCK_EVENT_t event, uint8_t *p_str)
        private static WincsResult SYS_WINCS_NET_SockCallbackHandler(uint socket, NetSockEvent netEvent, object p_str)
        {
            switch (netEvent)
            {
                case NetSockEvent.Connected:
                    {
                        SYS_CONSOLE_PRINT("[APP] : Connected to Server!");
                        break;
                    }

                case NetSockEvent.Disconnected:
                    {
                        SYS_CONSOLE_PRINT("[APP] : DisConnected!");
                        s_net.SockSrvCtrl(NetSockService.SockClose, socket);
                        break;
                    }

                case NetSockEvent.Error:
                    {
                        SYS_CONSOLE_PRINT("ERROR : Socket");
                        break;
                    }

                case NetSockEvent.Read:
                    {
                        byte[] rx_data = new byte[64];
                        int rcvd_len = 64;
                        Array.Clear(rx_data, 0, 64);
                        if ((rcvd_len = s_net.TcpSockRead(socket, WincsNetService.SockRcvBufSize, rx_data)) > 0)
                        {
                            rcvd_len = Array.IndexOf(rx_data, (byte)0) is int z && z >= 0 ? z : rcvd_len;
                            rx_data[rcvd_len] = (byte)'\n';
                            SYS_CONSOLE_PRINT("Received ->" + Encoding.ASCII.GetString(rx_data, 0, rcvd_len + 1));
                            s_net.TcpSockWrite(socket, rcvd_len, rx_data);
                        }

                        break;
                    }

                case NetSockEvent.Closed:
                    {
                        SYS_CONSOLE_PRINT("[APP] : Socket CLOSED -> socketID: " + socket);
                        break;
                    }

                case NetSockEvent.TlsDone:
                    {
                        SYS_CONSOLE_PRINT("[APP] : TLS ->Connected to Server!");
                        break;
                    }

                default:
                    break;
            }

            return WincsResult.Pass;
        }
    }
}
