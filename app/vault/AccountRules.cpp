// AccountRules: sign-in checks and the end of access, inside the open database (issue 4).
#include "vault/AccountRules.h"

#include "audit/AuditLog.h"
#include "auth/AttemptLog.h"
#include "auth/Lockout.h"
#include "auth/Totp.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/UserAccounts.h"
#include "vault/Vault.h"
#include "vault/VaultPaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <sodium.h>

namespace dpp {

namespace {

int settingInt(Database& db, const QString& key, int defaultValue)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!stmt)
        return defaultValue;
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row || !row.value())
        return defaultValue;
    bool number = false;
    const int value = stmt->columnText(0).toInt(&number);
    return number ? value : defaultValue;
}

Error wrongCode()
{
    return Error(ErrorCode::WrongCredentials,
                 QCoreApplication::translate("dpp::AccountRules",
                                             "The code is wrong, has expired or was already used. Enter the "
                                             "code your authenticator app shows now."));
}

} // namespace

int AccountRules::maximumPasswordAgeDays(Database& db)
{
    const int days
        = settingInt(db, QStringLiteral("password.max_age_days"), UserAccounts::PasswordMaximumAgeDays);
    return std::clamp(days, 1, UserAccounts::PasswordMaximumAgeDays);
}

int AccountRules::minimumPasswordAgeDays(Database& db)
{
    const int days
        = settingInt(db, QStringLiteral("password.min_age_days"), UserAccounts::PasswordMinimumAgeDays);
    return std::max(days, UserAccounts::PasswordMinimumAgeDays);
}

Result<bool> AccountRules::hasSecondFactor(Database& db, qint64 principalId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT totp_sealed IS NOT NULL FROM principals WHERE id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, principalId);
    auto row = stmt->step();
    DPP_TRY(row);
    return row.value() && stmt->columnInt(0) != 0;
}

