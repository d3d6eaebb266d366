// The audit log: the chain verifies after many writes; a changed, removed, reordered, cut-short or
// re-chained log is caught and the row named; an audit write that fails rolls back the change it
// records; the events of a session are there, without secrets.
#include "FakeSecretStore.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "crypto/Primitives.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

void exec(Vault& vault, const QString& sql)
{
    auto done = vault.database().exec(sql);
    if (!done)
        qFatal("%s", qPrintable(done.error().message()));
}

QStringList actions(Vault& vault)
{
    QStringList list;
    auto rows = vault.audit().rows(0, 10000);
    for (const auto& row : rows.value())
        list << row.action + QLatin1Char('/') + row.outcome;
    return list;
}

} // namespace

class TestAuditLog final : public QObject
{
    Q_OBJECT

private slots:
    void chainVerifiesAfterManyWrites()
    {
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault);
        for (int i = 0; i < 300; ++i)
            QVERIFY(vault->setSetting(QStringLiteral("test.counter"), QString::number(i)).ok());
        auto verified = vault->verifyAudit();
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, qPrintable(verified->problem));
        QCOMPARE(verified->rows, 301); // created + 300 setting changes
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("badRow");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a row changed")
            << QStringLiteral("UPDATE audit_log SET outcome = 'denied' WHERE seq = 5") << qint64(5)
            << QStringLiteral("was changed");
        QTest::newRow("an actor changed")
            << QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE seq = 3") << qint64(3)
            << QStringLiteral("was changed");
        QTest::newRow("a row removed") << QStringLiteral("DELETE FROM audit_log WHERE seq = 7") << qint64(7)
                                       << QStringLiteral("is missing");
        QTest::newRow("two rows swapped") << QStringLiteral(
            "UPDATE audit_log SET seq = -4 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = 6; "
            "UPDATE audit_log SET seq = 6 WHERE seq = -4")
                                          << qint64(4) << QStringLiteral("was changed");
        QTest::newRow("the newest rows cut off") << QStringLiteral("DELETE FROM audit_log WHERE seq > 8")
                                                 << qint64(9) << QStringLiteral("cut short");
    }

    void tampering()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, badRow);
        QFETCH(QString, problem);
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault);
        for (int i = 0; i < 11; ++i)
            QVERIFY(vault->setSetting(QStringLiteral("test.counter"), QString::number(i)).ok());
        QVERIFY(vault->verifyAudit()->intact);
        // Done through the storage layer with the key, as someone holding the database key could.
        for (const QString& statement : sql.split(QStringLiteral("; ")))
            exec(*vault, statement);
        auto verified = vault->audit().verify();
        QVERIFY(verified.ok());
        QVERIFY(!verified->intact);
        QCOMPARE(verified->firstBadSeq, badRow);
        QVERIFY2(verified->problem.contains(problem), qPrintable(verified->problem));
    }

    void rechainedLogIsCaughtByTheHeadOutside()
    {
        // Tried: someone with the database key (and so the audit key) deletes the newest rows and
        // writes new ones with a valid chain. Only the head kept outside can tell.
        VaultFixture f;
        auto vault = f.create();
        for (int i = 0; i < 5; ++i)
            QVERIFY(vault->setSetting(QStringLiteral("test.counter"), QString::number(i)).ok());
        const QByteArray headBefore = fileBytes(f.paths.auditHead());
        exec(*vault, QStringLiteral("DELETE FROM audit_log WHERE seq > 3"));
        // Re-append through the API: a valid chain from row 3 on.
        for (int i = 0; i < 4; ++i)
            QVERIFY(vault->audit()
                        .append(AuditActor::system(),
                                {AuditAction::SettingChanged,
                                 AuditOutcome::Allowed,
                                 QStringLiteral("setting"),
                                 QStringLiteral("x"),
                                 {}})
                        .ok());
        // The head outside was not overwritten with the forged state: it is the evidence.
        QCOMPARE(fileBytes(f.paths.auditHead()), headBefore);
        auto verified = vault->audit().verify();
        QVERIFY(!verified->intact);
        QCOMPARE(verified->firstBadSeq, qint64(6));
        QVERIFY2(verified->problem.contains(QStringLiteral("re-chained")), qPrintable(verified->problem));
    }

    void missingHeadIsReported()
    {
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(QFile::remove(f.paths.auditHead()));
        auto verified = vault->audit().verify();
        QVERIFY(!verified->intact);
        QVERIFY(verified->problem.contains(QStringLiteral("missing")));
    }

    void failedAuditWriteRollsBackTheChange()
    {
        // Tried: the audit row cannot be written (a trigger refuses it). The setting must not
        // change either: neither exists without the other.
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault->setSetting(QStringLiteral("console.idle_lock_minutes"), QStringLiteral("5")).ok());
        exec(*vault,
             QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit disk full'); END"));
        auto changed = vault->setSetting(QStringLiteral("console.idle_lock_minutes"), QStringLiteral("30"));
        QVERIFY(!changed.ok());
        exec(*vault, QStringLiteral("DROP TRIGGER refuse"));
        QCOMPARE(vault->setting(QStringLiteral("console.idle_lock_minutes"), QString()).value(),
                 QStringLiteral("5"));
        QVERIFY(vault->verifyAudit()->intact);
    }

    void pruneByRetention()
    {
        VaultFixture f;
        auto vault = f.create();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 10; ++i)
            QVERIFY(vault->setSetting(QStringLiteral("test.counter"), QString::number(i)).ok());
        // 450 days later, 11 rows (creation + 10 changes) are past the default 400 days.
        const QDateTime later = now.addDays(450);
        auto pruned = vault->pruneAudit(later);
        QVERIFY2(pruned.ok(), qPrintable(pruned.error().message()));
        QCOMPARE(pruned.value(), qint64(10)); // everything but the newest row, which the chain goes on from
        auto verified = vault->verifyAudit();
        QVERIFY2(verified->intact, qPrintable(verified->problem));
        auto rows = vault->audit().rows(0, 100).value();
        QCOMPARE(rows.front().seq, qint64(11));
        QCOMPARE(rows.at(1).action, QStringLiteral("audit.pruned"));
        // Today nothing is past the period: nothing more goes, and it still verifies.
        QCOMPARE(vault->pruneAudit(now).value(), qint64(0));
        QVERIFY(vault->verifyAudit()->intact);
        // A second prune later starts from the checkpoint the first one left.
        QVERIFY(vault->pruneAudit(later).value() > 0);
        QVERIFY(vault->verifyAudit()->intact);
        // Within the period nothing goes.
        VaultFixture g;
        auto fresh = g.create();
        QCOMPARE(fresh->pruneAudit(now.addDays(100)).value(), qint64(0));
    }

    void tamperedCheckpointIsCaught()
    {
        VaultFixture f;
        auto vault = f.create();
        for (int i = 0; i < 5; ++i)
            QVERIFY(vault->setSetting(QStringLiteral("test.counter"), QString::number(i)).ok());
        QVERIFY(vault->pruneAudit(QDateTime::currentDateTimeUtc().addDays(500)).ok());
        QVERIFY(vault->audit().verify()->intact);
        // Tried: moving the checkpoint forward to hide rows, without the audit key's signature.
        exec(*vault,
             QStringLiteral("UPDATE meta SET value = replace(value, '\"seq\":5', '\"seq\":6') "
                            "WHERE key = 'audit_checkpoint'"));
        auto verified = vault->audit().verify();
        QVERIFY(!verified->intact);
        QVERIFY2(verified->problem.contains(QStringLiteral("checkpoint")), qPrintable(verified->problem));
    }

    void retentionNeverUnderNinetyDays_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("89 days") << QStringLiteral("89") << false;
        QTest::newRow("not a number") << QStringLiteral("ninety") << false;
        QTest::newRow("negative") << QStringLiteral("-400") << false;
        QTest::newRow("90 days") << QStringLiteral("90") << true;
        QTest::newRow("two years") << QStringLiteral("730") << true;
    }

    void retentionNeverUnderNinetyDays()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        VaultFixture f;
        auto vault = f.create();
        auto set = vault->setSetting(QStringLiteral("audit.retention_days"), value);
        QCOMPARE(set.ok(), accepted);
        if (!accepted) {
            QCOMPARE(set.error().code(), ErrorCode::InvalidInput);
            QVERIFY(set.error().message().contains(QStringLiteral("90")));
        }
    }

    void sessionEventsAreRecorded()
    {
        VaultFixture f;
        QVERIFY(f.create());
        QVERIFY(!f.unlock("Wrong-Test-Passw0rd").ok());
        QVERIFY(!Vault::unlock(f.paths, QStringLiteral("mallory"), bytesOf(TestPassword)).ok());
        {
            auto vault = f.unlock();
            QVERIFY(vault.ok());
            QVERIFY(vault.value()
                        ->setSetting(QStringLiteral("console.idle_lock_minutes"), QStringLiteral("9"))
                        .ok());
            FakeSecretStore store;
            QVERIFY(vault.value()->addKeychainSlot(store).ok());
            QVERIFY(vault.value()->rotateDatabaseKey().ok());
            vault.value().reset();
            auto scheduler = Vault::unlockWithKeychain(f.paths, store);
            QVERIFY(scheduler.ok());
            QVERIFY(!scheduler.value()->status().ok()); // denied, and audited
        }
        auto vault = f.unlock();
        const QStringList expected{
            QStringLiteral("database.created/allowed"),
            QStringLiteral("session.lock/allowed"),
            QStringLiteral("session.unlock-failed/denied"),
            QStringLiteral("session.unlock-failed/denied"),
            QStringLiteral("session.grace-sign-in/allowed"), // no second factor yet, within 7 days
            QStringLiteral("session.unlock/allowed"),
            QStringLiteral("settings.changed/allowed"),
            QStringLiteral("keys.slot-added/allowed"),
            QStringLiteral("keys.database-key-rotated/allowed"),
            QStringLiteral("session.lock/allowed"),
            QStringLiteral("session.unlock/allowed"),
            QStringLiteral("permission.denied/denied"),
            QStringLiteral("session.lock/allowed"),
            QStringLiteral("session.grace-sign-in/allowed"),
            QStringLiteral("session.unlock/allowed"),
        };
        QCOMPARE(actions(*vault.value()), expected);
        auto rows = vault.value()->audit().rows(0, 100).value();
        QCOMPARE(rows.at(2).actor, QStringLiteral("dpo")); // a known name, with its id
        QVERIFY(rows.at(2).actorId.has_value());
        QCOMPARE(rows.at(3).actor, QStringLiteral("unknown")); // an unknown name is never stored
        QVERIFY(rows.at(11).details.contains(QStringLiteral("status.view")));
        for (const auto& row : rows) {
            QVERIFY(!row.details.contains(QLatin1String(TestPassword)));
            QVERIFY(!row.details.contains(QStringLiteral("mallory")));
            QVERIFY(!row.actor.contains(QStringLiteral("mallory")));
        }
        QVERIFY(vault.value()->verifyAudit()->intact);
        // The chain survived the database-key rotation (its key is not derived from it).
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
