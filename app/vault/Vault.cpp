// Vault: creating, unlocking and re-keying one DPP Console database (../shared/DESIGN.md, Keys).
#include "vault/Vault.h"

#include "audit/AlarmService.h"
#include "audit/AuditLog.h"
#include "auth/AttemptLog.h"
#include "auth/Lockout.h"
#include "auth/PasswordPolicy.h"
#include "crypto/SecretStore.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/AccountRules.h"
#include "vault/UserAccounts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QUuid>
#include <algorithm>
#include <limits>
#include <sys/statvfs.h>

namespace dpp {

namespace {

const QString RecoveryPrincipal = QStringLiteral("recovery");
const QString SchedulerPrincipal = QStringLiteral("scheduler");

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Error wrongCredentials()
{
    // One message for an unknown user and a wrong password: the answer must not tell which.
    return Error(ErrorCode::WrongCredentials,
                 QCoreApplication::translate("dpp::Vault", "Wrong user name or password."));
}

void removeDatabaseFiles(const VaultPaths& paths)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(paths.database() + suffix);
}

Result<qint64> countRows(Database& db, const QString& table)
{
    // table is one of our own constant names, never input.
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM ") + table);
    DPP_TRY(stmt);
    auto row = stmt->step();
    DPP_TRY(row);
    return stmt->columnInt(0);
}

Result<Session> loadSession(Database& db, const QString& username)
{
    auto stmt = db.prepare(QStringLiteral("SELECT id, status, display_name FROM principals WHERE name = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, username);
    auto row = stmt->step();
    DPP_TRY(row);
    if (!row.value())
        return Error(
            ErrorCode::Corrupt,
            QCoreApplication::translate("dpp::Vault", "The key slot of %1 has no account in the database.")
                .arg(username));
    const qint64 id = stmt->columnInt(0);
    const QString status = stmt->columnText(1);
    const QString displayName = stmt->columnText(2);
    if (status == QLatin1String("disabled"))
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("dpp::Vault", "The account %1 is disabled.").arg(username));
    if (status == QLatin1String("locked"))
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("dpp::Vault",
                                                 "The account %1 is locked. An administrator can unlock it.")
                         .arg(username));
    auto roles = db.prepare(QStringLiteral("SELECT role FROM principal_roles WHERE principal_id = ?"));
    DPP_TRY(roles);
    roles->bind(1, id);
    std::set<Role> set;
    for (;;) {
        auto next = roles->step();
        DPP_TRY(next);
        if (!next.value())
            break;
        if (auto role = Roles::fromName(roles->columnText(0)))
            set.insert(*role);
    }
    return Session(id, username, std::move(set), displayName);
}

Error lockedOut(const QString& username, const QDateTime& until)
{
    return Error(ErrorCode::PermissionDenied,
                 QCoreApplication::translate("dpp::Vault",
                                             "The account %1 is locked after too many failed sign-ins; try "
                                             "again after %2 or ask an administrator.")
                     .arg(username, QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
}

// The lockout policy of the settings, never looser than the defaults. It is written into the
// success marker of .attempts, because the next decision is made before the database opens.
Result<LockoutPolicy> lockoutSettings(Database& db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                          "('lockout.threshold', 'lockout.window_minutes', "
                                          "'lockout.duration_minutes')"));
    DPP_TRY(stmt);
    LockoutPolicy policy;
    for (;;) {
        auto row = stmt->step();
        DPP_TRY(row);
        if (!row.value())
            break;
        bool number = false;
        const int value = stmt->columnText(1).toInt(&number);
        if (!number)
            continue;
        const QString key = stmt->columnText(0);
        if (key == QLatin1String("lockout.threshold"))
            policy.threshold = value;
        else if (key == QLatin1String("lockout.window_minutes"))
            policy.windowMinutes = value;
        else
            policy.durationMinutes = value;
    }
    return policy.clamped();
}

// The key file of an existing database; every unlock starts here.
Result<KeySlotFile> loadKeys(const VaultPaths& paths)
{
    DPP_TRY(crypto::initialize());
    if (!QFile::exists(paths.database()))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("dpp::Vault", "There is no DPP Console database at %1.")
                         .arg(paths.database()));
    return KeySlotFile::load(paths.keys());
}

} // namespace

Vault::Vault(VaultPaths paths, VaultLock lock, std::unique_ptr<Database> db, KeySlotFile keys,
             SecureBytes dmk, SecureBytes piiKey, Session session, Clock clock)
    : m_paths(std::move(paths))
    , m_lock(std::move(lock))
    , m_db(std::move(db))
    , m_keys(std::move(keys))
    , m_dmk(std::move(dmk))
    , m_piiKey(std::move(piiKey))
    , m_session(std::move(session))
    , m_clock(std::move(clock))
{ }

Vault::~Vault()
{
    // Locking is destroying the Vault: the last row this session writes.
    if (m_db)
        (void)audit().append(
            AuditActor::of(m_session),
            {AuditAction::Lock, AuditOutcome::Allowed, QStringLiteral("database"), m_keys.databaseId, {}});
}

bool Vault::isValidUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    return pattern.match(username).hasMatch() && username != RecoveryPrincipal
        && username != SchedulerPrincipal;
}

QString Vault::keychainAccount(const QString& databaseId, const QString& slotId)
{
    return databaseId + QLatin1Char('/') + slotId;
}

