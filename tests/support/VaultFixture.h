// VaultFixture: a database with one user in a temporary folder, made through the API with the
// cheapest Argon2id parameters (the programs never use those).
#pragma once

#include "vault/Vault.h"

#include <QByteArray>
#include <QTemporaryDir>
#include <memory>

namespace dpp::test {

inline const char* const TestPassword = "Sturdy-Test-Passw0rd";

struct VaultFixture
{
    QTemporaryDir dir;
    VaultPaths paths{dir.filePath(QStringLiteral("c.db"))};
    SecureBytes recoveryKey;

    //! Creates the database with user "dpo" (every role) and working hours of all day, every day
    //! (so the unlock-outside-hours alarm never depends on when tests run); returns the vault, or null.
    std::unique_ptr<Vault> create(const QString& displayName = QStringLiteral("Data Protection Officer"));
    //! Unlocks with the test password as "dpo".
    Result<std::unique_ptr<Vault>> unlock(const char* password = TestPassword);
};

SecureBytes bytesOf(const char* text);

//! The password addUser gives an account after its first sign-in (its temporary one differs).
inline const char* const UserPassword = "Another-Sturdy-Pass9";
inline const char* const TemporaryPassword = "Temporary-Pass-4-Now";

/*!
 * As admin (who must hold users.manage; steps up with TestPassword first): creates username with
 * roles and TemporaryPassword, signs them in at clock's time, changes the forced password to
 * UserPassword and returns their open vault.
 */
Result<std::unique_ptr<Vault>> addUser(Vault& admin, const VaultPaths& paths, const QString& username,
                                       const std::set<Role>& roles, const Clock& clock = systemClock());

/*!
 * Every decrypted page of the database, free pages included, one entry per page, read by the
 * stock sqlcipher shell (the packaged library lacks sqlite_dbpage) with the current database key
 * from "dpo"'s slot (TestPassword), given on standard input. Empty when the shell fails.
 */
QList<QByteArray> decryptedPages(const VaultPaths& paths);

//! The bytes of the database, its WAL and its key file, to prove that something changed none of them.
struct FileSnapshot
{
    QByteArray db, wal, keys;
    static FileSnapshot of(const VaultPaths& paths);
    bool operator==(const FileSnapshot&) const = default;
};

/*!
 * Gives the database a scheduler slot (in an in-memory keychain), closes open and returns the
 * scheduler's session: the principal without audit.read, the PII key or the console.
 */
Result<std::unique_ptr<Vault>> switchToScheduler(std::unique_ptr<Vault>& open, const VaultPaths& paths);

} // namespace dpp::test
