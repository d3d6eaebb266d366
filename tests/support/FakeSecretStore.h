// FakeSecretStore: an in-memory SecretStore for tests, with switches for a missing or locked keychain.
#pragma once

#include "crypto/SecretStore.h"

#include <QStringList>
#include <map>
#include <optional>

namespace dpp::test {

class FakeSecretStore final : public SecretStore
{
public:
    enum class State
    {
        Available,
        Unavailable, //!< as if no Secret Service were running
        Locked, //!< as if the keychain's collection were locked
    };

    void setState(State state) { m_state = state; }
    State state() const { return m_state; }

    Result<void> write(const QString& account, const SecureBytes& secret) override;
    Result<SecureBytes> read(const QString& account) override;
    Result<void> remove(const QString& account) override;
    QString name() const override;

    //! Inspection for tests, whatever the state.
    bool contains(const QString& account) const { return m_entries.count(account) != 0; }
    QStringList accounts() const;
    int writeCount() const { return m_writes; }

private:
    std::optional<Error> refusal(const QString& account) const;

    State m_state = State::Available;
    std::map<QString, SecureBytes> m_entries;
    int m_writes = 0;
};

} // namespace dpp::test