Result<Vault::Created> Vault::create(const VaultPaths& paths, const NewUser& firstUser,
                                     const crypto::Argon2idParams& kdf)
{
    DPP_TRY(crypto::initialize());
    if (!isValidUsername(firstUser.username))
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("dpp::Vault",
                                        "A user name has 2 to 32 lower-case letters, digits, '.', '_' or "
                                        "'-', and starts with a letter (\"recovery\" and \"scheduler\" "
                                        "are reserved)."));
    if (firstUser.displayName.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("dpp::Vault", "Enter the person's name."));
    DPP_TRY(PasswordPolicy::check(firstUser.password, firstUser.username));
    if (paths.exists())
        return Error(ErrorCode::AlreadyExists,
                     QCoreApplication::translate(
                         "dpp::Vault", "A DPP Console database already exists at %1; it was left untouched.")
                         .arg(paths.database()));
    DPP_TRY(paths.prepareFolder());

    KeySlotFile keys;
    keys.databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    keys.dmkCurrent = KeySlotFile::newKeyId();
    keys.piiCurrent = KeySlotFile::newKeyId();
    SecureBytes dmk = SecureBytes::random(crypto::KeySize);
    SecureBytes piiKey = SecureBytes::random(crypto::KeySize);
    SecureBytes recoverySecret = SecureBytes::random(crypto::KeySize);

    auto userSlot = KeySlot::create(keys.databaseId, KeySlot::Kind::Password, firstUser.username,
                                    firstUser.password, kdf);
    DPP_TRY(userSlot);
    auto userSecretKey = userSlot->unwrap(keys.databaseId, firstUser.password);
    DPP_TRY(userSecretKey);
    auto recoverySlot
        = KeySlot::create(keys.databaseId, KeySlot::Kind::Recovery, RecoveryPrincipal, recoverySecret, kdf);
    DPP_TRY(recoverySlot);
    for (KeySlot* slot : {&userSlot.value(), &recoverySlot.value()}) {
        DPP_TRY(slot->seal(KeySlot::Which::Dmk, keys.dmkCurrent, dmk));
        // The first user holds every role for now, the DPO's among them: the PII key is theirs.
        DPP_TRY(slot->seal(KeySlot::Which::Pii, keys.piiCurrent, piiKey));
    }
    keys.keySlots.push_back(std::move(userSlot).value());
    keys.keySlots.push_back(std::move(recoverySlot).value());
    keys.signPiiSlots(piiKey);

    auto db = Database::open(paths.database(), dmk, Database::OpenMode::Create);
    DPP_TRY(db);
    auto built = [&]() -> Result<qint64> {
        DPP_TRY(Schema::migrate(*db.value()));
        auto tx = Transaction::begin(*db.value());
        DPP_TRY(tx);
        auto meta = db.value()->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        DPP_TRY(meta);
        for (const auto& [key, value] : {std::pair{QStringLiteral("database_id"), keys.databaseId},
                                         std::pair{QStringLiteral("created_at"), nowText()}}) {
            meta->bind(1, key).bind(2, value);
            DPP_TRY(meta->run());
            DPP_TRY(meta->reset());
        }
        auto principal = db.value()->prepare(
            QStringLiteral("INSERT INTO principals (name, display_name, kind, status, created_at, "
                           "password_set_at) VALUES (?, ?, 'user', 'active', ?, ?)"));
        DPP_TRY(principal);
        const QString now = nowText();
        principal->bind(1, firstUser.username)
            .bind(2, firstUser.displayName.trimmed())
            .bind(3, now)
            .bind(4, now);
        DPP_TRY(principal->run());
        const qint64 id = db.value()->lastInsertRowId();
        DPP_TRY(AccountRules::rememberPassword(*db.value(), id, firstUser.password, kdf,
                                               QDateTime::currentDateTimeUtc()));
        const QList<Role> founderRoles = Roles::personRoles();
        DPP_TRY(AccountRules::writeRoles(*db.value(), id,
                                         std::set<Role>(founderRoles.begin(), founderRoles.end())));
        AuditLog audit(*db.value(), paths.auditHead(), keys.databaseId);
        DPP_TRY(audit.append({id, firstUser.username},
                             {AuditAction::DatabaseCreated, AuditOutcome::Allowed, QStringLiteral("database"),
                              keys.databaseId, AuditDetails().count(2).keyId(keys.dmkCurrent)}));
        DPP_TRY(tx->commit());
        return id;
    }();
    Result<void> saved = built ? keys.save(paths.keys(), dmk, keys.dmkCurrent) : Result<void>(built.error());
    if (!saved) {
        db.value().reset();
        removeDatabaseFiles(paths);
        QFile::remove(paths.keys());
        return saved.error();
    }
    (void)AuditLog(*db.value(), paths.auditHead(), keys.databaseId).publishHead();
    auto lock = VaultLock::shared(paths.lock());
    DPP_TRY(lock);
    const QList<Role> everyRole = Roles::personRoles();
    std::set<Role> roles(everyRole.begin(), everyRole.end());
    Created created;
    created.vault.reset(new Vault(
        paths, std::move(lock).value(), std::move(db).value(), std::move(keys), std::move(dmk),
        std::move(piiKey),
        Session(built.value(), firstUser.username, std::move(roles), firstUser.displayName.trimmed()),
        systemClock()));
    created.vault->m_slotSecretKey = std::move(userSecretKey).value();
    // The founder starts within the grace period like everyone (no second factor yet).
    created.vault->m_session.setSecondFactorGraceEnds(
        QDateTime::currentDateTimeUtc().addDays(UserAccounts::SecondFactorGraceDays));
    created.recoveryKey = formatRecoveryKey(recoverySecret);
    return created;
}

Result<std::unique_ptr<Vault>> Vault::unlock(const VaultPaths& paths, const QString& username,
                                             const SecureBytes& password)
{
    return unlock(paths, username, password, systemClock());
}

Result<std::unique_ptr<Vault>> Vault::unlock(const VaultPaths& paths, const QString& username,
                                             const SecureBytes& password, const Clock& clock)
{
    return unlock(paths, username, password, SecondFactor{}, clock, UnlockPurpose::Console);
}

SecondFactor SecondFactor::totp(QStringView code)
{
    const QByteArray utf8 = code.toUtf8();
    return {Kind::Totp, SecureBytes(utf8.constData(), static_cast<std::size_t>(utf8.size()))};
}

SecondFactor SecondFactor::recoveryCode(SecureBytes code)
{
    return {Kind::RecoveryCode, std::move(code)};
}

