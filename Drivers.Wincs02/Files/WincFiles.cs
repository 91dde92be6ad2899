// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using Drivers.Wincs02.Protocol;

namespace Drivers.Wincs02.Files
{
    /// <summary>
    /// The module's file store (<c>wdrv_winc_file.c</c>): upload of certificates, keys and other files
    /// (FS LOAD then FSTSFR blocks), listing and deletion.
    /// </summary>
    /// <remarks>
    /// An upload reads the caller's buffer block by block, without copying it: the buffer must stay
    /// unchanged until the completion callback. One upload runs at a time. The service takes one task
    /// handler slot of the driver (to retry a block when the request pool is momentarily empty).
    /// </remarks>
    public sealed class WincFiles
    {
        /// <summary>Bytes per FSTSFR block by default (<c>WDRV_WINC_FILE_LOAD_BUF_SZ</c>).</summary>
        public const int DefaultBlockSize = 128;

        /// <summary>Largest block size allowed.</summary>
        public const int MaxBlockSize = 1024;

        /// <summary>Largest file (FS LOAD length is 16 bits).</summary>
        public const int MaxFileLength = 0xFFFF;

        /// <summary>Longest wait, in milliseconds, for a free request before an upload is abandoned.</summary>
        public const int PoolWaitMs = 5000;

        private readonly WincDriver _driver;
        private readonly object _sync;
        private readonly RequestEventHandler _simpleHandler;
        private readonly RequestEventHandler _openHandler;
        private readonly RequestEventHandler _blockHandler;
        private readonly RequestEventHandler _findHandler;
        private readonly DriverTaskHandler _taskHandler;
        private int _blockSize = DefaultBlockSize;
        private bool _loading;
        private WincRequest _loadRequest;
        private CompletionHandler _loadCallback;
        private byte[] _loadData;
        private int _loadOffset;
        private int _loadEnd;
        private int _loadBlock;
        private int _loadHandle;
        private int _loadChunk;
        private bool _loadStalled;
        private long _loadStallDeadline;
        private FileFindHandler _findCallback;
        private WincRequest _findRequest;
        private FsFileType _findType;
        private bool _closed;

        /// <summary>Creates the service and hooks it to the driver.</summary>
        /// <param name="driver">The driver.</param>
        /// <exception cref="ArgumentNullException"><paramref name="driver"/> is null.</exception>
        /// <exception cref="InvalidOperationException">The driver has no free task handler slot.</exception>
        public WincFiles(WincDriver driver)
        {
            if (driver == null)
            {
                throw new ArgumentNullException();
            }

            _driver = driver;
            _sync = driver.SyncRoot;
            _simpleHandler = OnSimpleRequest;
            _openHandler = OnOpenRequest;
            _blockHandler = OnBlockRequest;
            _findHandler = OnFindRequest;
            _taskHandler = OnTasks;
            if (!driver.AddTaskHandler(_taskHandler))
            {
                throw new InvalidOperationException();
            }
        }

        /// <summary>Gets or sets the bytes sent per FSTSFR block (1..<see cref="MaxBlockSize"/>); takes effect with the next upload.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
        public int BlockSize
        {
            get
            {
                return _blockSize;
            }

            set
            {
                if (value < 1 || value > MaxBlockSize)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _blockSize = value;
            }
        }

        /// <summary>Gets a value indicating whether an upload is running.</summary>
        public bool FileLoadInProgress
        {
            get
            {
                lock (_sync)
                {
                    return _loading;
                }
            }
        }

        /// <summary>Gets the number of bytes of the current (or last) upload the module has accepted.</summary>
        public int FileLoadBytesSent
        {
            get
            {
                lock (_sync)
                {
                    return _loadData == null ? 0 : _loadOffset;
                }
            }
        }

        /// <summary>Unhooks the service from the driver; pending callbacks are not called any more.</summary>
        public void Close()
        {
            lock (_sync)
            {
                if (_closed)
                {
                    return;
                }

                _closed = true;
                _driver.RemoveTaskHandler(_taskHandler);
                _loadCallback = null;
                _findCallback = null;
            }
        }

