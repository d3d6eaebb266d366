// TestOrdersView: the Orders view driven through its widgets over demo orders (issue 5): the
// detail pane shows masked PII; a reveal without a reason is refused in the dialog, before step-up;
// with a reason and step-up the values show, and hide again after the (shortened) minute, when
// another order is chosen and when the console locks; Copy marks the clipboard entry secret for
// clipboard managers and takes it back after the delay; an operator, a warehouse user and an
// auditor see what their roles allow. Revealed values are compared, never printed.
#include "AccountTestSupport.h"
#include "OrdersView.h"
#include "Workspace.h"
#include "audit/AuditLog.h"
#include "models/OrdersModel.h"
#include "orders/DemoOrders.h"
#include "orders/OrderStore.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace dpp;
using namespace dpp::test;
using namespace std::chrono_literals;

namespace {

constexpr int DemoCount = 400;
const QString RecipientName = QStringLiteral("recipient.name");

} // namespace

class TestOrdersView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void maskedDetail();
    void revealRefusedWithoutReason();
    void revealShowsValuesThenHidesAfterTheMinute();
    void hiddenWhenAnotherOrderIsChosen();
    void hiddenWhenTheConsoleLocks();
    void copyIsSecretAndCleared();
    void filterBar();
    void operatorWarehouseAuditor_data();
    void operatorWarehouseAuditor();

private:
    //! Signs in as user and shows the Orders view; null when the session has no Orders entry.
    ui::OrdersView* openOrders(const QString& user, const char* password);
    void showEntry(const QString& title);
    template <typename T = QDialog> T* waitForDialog(const char* name);
    //! Selects the first row whose order has PII and returns its id.
    QString selectOrderWithPii(ui::OrdersView* view, int skip = 0);
    //! Reveal…, a reason, step-up with dpo's password; waits until the values show.
    void revealSelected(ui::OrdersView* view);
    QLabel* valueLabel(ui::OrdersView* view, const QString& field);
    //! The console's own session, to read what the view should show (the window hands it out
    //! read-only; the store's reads change nothing but the audit log).
    Vault& consoleVault() { return const_cast<Vault&>(*m_window->vault()); }

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestOrdersView::initTestCase()
{
    m_fixture = std::make_unique<VaultFixture>();
    std::unique_ptr<Vault> dpo = m_fixture->create();
    QVERIFY(dpo != nullptr);
    auto imported = OrderStore(*dpo).importRecords(
        DemoOrders::generate(DemoCount, QDateTime::currentDateTimeUtc(), 11));
    QVERIFY2(imported.ok(), qPrintable(imported.error().message()));
    QVERIFY(addUser(*dpo, m_fixture->paths, QStringLiteral("olivia"), {Role::Operator}).ok());
    QVERIFY(addUser(*dpo, m_fixture->paths, QStringLiteral("wanda"), {Role::Warehouse}).ok());
    QVERIFY(addUser(*dpo, m_fixture->paths, QStringLiteral("audrey"), {Role::Auditor}).ok());
}

void TestOrdersView::init()
{
    QApplication::clipboard()->clear();
}

void TestOrdersView::cleanup()
{
    m_window.reset();
}

void TestOrdersView::showEntry(const QString& title)
{
    auto* workspace = child<ui::Workspace>(m_window.get(), "workspace");
    const int row = int(workspace->navigationEntries().indexOf(title));
    QVERIFY2(row >= 0, qPrintable(title));
    child<QListWidget>(m_window.get(), "navigation")->setCurrentRow(row);
}

ui::OrdersView* TestOrdersView::openOrders(const QString& user, const char* password)
{
    m_window = makeWindow(m_fixture->paths);
    typeCredentials(m_window.get(), user, QString::fromLatin1(password));
    if (!QTest::qWaitFor([this] { return m_window->isUnlocked(); }, 20000))
        return nullptr;
    auto* workspace = child<ui::Workspace>(m_window.get(), "workspace");
    if (!workspace->navigationEntries().contains(QStringLiteral("Orders")))
        return nullptr;
    showEntry(QStringLiteral("Orders"));
    auto* view = child<ui::OrdersView>(m_window.get(), "ordersView");
    return view && view->isVisible() ? view : nullptr;
}

