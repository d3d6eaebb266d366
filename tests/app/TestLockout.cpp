// Lockout (issue 4): 5 failed sign-ins within 15 minutes lock an account for 15 minutes, with a
// fake clock; a success resets the count; an unknown name never locks; policies only stricter.
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "auth/AttemptLog.h"
#include "auth/Lockout.h"
#include "storage/Database.h"

#include <QFile>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

const QString Dpo = QStringLiteral("dpo");
const QDateTime Start(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC);

// A fixture whose clock the test moves.
struct ClockedVault
{
    VaultFixture f;
    QDateTime now = Start;
    Clock clock() const
    {
        return [this] { return now; };
    }
    Result<std::unique_ptr<Vault>> unlock(const QString& user, const char* password)
    {
        return Vault::unlock(f.paths, user, bytesOf(password), clock());
    }
    Result<std::unique_ptr<Vault>> unlockRight() { return unlock(Dpo, TestPassword); }
    //! count wrong passwords for user, one second apart, each answered as wrong credentials.
    bool fail(int count, const QString& user = Dpo)
    {
        for (int i = 0; i < count; ++i) {
            now = now.addSecs(1);
            auto r = unlock(user, "not-the-password");
            if (r.ok() || r.error().code() != ErrorCode::WrongCredentials
                || r.error().message() != QStringLiteral("Wrong user name or password."))
                return false;
        }
        return true;
    }
    Lockout::State state() const
    {
        const auto entries = AttemptLog(f.paths.attempts()).entries();
        return Lockout::evaluate(entries, Dpo, now, Lockout::policyOf(entries));
    }
};

bool isLockedOut(const Result<std::unique_ptr<Vault>>& r)
{
    return !r.ok() && r.error().code() == ErrorCode::PermissionDenied
        && r.error().message().contains(QStringLiteral("is locked after too many failed sign-ins"));
}

QStringList auditActions(Vault& vault)
{
    QStringList list;
    auto rows = vault.audit().rows(0, 10000);
    for (const auto& row : rows.value())
        list << row.action;
    return list;
}

} // namespace

class TestLockout final : public QObject
{
    Q_OBJECT

private slots:
    void fourFailuresDoNotLock()
    {
        ClockedVault v;
        QVERIFY(v.f.create());
        QVERIFY(v.fail(4));
        QVERIFY(!v.state().locked);
        v.now = v.now.addSecs(1);
        QVERIFY(v.unlockRight().ok());
    }

    void fifthFailureLocksUntilThePeriodHasPassed()
    {
        ClockedVault v;
        QVERIFY(v.f.create());
        QVERIFY(v.fail(5));
        const QDateTime fifth = v.now;
        const Lockout::State state = v.state();
        QVERIFY(state.locked);
        QCOMPARE(state.since, fifth);
        QCOMPARE(state.until, fifth.addSecs(15 * 60));

        // The right password during the lock is refused and changes neither database nor .keys.
        const FileSnapshot before = FileSnapshot::of(v.f.paths);
        v.now = fifth.addSecs(60);
        auto refused = v.unlockRight();
        QVERIFY(isLockedOut(refused));
        QVERIFY(refused.error().message().contains(
            QLocale().toString(state.until.toLocalTime().time(), QLocale::ShortFormat)));
        v.now = fifth.addSecs(15 * 60).addMSecs(-1);
        QVERIFY(isLockedOut(v.unlockRight()));
        QVERIFY(FileSnapshot::of(v.f.paths) == before);
        const auto entries = AttemptLog(v.f.paths.attempts()).entries();
        QCOMPARE(entries.back().outcome, AttemptLog::Outcome::Refused);

        // Released once the period after the fifth failure has passed.
        v.now = fifth.addSecs(15 * 60).addMSecs(1);
        auto vault = v.unlockRight();
        QVERIFY2(vault.ok(), qPrintable(vault.error().message()));
        // Every failure, the lock and each refusal reached the audit log, in order.
        const QStringList actions = auditActions(*vault.value());
        QCOMPARE(actions.count(QStringLiteral("session.unlock-failed")), 7);
        QCOMPARE(actions.count(QStringLiteral("user.locked")), 1);
        const qsizetype locked = actions.indexOf(QStringLiteral("user.locked"));
        QCOMPARE(actions.mid(locked - 5, 5), QStringList(5, QStringLiteral("session.unlock-failed")));
        QVERIFY(actions.indexOf(QStringLiteral("session.unlock"), locked) > locked);
    }