        /// <summary>
        /// Uploads a file (<c>WDRV_WINC_FileOpen</c>/<c>FileWrite</c>/<c>FileClose</c> in one call): FS LOAD
        /// (type, FS-TSFR, name, length), whose RSP gives the transfer handle, then one FSTSFR per block
        /// (<see cref="BlockSize"/> bytes, block numbers counting from 1 and wrapping at 256 as Harmony's
        /// 8-bit counter does). The callback gets Ok once the last block is accepted, or the first failure.
        /// </summary>
        /// <param name="fileType">Certificate, PrivateKey, DhParameters, User or Configuration.</param>
        /// <param name="name">File name, 1 to 32 bytes.</param>
        /// <param name="data">The content; read until the callback, so keep it unchanged.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="length">1 to 65535 bytes.</param>
        /// <param name="callback">Receives the outcome, or null.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest while an upload runs or the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus FileLoad(FsFileType fileType, string name, byte[] data, int offset, int length, CompletionHandler callback)
        {
            int nameLength = ServiceRequests.Utf8Length(name);
            if (!IsFileType(fileType) || nameLength < 1 || nameLength > WincCommands.FileNameMax
                || data == null || length < 1 || length > MaxFileLength || offset < 0 || offset + length > data.Length)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_loading)
                {
                    return DriverStatus.RetryRequest;
                }

                WincRequest r = _driver.AllocateRequest(_openHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                DriverStatus s = ServiceRequests.Submit(_driver, r, WincCommands.FsLoad(r.Writer, fileType, name, length));
                if (s == DriverStatus.Ok)
                {
                    _loading = true;
                    _loadRequest = r;
                    _loadCallback = callback;
                    _loadData = data;
                    _loadOffset = offset;
                    _loadEnd = offset + length;
                    _loadBlock = 0;
                    _loadHandle = 0;
                    _loadStalled = false;
                }

                return s;
            }
        }

