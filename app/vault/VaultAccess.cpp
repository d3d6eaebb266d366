// Vault, continued: guarded access once signed in (issue 4) — permission checks with step-up
// re-authentication, the PII kill switch, the PII key's rotation and the data keys it wraps.
// Signing in and the database key are in Vault.cpp.
#include "audit/AlarmService.h"
#include "audit/AuditLog.h"
#include "auth/AttemptLog.h"
#include "auth/Lockout.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/AccountRules.h"
#include "vault/UserAccounts.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QLocale>

namespace dpp {

namespace {

QByteArray dataKeyAssociatedData(const QString& ownerType, const QString& ownerId, const QString& keyId)
{
    return QStringLiteral("dpp-console/data-key/v1|%1|%2|%3").arg(ownerType, ownerId, keyId).toUtf8();
}

Result<QByteArray> wrapDataKey(const SecureBytes& piiKey, const QString& keyId, const QString& ownerType,
                               const QString& ownerId, const SecureBytes& dataKey)
{
    auto sealed
        = crypto::aesGcmEncrypt(piiKey, dataKey.view(), dataKeyAssociatedData(ownerType, ownerId, keyId));
    DPP_TRY(sealed);
    return QByteArray(sealed->nonce + sealed->ciphertext);
}

Result<SecureBytes> unwrapDataKey(const SecureBytes& piiKey, const QString& keyId, const QString& ownerType,
                                  const QString& ownerId, const QByteArray& wrapped)
{
    constexpr qsizetype NonceSize = 12;
    if (wrapped.size() <= NonceSize)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("dpp::Vault", "A stored data key is damaged (%1 %2).")
                         .arg(ownerType, ownerId));
    const crypto::Sealed sealed{wrapped.left(NonceSize), wrapped.mid(NonceSize)};
    return crypto::aesGcmDecrypt(piiKey, sealed, dataKeyAssociatedData(ownerType, ownerId, keyId));
}

Error noPiiKeyError()
{
    return Error(ErrorCode::PermissionDenied,
                 QCoreApplication::translate("dpp::Vault",
                                             "Your account has not been given the PII key yet: the Data "
                                             "Protection Officer grants it."));
}

} // namespace

UserAccounts Vault::users()
{
    return UserAccounts(*this);
}

bool Vault::hasStepUp() const
{
    return m_session.isService() || (m_stepUpUntil.isValid() && m_clock() < m_stepUpUntil);
}

Result<void> Vault::authorizeGuarded(Permission permission)
{
    DPP_TRY(authorize(permission));
    if (hasStepUp())
        return success();
    return Error(ErrorCode::StepUpRequired,
                 QCoreApplication::translate("dpp::Vault",
                                             "Confirm that it is you: enter your password (and your code) "
                                             "again. It then holds for %1 minutes.")
                     .arg(StepUpMinutes));
}

Result<void> Vault::stepUp(const SecureBytes& password, const SecondFactor& second)
{
    if (m_session.isService())
        return success();
    const QDateTime now = m_clock();
    const QString& name = m_session.name();
    AttemptLog attempts(m_paths.attempts());
    std::vector<AttemptLog::Entry> entries = attempts.entries();
    const LockoutPolicy policy = Lockout::policyOf(entries);
    if (Lockout::evaluate(entries, name, now, policy).locked)
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("dpp::Vault",
                                                 "The account %1 is locked after too many failed attempts.")
                         .arg(name));
    DPP_TRY(refreshKeys());
    const KeySlot* slot = m_keys.find(KeySlot::Kind::Password, name);
    if (!slot)
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("dpp::Vault", "The account %1 is disabled.").arg(name));
    // A failure goes to .attempts like a failed sign-in (it counts towards the lockout, so an
    // open console is no way to guess the password) and from there into the audit log at once.
    const auto fail = [&](AttemptLog::Outcome outcome, const Error& error) -> Error {
        (void)attempts.record(name, outcome, now);
        entries.push_back({now, name, outcome, std::nullopt});
        const Lockout::State after = Lockout::evaluate(entries, name, now, policy);
        if (after.locked && after.since == now)
            (void)attempts.record(name, AttemptLog::Outcome::Locked, now);
        (void)copyAttempts(*m_db, m_paths, m_keys.databaseId);
        (void)audit().append(
            AuditActor::of(m_session),
            {AuditAction::StepUp, AuditOutcome::Failed, QStringLiteral("principal"), name, {}});
        (void)audit().publishHead();
        (void)alarms().evaluate();
        return error;
    };
    auto secretKey = slot->unwrap(m_keys.databaseId, password);
    if (!secretKey) {
        if (secretKey.error().code() != ErrorCode::WrongCredentials)
            return secretKey.error();
        return fail(AttemptLog::Outcome::WrongSecret,
                    Error(ErrorCode::WrongCredentials,
                          QCoreApplication::translate("dpp::Vault", "The password is wrong.")));
    }
    auto tx = Transaction::begin(*m_db);
    DPP_TRY(tx);
    auto verified = AccountRules::verifySecondFactor(*m_db, m_session.principalId(), *slot, secretKey.value(),
                                                     second, now);
    if (!verified) {
        tx->rollback();
        if (verified.error().code() == ErrorCode::WrongCredentials)
            return fail(AttemptLog::Outcome::WrongCode, verified.error());
        return verified.error();
    }
    DPP_TRY(audit().append(
        AuditActor::of(m_session),
        {AuditAction::StepUp, AuditOutcome::Allowed, QStringLiteral("principal"), name, {}}, now));
    DPP_TRY(tx->commit());
    m_stepUpUntil = now.addSecs(StepUpMinutes * 60);
    return audit().publishHead();
}

