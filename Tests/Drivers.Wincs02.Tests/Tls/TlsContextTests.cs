// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using Drivers.Wincs02.Protocol;
using Drivers.Wincs02.Tests.Helpers;
using Drivers.Wincs02.Tls;
using Tests.Shared;
using nanoFramework.TestFramework;

namespace Drivers.Wincs02.Tests.Tls
{
    /// <summary>TLS contexts: local index allocation and the TLSC/TLSCSC bursts.</summary>
    [TestClass]
    public class TlsContextTests
    {
        [TestMethod]
        public void ContextsAreLocalIndicesFromOne()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincTls tls = new WincTls(h.Driver);
            Assert.AreEqual(2, tls.ContextCount);
            Assert.AreEqual(1, tls.TlsCtxOpen());
            Assert.AreEqual(2, tls.TlsCtxOpen());
            Assert.AreEqual(WincTls.InvalidHandle, tls.TlsCtxOpen());
            Assert.AreEqual((int)DriverStatus.Ok, (int)tls.TlsCtxClose(1));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)tls.TlsCtxClose(1));
            Assert.IsFalse(tls.TlsCtxIsOpen(1));
            Assert.IsTrue(tls.TlsCtxIsOpen(2));
            Assert.AreEqual(1, tls.TlsCtxOpen());
            Assert.AreEqual(2, WincTls.TlsCtxHandleToCfgIdx(2));
            Assert.AreEqual(0, WincTls.TlsCtxHandleToCfgIdx(0));
            Assert.AreEqual(0, WincTls.TlsCtxHandleToCfgIdx(5));
            h.Run(1, 10);
            Assert.AreEqual(1, h.Device.SentCount, "opening sends nothing");
            Assert.AreEqual(4, new WincTls(h.Driver, 4).ContextCount);
        }

        [TestMethod]
        public void SettersSendTlscParameters()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincTls tls = new WincTls(h.Driver);
            int ctx = tls.TlsCtxOpen();
            CompletionLog done = new CompletionLog();
            Assert.AreEqual((int)DriverStatus.Ok, (int)tls.TlsCtxCACertFileSet(ctx, "ca", true, done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)tls.TlsCtxCertFileSet(ctx, "crt", done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)tls.TlsCtxPrivKeySet(ctx, "key", "pw", done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)tls.TlsCtxSniSet(ctx, "example.com", done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)tls.TlsCtxHostnameCheckSet(ctx, "a.io", true, done.Handler));
            h.Run(1, 10);

            // TLSC(conf UINT1, id, value): PEER_AUTH 40 then CA_CERT_NAME 1
            Burst.AssertSent(h.Device, 1,
                "00 11 00 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 28 | 0A 00 00 04 00 00 00 01 | "
                + "00 11 00 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 01 | 05 02 00 02 63 61 00 00");
            Burst.AssertSent(h.Device, 2, "00 11 00 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 02 | 05 01 00 03 63 72 74 00");
            Burst.AssertSent(h.Device, 3,
                "00 11 00 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 03 | 05 01 00 03 6B 65 79 00 | "
                + "00 11 00 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 04 | 05 02 00 02 70 77 00 00");
            Burst.AssertSent(h.Device, 4, "00 11 00 00 00 03 00 20 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 05 | 05 01 00 0B 65 78 61 6D 70 6C 65 2E 63 6F 6D 00");
            Burst.AssertSent(h.Device, 5,
                "00 11 00 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 29 | 0A 00 00 04 00 00 00 01 | "
                + "00 11 00 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 06 | 05 00 00 04 61 2E 69 6F");
            for (int i = 1; i <= 5; i++)
            {
                Burst.AnswerAll(h.Device, i, 0);
            }

            h.Run(1, 10);
            Assert.AreEqual(5, done.Count);
            Assert.AreEqual((int)RequestResult.Ok, (int)done.Result);
            Assert.IsTrue(done.Source == tls);
        }

        [TestMethod]
        public void CipherSuiteListClearsThenAppends()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincTls tls = new WincTls(h.Driver);
            int ctx = tls.TlsCtxOpen();
            int cs = tls.TlsCipherSuiteOpen();
            Assert.AreEqual(1, cs);
            CompletionLog done = new CompletionLog();
            ushort[] suites = new ushort[] { 0xC02B, 0xC02F };
            Assert.AreEqual((int)DriverStatus.Ok, (int)tls.TlsCipherSuiteAlgSet(cs, suites, 0, 2, done.Handler));
            Assert.AreEqual((int)DriverStatus.Ok, (int)tls.TlsCtxCipherSuiteSet(ctx, cs, done.Handler));
            h.Run(1, 10);
            Burst.AssertSent(h.Device, 1,
                "00 11 01 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 01 | 02 00 00 04 00 00 00 00 | "
                + "00 11 01 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 01 | 02 00 00 04 00 00 C0 2B | "
                + "00 11 01 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 01 | 02 00 00 04 00 00 C0 2F");
            Burst.AssertSent(h.Device, 2, "00 11 00 00 00 03 00 18 | 03 03 00 01 01 00 00 00 | 03 00 00 04 00 00 00 07 | 02 00 00 04 00 00 00 01");
            Burst.AnswerAllButOne(h.Device, 1, 2, (ushort)WincStatus.InvalidParameter);
            h.Run(1, 10);
            Assert.AreEqual(1, done.Count);
            Assert.AreEqual((int)RequestResult.CommandError, (int)done.Result);
            Assert.AreEqual((int)WincStatus.InvalidParameter, (int)done.Status);
        }

        [TestMethod]
        public void ClosedHandlesAndBadNamesAreRejected()
        {
            DriverHarness h = new DriverHarness(8);
            h.BringUp();
            WincTls tls = new WincTls(h.Driver);
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)tls.TlsCtxSniSet(1, "x", null), "not opened");
            int ctx = tls.TlsCtxOpen();
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)tls.TlsCtxCertFileSet(ctx, "0123456789abcdef0123456789abcdefX", null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)tls.TlsCtxPrivKeySet(ctx, null, null, null));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)tls.TlsCtxCipherSuiteSet(ctx, 2, null), "list 2 is not open");
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)tls.TlsCipherSuiteAlgSet(1, new ushort[1], 0, 1, null));
            int cs = tls.TlsCipherSuiteOpen();
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)tls.TlsCipherSuiteAlgSet(cs, new ushort[16], 0, 16, null));
            Assert.AreEqual((int)DriverStatus.Ok, (int)tls.TlsCipherSuiteClose(cs));
            Assert.AreEqual((int)DriverStatus.InvalidArg, (int)tls.TlsCipherSuiteClose(cs));
            h.Run(1, 10);
            Assert.AreEqual(1, h.Device.SentCount);
        }
    }
}