    void failuresOlderThanTheWindowDoNotCount()
    {
        ClockedVault v;
        QVERIFY(v.f.create());
        QVERIFY(v.fail(4));
        v.now = v.now.addSecs(15 * 60); // the first four are 15 minutes or more before the next
        QVERIFY(v.fail(1));
        QVERIFY(!v.state().locked);
        v.now = v.now.addSecs(1);
        QVERIFY(v.unlockRight().ok());
    }

    void successResetsTheCount()
    {
        ClockedVault v;
        QVERIFY(v.f.create());
        QVERIFY(v.fail(4));
        v.now = v.now.addSecs(1);
        QVERIFY(v.unlockRight().ok());
        QVERIFY(v.fail(4));
        QVERIFY(!v.state().locked);
        QVERIFY(v.fail(1));
        QVERIFY(v.state().locked);
    }

    void unknownNameNeverLocks()
    {
        ClockedVault v;
        QVERIFY(v.f.create());
        QVERIFY(v.fail(12, QStringLiteral("nobody")));
        // The right password of "nobody" does not exist; any password gets the usual answer.
        auto r = v.unlock(QStringLiteral("nobody"), TestPassword);
        QCOMPARE(r.error().code(), ErrorCode::WrongCredentials);
        QCOMPARE(r.error().message(), QStringLiteral("Wrong user name or password."));
        QVERIFY(!v.state().locked);
        QVERIFY(v.unlockRight().ok());
    }

    void stricterPolicyAppliesAfterOneUnlock()
    {
        ClockedVault v;
        {
            auto vault = v.f.create();
            QVERIFY(vault);
            QVERIFY(vault->setSetting(QStringLiteral("lockout.threshold"), QStringLiteral("3")).ok());
            QVERIFY(vault->setSetting(QStringLiteral("lockout.duration_minutes"), QStringLiteral("60")).ok());
        }
        QVERIFY(v.unlockRight().ok()); // writes the policy into the success marker
        QVERIFY(v.fail(3));
        const QDateTime third = v.now;
        QVERIFY(v.state().locked);
        QCOMPARE(v.state().until, third.addSecs(60 * 60));
        v.now = third.addSecs(30 * 60);
        QVERIFY(isLockedOut(v.unlockRight()));
        v.now = third.addSecs(60 * 60).addMSecs(1);
        QVERIFY(v.unlockRight().ok());
    }

    void looserPolicyIsRefusedOrClamped()
    {
        ClockedVault v;
        {
            auto vault = v.f.create();
            QVERIFY(vault);
            for (const auto& [key, value] : {std::pair{"lockout.threshold", "6"},
                                             {"lockout.threshold", "0"},
                                             {"lockout.window_minutes", "14"},
                                             {"lockout.duration_minutes", "1"}}) {
                auto set = vault->setSetting(QLatin1String(key), QLatin1String(value));
                QVERIFY2(!set.ok(), key);
                QCOMPARE(set.error().code(), ErrorCode::InvalidInput);
            }
            // Written past the checks: still clamped to the defaults.
            QVERIFY(vault->database()
                        .exec(QStringLiteral("INSERT INTO settings (key, value, changed_at) VALUES "
                                             "('lockout.threshold', '50', '2024-01-01'), "
                                             "('lockout.window_minutes', '1', '2024-01-01'), "
                                             "('lockout.duration_minutes', '1', '2024-01-01')"))
                        .ok());
        }
        QVERIFY(v.unlockRight().ok());
        QCOMPARE(Lockout::policyOf(AttemptLog(v.f.paths.attempts()).entries()), LockoutPolicy{});
        // A hand-edited marker cannot loosen it either.
        QFile file(v.f.paths.attempts());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"time\":\"2024-03-04T09:00:00.500Z\",\"user\":\"dpo\",\"outcome\":\"succeeded\","
                   "\"lockout\":{\"threshold\":100,\"window_minutes\":1,\"duration_minutes\":0}}\n");
        file.close();
        QCOMPARE(Lockout::policyOf(AttemptLog(v.f.paths.attempts()).entries()), LockoutPolicy{});
        QVERIFY(v.fail(5));
        QVERIFY(v.state().locked);
        QCOMPARE(v.state().until, v.now.addSecs(15 * 60));
    }

    void markersHoldNoSecret()
    {
        ClockedVault v;
        QVERIFY(v.f.create());
        QVERIFY(v.fail(5));
        v.now = v.now.addSecs(16 * 60);
        QVERIFY(v.unlockRight().ok());
        QVERIFY(!fileContains(v.f.paths.attempts(), TestPassword));
        QVERIFY(!fileContains(v.f.paths.attempts(), "not-the-password"));
    }
};

QTEST_GUILESS_MAIN(TestLockout)
#include "TestLockout.moc"