Result<std::unique_ptr<Vault>> Vault::unlock(const VaultPaths& paths, const QString& username,
                                             const SecureBytes& password, const SecondFactor& second,
                                             const Clock& clock, UnlockPurpose purpose)
{
    auto keys = loadKeys(paths);
    DPP_TRY(keys);
    const QDateTime now = clock();
    AttemptLog attempts(paths.attempts());
    // Read and weighed for every name, known or not, so that the work done does not differ.
    std::vector<AttemptLog::Entry> entries = attempts.entries();
    const LockoutPolicy policy = Lockout::policyOf(entries);
    const Lockout::State lockout = Lockout::evaluate(entries, username, now, policy);
    const KeySlot* slot = keys->find(KeySlot::Kind::Password, username);
    if (!slot) {
        // Spend the same effort as a real slot would, so timing does not tell whether the name exists.
        for (const auto& s : keys->keySlots) {
            if (s.kind == KeySlot::Kind::Password) {
                (void)s.unwrap(keys->databaseId, password);
                break;
            }
        }
        // An unknown name is never locked (no user enumeration): always the usual answer.
        (void)attempts.record(std::nullopt, AttemptLog::Outcome::UnknownUser, now);
        return wrongCredentials();
    }
    if (lockout.locked) {
        // Issue 4 (Lockout): the same Argon2id work as any attempt, so timing does not tell; the
        // result is thrown away, so a right password gets nothing either, and no file but
        // .attempts changes.
        (void)slot->unwrap(keys->databaseId, password);
        (void)attempts.record(username, AttemptLog::Outcome::Refused, now);
        return lockedOut(username, lockout.until);
    }
    auto secretKey = slot->unwrap(keys->databaseId, password);
    if (!secretKey) {
        if (secretKey.error().code() != ErrorCode::WrongCredentials)
            return secretKey.error();
        (void)attempts.record(username, AttemptLog::Outcome::WrongSecret, now);
        entries.push_back({now, username, AttemptLog::Outcome::WrongSecret, std::nullopt});
        const Lockout::State after = Lockout::evaluate(entries, username, now, policy);
        // The failure that starts a lock leaves its own line, copied in as user.locked.
        if (after.locked && after.since == now)
            (void)attempts.record(username, AttemptLog::Outcome::Locked, now);
        return wrongCredentials();
    }
    const KeySlot slotCopy = *slot;
    return openWithSlot(paths, std::move(keys).value(), slotCopy, secretKey.value(), clock, &second, purpose);
}

Result<std::unique_ptr<Vault>> Vault::unlockWithKeychain(const VaultPaths& paths, SecretStore& store)
{
    auto keys = loadKeys(paths);
    DPP_TRY(keys);
    const KeySlot* slot = keys->find(KeySlot::Kind::Keychain, SchedulerPrincipal);
    if (!slot)
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("dpp::Vault",
                                        "This database has no scheduler key slot; add one with \"dppctl "
                                        "scheduler enable\"."));
    auto secret = store.read(keychainAccount(keys->databaseId, slot->id));
    if (!secret) {
        if (secret.error().code() == ErrorCode::NotFound)
            return Error(ErrorCode::WrongCredentials,
                         QCoreApplication::translate("dpp::Vault",
                                                     "The scheduler's secret is missing from %1; enable the "
                                                     "scheduler again.")
                             .arg(store.name()));
        return secret.error();
    }
    auto secretKey = slot->unwrap(keys->databaseId, secret.value());
    if (!secretKey) {
        (void)AttemptLog(paths.attempts())
            .record(SchedulerPrincipal, AttemptLog::Outcome::WrongSecret, QDateTime::currentDateTimeUtc());
        return Error(ErrorCode::WrongCredentials,
                     QCoreApplication::translate("dpp::Vault",
                                                 "The scheduler's secret in %1 does not open its key slot.")
                         .arg(store.name()));
    }
    const KeySlot slotCopy = *slot;
    return openWithSlot(paths, std::move(keys).value(), slotCopy, secretKey.value(), systemClock());
}

