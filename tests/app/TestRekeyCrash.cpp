// A database-key rotation killed (SIGKILL) at random moments, many times: each time the database
// opens with the password, passes PRAGMA integrity_check and still holds every row.
#include "TestSupport.h"
#include "VaultFixture.h"
#include "crypto/Primitives.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

class TestRekeyCrash final : public QObject
{
    Q_OBJECT

private:
    static qint64 scalar(Vault& vault, const QString& sql)
    {
        auto stmt = vault.database().prepare(sql);
        if (!stmt || !stmt->step().ok())
            return -1;
        return stmt->columnInt(0);
    }

private slots:
    void killedMidRotation()
    {
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault);
        // About 8 MB of pages, so one rotation takes long enough to be hit in the middle.
        constexpr int Rows = 2000;
        QVERIFY(vault->database()
                    .exec(QStringLiteral("CREATE TABLE test_filler (id INTEGER PRIMARY KEY, data BLOB)"))
                    .ok());
        {
            auto tx = Transaction::begin(vault->database());
            QVERIFY(tx.ok());
            auto insert
                = vault->database().prepare(QStringLiteral("INSERT INTO test_filler (data) VALUES (?)"));
            QVERIFY(insert.ok());
            for (int i = 0; i < Rows; ++i) {
                insert->bind(1, crypto::randomBytes(4000));
                QVERIFY(insert->run().ok());
                QVERIFY(insert->reset().ok());
            }
            QVERIFY(tx->commit().ok());
        }
        const qint64 checksum = scalar(*vault, QStringLiteral("SELECT sum(length(data)) FROM test_filler"));
        vault.reset();

        const QString child = builtProgram(QStringLiteral("rekey-child"));
        int killedMidWay = 0;
        int rotationsSeen = 0;
        for (int round = 0; round < 12; ++round) {
            QProcess process;
            process.start(child, {f.paths.database()});
            QVERIFY(process.waitForStarted());
            QVERIFY2(process.waitForReadyRead(20000), "the child did not unlock");
            const int delay = QRandomGenerator::global()->bounded(5, 400);
            QTest::qWait(delay);
            process.kill(); // SIGKILL: no clean-up runs
            QVERIFY(process.waitForFinished(10000));
            const QByteArray out = process.readAllStandardOutput();
            rotationsSeen += static_cast<int>(out.count("rotated"));
            const bool pending = !KeySlotFile::load(f.paths.keys())->dmkPending.isEmpty();
            killedMidWay += pending ? 1 : 0;

            auto again = f.unlock();
            QVERIFY2(again.ok(),
                     qPrintable(QStringLiteral("round %1 (killed after %2 ms): %3")
                                    .arg(round)
                                    .arg(delay)
                                    .arg(again.error().message())));
            auto check = again.value()->database().prepare(QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(check.ok());
            QVERIFY(check->step().value());
            QCOMPARE(check->columnText(0), QStringLiteral("ok"));
            QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT count(*) FROM test_filler")),
                     qint64(Rows));
            QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT sum(length(data)) FROM test_filler")),
                     checksum);
            QVERIFY(KeySlotFile::load(f.paths.keys())->dmkPending.isEmpty());
        }
        qInfo("12 kills: %d while a rotation was under way, %d rotations completed", killedMidWay,
              rotationsSeen);
        QVERIFY2(killedMidWay > 0, "no kill landed during a rotation; the test proved nothing");
    }
};

QTEST_GUILESS_MAIN(TestRekeyCrash)
#include "TestRekeyCrash.moc"
