// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// One command being executed: typed access to its parameters (a wrong type or range ends the
    /// command with INVALID_PARAMETER) and a way to post RSP messages before the single STATUS.
    /// </summary>
    internal sealed class CommandContext
    {
        private readonly Action<byte[]> _send;

        public CommandContext(WireRequest request, Action<byte[]> send)
        {
            Request = request;
            _send = send;
        }

        public WireRequest Request { get; }

        public ushort CommandId
        {
            get { return Request.CommandId; }
        }

        public int Count
        {
            get { return Request.Elements.Count; }
        }

        public WireElement this[int index]
        {
            get { return Request.Elements[index]; }
        }

        /// <summary>Number of RSP messages posted so far.</summary>
        public int Responses { get; private set; }

        public void Respond(WireMessageBuilder builder)
        {
            Responses++;
            _send(builder.BuildResponse(Request.CommandId, Request.Sequence));
        }

        public void RequireCount(int min, int max)
        {
            if (Count < min || Count > max)
            {
                throw new CommandException(StatusCode.IncorrectNumParams, "expected " + min + ".." + max + " parameters, got " + Count);
            }
        }

        public long Integer(int index, long min, long max)
        {
            WireElement e = Request.Elements[index];
            if (!e.IsInteger)
            {
                throw new CommandException(StatusCode.InvalidParameter, "parameter " + index + " is " + e.Type + ", not an integer");
            }

            long value = e.ToInt64();
            if (value < min || value > max)
            {
                throw new CommandException(StatusCode.InvalidParameter, "parameter " + index + " = " + value + " outside " + min + ".." + max);
            }

            return value;
        }

        public string Text(int index, int maxLength)
        {
            WireElement e = Request.Elements[index];
            if (e.Type != ElementType.String && e.Type != ElementType.ByteArray)
            {
                throw new CommandException(StatusCode.InvalidParameter, "parameter " + index + " is " + e.Type + ", not a string");
            }

            if (e.Data.Length > maxLength)
            {
                throw new CommandException(StatusCode.InvalidParameter, "parameter " + index + " longer than " + maxLength);
            }

            return Encoding.UTF8.GetString(e.Data);
        }

        public byte[] Bytes(int index, int maxLength)
        {
            WireElement e = Request.Elements[index];
            if (e.Type != ElementType.ByteArray && e.Type != ElementType.String)
            {
                throw new CommandException(StatusCode.InvalidParameter, "parameter " + index + " is " + e.Type + ", not a byte array");
            }

            if (e.Data.Length > maxLength)
            {
                throw new CommandException(StatusCode.InvalidParameter, "parameter " + index + " longer than " + maxLength);
            }

            return e.Data;
        }

        /// <summary>An IPV4ADDR/IPV6ADDR parameter, or a STRING holding a literal or a host name.</summary>
        /// <param name="index">Parameter index.</param>
        /// <param name="name">The host name when the parameter is a non-literal string, else null.</param>
        /// <returns>The address, or null when <paramref name="name"/> must be resolved.</returns>
        public IPAddress AddressOrName(int index, out string name)
        {
            WireElement e = Request.Elements[index];
            name = null;
            IPAddress address = e.ToIPAddress();
            if (address != null)
            {
                return address;
            }

            if (e.Type == ElementType.String && e.Data.Length > 0 && e.Data.Length <= 256)
            {
                string text = e.ToText();
                if (IPAddress.TryParse(text, out address))
                {
                    return address;
                }

                name = text;
                return null;
            }

            throw new CommandException(StatusCode.InvalidParameter, "parameter " + index + " is " + e.Type + " of " + e.Data.Length + " bytes, not an address");
        }

        public IPAddress Address(int index)
        {
            IPAddress address = AddressOrName(index, out string name);
            if (address == null)
            {
                throw new CommandException(StatusCode.InvalidParameter, "parameter " + index + " is a name, an address is required");
            }

            return address;
        }

        public static bool IsIPv4(IPAddress address)
        {
            return address.AddressFamily == AddressFamily.InterNetwork;
        }
    }
}