        /// <summary>Lists the files of a type (<c>WDRV_WINC_FileFind</c>: FS LIST); names are decoded as they arrive.</summary>
        /// <param name="fileType">The type.</param>
        /// <param name="callback">Receives the names, then the outcome.</param>
        /// <returns>Ok; InvalidArg for a bad type or null callback; RetryRequest while a listing runs or the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus FileFind(FsFileType fileType, FileFindHandler callback)
        {
            if (!IsFileType(fileType) || callback == null)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                if (_findRequest != null)
                {
                    return DriverStatus.RetryRequest;
                }

                WincRequest r = _driver.AllocateRequest(_findHandler, null);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                DriverStatus s = ServiceRequests.Submit(_driver, r, WincCommands.FsOp(r.Writer, FsOperation.List, (int)fileType, null));
                if (s == DriverStatus.Ok)
                {
                    _findRequest = r;
                    _findCallback = callback;
                    _findType = fileType;
                }

                return s;
            }
        }

        /// <summary>Deletes a file (<c>WDRV_WINC_FileDelete</c>: FS DEL).</summary>
        /// <param name="fileType">The type.</param>
        /// <param name="name">File name, 1 to 32 bytes.</param>
        /// <param name="callback">Receives the outcome (e.g. CommandError with FILE_NOT_FOUND), or null.</param>
        /// <returns>Ok; InvalidArg for a bad argument; RetryRequest when the pool is empty; Busy/NotOpen from the driver.</returns>
        public DriverStatus FileDelete(FsFileType fileType, string name, CompletionHandler callback)
        {
            int nameLength = ServiceRequests.Utf8Length(name);
            if (!IsFileType(fileType) || nameLength < 1 || nameLength > WincCommands.FileNameMax)
            {
                return DriverStatus.InvalidArg;
            }

            lock (_sync)
            {
                WincRequest r = _driver.AllocateRequest(_simpleHandler, callback);
                if (r == null)
                {
                    return DriverStatus.RetryRequest;
                }

                return ServiceRequests.Submit(_driver, r, WincCommands.FsOp(r.Writer, FsOperation.Delete, (int)fileType, name));
            }
        }

        private static bool IsFileType(FsFileType t)
        {
            return t == FsFileType.User || t == FsFileType.Certificate || t == FsFileType.PrivateKey
                || t == FsFileType.DhParameters || t == FsFileType.Configuration;
        }

        private void OnSimpleRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            ServiceRequests.CompleteSimple(this, request, requestEvent);
        }

        private void OnOpenRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _loadRequest)
            {
                return;
            }

            if (requestEvent == RequestEvent.ResponseReceived)
            {
                // RSP <OP>,<TSFR_HANDLE>
                int op;
                int handle;
                if (message.ElementCount >= 2 && message.TryGetInt32(0, out op) && op == (int)FsOperation.Load
                    && message.TryGetUInt16(1, out handle) && handle > 0)
                {
                    _loadHandle = handle;
                }

                return;
            }

            if (requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _loadRequest = null;
            if (request.Result != RequestResult.Ok)
            {
                EndLoad(request.Result, ServiceRequests.FirstError(request));
            }
            else if (_loadHandle == 0)
            {
                EndLoad(RequestResult.CommandError, WincStatus.Error);
            }
            else
            {
                SendBlock();
            }
        }

        private void SendBlock()
        {
            WincRequest r = _driver.AllocateRequest(_blockHandler, null);
            if (r == null)
            {
                if (!_loadStalled)
                {
                    _loadStalled = true;
                    _loadStallDeadline = ServiceRequests.After(_driver.Clock.UtcTicks, PoolWaitMs);
                }

                return;
            }

            _loadStalled = false;
            int n = _loadEnd - _loadOffset;
            if (n > _blockSize)
            {
                n = _blockSize;
            }

            int block = (_loadBlock + 1) & 0xFF;
            DriverStatus s = ServiceRequests.Submit(_driver, r, WincCommands.FsTsfr(r.Writer, _loadHandle, block, _loadData, _loadOffset, n, -1));
            if (s != DriverStatus.Ok)
            {
                EndLoad(RequestResult.BusError, WincStatus.HostInterfaceFailed);
                return;
            }

            _loadRequest = r;
            _loadChunk = n;
        }

        private void OnBlockRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _loadRequest || requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _loadRequest = null;
            if (request.Result != RequestResult.Ok)
            {
                EndLoad(request.Result, ServiceRequests.FirstError(request));
                return;
            }

            _loadBlock++;
            _loadOffset += _loadChunk;
            if (_loadOffset >= _loadEnd)
            {
                EndLoad(RequestResult.Ok, WincStatus.Ok);
            }
            else
            {
                SendBlock();
            }
        }

        private void EndLoad(RequestResult result, WincStatus status)
        {
            if (!_loading)
            {
                return;
            }

            _loading = false;
            _loadStalled = false;
            _loadRequest = null;
            CompletionHandler cb = _loadCallback;
            _loadCallback = null;
            if (cb != null)
            {
                cb(this, result, status);
            }
        }

        private void OnFindRequest(WincRequest request, RequestEvent requestEvent, int commandIndex, MessageReader message)
        {
            if (request != _findRequest)
            {
                return;
            }

            FileFindHandler cb = _findCallback;
            if (requestEvent == RequestEvent.ResponseReceived)
            {
                // RSP <OP>,<FILETYPE>,<FILENAME>
                int op;
                int type;
                if (cb != null && message.ElementCount >= 3 && message.TryGetInt32(0, out op) && op == (int)FsOperation.List
                    && message.TryGetInt32(1, out type))
                {
                    string name = message.GetString(2);
                    if (name != null)
                    {
                        cb(this, RequestResult.Pending, (FsFileType)type, name);
                    }
                }

                return;
            }

            if (requestEvent != RequestEvent.StatusComplete)
            {
                return;
            }

            _findRequest = null;
            _findCallback = null;
            if (cb != null)
            {
                cb(this, request.Result, _findType, null);
            }
        }

        private void OnTasks(WincDriver driver, long now)
        {
            if (!_loadStalled)
            {
                return;
            }

            if (now >= _loadStallDeadline)
            {
                EndLoad(RequestResult.Timeout, WincStatus.Timeout);
            }
            else
            {
                SendBlock();
            }
        }
    }
}
