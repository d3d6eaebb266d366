// Totp: RFC 4226 HOTP and RFC 6238 TOTP (the second factor), RFC 4648 base32 for the typed key and
// the otpauth:// URI that authenticator apps read from the enrollment QR code.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace dpp {

enum class OtpAlgorithm
{
    Sha1, //!< what authenticator apps support everywhere; the only one enrollment uses
    Sha256,
    Sha512,
};

//! The shared key of one user's authenticator, in wiping memory.
class TotpSecret final
{
public:
    //! RFC 4226 R6: at least 128 bits; 160 recommended (and generated).
    static constexpr std::size_t MinimumKeySize = 16;

    TotpSecret() = default;
    explicit TotpSecret(SecureBytes key, OtpAlgorithm algorithm = OtpAlgorithm::Sha1, int digits = 6);

    //! A fresh random key of the algorithm's block-natural size (20 bytes for SHA-1).
    static TotpSecret generate(OtpAlgorithm algorithm = OtpAlgorithm::Sha1);
    //! The key a person typed from an authenticator's "enter key" screen (base32, any case, spaces).
    static Result<TotpSecret> fromBase32(QByteArrayView typed);

    TotpSecret clone() const { return TotpSecret(m_key.clone(), m_algorithm, m_digits); }

    const SecureBytes& key() const { return m_key; }
    OtpAlgorithm algorithm() const { return m_algorithm; }
    int digits() const { return m_digits; }
    bool isValid() const { return m_key.size() >= MinimumKeySize; }

    //! The key as base32 without padding, for the typed-key fallback of enrollment.
    SecureBytes toBase32() const;

private:
    SecureBytes m_key;
    OtpAlgorithm m_algorithm = OtpAlgorithm::Sha1;
    int m_digits = 6;
};

class Totp final
{
public:
    static constexpr qint64 StepSeconds = 30; //!< RFC 6238 X
    static constexpr qint64 T0 = 0; //!< RFC 6238 T0, the Unix epoch
    static constexpr int DefaultDigits = 6;
    static constexpr int Window = 1; //!< steps accepted either side of now (clock drift, typing)
    static constexpr qint64 NoStepUsed = -1; //!< lastUsedStep of a user who never signed in with a code

    //! RFC 4226 HOTP: the code for a counter, as ASCII digits with leading zeros. digits is 6 to 9.
    static SecureBytes hotp(const SecureBytes& key, quint64 counter, int digits,
                            OtpAlgorithm algorithm = OtpAlgorithm::Sha1);
    //! RFC 6238 time step T = floor((unixTime - T0) / X).
    static qint64 stepAt(const QDateTime& time);
    //! The code an authenticator shows at a time.
    static SecureBytes codeAt(const TotpSecret& secret, const QDateTime& time);

    //! Checks a typed code against the steps now-1..now+1 and returns the step it matched, which
    //! the caller stores as the new lastUsedStep. A code of a step <= lastUsedStep is refused as
    //! used (RFC 6238 5.2: a verifier must not accept the second attempt of the same OTP).
    //! InvalidInput for anything that is not exactly digits() digits (spaces are ignored),
    //! WrongCredentials for a wrong, expired or already used code.
    static Result<qint64> verify(const TotpSecret& secret, QStringView code, const QDateTime& now,
                                 qint64 lastUsedStep);

    //! otpauth://totp/DPP%20Console:<user>?secret=...&issuer=DPP%20Console&algorithm=SHA1&digits=6&period=30
    //! It holds the key: it goes to the QR code or to the terminal of dppctl, nowhere else.
    static SecureBytes otpauthUri(const TotpSecret& secret, const QString& userName);

    //! RFC 4648 base32, upper case, without padding.
    static SecureBytes base32Encode(QByteArrayView data);
    //! Accepts lower case, spaces and trailing '=' padding; InvalidInput for other characters or a
    //! length no encoder produces.
    static Result<SecureBytes> base32Decode(QByteArrayView text);
};

} // namespace dpp