Result<std::unique_ptr<Vault>> Vault::openWithSlot(const VaultPaths& paths, KeySlotFile keys,
                                                   const KeySlot& slot, const SecureBytes& slotSecretKey,
                                                   const Clock& clock, const SecondFactor* second,
                                                   UnlockPurpose purpose)
{
    auto current = slot.open(KeySlot::Which::Dmk, keys.dmkCurrent, slotSecretKey);
    DPP_TRY(current);
    std::optional<SecureBytes> pending;
    if (!keys.dmkPending.isEmpty()) {
        auto opened = slot.open(KeySlot::Which::Dmk, keys.dmkPending, slotSecretKey);
        DPP_TRY(opened);
        pending = std::move(opened).value();
    }
    // The MAC proves that nobody swapped a public key or added a slot behind our back.
    DPP_TRY(keys.verifyMac(keys.macKeyId == keys.dmkPending && pending ? *pending : current.value()));

    // Held for the Vault's lifetime; waits while another process rotates the key.
    auto lock = VaultLock::shared(paths.lock());
    DPP_TRY(lock);
    if (!keys.dmkPending.isEmpty()) {
        // The rotation may have finished in the meantime: read the file again under the lock.
        auto reloaded = KeySlotFile::load(paths.keys());
        DPP_TRY(reloaded);
        if (reloaded->dmkCurrent == keys.dmkPending && reloaded->dmkPending.isEmpty() && pending) {
            keys = std::move(reloaded).value();
            current = std::move(*pending);
            pending.reset();
        }
    }

    // A rotation that was interrupted: the database has exactly one of the two keys. The old one
    // is tried first, so SQLite rolls a half-done rekey back from its journal with the old key.
    SecureBytes dmk = std::move(current).value();
    auto db = Database::open(paths.database(), dmk, Database::OpenMode::OpenExisting);
    bool onPendingKey = false;
    if (!db && pending && db.error().code() == ErrorCode::WrongCredentials) {
        db = Database::open(paths.database(), *pending, Database::OpenMode::OpenExisting);
        onPendingKey = db.ok();
    }
    DPP_TRY(db);

    auto storedId = db.value()->prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
    DPP_TRY(storedId);
    auto row = storedId->step();
    DPP_TRY(row);
    if (!row.value() || storedId->columnText(0) != keys.databaseId)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("dpp::Vault", "The key file %1 belongs to another database.")
                         .arg(paths.keys()));

    // Leaving dates that have come are carried out by whoever signs in first (issue 4, item 1).
    DPP_TRY(AccountRules::applyLeavingDates(*db.value(), paths, keys, dmk, clock()));
    if (slot.kind == KeySlot::Kind::Password && !keys.find(KeySlot::Kind::Password, slot.principal))
        return Error(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate("dpp::Vault", "The account %1 is disabled.").arg(slot.principal));

    Result<Session> session = slot.kind == KeySlot::Kind::Keychain
        ? Result<Session>(
            Session(0, SchedulerPrincipal, {Role::Scheduler}, Roles::displayName(Role::Scheduler)))
        : loadSession(*db.value(), slot.principal);
    DPP_TRY(session);

    SecureBytes piiKey;
    if (!keys.piiCurrent.isEmpty() && slot.has(KeySlot::Which::Pii, keys.piiCurrent)) {
        auto opened = slot.open(KeySlot::Which::Pii, keys.piiCurrent, slotSecretKey);
        DPP_TRY(opened);
        piiKey = std::move(opened).value();
        // A DMK holder can forge the file MAC but not this one: a PII slot with a swapped public
        // key is caught here, before the PII key is ever sealed to anyone again.
        DPP_TRY(keys.verifyPiiSlots(piiKey));
    }
    std::vector<std::pair<QString, SecureBytes>> oldPiiKeys;
    if (!piiKey.isEmpty()) {
        for (const SealedKey& sealed : slot.pii) {
            if (sealed.keyId == keys.piiCurrent)
                continue;
            auto opened = slot.open(KeySlot::Which::Pii, sealed.keyId, slotSecretKey);
            DPP_TRY(opened);
            oldPiiKeys.emplace_back(sealed.keyId, std::move(opened).value());
        }
    }

    if (!keys.dmkPending.isEmpty()) {
        // Only the signed-in account of this database gets here. Either way the rotation ends:
        // keep the key the database opened with, drop the other.
        if (onPendingKey) {
            dmk = std::move(*pending);
            keys.dmkCurrent = keys.dmkPending;
        }
        keys.dmkPending.clear();
        for (auto& s : keys.keySlots)
            s.retain(KeySlot::Which::Dmk, {keys.dmkCurrent});
        DPP_TRY(keys.save(paths.keys(), dmk, keys.dmkCurrent));
    }
    DPP_TRY(Schema::migrate(*db.value()));
    AccountRules::SignInState signIn;
    if (slot.kind == KeySlot::Kind::Password) {
        // Earlier failures first, so the log reads in the order things happened.
        DPP_TRY(copyAttempts(*db.value(), paths, keys.databaseId));
        // The second factor, the password's age and the grace period, checked inside the database.
        const SecondFactor none;
        auto checked = AccountRules::checkSignIn(*db.value(), paths, keys.databaseId, slot, slotSecretKey,
                                                 second ? *second : none, clock());
        DPP_TRY(checked);
        signIn = checked.value();
        session->setGate(signIn.gate);
        session->setSecondFactorGraceEnds(signIn.graceEnds);
    }
    DPP_TRY(recordUnlock(*db.value(), paths, keys.databaseId, session.value()));
    // The failed unlocks just copied in, and this unlock itself, go through the alarm rules now.
    // An alarm may disable this very account (a canary touched last session): then no session.
    (void)AlarmService(*db.value(), AuditLog(*db.value(), paths.auditHead(), keys.databaseId), clock)
        .evaluate();
    if (slot.kind != KeySlot::Kind::Keychain)
        DPP_TRY(loadSession(*db.value(), slot.principal));
    if (slot.kind == KeySlot::Kind::Password) {
        // The success marker: earlier failures of this user stop counting, and the settings'
        // lockout policy travels to the next check, which runs before the database is open.
        auto policy = lockoutSettings(*db.value());
        DPP_TRY(policy);
        (void)AttemptLog(paths.attempts())
            .record(slot.principal, AttemptLog::Outcome::Succeeded, clock(), policy.value());
    }

    std::unique_ptr<Vault> vault(new Vault(paths, std::move(lock).value(), std::move(db).value(),
                                           std::move(keys), std::move(dmk), std::move(piiKey),
                                           std::move(session).value(), clock));
    // One dppctl command signed in with every factor the account has: that is its step-up.
    if (purpose == UnlockPurpose::Command && slot.kind == KeySlot::Kind::Password && signIn.allFactors)
        vault->m_stepUpUntil = clock().addSecs(StepUpMinutes * 60);
    vault->m_oldPiiKeys = std::move(oldPiiKeys);
    if (slot.kind == KeySlot::Kind::Password)
        vault->m_slotSecretKey = slotSecretKey.clone();
    if (vault->holdsPiiKey() && vault->m_session.gate() == SessionGate::None)
        (void)vault->finishPiiRotation(); // a rotation a crash cut short, or one due since someone left
    return vault;
}

Result<void> Vault::recordUnlock(Database& db, const VaultPaths& paths, const QString& databaseId,
                                 const Session& session)
{
    // Failed unlocks could not be written into the database (it stayed closed): they wait in
    // <name>.attempts and come in now, with this unlock, in one transaction.
    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    DPP_TRY(copyAttempts(db, paths, databaseId));
    AuditLog audit(db, paths.auditHead(), databaseId);
    DPP_TRY(audit.append(
        AuditActor::of(session),
        {AuditAction::Unlock, AuditOutcome::Allowed, QStringLiteral("database"), databaseId, {}}));
    DPP_TRY(tx->commit());
    // A head that the log no longer extends stays as evidence; the unlock goes on, so the DPO can
    // investigate, and verify-audit names the row.
    (void)audit.publishHead();
    return success();
}

