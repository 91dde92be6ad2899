// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoWincs.Host.Tests
{
    /// <summary>
    /// The OtaUpdate sample (Samples/OtaUpdate/Program.cs unchanged) run as its own process on the emulated
    /// board, downloading from the bootstrap's loopback HTTP server: a good image goes through the
    /// progress steps to 100 %, verifies, activates, and after the module's reset the version the image
    /// carries runs; a corrupted image (--bad-image) fails with one clean line, is never
    /// verified or activated, and after the sample's reset the old firmware boots.
    /// </summary>
    [TestClass]
    public sealed class SamplesOtaUpdateTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

        [TestMethod]
        public void OtaUpdateSampleDownloadsVerifiesActivatesAndBootsTheNewVersion()
        {
            using var sample = new SampleProcess("OtaUpdate.dll", "--new-version", "3.4.1", "--exit-after", "60");
            sample.WaitForLine("[APP] : OTA update done : 3.2.0 -> 3.4.1", 1, Wait);
            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());

            string url = sample.AppLines().Single(l => l.StartsWith("[APP] : OTA download from ", StringComparison.Ordinal));
            StringAssert.Matches(url, new System.Text.RegularExpressions.Regex(@"^\[APP\] : OTA download from http://192\.168\.1\.10:\d+/firmware/wincs02\.bin$"));
            sample.AssertInOrder(
                "Firmware Version: 3.2.0",
                "[APP] : DHCP IPv4 : 192.168.1.100",
                url,
                "[APP] : OTA progress :   0 % (download started, operation 1)",
                "[APP] : OTA progress :  33 % (image area erased)",
                "[APP] : OTA progress :  67 % (image written)",
                "[APP] : OTA progress : 100 % (image downloaded and checked)",
                "[APP] : OTA verify : image valid",
                "[APP] : OTA activate : the new image runs from the next boot",
                "[APP] : Resetting the module to boot the new image",
                "[APP] : BOOT : Firmware Version: 3.4.1",
                "[APP] : OTA update done : 3.2.0 -> 3.4.1");

            // the server saw exactly one request for the image and sent all of it (16-byte header + 64 KiB)
            Assert.AreEqual(1, sample.Lines.Count(l => l == "[BOARD] OTA image server: GET /firmware/wincs02.bin HTTP/1.1 -> 200, 65552 bytes"), sample.Output());
            Assert.AreEqual("[APP] : OTA progress : 100 % (image downloaded and checked)", sample.AppLines().Last(l => l.StartsWith("[APP] : OTA progress", StringComparison.Ordinal)));
            Assert.AreEqual(0, sample.AppLines().Count(l => l.Contains("failed", StringComparison.Ordinal) || l.StartsWith("[APP_ERROR]", StringComparison.Ordinal)), sample.Output());
        }

        [TestMethod]
        public void OtaUpdateSampleRejectsACorruptedImageAndTheOldVersionStays()
        {
            using var sample = new SampleProcess("OtaUpdate.dll", "--bad-image", "--exit-after", "60");
            sample.WaitForLine("[APP] : OTA update failed : the module still runs 3.2.0", 1, Wait);
            sample.Send("exit");
            Assert.IsTrue(sample.WaitForExit(Wait), "the sample exits" + sample.Output());

            sample.AssertInOrder(
                "Firmware Version: 3.2.0",
                "[APP] : OTA progress :   0 % (download started, operation 1)",
                "[APP] : OTA progress :  33 % (image area erased)",
                "[APP] : OTA progress :  67 % (image written)",
                "[APP] : OTA download failed : image verification failed (status 0x0a0b)",
                "[APP] : OTA aborted : the module keeps running firmware 3.2.0",
                "[APP] : Resetting the module : the running image must boot again",
                "[APP] : BOOT : Firmware Version: 3.2.0",
                "[APP] : OTA update failed : the module still runs 3.2.0");
            Assert.AreEqual(0, sample.AppLines().Count(l => l.Contains("100 %", StringComparison.Ordinal) || l.StartsWith("[APP] : OTA verify", StringComparison.Ordinal)
                || l.StartsWith("[APP] : OTA activate", StringComparison.Ordinal)), sample.Output());
        }
    }
}
