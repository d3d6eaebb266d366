// Vault: one unlocked DPP Console database. Creating it, signing in (which is unwrapping a key
// slot, then opening SQLCipher with the database key), key slots and database-key rotation.
// Locking is destroying the Vault: its keys are wiped with it.
#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/KeySlotFile.h"
#include "crypto/Primitives.h"
#include "crypto/SecureBytes.h"
#include "vault/VaultLock.h"
#include "vault/VaultPaths.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace dpp {

class AlarmService;
class AuditLog;
class Database;
class SecretStore;
struct AuditVerification;

struct NewUser
{
    QString username; //!< lower case letters, digits, '.', '_', '-'; 2 to 32; starts with a letter
    QString displayName;
    SecureBytes password;
};

struct SlotSummary
{
    QString id;
    QString kind; //!< "password", "recovery", "keychain"
    QString principal;
    QDateTime created;
    QString kdfAlgorithm; //!< "argon2id" or "hkdf-sha256"
    quint64 kdfPasses = 0; //!< argon2id only
    quint64 kdfMemoryMiB = 0; //!< argon2id only
    bool holdsPiiKey = false;
};

struct VaultStatus
{
    QString databasePath;
    QString databaseId;
    int schemaVersion = 0;
    QString cipherVersion;
    int pageSize = 0;
    QString cipher; //!< "AES-256-CBC" (SQLCipher 4's page cipher)
    QString pageHmac; //!< PRAGMA cipher_hmac_algorithm, e.g. "HMAC_SHA512"
    QList<SlotSummary> keySlots;
    qint64 keysGeneration = 0;
    qint64 principals = 0;
    qint64 settings = 0;
    qint64 failedUnlocksRecorded = 0;
};

//! The points at which a database-key rotation can be interrupted; tests stop it at each.
enum class RekeyStep
{
    NewKeySealed, //!< .keys holds the old and the new key; the database still has the old one
    DatabaseRekeyed, //!< the database has the new key; .keys still holds both
};

class Vault final
{
public:
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    struct Created
    {
        std::unique_ptr<Vault> vault;
        SecureBytes recoveryKey; //!< display form; shown once, never stored
    };

    /*!
     * Creates the database, the PII key, the first user (every role until the users feature adds
     * the rest) with a password slot, and the recovery slot. Nothing is left behind on failure.
     * kdf: the Argon2id parameters of the password slot; programs always pass standard().
     */
    static Result<Created> create(const VaultPaths& paths, const NewUser& firstUser,
                                  const crypto::Argon2idParams& kdf = crypto::Argon2idParams::standard());

    /*!
     * Signs in: unwraps the user's password slot, opens the database, checks the account. A wrong
     * password or an unknown user gives the same WrongCredentials message, takes about the same
     * time, leaves the database and .keys byte-identical and is recorded in <name>.attempts.
     * An account locked by too many failures (Lockout) is refused with PermissionDenied, after the
     * same Argon2id work and even with the right password; an unknown name is never locked.
     */
    static Result<std::unique_ptr<Vault>> unlock(const VaultPaths& paths, const QString& username,
                                                 const SecureBytes& password);
    //! The same, with the time taken from clock (tests of the lockout use a fake one).
    static Result<std::unique_ptr<Vault>> unlock(const VaultPaths& paths, const QString& username,
                                                 const SecureBytes& password, const Clock& clock);

    //! Signs in the scheduler service principal through its keychain slot.
    static Result<std::unique_ptr<Vault>> unlockWithKeychain(const VaultPaths& paths, SecretStore& store);

    const Session& session() const { return m_session; }
    const VaultPaths& paths() const { return m_paths; }
    const QString& databaseId() const { return m_keys.databaseId; }
    bool holdsPiiKey() const { return !m_piiKey.isEmpty(); }

    //! The open connection, for the core services built on it (each checks the session itself).
    Database& database() { return *m_db; }

    Result<VaultStatus> status() const; //!< needs status.view
    Result<QList<SlotSummary>> keySlots() const; //!< needs status.view

