// TestAlarmsView: an alarm raised by five denials shows as the badge and in the status bar after
// unlock and in the alarms view; acknowledging needs a note (refused inline without one) and then
// clears the list and the badge; the view is listed only for sessions that may read alarms; the
// tray notifies only when the count rises; the model passes QAbstractItemModelTester.
#include "AlarmTray.h"
#include "AlarmsView.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "Workspace.h"
#include "audit/AlarmService.h"
#include "audit/AuditLog.h"
#include "models/AlarmModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

class TestAlarmsView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void badgeListAndAcknowledge();
    void modelPassesTester();
    void notListedWithoutPermission();
    void notifyOnlyWhenCountRises_data();
    void notifyOnlyWhenCountRises();
    void trayMessageHasNoPii();

private:
    //! Five denials by dpo, as TestAlarms does; evaluated, so one denied-actions alarm is open.
    void raiseAlarm(Vault& vault);

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<Vault> m_vault;
};

void TestAlarmsView::init()
{
    m_fixture = std::make_unique<VaultFixture>();
    m_vault = m_fixture->create();
    QVERIFY(m_vault != nullptr);
}

void TestAlarmsView::cleanup()
{
    m_vault.reset();
    m_fixture.reset();
}

void TestAlarmsView::raiseAlarm(Vault& vault)
{
    const AuditActor dpo = AuditActor::of(vault.session());
    for (int i = 0; i < 5; ++i)
        QVERIFY(vault.audit()
                    .append(dpo,
                            {AuditAction::PermissionDenied, AuditOutcome::Denied,
                             QStringLiteral("permission"), QStringLiteral("keys.manage"),
                             AuditDetails().permission(QStringLiteral("keys.manage"))})
                    .ok());
    QCOMPARE(vault.alarms().evaluate().value(), 1);
}

void TestAlarmsView::badgeListAndAcknowledge()
{
    raiseAlarm(*m_vault);
    m_vault.reset();

    ui::MainWindow window(m_fixture->paths, ui::MainWindow::Options{.watchScreenLock = false});
    window.resize(1200, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window)) // no window manager under a bare Xvfb
        qWarning("the window did not become active");
    typeInto(child<QLineEdit>(&window, "unlockUserEdit"), QStringLiteral("dpo"));
    auto* secret = child<QLineEdit>(&window, "unlockPasswordEdit");
    typeInto(secret, QString::fromLatin1(TestPassword));
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.isUnlocked(), 20000);

    // The badge and the status bar.
    auto* workspace = child<ui::Workspace>(&window, "workspace");
    QVERIFY(workspace->navigationEntries().contains(QStringLiteral("Alarms (1)")));
    auto* status = child<QLabel>(&window, "statusAlarms");
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("1 open alarm"));
    QVERIFY(!window.alarmTray()->isAvailable()); // offscreen: no tray, and no failure
    QCOMPARE(window.alarmTray()->lastCount(), qint64(1));

    // The view lists it.
    workspace->showAlarms();
    auto* view = child<ui::AlarmsView>(&window, "alarmsView");
    QVERIFY(view->isVisible());
    auto* table = child<QTableView>(view, "alarmsTable");
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ui::AlarmModel::RuleColumn).data().toString(),
             QStringLiteral("Repeated denied actions"));
    QCOMPARE(table->model()->index(0, ui::AlarmModel::SeverityColumn).data().toString(),
             QStringLiteral("Warning"));
    QCOMPARE(table->model()->index(0, ui::AlarmModel::SubjectColumn).data().toString(),
             QStringLiteral("dpo"));
    QCOMPARE(table->model()->index(0, ui::AlarmModel::RowsColumn).data().toString(), QStringLiteral("5"));
    QVERIFY(child<QWidget>(view, "alarmDetails")->isVisible()); // the newest is selected
    saveScreenshot(&window, QStringLiteral("alarms-view"));

    // An empty note is refused inline; nothing is acknowledged.
    auto* note = child<QPlainTextEdit>(view, "alarmNoteEdit");
    auto* acknowledge = child<QPushButton>(view, "alarmAcknowledgeButton");
    QVERIFY(note->isVisible() && acknowledge->isVisible());
    QTest::keyClicks(note, QStringLiteral("   "));
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    QVERIFY(child<QWidget>(view, "alarmNoteError")->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(window.vault()->alarms().openCount().value(), qint64(1));

    // With a note it leaves the open list, and the badge clears.
    QTest::keyClicks(note, QStringLiteral("Checked with dpo: testing the keys page."));
    QVERIFY(!child<QWidget>(view, "alarmNoteError")->isVisible());
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(window.vault()->alarms().openCount().value(), qint64(0));
    QVERIFY(workspace->navigationEntries().contains(QStringLiteral("Alarms")));
    QVERIFY(!status->isVisible());
    QVERIFY(child<QWidget>(view, "alarmsMessage")->isVisible());

    // Locking clears the view and the count.
    window.lock();
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(window.alarmTray()->lastCount(), qint64(0));
    QVERIFY(status->text().isEmpty());
}

