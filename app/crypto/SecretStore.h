// SecretStore: the OS keychain behind an interface, so tests use a fake (STYLE.md principle 8).
// There is deliberately no plaintext fallback: a store that cannot keep a secret safely fails.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace dpp {

class SecretStore
{
public:
    virtual ~SecretStore() = default;

    //! The service every entry is filed under in the keychain.
    static QString service() { return QStringLiteral("dpp-console"); }

    // service is "dpp-console"; account names an entry (e.g. "<database id>/<slot id>").
    //! Creates or replaces the entry. Unavailable when there is no keychain or it is locked.
    virtual Result<void> write(const QString& account, const SecureBytes& secret) = 0;
    //! NotFound when the entry is missing; Unavailable when there is no keychain or it is locked.
    virtual Result<SecureBytes> read(const QString& account) = 0;
    //! A missing entry is success: the caller wanted it gone.
    virtual Result<void> remove(const QString& account) = 0;
    //! For messages: "the system keychain".
    virtual QString name() const = 0;
};

} // namespace dpp
