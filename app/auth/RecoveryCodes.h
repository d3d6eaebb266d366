// RecoveryCodes: the 10 one-time codes that stand in for a lost authenticator; shown once, stored
// only as Argon2id hashes.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayList>
#include <QByteArrayView>
#include <vector>

namespace dpp {

class RecoveryCodes final
{
public:
    static constexpr int Count = 10;
    static constexpr int Length = 10; //!< characters, shown as two groups of 5: "ABCDE-FGHJK"

    //! Argon2id work per code (libsodium crypto_pwhash_str).
    struct Limits
    {
        quint64 opslimit = 0;
        quint64 memlimit = 0;
        static Limits interactive(); //!< what the programs use: libsodium's INTERACTIVE (64 MiB)
        static Limits cheapestForTests(); //!< libsodium's minimum
    };

    struct Generated
    {
        std::vector<SecureBytes> codes; //!< "ABCDE-FGHJK", to show once and forget
        QByteArrayList hashes; //!< "$argon2id$...", to store; same order as codes
    };

    static Result<Generated> generate(const Limits& limits = Limits::interactive());

    //! The index in storedHashes of the code typed (any case, spaces and '-' ignored), which the
    //! caller deletes in the same transaction; WrongCredentials for any other text.
    static Result<int> consume(const SecureBytes& codeText, const QByteArrayList& storedHashes);
};

} // namespace dpp
