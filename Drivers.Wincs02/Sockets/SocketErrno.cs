// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Sockets
{
    /// <summary>
    /// errno values set by the socket API (<see cref="WincSockets.Errno"/>). Names mirror POSIX;
    /// the numbers are the Linux ones (nanoFramework has no errno.h).
    /// </summary>
    public static class SocketErrno
    {
        /// <summary>No error.</summary>
        public const int None = 0;

        /// <summary><c>EIO</c>: the module failed a write with an error status (e.g. SOCKET_SEND_FAILED; <see cref="WincSockets.GetSocketError"/>).</summary>
        public const int EIo = 5;

        /// <summary><c>EBADF</c>: not a socket descriptor of this API.</summary>
        public const int EBadF = 9;

        /// <summary><c>EAGAIN</c>: not possible yet (e.g. the module has not opened the socket).</summary>
        public const int EAgain = 11;

        /// <summary><c>EWOULDBLOCK</c>: no data, no pending connection or no room (same value as EAGAIN).</summary>
        public const int EWouldBlock = 11;

        /// <summary><c>ENOMEM</c>: no free request in the driver pool; try again.</summary>
        public const int ENoMem = 12;

        /// <summary><c>EFAULT</c>: bad argument or the driver is not ready.</summary>
        public const int EFault = 14;

        /// <summary><c>EINVAL</c>: invalid argument.</summary>
        public const int EInval = 22;

        /// <summary><c>ENFILE</c>: every socket context is in use.</summary>
        public const int ENFile = 23;

        /// <summary><c>EBADMSG</c>: the request could not be queued.</summary>
        public const int EBadMsg = 74;

        /// <summary><c>EDESTADDRREQ</c>: a datagram needs a destination.</summary>
        public const int EDestAddrReq = 89;

        /// <summary><c>EMSGSIZE</c>: datagram larger than the payload limit.</summary>
        public const int EMsgSize = 90;

        /// <summary><c>ENOPROTOOPT</c>: unknown option.</summary>
        public const int ENoProtoOpt = 92;

        /// <summary><c>EPROTONOSUPPORT</c>: protocol not supported for this type.</summary>
        public const int EProtoNoSupport = 93;

        /// <summary><c>EOPNOTSUPP</c>: operation not supported on this socket.</summary>
        public const int EOpNotSupp = 95;

        /// <summary><c>EAFNOSUPPORT</c>: address family not supported.</summary>
        public const int EAfNoSupport = 97;

        /// <summary><c>EADDRINUSE</c>: listen on a socket without a local port.</summary>
        public const int EAddrInUse = 98;

        /// <summary><c>EISCONN</c>: already connected.</summary>
        public const int EIsConn = 106;

        /// <summary><c>ENOTCONN</c>: a stream socket is not connected.</summary>
        public const int ENotConn = 107;

        /// <summary><c>ENOTSOCK</c>: the descriptor does not (yet) refer to an open socket.</summary>
        public const int ENotSock = 88;

        /// <summary><c>ETIMEDOUT</c>: timed out (DNS; a write the module refused for <see cref="WincSockets.WriteRefusalTimeoutMs"/> or did not answer, <see cref="WincSockets.GetSocketError"/>).</summary>
        public const int ETimedOut = 110;

        /// <summary><c>ECONNREFUSED</c>: the module reported an error on the socket.</summary>
        public const int EConnRefused = 111;

        /// <summary><c>EINPROGRESS</c>: connect started; completion is the CONNECT event.</summary>
        public const int EInProgress = 115;
    }
}
