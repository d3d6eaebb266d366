// Retention (issue 5, item 4) with a fake clock: due dates for each basis, cancelled and unshipped
// orders, the boundary at exactly 30 days, a shortened period, and legal and tax holds.
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "orders/OrderStore.h"
#include "retention/Retention.h"

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

const QDateTime kPurchased = utc(2026, 9, 1);
const QDateTime kShipped = utc(2026, 9, 2, 15);

OrderRecord order(const QString& id, const char* status)
{
    OrderRecord r;
    r.orderId = id;
    r.status = QString::fromLatin1(status);
    r.purchaseDate = kPurchased;
    r.marketplaceId = QStringLiteral("ATVPDKIKX0DER");
    r.pii[PiiField::RecipientName] = QStringLiteral("Demo Buyer ") + id.right(3);
    return r;
}

//! The vault of "dpo", signed in at the fake clock's time.
std::unique_ptr<Vault> signIn(VaultFixture& f)
{
    auto vault = Vault::unlock(f.paths, QStringLiteral("dpo"), bytesOf(TestPassword), {}, fakeClock);
    return vault ? std::move(vault).value() : nullptr;
}

} // namespace

class TestRetention final : public QObject
{
    Q_OBJECT

private slots:
    void init() { g_now = utc(2026, 9, 3); }