    /*!
     * Rotates the database key (after someone with access leaves): the new key is sealed to every
     * slot next to the old one, SQLCipher's rekey runs in journal_mode=DELETE, a fresh connection
     * proves every page under the new key, then the old key is dropped from .keys. Only while
     * nobody else has the database open (VaultLock), and only with room on the disk for the
     * rekey's journal. A crash at any point leaves a database that opens: unlocking tries both
     * keys and finishes the rotation; a rekey that failed is rolled back to the old key. stopAt,
     * for tests, returns false to stop at a step as a crash would (no clean-up). Needs keys.manage.
     */
    Result<void> rotateDatabaseKey(const std::function<bool(RekeyStep)>& stopAt = {});

    /*!
     * Replaces the recovery slot with a new recovery key; the old key stops working. Needs
     * keys.manage and the PII key (the recovery slot holds it too). Returns the new key's display
     * form, to be shown once.
     */
    Result<SecureBytes> renewRecoveryKey();

    //! Whether someone confirmed storing the current recovery key ("I have stored it"). A key
    //! shown but never confirmed (the console locked first) should be renewed.
    Result<bool> recoveryKeyConfirmed() const;
    //! Records the confirmation. Needs keys.manage.
    Result<void> confirmRecoveryKeyStored();

    //! Adds (or replaces) the scheduler's slot, whose secret lives in the OS keychain. Needs keys.manage.
    Result<void> addKeychainSlot(SecretStore& store);
    //! Removes the scheduler's slot and its keychain entry. Needs keys.manage.
    Result<void> removeKeychainSlot(SecretStore& store);

    //! A setting stored in the database (a default when unset).
    Result<QString> setting(const QString& key, const QString& defaultValue) const;
    //! Changes a setting. Needs settings.manage.
    Result<void> setSetting(const QString& key, const QString& value);

    static bool isValidUsername(const QString& username);

    //! The audit log of this database (each service appends its events in its own transaction).
    AuditLog audit() const;
    /*!
     * Removes audit rows older than the retention period (setting audit.retention_days, default
     * 400, never under 90: the DPP asks 90 days of logs, 12 months of records for audits) and
     * leaves a signed checkpoint. Needs audit.verify (the scheduler runs it). Returns rows removed.
     */
    Result<qint64> pruneAudit(const QDateTime& now = QDateTime::currentDateTimeUtc());
    static constexpr int DefaultAuditRetentionDays = 400;
    static constexpr int MinimumAuditRetentionDays = 90;

    //! Walks the audit chain and compares it with the head kept outside. Needs audit.verify.
    //! A chain that does not verify raises a critical alarm.
    Result<AuditVerification> verifyAudit();
    //! The alarms and canaries of this database (each call checks the session it is given).
    AlarmService alarms() const;

private:
    Vault(VaultPaths paths, VaultLock lock, std::unique_ptr<Database> db, KeySlotFile keys, SecureBytes dmk,
          SecureBytes piiKey, Session session);
    static Result<std::unique_ptr<Vault>> openWithSlot(const VaultPaths& paths, KeySlotFile keys,
                                                       const KeySlot& slot, const SecureBytes& slotSecretKey,
                                                       const Clock& clock);
    static QString keychainAccount(const QString& databaseId, const QString& slotId);
    static Result<void> recordUnlock(Database& db, const VaultPaths& paths, const QString& databaseId,
                                     const Session& session);
    //! Session::require, plus an audit row for every denial.
    Result<void> require(Permission permission) const;
    Result<void> refreshKeys();
    Result<void> checkRoomForRekey() const;

    VaultPaths m_paths;
    VaultLock m_lock;
    std::unique_ptr<Database> m_db;
    KeySlotFile m_keys;
    SecureBytes m_dmk;
    SecureBytes m_piiKey;
    Session m_session;
    //! Set when .keys on disk no longer matches what this object holds (a rotation whose last
    //! write failed): key changes are refused until the next unlock sets things straight.
    bool m_keysOutOfStep = false;
};

} // namespace dpp
