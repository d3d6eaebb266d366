// Vault: one unlocked DPP Console database. Creating it, signing in (which is unwrapping a key
// slot, then opening SQLCipher with the database key), key slots and database-key rotation.
// Locking is destroying the Vault: its keys are wiped with it.
// Threads: a Vault (its connection, keys and session) is used by one thread at a time, never by
// two at once. The console runs slow calls (Argon2id) on a worker while the GUI leaves the vault
// alone (ui/VaultJob), and locking waits for such a call to end before destroying it.
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
class UserAccounts;
struct AuditVerification;

//! The second factor typed after the password: a TOTP code or one of the recovery codes.
struct SecondFactor
{
    enum class Kind
    {
        None,
        Totp,
        RecoveryCode,
    };
    Kind kind = Kind::None;
    SecureBytes code;

    static SecondFactor totp(QStringView code);
    static SecondFactor recoveryCode(SecureBytes code);
};

//! Who is signing in, which decides whether the sign-in counts as step-up (issue 4, item 5).
enum class UnlockPurpose
{
    Console, //!< a session that lasts; guarded actions ask for step-up again
    Command, //!< one dppctl command signed in with password and code: that is its step-up
};

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
    /*!
     * Signing in with two factors. The password opens the slot and the database; then, inside it:
     * - enrolled and no code given: SecondFactorRequired (no failure is counted; ask for the code);
     * - a wrong, expired or replayed code, or a wrong recovery code: WrongCredentials, audited,
     *   and counted towards the lockout like a wrong password;
     * - not enrolled within 7 days of the account's creation: signs in, audited, and the session
     *   carries secondFactorGraceEnds(); after that: the session is gated to enrollment;
     * - a password older than 365 days or reset by an administrator: gated to a password change;
     * - a leaving date that has come: the account is disabled now and the sign-in refused.
     * The scheduler never signs in here.
     */
    static Result<std::unique_ptr<Vault>> unlock(const VaultPaths& paths, const QString& username,
                                                 const SecureBytes& password, const SecondFactor& second,
                                                 const Clock& clock = systemClock(),
                                                 UnlockPurpose purpose = UnlockPurpose::Console);

    //! Signs in the scheduler service principal through its keychain slot.
    static Result<std::unique_ptr<Vault>> unlockWithKeychain(const VaultPaths& paths, SecretStore& store);

    const Session& session() const { return m_session; }
    const Clock& clock() const { return m_clock; }
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
     * keys.manage and the PII key (the recovery slot holds it too), which is rotated too, so that
     * the old recovery slot, put back from a copy of .keys, could not receive the next one.
     * Returns the new key's display form, to be shown once.
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
    /*!
     * Writes a setting row (value, when, by whom) without checks, inside the caller's transaction:
     * for the services that own a setting (the retention period, the fields left out at import),
     * check their own permission and audit the change themselves.
     */
    Result<void> writeSetting(const QString& key, const QString& value);

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

    //! The accounts of this database (each call checks this session itself).
    UserAccounts users();

    /*!
     * The check every core service makes: the session's permission, else PermissionDenied with an
     * audit row and the alarm rules run.
     */
    Result<void> authorize(Permission permission) const;

    // --- Step-up re-authentication (issue 4, item 5) ---
    static constexpr int StepUpMinutes = 5;
    /*!
     * Re-authenticates the signed-in person (password, and the code when enrolled) for guarded
     * actions during the next 5 minutes. A wrong password or code is audited and counts towards the
     * lockout. The scheduler needs none.
     */
    Result<void> stepUp(const SecureBytes& password, const SecondFactor& second);
    //! Until when the last step-up holds (invalid when none).
    QDateTime stepUpValidUntil() const { return m_stepUpUntil; }
    bool hasStepUp() const;
    //! authorize(permission), then StepUpRequired unless a step-up holds (scheduler: never needed).
    Result<void> authorizeGuarded(Permission permission);

    // --- PII kill switch (issue 4, item 6) ---
    //! Whether an administrator has turned all PII access off. Read from the database at every
    //! call, so it holds at once for sessions already open, in this process or another.
    Result<bool> piiAccessOff() const;
    /*!
     * Turns PII access off (at once, no step-up: it is the emergency brake) or back on (step-up).
     * Needs pii.kill-switch. Both audited.
     */
    Result<void> setPiiAccessOff(bool off);
    /*!
     * What revealing, printing and exporting PII must pass: the permission, the kill switch,
     * step-up (not for the scheduler) and holding the PII key. Denials are audited.
     */
    Result<void> authorizePii(Permission permission);

    // --- The PII key (Keys in ../shared/DESIGN.md) ---
    /*!
     * A new PII key: sealed to every slot that should hold it, every data key in wrapped_keys
     * re-wrapped, the old key dropped. Crash-safe in three steps like rotateDatabaseKey (the next
     * PII holder's sign-in finishes it). Needs the PII key and users.manage or keys.manage.
     */
    Result<void> rotatePiiKey();
    //! Whether someone who held the PII key lost it (left or lost the role) and no PII holder
    //! has rotated it since.
    Result<bool> piiKeyRotationDue() const;

    /*!
     * Data keys wrapped by the PII key (table wrapped_keys; issue 5 keeps each order's key here).
     * Storing one replaces the old; both need the PII key (PermissionDenied otherwise) and are
     * for the core services, which check their own permission first.
     */
    Result<void> storeDataKey(const QString& ownerType, const QString& ownerId, const SecureBytes& dataKey);
    Result<SecureBytes> dataKey(const QString& ownerType, const QString& ownerId) const;

    //! A data key wrapped by a PII key, as a row of wrapped_keys holds it.
    struct WrappedDataKey
    {
        QString keyId; //!< names the PII key
        QByteArray wrapped; //!< nonce || AES-256-GCM ciphertext and tag
    };
    /*!
     * For bulk work (an import of many orders): wraps under the current PII key without storing,
     * and unwraps a row read by the caller, so the caller keeps its own prepared statements on
     * wrapped_keys within its own transaction. Same rules as storeDataKey / dataKey.
     */
    Result<WrappedDataKey> wrapDataKey(const QString& ownerType, const QString& ownerId,
                                       const SecureBytes& dataKey) const;
    Result<SecureBytes> unwrapDataKey(const QString& ownerType, const QString& ownerId,
                                      const WrappedDataKey& wrapped) const;

    /*!
     * Hands the database key to use, for one thing only: reading every decrypted page through the
     * stock sqlcipher shell (the packaged library lacks sqlite_dbpage) to verify a purge. The key
     * goes to the shell on a pipe, never in arguments. Needs purge.execute (or backup.restore: the
     * replay of the purge ledger after a restore verifies like any purge).
     */
    Result<void> withDatabaseKey(const std::function<Result<void>(const SecureBytes& key)>& use) const;

    /*!
     * The key slots a backup carries (docs/backup-format.md): each person's password slot and the
     * recovery slot as they are now (their sealed PII keys and PII-slot tags unchanged), with the
     * database key replaced by backupKey under keyId, so the same passwords and the recovery key
     * open the copy; the scheduler's keychain slot is left out (it never restores). Needs
     * backup.run. Refused while a database-key rotation is unfinished.
     */
    Result<KeySlotFile> backupKeySlots(const SecureBytes& backupKey, const QString& keyId) const;

