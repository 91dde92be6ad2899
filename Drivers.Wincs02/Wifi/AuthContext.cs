// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

namespace Drivers.Wincs02.Wifi
{
    /// <summary>
    /// How to authenticate (<c>WDRV_WINC_AUTH_CONTEXT</c>): open, or a personal type with its passphrase,
    /// and the management frame protection to use.
    /// </summary>
    public sealed class AuthContext
    {
        /// <summary>Longest passphrase the module stores (WSTAC CREDENTIALS), in UTF-8 bytes.</summary>
        public const int PassphraseMaxLength = 128;

        /// <summary>Shortest WPA/WPA2 passphrase.</summary>
        public const int WpaPassphraseMinLength = 8;

        /// <summary>Longest WPA/WPA2 passphrase (a 64-character value must be a hexadecimal PSK).</summary>
        public const int WpaPassphraseMaxLength = 63;

        /// <summary>Creates an open context (<see cref="SetDefaults"/>).</summary>
        public AuthContext()
        {
            SetDefaults();
        }

        /// <summary>Gets the authentication type.</summary>
        public AuthType AuthType { get; private set; }

        /// <summary>Gets the passphrase, or null for open.</summary>
        public string Passphrase { get; private set; }

        /// <summary>Gets the management frame protection.</summary>
        public MfpType Mfp { get; private set; }

        /// <summary>Makes the context open with MFP disabled (<c>WDRV_WINC_AuthCtxSetDefaults</c>).</summary>
        public void SetDefaults()
        {
            SetOpen();
        }

        /// <summary>Selects open authentication (<c>WDRV_WINC_AuthCtxSetOpen</c>).</summary>
        public void SetOpen()
        {
            AuthType = AuthType.Open;
            Passphrase = null;
            Mfp = MfpType.Disabled;
        }

        /// <summary>
        /// Selects a personal type with its passphrase (<c>WDRV_WINC_AuthCtxSetPersonal</c>). MFP becomes
        /// Required for WPA3 and Enabled (used when offered) otherwise; change it with <see cref="ConfigureMfp"/>.
        /// </summary>
        /// <param name="passphrase">WPA/WPA2 and transition: 8 to 63 characters, or 64 hexadecimal digits; WPA3: 1 to 128 UTF-8 bytes.</param>
        /// <param name="authType">WpaWpa2Personal, Wpa2Personal, Wpa2Wpa3Personal or Wpa3Personal.</param>
        /// <returns>Ok, or InvalidArg for another type (Open, WEP's 1, enterprise or unknown values) or a passphrase that does not fit it; the context is unchanged then.</returns>
        public DriverStatus SetPersonal(string passphrase, AuthType authType)
        {
            if (!IsPersonal(authType) || !IsPassphraseValid(passphrase, authType))
            {
                return DriverStatus.InvalidArg;
            }

            AuthType = authType;
            Passphrase = passphrase;
            Mfp = authType == AuthType.Wpa3Personal ? MfpType.Required : MfpType.Enabled;
            return DriverStatus.Ok;
        }

        /// <summary>Sets the management frame protection (<c>WDRV_WINC_AuthCtxConfigureMfp</c>).</summary>
        /// <param name="mfp">The protection.</param>
        /// <returns>Ok; InvalidArg for an unknown value, for anything but Disabled with open authentication, or for less than Required with WPA3.</returns>
        public DriverStatus ConfigureMfp(MfpType mfp)
        {
            if (mfp < MfpType.Disabled || mfp > MfpType.Required
                || (AuthType == AuthType.Open && mfp != MfpType.Disabled)
                || (AuthType == AuthType.Wpa3Personal && mfp != MfpType.Required))
            {
                return DriverStatus.InvalidArg;
            }

            Mfp = mfp;
            return DriverStatus.Ok;
        }

        /// <summary>Tells whether a value is one of the supported personal types.</summary>
        /// <param name="authType">The value.</param>
        /// <returns>True for WpaWpa2Personal, Wpa2Personal, Wpa2Wpa3Personal and Wpa3Personal.</returns>
        public static bool IsPersonal(AuthType authType)
        {
            return authType == AuthType.WpaWpa2Personal || authType == AuthType.Wpa2Personal
                || authType == AuthType.Wpa2Wpa3Personal || authType == AuthType.Wpa3Personal;
        }

        /// <summary>Tells whether a passphrase suits an authentication type.</summary>
        /// <param name="passphrase">The passphrase.</param>
        /// <param name="authType">A personal type.</param>
        /// <returns>True when it does.</returns>
        public static bool IsPassphraseValid(string passphrase, AuthType authType)
        {
            int length = ServiceRequests.Utf8Length(passphrase);
            if (authType == AuthType.Wpa3Personal)
            {
                return length >= 1 && length <= PassphraseMaxLength;
            }

            if (length >= WpaPassphraseMinLength && length <= WpaPassphraseMaxLength)
            {
                // WPA passphrases are printable ASCII
                for (int i = 0; i < passphrase.Length; i++)
                {
                    if (passphrase[i] < ' ' || passphrase[i] > '~')
                    {
                        return false;
                    }
                }

                return true;
            }

            if (length == 64)
            {
                for (int i = 0; i < 64; i++)
                {
                    char c = passphrase[i];
                    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                    {
                        return false;
                    }
                }

                return true;
            }

            return false;
        }
    }
}