Result<void> Vault::copyAttempts(Database& db, const VaultPaths& paths, const QString& databaseId)
{
    auto tx = Transaction::beginUnlessActive(db);
    DPP_TRY(tx);
    AuditLog audit(db, paths.auditHead(), databaseId);
    auto copied = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'attempts_copied'"));
    DPP_TRY(copied);
    auto copiedRow = copied->step();
    DPP_TRY(copiedRow);
    const qsizetype alreadyCopied = copiedRow.value() ? copied->columnText(0).toLongLong() : 0;
    const auto entries = AttemptLog(paths.attempts()).entries();
    for (std::size_t i = static_cast<std::size_t>(alreadyCopied); i < entries.size(); ++i) {
        const auto& entry = entries[i];
        if (entry.outcome == AttemptLog::Outcome::Succeeded || entry.outcome == AttemptLog::Outcome::Released)
            continue; // reset markers; the unlock and the release have their own rows
        AuditActor actor{std::nullopt, entry.user.value_or(QStringLiteral("unknown"))};
        if (entry.user) {
            auto id = db.prepare(QStringLiteral("SELECT id FROM principals WHERE name = ?"));
            DPP_TRY(id);
            id->bind(1, *entry.user);
            auto found = id->step();
            DPP_TRY(found);
            if (found.value())
                actor.id = id->columnInt(0);
        }
        if (entry.outcome == AttemptLog::Outcome::Locked) {
            DPP_TRY(
                audit.append(actor,
                             {AuditAction::AccountLocked, AuditOutcome::Denied, QStringLiteral("principal"),
                              entry.user.value_or(QString()), AuditDetails().firstTime(entry.time)},
                             entry.time));
            continue;
        }
        if (entry.outcome == AttemptLog::Outcome::WrongCode) {
            DPP_TRY(audit.append(actor,
                                 {AuditAction::SecondFactorFailed, AuditOutcome::Denied,
                                  QStringLiteral("principal"), entry.user.value_or(QString()),
                                  AuditDetails().firstTime(entry.time)},
                                 entry.time));
            continue;
        }
        DPP_TRY(audit.append(
            actor,
            {AuditAction::UnlockFailed, AuditOutcome::Denied, QStringLiteral("database"), databaseId,
             AuditDetails().reason(AttemptLog::outcomeName(entry.outcome)).firstTime(entry.time)},
            entry.time));
    }
    auto mark = db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('attempts_copied', ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    DPP_TRY(mark);
    mark->bind(1, QString::number(entries.size()));
    DPP_TRY(mark->run());
    return tx.value() ? tx.value()->commit() : success();
}

AuditLog Vault::audit() const
{
    return AuditLog(*m_db, m_paths.auditHead(), m_keys.databaseId);
}

AlarmService Vault::alarms() const
{
    return AlarmService(*m_db, audit());
}

Result<void> Vault::authorize(Permission permission) const
{
    auto allowed = m_session.require(permission);
    if (!allowed && m_db) {
        // Every denial is a security event (DPP: monitor repeated unauthorised calls).
        (void)audit().append(AuditActor::of(m_session),
                             {AuditAction::PermissionDenied, AuditOutcome::Denied,
                              QStringLiteral("permission"), Roles::name(permission),
                              AuditDetails().permission(Roles::name(permission))});
        // Repeated denials are the first DPP alarm; evaluated at once, so the account can be
        // disabled while the attempts go on rather than at the next unlock.
        (void)alarms().evaluate();
    }
    return allowed;
}

Result<qint64> Vault::pruneAudit(const QDateTime& now)
{
    DPP_TRY(require(Permission::AuditVerify));
    auto days = setting(QStringLiteral("audit.retention_days"), QString::number(DefaultAuditRetentionDays));
    DPP_TRY(days);
    // A value below the floor (written around the API) is never obeyed.
    const int retention = std::max(days->toInt(), MinimumAuditRetentionDays);
    return audit().prune(AuditActor::of(m_session), now.addDays(-retention));
}

Result<AuditVerification> Vault::verifyAudit()
{
    DPP_TRY(require(Permission::AuditVerify));
    auto verified = audit().verify();
    DPP_TRY(verified);
    (void)audit().append(AuditActor::of(m_session),
                         {AuditAction::AuditVerified,
                          verified->intact ? AuditOutcome::Allowed : AuditOutcome::Failed,
                          QStringLiteral("audit-log"), QString(), AuditDetails().count(verified->rows)});
    if (!verified->intact)
        (void)alarms().evaluate();
    return verified;
}

Result<void> Vault::refreshKeys()
{
    if (m_keysOutOfStep || !m_db)
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate(
                         "dpp::Vault",
                         "The key file changed while this window was open. Lock and unlock again, "
                         "then repeat the change."));
    // Another session may have changed .keys since this one opened it: start from the file, not
    // from memory, so its change is not lost. Its MAC must verify with the key this session holds.
    auto onDisk = KeySlotFile::load(m_paths.keys());
    DPP_TRY(onDisk);
    if (onDisk->generation == m_keys.generation)
        return success();
    if (onDisk->dmkCurrent != m_keys.dmkCurrent || !onDisk->dmkPending.isEmpty()) {
        m_keysOutOfStep = true;
        return refreshKeys();
    }
    DPP_TRY(onDisk->verifyMac(m_dmk));
    m_keys = std::move(onDisk).value();
    return success();
}

Result<void> Vault::checkRoomForRekey() const
{
    // The rekey journals every page: it needs about the database's size free beside it.
    struct statvfs fs = {};
    const QFileInfo info(m_paths.database());
    if (::statvfs(QFile::encodeName(info.absolutePath()).constData(), &fs) != 0)
        return success(); // cannot tell; the rekey itself is verified afterwards
    const auto available = static_cast<qint64>(fs.f_bavail) * static_cast<qint64>(fs.f_frsize);
    const qint64 needed = info.size() + info.size() / 10 + 1024 * 1024;
    if (available < needed)
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate(
                         "dpp::Vault",
                         "Not enough free disk space to rotate the key: it needs about %1 MB free "
                         "beside the database. Nothing was changed.")
                         .arg(needed / (1024 * 1024) + 1));
    return success();
}

