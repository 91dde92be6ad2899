// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using nanoWincs.Emulator;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// A minimal command processor for transport tests: every command gets STATUS OK; <see cref="PostAecs"/>
    /// first posts as many AECs as its first parameter byte says; <see cref="Echo"/> first answers an RSP
    /// carrying the command's parameter bytes back.
    /// </summary>
    internal sealed class TransportTestFirmware : IModuleFirmware
    {
        public const ushort PostAecs = 0xFF01;
        public const ushort Echo = 0xFF02;

        private readonly object _sync = new object();
        private readonly List<byte[]> _commands = new List<byte[]>();

        public IModuleHost Host { get; private set; }

        public bool PostBootOnReset { get; set; }

        public int Resets { get; private set; }

        public List<byte[]> Commands
        {
            get
            {
                lock (_sync)
                {
                    return new List<byte[]>(_commands);
                }
            }
        }

        public static byte[] Aec(int index)
        {
            return new byte[] { 0x03, 0x00, 0x00, 0x00, 0x00, 0xFF, 0x10, 0x00, 0x02, 0x00, (byte)(index >> 8), (byte)index };
        }

        public static byte[] Status(byte[] command)
        {
            return new byte[] { 0x01, command[1], command[2], command[3], command[4], 0x00, 0x00, 0x00 };
        }

        public static byte[] EchoResponse(byte[] command)
        {
            int length = (command[6] << 8) | command[7];
            byte[] rsp = new byte[10 + length];
            rsp[0] = 0x02;
            Array.Copy(command, 1, rsp, 1, 4);
            rsp[5] = command[1];
            rsp[6] = command[2];
            rsp[7] = (byte)(length >> 8);
            rsp[8] = (byte)length;
            rsp[9] = 0x01;
            Array.Copy(command, 8, rsp, 10, length);
            return rsp;
        }

        public void Attach(IModuleHost host)
        {
            Host = host;
        }

        public void OnCommand(ReadOnlySpan<byte> message)
        {
            byte[] command = message.ToArray();
            lock (_sync)
            {
                _commands.Add(command);
            }

            ushort id = (ushort)((command[1] << 8) | command[2]);
            if (id == PostAecs)
            {
                for (int i = 0; i < command[8]; i++)
                {
                    Host.PostToHost(Aec(i));
                }
            }
            else if (id == Echo)
            {
                Host.PostToHost(EchoResponse(command));
            }

            // the module sends 7 bytes; the slave pads them to 8
            Host.PostToHost(new ReadOnlySpan<byte>(Status(command), 0, 7));
        }

        public void OnReset()
        {
            lock (_sync)
            {
                Resets++;
                _commands.Clear();
            }

            if (PostBootOnReset)
            {
                Host.PostToHost(new byte[] { 0x03, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00 });
            }
        }
    }
}