Result<bool> Vault::piiAccessOff() const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'pii_access_off'"));
    DPP_TRY(stmt);
    auto row = stmt->step();
    DPP_TRY(row);
    return row.value() && stmt->columnText(0) == QLatin1String("1");
}

Result<void> Vault::setPiiAccessOff(bool off)
{
    // Off is the emergency brake: no step-up in the way. On again needs it.
    DPP_TRY(off ? authorize(Permission::KillSwitch) : authorizeGuarded(Permission::KillSwitch));
    auto tx = Transaction::begin(*m_db);
    DPP_TRY(tx);
    auto stmt = m_db->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('pii_access_off', ?) "
                                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    DPP_TRY(stmt);
    stmt->bind(1, off ? QStringLiteral("1") : QStringLiteral("0"));
    DPP_TRY(stmt->run());
    DPP_TRY(audit().append(AuditActor::of(m_session),
                           {AuditAction::KillSwitchChanged,
                            AuditOutcome::Allowed,
                            QStringLiteral("pii-access"),
                            off ? QStringLiteral("off") : QStringLiteral("on"),
                            {}},
                           m_clock()));
    DPP_TRY(tx->commit());
    return audit().publishHead();
}

Result<void> Vault::authorizePii(Permission permission)
{
    DPP_TRY(authorize(permission));
    const auto deny = [&](const QString& reason, const QString& message) -> Error {
        (void)audit().append(AuditActor::of(m_session),
                             {AuditAction::PermissionDenied, AuditOutcome::Denied,
                              QStringLiteral("permission"), Roles::name(permission),
                              AuditDetails().permission(Roles::name(permission)).reason(reason)},
                             m_clock());
        (void)alarms().evaluate();
        return Error(ErrorCode::PermissionDenied, message);
    };
    auto off = piiAccessOff();
    DPP_TRY(off);
    if (off.value())
        return deny(QStringLiteral("kill-switch"),
                    QCoreApplication::translate("dpp::Vault",
                                                "PII access is turned off for everyone by an administrator "
                                                "(kill switch). Nothing was revealed, printed or exported."));
    if (!holdsPiiKey())
        return deny(QStringLiteral("no-pii-key"),
                    QCoreApplication::translate("dpp::Vault",
                                                "Your account has not been given the PII key yet: the Data "
                                                "Protection Officer grants it."));
    if (!hasStepUp())
        return authorizeGuarded(permission);
    return success();
}

Result<bool> Vault::piiKeyRotationDue() const
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = 'pii_rotation_due'"));
    DPP_TRY(stmt);
    auto row = stmt->step();
    DPP_TRY(row);
    if (row.value())
        return true;
    for (const KeySlot& slot : m_keys.keySlots)
        for (const SealedKey& sealed : slot.pii)
            if (sealed.keyId != m_keys.piiCurrent)
                return true;
    return false;
}

Result<void> Vault::saveKeys(KeySlotFile staged)
{
    DPP_TRY(staged.save(m_paths.keys(), m_dmk, m_keys.dmkCurrent));
    m_keys = std::move(staged);
    return success();
}