private:
    friend class UserAccounts;

    Vault(VaultPaths paths, VaultLock lock, std::unique_ptr<Database> db, KeySlotFile keys, SecureBytes dmk,
          SecureBytes piiKey, Session session, Clock clock);
    static Result<std::unique_ptr<Vault>> openWithSlot(const VaultPaths& paths, KeySlotFile keys,
                                                       const KeySlot& slot, const SecureBytes& slotSecretKey,
                                                       const Clock& clock,
                                                       const SecondFactor* second = nullptr,
                                                       UnlockPurpose purpose = UnlockPurpose::Console);
    static QString keychainAccount(const QString& databaseId, const QString& slotId);
    static Result<void> recordUnlock(Database& db, const VaultPaths& paths, const QString& databaseId,
                                     const Session& session);
    //! Session::require, plus an audit row for every denial.
    Result<void> require(Permission permission) const { return authorize(permission); }
    //! Saves staged as the new .keys (MAC from the current DMK) and adopts it.
    Result<void> saveKeys(KeySlotFile staged);
    /*!
     * Finishes a PII key rotation: re-wraps data keys still under an old PII key and drops the old
     * keys from .keys. Runs after a rotation, and at sign-in of a PII holder (a rotation a crash
     * cut short; or one due because a holder left, when this session may rotate).
     */
    Result<void> finishPiiRotation();
    //! Copies failures waiting in <name>.attempts into the audit log (one transaction).
    static Result<void> copyAttempts(Database& db, const VaultPaths& paths, const QString& databaseId);
    Result<void> refreshKeys();
    Result<void> checkRoomForRekey() const;

    VaultPaths m_paths;
    VaultLock m_lock;
    std::unique_ptr<Database> m_db;
    KeySlotFile m_keys;
    SecureBytes m_dmk;
    SecureBytes m_piiKey;
    //! The private key of the signed-in person's slot: opens what is sealed to them alone (the
    //! TOTP key). Empty for the scheduler.
    SecureBytes m_slotSecretKey;
    //! Earlier PII keys this slot still holds while a rotation is unfinished, by key id.
    std::vector<std::pair<QString, SecureBytes>> m_oldPiiKeys;
    Session m_session;
    Clock m_clock;
    QDateTime m_stepUpUntil;
    //! Set when .keys on disk no longer matches what this object holds (a rotation whose last
    //! write failed): key changes are refused until the next unlock sets things straight.
    bool m_keysOutOfStep = false;
};

} // namespace dpp