Result<QList<SlotSummary>> Vault::keySlots() const
{
    DPP_TRY(require(Permission::StatusView));
    QList<SlotSummary> list;
    for (const auto& slot : m_keys.keySlots) {
        list.append({slot.id, KeySlot::kindName(slot.kind), slot.principal, slot.created,
                     slot.usesArgon2id ? QStringLiteral("argon2id") : QStringLiteral("hkdf-sha256"),
                     slot.usesArgon2id ? slot.argon2id.opslimit : 0,
                     slot.usesArgon2id ? slot.argon2id.memlimit / (1024 * 1024) : 0,
                     !m_keys.piiCurrent.isEmpty() && slot.has(KeySlot::Which::Pii, m_keys.piiCurrent)});
    }
    return list;
}

Result<VaultStatus> Vault::status() const
{
    DPP_TRY(require(Permission::StatusView));
    VaultStatus s;
    s.databasePath = m_paths.database();
    s.databaseId = m_keys.databaseId;
    s.keysGeneration = m_keys.generation;
    auto version = Schema::version(*m_db);
    DPP_TRY(version);
    s.schemaVersion = version.value();
    s.cipherVersion = Database::cipherVersion();
    auto pageSize = m_db->prepare(QStringLiteral("PRAGMA cipher_page_size"));
    DPP_TRY(pageSize);
    auto row = pageSize->step();
    DPP_TRY(row);
    s.pageSize = static_cast<int>(pageSize->columnInt(0));
    s.cipher = QStringLiteral("AES-256-CBC");
    auto hmac = m_db->prepare(QStringLiteral("PRAGMA cipher_hmac_algorithm"));
    DPP_TRY(hmac);
    auto hmacRow = hmac->step();
    DPP_TRY(hmacRow);
    s.pageHmac = hmacRow.value() ? hmac->columnText(0) : QString();
    auto slotList = keySlots();
    DPP_TRY(slotList);
    s.keySlots = slotList.value();
    auto principals = countRows(*m_db, QStringLiteral("principals"));
    DPP_TRY(principals);
    s.principals = principals.value();
    auto settings = countRows(*m_db, QStringLiteral("settings"));
    DPP_TRY(settings);
    s.settings = settings.value();
    const auto entries = AttemptLog(m_paths.attempts()).entries();
    s.failedUnlocksRecorded = std::count_if(entries.begin(), entries.end(), [](const AttemptLog::Entry& e) {
        return e.outcome != AttemptLog::Outcome::Succeeded && e.outcome != AttemptLog::Outcome::Locked
            && e.outcome != AttemptLog::Outcome::Released;
    });
    return s;
}

Result<void> Vault::rotateDatabaseKey(const std::function<bool(RekeyStep)>& stopAt)
{
    DPP_TRY(require(Permission::KeysManage));
    DPP_TRY(refreshKeys());
    if (!m_keys.dmkPending.isEmpty())
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::Vault", "A key rotation is already under way."));
    DPP_TRY(m_lock.tryExclusive());
    const auto downgrade = qScopeGuard([this] { m_lock.downgrade(); });
    DPP_TRY(checkRoomForRekey());
    SecureBytes newDmk = SecureBytes::random(crypto::KeySize);
    const QString newId = KeySlotFile::newKeyId();

    // Step 1: every slot gets the new key beside the old one, before the database changes.
    KeySlotFile staged = m_keys;
    staged.dmkPending = newId;
    for (auto& slot : staged.keySlots)
        DPP_TRY(slot.seal(KeySlot::Which::Dmk, newId, newDmk));
    DPP_TRY(staged.save(m_paths.keys(), m_dmk, m_keys.dmkCurrent));
    m_keys = staged;
    if (stopAt && !stopAt(RekeyStep::NewKeySealed))
        return Error(
            ErrorCode::Failed,
            QCoreApplication::translate("dpp::Vault", "Key rotation stopped after sealing the new key."));

    // Step 2: SQLCipher re-encrypts every page in one journalled transaction. Its answer is not
    // trusted (Database::rekey): the connection is closed and a fresh one proves every page.
    DPP_TRY(m_db->checkpoint());
    const auto rekeyed = m_db->rekey(newDmk);
    m_db.reset();
    auto reopened = Database::open(m_paths.database(), newDmk, Database::OpenMode::OpenExisting);
    Result<void> proved = reopened ? reopened.value()->checkIntegrity() : Result<void>(reopened.error());
    if (!proved) {
        // The rekey did not take (a full disk, an I/O error): the file must still be whole under
        // the old key. Prove that too, and take the new key out of .keys again.
        reopened = Database::open(m_paths.database(), m_dmk, Database::OpenMode::OpenExisting);
        Result<void> old = reopened ? reopened.value()->checkIntegrity() : Result<void>(reopened.error());
        if (!old) {
            m_keysOutOfStep = true;
            return Error(ErrorCode::Corrupt,
                         QCoreApplication::translate(
                             "dpp::Vault",
                             "The database key rotation failed and the database cannot be read "
                             "with either key (%1). Do not delete %2; restore from a backup.")
                             .arg(old.error().message(), m_paths.keys()));
        }
        m_db = std::move(reopened).value();
        KeySlotFile rolledBack = m_keys;
        rolledBack.dmkPending.clear();
        for (auto& slot : rolledBack.keySlots)
            slot.retain(KeySlot::Which::Dmk, {rolledBack.dmkCurrent});
        if (rolledBack.save(m_paths.keys(), m_dmk, rolledBack.dmkCurrent))
            m_keys = std::move(rolledBack);
        else
            m_keysOutOfStep = true; // the next unlock clears the pending key
        (void)audit().append(AuditActor::of(m_session),
                             {AuditAction::DatabaseKeyRotated, AuditOutcome::Failed,
                              QStringLiteral("database"), m_keys.databaseId,
                              AuditDetails().keyId(m_keys.dmkCurrent)});
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate(
                         "dpp::Vault",
                         "The database key could not be changed (%1); the database keeps its old "
                         "key and nothing was lost.")
                         .arg(rekeyed ? QCoreApplication::translate("dpp::Vault", "is the disk full?")
                                      : rekeyed.error().message()));
    }
    m_db = std::move(reopened).value();
    if (stopAt && !stopAt(RekeyStep::DatabaseRekeyed))
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::Vault",
                                                 "Key rotation stopped after re-encrypting the database."));

    // Step 3: the old key leaves the file.
    KeySlotFile finished = m_keys;
    finished.dmkCurrent = newId;
    finished.dmkPending.clear();
    for (auto& slot : finished.keySlots)
        slot.retain(KeySlot::Which::Dmk, {newId});
    m_dmk = std::move(newDmk);
    auto saved = finished.save(m_paths.keys(), m_dmk, newId);
    if (!saved) {
        m_keysOutOfStep = true; // .keys still holds both keys; the next unlock finishes the rotation
        return saved.error();
    }
    m_keys = std::move(finished);
    (void)audit().append(AuditActor::of(m_session),
                         {AuditAction::DatabaseKeyRotated, AuditOutcome::Allowed, QStringLiteral("database"),
                          m_keys.databaseId,
                          AuditDetails().keyId(newId).count(static_cast<qint64>(m_keys.keySlots.size()))});
    return success();
}