    void decidesEachBasis_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("hasShipTime");
        QTest::addColumn<bool>("hasLatestShip");
        QTest::addColumn<bool>("hasLastUpdate");
        QTest::addColumn<int>("basis");
        QTest::addColumn<QDateTime>("due");
        const QDateTime shipped = kShipped;
        const QDateTime latest = utc(2026, 9, 4);
        const QDateTime updated = utc(2026, 9, 5);
        const QDateTime seen = utc(2026, 9, 6);
        QTest::newRow("ship time") << "Shipped" << true << true << true << int(DueBasis::ShipTime)
                                   << shipped.addDays(30);
        QTest::newRow("latest ship date")
            << "Shipped" << false << true << true << int(DueBasis::LatestShipDate) << latest.addDays(30);
        QTest::newRow("invoice unconfirmed") << "InvoiceUnconfirmed" << true << false << false
                                             << int(DueBasis::ShipTime) << shipped.addDays(30);
        QTest::newRow("last update") << "Shipped" << false << false << true << int(DueBasis::LastUpdate)
                                     << updated.addDays(30);
        QTest::newRow("first seen") << "Shipped" << false << false << false << int(DueBasis::LastUpdate)
                                    << seen.addDays(30);
        QTest::newRow("cancelled") << "Canceled" << false << true << true << int(DueBasis::Cancelled)
                                   << updated;
        QTest::newRow("cancelled, first seen")
            << "Canceled" << false << false << false << int(DueBasis::Cancelled) << seen;
        QTest::newRow("unshipped") << "Unshipped" << false << true << true << int(DueBasis::AwaitingShipment)
                                   << QDateTime();
        QTest::newRow("partly shipped")
            << "PartiallyShipped" << true << true << true << int(DueBasis::AwaitingShipment) << QDateTime();
        QTest::newRow("pending") << "Pending" << false << true << false << int(DueBasis::AwaitingShipment)
                                 << QDateTime();
        QTest::newRow("unfulfillable")
            << "Unfulfillable" << false << false << false << int(DueBasis::Incomplete) << QDateTime();
        QTest::newRow("no status") << QString() << true << true << true << int(DueBasis::Incomplete)
                                   << QDateTime();
    }

    void decidesEachBasis()
    {
        QFETCH(QString, status);
        QFETCH(bool, hasShipTime);
        QFETCH(bool, hasLatestShip);
        QFETCH(bool, hasLastUpdate);
        QFETCH(int, basis);
        QFETCH(QDateTime, due);
        RetentionFacts facts;
        if (!status.isEmpty())
            facts.status = status;
        facts.purchaseDate = kPurchased;
        if (hasShipTime)
            facts.shipTime = kShipped;
        if (hasLatestShip)
            facts.latestShipDate = utc(2026, 9, 4);
        if (hasLastUpdate)
            facts.lastUpdateDate = utc(2026, 9, 5);
        const RetentionDecision decision = RetentionRules::decide(facts, 30, utc(2026, 9, 6));
        QCOMPARE(int(decision.basis), basis);
        QCOMPARE(decision.due, due);
        // The period can only shorten: 45 days is taken as 30, 10 as 10.
        if (due.isValid() && decision.basis != DueBasis::Cancelled) {
            QCOMPARE(RetentionRules::decide(facts, 45, utc(2026, 9, 6)).due, due);
            QCOMPARE(RetentionRules::decide(facts, 10, utc(2026, 9, 6)).due, due.addDays(-20));
        }
        QCOMPARE(RetentionRules::basisFromName(RetentionRules::basisName(DueBasis(basis))),
                 std::optional<DueBasis>(DueBasis(basis)));
    }

    void boundaryAtExactlyThirtyDays()
    {
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f);
        QVERIFY(dpo);
        OrderRecord shipped = order(QStringLiteral("999-0000010-0000001"), OrderStatus::Shipped);
        shipped.shipTime = kShipped;
        QVERIFY(OrderStore(*dpo).importRecords({shipped}).ok());
        Retention retention(*dpo);
        // 7 days before: due within 7 days (inclusive); a second earlier: not yet.
        g_now = kShipped.addDays(23).addSecs(-1);
        QCOMPARE(retention.counts()->dueWithin7Days, 0);
        g_now = kShipped.addDays(23);
        QCOMPARE(retention.counts()->dueWithin7Days, 1);
        // At exactly 30 days it is due, not yet overdue; one second later it is overdue.
        g_now = kShipped.addDays(30);
        QCOMPARE(retention.counts()->overdue, 0);
        QCOMPARE(retention.counts()->dueWithin7Days, 1);
        g_now = kShipped.addDays(30).addSecs(1);
        QCOMPARE(retention.counts()->overdue, 1);
        QCOMPARE(retention.counts()->dueWithin7Days, 0);
        auto overdue = retention.list(RetentionList::Overdue, 10);
        QVERIFY(overdue.ok());
        QCOMPARE(overdue->size(), 1);
        QCOMPARE(overdue->first().basis, DueBasis::ShipTime);
        QCOMPARE(overdue->first().basisTime, kShipped);
        QCOMPARE(overdue->first().due, kShipped.addDays(30));
    }

    void cancelledIsDueAtOnceAndUnshippedIsReviewedAfterSixtyDays()
    {
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f);
        QVERIFY(dpo);
        OrderRecord cancelled = order(QStringLiteral("999-0000011-0000001"), OrderStatus::Canceled);
        OrderRecord unshipped = order(QStringLiteral("999-0000011-0000002"), OrderStatus::Unshipped);
        unshipped.latestShipDate = utc(2026, 9, 4);
        QVERIFY(OrderStore(*dpo).importRecords({cancelled, unshipped}).ok());
        Retention retention(*dpo);
        g_now = g_now.addSecs(1);
        auto counts = retention.counts();
        QCOMPARE(counts->overdue, 1); // the cancelled one, due when it was first seen
        QCOMPARE(counts->needsReview, 0);
        auto entry = retention.list(RetentionList::Overdue, 10)->first();
        QCOMPARE(entry.orderId, cancelled.orderId);
        QCOMPARE(entry.basis, DueBasis::Cancelled);
        QCOMPARE(entry.due, utc(2026, 9, 3));
        // The unshipped order has no due date; 60 days after purchase (exactly) it needs review.
        g_now = kPurchased.addDays(60).addSecs(-1);
        QCOMPARE(retention.counts()->needsReview, 0);
        g_now = kPurchased.addDays(60);
        QCOMPARE(retention.counts()->needsReview, 1);
        auto review = retention.list(RetentionList::NeedsReview, 10);
        QCOMPARE(review->size(), 1);
        QCOMPARE(review->first().orderId, unshipped.orderId);
        QVERIFY(review->first().needsReview);
        QVERIFY(!review->first().due.isValid());
        QCOMPARE(review->first().basis, DueBasis::AwaitingShipment);
        // Re-imported as shipped later, it gets its due date from the ship time.
        unshipped.status = QString::fromLatin1(OrderStatus::Shipped);
        unshipped.shipTime = kPurchased.addDays(61);
        QVERIFY(OrderStore(*dpo).importRecords({unshipped}).ok());
        QCOMPARE(retention.counts()->needsReview, 0);
        QCOMPARE(OrderStore(*dpo).detail(unshipped.orderId)->summary.due, kPurchased.addDays(91));
    }

    void aShorterPeriodMovesEveryDueDate()
    {
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f);
        QVERIFY(dpo);
        OrderRecord shipped = order(QStringLiteral("999-0000012-0000001"), OrderStatus::Shipped);
        shipped.shipTime = kShipped;
        QVERIFY(OrderStore(*dpo).importRecords({shipped}).ok());
        Retention retention(*dpo);
        QCOMPARE(retention.periodDays().value(), 30);
        // Tried: longer than the DPP allows, zero, and the generic settings call.
        QCOMPARE(retention.setPeriodDays(31).error().code(), ErrorCode::InvalidInput);
        QCOMPARE(retention.setPeriodDays(0).error().code(), ErrorCode::InvalidInput);
        QCOMPARE(dpo->setSetting(QStringLiteral("retention.days"), QStringLiteral("90")).error().code(),
                 ErrorCode::InvalidInput);
        QVERIFY(retention.setPeriodDays(10).ok());
        QCOMPARE(retention.periodDays().value(), 10);
        QCOMPARE(OrderStore(*dpo).detail(shipped.orderId)->summary.due, kShipped.addDays(10));
        // New imports use it too.
        OrderRecord next = order(QStringLiteral("999-0000012-0000002"), OrderStatus::Shipped);
        next.shipTime = kShipped;
        QVERIFY(OrderStore(*dpo).importRecords({next}).ok());
        QCOMPARE(OrderStore(*dpo).detail(next.orderId)->summary.due, kShipped.addDays(10));
        QVERIFY(retention.setPeriodDays(30).ok());
        QCOMPARE(OrderStore(*dpo).detail(next.orderId)->summary.due, kShipped.addDays(30));
        // Only the DPO's permission changes it.
        auto op = addUser(*dpo, f.paths, QStringLiteral("otto"), {Role::Operator}, fakeClock);
        QVERIFY(op.ok());
        QCOMPARE(Retention(*op.value()).setPeriodDays(20).error().code(), ErrorCode::PermissionDenied);
    }

    void legalHoldPausesTheClockAndTaxHoldDoesNot()
    {
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f);
        QVERIFY(dpo);
        OrderRecord a = order(QStringLiteral("999-0000013-0000001"), OrderStatus::Shipped);
        a.shipTime = kShipped;
        OrderRecord b = order(QStringLiteral("999-0000013-0000002"), OrderStatus::Shipped);
        b.shipTime = kShipped;
        QVERIFY(OrderStore(*dpo).importRecords({a, b}).ok());
        Retention retention(*dpo);
        // Tried: a legal hold without a reason, without a review date, with one in the past.
        QCOMPARE(retention.placeHold(a.orderId, HoldKind::Legal, {}, g_now.date().addDays(30)).error().code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(retention.placeHold(a.orderId, HoldKind::Legal, QStringLiteral("Case 7"), {}).error().code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(retention.placeHold(a.orderId, HoldKind::Legal, QStringLiteral("Case 7"), g_now.date())
                     .error()
                     .code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(
            retention.placeHold(QStringLiteral("999-9999999-9999999"), HoldKind::Tax, QStringLiteral("x"))
                .error()
                .code(),
            ErrorCode::NotFound);
        QVERIFY(retention
                    .placeHold(a.orderId, HoldKind::Legal, QStringLiteral("Case 7"), g_now.date().addDays(90))
                    .ok());
        QCOMPARE(
            retention.placeHold(a.orderId, HoldKind::Legal, QStringLiteral("again"), g_now.date().addDays(9))
                .error()
                .code(),
            ErrorCode::AlreadyExists);
        QVERIFY(retention.placeHold(b.orderId, HoldKind::Tax, QStringLiteral("Invoice 2026-09")).ok());

        // Past the due date: the legally held order is not overdue, the tax-held one is.
        g_now = kShipped.addDays(40);
        auto counts = retention.counts();
        QCOMPARE(counts->onHold, 2);
        QCOMPARE(counts->overdue, 1);
        auto overdue = retention.list(RetentionList::Overdue, 10);
        QCOMPARE(overdue->first().orderId, b.orderId);
        QCOMPARE(overdue->first().hold, std::optional<HoldKind>(HoldKind::Tax));
        auto held = retention.list(RetentionList::OnHold, 10);
        QCOMPARE(held->size(), 2);
        QCOMPARE(held->first().orderId, a.orderId);
        QCOMPARE(held->first().hold, std::optional<HoldKind>(HoldKind::Legal));
        QCOMPARE(held->first().holdReason, QStringLiteral("Case 7"));
        QCOMPARE(held->first().holdReview, utc(2026, 9, 3).date().addDays(90));
        QCOMPARE(OrderStore(*dpo).detail(a.orderId)->summary.hold, QStringLiteral("legal"));

        // Released 40 days after it was placed: the due date moves on by those 40 days.
        const QDateTime placed = utc(2026, 9, 3);
        g_now = placed.addDays(40);
        QVERIFY(retention.releaseHold(a.orderId, HoldKind::Legal).ok());
        QCOMPARE(retention.releaseHold(a.orderId, HoldKind::Legal).error().code(), ErrorCode::NotFound);
        QCOMPARE(OrderStore(*dpo).detail(a.orderId)->summary.due, kShipped.addDays(70));
        QCOMPARE(OrderStore(*dpo).detail(a.orderId)->summary.hold, QString());
        // The pause survives a re-import and a period change.
        QVERIFY(OrderStore(*dpo).importRecords({a}).ok());
        QCOMPARE(OrderStore(*dpo).detail(a.orderId)->summary.due, kShipped.addDays(70));
        QVERIFY(retention.setPeriodDays(20).ok());
        QCOMPARE(OrderStore(*dpo).detail(a.orderId)->summary.due, kShipped.addDays(60));

        auto history = retention.holds(a.orderId);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().setBy, QStringLiteral("dpo"));
        QCOMPARE(history->first().releasedBy, QStringLiteral("dpo"));
        QVERIFY(!history->first().active());
        // Audited with the kind, never the reason.
        AuditFilter filter;
        filter.action = QStringLiteral("retention.hold-placed");
        auto rows = dpo->audit().query(filter, std::numeric_limits<qint64>::max(), 10);
        QCOMPARE(rows->size(), std::size_t{2});
        for (const AuditRow& row : rows.value())
            QVERIFY(!row.details.contains(QStringLiteral("Case 7"))
                    && !row.details.contains(QStringLiteral("Invoice")));
        // An operator may see holds but not place them.
        auto op = addUser(*dpo, f.paths, QStringLiteral("otto"), {Role::Operator}, fakeClock);
        QVERIFY(op.ok());
        QCOMPARE(
            Retention(*op.value()).placeHold(a.orderId, HoldKind::Tax, QStringLiteral("x")).error().code(),
            ErrorCode::PermissionDenied);
        QVERIFY(Retention(*op.value()).holds(a.orderId).ok());
    }

    void listsPageByKey()
    {
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f);
        QVERIFY(dpo);
        std::vector<OrderRecord> records;
        for (int i = 0; i < 25; ++i) {
            OrderRecord r = order(QStringLiteral("999-0000014-%1").arg(i, 7, 10, QLatin1Char('0')),
                                  OrderStatus::Shipped);
            r.shipTime = kShipped.addSecs(3600LL * (i % 5)); // equal due dates, ordered by id
            records.push_back(r);
        }
        QVERIFY(OrderStore(*dpo).importRecords(records).ok());
        Retention retention(*dpo);
        QStringList seen;
        QString after;
        while (true) {
            auto page = retention.list(RetentionList::All, 7, after);
            QVERIFY(page.ok());
            for (const RetentionEntry& e : page.value())
                seen << e.orderId;
            if (page->size() < 7)
                break;
            after = page->last().orderId;
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