Result<void> Vault::rotatePiiKey()
{
    if (!m_session.can(Permission::UsersManage))
        DPP_TRY(authorize(Permission::KeysManage));
    if (!holdsPiiKey())
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("dpp::Vault",
                                                 "Only someone who holds the PII key can rotate it (the Data "
                                                 "Protection Officer)."));
    DPP_TRY(refreshKeys());
    DPP_TRY(m_keys.verifyPiiSlots(m_piiKey));

    // Who keeps the PII key: the recovery slot, and active accounts whose roles need it.
    auto accounts = users().records();
    DPP_TRY(accounts);
    QStringList keep;
    for (const UserRecord& user : accounts.value()) {
        if (user.status == QLatin1String("active")
            && std::any_of(user.roles.begin(), user.roles.end(), [](Role r) { return Roles::needsPii(r); }))
            keep << user.username;
    }

    // Step 1: the new key beside the old one in every slot that keeps it; the others lose both.
    SecureBytes newKey = SecureBytes::random(crypto::KeySize);
    const QString newId = KeySlotFile::newKeyId();
    KeySlotFile staged = m_keys;
    for (KeySlot& slot : staged.keySlots) {
        const bool keeps = slot.kind == KeySlot::Kind::Recovery
            || (slot.kind == KeySlot::Kind::Password && keep.contains(slot.principal));
        if (keeps && slot.has(KeySlot::Which::Pii, m_keys.piiCurrent))
            DPP_TRY(slot.seal(KeySlot::Which::Pii, newId, newKey));
        else if (!keeps)
            slot.retain(KeySlot::Which::Pii, {});
    }
    staged.piiCurrent = newId;
    staged.signPiiSlots(newKey);
    const QString oldId = m_keys.piiCurrent;
    DPP_TRY(saveKeys(std::move(staged)));
    m_oldPiiKeys.emplace_back(oldId, std::move(m_piiKey));
    m_piiKey = std::move(newKey);
    // Steps 2 and 3: data keys re-wrapped, old key dropped. A crash before they finish leaves the
    // old key beside the new one; the next PII holder's sign-in finishes.
    return finishPiiRotation();
}

Result<void> Vault::finishPiiRotation()
{
    if (!holdsPiiKey())
        return success();
    DPP_TRY(refreshKeys());
    // Verified before re-signing below, so a slot swapped meanwhile is never given a valid tag.
    DPP_TRY(m_keys.verifyPiiSlots(m_piiKey));
    bool oldKeysInFile = false;
    for (const KeySlot& slot : m_keys.keySlots)
        for (const SealedKey& sealed : slot.pii)
            oldKeysInFile = oldKeysInFile || sealed.keyId != m_keys.piiCurrent;
    if (!oldKeysInFile) {
        auto due = piiKeyRotationDue();
        DPP_TRY(due);
        // Due because a holder left: rotate now if this session may.
        if (due.value() && (m_session.can(Permission::KeysManage) || m_session.can(Permission::UsersManage)))
            return rotatePiiKey();
        return success();
    }

    auto tx = Transaction::begin(*m_db);
    DPP_TRY(tx);
    auto rows = m_db->prepare(
        QStringLiteral("SELECT owner_type, owner_id, key_id, wrapped FROM wrapped_keys WHERE key_id <> ?"));
    DPP_TRY(rows);
    rows->bind(1, m_keys.piiCurrent);
    auto update = m_db->prepare(QStringLiteral(
        "UPDATE wrapped_keys SET key_id = ?, wrapped = ? WHERE owner_type = ? AND owner_id = ?"));
    DPP_TRY(update);
    qint64 rewrapped = 0;
    for (;;) {
        auto row = rows->step();
        DPP_TRY(row);
        if (!row.value())
            break;
        const QString ownerType = rows->columnText(0), ownerId = rows->columnText(1),
                      keyId = rows->columnText(2);
        const auto old = std::find_if(m_oldPiiKeys.begin(), m_oldPiiKeys.end(),
                                      [&](const auto& entry) { return entry.first == keyId; });
        if (old == m_oldPiiKeys.end())
            return Error(ErrorCode::Corrupt,
                         QCoreApplication::translate("dpp::Vault",
                                                     "Data keys are wrapped by a PII key (%1) that this "
                                                     "account does not hold; the PII key rotation cannot "
                                                     "finish. Sign in as the Data Protection Officer.")
                             .arg(keyId));
        auto dataKey = dpp::unwrapDataKey(old->second, keyId, ownerType, ownerId, rows->columnBlob(3));
        DPP_TRY(dataKey);
        auto wrapped = dpp::wrapDataKey(m_piiKey, m_keys.piiCurrent, ownerType, ownerId, dataKey.value());
        DPP_TRY(wrapped);
        update->bind(1, m_keys.piiCurrent).bind(2, wrapped.value()).bind(3, ownerType).bind(4, ownerId);
        DPP_TRY(update->run());
        DPP_TRY(update->reset());
        ++rewrapped;
    }
    DPP_TRY(m_db->exec(QStringLiteral("DELETE FROM meta WHERE key = 'pii_rotation_due'")));
    DPP_TRY(audit().append(AuditActor::of(m_session),
                           {AuditAction::PiiKeyRotated, AuditOutcome::Allowed, QStringLiteral("pii-key"),
                            m_keys.piiCurrent, AuditDetails().keyId(m_keys.piiCurrent).count(rewrapped)},
                           m_clock()));
    DPP_TRY(tx->commit());
    (void)audit().publishHead();

    KeySlotFile finished = m_keys;
    for (KeySlot& slot : finished.keySlots)
        slot.retain(KeySlot::Which::Pii, {finished.piiCurrent});
    finished.signPiiSlots(m_piiKey);
    DPP_TRY(saveKeys(std::move(finished)));
    m_oldPiiKeys.clear();
    return success();
}

