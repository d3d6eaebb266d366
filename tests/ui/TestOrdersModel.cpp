// TestOrdersModel: the orders model over a real database of a few thousand demo orders passes
// QAbstractItemModelTester while it sorts, filters and scrolls to the end; its rows match
// OrderStore::page in both sort keys and directions, read by cursor when scrolling and by OFFSET
// only after a jump; filters narrow rows and count alike; the due countdown's words and colours at
// the 7-day and 0 boundaries (fake clock). Order ids and masked names only: no PII is printed.
#include "VaultFixture.h"
#include "models/OrdersModel.h"
#include "orders/DemoOrders.h"
#include "orders/OrderStore.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dpp;
using namespace dpp::test;
using Model = dpp::ui::OrdersModel;

namespace {

constexpr int DemoCount = 3000;
const QDateTime Now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

} // namespace

class TestOrdersModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void passesModelTester();
    void pagesMatchTheStore_data();
    void pagesMatchTheStore();
    void jumpThenScrollBack();
    void filters_data();
    void filters();
    void onlyDatesSort();
    void countdownTexts_data();
    void countdownTexts();
    void countdownColoursInModel();

private:
    //! Every order id of the store's list in one read (the reference).
    QStringList referenceIds(OrderSort sort, bool descending, const OrderFilter& filter = {});
    //! The order ids the model shows, read row by row as a view scrolling down would.
    static QStringList modelIds(const Model& model);

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<Vault> m_vault;
    QDateTime m_now = Now;
};

void TestOrdersModel::initTestCase()
{
    m_fixture = std::make_unique<VaultFixture>();
    m_vault = m_fixture->create();
    QVERIFY(m_vault != nullptr);
    OrderStore store(*m_vault);
    auto imported = store.importRecords(DemoOrders::generate(DemoCount, QDateTime::currentDateTimeUtc(), 5));
    QVERIFY2(imported.ok(), qPrintable(imported.error().message()));
    QCOMPARE(imported->added, DemoCount);
}

void TestOrdersModel::cleanupTestCase()
{
    m_vault.reset();
    m_fixture.reset();
}

QStringList TestOrdersModel::referenceIds(OrderSort sort, bool descending, const OrderFilter& filter)
{
    OrderPageRequest request;
    request.filter = filter;
    request.sort = sort;
    request.descending = descending;
    request.limit = DemoCount + 10;
    auto page = OrderStore(*m_vault).page(request);
    if (!page) {
        qWarning("%s", qPrintable(page.error().message()));
        return {};
    }
    QStringList ids;
    for (const OrderSummary& row : page->rows)
        ids << row.orderId;
    return ids;
}

QStringList TestOrdersModel::modelIds(const Model& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, Model::OrderIdColumn).data().toString();
    return ids;
}

