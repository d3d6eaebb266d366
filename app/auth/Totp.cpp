// Totp: HOTP/TOTP over OpenSSL's HMAC; codes and keys stay in SecureBytes and are never logged.
#include "auth/Totp.h"

#include "crypto/Primitives.h"

#include <QCoreApplication>
#include <QUrl>
#include <array>
#include <cstring>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace dpp {

namespace {

constexpr char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const EVP_MD* digestOf(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha256:
        return EVP_sha256();
    case OtpAlgorithm::Sha512:
        return EVP_sha512();
    case OtpAlgorithm::Sha1:
        break;
    }
    return EVP_sha1();
}

std::size_t keySizeOf(OtpAlgorithm algorithm)
{
    // RFC 6238 Appendix A uses a key as long as the hash output: 20, 32 and 64 bytes.
    switch (algorithm) {
    case OtpAlgorithm::Sha256:
        return 32;
    case OtpAlgorithm::Sha512:
        return 64;
    case OtpAlgorithm::Sha1:
        break;
    }
    return 20;
}

QByteArrayView algorithmName(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha256:
        return "SHA256";
    case OtpAlgorithm::Sha512:
        return "SHA512";
    case OtpAlgorithm::Sha1:
        break;
    }
    return "SHA1";
}

//! Joins pieces into one wiping buffer, so the key never sits in a growing QByteArray.
SecureBytes concatenate(std::initializer_list<QByteArrayView> parts)
{
    std::size_t size = 0;
    for (const auto& part : parts)
        size += static_cast<std::size_t>(part.size());
    SecureBytes out(size);
    std::size_t at = 0;
    for (const auto& part : parts) {
        if (!part.isEmpty())
            std::memcpy(out.data() + at, part.data(), static_cast<std::size_t>(part.size()));
        at += static_cast<std::size_t>(part.size());
    }
    return out;
}

Error invalidKeyCharacters()
{
    return {ErrorCode::InvalidInput,
            QCoreApplication::translate("dpp::Totp",
                                        "The key may contain only the letters A to Z and the "
                                        "digits 2 to 7.")};
}

} // namespace

TotpSecret::TotpSecret(SecureBytes key, OtpAlgorithm algorithm, int digits)
    : m_key(std::move(key))
    , m_algorithm(algorithm)
    , m_digits(digits)
{ }

TotpSecret TotpSecret::generate(OtpAlgorithm algorithm)
{
    return TotpSecret(SecureBytes::random(keySizeOf(algorithm)), algorithm, Totp::DefaultDigits);
}

Result<TotpSecret> TotpSecret::fromBase32(QByteArrayView typed)
{
    auto key = Totp::base32Decode(typed);
    if (!key.ok())
        return key.error();
    if (key->size() < MinimumKeySize)
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "dpp::Totp", "The key is too short: an authenticator key has at least 26 characters."));
    return TotpSecret(std::move(key).value());
}

SecureBytes TotpSecret::toBase32() const
{
    return Totp::base32Encode(m_key.view());
}

SecureBytes Totp::hotp(const SecureBytes& key, quint64 counter, int digits, OtpAlgorithm algorithm)
{
    Q_ASSERT(digits >= 6 && digits <= 9);
    std::array<unsigned char, 8> message{};
    for (int i = 7; i >= 0; --i, counter >>= 8)
        message[static_cast<std::size_t>(i)] = static_cast<unsigned char>(counter & 0xFFU);

    SecureBytes mac(EVP_MAX_MD_SIZE);
    unsigned int macSize = 0;
    if (!HMAC(digestOf(algorithm), key.data(), static_cast<int>(key.size()), message.data(), message.size(),
              mac.data(), &macSize)
        || macSize < 20)
        return {};

    // RFC 4226 5.3, dynamic truncation: 31 bits from the offset named by the last nibble.
    const std::uint8_t* h = mac.data();
    const unsigned offset = h[macSize - 1] & 0x0FU;
    std::uint32_t binary = (std::uint32_t(h[offset] & 0x7FU) << 24) | (std::uint32_t(h[offset + 1]) << 16)
        | (std::uint32_t(h[offset + 2]) << 8) | std::uint32_t(h[offset + 3]);

    SecureBytes code(static_cast<std::size_t>(digits));
    for (int i = digits - 1; i >= 0; --i, binary /= 10)
        code.data()[i] = static_cast<std::uint8_t>('0' + binary % 10);
    binary = 0;
    return code;
}

qint64 Totp::stepAt(const QDateTime& time)
{
    const qint64 seconds = time.toSecsSinceEpoch() - T0;
    // Floor, not truncation, so a clock before T0 cannot land on step 0.
    return seconds >= 0 ? seconds / StepSeconds : -((-seconds + StepSeconds - 1) / StepSeconds);
}

SecureBytes Totp::codeAt(const TotpSecret& secret, const QDateTime& time)
{
    const qint64 step = stepAt(time);
    if (step < 0)
        return {};
    return hotp(secret.key(), static_cast<quint64>(step), secret.digits(), secret.algorithm());
}

