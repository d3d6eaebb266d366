// Orders through the core (issue 5, items 1-3): storing parsed orders with per-order data keys,
// merging parts and re-imports, paging by key, masks, and revealing only with the permission, a
// reason and step-up. Real SQLCipher and key file; synthetic orders with made-up buyers.
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "orders/OrderSealing.h"
#include "orders/OrderStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/UserAccounts.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace dpp;
using namespace dpp::test;

namespace {

// A made-up name and address that occur nowhere else, to look for in every byte.
const QString kCanaryName = QStringLiteral("Zyxwer Canarywood");
const QString kCanaryStreet = QStringLiteral("17 Quillfeather Lane");
const QString kCanaryEmail = QStringLiteral("zyxwer.canarywood@example.invalid");

QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

OrderRecord shippedOrder(const QString& id, const QDateTime& purchased)
{
    OrderRecord r;
    r.orderId = id;
    r.origin = QStringLiteral("test");
    r.status = QString::fromLatin1(OrderStatus::Shipped);
    r.fulfillmentChannel = QStringLiteral("MFN");
    r.salesChannel = QStringLiteral("Amazon.com");
    r.marketplaceId = QStringLiteral("ATVPDKIKX0DER");
    r.purchaseDate = purchased;
    r.latestShipDate = purchased.addDays(2);
    r.shipTime = purchased.addDays(1);
    r.orderTotal = QStringLiteral("11.01");
    r.currency = QStringLiteral("USD");
    r.items << OrderItem{QStringLiteral("05015851154158"),
                         QStringLiteral("B00551Q3CS"),
                         QStringLiteral("SKU-1"),
                         QStringLiteral("Card Book"),
                         1,
                         1,
                         QStringLiteral("11.01"),
                         QStringLiteral("USD")};
    return r;
}

OrderRecord canaryOrder()
{
    OrderRecord r = shippedOrder(QStringLiteral("999-0000001-0000001"), utc(2026, 11, 20).addMSecs(58));
    r.pii[PiiField::RecipientName] = kCanaryName;
    r.pii[PiiField::BuyerName] = kCanaryName;
    r.pii[PiiField::AddressLine1] = kCanaryStreet;
    r.pii[PiiField::BuyerEmail] = kCanaryEmail;
    r.pii[PiiField::Phone] = QStringLiteral("+1 555-010-4477");
    r.pii[PiiField::City] = QStringLiteral("Exampleton");
    return r;
}

qint64 countRows(Vault& vault, const char* table)
{
    auto stmt
        = vault.database().prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table)));
    if (!stmt || !stmt->step())
        return -1;
    return stmt->columnInt(0);
}

//! Every value of every table, as bytes, for looking for a name the database must not hold in clear.
QByteArray everyStoredValue(Vault& vault)
{
    QByteArray all;
    auto tables
        = vault.database().prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList names;
    while (tables && tables->step().value())
        names << tables->columnText(0);
    for (const QString& table : names) {
        auto rows = vault.database().prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        if (!rows)
            continue;
        const int columns = rows->columnCount();
        while (rows->step().value())
            for (int c = 0; c < columns; ++c)
                all += rows->columnBlob(c) + '\n';
    }
    return all;
}

bool containsCanary(const QByteArray& bytes)
{
    for (const QString& secret : {kCanaryName, kCanaryStreet, kCanaryEmail, QStringLiteral("Canarywood"),
                                  QStringLiteral("Quillfeather")}) {
        if (bytes.contains(secret.toUtf8()))
            return true;
        const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
        if (bytes.contains(utf16))
            return true;
    }
    return false;
}

} // namespace

class TestOrderStore final : public QObject
{
    Q_OBJECT

private slots:
    void importStoresFactsPlainAndPiiSealed()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        OrderStore store(*dpo);
        auto summary = store.importRecords({canaryOrder()});
        QVERIFY2(summary.ok(), qPrintable(summary.error().message()));
        QCOMPARE(summary->added, 1);
        QCOMPARE(summary->updated, 0);

