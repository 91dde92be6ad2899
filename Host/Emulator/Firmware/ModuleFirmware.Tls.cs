// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace nanoWincs.Emulator.Firmware
{
    /// <summary>
    /// TLS: TLSC configurations 1..4, TLSCSC cipher suite lists 1..2, and the handshake of a socket
    /// (SslStream over the host socket, client or server side) with certificates from the file store.
    /// </summary>
    public sealed partial class ModuleFirmware
    {
        private static readonly ushort[] SupportedSuites =
        {
            0x002F, 0x0035, 0x0033, 0x0039, 0x003C, 0x003D, 0x0067, 0x006B, 0x009C, 0x009D, 0x009E, 0x009F,
            0xC009, 0xC00A, 0xC013, 0xC014, 0xC023, 0xC024, 0xC027, 0xC028, 0xC02B, 0xC02C, 0xC02F, 0xC030,
        };

        private readonly ConfigTable[] _tlsc = new ConfigTable[4];
        private readonly ConfigTable[] _tlscsc = new ConfigTable[2];

        private void RegisterTls()
        {
            _handlers[CommandId.Tlsc] = ctx => Selector(ctx, 1, 4, conf => _tlsc[conf - 1]);
            _handlers[CommandId.Tlscsc] = ctx => Selector(ctx, 1, 2, idx => _tlscsc[idx - 1]);
            for (int i = 0; i < _tlsc.Length; i++)
            {
                _tlsc[i] = new ConfigTable(new[]
                {
                    Params.Text(1, 32, string.Empty),
                    Params.Text(2, 32, string.Empty),
                    Params.Text(3, 32, string.Empty),
                    Params.Text(4, 64, string.Empty),
                    Params.Text(5, 256, string.Empty),
                    Params.Text(6, 256, string.Empty),
                    Params.Int(7, 1, 0, 2, 0),
                    Params.Text(8, 32, string.Empty),
                    Params.UInt(20, 1, 0, 1, 0),
                    Params.UInt(21, 1, 0, 1, 1),
                    Params.Bool(40, true),
                    Params.Bool(41, false),
                    Params.Bool(42, false),
                    Params.Bool(43, false),
                });
            }

            for (int i = 0; i < _tlscsc.Length; i++)
            {
                var suites = new ConfigParam(1, ParamKind.Unsigned) { Width = 2, Min = 1, Max = 0xFFFF, MaxValues = 32 };
                suites.Validate = value => SupportedSuites.Contains((ushort)value.ToInt64()) ? StatusCode.Ok : StatusCode.InvalidParameter;
                _tlscsc[i] = new ConfigTable(new[]
                {
                    suites,
                    Params.Computed(2, 32, () => SupportedSuites.Select(c => new[] { ConfigTable.Integer(ElementType.IntegerUnsigned, c, 2) }).ToList()),
                });
            }
        }

        private void ResetTlsState()
        {
            foreach (ConfigTable table in _tlsc.Concat(_tlscsc))
            {
                table.Reset();
            }
        }

        /// <summary>Runs the handshake of a connected socket; SOCKTLS on success, TLSERR + SOCKERR + SOCKCL on failure.</summary>
        private void StartTls(EmulatedSocket s, bool server)
        {
            int conf = s.TlsConf;
            ConfigTable c = _tlsc[conf - 1];
            TlsSetup setup;
            try
            {
                setup = PrepareTls(c, server);
            }
            catch (CommandException ex)
            {
                Note("TLS conf " + conf + " for socket " + s.Id + ": " + ex.Message);
                TlsFailed(s, conf, ex.Status);
                return;
            }

            int generation = _generation;
            Socket host = s.Host;
            CancellationToken token = s.Cancel.Token;
            _ = Task.Run(async () =>
            {
                var failure = new ushort[] { StatusCode.TlsCaCertValidation };
                var ssl = new SslStream(new NetworkStream(host, false), false);
                try
                {
                    using var cts = CancellationTokenSource.CreateLinkedTokenSource(token);
                    cts.CancelAfter(TimeSpan.FromSeconds(10));
                    RemoteCertificateValidationCallback validate = (sender, certificate, chain, errors) => Validate(setup, certificate, failure);
                    if (server)
                    {
                        var options = new SslServerAuthenticationOptions
                        {
                            ServerCertificateContext = SslStreamCertificateContext.Create(setup.Own, setup.OwnChain, false),
                            ClientCertificateRequired = setup.PeerAuth,
                            RemoteCertificateValidationCallback = validate,
                            EnabledSslProtocols = SslProtocols.Tls12,
                            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                            CipherSuitesPolicy = setup.Suites,
                        };
                        await ssl.AuthenticateAsServerAsync(options, cts.Token).ConfigureAwait(false);
                    }
                    else
                    {
                        var options = new SslClientAuthenticationOptions
                        {
                            TargetHost = setup.ServerName,
                            RemoteCertificateValidationCallback = validate,
                            EnabledSslProtocols = SslProtocols.Tls12,
                            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                            CipherSuitesPolicy = setup.Suites,
                        };
                        if (setup.Own != null)
                        {
                            options.ClientCertificates = new X509CertificateCollection { setup.Own };
                        }

                        await ssl.AuthenticateAsClientAsync(options, cts.Token).ConfigureAwait(false);
                    }

                    Dispatch(generation, () =>
                    {
                        if (s.Phase != SocketPhase.Connected)
                        {
                            ssl.Dispose();
                            return;
                        }

                        s.TlsPending = false;
                        SendAec(AecId.Socktls, new WireMessageBuilder().Integer(s.Id, 2));
                        StartStreams(s, ssl);
                    });
                }
                catch (Exception ex) when (ex is AuthenticationException || ex is System.IO.IOException || ex is OperationCanceledException || ex is SocketException || ex is ObjectDisposedException || ex is CryptographicException)
                {
                    ssl.Dispose();
                    ushort status = failure[0];
                    Dispatch(generation, () =>
                    {
                        Note("TLS handshake of socket " + s.Id + " (conf " + conf + "): " + ex.Message);
                        TlsFailed(s, conf, status);
                    });
                }
            });
        }

        private void TlsFailed(EmulatedSocket s, int conf, ushort status)
        {
            SendAec(AecId.Tlserr, new WireMessageBuilder().Integer(conf, 1).Status(status));
            ConnectionFailed(s, StatusCode.SocketTlsFailed);
        }

        /// <summary>Reads the certificates, key and checks of a TLSC configuration (CPU thread, file store access).</summary>
        private TlsSetup PrepareTls(ConfigTable c, bool server)
        {
            var setup = new TlsSetup
            {
                PeerAuth = c.GetBool(40),
                DomainVerify = c.GetBool(41),
                Domain = c.GetText(6),
                ServerName = c.GetText(5),
            };

            if (setup.PeerAuth)
            {
                string caName = c.GetText(1);
                byte[] ca = caName.Length == 0 ? null : _files.Read(FileStore.Certificate, caName);
                if (ca == null)
                {
                    throw new CommandException(StatusCode.TlsCaCertMissing, "CA certificate '" + caName + "' not in the file store");
                }

                setup.Trust = LoadCertificates(ca);
            }

            if (setup.DomainVerify && setup.Domain.Length == 0)
            {
                throw new CommandException(StatusCode.TlsPeerDomainMissing, "PEER_DOMAIN_VERIFY without DOMAIN_NAME");
            }

            string certName = c.GetText(2);
            string keyName = c.GetText(3);
            if (certName.Length > 0 || keyName.Length > 0 || server)
            {
                byte[] cert = certName.Length == 0 ? null : _files.Read(FileStore.Certificate, certName);
                byte[] key = keyName.Length == 0 ? null : _files.Read(FileStore.PrivateKey, keyName);
                if (cert == null || key == null)
                {
                    throw new CommandException(StatusCode.TlsKeyPairIncomplete, "certificate '" + certName + "' or key '" + keyName + "' missing");
                }

                X509Certificate2Collection chain = LoadCertificates(cert);
                setup.Own = WithPrivateKey(chain[0], key, c.GetText(4));
                chain.RemoveAt(0);
                setup.OwnChain = chain;
            }

            long listIndex = c.GetInteger(7);
            if (listIndex > 0)
            {
                IReadOnlyList<WireElement> suites = _tlscsc[listIndex - 1].GetAll(1);
                if (suites.Count > 0 && (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
                {
                    setup.Suites = new CipherSuitesPolicy(suites.Select(e => (TlsCipherSuite)e.ToInt64()));
                }
            }

            return setup;
        }

        private static bool Validate(TlsSetup setup, X509Certificate certificate, ushort[] failure)
        {
            if (!setup.PeerAuth)
            {
                return true;
            }

            if (certificate == null)
            {
                failure[0] = StatusCode.TlsCaCertValidation;
                return false;
            }

            var leaf = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.CustomTrustStore.AddRange(setup.Trust);
            if (!chain.Build(leaf))
            {
                bool dates = chain.ChainStatus.Any(st => st.Status == X509ChainStatusFlags.NotTimeValid);
                failure[0] = dates ? StatusCode.TlsCaCertDateValidation : StatusCode.TlsCaCertValidation;
                return false;
            }

            if (setup.DomainVerify && !leaf.MatchesHostname(setup.Domain))
            {
                failure[0] = StatusCode.TlsCaCertValidation;
                return false;
            }

            return true;
        }

        /// <summary>Certificates of a PEM (one or more) or DER file.</summary>
        private static X509Certificate2Collection LoadCertificates(byte[] file)
        {
            var collection = new X509Certificate2Collection();
            try
            {
                if (IsPem(file))
                {
                    collection.ImportFromPem(Encoding.ASCII.GetString(file));
                }
                else
                {
                    collection.Add(X509CertificateLoader.LoadCertificate(file));
                }
            }
            catch (CryptographicException ex)
            {
                throw new CommandException(StatusCode.TlsCaCertValidation, "unreadable certificate file: " + ex.Message);
            }

            if (collection.Count == 0)
            {
                throw new CommandException(StatusCode.TlsCaCertValidation, "certificate file holds no certificate");
            }

            return collection;
        }

        /// <summary>Attaches a PEM or DER (PKCS#8, RSA or EC, optionally encrypted) private key to a certificate.</summary>
        private static X509Certificate2 WithPrivateKey(X509Certificate2 certificate, byte[] key, string password)
        {
            try
            {
                // A PKCS#12 round trip gives SslStream a key it can use on every platform.
                byte[] pkcs12;
                if (certificate.GetRSAPublicKey() != null)
                {
                    using RSA rsa = RSA.Create();
                    ImportKey(rsa, key, password);
                    using X509Certificate2 withKey = certificate.CopyWithPrivateKey(rsa);
                    pkcs12 = withKey.Export(X509ContentType.Pkcs12);
                }
                else
                {
                    using ECDsa ecdsa = ECDsa.Create();
                    ImportKey(ecdsa, key, password);
                    using X509Certificate2 withKey = certificate.CopyWithPrivateKey(ecdsa);
                    pkcs12 = withKey.Export(X509ContentType.Pkcs12);
                }

                return X509CertificateLoader.LoadPkcs12(pkcs12, null);
            }
            catch (Exception ex) when (ex is CryptographicException || ex is ArgumentException)
            {
                throw new CommandException(StatusCode.TlsKeyPairIncomplete, "private key does not load or match: " + ex.Message);
            }
        }

        private static void ImportKey(AsymmetricAlgorithm algorithm, byte[] key, string password)
        {
            if (IsPem(key))
            {
                string pem = Encoding.ASCII.GetString(key);
                if (pem.Contains("ENCRYPTED", StringComparison.Ordinal))
                {
                    algorithm.ImportFromEncryptedPem(pem, password);
                }
                else
                {
                    algorithm.ImportFromPem(pem);
                }

                return;
            }

            if (!string.IsNullOrEmpty(password))
            {
                algorithm.ImportEncryptedPkcs8PrivateKey(password, key, out _);
                return;
            }

            try
            {
                algorithm.ImportPkcs8PrivateKey(key, out _);
            }
            catch (CryptographicException)
            {
                if (algorithm is RSA rsa)
                {
                    rsa.ImportRSAPrivateKey(key, out _);
                }
                else
                {
                    ((ECDsa)algorithm).ImportECPrivateKey(key, out _);
                }
            }
        }

        private static bool IsPem(byte[] data)
        {
            string head = Encoding.ASCII.GetString(data, 0, Math.Min(data.Length, 64)).TrimStart();
            return head.StartsWith("-----BEGIN", StringComparison.Ordinal);
        }

        private sealed class TlsSetup
        {
            public bool PeerAuth { get; set; }

            public bool DomainVerify { get; set; }

            public string Domain { get; set; }

            public string ServerName { get; set; }

            public X509Certificate2Collection Trust { get; set; } = new X509Certificate2Collection();

            public X509Certificate2 Own { get; set; }

            public X509Certificate2Collection OwnChain { get; set; } = new X509Certificate2Collection();

            public CipherSuitesPolicy Suites { get; set; }
        }
    }
}