void TestOrdersModel::passesModelTester()
{
    Model model([this] { return m_now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVault(m_vault.get());
    QCOMPARE(model.rowCount(), DemoCount);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    // Scrolling to the end and reading every column there, as a view does.
    for (int row = model.rowCount() - 1; row >= model.rowCount() - 5; --row)
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(model.index(row, column).data().isValid() || column == Model::HoldColumn
                    || column == Model::ShippingColumn || column == Model::BuyerColumn);
    model.sort(Model::DueColumn, Qt::AscendingOrder);
    (void)model.index(DemoCount - 1, Model::DueColumn).data();
    model.sort(Model::DueColumn, Qt::DescendingOrder);
    (void)model.index(DemoCount / 2, Model::DueColumn).data();
    model.sort(Model::PurchasedColumn, Qt::AscendingOrder);
    OrderFilter shipped;
    shipped.statuses = {QStringLiteral("Shipped")};
    model.setFilter(shipped);
    QVERIFY(model.rowCount() > 0 && model.rowCount() < DemoCount);
    (void)model.index(model.rowCount() - 1, 0).data();
    OrderFilter none;
    none.orderIdPrefix = QStringLiteral("123-");
    model.setFilter(none);
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestOrdersModel::pagesMatchTheStore_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::newRow("purchased, newest first") << int(Model::PurchasedColumn) << true;
    QTest::newRow("purchased, oldest first") << int(Model::PurchasedColumn) << false;
    QTest::newRow("due, soonest first") << int(Model::DueColumn) << false;
    QTest::newRow("due, latest first") << int(Model::DueColumn) << true;
}

void TestOrdersModel::pagesMatchTheStore()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    Model model([this] { return m_now; });
    model.setVault(m_vault.get());
    model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    const OrderSort sort = column == Model::DueColumn ? OrderSort::DueDate : OrderSort::PurchaseDate;
    const QStringList expected = referenceIds(sort, descending);
    QCOMPARE(expected.size(), DemoCount);
    const QStringList shown = modelIds(model);
    QCOMPARE(shown.size(), expected.size());
    for (int i = 0; i < shown.size(); ++i)
        QVERIFY2(shown.at(i) == expected.at(i), qPrintable(QStringLiteral("row %1").arg(i)));
    // Scrolling down read each page after the first from its neighbour's cursor, never by OFFSET.
    QCOMPARE(model.offsetFetches(), 0);
    QCOMPARE(model.keysetFetches(), (DemoCount + Model::PageSize - 1) / Model::PageSize - 1);
    QVERIFY(model.cachedPageCount() <= Model::MaxCachedPages);
}

void TestOrdersModel::jumpThenScrollBack()
{
    Model model([this] { return m_now; });
    model.setVault(m_vault.get());
    const QStringList expected = referenceIds(OrderSort::PurchaseDate, true);
    // A jump to the end: one read by OFFSET; from there upwards by cursor, backwards.
    for (int row = model.rowCount() - 1; row >= 0; --row)
        QVERIFY2(model.index(row, 0).data().toString() == expected.at(row), qPrintable(QString::number(row)));
    QCOMPARE(model.offsetFetches(), 1);
    QCOMPARE(model.keysetFetches(), (DemoCount + Model::PageSize - 1) / Model::PageSize - 1);
    // A jump into the middle of a list none of whose pages is cached.
    model.sort(Model::DueColumn, Qt::AscendingOrder);
    const QStringList byDue = referenceIds(OrderSort::DueDate, false);
    const int middle = DemoCount / 2 + 7;
    QCOMPARE(model.index(middle, 0).data().toString(), byDue.at(middle));
    QCOMPARE(model.index(middle + Model::PageSize, 0).data().toString(), byDue.at(middle + Model::PageSize));
    QCOMPARE(model.index(middle - Model::PageSize, 0).data().toString(), byDue.at(middle - Model::PageSize));
}

void TestOrdersModel::filters_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("status") << QStringLiteral("status");
    QTest::newRow("marketplace") << QStringLiteral("marketplace");
    QTest::newRow("order id prefix") << QStringLiteral("prefix");
    QTest::newRow("purchase dates") << QStringLiteral("dates");
    QTest::newRow("unshipped only") << QStringLiteral("unshipped");
}

