// The purge engine (issue 6, items 1 and 2): forensic searches before and after a purge of orders
// with canary buyer data (in the engine's own files, and in everything the program touches), tombstones in
// the database and in <name>.ledger, verification, and what is refused (holds, permissions, step-up). Real
// SQLCipher; the decrypted pages are read through the stock sqlcipher shell (the packaged library lacks
// sqlite_dbpage).
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AlarmService.h"
#include "audit/AuditLog.h"
#include "backup/Backups.h"
#include "orders/OrderSealing.h"
#include "orders/OrderStore.h"
#include "purge/PurgeEngine.h"
#include "purge/TaxArchive.h"
#include "retention/Retention.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dpp;
using namespace dpp::test;

namespace {

//! The orders a person chose.
PurgeRequest selection(const QStringList& ids, bool everything = false)
{
    PurgeRequest request;
    request.reason = PurgeReason::Selection;
    request.orderIds = ids;
    request.everything = everything;
    return request;
}

const QString kCanaryName = QStringLiteral("Yxqor Purgewood");
const QString kCanaryStreet = QStringLiteral("23 Thistledown Row");

//! count orders shipped 60 days ago (due 30 days ago), each with canary buyer data.
std::vector<OrderRecord> dueOrders(int count, int first = 0)
{
    std::vector<OrderRecord> records;
    const QDateTime shipped = QDateTime::currentDateTimeUtc().addDays(-60);
    for (int i = first; i < first + count; ++i) {
        OrderRecord r;
        r.orderId = QStringLiteral("999-0000020-%1").arg(i, 7, 10, QLatin1Char('0'));
        r.status = QStringLiteral("Shipped");
        r.purchaseDate = shipped.addDays(-2);
        r.shipTime = shipped;
        r.marketplaceId = QStringLiteral("ATVPDKIKX0DER");
        r.pii[PiiField::RecipientName] = kCanaryName + QLatin1Char(' ') + QString::number(i);
        r.pii[PiiField::AddressLine1] = kCanaryStreet;
        r.pii[PiiField::BuyerEmail] = QStringLiteral("yxqor.%1@example.invalid").arg(i);
        records.push_back(r);
    }
    return records;
}

//! The wrapped keys and sealed boxes of the given orders, as they are stored.
QList<QByteArray> storedSecrets(Vault& vault)
{
    QList<QByteArray> secrets;
    auto keys = vault.database().prepare(QStringLiteral("SELECT wrapped FROM wrapped_keys"));
    while (keys && keys->step().value())
        secrets << keys->columnBlob(0);
    auto boxes = vault.database().prepare(QStringLiteral("SELECT sealed FROM order_pii"));
    while (boxes && boxes->step().value()) {
        auto fields = OrderSealing::unpack(boxes->columnBlob(0));
        if (!fields)
            return {};
        for (const SealedField& f : fields.value())
            secrets << f.nonce + f.ciphertext;
    }
    return secrets;
}

int foundIn(const QList<QByteArray>& haystacks, const QList<QByteArray>& needles)
{
    int found = 0;
    for (const QByteArray& needle : needles)
        for (const QByteArray& hay : haystacks)
            if (hay.contains(needle)) {
                ++found;
                break;
            }
    return found;
}

bool holdsCanary(const QByteArray& bytes)
{
    return bytes.contains(kCanaryName.toUtf8()) || bytes.contains(kCanaryStreet.toUtf8())
        || bytes.contains("Purgewood") || bytes.contains("Thistledown");
}

} // namespace

class TestPurge final : public QObject
{
    Q_OBJECT

private slots:
    void forensicSearchBeforeAndAfter()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        QVERIFY(OrderStore(*dpo).importRecords(dueOrders(300)).ok());
        // One order not yet due stays whole.
        OrderRecord fresh = dueOrders(1, 500).front();
        fresh.shipTime = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(OrderStore(*dpo).importRecords({fresh}).ok());
        QVERIFY(dpo->database().checkpoint().ok());

        // Before: the search finds every wrapped key and box in the decrypted pages (so it works).
        const QList<QByteArray> secrets = storedSecrets(*dpo);
        QCOMPARE(secrets.size(), 301 * 4); // a key and three boxes per order
        const QList<QByteArray> before = decryptedPages(f.paths);
        QVERIFY2(before.size() > 10, "sqlite_dbpage gave no pages: the search would prove nothing");
        QCOMPARE(foundIn(before, secrets), secrets.size());