        auto detail = store.detail(QStringLiteral("999-0000001-0000001"));
        QVERIFY2(detail.ok(), qPrintable(detail.error().message()));
        QCOMPARE(detail->summary.status, QStringLiteral("Shipped"));
        QCOMPARE(detail->summary.pii, PiiState::Present);
        QCOMPARE(detail->summary.maskedName, QStringLiteral("Z*** C***"));
        QCOMPARE(detail->summary.basis, DueBasis::ShipTime);
        QCOMPARE(detail->summary.due, utc(2026, 11, 21).addDays(30)); // stored to the second
        QCOMPARE(detail->items.size(), 1);
        QCOMPARE(detail->items.first().asin, std::optional<QString>(QStringLiteral("B00551Q3CS")));
        QCOMPARE(detail->pii.size(), 6);
        for (const MaskedPii& masked : detail->pii)
            QVERIFY2(!containsCanary(masked.masked.toUtf8()), qPrintable(PiiFields::name(masked.field)));
        const auto email = std::find_if(detail->pii.begin(), detail->pii.end(),
                                        [](const MaskedPii& m) { return m.field == PiiField::BuyerEmail; });
        QCOMPARE(email->masked, QStringLiteral("***@example.invalid"));
        // One data key, wrapped by the PII key; the order's PII in one sealed row.
        QCOMPARE(countRows(*dpo, "wrapped_keys"), 1);
        QCOMPARE(countRows(*dpo, "order_pii"), 1);
    }

    void canaryIsInNoByteOfTheStore()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        QVERIFY(OrderStore(*dpo).importRecords({canaryOrder()}).ok());
        // Decrypted by SQLCipher, no table holds the name: it is sealed again per order.
        QVERIFY(!containsCanary(everyStoredValue(*dpo)));
        // The audit log names the import, never a value.
        auto rows = dpo->audit().query({}, std::numeric_limits<qint64>::max(), 1000);
        QVERIFY(rows.ok());
        for (const AuditRow& row : rows.value())
            QVERIFY(!containsCanary((row.objectId + row.details).toUtf8()));
        // Nor do the files on disk, with the WAL before and after a checkpoint.
        const FileSnapshot before = FileSnapshot::of(f.paths);
        QVERIFY(!containsCanary(before.db + before.wal + before.keys));
        QVERIFY(dpo->database().checkpoint().ok());
        dpo.reset();
        const FileSnapshot after = FileSnapshot::of(f.paths);
        QVERIFY(!containsCanary(after.db + after.wal + after.keys));
    }

    void reimportUpdatesAndDuplicatesNothing()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        OrderStore store(*dpo);
        QVERIFY(store.importRecords({canaryOrder()}).ok());
        const qint64 auditRows = countRows(*dpo, "audit_log");
        // Tried: the same order again; then with a new status and a second item.
        auto again = store.importRecords({canaryOrder()});
        QVERIFY(again.ok());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->updated, 1);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(countRows(*dpo, "orders"), 1);
        QCOMPARE(countRows(*dpo, "order_items"), 1);
        QCOMPARE(countRows(*dpo, "wrapped_keys"), 1);
        QCOMPARE(countRows(*dpo, "audit_log"), auditRows + 1); // the import itself is recorded

        OrderRecord changed = canaryOrder();
        changed.items << OrderItem{QStringLiteral("2"), {}, {}, QStringLiteral("Second"), 2, 0, {}, {}};
        changed.pii[PiiField::City] = QStringLiteral("Otherville");
        auto third = store.importRecords({changed});
        QVERIFY(third.ok());
        QCOMPARE(third->updated, 1);
        QCOMPARE(third->unchanged, 0);
        QCOMPARE(countRows(*dpo, "orders"), 1);
        QCOMPARE(countRows(*dpo, "order_items"), 2);
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        auto revealed = store.reveal(changed.orderId, {QStringLiteral("fulfilment"), {}});
        QVERIFY(revealed.ok());
        QCOMPARE(revealed->values.at(PiiField::City), QStringLiteral("Otherville"));
        QCOMPARE(revealed->values.at(PiiField::RecipientName), kCanaryName); // kept, not erased
    }

    void aPartBeforeItsOrderCreatesItAndIsCompletedLater()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        OrderStore store(*dpo);
        OrderRecord address; // as getOrderAddress brings it: an id and PII only
        address.orderId = QStringLiteral("999-0000002-0000001");
        address.pii[PiiField::RecipientName] = QStringLiteral("Demo Recipient");
        address.shipCountry = QStringLiteral("US");
        QCOMPARE(store.importRecords({address})->added, 1);
        auto partial = store.detail(address.orderId);
        QVERIFY(partial.ok());
        QCOMPARE(partial->summary.basis, DueBasis::Incomplete);
        QVERIFY(!partial->summary.due.isValid());
        QVERIFY(!partial->summary.purchaseDate.isValid());

        OrderRecord order = shippedOrder(address.orderId, utc(2026, 10, 1));
        QCOMPARE(store.importRecords({order})->updated, 1);
        auto complete = store.detail(address.orderId);
        QCOMPARE(complete->summary.basis, DueBasis::ShipTime);
        QCOMPARE(complete->summary.purchaseDate, utc(2026, 10, 1));
        QCOMPARE(complete->summary.maskedName, QStringLiteral("D*** R***"));
        QCOMPARE(complete->shipCountry, QStringLiteral("US"));
        QCOMPARE(countRows(*dpo, "orders"), 1);
    }

    void revealNeedsPermissionReasonAndStepUp()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        OrderStore store(*dpo);
        const QString id = canaryOrder().orderId;
        QVERIFY(store.importRecords({canaryOrder()}).ok());
        // Tried: no reason, an unknown category, a ticket with spaces, then no step-up.
        QCOMPARE(store.reveal(id, {}).error().code(), ErrorCode::InvalidInput);
        QCOMPARE(store.reveal(id, {QStringLiteral("curiosity"), {}}).error().code(), ErrorCode::InvalidInput);
        QCOMPARE(store.reveal(id, {QStringLiteral("returns"), QStringLiteral("ticket 12")}).error().code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(store.reveal(id, {QStringLiteral("returns"), {}}).error().code(), ErrorCode::StepUpRequired);
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        auto revealed = store.reveal(id, {QStringLiteral("returns"), QStringLiteral("RMA-2026-17")});
        QVERIFY2(revealed.ok(), qPrintable(revealed.error().message()));
        QCOMPARE(revealed->values.at(PiiField::RecipientName), kCanaryName);
        QCOMPARE(revealed->values.at(PiiField::BuyerEmail), kCanaryEmail);
        QCOMPARE(revealed->values.size(), std::size_t{6});
        // Audited with the order id, the category and the ticket; never a value.
        AuditFilter filter;
        filter.action = QStringLiteral("pii.revealed");
        auto rows = dpo->audit().query(filter, std::numeric_limits<qint64>::max(), 10);
        QCOMPARE(rows->size(), std::size_t{1});
        const AuditRow& row = rows->front();
        QCOMPARE(row.objectId, id);
        QVERIFY(row.details.contains(QStringLiteral("\"reason\":\"returns\"")));
        QVERIFY(row.details.contains(QStringLiteral("RMA-2026-17")));
        QVERIFY(!containsCanary(row.details.toUtf8()));

        // Tried: an auditor (no pii.reveal, no PII key) and an operator before step-up.
        auto auditor = addUser(*dpo, f.paths, QStringLiteral("audra"), {Role::Auditor});
        QVERIFY(auditor.ok());
        QCOMPARE(OrderStore(*auditor.value()).reveal(id, {QStringLiteral("returns"), {}}).error().code(),
                 ErrorCode::PermissionDenied);
        auto op = addUser(*dpo, f.paths, QStringLiteral("otto"), {Role::Operator});
        QVERIFY(op.ok());
        QVERIFY(op.value()->holdsPiiKey());
        OrderStore asOperator(*op.value());
        QCOMPARE(asOperator.reveal(id, {QStringLiteral("fulfilment"), {}}).error().code(),
                 ErrorCode::StepUpRequired);
        QVERIFY(op.value()->stepUp(bytesOf(UserPassword), {}).ok());
        QCOMPARE(asOperator.reveal(id, {QStringLiteral("fulfilment"), {}})->values.at(PiiField::AddressLine1),
                 kCanaryStreet);
        // The kill switch stops the operator's open session at once.
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        QVERIFY(dpo->setPiiAccessOff(true).ok());
        QCOMPARE(asOperator.reveal(id, {QStringLiteral("fulfilment"), {}}).error().code(),
                 ErrorCode::PermissionDenied);
    }

    void withoutThePiiKeyNothingIsImportedOrRead()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        QVERIFY(OrderStore(*dpo).importRecords({canaryOrder()}).ok());
        // An auditor sees the database but holds no PII key; the scheduler neither.
        auto auditor = addUser(*dpo, f.paths, QStringLiteral("audra"), {Role::Auditor});
        QVERIFY(auditor.ok());
        QVERIFY(!auditor.value()->holdsPiiKey());
        QCOMPARE(OrderStore(*auditor.value()).importRecords({canaryOrder()}).error().code(),
                 ErrorCode::PermissionDenied);
        QCOMPARE(auditor.value()->dataKey(QStringLiteral("order"), canaryOrder().orderId).error().code(),
                 ErrorCode::PermissionDenied);
        // Even with the database open, the sealed row does not open with a guessed key.
        auto sealed = auditor.value()->database().prepare(QStringLiteral("SELECT sealed FROM order_pii"));
        QVERIFY(sealed.ok() && sealed->step().value());
        auto fields = OrderSealing::unpack(sealed->columnBlob(0));
        QVERIFY(fields.ok());
        QCOMPARE(OrderSealing::open(SecureBytes::random(32), canaryOrder().orderId, fields->front())
                     .error()
                     .code(),
                 ErrorCode::WrongCredentials);
    }

    void sealedFieldsAreBoundToTheirOrderAndField()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        OrderStore store(*dpo);
        OrderRecord a = canaryOrder();
        OrderRecord b = shippedOrder(QStringLiteral("999-0000001-0000002"), utc(2026, 11, 1));
        b.pii[PiiField::RecipientName] = QStringLiteral("Demo Buyer 000002");
        QVERIFY(store.importRecords({a, b}).ok());
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), {}).ok());
        // Tried: someone with the database key copies order a's sealed PII onto order b.
        QVERIFY(dpo->database()
                    .exec(QStringLiteral(
                        "UPDATE order_pii SET sealed = (SELECT sealed FROM order_pii p JOIN orders o "
                        "ON o.id = p.order_key WHERE o.order_id = '999-0000001-0000001') "
                        "WHERE order_key = (SELECT id FROM orders WHERE order_id = "
                        "'999-0000001-0000002')"))
                    .ok());
        auto moved = store.reveal(b.orderId, {QStringLiteral("fulfilment"), {}});
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().code(), ErrorCode::WrongCredentials);
        QVERIFY(!containsCanary(moved.error().message().toUtf8()));
        // A box renamed to another field, or moved to another order, does not open either.
        auto key = dpo->dataKey(QStringLiteral("order"), a.orderId);
        QVERIFY(key.ok());
        auto box = OrderSealing::seal(key.value(), a.orderId, PiiField::RecipientName, kCanaryName);
        QVERIFY(box.ok());
        SealedField renamed = box.value();
        renamed.field = PiiField::City;
        QCOMPARE(OrderSealing::open(key.value(), a.orderId, renamed).error().code(),
                 ErrorCode::WrongCredentials);
        QCOMPARE(OrderSealing::open(key.value(), b.orderId, box.value()).error().code(),
                 ErrorCode::WrongCredentials);
        QVERIFY(OrderSealing::open(key.value(), a.orderId, box.value()).ok());
    }

    void purgedPiiIsNotStoredAgain()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        OrderStore store(*dpo);
        QVERIFY(store.importRecords({canaryOrder()}).ok());
        // As issue 6's purge leaves an order: no PII row, no data key, state "purged".
        QVERIFY(dpo->database().exec(QStringLiteral("DELETE FROM order_pii")).ok());
        QVERIFY(dpo->database().exec(QStringLiteral("DELETE FROM wrapped_keys")).ok());
        QVERIFY(dpo->database().exec(QStringLiteral("UPDATE orders SET pii_state = 'purged'")).ok());
        auto again = store.importRecords({canaryOrder()});
        QVERIFY(again.ok());
        QCOMPARE(again->piiDropped, 1);
        QCOMPARE(countRows(*dpo, "order_pii"), 0);
        QCOMPARE(countRows(*dpo, "wrapped_keys"), 0);
        QCOMPARE(store.detail(canaryOrder().orderId)->summary.pii, PiiState::Purged);
    }

    void omittedFieldsAreNeverStored()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        OrderStore store(*dpo);
        QVERIFY(store.setOmittedFields({PiiField::BuyerEmail, PiiField::Phone}).ok());
        QCOMPARE(store.omittedFields().value(), (std::set<PiiField>{PiiField::BuyerEmail, PiiField::Phone}));
        // Only through the DPO's call: the generic settings call refuses the key.
        QCOMPARE(dpo->setSetting(QStringLiteral("import.omit_fields"), {}).error().code(),
                 ErrorCode::InvalidInput);
        auto op = addUser(*dpo, f.paths, QStringLiteral("otto"), {Role::Operator});
        QVERIFY(op.ok());
        QCOMPARE(OrderStore(*op.value()).setOmittedFields({}).error().code(), ErrorCode::PermissionDenied);
        // The parser drops them (a flat file with e-mail and phone columns).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("order-id\tpurchase-date\torder-status\tbuyer-email\tbuyer-name\tship-phone-number\n"
                   "999-0000003-0000001\t2026-11-01T10:00:00+00:00\tUnshipped\tsomeone@example.invalid\t"
                   "Demo Buyer\t+1 555 010 9999\n");
        file.close();
        auto summary = store.importFiles({path});
        QVERIFY2(summary.ok(), qPrintable(summary.error().message()));
        QCOMPARE(summary->added, 1);
        auto detail = store.detail(QStringLiteral("999-0000003-0000001"));
        QVERIFY(detail.ok());
        QCOMPARE(detail->pii.size(), 1);
        QCOMPARE(detail->pii.first().field, PiiField::BuyerName);
    }

    void aMalformedFileChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("named"); // what the message must name
        QTest::newRow("truncated JSON")
            << QStringLiteral("getOrder.json")
            << QByteArray("{\"payload\": {\"AmazonOrderId\": \"999-0000004-0000001\",")
            << QStringLiteral("getOrder.json");
        QTest::newRow("wrong type") << QStringLiteral("getOrder.json")
                                    << QByteArray(
                                           "{\"payload\": {\"AmazonOrderId\": \"999-0000004-0000001\", "
                                           "\"PurchaseDate\": 12}}")
                                    << QStringLiteral("PurchaseDate");
        QTest::newRow("no AmazonOrderId")
            << QStringLiteral("getOrderBuyerInfo.json")
            << QByteArray("{\"payload\": {\"BuyerEmail\": \"x@example.invalid\", \"BuyerName\": \"Demo\"}}")
            << QStringLiteral("AmazonOrderId");
        QTest::newRow("broken UTF-8 row") << QStringLiteral("orders.txt")
                                          << QByteArray("order-id\tbuyer-name\n999-0000004-0000001\tDemo\n"
                                                        "999-0000004-0000002\tDe\xff\xfemo\n")
                                          << QStringLiteral("3");
    }

    void aMalformedFileChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, named);
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        OrderStore store(*dpo);
        QVERIFY(store.importRecords({canaryOrder()}).ok());
        QVERIFY(dpo->database().checkpoint().ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const FileSnapshot before = FileSnapshot::of(f.paths);
        auto summary = store.importFiles({path});
        QVERIFY(summary.ok());
        QCOMPARE(summary->refusedFiles, 1);
        QCOMPARE(summary->added + summary->updated, 0);
        const QString message = summary->refusals.value(0);
        QVERIFY2(message.contains(name) && message.contains(named), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("Demo")));
        QVERIFY(FileSnapshot::of(f.paths) == before);
    }

    void aCancelledImportLeavesNothing()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        OrderStore store(*dpo);
        QVERIFY(dpo->database().checkpoint().ok());
        const FileSnapshot before = FileSnapshot::of(f.paths);
        std::vector<OrderRecord> records;
        for (int i = 0; i < 3000; ++i)
            records.push_back(shippedOrder(QStringLiteral("999-0000005-%1").arg(i, 7, 10, QLatin1Char('0')),
                                           utc(2026, 11, 1)));
        qint64 calls = 0;
        auto cancelled = store.importRecords(records, [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);
        QVERIFY(calls >= 2);
        QCOMPARE(countRows(*dpo, "orders"), 0);
        QVERIFY(dpo->database().checkpoint().ok());
        dpo.reset();
        const FileSnapshot after = FileSnapshot::of(f.paths);
        QCOMPARE(after.keys, before.keys);
        // The database pages may be rewritten by the checkpoint, but hold no order.
        auto back = f.unlock();
        QVERIFY(back.ok());
        QCOMPARE(countRows(*back.value(), "orders"), 0);
    }

    void pagesByKeyInEitherDirection()
    {
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        OrderStore store(*dpo);
        std::vector<OrderRecord> records;
        const QStringList statuses{QStringLiteral("Shipped"), QStringLiteral("Unshipped"),
                                   QStringLiteral("Canceled"), QStringLiteral("Pending")};
        for (int i = 0; i < 950; ++i) {
            OrderRecord r
                = shippedOrder(QStringLiteral("999-%1-0000001").arg(i, 7, 10, QLatin1Char('0')),
                               utc(2026, 1, 1).addSecs(3600LL * ((i * 37) % 500))); // equal dates too
            r.status = statuses.at(i % 4);
            r.marketplaceId = i % 3 ? QStringLiteral("ATVPDKIKX0DER") : QStringLiteral("A1PA6795UKMFR9");
            if (r.status != QLatin1String("Shipped"))
                r.shipTime.reset();
            records.push_back(r);
        }
        QVERIFY(store.importRecords(records).ok());
        QCOMPARE(store.count({}).value(), 950);

        for (OrderSort sort : {OrderSort::PurchaseDate, OrderSort::DueDate}) {
            for (bool descending : {false, true}) {
                // Forward page by page with cursors, then back from the end; both give the same list.
                QStringList forward;
                OrderPageRequest request;
                request.sort = sort;
                request.descending = descending;
                request.limit = 64;
                while (true) {
                    auto page = store.page(request);
                    QVERIFY2(page.ok(), qPrintable(page.error().message()));
                    for (const OrderSummary& row : page->rows)
                        forward << row.orderId;
                    if (page->rows.size() < request.limit)
                        break;
                    request.after = page->cursors.last();
                }
                QCOMPARE(forward.size(), 950);
                QCOMPARE(QSet<QString>(forward.begin(), forward.end()).size(), 950);
                // Sorted by the sort value, then by key.
                OrderPageRequest whole;
                whole.sort = sort;
                whole.descending = descending;
                whole.limit = 1000;
                auto all = store.page(whole);
                QStringList expected;
                for (const OrderSummary& row : all->rows)
                    expected << row.orderId;
                QCOMPARE(forward, expected);
                for (qsizetype i = 1; i < all->cursors.size(); ++i) {
                    const OrderCursor& a = all->cursors.at(i - 1);
                    const OrderCursor& b = all->cursors.at(i);
                    const bool inOrder = descending
                        ? (a.sortValue > b.sortValue || (a.sortValue == b.sortValue && a.key > b.key))
                        : (a.sortValue < b.sortValue || (a.sortValue == b.sortValue && a.key < b.key));
                    QVERIFY(inOrder);
                }
                // Backwards from the last row: the rows before it, still in sort order.
                OrderPageRequest back = whole;
                back.limit = 10;
                back.backwards = true;
                back.after = all->cursors.last();
                auto before = store.page(back);
                QCOMPARE(before->rows.size(), 10);
                QCOMPARE(before->rows.last().orderId, expected.at(948));
                QCOMPARE(before->rows.first().orderId, expected.at(939));
                // A jump by offset lands on the same rows.
                OrderPageRequest jump = whole;
                jump.limit = 5;
                jump.offset = 500;
                QCOMPARE(store.page(jump)->rows.first().orderId, expected.at(500));
            }
        }

        // Filters, counted against the records themselves.
        OrderFilter shipped;
        shipped.statuses = {QStringLiteral("Shipped")};
        QCOMPARE(store.count(shipped).value(),
                 std::count_if(records.begin(), records.end(),
                               [](const OrderRecord& r) { return r.status == QStringLiteral("Shipped"); }));
        OrderFilter market;
        market.marketplaceId = QStringLiteral("A1PA6795UKMFR9");
        QCOMPARE(store.count(market).value(), (950 + 2) / 3);
        OrderFilter prefix;
        prefix.orderIdPrefix = QStringLiteral("999-00001");
        QCOMPARE(store.count(prefix).value(), 100); // 0000100 .. 0000199
        OrderFilter range;
        range.purchasedFrom = utc(2026, 1, 1);
        range.purchasedTo = utc(2026, 1, 1).addSecs(3600LL * 100);
        const auto inRange = std::count_if(records.begin(), records.end(), [&](const OrderRecord& r) {
            return *r.purchaseDate >= range.purchasedFrom && *r.purchaseDate < range.purchasedTo;
        });
        QCOMPARE(store.count(range).value(), inRange);
        QCOMPARE(store.marketplaces().value(),
                 (QStringList{QStringLiteral("A1PA6795UKMFR9"), QStringLiteral("ATVPDKIKX0DER")}));

        // A warehouse manager sees only unshipped orders, and no other order's detail.
        auto warehouse = addUser(*dpo, f.paths, QStringLiteral("wanda"), {Role::Warehouse});
        QVERIFY(warehouse.ok());
        OrderStore asWarehouse(*warehouse.value());
        QCOMPARE(asWarehouse.count({}).value(), 950 / 4 + (950 % 4 > 1 ? 1 : 0));
        QCOMPARE(asWarehouse.count(shipped).value(), 0);
        QCOMPARE(asWarehouse.detail(records.front().orderId).error().code(), ErrorCode::NotFound);
        QVERIFY(asWarehouse.detail(records.at(1).orderId).ok());
        // An administrator sees no orders at all.
        auto admin = addUser(*dpo, f.paths, QStringLiteral("ada"), {Role::Admin});
        QVERIFY(admin.ok());
        QCOMPARE(OrderStore(*admin.value()).count({}).error().code(), ErrorCode::PermissionDenied);
    }

    void maskedFormOfEachField_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        const QString name = QStringLiteral("John Smith");
        for (PiiField field : PiiFields::all()) {
            QString expected;
            QString value = QStringLiteral("Example value 42");
            switch (PiiFields::maskKind(field)) {
            case PiiMask::Name:
                value = name;
                expected = QStringLiteral("J*** S***");
                break;
            case PiiMask::Email:
                value = QStringLiteral("fzyrv6gwkhbb15c@example.com");
                expected = QStringLiteral("***@example.com");
                break;
            case PiiMask::Phone:
                value = QStringLiteral("+1 480-386-0930 ext. 73824");
                expected = QStringLiteral("*** 24");
                break;
            case PiiMask::Initial:
                expected = QStringLiteral("E***");
                break;
            case PiiMask::Hidden:
                expected = QStringLiteral("***");
                break;
            }
            QTest::newRow(qPrintable(PiiFields::name(field))) << static_cast<int>(field) << value << expected;
        }
        QTest::newRow("long name") << static_cast<int>(PiiField::BuyerName)
                                   << QStringLiteral("Maria de los Angeles Garcia")
                                   << QStringLiteral("M*** d*** l***");
        QTest::newRow("short phone") << static_cast<int>(PiiField::BuyerPhone) << QStringLiteral("12345")
                                     << QStringLiteral("***");
        QTest::newRow("e-mail without @")
            << static_cast<int>(PiiField::BuyerEmail) << QStringLiteral("nobody") << QStringLiteral("***");
        QTest::newRow("empty") << static_cast<int>(PiiField::City) << QStringLiteral("  ") << QString();
    }

    void maskedFormOfEachField()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QString, masked);
        QCOMPARE(PiiFields::mask(static_cast<PiiField>(field), value), masked);
        // Names round-trip and the catalogue is in enum order.
        const auto f = static_cast<PiiField>(field);
        QCOMPARE(PiiFields::fromName(PiiFields::name(f)), std::optional<PiiField>(f));
        QCOMPARE(PiiFields::all().at(field), f);
        QVERIFY(!PiiFields::displayName(f).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderStore)
#include "TestOrderStore.moc"
