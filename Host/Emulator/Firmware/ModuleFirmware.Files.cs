// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// File system: FS (LOAD, LIST, DEL, INFO, STORE) and the FS-TSFR block transfers of FSTSFR. The
    /// optional CRC-16 of FSTSFR is accepted but not checked (its polynomial is not documented).
    /// </summary>
    public sealed partial class ModuleFirmware
    {
        private const int OpLoad = 1;
        private const int OpList = 2;
        private const int OpDelete = 3;
        private const int OpInfo = 4;
        private const int OpStore = 5;

        private readonly Dictionary<int, FileTransfer> _transfers = new Dictionary<int, FileTransfer>();
        private FileStore _files;
        private int _nextTransferHandle = 1;

        /// <summary>The module's file store (persists across resets, like flash).</summary>
        public FileStore Files
        {
            get { return _files; }
        }

        private void RegisterFiles()
        {
            _files = new FileStore(_options.FileStoreCapacity, _options.FileStoreHandles);
            _handlers[CommandId.Fs] = FileSystem;
            _handlers[CommandId.Fstsfr] = FileTransferBlock;
        }

        private void ResetFileState()
        {
            _transfers.Clear();
        }

        private ushort FileSystem(CommandContext ctx)
        {
            ctx.RequireCount(1, 5);
            int op = (int)ctx.Integer(0, 1, 5);
            switch (op)
            {
                case OpList:
                {
                    ctx.RequireCount(1, 2);
                    int[] types = ctx.Count == 2 ? new[] { (int)ctx.Integer(1, 0, 255) } : new[] { FileStore.User, FileStore.Certificate, FileStore.PrivateKey, FileStore.DhParameters, FileStore.Configuration };
                    foreach (int type in types)
                    {
                        if (!FileStore.IsValidType(type))
                        {
                            return StatusCode.InvalidFileType;
                        }

                        foreach (string name in _files.List(type))
                        {
                            ctx.Respond(new WireMessageBuilder().Integer(OpList, 1).Integer(type, 1).String(name));
                        }
                    }

                    return StatusCode.Ok;
                }

                case OpDelete:
                {
                    ctx.RequireCount(3, 3);
                    int type = (int)ctx.Integer(1, 0, 255);
                    string name = ctx.Text(2, 32);
                    if (!FileStore.IsValidType(type))
                    {
                        return StatusCode.InvalidFileType;
                    }

                    return _files.Delete(type, name) ? StatusCode.Ok : StatusCode.FileNotFound;
                }

                case OpInfo:
                    ctx.RequireCount(1, 1);
                    ctx.Respond(new WireMessageBuilder().Integer(OpInfo, 1).Integer(_files.FreeSpace, 2).Integer(_files.FreeHandles, 2));
                    return StatusCode.Ok;

                case OpLoad:
                {
                    // Microchip's driver (WINC_CmdFSLOAD) sends op, type, transfer protocol, name, length;
                    // the AT form leaves the protocol out
                    ctx.RequireCount(4, 5);
                    int shift = ctx.Count == 5 ? 1 : 0;
                    int type = (int)ctx.Integer(1, 0, 255);
                    if (shift == 1)
                    {
                        ctx.Integer(2, 0, 255);
                    }

                    string name = ctx.Text(2 + shift, 32);
                    int length = (int)ctx.Integer(3 + shift, 1, 0xFFFF);
                    if (!FileStore.IsValidType(type))
                    {
                        return StatusCode.InvalidFileType;
                    }

                    if (name.Length == 0)
                    {
                        return StatusCode.InvalidParameter;
                    }

                    if (_files.Read(type, name) != null)
                    {
                        return StatusCode.FileExists;
                    }

                    if (length > _files.FreeSpace || _files.FreeHandles == 0)
                    {
                        return StatusCode.FileCreateFailed;
                    }

                    var transfer = new FileTransfer(_nextTransferHandle++, type, name, true, new byte[length]);
                    _transfers[transfer.Handle] = transfer;
                    ctx.Respond(new WireMessageBuilder().Integer(OpLoad, 1).Integer(transfer.Handle, 2));
                    return StatusCode.Ok;
                }

                default:
                {
                    ctx.RequireCount(3, 3);
                    int type = (int)ctx.Integer(1, 0, 255);
                    string name = ctx.Text(2, 32);
                    if (!FileStore.IsValidType(type))
                    {
                        return StatusCode.InvalidFileType;
                    }

                    byte[] content = _files.Read(type, name);
                    if (content == null)
                    {
                        return StatusCode.FileNotFound;
                    }

                    var transfer = new FileTransfer(_nextTransferHandle++, type, name, false, content);
                    _transfers[transfer.Handle] = transfer;
                    ctx.Respond(new WireMessageBuilder().Integer(OpStore, 1).Integer(transfer.Handle, 2));
                    return StatusCode.Ok;
                }
            }
        }

        /// <summary>
        /// FSTSFR(handle): progress report; FSTSFR(handle, block, data[, crc]): next block of a LOAD;
        /// FSTSFR(handle, block, length): next block of a STORE (the FSRECV form).
        /// </summary>
        private ushort FileTransferBlock(CommandContext ctx)
        {
            ctx.RequireCount(1, 5);
            int handle = (int)ctx.Integer(0, 0, 0xFFFF);
            if (!_transfers.TryGetValue(handle, out FileTransfer t))
            {
                return StatusCode.InvalidParameter;
            }

            if (ctx.Count == 1)
            {
                ctx.Respond(new WireMessageBuilder().Integer(handle, 2).Integer(t.NextBlock - 1, 2).Integer(t.Remaining, 2));
                return StatusCode.Ok;
            }

            ctx.RequireCount(3, 4);
            int block = (int)ctx.Integer(1, 0, 0xFFFF);
            if ((block & 0xFF) != (t.NextBlock & 0xFF))
            {
                throw new CommandException(StatusCode.InvalidParameter, "FSTSFR block " + block + ", expected " + t.NextBlock);
            }

            if (t.IsLoad)
            {
                byte[] data = ctx.Bytes(2, 0xFFFF);
                if (data.Length == 0 || data.Length > t.Remaining)
                {
                    return StatusCode.FileWriteFailed;
                }

                Buffer.BlockCopy(data, 0, t.Content, t.Offset, data.Length);
                t.Offset += data.Length;
                t.NextBlock++;
                if (t.Remaining == 0)
                {
                    _transfers.Remove(handle);
                    ushort stored = _files.Add(t.Type, t.Name, t.Content);
                    if (stored != StatusCode.Ok)
                    {
                        return StatusCode.FileWriteFailed;
                    }
                }

                ctx.Respond(new WireMessageBuilder().Integer(handle, 2).Integer(block, 2).Integer(t.Remaining, 2));
                return StatusCode.Ok;
            }

            int length = (int)ctx.Integer(2, 0, 0xFFFF);
            int n = Math.Min(length, t.Remaining);
            byte[] chunk = t.Content.AsSpan(t.Offset, n).ToArray();
            t.Offset += n;
            t.NextBlock++;
            if (t.Remaining == 0)
            {
                _transfers.Remove(handle);
            }

            ctx.Respond(new WireMessageBuilder().Integer(handle, 2).Integer(block, 2).Integer(t.Remaining, 2).Bytes(chunk));
            return StatusCode.Ok;
        }

        private sealed class FileTransfer
        {
            public FileTransfer(int handle, int type, string name, bool load, byte[] content)
            {
                Handle = handle;
                Type = type;
                Name = name;
                IsLoad = load;
                Content = content;
                NextBlock = 1;
            }

            public int Handle { get; }

            public int Type { get; }

            public string Name { get; }

            public bool IsLoad { get; }

            public byte[] Content { get; }

            public int Offset { get; set; }

            public int NextBlock { get; set; }

            public int Remaining
            {
                get { return Content.Length - Offset; }
            }
        }
    }
}
