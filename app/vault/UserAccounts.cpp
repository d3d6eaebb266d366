// UserAccounts: accounts, their slots and their second factors (issue 4).
#include "vault/UserAccounts.h"

#include "audit/AuditLog.h"
#include "auth/AttemptLog.h"
#include "auth/Lockout.h"
#include "auth/PasswordPolicy.h"
#include "auth/RecoveryCodes.h"
#include "auth/Totp.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/AccountRules.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace dpp {

namespace {

QStringList roleNames(const std::set<Role>& roles)
{
    QStringList names;
    for (Role role : roles)
        names << Roles::name(role);
    return names;
}

bool needsPii(const std::set<Role>& roles)
{
    return std::any_of(roles.begin(), roles.end(), [](Role r) { return Roles::needsPii(r); });
}

} // namespace

UserAccounts::UserAccounts(Vault& vault)
    : m_vault(vault)
{ }

Result<QList<UserRecord>> UserAccounts::records(const QString& onlyUsername) const
{
    // Another session may have changed .keys (a grant, a new slot): read what holds now.
    DPP_TRY(m_vault.refreshKeys());
    Database& db = *m_vault.m_db;
    auto stmt = db.prepare(QStringLiteral(
        "SELECT p.id, p.name, p.display_name, p.status, p.created_at, p.last_sign_in_at, p.password_set_at, "
        "p.leaving_at, p.disabled_at, p.must_change_password, p.totp_sealed IS NOT NULL, "
        "(SELECT count(*) FROM recovery_codes c WHERE c.principal_id = p.id), "
        "(SELECT group_concat(r.role) FROM principal_roles r WHERE r.principal_id = p.id) "
        "FROM principals p WHERE p.kind = 'user' AND (?1 = '' OR p.name = ?1) ORDER BY p.name"));
    DPP_TRY(stmt);
    stmt->bind(1, onlyUsername);
    const auto attempts = AttemptLog(m_vault.m_paths.attempts()).entries();
    const LockoutPolicy policy = Lockout::policyOf(attempts);
    const QDateTime now = m_vault.m_clock();
    const KeySlotFile& keys = m_vault.m_keys;
    QList<UserRecord> list;
    for (;;) {
        auto row = stmt->step();
        DPP_TRY(row);
        if (!row.value())
            break;
        UserRecord u;
        u.id = stmt->columnInt(0);
        u.username = stmt->columnText(1);
        u.displayName = stmt->columnText(2);
        u.status = stmt->columnText(3) == QLatin1String("disabled") ? QStringLiteral("disabled")
                                                                    : QStringLiteral("active");
        u.createdAt = AccountRules::timeFromText(stmt->columnText(4));
        u.lastSignInAt = AccountRules::timeFromText(stmt->columnText(5));
        u.passwordSetAt = AccountRules::timeFromText(stmt->columnText(6));
        u.leavingAt = AccountRules::timeFromText(stmt->columnText(7));
        u.disabledAt = AccountRules::timeFromText(stmt->columnText(8));
        u.mustChangePassword = stmt->columnInt(9) != 0;
        u.secondFactorEnrolled = stmt->columnInt(10) != 0;
        u.recoveryCodesLeft = static_cast<int>(stmt->columnInt(11));
        for (const QString& name : stmt->columnText(12).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (auto role = Roles::fromName(name))
                u.roles.insert(*role);
        u.secondFactorGraceEnds = u.createdAt.addDays(SecondFactorGraceDays);
        const Lockout::State lock = Lockout::evaluate(attempts, u.username, now, policy);
        u.lockedOut = lock.locked;
        u.lockedUntil = lock.until;
        const KeySlot* slot = keys.find(KeySlot::Kind::Password, u.username);
        u.holdsPiiKey = slot && !keys.piiCurrent.isEmpty() && slot->has(KeySlot::Which::Pii, keys.piiCurrent);
        u.piiKeyPending = slot && u.status == QLatin1String("active") && needsPii(u.roles) && !u.holdsPiiKey;
        list.append(std::move(u));
    }
    return list;
}

Result<QList<UserRecord>> UserAccounts::list() const
{
    if (!m_vault.m_session.can(Permission::InventoryView))
        DPP_TRY(m_vault.authorize(Permission::UsersManage));
    return records();
}

Result<UserRecord> UserAccounts::target(const QString& username) const
{
    auto found = records(username);
    DPP_TRY(found);
    if (found->isEmpty())
        return Error(ErrorCode::NotFound, tr("There is no user %1.").arg(username));
    return found->first();
}

Result<UserRecord> UserAccounts::find(const QString& username) const
{
    if (username != m_vault.m_session.name() && !m_vault.m_session.can(Permission::InventoryView))
        DPP_TRY(m_vault.authorize(Permission::UsersManage));
    return target(username);
}

Result<void> UserAccounts::checkRoles(const std::set<Role>& roles) const
{
    if (roles.empty())
        return Error(ErrorCode::InvalidInput, tr("Give the account at least one role."));
    if (roles.contains(Role::Scheduler))
        return Error(
            ErrorCode::InvalidInput,
            tr("\"scheduler\" is the service principal of unattended jobs, not a role for a person."));
    return success();
}

Result<void> UserAccounts::keepAnAdministrator(const QString& username, bool losesAdmin) const
{
    if (!losesAdmin)
        return success();
    auto all = records();
    DPP_TRY(all);
    const bool another = std::any_of(all->begin(), all->end(), [&](const UserRecord& u) {
        return u.username != username && u.status == QLatin1String("active") && u.roles.contains(Role::Admin);
    });
    if (another)
        return success();
    return Error(
        ErrorCode::InvalidInput,
        tr("%1 is the last active administrator; make someone else an administrator first.").arg(username));
}

crypto::Argon2idParams UserAccounts::newSlotParams() const
{
    crypto::Argon2idParams params;
    for (const KeySlot& slot : m_vault.m_keys.keySlots) {
        if (slot.kind != KeySlot::Kind::Password)
            continue;
        params.opslimit = std::max(params.opslimit, slot.argon2id.opslimit);
        params.memlimit = std::max(params.memlimit, slot.argon2id.memlimit);
    }
    if (params.opslimit == 0)
        return crypto::Argon2idParams::standard();
    params.salt = crypto::randomBytes(crypto_pwhash_argon2id_SALTBYTES);
    return params;
}

Result<void> UserAccounts::checkNewPassword(const SecureBytes& password, const QString& username) const
{
    DPP_TRY(PasswordPolicy::check(password, username));
    auto length = m_vault.setting(QStringLiteral("password.min_length"),
                                  QString::number(PasswordPolicy::MinimumLength));
    DPP_TRY(length);
    const int minimum = std::max(length->toInt(), PasswordPolicy::MinimumLength);
    if (QString::fromUtf8(password.view()).size() < minimum)
        return Error(ErrorCode::InvalidInput,
                     tr("The password must have at least %1 characters.").arg(minimum));
    return success();
}

Result<UserRecord> UserAccounts::add(const NewUser& user, const std::set<Role>& roles)
{
    DPP_TRY(m_vault.authorizeGuarded(Permission::UsersManage));
    if (!Vault::isValidUsername(user.username))
        return Error(ErrorCode::InvalidInput,
                     tr("A user name has 2 to 32 lower-case letters, digits, '.', '_' or '-', and starts "
                        "with a letter (\"recovery\" and \"scheduler\" are reserved)."));
    if (user.displayName.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Enter the person's name."));
    DPP_TRY(checkRoles(roles));
    DPP_TRY(checkNewPassword(user.password, user.username));
    DPP_TRY(m_vault.refreshKeys());
    auto existing = records(user.username);
    DPP_TRY(existing);
    // Names are never reused, even of disabled accounts: the audit log refers to them.
    if (!existing->isEmpty() || m_vault.m_keys.find(KeySlot::Kind::Password, user.username))
        return Error(ErrorCode::AlreadyExists,
                     tr("The user name %1 is taken (also by disabled accounts, which the audit log still "
                        "names); choose another.")
                         .arg(user.username));

    const crypto::Argon2idParams params = newSlotParams();
    auto slot = KeySlot::create(m_vault.m_keys.databaseId, KeySlot::Kind::Password, user.username,
                                user.password, params);
    DPP_TRY(slot);
    DPP_TRY(slot->seal(KeySlot::Which::Dmk, m_vault.m_keys.dmkCurrent, m_vault.m_dmk));
    const QDateTime now = m_vault.m_clock();
    const AuditActor actor = AuditActor::of(m_vault.m_session);
    Database& db = *m_vault.m_db;
    AuditLog audit = m_vault.audit();
    {
        auto tx = Transaction::begin(db);
        DPP_TRY(tx);
        auto insert = db.prepare(QStringLiteral(
            "INSERT INTO principals (name, display_name, kind, status, created_at, password_set_at, "
            "must_change_password) VALUES (?, ?, 'user', 'active', ?, ?, 1)"));
        DPP_TRY(insert);
        insert->bind(1, user.username)
            .bind(2, user.displayName.trimmed())
            .bind(3, AccountRules::timeText(now))
            .bind(4, AccountRules::timeText(now));
        DPP_TRY(insert->run());
        const qint64 id = db.lastInsertRowId();
        DPP_TRY(AccountRules::writeRoles(db, id, roles));
        DPP_TRY(AccountRules::rememberPassword(db, id, user.password, params, now));
        DPP_TRY(audit.append(actor,
                             {AuditAction::UserCreated, AuditOutcome::Allowed, QStringLiteral("principal"),
                              user.username, AuditDetails().roles(roleNames(roles))},
                             now));
        // The fingerprint recorded here is what a PII grant checks the slot against later.
        DPP_TRY(AccountRules::auditNewPasswordSlot(audit, actor, slot.value(), now));
        DPP_TRY(tx->commit());
    }
    KeySlotFile updated = m_vault.m_keys;
    updated.put(std::move(slot).value());
    // An account row without a slot cannot sign in; the add can simply be repeated under another
    // name. A slot without its row would be worse, hence this order.
    DPP_TRY(m_vault.saveKeys(std::move(updated)));
    (void)audit.publishHead();
    if (needsPii(roles) && m_vault.holdsPiiKey())
        DPP_TRY(grantPendingPiiKeys());
    return target(user.username);
}

Result<void> UserAccounts::disable(const QString& username, const QDateTime& at)
{
    DPP_TRY(m_vault.authorizeGuarded(Permission::UsersManage));
    if (username == m_vault.m_session.name())
        return Error(ErrorCode::InvalidInput,
                     tr("You cannot disable your own account; ask another administrator."));
    auto user = target(username);
    DPP_TRY(user);
    if (user->status == QLatin1String("disabled"))
        return Error(ErrorCode::InvalidInput, tr("The account %1 is already disabled.").arg(username));
    DPP_TRY(keepAnAdministrator(username, user->roles.contains(Role::Admin)));
    const QDateTime now = m_vault.m_clock();
    Database& db = *m_vault.m_db;
    if (at.isValid() && at > now) {
        auto tx = Transaction::begin(db);
        DPP_TRY(tx);
        auto stmt = db.prepare(QStringLiteral("UPDATE principals SET leaving_at = ? WHERE id = ?"));
        DPP_TRY(stmt);
        stmt->bind(1, AccountRules::timeText(at)).bind(2, user->id);
        DPP_TRY(stmt->run());
        DPP_TRY(m_vault.audit().append(AuditActor::of(m_vault.m_session),
                                       {AuditAction::UserLeavingScheduled, AuditOutcome::Allowed,
                                        QStringLiteral("principal"), username, AuditDetails().lastTime(at)},
                                       now));
        DPP_TRY(tx->commit());
        return m_vault.audit().publishHead();
    }
    DPP_TRY(m_vault.refreshKeys());
    auto leaving = db.prepare(QStringLiteral("UPDATE principals SET leaving_at = ? WHERE id = ?"));
    DPP_TRY(leaving);
    leaving->bind(1, AccountRules::timeText(now)).bind(2, user->id);
    DPP_TRY(leaving->run());
    KeySlotFile keys = m_vault.m_keys;
    DPP_TRY(AccountRules::disableNow(db, m_vault.m_paths, keys, m_vault.m_dmk, user->id, username,
                                     AuditActor::of(m_vault.m_session), now));
    m_vault.m_keys = std::move(keys);
    (void)m_vault.audit().publishHead();
    // Their copy of the PII key must stop being the key: rotate now when this session can.
    if (user->holdsPiiKey && m_vault.holdsPiiKey())
        return m_vault.rotatePiiKey();
    return success();
}

Result<void> UserAccounts::unlockAccount(const QString& username)
{
    DPP_TRY(m_vault.authorizeGuarded(Permission::UsersManage));
    auto user = target(username);
    DPP_TRY(user);
    const QDateTime now = m_vault.m_clock();
    DPP_TRY(AttemptLog(m_vault.m_paths.attempts()).record(username, AttemptLog::Outcome::Released, now));
    DPP_TRY(m_vault.audit().append(
        AuditActor::of(m_vault.m_session),
        {AuditAction::UserUnlocked, AuditOutcome::Allowed, QStringLiteral("principal"), username, {}}, now));
    return m_vault.audit().publishHead();
}

Result<void> UserAccounts::setRoles(const QString& username, const std::set<Role>& roles)
{
    DPP_TRY(m_vault.authorizeGuarded(Permission::UsersManage));
    DPP_TRY(checkRoles(roles));
    auto user = target(username);
    DPP_TRY(user);
    if (user->status == QLatin1String("disabled"))
        return Error(ErrorCode::InvalidInput, tr("The account %1 is disabled.").arg(username));
    DPP_TRY(keepAnAdministrator(username, user->roles.contains(Role::Admin) && !roles.contains(Role::Admin)));
    const bool losesPii = needsPii(user->roles) && !needsPii(roles);
    Database& db = *m_vault.m_db;
    const QDateTime now = m_vault.m_clock();
    {
        auto tx = Transaction::begin(db);
        DPP_TRY(tx);
        DPP_TRY(AccountRules::writeRoles(db, user->id, roles));
        if (losesPii && user->holdsPiiKey)
            DPP_TRY(AccountRules::markPiiRotationDue(db, now));
        DPP_TRY(m_vault.audit().append(AuditActor::of(m_vault.m_session),
                                       {AuditAction::UserRolesChanged, AuditOutcome::Allowed,
                                        QStringLiteral("principal"), username,
                                        AuditDetails().roles(roleNames(roles))},
                                       now));
        DPP_TRY(tx->commit());
    }
    (void)m_vault.audit().publishHead();
    if (!m_vault.holdsPiiKey())
        return success(); // a grant, or the rotation, waits for a PII holder
    if (losesPii && user->holdsPiiKey)
        return m_vault.rotatePiiKey(); // drops the key from their slot and makes the copy they had useless
    if (needsPii(roles) && !user->holdsPiiKey) {
        auto granted = grantPendingPiiKeys();
        DPP_TRY(granted);
    }
    return success();
}

Result<void> UserAccounts::resetPassword(const QString& username, const SecureBytes& temporaryPassword)
{
    DPP_TRY(m_vault.authorizeGuarded(Permission::UsersManage));
    auto user = target(username);
    DPP_TRY(user);
    if (user->status == QLatin1String("disabled"))
        return Error(ErrorCode::InvalidInput, tr("The account %1 is disabled.").arg(username));
    if (username == m_vault.m_session.name())
        return Error(ErrorCode::InvalidInput, tr("Change your own password on the account page."));
    DPP_TRY(checkNewPassword(temporaryPassword, username));
    DPP_TRY(m_vault.refreshKeys());
    const crypto::Argon2idParams params = newSlotParams();
    // A new key pair: nobody knows the old password, so the old private key cannot be re-wrapped.
    // What was sealed to it (the TOTP key, the PII key) starts again: enrollment, a PII grant.
    auto slot = KeySlot::create(m_vault.m_keys.databaseId, KeySlot::Kind::Password, username,
                                temporaryPassword, params);
    DPP_TRY(slot);
    DPP_TRY(slot->seal(KeySlot::Which::Dmk, m_vault.m_keys.dmkCurrent, m_vault.m_dmk));
    const QDateTime now = m_vault.m_clock();
    Database& db = *m_vault.m_db;
    const AuditActor actor = AuditActor::of(m_vault.m_session);
    {
        auto tx = Transaction::begin(db);
        DPP_TRY(tx);
        auto update = db.prepare(QStringLiteral(
            "UPDATE principals SET must_change_password = 1, password_set_at = ? WHERE id = ?"));
        DPP_TRY(update);
        update->bind(1, AccountRules::timeText(now)).bind(2, user->id);
        DPP_TRY(update->run());
        DPP_TRY(AccountRules::clearSecondFactor(db, user->id));
        DPP_TRY(AccountRules::rememberPassword(db, user->id, temporaryPassword, params, now));
        DPP_TRY(m_vault.audit().append(
            actor,
            {AuditAction::PasswordReset, AuditOutcome::Allowed, QStringLiteral("principal"), username, {}},
            now));
        AuditLog audit = m_vault.audit();
        DPP_TRY(AccountRules::auditNewPasswordSlot(audit, actor, slot.value(), now));
        DPP_TRY(tx->commit());
    }
    KeySlotFile updated = m_vault.m_keys;
    updated.put(std::move(slot).value());
    DPP_TRY(m_vault.saveKeys(std::move(updated)));
    (void)m_vault.audit().publishHead();
    if (needsPii(user->roles) && m_vault.holdsPiiKey())
        DPP_TRY(grantPendingPiiKeys());
    return success();
}

Result<void> UserAccounts::resetSecondFactor(const QString& username)
{
    DPP_TRY(m_vault.authorizeGuarded(Permission::UsersManage));
    auto user = target(username);
    DPP_TRY(user);
    Database& db = *m_vault.m_db;
    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    DPP_TRY(AccountRules::clearSecondFactor(db, user->id));
    DPP_TRY(m_vault.audit().append(
        AuditActor::of(m_vault.m_session),
        {AuditAction::SecondFactorReset, AuditOutcome::Allowed, QStringLiteral("principal"), username, {}},
        m_vault.m_clock()));
    DPP_TRY(tx->commit());
    return m_vault.audit().publishHead();
}

Result<QStringList> UserAccounts::pendingPiiGrants() const
{
    DPP_TRY(mayGrantPiiKeys());
    return pendingGrants();
}

Result<void> UserAccounts::mayGrantPiiKeys() const
{
    if (m_vault.m_session.can(Permission::AccessReviewsManage))
        return success();
    return m_vault.authorize(Permission::UsersManage);
}

Result<QStringList> UserAccounts::pendingGrants() const
{
    auto all = records();
    DPP_TRY(all);
    QStringList names;
    for (const UserRecord& u : all.value())
        if (u.piiKeyPending)
            names << u.username;
    return names;
}

Result<void> UserAccounts::grantPiiKey(KeySlotFile& keys, const QString& username)
{
    KeySlot* slot = keys.find(KeySlot::Kind::Password, username);
    if (!slot)
        return Error(ErrorCode::NotFound, tr("%1 has no key slot.").arg(username));
    // The public key must be the one recorded when the slot was made: a database-key holder can
    // rewrite .keys, but then the fingerprint (or the audit chain) no longer agrees.
    auto stmt = m_vault.m_db->prepare(
        QStringLiteral("SELECT details FROM audit_log WHERE action = 'keys.slot-added' AND object_id = ? "
                       "ORDER BY seq DESC LIMIT 1"));
    DPP_TRY(stmt);
    stmt->bind(1, slot->id);
    auto row = stmt->step();
    DPP_TRY(row);
    const QString recorded = row.value() ? QJsonDocument::fromJson(stmt->columnText(0).toUtf8())
                                               .object()
                                               .value(QStringLiteral("fingerprint"))
                                               .toString()
                                         : QString();
    if (recorded.isEmpty() || recorded != AccountRules::fingerprint(slot->publicKey))
        return Error(ErrorCode::Corrupt,
                     tr("The key slot of %1 is not the one recorded when it was made (its public key was "
                        "changed outside DPP Console). The PII key was not given to it; reset the "
                        "password of %1 and check the audit log.")
                         .arg(username));
    return slot->seal(KeySlot::Which::Pii, keys.piiCurrent, m_vault.m_piiKey);
}

Result<int> UserAccounts::grantPendingPiiKeys()
{
    DPP_TRY(mayGrantPiiKeys());
    if (!m_vault.holdsPiiKey())
        return Error(ErrorCode::PermissionDenied,
                     tr("Only someone who holds the PII key (the Data Protection Officer) can grant it."));
    DPP_TRY(m_vault.refreshKeys());
    DPP_TRY(m_vault.m_keys.verifyPiiSlots(m_vault.m_piiKey));
    auto pending = pendingGrants();
    DPP_TRY(pending);
    if (pending->isEmpty())
        return 0;
    KeySlotFile updated = m_vault.m_keys;
    for (const QString& name : pending.value())
        DPP_TRY(grantPiiKey(updated, name));
    updated.signPiiSlots(m_vault.m_piiKey);
    DPP_TRY(m_vault.saveKeys(std::move(updated)));
    const QDateTime now = m_vault.m_clock();
    for (const QString& name : pending.value())
        (void)m_vault.audit().append(AuditActor::of(m_vault.m_session),
                                     {AuditAction::PiiKeyGranted, AuditOutcome::Allowed,
                                      QStringLiteral("principal"), name,
                                      AuditDetails().keyId(m_vault.m_keys.piiCurrent)},
                                     now);
    (void)m_vault.audit().publishHead();
    return static_cast<int>(pending->size());
}

Result<void> UserAccounts::changeOwnPassword(const SecureBytes& current, const SecureBytes& next)
{
    const Session& session = m_vault.m_session;
    if (session.isService())
        return Error(ErrorCode::InvalidInput, tr("The scheduler has no password."));
    DPP_TRY(m_vault.refreshKeys());
    const KeySlot* slot = m_vault.m_keys.find(KeySlot::Kind::Password, session.name());
    if (!slot)
        return Error(ErrorCode::PermissionDenied, tr("The account %1 is disabled.").arg(session.name()));
    auto oldSecret = slot->unwrap(m_vault.m_keys.databaseId, current);
    if (!oldSecret)
        return oldSecret.error().code() == ErrorCode::WrongCredentials
            ? Error(ErrorCode::WrongCredentials, tr("The current password is wrong."))
            : oldSecret.error();
    auto me = target(session.name());
    DPP_TRY(me);
    Database& db = *m_vault.m_db;
    const QDateTime now = m_vault.m_clock();
    const bool forced = session.gate() == SessionGate::PasswordChange;
    const QDateTime changeableFrom = me->passwordSetAt.addDays(AccountRules::minimumPasswordAgeDays(db));
    if (!forced && changeableFrom > now)
        return Error(ErrorCode::InvalidInput,
                     tr("The password was changed too recently; it can be changed again from %1.")
                         .arg(QLocale().toString(changeableFrom.toLocalTime(), QLocale::ShortFormat)));
    DPP_TRY(checkNewPassword(next, session.name()));
    auto recent = AccountRules::isRecentPassword(db, me->id, next);
    DPP_TRY(recent);
    if (recent.value())
        return Error(ErrorCode::InvalidInput,
                     tr("Choose a password you have not used before: it must differ from your last %1.")
                         .arg(PasswordHistoryDepth));

    // A new slot with a new key pair; everything sealed to the old one moves over: the database
    // key, the PII key, and the TOTP key (opened with the current password just given).
    const crypto::Argon2idParams params = newSlotParams();
    auto fresh
        = KeySlot::create(m_vault.m_keys.databaseId, KeySlot::Kind::Password, session.name(), next, params);
    DPP_TRY(fresh);
    DPP_TRY(fresh->seal(KeySlot::Which::Dmk, m_vault.m_keys.dmkCurrent, m_vault.m_dmk));
    const bool heldPii = m_vault.holdsPiiKey() && slot->has(KeySlot::Which::Pii, m_vault.m_keys.piiCurrent);
    if (heldPii)
        DPP_TRY(m_vault.m_keys.verifyPiiSlots(m_vault.m_piiKey)); // before the tags are signed again below
    if (heldPii)
        DPP_TRY(fresh->seal(KeySlot::Which::Pii, m_vault.m_keys.piiCurrent, m_vault.m_piiKey));
    auto sealedTotp = db.prepare(QStringLiteral("SELECT totp_sealed FROM principals WHERE id = ?"));
    DPP_TRY(sealedTotp);
    sealedTotp->bind(1, me->id);
    auto totpRow = sealedTotp->step();
    DPP_TRY(totpRow);
    QByteArray resealed;
    if (totpRow.value() && !sealedTotp->columnIsNull(0)) {
        auto totpKey = crypto::openSealed(sealedTotp->columnBlob(0), slot->publicKey, oldSecret.value());
        DPP_TRY(totpKey);
        resealed = crypto::sealToPublicKey(totpKey.value(), fresh->publicKey);
    }
    (void)sealedTotp->reset(); // done reading: no statement left open
    const AuditActor actor = AuditActor::of(session);
    {
        auto tx = Transaction::begin(db);
        DPP_TRY(tx);
        auto update = db.prepare(
            QStringLiteral("UPDATE principals SET password_set_at = ?, must_change_password = 0, "
                           "totp_sealed = ?, totp_pending = NULL WHERE id = ?"));
        DPP_TRY(update);
        update->bind(1, AccountRules::timeText(now));
        if (resealed.isEmpty())
            update->bindNull(2);
        else
            update->bind(2, resealed);
        update->bind(3, me->id);
        DPP_TRY(update->run());
        DPP_TRY(AccountRules::rememberPassword(db, me->id, next, params, now));
        DPP_TRY(m_vault.audit().append(actor,
                                       {AuditAction::PasswordChanged,
                                        AuditOutcome::Allowed,
                                        QStringLiteral("principal"),
                                        session.name(),
                                        {}},
                                       now));
        AuditLog audit = m_vault.audit();
        DPP_TRY(AccountRules::auditNewPasswordSlot(audit, actor, fresh.value(), now));
        // The TOTP key in the database and the slot in .keys must change together, or the second
        // factor could not be opened: the new .keys is written inside the transaction, so a
        // failed write rolls the database back, and a failed commit puts the old .keys back.
        auto freshSecret = fresh->unwrap(m_vault.m_keys.databaseId, next);
        DPP_TRY(freshSecret);
        const KeySlotFile previous = m_vault.m_keys;
        KeySlotFile updated = m_vault.m_keys;
        updated.put(std::move(fresh).value());
        if (heldPii)
            updated.signPiiSlots(m_vault.m_piiKey);
        DPP_TRY(m_vault.saveKeys(std::move(updated)));
        auto committed = tx->commit();
        if (!committed) {
            KeySlotFile restored = previous;
            restored.generation = m_vault.m_keys.generation; // written as the next generation
            (void)m_vault.saveKeys(std::move(restored));
            return committed.error();
        }
        m_vault.m_slotSecretKey = std::move(freshSecret).value();
    }
    (void)m_vault.audit().publishHead();
    if (forced) {
        // The next gate, if any: enrollment once the grace period is over.
        const bool enrolled = me->secondFactorEnrolled;
        m_vault.m_session.setGate(!enrolled && me->secondFactorGraceEnds <= now
                                      ? SessionGate::SecondFactorEnrollment
                                      : SessionGate::None);
        if (!enrolled && me->secondFactorGraceEnds > now)
            m_vault.m_session.setSecondFactorGraceEnds(me->secondFactorGraceEnds);
    }
    return success();
}

Result<TotpEnrollment> UserAccounts::beginTotpEnrollment()
{
    const Session& session = m_vault.m_session;
    if (session.isService())
        return Error(ErrorCode::InvalidInput,
                     tr("The scheduler signs in through the keychain, without a code."));
    const KeySlot* slot = m_vault.m_keys.find(KeySlot::Kind::Password, session.name());
    if (!slot)
        return Error(ErrorCode::PermissionDenied, tr("The account %1 is disabled.").arg(session.name()));
    DPP_TRY(requireStepUpToReplaceSecondFactor());
    TotpSecret secret = TotpSecret::generate();
    // Kept pending, sealed to the person's slot like the confirmed key, until a code proves the
    // app has it.
    const QByteArray sealed = crypto::sealToPublicKey(secret.key(), slot->publicKey);
    auto stmt = m_vault.m_db->prepare(QStringLiteral("UPDATE principals SET totp_pending = ? WHERE id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, sealed).bind(2, session.principalId());
    DPP_TRY(stmt->run());
    return TotpEnrollment{Totp::otpauthUri(secret, session.name()), secret.toBase32()};
}

Result<void> UserAccounts::requireStepUpToReplaceSecondFactor() const
{
    auto enrolled = AccountRules::hasSecondFactor(*m_vault.m_db, m_vault.m_session.principalId());
    DPP_TRY(enrolled);
    if (!enrolled.value() || m_vault.hasStepUp())
        return success();
    // Otherwise anyone at an unlocked console could move the second factor to their own phone.
    return Error(ErrorCode::StepUpRequired,
                 tr("Confirm that it is you: enter your password and your current code before setting up a "
                    "new authenticator."));
}

Result<std::vector<SecureBytes>> UserAccounts::confirmTotpEnrollment(QStringView code)
{
    const Session& session = m_vault.m_session;
    Database& db = *m_vault.m_db;
    auto stmt = db.prepare(QStringLiteral("SELECT totp_pending FROM principals WHERE id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, session.principalId());
    auto row = stmt->step();
    DPP_TRY(row);
    if (!row.value() || stmt->columnIsNull(0))
        return Error(ErrorCode::InvalidInput,
                     tr("Start the enrollment first: there is no key waiting for a code."));
    const QByteArray pending = stmt->columnBlob(0);
    DPP_TRY(requireStepUpToReplaceSecondFactor());
    (void)stmt->reset(); // done reading: no statement left open
    const KeySlot* slot = m_vault.m_keys.find(KeySlot::Kind::Password, session.name());
    if (!slot)
        return Error(ErrorCode::PermissionDenied, tr("The account %1 is disabled.").arg(session.name()));
    auto key = crypto::openSealed(pending, slot->publicKey, m_vault.m_slotSecretKey);
    if (!key)
        return Error(ErrorCode::InvalidInput,
                     tr("The enrollment was started with an earlier password; start it again."));
    const QDateTime now = m_vault.m_clock();
    auto step = Totp::verify(TotpSecret(std::move(key).value()), code, now, Totp::NoStepUsed);
    if (!step)
        return step.error().code() == ErrorCode::InvalidInput
            ? step.error()
            : Error(
                ErrorCode::WrongCredentials,
                tr("The code does not match. Check that the app shows DPP Console with your user name and "
                   "that the computer's clock is right, then enter the code it shows now."));
    auto codes = RecoveryCodes::generate(AccountRules::hashLimits(slot->argon2id));
    DPP_TRY(codes);
    {
        auto tx = Transaction::begin(db);
        DPP_TRY(tx);
        auto update = db.prepare(QStringLiteral(
            "UPDATE principals SET totp_sealed = totp_pending, totp_pending = NULL, totp_enrolled_at = ?, "
            "totp_last_step = ? WHERE id = ?"));
        DPP_TRY(update);
        update->bind(1, AccountRules::timeText(now)).bind(2, step.value()).bind(3, session.principalId());
        DPP_TRY(update->run());
        DPP_TRY(storeRecoveryCodes(codes->hashes, now));
        DPP_TRY(m_vault.audit().append(AuditActor::of(session),
                                       {AuditAction::SecondFactorEnrolled, AuditOutcome::Allowed,
                                        QStringLiteral("principal"), session.name(),
                                        AuditDetails().count(RecoveryCodes::Count)},
                                       now));
        DPP_TRY(tx->commit());
    }
    (void)m_vault.audit().publishHead();
    if (m_vault.m_session.gate() == SessionGate::SecondFactorEnrollment)
        m_vault.m_session.setGate(SessionGate::None);
    m_vault.m_session.setSecondFactorGraceEnds({});
    return std::move(codes->codes);
}

Result<void> UserAccounts::storeRecoveryCodes(const QByteArrayList& hashes, const QDateTime& now)
{
    Database& db = *m_vault.m_db;
    auto clear = db.prepare(QStringLiteral("DELETE FROM recovery_codes WHERE principal_id = ?"));
    DPP_TRY(clear);
    clear->bind(1, m_vault.m_session.principalId());
    DPP_TRY(clear->run());
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO recovery_codes (principal_id, hash, created_at) VALUES (?, ?, ?)"));
    DPP_TRY(insert);
    for (const QByteArray& hash : hashes) {
        insert->bind(1, m_vault.m_session.principalId())
            .bind(2, QString::fromLatin1(hash))
            .bind(3, AccountRules::timeText(now));
        DPP_TRY(insert->run());
        DPP_TRY(insert->reset());
    }
    return success();
}

Result<std::vector<SecureBytes>> UserAccounts::renewRecoveryCodes()
{
    const Session& session = m_vault.m_session;
    if (!m_vault.hasStepUp())
        return Error(ErrorCode::StepUpRequired,
                     tr("Confirm that it is you: enter your password and code again."));
    auto enrolled = AccountRules::hasSecondFactor(*m_vault.m_db, session.principalId());
    DPP_TRY(enrolled);
    if (!enrolled.value())
        return Error(ErrorCode::InvalidInput,
                     tr("Set up two-factor sign-in first; the recovery codes come with it."));
    const KeySlot* slot = m_vault.m_keys.find(KeySlot::Kind::Password, session.name());
    if (!slot)
        return Error(ErrorCode::PermissionDenied, tr("The account %1 is disabled.").arg(session.name()));
    auto codes = RecoveryCodes::generate(AccountRules::hashLimits(slot->argon2id));
    DPP_TRY(codes);
    const QDateTime now = m_vault.m_clock();
    auto tx = Transaction::begin(*m_vault.m_db);
    DPP_TRY(tx);
    DPP_TRY(storeRecoveryCodes(codes->hashes, now));
    DPP_TRY(m_vault.audit().append(AuditActor::of(session),
                                   {AuditAction::RecoveryCodesRenewed, AuditOutcome::Allowed,
                                    QStringLiteral("principal"), session.name(),
                                    AuditDetails().count(RecoveryCodes::Count)},
                                   now));
    DPP_TRY(tx->commit());
    (void)m_vault.audit().publishHead();
    return std::move(codes->codes);
}

} // namespace dpp
