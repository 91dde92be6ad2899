// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections;
using Sys.Wss;
using Sys.Wss.Protocol;

namespace Sys.Wss.Tests.Protocol
{
    /// <summary>Records what the parser reports, as short strings plus the last payload.</summary>
    public class RecordingFrameHandler : IWssFrameHandler
    {
        public ArrayList Events = new ArrayList();
        public byte[] LastPayload = new byte[0];
        public int FailCode;

        public void OnMessage(WssFrame opcode, byte[] buffer, int offset, int length)
        {
            Keep(buffer, offset, length);
            Events.Add((opcode == WssFrame.Text ? "text:" : "binary:") + length.ToString());
        }

        public void OnPing(byte[] buffer, int offset, int length)
        {
            Keep(buffer, offset, length);
            Events.Add("ping:" + length.ToString());
        }

        public void OnPong(byte[] buffer, int offset, int length)
        {
            Keep(buffer, offset, length);
            Events.Add("pong:" + length.ToString());
        }

        public void OnClose(int code, byte[] reason, int offset, int length)
        {
            Keep(reason, offset, length);
            Events.Add("close:" + code.ToString());
        }

        public void OnFail(int closeCode)
        {
            FailCode = closeCode;
            Events.Add("fail:" + closeCode.ToString());
        }

        public string Joined()
        {
            string s = string.Empty;
            for (int i = 0; i < Events.Count; i++)
            {
                s = s + (i == 0 ? string.Empty : ",") + (string)Events[i];
            }

            return s;
        }

        private void Keep(byte[] buffer, int offset, int length)
        {
            LastPayload = new byte[length];
            Array.Copy(buffer, offset, LastPayload, 0, length);
        }
    }
}