void TestAlarmsView::modelPassesTester()
{
    ui::AlarmModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVault(m_vault.get());
    QCOMPARE(model.rowCount(), 0);
    raiseAlarm(*m_vault);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    QVERIFY(model.index(0, 0).data(ui::AlarmModel::IdRole).toLongLong() > 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestAlarmsView::notListedWithoutPermission()
{
    raiseAlarm(*m_vault);
    ui::Workspace workspace;
    workspace.open(m_vault.get());
    QVERIFY(workspace.navigationEntries().contains(QStringLiteral("Alarms")));
    workspace.setOpenAlarmCount(1);
    QVERIFY(workspace.navigationEntries().contains(QStringLiteral("Alarms (1)")));
    workspace.clear();

    // The scheduler's session (keychain slot) has neither audit.read nor alarms.acknowledge.
    auto scheduler = switchToScheduler(m_vault, m_fixture->paths);
    QVERIFY2(scheduler.ok(), scheduler ? "" : qPrintable(scheduler.error().message()));
    QVERIFY(!scheduler.value()->session().can(Permission::AuditRead));
    QVERIFY(!scheduler.value()->session().can(Permission::AlarmsAcknowledge));
    workspace.open(scheduler.value().get());
    workspace.setOpenAlarmCount(1); // no entry to badge: nothing happens
    for (const QString& entry : workspace.navigationEntries())
        QVERIFY2(!entry.startsWith(QStringLiteral("Alarms")), qPrintable(entry));
    workspace.clear();
}

void TestAlarmsView::notifyOnlyWhenCountRises_data()
{
    QTest::addColumn<qint64>("before");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<bool>("notify");
    QTest::newRow("none") << qint64(0) << qint64(0) << false;
    QTest::newRow("first alarm") << qint64(0) << qint64(1) << true;
    QTest::newRow("one more") << qint64(2) << qint64(3) << true;
    QTest::newRow("unchanged") << qint64(3) << qint64(3) << false;
    QTest::newRow("acknowledged") << qint64(3) << qint64(2) << false;
    QTest::newRow("all acknowledged") << qint64(1) << qint64(0) << false;
}

void TestAlarmsView::notifyOnlyWhenCountRises()
{
    QFETCH(qint64, before);
    QFETCH(qint64, after);
    QFETCH(bool, notify);
    QCOMPARE(ui::AlarmTray::shouldNotify(before, after), notify);
}

void TestAlarmsView::trayMessageHasNoPii()
{
    QCOMPARE(ui::AlarmTray::messageText(1, QStringLiteral("warning")),
             QStringLiteral("1 open alarm. Highest severity: Warning."));
    QCOMPARE(ui::AlarmTray::messageText(3, QStringLiteral("critical")),
             QStringLiteral("3 open alarms. Highest severity: Critical."));
    QCOMPARE(ui::AlarmTray::messageText(2, QString()), QStringLiteral("2 open alarms."));
    ui::AlarmTray tray;
    tray.update(2, QStringLiteral("warning")); // no tray offscreen: counts, shows nothing, no failure
    QCOMPARE(tray.lastCount(), qint64(2));
    tray.reset();
    QCOMPARE(tray.lastCount(), qint64(0));
}

QTEST_MAIN(TestAlarmsView)
#include "TestAlarmsView.moc"
