// The tax archive (issue 6, item 6): orders under a tax hold have their invoice fields sealed to
// the DPO's offline tax archive key before their PII is purged; the archive opens with that key
// alone (no database), holds only invoice fields, and nothing of it is readable without the key.
// What cannot write it (the scheduler, no key yet, PII access off) leaves those orders due.
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "orders/OrderStore.h"
#include "purge/PurgeEngine.h"
#include "purge/TaxArchive.h"
#include "retention/Retention.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

const QString kBuyer = QStringLiteral("Quillon Taxwright");
const QString kStreet = QStringLiteral("4 Ledgerfern Close");

std::vector<OrderRecord> dueOrders(int count)
{
    std::vector<OrderRecord> records;
    const QDateTime shipped = QDateTime::currentDateTimeUtc().addDays(-45);
    for (int i = 0; i < count; ++i) {
        OrderRecord r;
        r.orderId = QStringLiteral("999-0000071-%1").arg(i, 7, 10, QLatin1Char('0'));
        r.status = QStringLiteral("Shipped");
        r.purchaseDate = shipped.addDays(-1);
        r.shipTime = shipped;
        r.marketplaceId = QStringLiteral("A1PA6795UKMFR9");
        r.orderTotal = QStringLiteral("89.90");
        r.currency = QStringLiteral("EUR");
        r.pii[PiiField::BuyerName] = kBuyer;
        r.pii[PiiField::BuyerTaxId] = QStringLiteral("DE999999999");
        r.pii[PiiField::BillAddressLine1] = kStreet;
        r.pii[PiiField::RecipientName] = kBuyer;
        r.pii[PiiField::AddressLine1] = kStreet;
        r.pii[PiiField::DeliveryInstructions] = QStringLiteral("Leave at the Hollyrune shed");
        records.push_back(r);
    }
    return records;
}

} // namespace

class TestTaxArchive final : public QObject
{
    Q_OBJECT

private slots:
    void archiveThenPurge()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        const auto records = dueOrders(3);
        QVERIFY(OrderStore(*dpo).importRecords(records).ok());
        Retention retention(*dpo);
        QVERIFY(retention.placeHold(records[0].orderId, HoldKind::Tax, QStringLiteral("VAT return")).ok());
        QVERIFY(retention.placeHold(records[1].orderId, HoldKind::Tax, QStringLiteral("VAT return")).ok());
        TaxArchive archive(*dpo);

        // Tried: making the key without step-up; then with it. The secret is shown once.
        QCOMPARE(archive.createKey().error().code(), ErrorCode::StepUpRequired);
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        auto secret = archive.createKey();
        QVERIFY2(secret.ok(), qPrintable(secret.error().message()));
        QCOMPARE(secret->size(), std::size_t(64)); // 13 groups of 4, dashes between
        auto key = archive.currentKey();
        QVERIFY(key.ok() && key->has_value());
        QVERIFY(archive.canWrite());

        auto run = PurgeEngine(*dpo).purge({});
        QVERIFY2(run.ok(), qPrintable(run.error().message()));
        QCOMPARE(run->orderIds.size(), 3);
        QCOMPARE(run->taxArchived, 2);
        QVERIFY(run->taxHeldLeft.isEmpty());
        QVERIFY(QFileInfo::exists(run->taxArchivePath));
        QCOMPARE(fileMode(run->taxArchivePath), 0600);
        const QByteArray bytes = fileBytes(run->taxArchivePath);
        QVERIFY(!bytes.contains(kBuyer.toUtf8()) && !bytes.contains("DE999999999")
                && !bytes.contains("Ledgerfern"));
        QCOMPARE(archive.list()->size(), 1);
        QCOMPARE(archive.list()->first().orders, 2);
        AuditFilter written;
        written.action = auditActionName(AuditAction::TaxArchiveWritten);
        QCOMPARE(dpo->audit().count(written).value(), 1);
        for (const OrderRecord& r : records)
            QCOMPARE(OrderStore(*dpo).detail(r.orderId)->summary.pii, PiiState::Purged);

