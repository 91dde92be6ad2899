// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Sys.Wincs.Net.Mbed
{
    /// <summary>
    /// Error codes of the Mbed OS network socket API (<c>nsapi_error_t</c>), with Mbed's values.
    /// Calls that return a size return it as a non-negative int, or one of these (negative) as int.
    /// </summary>
    public enum NsapiError
    {
        /// <summary>No error (<c>NSAPI_ERROR_OK</c>).</summary>
        Ok = 0,

        /// <summary>No data is available but the call is non-blocking, or a blocking call timed out (<c>NSAPI_ERROR_WOULD_BLOCK</c>).</summary>
        WouldBlock = -3001,

        /// <summary>Unsupported functionality (<c>NSAPI_ERROR_UNSUPPORTED</c>).</summary>
        Unsupported = -3002,

        /// <summary>Invalid configuration (<c>NSAPI_ERROR_PARAMETER</c>).</summary>
        Parameter = -3003,

        /// <summary>Not connected to a network (<c>NSAPI_ERROR_NO_CONNECTION</c>).</summary>
        NoConnection = -3004,

        /// <summary>Socket not available for use (<c>NSAPI_ERROR_NO_SOCKET</c>).</summary>
        NoSocket = -3005,

        /// <summary>IP address is not known (<c>NSAPI_ERROR_NO_ADDRESS</c>).</summary>
        NoAddress = -3006,

        /// <summary>Memory resource not available (<c>NSAPI_ERROR_NO_MEMORY</c>).</summary>
        NoMemory = -3007,

        /// <summary>SSID not found (<c>NSAPI_ERROR_NO_SSID</c>).</summary>
        NoSsid = -3008,

        /// <summary>DNS failed to complete successfully (<c>NSAPI_ERROR_DNS_FAILURE</c>).</summary>
        DnsFailure = -3009,

        /// <summary>DHCP failed to complete successfully (<c>NSAPI_ERROR_DHCP_FAILURE</c>).</summary>
        DhcpFailure = -3010,

        /// <summary>Connection to access point failed (<c>NSAPI_ERROR_AUTH_FAILURE</c>).</summary>
        AuthFailure = -3011,

        /// <summary>Failure interfacing with the network processor (<c>NSAPI_ERROR_DEVICE_ERROR</c>).</summary>
        DeviceError = -3012,

        /// <summary>Operation (e.g. connect) in progress (<c>NSAPI_ERROR_IN_PROGRESS</c>).</summary>
        InProgress = -3013,

        /// <summary>Operation (e.g. connect) already in progress (<c>NSAPI_ERROR_ALREADY</c>).</summary>
        Already = -3014,

        /// <summary>Socket is already connected (<c>NSAPI_ERROR_IS_CONNECTED</c>).</summary>
        IsConnected = -3015,

        /// <summary>Connection lost (<c>NSAPI_ERROR_CONNECTION_LOST</c>).</summary>
        ConnectionLost = -3016,

        /// <summary>Connection timed out (<c>NSAPI_ERROR_CONNECTION_TIMEOUT</c>).</summary>
        ConnectionTimeout = -3017,
    }
}