        PurgeEngine engine(*dpo);
        QCOMPARE(engine.dueOrders()->size(), 300);
        QCOMPARE(engine.purge({}).error().code(), ErrorCode::StepUpRequired);
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        auto run = engine.purge({});
        QVERIFY2(run.ok(), qPrintable(run.error().message()));
        QCOMPARE(run->orderIds.size(), 300);
        QVERIFY(run->runId > 0);
        QVERIFY(run->verification.rowsGone);
        QVERIFY2(run->verification.pagesClean, qPrintable(run->verification.method));
        QCOMPARE(run->verification.walBytes, 0);
        QCOMPARE(run->verification.freePages, 0);
        QVERIFY(run->verification.pagesScanned > 10);
        QCOMPARE(run->verification.needlesSearched, 300 * 4);
        QVERIFY(run->verification.passed());
        QCOMPARE(run->idsSha256.size(), 64);

        // After: no purged key or box in any decrypted page, free pages included; the one order
        // not due is still whole and its secrets still found.
        const QList<QByteArray> after = decryptedPages(f.paths);
        QVERIFY(after.size() > 10);
        QCOMPARE(foundIn(after, secrets), 4);
        auto remaining = OrderStore(*dpo).detail(fresh.orderId);
        QCOMPARE(remaining->summary.pii, PiiState::Present);
        QCOMPARE(OrderStore(*dpo).detail(dueOrders(1).front().orderId)->summary.pii, PiiState::Purged);
        QCOMPARE(OrderStore(*dpo)
                     .reveal(dueOrders(1).front().orderId, {QStringLiteral("fulfilment"), {}})
                     .error()
                     .code(),
                 ErrorCode::NotFound);
        // The WAL is empty; no file beside the database, the ledger or the audit log holds a canary.
        QCOMPARE(QFileInfo(f.paths.database() + QStringLiteral("-wal")).size(), 0);
        for (const QString& name : QDir(f.dir.path()).entryList(QDir::Files))
            QVERIFY2(!holdsCanary(fileBytes(f.dir.filePath(name))), qPrintable(name));
        QStringList ledger = QString::fromUtf8(fileBytes(f.paths.ledger())).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(ledger.size(), 300);
        QVERIFY(ledger.first().startsWith(QStringLiteral("purged\t999-0000020-0000000\t")));
        auto rows = dpo->audit().query({}, std::numeric_limits<qint64>::max(), 5000);
        for (const AuditRow& row : rows.value())
            QVERIFY(!holdsCanary((row.objectId + row.details).toUtf8()));
        AuditFilter purges;
        purges.action = QStringLiteral("purge.run");
        QCOMPARE(dpo->audit().count(purges).value(), 1);
        QCOMPARE(engine.purgedOrderIds(run->runId)->size(), 300);

