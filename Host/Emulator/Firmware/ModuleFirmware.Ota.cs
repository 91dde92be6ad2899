// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// OTA: OTAC, OTADL (HTTP/HTTPS download with HttpClient, mapped onto the host like sockets),
    /// OTAVFY, OTAACT, OTAINV. Progress is reported with OTA AECs carrying the ERASE/WRITE/VERIFY/
    /// ACTIVATE/INVALIDATE_DONE status codes, failures with OTAERR.
    /// </summary>
    public sealed partial class ModuleFirmware
    {
        private ConfigTable _otac;
        private byte[] _otaImage;
        private bool _otaVerified;
        private bool _otaActivated;
        private bool _otaInvalidated;
        private int _nextOtaOpId = 1;
        private CancellationTokenSource _otaCancel;
        private bool _otaBusy;

        /// <summary>The last image downloaded by OTADL (persists across resets, like flash), or null.</summary>
        public byte[] OtaImage
        {
            get { return (byte[])Volatile.Read(ref _otaImage)?.Clone(); }
        }

        private void RegisterOta()
        {
            _handlers[CommandId.Otac] = ctx => _otac.Execute(ctx, 0);
            _handlers[CommandId.Otadl] = OtaDownload;
            _handlers[CommandId.Otavfy] = OtaVerify;
            _handlers[CommandId.Otaact] = OtaActivate;
            _handlers[CommandId.Otainv] = OtaInvalidate;
            _otac = new ConfigTable(new[]
            {
                Params.ReadOnly(Params.Int(1, 1, 1, 1, 1)),
                Params.HostOrAddress(2, 255, string.Empty),
                Params.UInt(3, 2, 0, 0xFFFF, 80),
                Params.Text(4, 1024, "/"),
                Params.Text(5, 1024, string.Empty),
                Params.UInt(6, 1, 1, 255, 30),
                Params.Int(7, 1, 0, 4, 0),
            });
        }

        /// <summary>
        /// At reset (CPU thread, before the configuration tables return to their defaults): an activated
        /// image whose version <see cref="FirmwareOptions.OtaImageVersion"/> reads becomes the running one.
        /// </summary>
        private void BootActivatedImage()
        {
            byte[] image = _otaImage;
            if (!_otaActivated || image == null || _options.OtaImageVersion == null)
            {
                return;
            }

            Version version = _options.OtaImageVersion(image);
            if (version == null)
            {
                Note("OTA: the activated image has no version; the running image stays");
                return;
            }

            _options.VersionMajor = version.Major;
            _options.VersionMinor = version.Minor;
            _options.VersionPatch = version.Build < 0 ? 0 : version.Build;
            SetVersionDefaults();
            Volatile.Write(ref _otaImage, null);
            _otaInvalidated = false;
            Note("OTA: booted the activated image, version " + _options.VersionMajor + "." + _options.VersionMinor + "." + _options.VersionPatch);
        }

        private void ResetOtaState()
        {
            _otac.Reset();
            _otaBusy = false;
            _otaVerified = false;
            _otaActivated = false;
        }

        private void StopOta()
        {
            try
            {
                _otaCancel?.Cancel();
            }
            catch (ObjectDisposedException)
            {
            }

            _otaCancel = null;
            _otaBusy = false;
        }

        private int NextOtaOp()
        {
            int op = _nextOtaOpId;
            _nextOtaOpId = op >= 127 ? 1 : op + 1;
            return op;
        }

        private void OtaEvent(int op, ushort state)
        {
            SendAec(AecId.Ota, new WireMessageBuilder().Integer(op, 1).Status(state));
        }

        private void OtaError(int op, ushort status)
        {
            SendAec(AecId.Otaerr, new WireMessageBuilder().Integer(op, 1).Status(status));
        }

        /// <summary>OTADL(1): RSP OTA_OP_ID, then ERASE_DONE, WRITE_DONE, VERIFY_DONE (or OTAERR).</summary>
        private ushort OtaDownload(CommandContext ctx)
        {
            ctx.RequireCount(1, 1);
            ctx.Integer(0, 1, 1);
            if (_staAddress == null)
            {
                return StatusCode.OtaNoStaConn;
            }

            if (_otaBusy)
            {
                return StatusCode.OtaError;
            }

            int op = NextOtaOp();
            ctx.Respond(new WireMessageBuilder().Integer(op, 1));
            AfterStatus(() => StartDownload(op));
            return StatusCode.Ok;
        }

        private void StartDownload(int op)
        {
            WireElement hostElement = _otac.Get(2);
            string hostText = hostElement == null ? string.Empty : (hostElement.Type == ElementType.String ? hostElement.ToText() : hostElement.ToIPAddress().ToString());
            IPAddress remote = hostText.Length == 0 ? null : ResolveName(hostText)?.OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1).FirstOrDefault();
            IPAddress host = remote == null ? null : MapToHost(remote);
            int port = (int)_otac.GetInteger(3);
            if (host == null || port == 0)
            {
                Note("OTADL: host '" + hostText + "' port " + port + " is not reachable from the emulator");
                OtaError(op, StatusCode.OtaError);
                return;
            }

            int conf = (int)_otac.GetInteger(7);
            TlsSetup tls = null;
            if (conf != 0)
            {
                try
                {
                    tls = PrepareTls(_tlsc[conf - 1], false);
                }
                catch (CommandException ex)
                {
                    Note("OTADL TLS conf " + conf + ": " + ex.Message);
                    OtaError(op, StatusCode.OtaTlsError);
                    return;
                }
            }

            string path = _otac.GetText(4);
            string file = _otac.GetText(5);
            string resource = (path.StartsWith("/", StringComparison.Ordinal) ? path : "/" + path).TrimEnd('/') + "/" + file.TrimStart('/');
            string authority = remote.AddressFamily == AddressFamily.InterNetworkV6 && hostElement.Type != ElementType.String ? "[" + hostText + "]" : hostText;
            var uri = new Uri((tls == null ? "http://" : "https://") + authority + ":" + port + resource);
            var target = new IPEndPoint(host, port);
            TimeSpan timeout = TimeSpan.FromSeconds(_otac.GetInteger(6));
            int maxSize = _options.OtaMaxImageSize;
            int generation = _generation;
            var cancel = new CancellationTokenSource();
            _otaCancel = cancel;
            _otaBusy = true;
            _ = Task.Run(async () =>
            {
                ushort failure = StatusCode.Ok;
                byte[] image = null;
                using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancel.Token);
                timer.CancelAfter(timeout);
                var handler = new SocketsHttpHandler
                {
                    ConnectCallback = async (context, token) =>
                    {
                        var socket = new Socket(target.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                        try
                        {
                            await socket.ConnectAsync(target, token).ConfigureAwait(false);
                            return new NetworkStream(socket, true);
                        }
                        catch
                        {
                            socket.Dispose();
                            throw;
                        }
                    },
                    UseProxy = false,
                    AllowAutoRedirect = false,
                };
                if (tls != null)
                {
                    var failed = new ushort[1];
                    handler.SslOptions = new SslClientAuthenticationOptions
                    {
                        RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => Validate(tls, certificate, failed),
                        EnabledSslProtocols = SslProtocols.Tls12,
                        CipherSuitesPolicy = tls.Suites,
                        TargetHost = tls.ServerName.Length > 0 ? tls.ServerName : hostText,
                    };
                }

                try
                {
                    using var client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
                    using HttpResponseMessage response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timer.Token).ConfigureAwait(false);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failure = StatusCode.OtaProtocolError;
                        Dispatch(generation, () => Note("OTADL " + uri + ": HTTP " + (int)response.StatusCode));
                    }
                    else if (response.Content.Headers.ContentLength > maxSize)
                    {
                        failure = StatusCode.OtaImgTooLarge;
                    }
                    else
                    {
                        Dispatch(generation, () => OtaEvent(op, StatusCode.EraseDone));
                        using Stream body = await response.Content.ReadAsStreamAsync(timer.Token).ConfigureAwait(false);
                        var buffer = new MemoryStream();
                        var chunk = new byte[8192];
                        int n;
                        while ((n = await body.ReadAsync(chunk, timer.Token).ConfigureAwait(false)) > 0)
                        {
                            buffer.Write(chunk, 0, n);
                            if (buffer.Length > maxSize)
                            {
                                failure = StatusCode.OtaImgTooLarge;
                                break;
                            }
                        }

                        if (failure == StatusCode.Ok)
                        {
                            image = buffer.ToArray();
                        }
                    }
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    failure = StatusCode.OtaTimeout;
                }
                catch (HttpRequestException ex) when (ex.InnerException is AuthenticationException)
                {
                    failure = StatusCode.OtaTlsError;
                }
                catch (Exception ex) when (ex is HttpRequestException || ex is IOException || ex is SocketException || ex is OperationCanceledException)
                {
                    failure = StatusCode.OtaError;
                    Dispatch(generation, () => Note("OTADL " + uri + ": " + ex.Message));
                }

                Dispatch(generation, () => DownloadDone(op, image, failure));
            });
        }

        private void DownloadDone(int op, byte[] image, ushort failure)
        {
            _otaBusy = false;
            if (failure != StatusCode.Ok)
            {
                OtaError(op, failure);
                return;
            }

            Volatile.Write(ref _otaImage, image);
            _otaVerified = false;
            _otaActivated = false;
            OtaEvent(op, StatusCode.WriteDone);
            if (ImageValid(image))
            {
                _otaVerified = true;
                OtaEvent(op, StatusCode.VerifyDone);
            }
            else
            {
                OtaError(op, StatusCode.OtaVerifyFailed);
            }
        }

        private bool ImageValid(byte[] image)
        {
            return image != null && image.Length > 0 && (_options.OtaImageValidator == null || _options.OtaImageValidator(image));
        }

        /// <summary>OTAVFY: RSP OTA_OP_ID, then VERIFY_DONE or OTAERR VERIFY_FAILED.</summary>
        private ushort OtaVerify(CommandContext ctx)
        {
            ctx.RequireCount(0, 0);
            int op = NextOtaOp();
            ctx.Respond(new WireMessageBuilder().Integer(op, 1));
            AfterStatus(() =>
            {
                _otaVerified = ImageValid(_otaImage);
                if (_otaVerified)
                {
                    OtaEvent(op, StatusCode.VerifyDone);
                }
                else
                {
                    OtaError(op, StatusCode.OtaVerifyFailed);
                }
            });
            return StatusCode.Ok;
        }

        /// <summary>OTAACT: RSP OTA_OP_ID, then ACTIVATE_DONE (a verified image becomes ACTIVATED) or OTAERR.</summary>
        private ushort OtaActivate(CommandContext ctx)
        {
            ctx.RequireCount(0, 0);
            int op = NextOtaOp();
            ctx.Respond(new WireMessageBuilder().Integer(op, 1));
            AfterStatus(() =>
            {
                if (_otaVerified)
                {
                    _otaActivated = true;
                    OtaEvent(op, StatusCode.ActivateDone);
                }
                else
                {
                    OtaError(op, StatusCode.OtaError);
                }
            });
            return StatusCode.Ok;
        }

        /// <summary>OTAINV: RSP OTA_OP_ID, then INVALIDATE_DONE (the running image is marked for rollback).</summary>
        private ushort OtaInvalidate(CommandContext ctx)
        {
            ctx.RequireCount(0, 0);
            int op = NextOtaOp();
            ctx.Respond(new WireMessageBuilder().Integer(op, 1));
            AfterStatus(() =>
            {
                _otaInvalidated = true;
                OtaEvent(op, StatusCode.InvalidateDone);
            });
            return StatusCode.Ok;
        }
    }
}