Result<bool> AccountRules::verifySecondFactor(Database& db, qint64 principalId, const KeySlot& slot,
                                              const SecureBytes& slotSecretKey, const SecondFactor& second,
                                              const QDateTime& now)
{
    auto stmt = db.prepare(QStringLiteral("SELECT totp_sealed, totp_last_step FROM principals WHERE id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, principalId);
    auto row = stmt->step();
    DPP_TRY(row);
    if (!row.value() || stmt->columnIsNull(0))
        return false;
    const QByteArray sealed = stmt->columnBlob(0);
    const qint64 lastStep = stmt->columnInt(1);
    (void)stmt->reset(); // done reading: no statement left open

    switch (second.kind) {
    case SecondFactor::Kind::None:
        return Error(ErrorCode::SecondFactorRequired,
                     QCoreApplication::translate("dpp::AccountRules",
                                                 "Enter the 6-digit code from your authenticator app."));
    case SecondFactor::Kind::Totp: {
        // Only the person's own password opens the TOTP key: it is sealed to their slot.
        auto key = crypto::openSealed(sealed, slot.publicKey, slotSecretKey);
        DPP_TRY(key);
        const QString code = QString::fromUtf8(second.code.view());
        auto step = Totp::verify(TotpSecret(std::move(key).value()), code, now, lastStep);
        if (!step)
            return step.error().code() == ErrorCode::InvalidInput ? step.error() : wrongCode();
        auto update = db.prepare(QStringLiteral("UPDATE principals SET totp_last_step = ? WHERE id = ?"));
        DPP_TRY(update);
        update->bind(1, step.value()).bind(2, principalId);
        DPP_TRY(update->run());
        return true;
    }
    case SecondFactor::Kind::RecoveryCode: {
        auto codes
            = db.prepare(QStringLiteral("SELECT rowid, hash FROM recovery_codes WHERE principal_id = ?"));
        DPP_TRY(codes);
        codes->bind(1, principalId);
        std::vector<qint64> rowIds;
        QByteArrayList hashes;
        for (;;) {
            auto next = codes->step();
            DPP_TRY(next);
            if (!next.value())
                break;
            rowIds.push_back(codes->columnInt(0));
            hashes.append(codes->columnText(1).toLatin1());
        }
        auto used = RecoveryCodes::consume(second.code, hashes);
        if (!used)
            return Error(ErrorCode::WrongCredentials,
                         QCoreApplication::translate("dpp::AccountRules",
                                                     "That recovery code is wrong or was already used."));
        auto remove = db.prepare(QStringLiteral("DELETE FROM recovery_codes WHERE rowid = ?"));
        DPP_TRY(remove);
        remove->bind(1, rowIds[static_cast<std::size_t>(used.value())]);
        DPP_TRY(remove->run());
        return true;
    }
    }
    return false;
}

Result<AccountRules::SignInState> AccountRules::checkSignIn(Database& db, const VaultPaths& paths,
                                                            const QString& databaseId, const KeySlot& slot,
                                                            const SecureBytes& slotSecretKey,
                                                            const SecondFactor& second, const QDateTime& now)
{
    auto stmt = db.prepare(QStringLiteral("SELECT id, created_at, password_set_at, must_change_password "
                                          "FROM principals WHERE name = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, slot.principal);
    auto row = stmt->step();
    DPP_TRY(row);
    if (!row.value())
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("dpp::AccountRules", "The key slot of %1 has no account.")
                         .arg(slot.principal));
    const qint64 id = stmt->columnInt(0);
    const QDateTime created = timeFromText(stmt->columnText(1));
    const QDateTime passwordSet = stmt->columnIsNull(2) ? created : timeFromText(stmt->columnText(2));
    const bool mustChange = stmt->columnInt(3) != 0;
    (void)stmt->reset(); // done reading: no statement left open

    SignInState state;
    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    auto verified = verifySecondFactor(db, id, slot, slotSecretKey, second, now);
    if (!verified) {
        if (verified.error().code() == ErrorCode::WrongCredentials) {
            // Counted like a wrong password, and copied into the audit log at the next unlock.
            AttemptLog attempts(paths.attempts());
            std::vector<AttemptLog::Entry> entries = attempts.entries();
            const LockoutPolicy policy = Lockout::policyOf(entries);
            (void)attempts.record(slot.principal, AttemptLog::Outcome::WrongCode, now);
            entries.push_back({now, slot.principal, AttemptLog::Outcome::WrongCode, std::nullopt});
            const Lockout::State after = Lockout::evaluate(entries, slot.principal, now, policy);
            if (after.locked && after.since == now)
                (void)attempts.record(slot.principal, AttemptLog::Outcome::Locked, now);
        }
        return verified.error();
    }
    AuditLog audit(db, paths.auditHead(), databaseId);
    const AuditActor actor{id, slot.principal};
    if (verified.value()) {
        state.allFactors = true;
        if (second.kind == SecondFactor::Kind::RecoveryCode)
            DPP_TRY(audit.append(actor,
                                 {AuditAction::RecoveryCodeUsed,
                                  AuditOutcome::Allowed,
                                  QStringLiteral("principal"),
                                  slot.principal,
                                  {}},
                                 now));
    } else if (second.kind != SecondFactor::Kind::None) {
        // A code for an account without a second factor proves nothing; saying so beats
        // silently signing in on the password alone (e.g. after an administrator reset it).
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("dpp::AccountRules",
                                        "%1 has not set up two-factor sign-in (or it was reset); sign "
                                        "in without a code, then set it up.")
                .arg(slot.principal));
    } else {
        const QDateTime graceEnds = created.addDays(UserAccounts::SecondFactorGraceDays);
        if (now < graceEnds) {
            state.graceEnds = graceEnds;
            state.allFactors = true; // the password is all the account has, for now
            DPP_TRY(audit.append(actor,
                                 {AuditAction::SecondFactorGraceSignIn, AuditOutcome::Allowed,
                                  QStringLiteral("principal"), slot.principal,
                                  AuditDetails().lastTime(graceEnds)},
                                 now));
        } else {
            state.gate = SessionGate::SecondFactorEnrollment;
        }
    }
    // A password an administrator set, or one past its maximum age, is changed before anything.
    if (mustChange || passwordSet.addDays(maximumPasswordAgeDays(db)) <= now)
        state.gate = SessionGate::PasswordChange;
    auto seen = db.prepare(QStringLiteral("UPDATE principals SET last_sign_in_at = ? WHERE id = ?"));
    DPP_TRY(seen);
    seen->bind(1, timeText(now)).bind(2, id);
    DPP_TRY(seen->run());
    DPP_TRY(tx->commit());
    return state;
}

Result<void> AccountRules::disableNow(Database& db, const VaultPaths& paths, KeySlotFile& keys,
                                      const SecureBytes& dmk, qint64 principalId, const QString& username,
                                      const AuditActor& actor, const QDateTime& now)
{
    KeySlot* slot = keys.find(KeySlot::Kind::Password, username);
    const bool heldPii
        = slot && !keys.piiCurrent.isEmpty() && slot->has(KeySlot::Which::Pii, keys.piiCurrent);
    {
        auto tx = Transaction::begin(db);
        DPP_TRY(tx);
        auto update = db.prepare(QStringLiteral("UPDATE principals SET status = 'disabled', disabled_at = ? "
                                                "WHERE id = ? AND status <> 'disabled'"));
        DPP_TRY(update);
        update->bind(1, timeText(now)).bind(2, principalId);
        DPP_TRY(update->run());
        if (db.changes() > 0) {
            // Recovery codes and the TOTP key go with the access they protected.
            DPP_TRY(clearSecondFactor(db, principalId));
            AuditLog audit(db, paths.auditHead(), keys.databaseId);
            DPP_TRY(audit.append(actor,
                                 {AuditAction::AccountDisabled, AuditOutcome::Allowed,
                                  QStringLiteral("principal"), username,
                                  AuditDetails().reason(QStringLiteral("left"))},
                                 now));
        }
        if (heldPii)
            DPP_TRY(markPiiRotationDue(db, now));
        if (slot) {
            AuditLog audit(db, paths.auditHead(), keys.databaseId);
            DPP_TRY(
                audit.append(actor,
                             {AuditAction::KeySlotRemoved, AuditOutcome::Allowed, QStringLiteral("key-slot"),
                              slot->id, AuditDetails().slotKind(QStringLiteral("password"))},
                             now));
        }
        DPP_TRY(tx->commit());
    }
    if (!slot)
        return success();
    // The database says disabled before the slot goes: if this save fails, sign-in still refuses
    // the account, and the next unlock removes the slot (applyLeavingDates).
    // Each PII-holding slot carries its own tag (docs/keys-format.md), so removing one needs no
    // PII key: an administrator can end access at once.
    KeySlotFile updated = keys;
    std::erase_if(updated.keySlots, [&](const KeySlot& s) {
        return s.kind == KeySlot::Kind::Password && s.principal == username;
    });
    DPP_TRY(updated.save(paths.keys(), dmk, updated.dmkCurrent));
    keys = std::move(updated);
    return success();
}

Result<void> AccountRules::applyLeavingDates(Database& db, const VaultPaths& paths, KeySlotFile& keys,
                                             const SecureBytes& dmk, const QDateTime& now)
{
    auto due = db.prepare(QStringLiteral(
        "SELECT id, name, status FROM principals WHERE kind = 'user' AND "
        "((status <> 'disabled' AND leaving_at IS NOT NULL AND leaving_at <= ?) OR status = 'disabled')"));
    DPP_TRY(due);
    due->bind(1, timeText(now));
    std::vector<std::pair<qint64, QString>> leaving;
    for (;;) {
        auto row = due->step();
        DPP_TRY(row);
        if (!row.value())
            break;
        const QString name = due->columnText(1);
        const bool disabled = due->columnText(2) == QLatin1String("disabled");
        if (!disabled || keys.find(KeySlot::Kind::Password, name))
            leaving.emplace_back(due->columnInt(0), name);
    }
    (void)due->reset(); // done reading: no statement left open
    for (const auto& [id, name] : leaving)
        DPP_TRY(disableNow(db, paths, keys, dmk, id, name, AuditActor::system(), now));
    return success();
}

RecoveryCodes::Limits AccountRules::hashLimits(const crypto::Argon2idParams& slotParams)
{
    return slotParams.opslimit < crypto::Argon2idParams::standard().opslimit
            || slotParams.memlimit < crypto::Argon2idParams::standard().memlimit
        ? RecoveryCodes::Limits::cheapestForTests()
        : RecoveryCodes::Limits::interactive();
}

Result<void> AccountRules::rememberPassword(Database& db, qint64 principalId, const SecureBytes& password,
                                            const crypto::Argon2idParams& slotParams, const QDateTime& now)
{
    const RecoveryCodes::Limits limits = hashLimits(slotParams);
    QByteArray hash(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str_alg(hash.data(), reinterpret_cast<const char*>(password.data()), password.size(),
                              limits.opslimit, static_cast<std::size_t>(limits.memlimit),
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error(
            ErrorCode::Failed,
            QCoreApplication::translate("dpp::AccountRules", "Not enough memory to hash the password."));
    hash.truncate(static_cast<qsizetype>(qstrlen(hash.constData())));
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO password_history (principal_id, hash, set_at) VALUES (?, ?, ?)"));
    DPP_TRY(insert);
    insert->bind(1, principalId).bind(2, QString::fromLatin1(hash)).bind(3, timeText(now));
    DPP_TRY(insert->run());
    auto prune = db.prepare(QStringLiteral(
        "DELETE FROM password_history WHERE principal_id = ?1 AND rowid NOT IN (SELECT rowid FROM "
        "password_history WHERE principal_id = ?1 ORDER BY rowid DESC LIMIT ?2)"));
    DPP_TRY(prune);
    prune->bind(1, principalId).bind(2, UserAccounts::PasswordHistoryDepth);
    return prune->run();
}

Result<bool> AccountRules::isRecentPassword(Database& db, qint64 principalId, const SecureBytes& password)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT hash FROM password_history WHERE principal_id = ? ORDER BY rowid DESC LIMIT ?"));
    DPP_TRY(stmt);
    stmt->bind(1, principalId).bind(2, UserAccounts::PasswordHistoryDepth);
    for (;;) {
        auto row = stmt->step();
        DPP_TRY(row);
        if (!row.value())
            return false;
        const QByteArray hash = stmt->columnText(0).toLatin1();
        if (crypto_pwhash_str_verify(hash.constData(), reinterpret_cast<const char*>(password.data()),
                                     password.size())
            == 0)
            return true;
    }
}

QString AccountRules::timeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime AccountRules::timeFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODate).toUTC(); // written with a "Z"
}

Result<void> AccountRules::auditNewPasswordSlot(AuditLog& audit, const AuditActor& actor, const KeySlot& slot,
                                                const QDateTime& now)
{
    auto appended = audit.append(
        actor,
        {AuditAction::KeySlotAdded, AuditOutcome::Allowed, QStringLiteral("key-slot"), slot.id,
         AuditDetails().slotKind(QStringLiteral("password")).fingerprint(fingerprint(slot.publicKey))},
        now);
    DPP_TRY(appended);
    return success();
}

Result<void> AccountRules::writeRoles(Database& db, qint64 principalId, const std::set<Role>& roles)
{
    auto clear = db.prepare(QStringLiteral("DELETE FROM principal_roles WHERE principal_id = ?"));
    DPP_TRY(clear);
    clear->bind(1, principalId);
    DPP_TRY(clear->run());
    auto insert
        = db.prepare(QStringLiteral("INSERT INTO principal_roles (principal_id, role) VALUES (?, ?)"));
    DPP_TRY(insert);
    for (Role role : roles) {
        insert->bind(1, principalId).bind(2, Roles::name(role));
        DPP_TRY(insert->run());
        DPP_TRY(insert->reset());
    }
    return success();
}

Result<void> AccountRules::clearSecondFactor(Database& db, qint64 principalId)
{
    auto update = db.prepare(QStringLiteral("UPDATE principals SET totp_sealed = NULL, totp_pending = NULL, "
                                            "totp_enrolled_at = NULL, totp_last_step = -1 WHERE id = ?"));
    DPP_TRY(update);
    update->bind(1, principalId);
    DPP_TRY(update->run());
    auto codes = db.prepare(QStringLiteral("DELETE FROM recovery_codes WHERE principal_id = ?"));
    DPP_TRY(codes);
    codes->bind(1, principalId);
    return codes->run();
}

Result<void> AccountRules::markPiiRotationDue(Database& db, const QDateTime& now)
{
    auto due = db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('pii_rotation_due', ?) "
                                         "ON CONFLICT (key) DO NOTHING"));
    DPP_TRY(due);
    due->bind(1, timeText(now));
    return due->run();
}

QString AccountRules::fingerprint(const QByteArray& publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex());
}

} // namespace dpp
