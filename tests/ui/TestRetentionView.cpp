// TestRetentionView: the Retention view over demo orders (issue 5, item 4): the tiles and the
// Overview show Retention::counts; a legal hold needs a reason (refused in the dialog without one),
// then takes the order off the overdue list, shows why it is held and is released again; a tax
// hold; the retention period (1 to 30 days only) and the fields left out at import are saved; an
// operator sees the lists but none of the DPO's controls. Its list model passes the model tester.
#include "AccountTestSupport.h"
#include "OverviewView.h"
#include "RetentionView.h"
#include "Workspace.h"
#include "backup/Backups.h"
#include "models/RetentionListModel.h"
#include "orders/DemoOrders.h"
#include "orders/OrderStore.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace dpp;
using namespace dpp::test;

namespace {

constexpr int DemoCount = 400;

} // namespace

class TestRetentionView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsOnTilesAndOverview();
    void legalHoldNeedsReasonThenReleases();
    void taxHold();
    void periodAndOmittedFields();
    void operatorSeesNoControls();

private:
    ui::RetentionView* openRetention(const QString& user, const char* password);
    void showEntry(const QString& title);
    template <typename T = QDialog> T* waitForDialog(const char* name);
    Vault& consoleVault() { return const_cast<Vault&>(*m_window->vault()); }
    QString tileText(const char* name) { return child<QPushButton>(m_window.get(), name)->text(); }

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestRetentionView::init()
{
    m_fixture = std::make_unique<VaultFixture>();
    std::unique_ptr<Vault> dpo = m_fixture->create();
    QVERIFY(dpo != nullptr);
    auto imported
        = OrderStore(*dpo).importRecords(DemoOrders::generate(DemoCount, QDateTime::currentDateTimeUtc(), 3));
    QVERIFY2(imported.ok(), qPrintable(imported.error().message()));
    QVERIFY(addUser(*dpo, m_fixture->paths, QStringLiteral("olivia"), {Role::Operator}).ok());
}

void TestRetentionView::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestRetentionView::showEntry(const QString& title)
{
    auto* workspace = child<ui::Workspace>(m_window.get(), "workspace");
    const int row = int(workspace->navigationEntries().indexOf(title));
    QVERIFY2(row >= 0, qPrintable(title));
    child<QListWidget>(m_window.get(), "navigation")->setCurrentRow(row);
}

ui::RetentionView* TestRetentionView::openRetention(const QString& user, const char* password)
{
    m_window = makeWindow(m_fixture->paths);
    typeCredentials(m_window.get(), user, QString::fromLatin1(password));
    if (!QTest::qWaitFor([this] { return m_window->isUnlocked(); }, 20000))
        return nullptr;
    showEntry(QStringLiteral("Retention"));
    auto* view = child<ui::RetentionView>(m_window.get(), "retentionView");
    return view && view->isVisible() ? view : nullptr;
}

template <typename T> T* TestRetentionView::waitForDialog(const char* name)
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