template <typename T> T* TestOrdersView::waitForDialog(const char* name)
{
    T* dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<T*>(QLatin1String(name));
            return dialog && dialog->isVisible();
        },
        5000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QString TestOrdersView::selectOrderWithPii(ui::OrdersView* view, int skip)
{
    ui::OrdersModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const OrderSummary* order = model->summary(row);
        if (!order || order->pii != PiiState::Present || order->maskedName.isEmpty())
            continue;
        if (skip-- > 0)
            continue;
        view->table()->selectRow(row);
        return order->orderId;
    }
    return {};
}

QLabel* TestOrdersView::valueLabel(ui::OrdersView* view, const QString& field)
{
    return view->findChild<QLabel*>(QStringLiteral("piiValue_") + field);
}

void TestOrdersView::revealSelected(ui::OrdersView* view)
{
    QTest::mouseClick(child<QPushButton>(view, "revealButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = waitForDialog("revealDialog");
    QVERIFY(dialog);
    child<QComboBox>(dialog, "revealCategoryCombo")->setCurrentIndex(1);
    typeInto(child<QLineEdit>(dialog, "revealTicketEdit"), QStringLiteral("CS-10423"));
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    if (!m_window->vault()->hasStepUp()) {
        QPointer<QDialog> stepUp = waitForDialog("stepUpDialog");
        QVERIFY(stepUp);
        auto* password = child<QLineEdit>(stepUp, "stepUpPasswordEdit");
        typeInto(password, QString::fromLatin1(TestPassword));
        QTest::keyClick(password, Qt::Key_Return);
    }
    QTRY_VERIFY_WITH_TIMEOUT(view->isRevealed(), 20000);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TestOrdersView::maskedDetail()
{
    ui::OrdersView* view = openOrders(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(child<QLabel>(view, "ordersCountLabel")->text(), QStringLiteral("%1 orders").arg(DemoCount));
    QVERIFY(child<QPushButton>(view, "ordersImportButton")->isVisible());
    QVERIFY(child<QLabel>(view, "orderDetailEmpty")->isVisible());

    const QString orderId = selectOrderWithPii(view);
    QVERIFY(!orderId.isEmpty());
    QCOMPARE(view->shownOrderId(), orderId);
    QCOMPARE(child<QLabel>(view, "orderDetailTitle")->text(), QStringLiteral("Order %1").arg(orderId));
    QVERIFY(!child<QLabel>(view, "orderDetailEmpty")->isVisible());
    const Result<OrderDetail> detail = OrderStore(consoleVault()).detail(orderId);
    QVERIFY(detail.ok());
    QVERIFY(!detail->pii.isEmpty());
    for (const MaskedPii& pii : detail->pii) {
        QLabel* value = valueLabel(view, PiiFields::name(pii.field));
        QVERIFY(value);
        QVERIFY(value->text() == pii.masked); // masked forms only; compared, not printed
        QVERIFY(!view->findChild<QToolButton*>(QStringLiteral("piiCopy_") + PiiFields::name(pii.field))
                     ->isVisible());
    }
    QVERIFY(!child<QLabel>(view, "orderItems")->text().isEmpty());
    QVERIFY(child<QPushButton>(view, "revealButton")->isVisible());
    QVERIFY(!child<QPushButton>(view, "hidePiiButton")->isVisible());
    saveScreenshot(m_window.get(), QStringLiteral("orders-view-masked"));
}

void TestOrdersView::revealRefusedWithoutReason()
{
    ui::OrdersView* view = openOrders(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    QVERIFY(!selectOrderWithPii(view).isEmpty());
    QTest::mouseClick(child<QPushButton>(view, "revealButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = waitForDialog("revealDialog");
    QVERIFY(dialog);
    saveScreenshot(dialog, QStringLiteral("orders-reveal-dialog"));
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    auto* error = child<QLabel>(dialog, "dialogError");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("why")));
    // Not even step-up is asked for, and nothing shows.
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("stepUpDialog")));
    QVERIFY(!view->isRevealed());
    // A ticket with characters it may not hold is refused too.
    child<QComboBox>(dialog, "revealCategoryCombo")->setCurrentIndex(1);
    typeInto(child<QLineEdit>(dialog, "revealTicketEdit"), QStringLiteral("CS 10423; drop"));
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("stepUpDialog")));
    dialog->reject();
}

void TestOrdersView::revealShowsValuesThenHidesAfterTheMinute()
{
    ui::OrdersView* view = openOrders(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    const QString orderId = selectOrderWithPii(view);
    QLabel* name = valueLabel(view, RecipientName);
    QVERIFY(name);
    const QString masked = name->text();
    view->setRevealDuration(1500ms);
    revealSelected(view);
    QVERIFY(view->isRevealed());
    QVERIFY(name->text() != masked);
    QVERIFY(!name->text().contains(QLatin1Char('*')));
    QVERIFY(child<QLabel>(view, "revealNote")->isVisible());
    QVERIFY(child<QPushButton>(view, "hidePiiButton")->isVisible());
    QVERIFY(!child<QPushButton>(view, "revealButton")->isVisible());
    QVERIFY(view->findChild<QToolButton*>(QStringLiteral("piiCopy_") + RecipientName)->isVisible());
    saveScreenshot(m_window.get(), QStringLiteral("orders-view-revealed"));
    // The reveal is in the audit log with its reason, not its values.
    AuditFilter revealed;
    revealed.action = auditActionName(AuditAction::PiiRevealed);
    auto rows = m_window->vault()->audit().query(revealed, 0, 1);
    QVERIFY(rows.ok() && !rows->empty());
    QCOMPARE(rows->front().objectId, orderId);
    QVERIFY(!rows->front().details.contains(name->text()));

    QTRY_VERIFY_WITH_TIMEOUT(!view->isRevealed(), 5000);
    QVERIFY(name->text() == masked);
    QVERIFY(!child<QLabel>(view, "revealNote")->isVisible());
    QVERIFY(child<QPushButton>(view, "revealButton")->isVisible());
}

void TestOrdersView::hiddenWhenAnotherOrderIsChosen()
{
    ui::OrdersView* view = openOrders(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    QVERIFY(!selectOrderWithPii(view).isEmpty());
    revealSelected(view);
    const QString shown = valueLabel(view, RecipientName)->text().remove(QChar(0x200B)); // wrap points
    const QString other = selectOrderWithPii(view, 1);
    QCOMPARE(view->shownOrderId(), other);
    QVERIFY(!view->isRevealed());
    QVERIFY(valueLabel(view, RecipientName)->text().contains(QLatin1Char('*')));
    QVERIFY(!visibleTexts(view).contains(shown));
}

void TestOrdersView::hiddenWhenTheConsoleLocks()
{
    ui::OrdersView* view = openOrders(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    QVERIFY(!selectOrderWithPii(view).isEmpty());
    revealSelected(view);
    const QString shown = valueLabel(view, RecipientName)->text().remove(QChar(0x200B)); // wrap points
    QTest::mouseClick(view->findChild<QToolButton*>(QStringLiteral("piiCopy_") + RecipientName),
                      Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text() == shown);
    m_window->lock();
    QVERIFY(!m_window->isUnlocked());
    QVERIFY(!view->isRevealed());
    QVERIFY(view->shownOrderId().isEmpty());
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!visibleTexts(m_window.get()).contains(shown));
    QVERIFY(QApplication::clipboard()->text().isEmpty()); // taken back at once
}

void TestOrdersView::copyIsSecretAndCleared()
{
    ui::OrdersView* view = openOrders(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    QVERIFY(!selectOrderWithPii(view).isEmpty());
    view->setClipboardClearDelay(800ms);
    revealSelected(view);
    const QString shown = valueLabel(view, RecipientName)->text().remove(QChar(0x200B)); // wrap points
    QTest::mouseClick(view->findChild<QToolButton*>(QStringLiteral("piiCopy_") + RecipientName),
                      Qt::LeftButton);
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->text() == shown);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);

    // Something the person copied since is theirs: it stays.
    QTest::mouseClick(view->findChild<QToolButton*>(QStringLiteral("piiCopy_") + RecipientName),
                      Qt::LeftButton);
    QApplication::clipboard()->setText(QStringLiteral("a note of my own"));
    QTest::qWait(1200);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a note of my own"));
}

void TestOrdersView::filterBar()
{
    ui::OrdersView* view = openOrders(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    auto* status = child<QComboBox>(view, "ordersStatusCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("Shipped")));
    OrderFilter shipped;
    shipped.statuses = {QStringLiteral("Shipped")};
    const qint64 count = OrderStore(consoleVault()).count(shipped).value();
    QCOMPARE(qint64(view->model()->rowCount()), count);
    QCOMPARE(child<QLabel>(view, "ordersCountLabel")->text(), QStringLiteral("%1 orders").arg(count));
    status->setCurrentIndex(0);
    auto* prefix = child<QLineEdit>(view, "ordersIdPrefixEdit");
    const QString first = view->model()->index(0, 0).data().toString();
    typeInto(prefix, first);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(child<QLabel>(view, "ordersCountLabel")->text(), QStringLiteral("1 order"));
    // Header clicks sort by the two dates only.
    prefix->clear();
    QTRY_COMPARE(view->model()->rowCount(), DemoCount);
    QHeaderView* header = view->table()->horizontalHeader();
    emit header->sectionClicked(ui::OrdersModel::DueColumn);
    QCOMPARE(view->model()->sortKey(), OrderSort::DueDate);
    QCOMPARE(header->sortIndicatorSection(), int(ui::OrdersModel::DueColumn));
    emit header->sectionClicked(ui::OrdersModel::StatusColumn);
    QCOMPARE(view->model()->sortKey(), OrderSort::DueDate);
    QCOMPARE(header->sortIndicatorSection(), int(ui::OrdersModel::DueColumn));
}

void TestOrdersView::operatorWarehouseAuditor_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("orders");
    QTest::addColumn<bool>("retention");
    QTest::addColumn<bool>("reveal");
    QTest::addColumn<bool>("import");
    QTest::addColumn<bool>("unshippedOnly");
    QTest::newRow("operator") << QStringLiteral("olivia") << true << true << true << true << false;
    QTest::newRow("warehouse") << QStringLiteral("wanda") << true << false << false << false << true;
    QTest::newRow("auditor") << QStringLiteral("audrey") << false << false << false << false << false;
}

void TestOrdersView::operatorWarehouseAuditor()
{
    QFETCH(QString, user);
    QFETCH(bool, orders);
    QFETCH(bool, retention);
    QFETCH(bool, reveal);
    QFETCH(bool, import);
    QFETCH(bool, unshippedOnly);
    ui::OrdersView* view = openOrders(user, UserPassword);
    QVERIFY(m_window->isUnlocked());
    const QStringList entries = child<ui::Workspace>(m_window.get(), "workspace")->navigationEntries();
    QCOMPARE(entries.contains(QStringLiteral("Orders")), orders);
    QCOMPARE(entries.contains(QStringLiteral("Retention")), retention);
    if (!orders) {
        QVERIFY(!view);
        return;
    }
    QVERIFY(view);
    QCOMPARE(child<QPushButton>(view, "ordersImportButton")->isVisible(), import);
    QCOMPARE(child<QLabel>(view, "ordersScopeNote")->isVisible(), unshippedOnly);
    OrderFilter unshipped;
    unshipped.unshippedOnly = true;
    Result<qint64> expected = OrderStore(consoleVault()).count(unshippedOnly ? unshipped : OrderFilter());
    QVERIFY(expected.ok());
    QCOMPARE(qint64(view->model()->rowCount()), expected.value());
    if (unshippedOnly) {
        QVERIFY(expected.value() < DemoCount);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(OrderStatus::isAwaitingShipment(view->model()->summary(row)->status));
    }
    QVERIFY(!selectOrderWithPii(view).isEmpty());
    QCOMPARE(child<QPushButton>(view, "revealButton")->isVisible(), reveal);
    QVERIFY(valueLabel(view, RecipientName)->text().contains(QLatin1Char('*')));
    if (unshippedOnly)
        saveScreenshot(m_window.get(), QStringLiteral("orders-view-warehouse"));
}

QTEST_MAIN(TestOrdersView)
#include "TestOrdersView.moc"