Result<void> Vault::storeDataKey(const QString& ownerType, const QString& ownerId, const SecureBytes& dataKey)
{
    auto wrapped = wrapDataKey(ownerType, ownerId, dataKey);
    DPP_TRY(wrapped);
    auto stmt = m_db->prepare(
        QStringLiteral("INSERT INTO wrapped_keys (owner_type, owner_id, key_id, wrapped) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (owner_type, owner_id) DO UPDATE SET key_id = excluded.key_id, wrapped = "
                       "excluded.wrapped"));
    DPP_TRY(stmt);
    stmt->bind(1, ownerType).bind(2, ownerId).bind(3, wrapped->keyId).bind(4, wrapped->wrapped);
    return stmt->run();
}

Result<SecureBytes> Vault::dataKey(const QString& ownerType, const QString& ownerId) const
{
    if (!holdsPiiKey())
        return noPiiKeyError();
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT key_id, wrapped FROM wrapped_keys WHERE owner_type = ? AND owner_id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, ownerType).bind(2, ownerId);
    auto row = stmt->step();
    DPP_TRY(row);
    if (!row.value())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("dpp::Vault", "There is no data key for %1 %2.")
                         .arg(ownerType, ownerId));
    return unwrapDataKey(ownerType, ownerId, {stmt->columnText(0), stmt->columnBlob(1)});
}

Result<Vault::WrappedDataKey> Vault::wrapDataKey(const QString& ownerType, const QString& ownerId,
                                                 const SecureBytes& dataKey) const
{
    if (!holdsPiiKey())
        return noPiiKeyError();
    auto wrapped = dpp::wrapDataKey(m_piiKey, m_keys.piiCurrent, ownerType, ownerId, dataKey);
    DPP_TRY(wrapped);
    return WrappedDataKey{m_keys.piiCurrent, std::move(wrapped).value()};
}

Result<SecureBytes> Vault::unwrapDataKey(const QString& ownerType, const QString& ownerId,
                                         const WrappedDataKey& wrapped) const
{
    if (!holdsPiiKey())
        return noPiiKeyError();
    if (wrapped.keyId == m_keys.piiCurrent)
        return dpp::unwrapDataKey(m_piiKey, wrapped.keyId, ownerType, ownerId, wrapped.wrapped);
    for (const auto& [id, key] : m_oldPiiKeys)
        if (id == wrapped.keyId)
            return dpp::unwrapDataKey(key, wrapped.keyId, ownerType, ownerId, wrapped.wrapped);
    return Error(
        ErrorCode::Corrupt,
        QCoreApplication::translate("dpp::Vault", "The data key of %1 %2 is wrapped by an unknown PII key.")
            .arg(ownerType, ownerId));
}

Result<void> Vault::withDatabaseKey(const std::function<Result<void>(const SecureBytes& key)>& use) const
{
    // A purge's verification, or the replay of the purge ledger after a restore (backup.restore).
    if (!m_session.can(Permission::BackupRestore))
        DPP_TRY(authorize(Permission::PurgeExecute));
    return use(m_dmk);
}

Result<KeySlotFile> Vault::backupKeySlots(const SecureBytes& backupKey, const QString& keyId) const
{
    DPP_TRY(authorize(Permission::BackupRun));
    if (!m_keys.dmkPending.isEmpty() || m_keysOutOfStep)
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("dpp::Vault",
                                        "A database-key rotation is unfinished; sign in again to finish "
                                        "it before making a backup."));
    KeySlotFile copy = m_keys;
    copy.keySlots.clear();
    for (KeySlot slot : m_keys.keySlots) {
        if (slot.kind == KeySlot::Kind::Keychain)
            continue;
        slot.retain(KeySlot::Which::Dmk, {});
        DPP_TRY(slot.seal(KeySlot::Which::Dmk, keyId, backupKey));
        copy.keySlots.push_back(std::move(slot));
    }
    copy.dmkCurrent = keyId;
    copy.dmkPending.clear();
    copy.generation = 0;
    return copy;
}

} // namespace dpp
