// RecoveryCodes: random codes from an alphabet without look-alikes, hashed with libsodium.
#include "auth/RecoveryCodes.h"

#include <QCoreApplication>
#include <cstring>
#include <sodium.h>

namespace dpp {

namespace {

// No 0/O, 1/I/L or U/V pairs to misread from paper: 29 symbols, about 48.6 bits per code.
constexpr char Alphabet[] = "23456789ABCDEFGHJKMNPQRSTWXYZ";
constexpr std::size_t AlphabetSize = sizeof(Alphabet) - 1;

Error wrongCode()
{
    return {ErrorCode::WrongCredentials,
            QCoreApplication::translate("dpp::RecoveryCodes",
                                        "The recovery code is wrong or has already been used.")};
}

//! The 10 symbols of a typed code, upper case, without separators; empty if it cannot be a code.
SecureBytes normalize(const SecureBytes& text)
{
    SecureBytes out(RecoveryCodes::Length);
    std::size_t at = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text.chars()[i];
        if (c == ' ' || c == '-' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (at == out.size() || std::memchr(Alphabet, c, AlphabetSize) == nullptr || c == '\0')
            return {};
        out.chars()[at++] = c;
    }
    return at == out.size() ? std::move(out) : SecureBytes();
}

} // namespace

// Why Argon2id and not an HMAC under a per-database key: a code has only about 48 bits. Whoever
// gets the database usually gets the key that sits beside it, and 2^48 HMACs are days on one GPU;
// at Argon2id's interactive cost (64 MiB each) the same search is out of reach. The price is a
// slow check (up to 10 hashes on a wrong code), acceptable on a path used once in a long while and
// already throttled by the sign-in lockout.
RecoveryCodes::Limits RecoveryCodes::Limits::interactive()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

RecoveryCodes::Limits RecoveryCodes::Limits::cheapestForTests()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

Result<RecoveryCodes::Generated> RecoveryCodes::generate(const Limits& limits)
{
    Generated generated;
    generated.codes.reserve(Count);
    while (generated.codes.size() < std::size_t(Count)) {
        SecureBytes symbols(Length);
        for (std::size_t i = 0; i < symbols.size(); ++i)
            symbols.chars()[i] = Alphabet[randombytes_uniform(static_cast<std::uint32_t>(AlphabetSize))];
        bool repeated = false; // 1 in 2^45 per pair, but "10 distinct" is a promise
        for (const auto& earlier : generated.codes)
            repeated = repeated || normalize(earlier).equals(symbols);
        if (repeated)
            continue;

        char hash[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str_alg(hash, symbols.chars(), symbols.size(), limits.opslimit,
                                  static_cast<std::size_t>(limits.memlimit), crypto_pwhash_ALG_ARGON2ID13)
            != 0)
            return Error(ErrorCode::Failed,
                         QCoreApplication::translate("dpp::RecoveryCodes",
                                                     "Could not make the recovery codes (out of memory)."));
        generated.hashes.append(QByteArray(hash));

        SecureBytes shown(Length + 1);
        std::memcpy(shown.data(), symbols.data(), 5);
        shown.chars()[5] = '-';
        std::memcpy(shown.data() + 6, symbols.data() + 5, 5);
        generated.codes.push_back(std::move(shown));
    }
    return generated;
}

Result<int> RecoveryCodes::consume(const SecureBytes& codeText, const QByteArrayList& storedHashes)
{
    const SecureBytes symbols = normalize(codeText);
    if (symbols.isEmpty())
        return wrongCode();
    // Stops at the first match: the time then tells only how many unused codes precede it.
    for (int i = 0; i < storedHashes.size(); ++i) {
        const QByteArray& hash = storedHashes.at(i);
        if (hash.size() >= qsizetype(crypto_pwhash_STRBYTES))
            continue;
        if (crypto_pwhash_str_verify(hash.constData(), symbols.chars(), symbols.size()) == 0)
            return i;
    }
    return wrongCode();
}

} // namespace dpp