Result<SecureBytes> Vault::renewRecoveryKey()
{
    DPP_TRY(require(Permission::KeysManage));
    if (!holdsPiiKey())
        return Error(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate("dpp::Vault",
                                        "Only someone who holds the PII key can issue a new recovery key, "
                                        "because the recovery key opens the PII key too."));
    DPP_TRY(refreshKeys());
    DPP_TRY(m_keys.verifyPiiSlots(m_piiKey));
    SecureBytes secret = SecureBytes::random(crypto::KeySize);
    auto slot = KeySlot::create(m_keys.databaseId, KeySlot::Kind::Recovery, RecoveryPrincipal, secret,
                                crypto::Argon2idParams::standard());
    DPP_TRY(slot);
    DPP_TRY(slot->seal(KeySlot::Which::Dmk, m_keys.dmkCurrent, m_dmk));
    DPP_TRY(slot->seal(KeySlot::Which::Pii, m_keys.piiCurrent, m_piiKey));
    KeySlotFile updated = m_keys;
    updated.put(std::move(slot).value());
    updated.signPiiSlots(m_piiKey);
    DPP_TRY(updated.save(m_paths.keys(), m_dmk, m_keys.dmkCurrent));
    m_keys = std::move(updated);
    (void)audit().append(AuditActor::of(m_session),
                         {AuditAction::RecoveryKeyRenewed, AuditOutcome::Allowed, QStringLiteral("key-slot"),
                          m_keys.find(KeySlot::Kind::Recovery, RecoveryPrincipal)->id,
                          AuditDetails().slotKind(QStringLiteral("recovery"))});
    // The old recovery slot's PII tag stays valid until the PII key changes: someone who put that
    // slot back from a copy of .keys would receive the next PII key. So it changes now.
    DPP_TRY(rotatePiiKey());
    return formatRecoveryKey(secret);
}

Result<bool> Vault::recoveryKeyConfirmed() const
{
    const KeySlot* slot = m_keys.find(KeySlot::Kind::Recovery, RecoveryPrincipal);
    if (!slot)
        return false;
    auto stmt = m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'recovery_key_confirmed'"));
    DPP_TRY(stmt);
    auto row = stmt->step();
    DPP_TRY(row);
    // The confirmation names the slot it was given for, so a renewed key needs its own.
    return row.value() && stmt->columnText(0) == slot->id;
}

Result<void> Vault::confirmRecoveryKeyStored()
{
    DPP_TRY(require(Permission::KeysManage));
    const KeySlot* slot = m_keys.find(KeySlot::Kind::Recovery, RecoveryPrincipal);
    if (!slot)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("dpp::Vault", "This database has no recovery key."));
    auto tx = Transaction::begin(*m_db);
    DPP_TRY(tx);
    auto stmt
        = m_db->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('recovery_key_confirmed', ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    DPP_TRY(stmt);
    stmt->bind(1, slot->id);
    DPP_TRY(stmt->run());
    DPP_TRY(
        audit().append(AuditActor::of(m_session),
                       {AuditAction::RecoveryKeyConfirmed, AuditOutcome::Allowed, QStringLiteral("key-slot"),
                        slot->id, AuditDetails().slotKind(QStringLiteral("recovery"))}));
    DPP_TRY(tx->commit());
    return audit().publishHead();
}

Result<void> Vault::addKeychainSlot(SecretStore& store)
{
    DPP_TRY(require(Permission::KeysManage));
    DPP_TRY(refreshKeys());
    SecureBytes secret = SecureBytes::random(crypto::KeySize);
    auto slot = KeySlot::create(m_keys.databaseId, KeySlot::Kind::Keychain, SchedulerPrincipal, secret,
                                crypto::Argon2idParams::standard());
    DPP_TRY(slot);
    // The scheduler gets the database key only: it never holds the PII key.
    DPP_TRY(slot->seal(KeySlot::Which::Dmk, m_keys.dmkCurrent, m_dmk));
    // The secret goes to the keychain first: a slot nobody can open is harmless, a keychain entry
    // without its slot is just removed next time.
    DPP_TRY(store.write(keychainAccount(m_keys.databaseId, slot->id), secret));
    KeySlotFile updated = m_keys;
    const KeySlot* old = updated.find(KeySlot::Kind::Keychain, SchedulerPrincipal);
    const QString oldId = old ? old->id : QString();
    updated.put(std::move(slot).value());
    auto saved = updated.save(m_paths.keys(), m_dmk, m_keys.dmkCurrent);
    if (!saved) {
        (void)store.remove(keychainAccount(m_keys.databaseId, updated.keySlots.back().id));
        return saved.error();
    }
    m_keys = std::move(updated);
    (void)audit().append(AuditActor::of(m_session),
                         {AuditAction::KeySlotAdded, AuditOutcome::Allowed, QStringLiteral("key-slot"),
                          m_keys.keySlots.back().id, AuditDetails().slotKind(QStringLiteral("keychain"))});
    if (!oldId.isEmpty())
        (void)store.remove(keychainAccount(m_keys.databaseId, oldId));
    return success();
}