void TestOrdersModel::filters()
{
    QFETCH(QString, which);
    OrderStore store(*m_vault);
    OrderFilter filter;
    const QStringList marketplaces = store.marketplaces().value();
    QVERIFY(marketplaces.size() >= 2);
    const QStringList all = referenceIds(OrderSort::PurchaseDate, false);
    if (which == QLatin1String("status"))
        filter.statuses = {QStringLiteral("Unshipped")};
    else if (which == QLatin1String("marketplace"))
        filter.marketplaceId = marketplaces.at(1);
    else if (which == QLatin1String("prefix"))
        filter.orderIdPrefix = all.at(100).left(all.at(100).size() - 2); // 100 ids share all but 2 digits
    else if (which == QLatin1String("dates")) {
        filter.purchasedFrom = QDateTime::currentDateTimeUtc().addDays(-30);
        filter.purchasedTo = QDateTime::currentDateTimeUtc().addDays(-10);
    } else
        filter.unshippedOnly = true;

    Model model([this] { return m_now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVault(m_vault.get(), filter);
    const qint64 count = store.count(filter).value();
    QVERIFY(count > 0 && count < DemoCount);
    QCOMPARE(qint64(model.rowCount()), count);
    QCOMPARE(modelIds(model), referenceIds(OrderSort::PurchaseDate, true, filter));
    for (int row = 0; row < model.rowCount(); ++row) {
        const OrderSummary* order = model.summary(row);
        QVERIFY(order);
        if (which == QLatin1String("status"))
            QCOMPARE(order->status, QStringLiteral("Unshipped"));
        else if (which == QLatin1String("marketplace"))
            QCOMPARE(order->marketplaceId, filter.marketplaceId);
        else if (which == QLatin1String("prefix"))
            QVERIFY(order->orderId.startsWith(filter.orderIdPrefix));
        else if (which == QLatin1String("dates"))
            QVERIFY(order->purchaseDate >= filter.purchasedFrom && order->purchaseDate < filter.purchasedTo);
        else
            QVERIFY(OrderStatus::isAwaitingShipment(order->status));
    }
}

void TestOrdersModel::onlyDatesSort()
{
    Model model([this] { return m_now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVault(m_vault.get());
    const QString first = model.index(0, 0).data().toString();
    for (int column : {int(Model::OrderIdColumn), int(Model::StatusColumn), int(Model::TotalColumn),
                       int(Model::BuyerColumn), int(Model::HoldColumn)}) {
        QVERIFY(!Model::isSortable(column));
        model.sort(column, Qt::AscendingOrder);
        QCOMPARE(model.sortKey(), OrderSort::PurchaseDate);
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), first);
    }
}

void TestOrdersModel::countdownTexts_data()
{
    QTest::addColumn<qint64>("secondsToDue"); // due - now
    QTest::addColumn<bool>("legalHold");
    QTest::addColumn<bool>("hasDue");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("state");
    const qint64 day = 24 * 3600;
    const auto later = int(Model::DueState::Later);
    const auto soon = int(Model::DueState::Soon);
    const auto overdue = int(Model::DueState::Overdue);
    QTest::newRow("12 days 4 hours") << 12 * day + 4 * 3600 << false << true << QStringLiteral("12 d 4 h")
                                     << later;
    QTest::newRow("7 days and a second")
        << 7 * day + 1 << false << true << QStringLiteral("7 d 0 h") << later;
    QTest::newRow("exactly 7 days") << 7 * day << false << true << QStringLiteral("7 d 0 h") << soon;
    QTest::newRow("6 days 23 hours") << 7 * day - 3600 << false << true << QStringLiteral("6 d 23 h") << soon;
    QTest::newRow("5 hours 20 minutes")
        << qint64(5 * 3600 + 20 * 60) << false << true << QStringLiteral("5 h 20 min") << soon;
    QTest::newRow("exactly now") << qint64(0) << false << true << QStringLiteral("due now") << soon;
    QTest::newRow("a second ago") << qint64(-1) << false << true << QStringLiteral("overdue 1 min")
                                  << overdue;
    QTest::newRow("2 days 3 hours ago")
        << -(2 * day + 3 * 3600) << false << true << QStringLiteral("overdue 2 d 3 h") << overdue;
    QTest::newRow("no due date") << qint64(0) << false << false << QStringLiteral("no due date")
                                 << int(Model::DueState::NoDueDate);
    QTest::newRow("legal hold") << -day << true << true << QStringLiteral("on legal hold")
                                << int(Model::DueState::LegalHold);
}

void TestOrdersModel::countdownTexts()
{
    QFETCH(qint64, secondsToDue);
    QFETCH(bool, legalHold);
    QFETCH(bool, hasDue);
    QFETCH(QString, text);
    QFETCH(int, state);
    const QDateTime due = hasDue ? Now.addSecs(secondsToDue) : QDateTime();
    QCOMPARE(Model::countdownText(due, Now, legalHold, false), text);
    QCOMPARE(int(Model::dueState(due, Now, legalHold, false)), state);
    // Three colours, one a state; the states without a clock running are not coloured.
    const QColor colour = Model::dueColor(Model::DueState(state));
    QCOMPARE(colour.isValid(), state <= int(Model::DueState::Overdue));
}

void TestOrdersModel::countdownColoursInModel()
{
    Model model([this] { return m_now; });
    model.setVault(m_vault.get());
    model.sort(Model::DueColumn, Qt::AscendingOrder);
    // The soonest due order without a legal hold.
    int row = -1;
    for (int i = 0; i < model.rowCount() && row < 0; ++i) {
        const OrderSummary* order = model.summary(i);
        if (order && order->due.isValid() && order->pii == PiiState::Present && order->hold.isEmpty())
            row = i;
    }
    QVERIFY(row >= 0);
    const QDateTime due = model.summary(row)->due;
    const QModelIndex index = model.index(row, Model::DueColumn);
    auto check = [&](const QDateTime& now, Model::DueState state, const QString& text) {
        m_now = now;
        QCOMPARE(index.data(Model::DueStateRole).toInt(), int(state));
        QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(), Model::dueColor(state));
        QCOMPARE(index.data().toString(), text);
    };
    check(due.addSecs(-7 * 24 * 3600 - 3600), Model::DueState::Later, QStringLiteral("7 d 1 h"));
    check(due.addSecs(-7 * 24 * 3600), Model::DueState::Soon, QStringLiteral("7 d 0 h"));
    check(due, Model::DueState::Soon, QStringLiteral("due now"));
    check(due.addSecs(1), Model::DueState::Overdue, QStringLiteral("overdue 1 min"));
    QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
    m_now = Now;
}

QTEST_MAIN(TestOrdersModel)
#include "TestOrdersModel.moc"