        // It opens with the secret alone; only the invoice fields of the two held orders are in it.
        auto opened = TaxArchive::open(run->taxArchivePath, secret.value());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
        const QJsonObject content = QJsonDocument::fromJson(opened->view().toByteArray()).object();
        const QJsonArray orders = content.value(QStringLiteral("orders")).toArray();
        QCOMPARE(orders.size(), 2);
        for (const QJsonValue& o : orders) {
            const QJsonObject pii = o.toObject().value(QStringLiteral("pii")).toObject();
            QCOMPARE(pii.value(QStringLiteral("buyer.name")).toString(), kBuyer);
            QCOMPARE(pii.value(QStringLiteral("buyer.tax-id")).toString(), QStringLiteral("DE999999999"));
            QCOMPARE(pii.value(QStringLiteral("bill.address1")).toString(), kStreet);
            QVERIFY(!pii.contains(QStringLiteral("recipient.delivery-instructions")));
            QCOMPARE(o.toObject().value(QStringLiteral("order_total")).toString(), QStringLiteral("89.90"));
        }

        // Tried: another key, a malformed key, an altered archive.
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        auto other = archive.createKey();
        QVERIFY(other.ok());
        QCOMPARE(TaxArchive::open(run->taxArchivePath, other.value()).error().code(),
                 ErrorCode::WrongCredentials);
        QCOMPARE(TaxArchive::open(run->taxArchivePath, bytesOf("not-a-key")).error().code(),
                 ErrorCode::InvalidInput);
        QJsonObject file = QJsonDocument::fromJson(bytes).object();
        QByteArray cipher
            = QByteArray::fromBase64(file.value(QStringLiteral("ciphertext")).toString().toLatin1());
        cipher[3] = static_cast<char>(cipher.at(3) ^ 0x20);
        file.insert(QStringLiteral("ciphertext"), QString::fromLatin1(cipher.toBase64()));
        const QString altered = f.dir.filePath(QStringLiteral("altered.dpptax"));
        QFile out(altered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(file).toJson());
        out.close();
        QCOMPARE(TaxArchive::open(altered, secret.value()).error().code(), ErrorCode::Corrupt);
        QCOMPARE(
            TaxArchive::open(f.dir.filePath(QStringLiteral("none.dpptax")), secret.value()).error().code(),
            ErrorCode::NotFound);
    }

    void withoutAnArchiveTheyWait()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        const auto records = dueOrders(2);
        QVERIFY(OrderStore(*dpo).importRecords(records).ok());
        QVERIFY(Retention(*dpo).placeHold(records[0].orderId, HoldKind::Tax, QStringLiteral("VAT")).ok());
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        // Tried: no tax archive key yet. Purge all due purges the rest; a chosen tax-held order is refused.
        auto run = PurgeEngine(*dpo).purge({});
        QVERIFY(run.ok());
        QCOMPARE(run->orderIds, QStringList{records[1].orderId});
        QCOMPARE(run->taxHeldLeft, QStringList{records[0].orderId});
        PurgeRequest chosen;
        chosen.reason = PurgeReason::Selection;
        chosen.orderIds = {records[0].orderId};
        QCOMPARE(PurgeEngine(*dpo).purge(chosen).error().code(), ErrorCode::Unsupported);

        // Tried: the key exists but PII access is off (kill switch): still left, nothing exported.
        QVERIFY(TaxArchive(*dpo).createKey().ok());
        QVERIFY(dpo->setPiiAccessOff(true).ok());
        auto off = PurgeEngine(*dpo).purge({});
        QVERIFY(off.ok());
        QCOMPARE(off->taxHeldLeft, QStringList{records[0].orderId});
        QVERIFY(TaxArchive(*dpo).list()->isEmpty());
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        QVERIFY(dpo->setPiiAccessOff(false).ok());

        // The scheduler holds no PII key: it leaves the order for a person.
        auto scheduler = switchToScheduler(dpo, f.paths);
        QVERIFY(scheduler.ok());
        auto unattended = PurgeEngine(*scheduler.value()).purge({});
        QVERIFY2(unattended.ok(), qPrintable(unattended.error().message()));
        QVERIFY(unattended->orderIds.isEmpty());
        QCOMPARE(unattended->taxHeldLeft, QStringList{records[0].orderId});
        QCOMPARE(unattended->runId, 0);
    }
};

QTEST_GUILESS_MAIN(TestTaxArchive)
#include "TestTaxArchive.moc"