        // Nothing due now: a run with nothing to do, no ledger line.
        auto again = engine.purge({});
        QVERIFY(again.ok());
        QCOMPARE(again->runId, 0);
        QCOMPARE(QString::fromUtf8(fileBytes(f.paths.ledger())).count(u'\n'), 300);
        // Re-importing a purged order never brings its PII back.
        auto reimport = OrderStore(*dpo).importRecords(dueOrders(5));
        QCOMPARE(reimport->piiDropped, 5);
        QCOMPARE(OrderStore(*dpo).detail(dueOrders(1).front().orderId)->summary.pii, PiiState::Purged);
    }

    void forensicSearchOfEverythingThePurgeTouches()
    {
        // Issue 6's forensic test, through the program as a person runs it: orders with canary
        // buyer data (one on tax hold, so the tax archive is written too) and a backup made first;
        // then dppctl purge-due with its own temporary folder. Searched for every canary value and
        // every purged data key and sealed box: the program's output, its temporary folder, the
        // certificate (its bytes and its text), every file and folder beside the database (the
        // database, its WAL, the ledger, the list of backups, the tax archive), the audit log, every
        // decrypted page of the database, and every decrypted page of a restore of the backup.
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        const auto records = dueOrders(40);
        QVERIFY(OrderStore(*dpo).importRecords(records).ok());
        QVERIFY(
            Retention(*dpo).placeHold(records.front().orderId, HoldKind::Tax, QStringLiteral("VAT")).ok());
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        QVERIFY(TaxArchive(*dpo).createKey().ok());
        QTemporaryDir drive;
        auto backup = Backups(*dpo).create(drive.path());
        QVERIFY2(backup.ok(), qPrintable(backup.error().message()));
        QVERIFY(dpo->database().checkpoint().ok());
        const QList<QByteArray> secrets = storedSecrets(*dpo);
        QCOMPARE(secrets.size(), 40 * 4);
        QCOMPARE(foundIn(decryptedPages(f.paths), secrets), secrets.size()); // the search works
        dpo.reset();

        QTemporaryDir temp;
        const auto r = runProgram(
            builtProgram(QStringLiteral("dppctl")),
            {QStringLiteral("--database"), f.paths.database(), QStringLiteral("--user"),
             QStringLiteral("dpo"), QStringLiteral("--password-stdin"), QStringLiteral("purge-due")},
            QByteArray(TestPassword) + '\n', 180000, {QStringLiteral("TMPDIR=") + temp.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray output = r.out + r.err;
        QVERIFY(output.contains("Purged: 40"));
        const auto clean = [&secrets](const QByteArray& bytes) {
            if (holdsCanary(bytes))
                return false;
            for (const QByteArray& secret : secrets)
                if (bytes.contains(secret) || bytes.contains(secret.toHex())
                    || bytes.contains(secret.toBase64()))
                    return false;
            return true;
        };
        QVERIFY2(clean(output), output.constData());
        QDirIterator temps(temp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (temps.hasNext()) {
            const QString path = temps.next();
            QVERIFY2(clean(fileBytes(path)), qPrintable(path));
        }
        QDirIterator beside(f.dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (beside.hasNext()) {
            const QString path = beside.next();
            ++files;
            QVERIFY2(clean(fileBytes(path)), qPrintable(path));
            if (path.endsWith(QLatin1String(".pdf"))) {
                const auto text = runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
                QCOMPARE(text.exitCode, 0);
                QVERIFY2(clean(text.out), qPrintable(path));
            }
        }
        QVERIFY(files >= 6); // db, keys, ledger, backups, audit head, certificate, tax archive, ...
        QVERIFY(clean(fileBytes(backup->path)));
        QCOMPARE(foundIn(decryptedPages(f.paths), secrets), 0);
        auto after = f.unlock();
        QVERIFY(after.ok());
        auto auditRows = after.value()->audit().query({}, std::numeric_limits<qint64>::max(), 5000);
        QVERIFY(auditRows.ok());
        for (const AuditRow& row : auditRows.value())
            QVERIFY(clean((row.objectId + row.details).toUtf8()));
        after.value().reset();

        // The backup still holds them (it was made before); a restore of it holds none.
        QTemporaryDir elsewhere;
        RestoreRequest restore;
        restore.backupPath = backup->path;
        restore.target = elsewhere.filePath(QStringLiteral("r.db"));
        restore.username = QStringLiteral("dpo");
        restore.password = bytesOf(TestPassword);
        restore.ledgers << f.paths.ledger();
        auto restored = Backups::restore(restore);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message()));
        QCOMPARE(restored->replayed, 40);
        QCOMPARE(foundIn(decryptedPages(VaultPaths(restore.target)), secrets), 0);
    }

    void holdsAndPermissionsAreRespected()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        QVERIFY(OrderStore(*dpo).importRecords(dueOrders(4)).ok());
        const auto ids = [] {
            QStringList list;
            for (const OrderRecord& r : dueOrders(4))
                list << r.orderId;
            return list;
        }();
        Retention retention(*dpo);
        QVERIFY(retention
                    .placeHold(ids.at(0), HoldKind::Legal, QStringLiteral("Case 9"),
                               QDate::currentDate().addDays(30))
                    .ok());
        QVERIFY(retention.placeHold(ids.at(1), HoldKind::Tax, QStringLiteral("Invoice")).ok());
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        PurgeEngine engine(*dpo);
        // Tried: a legally held order chosen by hand, a tax-held one, an unknown id.
        QCOMPARE(engine.purge(selection({ids.at(0)})).error().code(), ErrorCode::InvalidInput);
        QCOMPARE(engine.purge(selection({ids.at(1)})).error().code(), ErrorCode::Unsupported);
        QCOMPARE(engine.purge(selection({QStringLiteral("999-9999999-9999999")})).error().code(),
                 ErrorCode::NotFound);
        // Due: the legal hold is left out; the tax-held order waits, since there is no tax archive
        // key to seal its invoice fields to (TestTaxArchive writes one), and the rest go on time.
        QCOMPARE(engine.dueOrders()->size(), 3);
        auto first = engine.purge({});
        QVERIFY2(first.ok(), qPrintable(first.error().message()));
        QCOMPARE(first->orderIds, (QStringList{ids.at(2), ids.at(3)}));
        QCOMPARE(first->taxHeldLeft, QStringList{ids.at(1)});
        QVERIFY(retention.releaseHold(ids.at(1), HoldKind::Tax).ok());
        auto run = engine.purge({});
        QVERIFY2(run.ok(), qPrintable(run.error().message()));
        QCOMPARE(run->orderIds, QStringList{ids.at(1)});
        QVERIFY(run->taxHeldLeft.isEmpty());
        QCOMPARE(OrderStore(*dpo).detail(ids.at(0))->summary.pii, PiiState::Present);

        // An operator may not purge; "everything" deletes the order facts too.
        auto op = addUser(*dpo, f.paths, QStringLiteral("otto"), {Role::Operator});
        QVERIFY(op.ok());
        QVERIFY(op.value()->stepUp(bytesOf(UserPassword), {}).ok());
        QCOMPARE(PurgeEngine(*op.value()).purge({}).error().code(), ErrorCode::PermissionDenied);
        QVERIFY(retention.releaseHold(ids.at(0), HoldKind::Legal).ok());
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        auto everything = engine.purge(selection({ids.at(0)}, true));
        QVERIFY(everything.ok());
        QCOMPARE(OrderStore(*dpo).detail(ids.at(0)).error().code(), ErrorCode::NotFound);
        QCOMPARE(engine.purgedOrderIds()->size(), 4);
    }

    void aLedgerThatCannotBeWrittenPurgesNothingAndRaisesAnAlarm()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        QVERIFY(OrderStore(*dpo).importRecords(dueOrders(10)).ok());
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        // Tried: <name>.ledger is a folder, so the tombstones cannot be written outside.
        QVERIFY(QDir().mkpath(f.paths.ledger()));
        auto run = PurgeEngine(*dpo).purge({});
        QVERIFY(!run.ok());
        QCOMPARE(run.error().code(), ErrorCode::Failed);
        QVERIFY(run.error().message().contains(QStringLiteral("nothing was purged")));
        // Nothing purged, no tombstone, and an alarm for the buyer data left past its due date.
        QCOMPARE(PurgeEngine(*dpo).dueOrders()->size(), 10);
        QCOMPARE(PurgeEngine(*dpo).purgedOrderIds()->size(), 0);
        auto alarms = dpo->alarms().openAlarms(dpo->session());
        QVERIFY(alarms.ok());
        QVERIFY(std::any_of(alarms->begin(), alarms->end(),
                            [](const Alarm& a) { return a.rule == QLatin1String("purge-failed"); }));
        // With the ledger writable again the purge goes through.
        QVERIFY(QDir(f.paths.ledger()).removeRecursively());
        QVERIFY(PurgeEngine(*dpo).purge({}).ok());
        QCOMPARE(PurgeEngine(*dpo).purgedOrderIds()->size(), 10);
    }

    void theSchedulerPurgesWithoutThePiiKey()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        QVERIFY(OrderStore(*dpo).importRecords(dueOrders(20)).ok());
        std::unique_ptr<Vault> open = std::move(dpo);
        auto scheduler = switchToScheduler(open, f.paths);
        QVERIFY2(scheduler.ok(), qPrintable(scheduler.error().message()));
        QVERIFY(!scheduler.value()->holdsPiiKey());
        auto run = PurgeEngine(*scheduler.value()).purge({});
        QVERIFY2(run.ok(), qPrintable(run.error().message()));
        QCOMPARE(run->orderIds.size(), 20);
        QVERIFY(run->verification.passed());
        QCOMPARE(run->actor, scheduler.value()->session().name());
    }
};

QTEST_MAIN(TestPurge) // the restore at the end draws its certificate
#include "TestPurge.moc"