void TestRetentionView::countsOnTilesAndOverview()
{
    ui::RetentionView* view = openRetention(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const RetentionCounts counts = Retention(consoleVault()).counts().value();
    QVERIFY(counts.overdue > 0 && counts.dueWithin7Days > 0 && counts.needsReview > 0);
    QCOMPARE(tileText("retentionOverdueTile"), QStringLiteral("%1\nOverdue").arg(counts.overdue));
    QCOMPARE(tileText("retentionDueSoonTile"),
             QStringLiteral("%1\nDue within 7 days").arg(counts.dueWithin7Days));
    QCOMPARE(tileText("retentionOnHoldTile"), QStringLiteral("%1\nOn hold").arg(counts.onHold));
    QCOMPARE(tileText("retentionNeedsReviewTile"),
             QStringLiteral("%1\nNeeds review").arg(counts.needsReview));
    // The overdue list first, every row of it once scrolled to the end.
    view->model()->setPageSize(7);
    view->showList(RetentionList::Overdue);
    while (view->model()->canFetchMore({}))
        view->model()->fetchMore({});
    QCOMPARE(qint64(view->model()->rowCount()), counts.overdue);
    QTest::mouseClick(child<QPushButton>(view, "retentionNeedsReviewTile"), Qt::LeftButton);
    QCOMPARE(view->model()->list(), RetentionList::NeedsReview);
    QVERIFY(view->model()->rowCount() > 0);
    QVERIFY(view->model()
                ->index(0, ui::RetentionListModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("needs review")));

    QTest::mouseClick(child<QPushButton>(view, "retentionOverdueTile"), Qt::LeftButton);
    QVERIFY(view->selectOrder(view->model()->entry(0).orderId));
    saveScreenshot(m_window.get(), QStringLiteral("retention-view"));

    showEntry(QStringLiteral("Overview"));
    QVERIFY(child<QWidget>(m_window.get(), "overviewRetentionGroup")->isVisible());
    QVERIFY(child<QLabel>(m_window.get(), "overviewRetentionOverdue")
                ->text()
                .startsWith(QStringLiteral("%1 orders").arg(counts.overdue)));
    QCOMPARE(child<QLabel>(m_window.get(), "overviewRetentionDueSoon")->text(),
             QStringLiteral("%1 orders").arg(counts.dueWithin7Days));
    // The Overview also says whether a backup exists (the DPO holds backup.run): none yet, then one.
    auto* lastBackup = child<QLabel>(m_window.get(), "overviewLastBackup");
    QVERIFY(lastBackup->isVisible());
    QVERIFY2(lastBackup->text().startsWith(QStringLiteral("None yet")), qPrintable(lastBackup->text()));
    saveScreenshot(m_window.get(), QStringLiteral("overview-retention"));
    QTemporaryDir drive;
    QVERIFY(consoleVault().stepUp(bytesOf(TestPassword), {}).ok());
    QVERIFY(Backups(consoleVault()).create(drive.path()).ok());
    showEntry(QStringLiteral("Orders"));
    showEntry(QStringLiteral("Overview"));
    QVERIFY2(lastBackup->text().endsWith(QStringLiteral("by dpo (today)")), qPrintable(lastBackup->text()));
    QCOMPARE(child<QLabel>(m_window.get(), "overviewLiveBackups")->text(),
             QStringLiteral("1 backup, destroyed when it expires"));
}

void TestRetentionView::legalHoldNeedsReasonThenReleases()
{
    ui::RetentionView* view = openRetention(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    const RetentionCounts before = view->counts();
    const QString orderId = view->model()->entry(0).orderId;
    QVERIFY(view->selectOrder(orderId));
    QCOMPARE(child<QLabel>(view, "retentionHoldDetails")->text(), QStringLiteral("Not on hold."));
    QVERIFY(!child<QPushButton>(view, "releaseLegalHoldButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>(view, "placeLegalHoldButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = waitForDialog("legalHoldDialog");
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(dialog, "dialogError")->isVisible());
    QVERIFY(Retention(consoleVault()).holds(orderId).value().isEmpty());
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "holdReasonEdit"), QStringLiteral("Case 2026-17"));
    saveScreenshot(dialog, QStringLiteral("retention-legal-hold-dialog"));
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    const QList<Hold> holds = Retention(consoleVault()).holds(orderId).value();
    QCOMPARE(holds.size(), 1);
    QCOMPARE(holds.first().kind, HoldKind::Legal);
    QVERIFY(holds.first().active());
    QCOMPARE(view->counts().overdue, before.overdue - 1);
    QCOMPARE(view->counts().onHold, before.onHold + 1);
    // Why it is held: kind, reason, review date, who.
    const QString details = child<QLabel>(view, "retentionHoldDetails")->text();
    QVERIFY2(details.contains(QStringLiteral("Legal hold: Case 2026-17")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Review by")));
    QVERIFY(details.contains(QStringLiteral("Set by dpo")));
    QVERIFY(child<QPushButton>(view, "releaseLegalHoldButton")->isEnabled());
    QVERIFY(!child<QPushButton>(view, "placeLegalHoldButton")->isEnabled());
    view->showList(RetentionList::OnHold);
    QVERIFY(view->selectOrder(orderId));
    saveScreenshot(m_window.get(), QStringLiteral("retention-view-on-hold"));

    QTest::mouseClick(child<QPushButton>(view, "releaseLegalHoldButton"), Qt::LeftButton);
    QPointer<QMessageBox> question = waitForDialog<QMessageBox>("releaseHoldConfirmation");
    QVERIFY(question);
    QTest::mouseClick(child<QPushButton>(question, "confirmReleaseHoldButton"), Qt::LeftButton);
    QTRY_VERIFY(!Retention(consoleVault()).holds(orderId).value().first().active());
    QTRY_COMPARE(view->counts().onHold, before.onHold);
    QVERIFY(child<QLabel>(view, "retentionHoldDetails")->text().contains(QStringLiteral("released")));
}

void TestRetentionView::taxHold()
{
    ui::RetentionView* view = openRetention(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    const QString orderId = view->model()->entry(0).orderId;
    QVERIFY(view->selectOrder(orderId));
    QTest::mouseClick(child<QPushButton>(view, "placeTaxHoldButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = waitForDialog("taxHoldDialog");
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("holdReviewDateEdit")));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "holdReasonEdit"), QStringLiteral("VAT return 2026"));
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const QList<Hold> holds = Retention(consoleVault()).holds(orderId).value();
    QCOMPARE(holds.size(), 1);
    QCOMPARE(holds.first().kind, HoldKind::Tax);
    QVERIFY(child<QLabel>(view, "retentionHoldDetails")
                ->text()
                .contains(QStringLiteral("Tax hold: VAT return 2026")));
}

void TestRetentionView::periodAndOmittedFields()
{
    ui::RetentionView* view = openRetention(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    auto* period = child<QSpinBox>(view, "retentionPeriodSpin");
    QVERIFY(period->isVisible());
    QCOMPARE(period->value(), 30);
    QCOMPARE(period->maximum(), 30); // never longer than the DPP's 30 days
    QCOMPARE(period->minimum(), 1);
    const qint64 overdueBefore = view->counts().overdue;
    period->setValue(10);
    QTest::mouseClick(child<QPushButton>(view, "saveRetentionPeriodButton"), Qt::LeftButton);
    QCOMPARE(Retention(consoleVault()).periodDays().value(), 10);
    QVERIFY(view->counts().overdue > overdueBefore); // a shorter period makes more orders due
    QVERIFY(child<QLabel>(view, "retentionMessage")->text().contains(QStringLiteral("10 days")));

    auto* fields = child<QListWidget>(view, "omittedFieldsList");
    QCOMPARE(fields->count(), PiiFields::all().size());
    const QString omitted = fields->item(0)->data(Qt::UserRole).toString();
    fields->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>(view, "saveOmittedFieldsButton"), Qt::LeftButton);
    const std::set<PiiField> stored = OrderStore(consoleVault()).omittedFields().value();
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(PiiFields::name(*stored.begin()), omitted);
}

void TestRetentionView::operatorSeesNoControls()
{
    ui::RetentionView* view = openRetention(QStringLiteral("olivia"), UserPassword);
    QVERIFY(view);
    QVERIFY(view->model()->rowCount() > 0);
    QVERIFY(view->selectOrder(view->model()->entry(0).orderId));
    QVERIFY(!child<QWidget>(view, "retentionPeriodBox")->isVisible());
    QVERIFY(!child<QWidget>(view, "dataMinimisationBox")->isVisible());
    for (const char* name :
         {"placeLegalHoldButton", "placeTaxHoldButton", "releaseLegalHoldButton", "releaseTaxHoldButton"})
        QVERIFY2(!child<QPushButton>(view, name)->isVisible(), name);
    QCOMPARE(child<QLabel>(view, "retentionHoldDetails")->text(), QStringLiteral("Not on hold."));
}

QTEST_MAIN(TestRetentionView)
#include "TestRetentionView.moc"
