// Amazon's deletion requests (issue 6, item 5) with a fake clock: the 72-hour and 90-day
// countdowns, each scope's orders, fulfilment (purge with the request id on every tombstone, the
// certificates, complete), a second fulfilment that does nothing, a return export that opens with
// its key to the orders' data and nothing else, refusals, and a note that never reaches the audit log.
#include "TestSupport.h"
#include "VaultFixture.h"
#include "orders/OrderStore.h"
#include "purge/DeletionRequests.h"
#include "purge/PurgeEngine.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace dpp;
using namespace dpp::test;

namespace {

QDateTime g_now;
const Clock fakeClock = [] { return g_now; };

QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

const QString kA = QStringLiteral("999-0000050-0000001");
const QString kB = QStringLiteral("999-0000050-0000002");
const QString kC = QStringLiteral("999-0000050-0000003");

OrderRecord order(const QString& id, const QDateTime& purchased)
{
    OrderRecord r;
    r.orderId = id;
    r.status = QStringLiteral("Shipped");
    r.purchaseDate = purchased;
    r.shipTime = purchased.addDays(1);
    r.marketplaceId = QStringLiteral("ATVPDKIKX0DER");
    r.orderTotal = QStringLiteral("12.50");
    r.currency = QStringLiteral("USD");
    r.pii[PiiField::RecipientName] = QStringLiteral("Qwyx Returnfield ") + id.right(1);
    r.pii[PiiField::AddressLine1] = QStringLiteral("7 Lanternmoss Lane");
    r.pii[PiiField::BuyerEmail] = QStringLiteral("qwyx.%1@example.invalid").arg(id.right(1));
    return r;
}

//! A database with orders A (bought 10 Jan), B (15 Jan) and C (1 Feb), and "dpo" signed in on the fake clock.
std::unique_ptr<Vault> setUp(VaultFixture& f)
{
    if (!f.create())
        return nullptr;
    auto vault = Vault::unlock(f.paths, QStringLiteral("dpo"), bytesOf(TestPassword), {}, fakeClock);
    if (!vault)
        return nullptr;
    const bool imported = OrderStore(*vault.value())
                              .importRecords({order(kA, utc(2026, 1, 10, 23)), order(kB, utc(2026, 1, 15, 0)),
                                              order(kC, utc(2026, 2, 1))})
                              .ok();
    return imported ? std::move(vault).value() : nullptr;
}

NewDeletionRequest ordersRequest(const QStringList& ids)
{
    NewDeletionRequest r;
    r.receivedAt = g_now;
    r.reference = QStringLiteral("AMZ-DR/2026:0001");
    r.scope = DeletionScope::Orders;
    r.orderIds = ids;
    return r;
}

qint64 scalar(Vault& vault, const QString& sql)
{
    auto stmt = vault.database().prepare(sql);
    return stmt && stmt->step().value() ? stmt->columnInt(0) : -1;
}

} // namespace

