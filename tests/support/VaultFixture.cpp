// VaultFixture: see the header.
#include "VaultFixture.h"

#include <QTest>
#include <cstring>

namespace dpp::test {

SecureBytes bytesOf(const char* text)
{
    return SecureBytes(text, std::strlen(text));
}

std::unique_ptr<Vault> VaultFixture::create(const QString& displayName)
{
    NewUser user{QStringLiteral("dpo"), displayName, bytesOf(TestPassword)};
    auto created = Vault::create(paths, user, crypto::Argon2idParams::cheapestForTests());
    if (!created) {
        qWarning("%s", qPrintable(created.error().message()));
        return nullptr;
    }
    recoveryKey = std::move(created->recoveryKey);
    return std::move(created->vault);
}

Result<std::unique_ptr<Vault>> VaultFixture::unlock(const char* password)
{
    return Vault::unlock(paths, QStringLiteral("dpo"), bytesOf(password));
}

} // namespace dpp::test
