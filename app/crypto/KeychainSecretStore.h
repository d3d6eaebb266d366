// KeychainSecretStore: the SecretStore over the OS keychain (QtKeychain: the Secret Service on Linux).
#pragma once

#include "crypto/SecretStore.h"

#include <QCoreApplication>
#include <chrono>

namespace dpp {

//! Synchronous over QtKeychain's asynchronous jobs: each call runs a local event loop until the job
//! finishes or the timeout passes, so it works before QCoreApplication::exec() (dppctl). It needs a
//! QCoreApplication and must be called from its thread. The secret travels as binary data, never as
//! QString, and QtKeychain's insecure plaintext fallback stays off.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(dpp::KeychainSecretStore)

public:
    static constexpr std::chrono::milliseconds defaultTimeout{15000};

    explicit KeychainSecretStore(std::chrono::milliseconds timeout = defaultTimeout);

    Result<void> write(const QString& account, const SecureBytes& secret) override;
    Result<SecureBytes> read(const QString& account) override;
    Result<void> remove(const QString& account) override;
    QString name() const override;

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace dpp
