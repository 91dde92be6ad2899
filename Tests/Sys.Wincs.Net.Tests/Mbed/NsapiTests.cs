// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Sys.Wincs.Net.Mbed;
using nanoFramework.TestFramework;

namespace Sys.Wincs.Net.Tests.Mbed
{
    /// <summary>The nsapi error table and SocketAddress (seed 003).</summary>
    [TestClass]
    public class NsapiTests
    {
        [TestMethod]
        public void ErrorCodesHaveMbedValues()
        {
            Assert.AreEqual(0, (int)NsapiError.Ok);
            Assert.AreEqual(-3001, (int)NsapiError.WouldBlock);
            Assert.AreEqual(-3002, (int)NsapiError.Unsupported);
            Assert.AreEqual(-3003, (int)NsapiError.Parameter);
            Assert.AreEqual(-3004, (int)NsapiError.NoConnection);
            Assert.AreEqual(-3005, (int)NsapiError.NoSocket);
            Assert.AreEqual(-3006, (int)NsapiError.NoAddress);
            Assert.AreEqual(-3007, (int)NsapiError.NoMemory);
            Assert.AreEqual(-3008, (int)NsapiError.NoSsid);
            Assert.AreEqual(-3009, (int)NsapiError.DnsFailure);
            Assert.AreEqual(-3010, (int)NsapiError.DhcpFailure);
            Assert.AreEqual(-3011, (int)NsapiError.AuthFailure);
            Assert.AreEqual(-3012, (int)NsapiError.DeviceError);
            Assert.AreEqual(-3013, (int)NsapiError.InProgress);
            Assert.AreEqual(-3014, (int)NsapiError.Already);
            Assert.AreEqual(-3015, (int)NsapiError.IsConnected);
            Assert.AreEqual(-3016, (int)NsapiError.ConnectionLost);
            Assert.AreEqual(-3017, (int)NsapiError.ConnectionTimeout);
        }

        [TestMethod]
        public void SocketAddressTextBytesPortAndVersion()
        {
            SocketAddress a = new SocketAddress("192.168.1.20", 8080);
            Assert.AreEqual((int)NsapiVersion.Ipv4, (int)a.GetIpVersion());
            Assert.AreEqual("192.168.1.20", a.GetIpAddress());
            Assert.AreEqual(8080, a.GetPort());
            Assert.AreEqual((byte)20, a.GetIpBytes()[3]);
            Assert.IsTrue(a.IsValid);
            Assert.AreEqual("192.168.1.20:8080", a.ToString());

            Assert.IsTrue(a.SetIpAddress("2001:db8::1"));
            Assert.AreEqual((int)NsapiVersion.Ipv6, (int)a.GetIpVersion());
            Assert.AreEqual("2001:db8::1", a.GetIpAddress());
            Assert.AreEqual("[2001:db8::1]:8080", a.ToString());

            Assert.IsFalse(a.SetIpAddress("example.com"), "a name is not an address");
            Assert.AreEqual((int)NsapiVersion.Unspec, (int)a.GetIpVersion());
            Assert.IsNull(a.GetIpAddress());
            Assert.IsFalse(a.IsValid);

            SocketAddress b = new SocketAddress(new byte[] { 10, 0, 0, 7 }, NsapiVersion.Ipv4, 53);
            Assert.AreEqual("10.0.0.7:53", b.ToString());
            b.SetIpBytes(new byte[4], NsapiVersion.Ipv4);
            Assert.IsFalse(b.IsValid, "0.0.0.0 is not a valid address (Mbed's operator bool)");
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => b.SetPort(65536));
            Assert.ThrowsException(typeof(System.ArgumentException), () => b.SetIpBytes(new byte[4], NsapiVersion.Ipv6));
            Assert.AreEqual(0, new SocketAddress().GetPort());
            Assert.AreEqual((int)NsapiVersion.Unspec, (int)new SocketAddress().GetIpVersion());
        }
    }
}