Result<void> Vault::removeKeychainSlot(SecretStore& store)
{
    DPP_TRY(require(Permission::KeysManage));
    DPP_TRY(refreshKeys());
    const KeySlot* slot = m_keys.find(KeySlot::Kind::Keychain, SchedulerPrincipal);
    if (!slot)
        return success();
    const QString account = keychainAccount(m_keys.databaseId, slot->id);
    KeySlotFile updated = m_keys;
    std::erase_if(updated.keySlots, [](const KeySlot& s) { return s.kind == KeySlot::Kind::Keychain; });
    DPP_TRY(updated.save(m_paths.keys(), m_dmk, m_keys.dmkCurrent));
    m_keys = std::move(updated);
    (void)audit().append(AuditActor::of(m_session),
                         {AuditAction::KeySlotRemoved, AuditOutcome::Allowed, QStringLiteral("key-slot"),
                          account.section(QLatin1Char('/'), 1),
                          AuditDetails().slotKind(QStringLiteral("keychain"))});
    return store.remove(account);
}

Result<QString> Vault::setting(const QString& key, const QString& defaultValue) const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, key);
    auto row = stmt->step();
    DPP_TRY(row);
    return row.value() ? stmt->columnText(0) : defaultValue;
}

Result<void> Vault::setSetting(const QString& key, const QString& value)
{
    // Settings that may only be made stricter than the DPP's floors (issues 3 and 4): an integer
    // within [minimum, maximum]. A key of these families that is not listed is refused too.
    struct Bounds
    {
        QLatin1StringView key;
        int minimum;
        int maximum;
    };
    static constexpr int Unbounded = std::numeric_limits<int>::max();
    static const Bounds bounded[] = {
        {QLatin1StringView("audit.retention_days"), MinimumAuditRetentionDays, Unbounded},
        {QLatin1StringView("lockout.threshold"), 1, LockoutPolicy::DefaultThreshold},
        {QLatin1StringView("lockout.window_minutes"), LockoutPolicy::DefaultWindowMinutes, Unbounded},
        {QLatin1StringView("lockout.duration_minutes"), LockoutPolicy::DefaultDurationMinutes, Unbounded},
        {QLatin1StringView("password.min_length"), PasswordPolicy::MinimumLength, 128},
        {QLatin1StringView("password.max_age_days"), 1, UserAccounts::PasswordMaximumAgeDays},
        {QLatin1StringView("password.min_age_days"), UserAccounts::PasswordMinimumAgeDays, 30},
    };
    // The retention period and the fields left out at import are the DPO's (retention.manage):
    // they change through Retention and OrderStore, which also recompute due dates.
    if (key.startsWith(QLatin1String("retention.")) || key.startsWith(QLatin1String("import.")))
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("dpp::Vault",
                                                 "The retention period and the buyer data left out at import "
                                                 "are changed in the Retention view, by the Data Protection "
                                                 "Officer."));
    const bool family = key == QLatin1String("audit.retention_days")
        || key.startsWith(QLatin1String("lockout.")) || key.startsWith(QLatin1String("password."));
    if (family) {
        bool number = false;
        const int n = value.toInt(&number);
        const auto bounds = std::find_if(std::begin(bounded), std::end(bounded),
                                         [&](const Bounds& b) { return key == b.key; });
        if (!number || bounds == std::end(bounded) || n < bounds->minimum || n > bounds->maximum) {
            if (key.startsWith(QLatin1String("audit.")))
                return Error(ErrorCode::InvalidInput,
                             QCoreApplication::translate("dpp::Vault",
                                                         "The audit log is kept at least %1 days (the DPP "
                                                         "asks 90 days of logs); choose %1 or more.")
                                 .arg(MinimumAuditRetentionDays));
            if (key.startsWith(QLatin1String("lockout.")))
                return Error(
                    ErrorCode::InvalidInput,
                    QCoreApplication::translate("dpp::Vault",
                                                "The lockout can only be made stricter: at most %1 "
                                                "failed sign-ins within at least %2 minutes lock the "
                                                "account for at least %3 minutes.")
                        .arg(LockoutPolicy::DefaultThreshold)
                        .arg(LockoutPolicy::DefaultWindowMinutes)
                        .arg(LockoutPolicy::DefaultDurationMinutes));
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("dpp::Vault",
                                                     "The password rules can only be made stricter: at least "
                                                     "%1 characters, a change at least every %2 days, and no "
                                                     "second change within a day.")
                             .arg(PasswordPolicy::MinimumLength)
                             .arg(UserAccounts::PasswordMaximumAgeDays));
        }
    }
    DPP_TRY(require(Permission::SettingsManage));
    auto tx = Transaction::begin(*m_db);
    DPP_TRY(tx);
    DPP_TRY(writeSetting(key, value));
    DPP_TRY(audit().append(AuditActor::of(m_session),
                           {AuditAction::SettingChanged, AuditOutcome::Allowed, QStringLiteral("setting"),
                            key, AuditDetails().setting(key)}));
    DPP_TRY(tx->commit());
    return audit().publishHead();
}

Result<void> Vault::writeSetting(const QString& key, const QString& value)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "INSERT INTO settings (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, "
        "changed_by = excluded.changed_by"));
    DPP_TRY(stmt);
    stmt->bind(1, key).bind(2, value).bind(3, nowText());
    if (m_session.principalId() > 0)
        stmt->bind(4, m_session.principalId());
    else
        stmt->bindNull(4);
    return stmt->run();
}

} // namespace dpp
