// Accounts through the core (issue 4): creation with a forced first change, password history and
// ages, TOTP sign-in (vectors are in TestTotp; here the flow), recovery codes, the grace period,
// leaving dates, PII key grants and rotation, step-up and the kill switch. Real SQLCipher, real
// key file; the cheapest Argon2id parameters; a fake clock where time matters.
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "auth/Totp.h"
#include "crypto/KeySlotFile.h"
#include "vault/UserAccounts.h"

#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

QDateTime g_now;
const Clock fakeClock = [] { return g_now; };

QString codeFor(const SecureBytes& base32Key, const QDateTime& at)
{
    auto secret = TotpSecret::fromBase32(base32Key.view());
    return secret ? QString::fromLatin1(Totp::codeAt(secret.value(), at).view()) : QString();
}

//! Signs in as "olga" (made by addUser) with her password and second, at the fake clock's time.
Result<std::unique_ptr<Vault>> signInAsOlga(const VaultFixture& f, const SecondFactor& second = {})
{
    return Vault::unlock(f.paths, QStringLiteral("olga"), bytesOf(UserPassword), second, fakeClock);
}

qint64 auditCount(Vault& vault, const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    auto n = vault.audit().count(filter);
    return n ? n.value() : -1;
}

} // namespace

class TestUserAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void init() { g_now = QDateTime::currentDateTimeUtc(); }

    void addNeedsStepUpAndForcesAChange()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        // Tried: a user change without step-up, then with a wrong password, then the right one.
        auto refused = dpo->users().add(
            {QStringLiteral("olga"), QStringLiteral("Olga"), bytesOf(TemporaryPassword)}, {Role::Operator});
        QCOMPARE(refused.error().code(), ErrorCode::StepUpRequired);
        QCOMPARE(dpo->stepUp(bytesOf("Not-The-Passw0rd!"), {}).error().code(), ErrorCode::WrongCredentials);
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        auto added = dpo->users().add(
            {QStringLiteral("olga"), QStringLiteral("Olga"), bytesOf(TemporaryPassword)}, {Role::Operator});
        QVERIFY2(added.ok(), qPrintable(added.error().message()));
        QVERIFY(added->holdsPiiKey); // the DPO holds the PII key: sealed at once
        QVERIFY(added->mustChangePassword);
        // The same name again, and a weak password, are refused.
        QCOMPARE(dpo->users()
                     .add({QStringLiteral("olga"), QStringLiteral("Olga 2"), bytesOf(TemporaryPassword)},
                          {Role::Auditor})
                     .error()
                     .code(),
                 ErrorCode::AlreadyExists);
        QCOMPARE(dpo->users()
                     .add({QStringLiteral("weak"), QStringLiteral("W"), bytesOf("short1A!")}, {Role::Auditor})
                     .error()
                     .code(),
                 ErrorCode::InvalidInput);

        // First sign-in: everything refused until the password is changed.
        auto olga = Vault::unlock(f.paths, QStringLiteral("olga"), bytesOf(TemporaryPassword));
        QVERIFY2(olga.ok(), qPrintable(olga.error().message()));
        QCOMPARE(olga.value()->session().gate(), SessionGate::PasswordChange);
        QCOMPARE(olga.value()->authorize(Permission::OrdersView).error().code(), ErrorCode::PermissionDenied);
        // The temporary password is in the history: refused as the new one.
        QCOMPARE(olga.value()
                     ->users()
                     .changeOwnPassword(bytesOf(TemporaryPassword), bytesOf(TemporaryPassword))
                     .error()
                     .code(),
                 ErrorCode::InvalidInput);
        QVERIFY(
            olga.value()->users().changeOwnPassword(bytesOf(TemporaryPassword), bytesOf(UserPassword)).ok());
        QCOMPARE(olga.value()->session().gate(), SessionGate::None);
        QVERIFY(olga.value()->authorize(Permission::OrdersView).ok());
        QVERIFY(olga.value()->session().secondFactorGraceEnds().isValid());
        QVERIFY(olga.value()->holdsPiiKey());
        olga.value().reset();
        // The new password signs in; the old one no longer does.
        QVERIFY(Vault::unlock(f.paths, QStringLiteral("olga"), bytesOf(UserPassword)).ok());
        QCOMPARE(Vault::unlock(f.paths, QStringLiteral("olga"), bytesOf(TemporaryPassword)).error().code(),
                 ErrorCode::WrongCredentials);
        QCOMPARE(auditCount(*dpo, QStringLiteral("user.created")), 1);
        QCOMPARE(auditCount(*dpo, QStringLiteral("user.password-changed")), 1);
    }

    void passwordHistoryAndMinimumAge()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        auto olga = addUser(*dpo, f.paths, QStringLiteral("olga"), {Role::Auditor}, fakeClock);
        QVERIFY2(olga.ok(), qPrintable(olga.error().message()));
        // Tried: a voluntary change within a day of the last one.
        QCOMPARE(olga.value()
                     ->users()
                     .changeOwnPassword(bytesOf(UserPassword), bytesOf("Third-Sturdy-Pass-7"))
                     .error()
                     .code(),
                 ErrorCode::InvalidInput);
        olga.value().reset();
        // Five changes a day apart; then each of the last five is refused, the sixth-last accepted.
        const QStringList passwords{
            QStringLiteral("History-Pass-0001a"), QStringLiteral("History-Pass-0002b"),
            QStringLiteral("History-Pass-0003c"), QStringLiteral("History-Pass-0004d"),
            QStringLiteral("History-Pass-0005e")};
        QByteArray current = UserPassword;
        for (const QString& next : passwords) {
            g_now = g_now.addDays(2);
            auto v = Vault::unlock(f.paths, QStringLiteral("olga"), bytesOf(current.constData()),
                                   SecondFactor{}, fakeClock);
            QVERIFY2(v.ok(), qPrintable(v.error().message()));
            // The grace period is over by now: enrollment is the gate, but the password still changes.
            auto changed = v.value()->users().changeOwnPassword(bytesOf(current.constData()),
                                                                bytesOf(next.toUtf8().constData()));
            QVERIFY2(changed.ok(), qPrintable(changed.error().message()));
            current = next.toUtf8();
        }
        g_now = g_now.addDays(2);
        auto v = Vault::unlock(f.paths, QStringLiteral("olga"), bytesOf(current.constData()), SecondFactor{},
                               fakeClock);
        QVERIFY(v.ok());
        for (const QString& old : passwords)
            QCOMPARE(v.value()
                         ->users()
                         .changeOwnPassword(bytesOf(current.constData()), bytesOf(old.toUtf8().constData()))
                         .error()
                         .code(),
                     ErrorCode::InvalidInput);
        QVERIFY(
            v.value()->users().changeOwnPassword(bytesOf(current.constData()), bytesOf(UserPassword)).ok());
    }

    void passwordExpiresAfter365Days()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        auto olga = addUser(*dpo, f.paths, QStringLiteral("olga"), {Role::Auditor}, fakeClock);
        QVERIFY(olga.ok());
        olga.value().reset();
        g_now = g_now.addDays(364);
        auto before = signInAsOlga(f);
        QVERIFY(before.ok());
        QVERIFY(before.value()->session().gate() != SessionGate::PasswordChange);
        before.value().reset();
        g_now = g_now.addDays(2);
        auto after = signInAsOlga(f);
        QVERIFY(after.ok());
        QCOMPARE(after.value()->session().gate(), SessionGate::PasswordChange);
    }

    void totpSignInReplayAndRecoveryCodes()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        auto olga = addUser(*dpo, f.paths, QStringLiteral("olga"), {Role::Auditor}, fakeClock);
        QVERIFY(olga.ok());
        auto enrollment = olga.value()->users().beginTotpEnrollment();
        QVERIFY(enrollment.ok());
        QVERIFY(enrollment->otpauthUri.view().startsWith("otpauth://totp/"));
        // Tried: a wrong code at confirmation, then the right one.
        QCOMPARE(olga.value()->users().confirmTotpEnrollment(u"000000").error().code(),
                 ErrorCode::WrongCredentials);
        auto codes = olga.value()->users().confirmTotpEnrollment(codeFor(enrollment->base32Key, g_now));
        QVERIFY2(codes.ok(), qPrintable(codes.error().message()));
        QCOMPARE(codes->size(), std::size_t(10));
        olga.value().reset();

        g_now = g_now.addSecs(90); // a later step than the one used to confirm
        // The password alone: asked for the code, nothing counted.
        QCOMPARE(signInAsOlga(f).error().code(), ErrorCode::SecondFactorRequired);
        // A wrong code.
        QCOMPARE(signInAsOlga(f, SecondFactor::totp(u"123456")).error().code(), ErrorCode::WrongCredentials);
        const QString code = codeFor(enrollment->base32Key, g_now);
        auto in = signInAsOlga(f, SecondFactor::totp(code));
        QVERIFY2(in.ok(), qPrintable(in.error().message()));
        QCOMPARE(in.value()->session().gate(), SessionGate::None);
        QVERIFY(!in.value()->session().secondFactorGraceEnds().isValid());
        in.value().reset();
        // The same code again, within its 30 seconds: refused as used.
        QCOMPARE(signInAsOlga(f, SecondFactor::totp(code)).error().code(), ErrorCode::WrongCredentials);
        // A recovery code works once.
        const QByteArray recovery(reinterpret_cast<const char*>(codes->front().data()),
                                  static_cast<qsizetype>(codes->front().size()));
        auto viaRecovery = signInAsOlga(f, SecondFactor::recoveryCode(bytesOf(recovery.constData())));
        QVERIFY2(viaRecovery.ok(), qPrintable(viaRecovery.error().message()));
        viaRecovery.value().reset();
        QCOMPARE(signInAsOlga(f, SecondFactor::recoveryCode(bytesOf(recovery.constData()))).error().code(),
                 ErrorCode::WrongCredentials);
        auto record = dpo->users().find(QStringLiteral("olga"));
        QVERIFY(record.ok());
        QCOMPARE(record->recoveryCodesLeft, 9);
        QVERIFY(record->secondFactorEnrolled);
        // Tried: moving the working second factor to another phone without step-up: refused;
        // with a step-up (password and a fresh code) it may start.
        {
            g_now = g_now.addSecs(60);
            auto in2 = signInAsOlga(f, SecondFactor::totp(codeFor(enrollment->base32Key, g_now)));
            QVERIFY(in2.ok());
            QCOMPARE(in2.value()->users().beginTotpEnrollment().error().code(), ErrorCode::StepUpRequired);
            g_now = g_now.addSecs(60);
            QVERIFY(
                in2.value()
                    ->stepUp(bytesOf(UserPassword), SecondFactor::totp(codeFor(enrollment->base32Key, g_now)))
                    .ok());
            QVERIFY(in2.value()->users().beginTotpEnrollment().ok());
        }
        // The code after a password change still works: the TOTP key moved to the new slot.
        g_now = g_now.addDays(2);
        auto again = signInAsOlga(f, SecondFactor::totp(codeFor(enrollment->base32Key, g_now)));
        QVERIFY(again.ok());
        QVERIFY(again.value()
                    ->users()
                    .changeOwnPassword(bytesOf(UserPassword), bytesOf("Changed-Sturdy-Pass-8"))
                    .ok());
        again.value().reset();
        g_now = g_now.addSecs(60);
        QVERIFY(Vault::unlock(f.paths, QStringLiteral("olga"), bytesOf("Changed-Sturdy-Pass-8"),
                              SecondFactor::totp(codeFor(enrollment->base32Key, g_now)), fakeClock)
                    .ok());
    }

    void wrongCodesLockTheAccount()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        auto olga = addUser(*dpo, f.paths, QStringLiteral("olga"), {Role::Auditor}, fakeClock);
        QVERIFY(olga.ok());
        auto enrollment = olga.value()->users().beginTotpEnrollment();
        QVERIFY(olga.value()->users().confirmTotpEnrollment(codeFor(enrollment->base32Key, g_now)).ok());
        olga.value().reset();
        // Tried: five wrong codes after the right password. The fifth locks the account.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(signInAsOlga(f, SecondFactor::totp(u"000001")).error().code(),
                     ErrorCode::WrongCredentials);
        g_now = g_now.addSecs(60);
        auto locked = signInAsOlga(f, SecondFactor::totp(codeFor(enrollment->base32Key, g_now)));
        QCOMPARE(locked.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(dpo->users().find(QStringLiteral("olga"))->lockedOut);
        // An administrator lifts the lock (step-up is fresh from addUser).
        QVERIFY(dpo->users().unlockAccount(QStringLiteral("olga")).ok());
        QVERIFY(signInAsOlga(f, SecondFactor::totp(codeFor(enrollment->base32Key, g_now))).ok());
        QCOMPARE(auditCount(*dpo, QStringLiteral("session.second-factor-failed")), 5);
        QCOMPARE(auditCount(*dpo, QStringLiteral("user.unlocked")), 1);
    }

    void gracePeriodThenEnrollmentGate()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        auto olga = addUser(*dpo, f.paths, QStringLiteral("olga"), {Role::Auditor}, fakeClock);
        QVERIFY(olga.ok());
        olga.value().reset();
        g_now = g_now.addDays(6);
        // Tried: a code for an account that has no second factor: refused, not ignored.
        QCOMPARE(signInAsOlga(f, SecondFactor::totp(u"123456")).error().code(), ErrorCode::InvalidInput);
        auto within = signInAsOlga(f);
        QVERIFY(within.ok());
        QCOMPARE(within.value()->session().gate(), SessionGate::None);
        QVERIFY(within.value()->session().secondFactorGraceEnds().isValid());
        within.value().reset();
        g_now = g_now.addDays(2);
        auto after = signInAsOlga(f);
        QVERIFY(after.ok());
        QCOMPARE(after.value()->session().gate(), SessionGate::SecondFactorEnrollment);
        QCOMPARE(after.value()->authorize(Permission::AuditRead).error().code(), ErrorCode::PermissionDenied);
        auto enrollment = after.value()->users().beginTotpEnrollment();
        QVERIFY(enrollment.ok());
        QVERIFY(after.value()->users().confirmTotpEnrollment(codeFor(enrollment->base32Key, g_now)).ok());
        QCOMPARE(after.value()->session().gate(), SessionGate::None);
        QVERIFY(after.value()->authorize(Permission::AuditRead).ok());
        QVERIFY(auditCount(*dpo, QStringLiteral("session.grace-sign-in")) >= 2);
    }

    void disableRemovesTheSlotAndRotatesThePiiKey()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        auto olga = addUser(*dpo, f.paths, QStringLiteral("olga"), {Role::Operator});
        QVERIFY(olga.ok());
        QVERIFY(olga.value()->holdsPiiKey());
        // A data key stored under the PII key must survive the rotation.
        const SecureBytes dataKey = SecureBytes::random(32);
        QVERIFY(
            dpo->storeDataKey(QStringLiteral("order"), QStringLiteral("902-0000001-0000001"), dataKey).ok());
        const QString piiBefore = KeySlotFile::load(f.paths.keys())->piiCurrent;
        olga.value().reset();

        QVERIFY(dpo->users().disable(QStringLiteral("olga")).ok());
        auto keys = KeySlotFile::load(f.paths.keys());
        QVERIFY(keys.ok());
        QVERIFY(!keys->find(KeySlot::Kind::Password, QStringLiteral("olga")));
        QVERIFY(keys->piiCurrent != piiBefore);
        for (const KeySlot& slot : keys->keySlots)
            for (const SealedKey& sealed : slot.pii)
                QCOMPARE(sealed.keyId, keys->piiCurrent);
        auto again = dpo->dataKey(QStringLiteral("order"), QStringLiteral("902-0000001-0000001"));
        QVERIFY2(again.ok(), qPrintable(again.error().message()));
        QVERIFY(again->view() == dataKey.view());
        QVERIFY(!dpo->piiKeyRotationDue().value());
        // Tried: signing in as the disabled account with its right password.
        auto refused = Vault::unlock(f.paths, QStringLiteral("olga"), bytesOf(UserPassword));
        QVERIFY(!refused.ok());
        QCOMPARE(dpo->users().find(QStringLiteral("olga"))->status, QStringLiteral("disabled"));
        // The DPO signs in again: the rotated key opens the data key.
        dpo.reset();
        auto back = f.unlock();
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        QVERIFY(back.value()->dataKey(QStringLiteral("order"), QStringLiteral("902-0000001-0000001"))->view()
                == dataKey.view());
        QVERIFY(back.value()->verifyAudit()->intact);
    }

    void newRecoveryKeyRotatesThePiiKey()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        const SecureBytes dataKey = SecureBytes::random(32);
        QVERIFY(
            dpo->storeDataKey(QStringLiteral("order"), QStringLiteral("902-0000002-0000002"), dataKey).ok());
        const QString before = KeySlotFile::load(f.paths.keys())->piiCurrent;
        QVERIFY(dpo->renewRecoveryKey().ok());
        auto keys = KeySlotFile::load(f.paths.keys());
        QVERIFY(keys->piiCurrent != before);
        for (const KeySlot& slot : keys->keySlots)
            for (const SealedKey& sealed : slot.pii)
                QCOMPARE(sealed.keyId, keys->piiCurrent);
        QVERIFY(dpo->dataKey(QStringLiteral("order"), QStringLiteral("902-0000002-0000002"))->view()
                == dataKey.view());
    }

    void leavingDateDisablesAtTheNextSignIn()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        auto olga = addUser(*dpo, f.paths, QStringLiteral("olga"), {Role::Auditor}, fakeClock);
        QVERIFY(olga.ok());
        olga.value().reset();
        QVERIFY(dpo->users().disable(QStringLiteral("olga"), g_now.addDays(3)).ok());
        QCOMPARE(dpo->users().find(QStringLiteral("olga"))->status, QStringLiteral("active"));
        dpo.reset();
        g_now = g_now.addDays(2);
        QVERIFY(signInAsOlga(f).ok());
        g_now = g_now.addDays(2);
        auto refused = signInAsOlga(f);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(!KeySlotFile::load(f.paths.keys())->find(KeySlot::Kind::Password, QStringLiteral("olga")));
    }

    void piiGrantWaitsForAPiiHolder()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        // An administrator without PII (made by the founder) adds an operator: the grant waits.
        auto admin = addUser(*dpo, f.paths, QStringLiteral("ada"), {Role::Admin});
        QVERIFY(admin.ok());
        QVERIFY(!admin.value()->holdsPiiKey());
        QVERIFY(admin.value()->stepUp(bytesOf(UserPassword), {}).ok());
        auto olga = addUser(*admin.value(), f.paths, QStringLiteral("olga"), {Role::Operator});
        QVERIFY2(olga.ok(), qPrintable(olga.error().message()));
        QVERIFY(!olga.value()->holdsPiiKey());
        QCOMPARE(admin.value()->users().pendingPiiGrants().value(), QStringList{QStringLiteral("olga")});
        QCOMPARE(admin.value()->users().grantPendingPiiKeys().error().code(), ErrorCode::PermissionDenied);
        // Tried: the waiting list asked by the operator herself (no users.manage): refused.
        QCOMPARE(olga.value()->users().pendingPiiGrants().error().code(), ErrorCode::PermissionDenied);
        // The DPO grants it; the fingerprint recorded at creation matches.
        QCOMPARE(dpo->users().grantPendingPiiKeys().value(), 1);
        olga.value().reset();
        auto later = Vault::unlock(f.paths, QStringLiteral("olga"), bytesOf(UserPassword));
        QVERIFY(later.ok());
        QVERIFY(later.value()->holdsPiiKey());
        later.value().reset();
        // Taking the role away (by the admin, who cannot rotate): a rotation is due until the DPO
        // signs in; then the operator's slot no longer has the PII key.
        QVERIFY(admin.value()->users().setRoles(QStringLiteral("olga"), {Role::Auditor}).ok());
        QVERIFY(admin.value()->piiKeyRotationDue().value());
        dpo.reset();
        auto back = f.unlock();
        QVERIFY(back.ok());
        QVERIFY(!back.value()->piiKeyRotationDue().value());
        auto record = back.value()->users().find(QStringLiteral("olga"));
        QVERIFY(!record->holdsPiiKey);
        QVERIFY(!record->piiKeyPending);
        // The last administrator cannot lose the role or be disabled.
        QVERIFY(back.value()->stepUp(bytesOf(TestPassword), {}).ok());
        QVERIFY(back.value()->users().setRoles(QStringLiteral("ada"), {Role::Auditor}).ok());
        QCOMPARE(admin.value()->users().find(QStringLiteral("dpo")).ok(), true);
        QCOMPARE(back.value()->users().setRoles(QStringLiteral("dpo"), {Role::Dpo}).error().code(),
                 ErrorCode::InvalidInput);
    }

    void killSwitchStopsASessionAlreadySignedIn()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        auto olga = addUser(*dpo, f.paths, QStringLiteral("olga"), {Role::Operator});
        QVERIFY(olga.ok());
        QVERIFY(olga.value()->stepUp(bytesOf(UserPassword), {}).ok());
        QVERIFY(olga.value()->authorizePii(Permission::PiiReveal).ok());
        // Another session (the founder holds admin) turns PII access off; no step-up needed.
        auto admin = f.unlock();
        QVERIFY(admin.ok());
        QVERIFY(admin.value()->setPiiAccessOff(true).ok());
        auto refused = olga.value()->authorizePii(Permission::PiiReveal);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(refused.error().message().contains(QStringLiteral("kill switch")));
        // On again needs step-up.
        QCOMPARE(admin.value()->setPiiAccessOff(false).error().code(), ErrorCode::StepUpRequired);
        QVERIFY(admin.value()->stepUp(bytesOf(TestPassword), {}).ok());
        QVERIFY(admin.value()->setPiiAccessOff(false).ok());
        QVERIFY(olga.value()->authorizePii(Permission::PiiReveal).ok());
        // An operator may not touch the switch; the denial is audited.
        QCOMPARE(olga.value()->setPiiAccessOff(true).error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(auditCount(*dpo, QStringLiteral("pii.kill-switch")), 2);
    }

    void stepUpExpiresAfterFiveMinutes()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        auto olga = addUser(*dpo, f.paths, QStringLiteral("olga"), {Role::Operator}, fakeClock);
        QVERIFY(olga.ok());
        QVERIFY(olga.value()->stepUp(bytesOf(UserPassword), {}).ok());
        g_now = g_now.addSecs(Vault::StepUpMinutes * 60 - 1);
        QVERIFY(olga.value()->hasStepUp());
        g_now = g_now.addSecs(1);
        QVERIFY(!olga.value()->hasStepUp());
        QCOMPARE(olga.value()->authorizePii(Permission::PiiReveal).error().code(), ErrorCode::StepUpRequired);
        // A dppctl-style sign-in with every factor counts as step-up for that command.
        olga.value().reset();
        auto command = Vault::unlock(f.paths, QStringLiteral("olga"), bytesOf(UserPassword), SecondFactor{},
                                     fakeClock, UnlockPurpose::Command);
        QVERIFY(command.ok());
        QVERIFY(command.value()->hasStepUp());
    }
};

QTEST_GUILESS_MAIN(TestUserAccounts)
#include "TestUserAccounts.moc"
