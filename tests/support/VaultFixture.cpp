// VaultFixture: see the header.
#include "VaultFixture.h"

#include "FakeSecretStore.h"
#include "TestSupport.h"
#include "crypto/KeySlotFile.h"
#include "storage/Database.h"
#include "vault/UserAccounts.h"

#include <QTest>
#include <cstring>

namespace dpp::test {

SecureBytes bytesOf(const char* text)
{
    return SecureBytes(text, std::strlen(text));
}

Result<std::unique_ptr<Vault>> addUser(Vault& admin, const VaultPaths& paths, const QString& username,
                                       const std::set<Role>& roles, const Clock& clock)
{
    if (!admin.hasStepUp())
        DPP_TRY(admin.stepUp(bytesOf(TestPassword), {}));
    DPP_TRY(admin.users().add(
        {username, QStringLiteral("Test person ") + username, bytesOf(TemporaryPassword)}, roles));
    auto vault = Vault::unlock(paths, username, bytesOf(TemporaryPassword), SecondFactor{}, clock);
    DPP_TRY(vault);
    DPP_TRY(vault.value()->users().changeOwnPassword(bytesOf(TemporaryPassword), bytesOf(UserPassword)));
    return vault;
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
    // Every hour of every day is working time here, so no test depends on the time of day it runs
    // (the unlock-outside-hours alarm would add rows at night). Written without an audit row, as
    // part of the fixture's set-up; TestAlarms sets its own hours.
    auto hours = created->vault->database().exec(
        QStringLiteral("INSERT INTO settings (key, value, changed_at) VALUES "
                       "('alarms.hours.days', '1,2,3,4,5,6,7', '2026-01-01T00:00:00Z'), "
                       "('alarms.hours.start', '00:00', '2026-01-01T00:00:00Z'), "
                       "('alarms.hours.end', '00:00', '2026-01-01T00:00:00Z')"));
    if (!hours) {
        qWarning("%s", qPrintable(hours.error().message()));
        return nullptr;
    }
    return std::move(created->vault);
}

Result<std::unique_ptr<Vault>> VaultFixture::unlock(const char* password)
{
    return Vault::unlock(paths, QStringLiteral("dpo"), bytesOf(password));
}

FileSnapshot FileSnapshot::of(const VaultPaths& paths)
{
    return {fileBytes(paths.database()), fileBytes(paths.database() + QStringLiteral("-wal")),
            fileBytes(paths.keys())};
}

Result<std::unique_ptr<Vault>> switchToScheduler(std::unique_ptr<Vault>& open, const VaultPaths& paths)
{
    FakeSecretStore store;
    DPP_TRY(open->addKeychainSlot(store));
    open.reset();
    return Vault::unlockWithKeychain(paths, store);
}

QList<QByteArray> decryptedPages(const VaultPaths& paths)
{
    auto keys = KeySlotFile::load(paths.keys());
    if (!keys)
        return {};
    const KeySlot* slot = keys->find(KeySlot::Kind::Password, QStringLiteral("dpo"));
    if (!slot)
        return {};
    auto secretKey = slot->unwrap(keys->databaseId, bytesOf(TestPassword));
    if (!secretKey)
        return {};
    auto dmk = slot->open(KeySlot::Which::Dmk, keys->dmkCurrent, secretKey.value());
    if (!dmk)
        return {};
    const QByteArray script = "PRAGMA key = \"x'" + dmk->toHex().view().toByteArray()
        + "'\";\nSELECT hex(data) FROM sqlite_dbpage;\n";
    const auto r = runProgram(QStringLiteral("sqlcipher"), {paths.database()}, script);
    QList<QByteArray> pages;
    for (const QByteArray& line : r.out.split('\n'))
        if (line.size() >= 1024) // a page, not the shell's answer to the key ("ok")
            pages << QByteArray::fromHex(line.trimmed());
    return pages;
}

} // namespace dpp::test