Result<qint64> Totp::verify(const TotpSecret& secret, QStringView code, const QDateTime& now,
                            qint64 lastUsedStep)
{
    const int digits = secret.digits();
    // The typed code goes into a wiping buffer at once; spaces ("123 456") are dropped.
    SecureBytes typed(static_cast<std::size_t>(digits));
    int length = 0;
    bool onlyDigits = true;
    for (const QChar c : code) {
        if (c == u' ')
            continue;
        if (c < u'0' || c > u'9')
            onlyDigits = false;
        else if (length < digits)
            typed.data()[length] = static_cast<std::uint8_t>(c.unicode());
        ++length;
    }
    if (!onlyDigits)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("dpp::Totp", "The code may contain only digits."));
    if (length != digits)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("dpp::Totp",
                                                 "Enter the %1-digit code from your "
                                                 "authenticator app.")
                         .arg(digits));
    if (!secret.isValid())
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::Totp", "Two-factor authentication is not set up."));

    // Every candidate is computed and compared in constant time, without an early exit, so the
    // time taken does not tell which step (if any) matched.
    const qint64 current = stepAt(now);
    qint64 matched = NoStepUsed;
    bool replayed = false;
    for (qint64 step = current - Window; step <= current + Window; ++step) {
        if (step < 0)
            continue;
        const SecureBytes expected
            = hotp(secret.key(), static_cast<quint64>(step), digits, secret.algorithm());
        const bool same
            = expected.size() == typed.size() && crypto::constantTimeEquals(expected.view(), typed.view());
        if (same && step <= lastUsedStep)
            replayed = true;
        else if (same && matched == NoStepUsed)
            matched = step;
    }
    if (matched != NoStepUsed)
        return matched;
    if (replayed)
        return Error(ErrorCode::WrongCredentials,
                     QCoreApplication::translate("dpp::Totp",
                                                 "This code has already been used. Wait for "
                                                 "the next code and enter that one."));
    return Error(ErrorCode::WrongCredentials,
                 QCoreApplication::translate("dpp::Totp", "The code is wrong or has expired."));
}

SecureBytes Totp::otpauthUri(const TotpSecret& secret, const QString& userName)
{
    // Google's Key Uri Format: the label is "issuer:account", percent-encoded (a ':' or space in
    // the user name must not split the label), and the issuer is repeated as a parameter.
    const QByteArray account = QUrl::toPercentEncoding(userName);
    const SecureBytes key = secret.toBase32();
    const QByteArray digits = QByteArray::number(secret.digits());
    const QByteArray period = QByteArray::number(StepSeconds);
    return concatenate({"otpauth://totp/DPP%20Console:", account, "?secret=", key.view(),
                        "&issuer=DPP%20Console&algorithm=", algorithmName(secret.algorithm()),
                        "&digits=", digits, "&period=", period});
}

SecureBytes Totp::base32Encode(QByteArrayView data)
{
    SecureBytes out((static_cast<std::size_t>(data.size()) * 8 + 4) / 5);
    std::size_t at = 0;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = ((buffer << 8) | static_cast<std::uint8_t>(c)) & 0xFFFFU;
        bits += 8;
        while (bits >= 5) {
            out.data()[at++] = static_cast<std::uint8_t>(Base32Alphabet[(buffer >> (bits - 5)) & 31U]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.data()[at++] = static_cast<std::uint8_t>(Base32Alphabet[(buffer << (5 - bits)) & 31U]);
    buffer = 0;
    Q_ASSERT(at == out.size());
    return out;
}

Result<SecureBytes> Totp::base32Decode(QByteArrayView text)
{
    qsizetype end = text.size();
    while (end > 0 && (text[end - 1] == '=' || text[end - 1] == ' '))
        --end;
    std::size_t symbols = 0;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = text[i];
        if (c == ' ')
            continue;
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!letter && !(c >= '2' && c <= '7'))
            return invalidKeyCharacters();
        ++symbols;
    }
    // 1, 3 or 6 symbols over a multiple of 8 are left over by no encoder.
    const std::size_t tail = symbols % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("dpp::Totp",
                                                 "The key has a character too many or too "
                                                 "few. Check it and type it again."));

    SecureBytes out(symbols * 5 / 8);
    std::size_t at = 0;
    unsigned buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < end; ++i) {
        char c = text[i];
        if (c == ' ')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        const unsigned value = c >= 'A' && c <= 'Z' ? unsigned(c - 'A') : unsigned(c - '2' + 26);
        buffer = ((buffer << 5) | value) & 0xFFFFU;
        bits += 5;
        if (bits >= 8) {
            out.data()[at++] = static_cast<std::uint8_t>((buffer >> (bits - 8)) & 0xFFU);
            bits -= 8;
        }
    }
    buffer = 0;
    Q_ASSERT(at == out.size());
    return out;
}

} // namespace dpp