class TestDeletionRequests final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 60, QTimeZone::utc());
    }

    void countdowns_data()
    {
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<qint64>("hoursLeft");
        QTest::addColumn<qint64>("daysLeft");
        QTest::addColumn<QString>("status");
        QTest::newRow("0 h") << qint64(0) << qint64(72) << qint64(90) << QStringLiteral("open");
        QTest::newRow("71 h") << qint64(71 * 3600) << qint64(1) << qint64(87) << QStringLiteral("open");
        QTest::newRow("73 h") << qint64(73 * 3600) << qint64(-1) << qint64(86) << QStringLiteral("overdue");
        QTest::newRow("89 d") << qint64(89 * 86400) << qint64(-89 * 24 + 72) << qint64(1)
                              << QStringLiteral("overdue");
        QTest::newRow("91 d") << qint64(91 * 86400) << qint64(-91 * 24 + 72) << qint64(-1)
                              << QStringLiteral("overdue");
    }
    void countdowns()
    {
        QFETCH(qint64, elapsed);
        QFETCH(qint64, hoursLeft);
        QFETCH(qint64, daysLeft);
        QFETCH(QString, status);
        VaultFixture f;
        auto dpo = setUp(f);
        QVERIFY(dpo);
        DeletionRequests requests(*dpo);
        const QDateTime received = g_now;
        auto id = requests.record(ordersRequest({kA}));
        QVERIFY2(id.ok(), qPrintable(id.error().message()));
        g_now = received.addSecs(elapsed);
        auto list = requests.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        const DeletionRequest& r = list->first();
        QCOMPARE(r.id, id.value());
        QCOMPARE(r.deadline72h, received.addSecs(72 * 3600));
        QCOMPARE(r.deadline90d, received.addDays(90));
        QCOMPARE(r.hoursLeft72h, hoursLeft);
        QCOMPARE(r.daysLeft90d, daysLeft);
        QCOMPARE(DeletionRequests::statusName(r.status), status);
    }

    void eachScopeResolvesToItsOrders()
    {
        VaultFixture f;
        auto dpo = setUp(f);
        QVERIFY(dpo);
        DeletionRequests requests(*dpo);
        auto listed = requests.record(ordersRequest({kC, kA, kA}));
        QVERIFY(listed.ok());
        QCOMPARE(requests.resolve(listed.value()).value(), (QStringList{kA, kC}));

        NewDeletionRequest range = ordersRequest({});
        range.scope = DeletionScope::PurchaseRange;
        range.from = QDate(2026, 1, 10);
        range.to = QDate(2026, 1, 15);
        auto ranged = requests.record(range);
        QVERIFY(ranged.ok());
        QCOMPARE(requests.resolve(ranged.value()).value(), (QStringList{kA, kB}));

        NewDeletionRequest all = ordersRequest({});
        all.scope = DeletionScope::Everything;
        auto everything = requests.record(all);
        QVERIFY(everything.ok());
        QCOMPARE(requests.resolve(everything.value()).value(), (QStringList{kA, kB, kC}));

        // Bad input is refused.
        NewDeletionRequest bad = ordersRequest({kA});
        bad.reference = QStringLiteral("has space");
        QCOMPARE(requests.record(bad).error().code(), ErrorCode::InvalidInput);
        bad.reference = QString(65, QLatin1Char('a'));
        QCOMPARE(requests.record(bad).error().code(), ErrorCode::InvalidInput);
        bad = ordersRequest({});
        QCOMPARE(requests.record(bad).error().code(), ErrorCode::InvalidInput);
        range.from = QDate(2026, 2, 1);
        QCOMPARE(requests.record(range).error().code(), ErrorCode::InvalidInput);
        NewDeletionRequest unknown = ordersRequest({QStringLiteral("111-0000000-0000000")});
        auto u = requests.record(unknown);
        QVERIFY(u.ok());
        QCOMPARE(requests.resolve(u.value()).error().code(), ErrorCode::NotFound);
    }

    void fulfilPurgesExactlyThemAndCertifies()
    {
        VaultFixture f;
        auto dpo = setUp(f);
        QVERIFY(dpo);
        DeletionRequests requests(*dpo);
        auto id = requests.record(ordersRequest({kA, kB}));
        QVERIFY(id.ok());
        // Step-up first: nothing is purged without it.
        QCOMPARE(requests.fulfil(id.value()).error().code(), ErrorCode::StepUpRequired);
        QCOMPARE(scalar(*dpo, QStringLiteral("SELECT count(*) FROM purge_ledger")), 0);
        g_now = g_now.addSecs(3600);
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        auto done = requests.fulfil(id.value());
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->purged, 2);
        QVERIFY(done->verified);
        QVERIFY(done->complete);
        QVERIFY(done->exportPath.isEmpty());
        QVERIFY(QFileInfo::exists(done->certificatePath));
        QVERIFY(QFileInfo::exists(done->certificationPath));
        QCOMPARE(PurgeEngine(*dpo).purgedOrderIds(done->runId).value(), (QStringList{kA, kB}));
        QCOMPARE(
            scalar(*dpo,
                   QStringLiteral("SELECT count(*) FROM purge_ledger WHERE request_id = %1").arg(id.value())),
            2);
        QCOMPARE(scalar(*dpo, QStringLiteral("SELECT count(*) FROM purge_ledger")), 2);
        QCOMPARE(
            scalar(*dpo, QStringLiteral("SELECT request_id FROM purge_runs WHERE id = %1").arg(done->runId)),
            id.value());
        QCOMPARE(scalar(*dpo, QStringLiteral("SELECT count(*) FROM orders WHERE pii_state = 'present'")), 1);
        auto detail = requests.get(id.value());
        QVERIFY(detail.ok());
        QCOMPARE(detail->status, DeletionStatus::Complete);
        QCOMPARE(detail->runId, done->runId);
        QCOMPARE(detail->purgedCount, 2);

        // The certification names the request and says no backup made before it is live (none was
        // made; TestBackups makes one); it holds no PII.
        const auto text
            = runProgram(QStringLiteral("pdftotext"), {done->certificationPath, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("AMZ-DR/2026:0001"), text.out.constData());
        QVERIFY2(QString::fromUtf8(text.out).simplified().contains(
                     QStringLiteral("No backup that DPP Console made before this request is still live")),
                 text.out.constData());
        QVERIFY(!text.out.contains("Qwyx") && !text.out.contains("Lanternmoss"));

        // A second fulfilment does nothing.
        const qint64 runs = scalar(*dpo, QStringLiteral("SELECT count(*) FROM purge_runs"));
        const qint64 audit = scalar(*dpo, QStringLiteral("SELECT count(*) FROM audit_log"));
        QCOMPARE(requests.fulfil(id.value()).error().code(), ErrorCode::InvalidInput);
        QCOMPARE(scalar(*dpo, QStringLiteral("SELECT count(*) FROM purge_runs")), runs);
        QCOMPARE(scalar(*dpo, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
        QCOMPARE(requests.get(id.value())->runId, done->runId);
    }

    void returnExportOpensToTheOrdersAndNothingElse()
    {
        VaultFixture f;
        auto dpo = setUp(f);
        QVERIFY(dpo);
        DeletionRequests requests(*dpo);
        NewDeletionRequest r = ordersRequest({kC});
        r.action = DeletionAction::Return;
        auto id = requests.record(r);
        QVERIFY(id.ok());
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        auto done = requests.fulfil(id.value());
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->purged, 1);
        QCOMPARE(done->exportKey.size(), std::size_t(64));
        QVERIFY(QFileInfo::exists(done->exportPath));
        QCOMPARE(QFileInfo(done->exportPath).permissions()
                     & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        // The file alone shows nothing.
        QFile file(done->exportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY(!raw.contains("Qwyx") && !raw.contains("Lanternmoss") && !raw.contains(kC.toUtf8()));

        auto plain = DeletionRequests::openExport(done->exportPath, done->exportKey);
        QVERIFY2(plain.ok(), qPrintable(plain.error().message()));
        const QJsonObject json
            = QJsonDocument::fromJson(QByteArray(plain->chars(), static_cast<qsizetype>(plain->size())))
                  .object();
        QCOMPARE(json.value(QStringLiteral("request_id")).toInteger(), id.value());
        const QJsonArray orders = json.value(QStringLiteral("orders")).toArray();
        QCOMPARE(orders.size(), 1);
        const QJsonObject o = orders.first().toObject();
        QCOMPARE(o.value(QStringLiteral("order_id")).toString(), kC);
        QCOMPARE(o.value(QStringLiteral("order_total")).toString(), QStringLiteral("12.50"));
        const QJsonObject pii = o.value(QStringLiteral("pii")).toObject();
        const OrderRecord expected = order(kC, utc(2026, 2, 1));
        QCOMPARE(pii.size(), static_cast<qsizetype>(expected.pii.size()));
        for (const auto& [field, value] : expected.pii)
            QCOMPARE(pii.value(PiiFields::name(field)).toString(), value);
        // Nothing of the other orders.
        QVERIFY(!plain->view().contains(kA.toUtf8()) && !plain->view().contains(kB.toUtf8()));

        // A wrong key opens nothing.
        SecureBytes wrong = SecureBytes::fromUtf8(QString(64, QLatin1Char('0')));
        QCOMPARE(DeletionRequests::openExport(done->exportPath, wrong).error().code(),
                 ErrorCode::WrongCredentials);
        QCOMPARE(
            scalar(*dpo,
                   QStringLiteral("SELECT count(*) FROM purge_ledger WHERE request_id = %1").arg(id.value())),
            1);
    }

    void refusalsAndTheNoteStaysOutOfTheAuditLog()
    {
        VaultFixture f;
        auto dpo = setUp(f);
        QVERIFY(dpo);
        auto op = addUser(*dpo, f.paths, QStringLiteral("otto"), {Role::Operator}, fakeClock);
        QVERIFY2(op.ok(), qPrintable(op.error().message()));
        NewDeletionRequest r = ordersRequest({kA});
        r.note = QStringLiteral("Buyer Zqvorth called about it");
        QCOMPARE(DeletionRequests(*op.value()).record(r).error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(DeletionRequests(*op.value()).list().error().code(), ErrorCode::PermissionDenied);
        op.value().reset();

        auto again = Vault::unlock(f.paths, QStringLiteral("dpo"), bytesOf(TestPassword), {}, fakeClock);
        QVERIFY(again.ok());
        dpo = std::move(again).value();
        DeletionRequests requests(*dpo);
        auto id = requests.record(r);
        QVERIFY(id.ok());
        QCOMPARE(requests.get(id.value())->note, r.note);
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        QVERIFY(requests.fulfil(id.value()).ok());

        auto rows
            = dpo->database().prepare(QStringLiteral("SELECT action, object_id, details FROM audit_log WHERE "
                                                     "action LIKE 'deletion-request.%' ORDER BY seq"));
        QVERIFY(rows.ok());
        QStringList actions;
        while (rows->step().value()) {
            actions << rows->columnText(0);
            QCOMPARE(rows->columnText(1), QString::number(id.value()));
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("deletion-request.recorded"),
                              QStringLiteral("deletion-request.fulfilled")}));
        QCOMPARE(scalar(*dpo,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%Zqvorth%' "
                                       "OR object_id LIKE '%Zqvorth%'")),
                 0);
    }
};

QTEST_MAIN(TestDeletionRequests)
#include "TestDeletionRequests.moc"
