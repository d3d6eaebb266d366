// A purge killed (SIGKILL) at random moments, many times (issue 6): each time the database opens,
// PRAGMA integrity_check is ok, the audit chain verifies, and every order is either whole (its
// data key, its sealed PII, no tombstone) or purged (neither, and a tombstone, also in
// <name>.ledger). The child (tests/support/PurgeChild.cpp) imports and purges in a loop.
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

qint64 scalar(Vault& vault, const QString& sql)
{
    auto stmt = vault.database().prepare(sql);
    if (!stmt || !stmt->step().value())
        return -1;
    return stmt->columnInt(0);
}

} // namespace

class TestPurgeCrash final : public QObject
{
    Q_OBJECT

private slots:
    void killedMidPurge()
    {
        VaultFixture f;
        QVERIFY(f.create());
        const QString child = builtProgram(QStringLiteral("purge-child"));
        int killedMidPurge = 0;
        int purgesSeen = 0;
        for (int round = 0; round < 8; ++round) {
            QProcess process;
            process.start(child, {f.paths.database(), QString::number(round * 1000)});
            QVERIFY(process.waitForStarted());
            QVERIFY2(process.waitForReadyRead(20000), "the child did not unlock");
            const int delay = QRandomGenerator::global()->bounded(100, 2500);
            QTest::qWait(delay);
            process.kill(); // SIGKILL: no clean-up runs
            QVERIFY(process.waitForFinished(10000));
            const QByteArray out = process.readAllStandardOutput();
            purgesSeen += static_cast<int>(out.count("purged"));
            // Killed after an import line and before its purge line: in the middle of a purge
            // (or of the import before it).
            const QList<QByteArray> lines = out.trimmed().split('\n');
            killedMidPurge += !lines.isEmpty() && lines.last().startsWith("imported") ? 1 : 0;

            auto again = f.unlock();
            QVERIFY2(again.ok(),
                     qPrintable(QStringLiteral("round %1 (killed after %2 ms): %3")
                                    .arg(round)
                                    .arg(delay)
                                    .arg(again.error().message())));
            Vault& vault = *again.value();
            auto check = vault.database().prepare(QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(check.ok() && check->step().value());
            QCOMPARE(check->columnText(0), QStringLiteral("ok"));
            auto verified = vault.verifyAudit();
            QVERIFY2(verified.ok(), qPrintable(verified ? QString() : verified.error().message()));
            // Whole: present, its key and its sealed row, no tombstone.
            QCOMPARE(
                scalar(vault,
                       QStringLiteral(
                           "SELECT count(*) FROM orders o WHERE o.pii_state = 'present' AND (NOT EXISTS "
                           "(SELECT 1 FROM order_pii p WHERE p.order_key = o.id) OR NOT EXISTS (SELECT 1 "
                           "FROM wrapped_keys k WHERE k.owner_type = 'order' AND k.owner_id = o.order_id) "
                           "OR EXISTS (SELECT 1 FROM purge_ledger l WHERE l.order_id = o.order_id))")),
                0);
            // Purged: neither key nor sealed row, and a tombstone.
            QCOMPARE(
                scalar(vault,
                       QStringLiteral(
                           "SELECT count(*) FROM orders o WHERE o.pii_state = 'purged' AND (EXISTS "
                           "(SELECT 1 FROM order_pii p WHERE p.order_key = o.id) OR EXISTS (SELECT 1 FROM "
                           "wrapped_keys k WHERE k.owner_type = 'order' AND k.owner_id = o.order_id) OR "
                           "NOT EXISTS (SELECT 1 FROM purge_ledger l WHERE l.order_id = o.order_id))")),
                0);
            QCOMPARE(scalar(vault,
                            QStringLiteral("SELECT count(*) FROM orders WHERE pii_state NOT IN ('present', "
                                           "'purged')")),
                     0);
            // Every tombstone is also in the ledger outside the database (written before the commit).
            QFile ledger(f.paths.ledger());
            QSet<QByteArray> outside;
            if (ledger.open(QIODevice::ReadOnly))
                for (const QByteArray& line : ledger.readAll().split('\n'))
                    outside.insert(line.split('\t').value(1));
            auto tombstones = vault.database().prepare(QStringLiteral("SELECT order_id FROM purge_ledger"));
            QVERIFY(tombstones.ok());
            int missing = 0;
            while (tombstones->step().value())
                missing += outside.contains(tombstones->columnText(0).toUtf8()) ? 0 : 1;
            QCOMPARE(missing, 0);
        }
        qInfo("8 kills: %d in the middle of an import or purge, %d purges completed", killedMidPurge,
              purgesSeen);
        QVERIFY2(purgesSeen > 0, "no purge completed: the kills came too early to prove anything");
    }
};

QTEST_GUILESS_MAIN(TestPurgeCrash)
#include "TestPurgeCrash.moc"
