// FakeSecretStore: the SecretStore contract (NotFound, missing-is-success on remove, Unavailable when
// absent or locked) over a map, with the same error codes as KeychainSecretStore.
#include "FakeSecretStore.h"

#include <optional>

namespace dpp::test {

std::optional<Error> FakeSecretStore::refusal(const QString& account) const
{
    if (account.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("A keychain entry needs a name."));
    switch (m_state) {
    case State::Available:
        return std::nullopt;
    case State::Unavailable:
        return Error(
            ErrorCode::Unavailable,
            QStringLiteral("No system keychain (Secret Service) is running (fake): the scheduler's key "
                           "slot cannot be used. Password slots still work."));
    case State::Locked:
        return Error(ErrorCode::Unavailable, QStringLiteral("The system keychain is locked (fake)."));
    }
    return std::nullopt;
}

Result<void> FakeSecretStore::write(const QString& account, const SecureBytes& secret)
{
    if (auto error = refusal(account))
        return *error;
    m_entries.insert_or_assign(account, secret.clone());
    ++m_writes;
    return success();
}

Result<SecureBytes> FakeSecretStore::read(const QString& account)
{
    if (auto error = refusal(account))
        return *error;
    const auto it = m_entries.find(account);
    if (it == m_entries.end())
        return Error(ErrorCode::NotFound,
                     QStringLiteral("The fake keychain holds no entry \"%1\".").arg(account));
    return it->second.clone();
}

Result<void> FakeSecretStore::remove(const QString& account)
{
    if (auto error = refusal(account))
        return *error;
    m_entries.erase(account);
    return success();
}

QString FakeSecretStore::name() const
{
    return QStringLiteral("the fake keychain");
}

QStringList FakeSecretStore::accounts() const
{
    QStringList result;
    for (const auto& entry : m_entries)
        result.append(entry.first);
    return result;
}

} // namespace dpp::test
