// TestLock: the one lock path and unlocking: Ctrl+L, the idle timer, the screen-lock signal on
// D-Bus; after each the vault is gone and every view is cleared. A wrong password shows an inline
// error and leaves the files byte-identical; the right one unlocks into a new vault.
#include "IdleWatcher.h"
#include "MainWindow.h"
#include "OverviewView.h"
#include "ScreenLockWatcher.h"
#include "SettingsView.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "Workspace.h"
#include "models/KeySlotModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace dpp;
using namespace dpp::test;
using namespace std::chrono_literals;

namespace {

struct Files
{
    QByteArray database;
    QByteArray keys;
    QByteArray wal;
};

Files snapshot(const VaultPaths& paths)
{
    return {fileBytes(paths.database()), fileBytes(paths.keys()),
            fileBytes(paths.database() + QStringLiteral("-wal"))};
}

} // namespace

class TestLock final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsOnUnlockWhenDatabaseExists();
    void lockWithCtrlL();
    void lockWhenIdle();
    void wrongPasswordThenRight();
    void capsLockWarning();
    void lockDropsUnlockInFlight();
    void idleMinutesSetting();
    void lockOnScreenSaverSignal();

private:
    ui::MainWindow* makeWindow();
    void unlock(ui::MainWindow* window, const QString& password = QString::fromLatin1(TestPassword));
    void verifyCleared(ui::MainWindow* window);

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestLock::init()
{
    // Made through the API with the cheapest Argon2id parameters: unlocking then takes no time.
    m_fixture = std::make_unique<VaultFixture>();
    QVERIFY(m_fixture->create() != nullptr);
}

void TestLock::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

ui::MainWindow* TestLock::makeWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_fixture->paths,
                                                ui::MainWindow::Options{.watchScreenLock = false});
    m_window->resize(1200, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("the window did not become active");
    return m_window.get();
}

void TestLock::unlock(ui::MainWindow* window, const QString& password)
{
    auto* user = child<QLineEdit>(window, "unlockUserEdit");
    auto* secret = child<QLineEdit>(window, "unlockPasswordEdit");
    QVERIFY(user && secret);
    typeInto(user, QStringLiteral("dpo"));
    typeInto(secret, password);
    QTest::keyClick(secret, Qt::Key_Return);
    QVERIFY(secret->text().isEmpty()); // taken out of the field at once
    QTRY_VERIFY_WITH_TIMEOUT(window->isUnlocked(), 20000);
    QCOMPARE(child<QStackedWidget>(window, "pages")->currentWidget()->objectName(),
             QStringLiteral("workspace"));
    QVERIFY(user->text().isEmpty()); // the form forgot everything
    QCOMPARE(child<QLabel>(window, "overviewDatabasePath")->text(), m_fixture->paths.database());
    QCOMPARE(child<QLabel>(window, "overviewUser")->text(), QStringLiteral("Data Protection Officer (dpo)"));
}

void TestLock::verifyCleared(ui::MainWindow* window)
{
    QVERIFY(!window->isUnlocked());
    QCOMPARE(child<QStackedWidget>(window, "pages")->currentWidget()->objectName(),
             QStringLiteral("unlockPage"));
    auto* overview = child<ui::OverviewView>(window, "overviewView");
    QVERIFY(overview);
    const QString shown = visibleTexts(overview);
    QVERIFY2(!shown.contains(m_fixture->paths.database()), "the overview still shows the database path");
    QVERIFY2(!shown.contains(QStringLiteral("dpo")), "the overview still shows the user");
    QCOMPARE(overview->keySlotModel()->rowCount(), 0);
    QCOMPARE(child<QTableView>(window, "auditTable")->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(window, "overviewAuditState")->text().isEmpty());
    QVERIFY(!child<QWidget>(window, "recoveryKeyBanner")->isVisible());
    QCOMPARE(child<ui::Workspace>(window, "workspace")->navigationEntries(), QStringList());
    QVERIFY(!child<QSpinBox>(window, "idleMinutesSpin")->isEnabled());
    QVERIFY(!window->lockAction()->isEnabled());
    QVERIFY(child<QLineEdit>(window, "unlockPasswordEdit")->text().isEmpty());
}

void TestLock::startsOnUnlockWhenDatabaseExists()
{
    ui::MainWindow* window = makeWindow();
    QCOMPARE(child<QStackedWidget>(window, "pages")->currentWidget()->objectName(),
             QStringLiteral("unlockPage"));
    QVERIFY(!window->isUnlocked());
    QVERIFY(child<QLabel>(window, "unlockDatabasePath")->text().contains(m_fixture->paths.database()));
}

void TestLock::lockWithCtrlL()
{
    ui::MainWindow* window = makeWindow();
    unlock(window);
    auto* model = child<ui::OverviewView>(window, "overviewView")->keySlotModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(child<ui::Workspace>(window, "workspace")->navigationEntries(),
             (QStringList{QStringLiteral("Overview"), QStringLiteral("Orders"), QStringLiteral("Retention"),
                          QStringLiteral("Deletion requests"), QStringLiteral("Backups"),
                          QStringLiteral("Alarms"), QStringLiteral("Audit log"), QStringLiteral("Users"),
                          QStringLiteral("Settings"), QStringLiteral("My account")}));

    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    verifyCleared(window);
    QVERIFY(!child<QLabel>(window, "unlockNotice")->isVisible()); // locked on purpose: nothing to explain
    // The user name is offered again; the password field has the focus.
    QCOMPARE(child<QLineEdit>(window, "unlockUserEdit")->text(), QStringLiteral("dpo"));
    saveScreenshot(window, QStringLiteral("locked-by-ctrl-l"));

    unlock(window);
    window->lockAction()->trigger(); // the menu and toolbar entry
    verifyCleared(window);
}

void TestLock::lockWhenIdle()
{
    ui::MainWindow* window = makeWindow();
    unlock(window);
    QCOMPARE(window->idleTimeout(), std::chrono::milliseconds(5min)); // the default
    window->setIdleTimeoutOverride(1s);

    // Input keeps it open: a mouse move every 100 ms for more than twice the timeout.
    auto* navigation = child<QListWidget>(window, "navigation");
    for (int i = 0; i < 25; ++i) {
        QTest::mouseMove(navigation, QPoint(10 + i, 10 + i));
        QTest::qWait(100);
        QVERIFY2(window->isUnlocked(), "locked although there was input");
    }
    // Then nothing: it locks.
    QTRY_VERIFY_WITH_TIMEOUT(!window->isUnlocked(), 5000);
    verifyCleared(window);
    // The unlock page says why.
    auto* notice = child<QLabel>(window, "unlockNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("without input")), qPrintable(notice->text()));
}

void TestLock::wrongPasswordThenRight()
{
    ui::MainWindow* window = makeWindow();
    const Files before = snapshot(m_fixture->paths);
    QVERIFY(!before.database.isEmpty());
    QVERIFY(!before.keys.isEmpty());

    auto* user = child<QLineEdit>(window, "unlockUserEdit");
    auto* secret = child<QLineEdit>(window, "unlockPasswordEdit");
    auto* error = child<QLabel>(window, "unlockError");
    auto* button = child<QPushButton>(window, "unlockButton");
    typeInto(user, QStringLiteral("dpo"));
    typeInto(secret, QStringLiteral("Not-The-Password-1"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(secret->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QCOMPARE(error->text(), QStringLiteral("Wrong user name or password."));
    QVERIFY(!window->isUnlocked());
    QCOMPARE(user->text(), QStringLiteral("dpo"));
    QTRY_VERIFY(button->isEnabled());
    saveScreenshot(window, QStringLiteral("unlock-wrong-password"));

    const Files after = snapshot(m_fixture->paths);
    QVERIFY2(after.database == before.database, "the database file changed");
    QVERIFY2(after.keys == before.keys, "the .keys file changed");
    QVERIFY2(after.wal == before.wal, "the WAL changed");
    QVERIFY(QFile::exists(m_fixture->paths.attempts())); // recorded outside the database

    // An unknown user gets the same answer.
    typeInto(user, QStringLiteral("nobody"));
    typeInto(secret, QString::fromLatin1(TestPassword));
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
    QCOMPARE(error->text(), QStringLiteral("Wrong user name or password."));
    QVERIFY(!window->isUnlocked());

    unlock(window);
    QVERIFY(!error->isVisible());
    // The overview counts the two failed attempts.
    QCOMPARE(child<QLabel>(window, "overviewFailedUnlocks")->text(), QStringLiteral("2"));
}

void TestLock::capsLockWarning()
{
    ui::MainWindow* window = makeWindow();
    auto* secret = child<QLineEdit>(window, "unlockPasswordEdit");
    auto* warning = child<QLabel>(window, "unlockCapsLockWarning");
    QVERIFY(secret && warning);
    QVERIFY(!warning->isVisible());

    QTest::keyClick(secret, 'a'); // lower case without Shift: Caps Lock is off
    QVERIFY(!warning->isVisible());
    QTest::keyClick(secret, 'A'); // upper case without Shift: Caps Lock is on
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("Caps Lock")));
    saveScreenshot(window, QStringLiteral("unlock-caps-lock"));
    QTest::keyClick(secret, 'a', Qt::ShiftModifier); // lower case with Shift: still on
    QVERIFY(warning->isVisible());
    QTest::keyClick(secret, Qt::Key_CapsLock); // toggled off
    QVERIFY(!warning->isVisible());
    QTest::keyClick(secret, 'B', Qt::ShiftModifier); // upper case with Shift: off
    QVERIFY(!warning->isVisible());
    QTest::keyClick(secret, '7'); // digits say nothing
    QVERIFY(!warning->isVisible());
}

void TestLock::lockDropsUnlockInFlight()
{
    ui::MainWindow* window = makeWindow();
    typeInto(child<QLineEdit>(window, "unlockUserEdit"), QStringLiteral("dpo"));
    auto* secret = child<QLineEdit>(window, "unlockPasswordEdit");
    typeInto(secret, QString::fromLatin1(TestPassword));
    QTest::keyClick(secret, Qt::Key_Return);
    QVERIFY(child<QWidget>(window, "unlockBusy")->isVisible());
    // The screen locks before the result is back: the vault it brings must be dropped.
    window->lock();
    QTest::qWait(1500);
    QVERIFY(!window->isUnlocked());
    QVERIFY(!child<QWidget>(window, "unlockBusy")->isVisible());
    unlock(window);
}

void TestLock::idleMinutesSetting()
{
    ui::MainWindow* window = makeWindow();
    unlock(window);
    auto* navigation = child<QListWidget>(window, "navigation");
    navigation->setCurrentRow(int(
        child<ui::Workspace>(window, "workspace")->navigationEntries().indexOf(QStringLiteral("Settings"))));
    QCOMPARE(child<QStackedWidget>(window, "views")->currentWidget()->objectName(),
             QStringLiteral("settingsView"));
    auto* spin = child<QSpinBox>(window, "idleMinutesSpin");
    QCOMPARE(spin->value(), 5);
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(spin->maximum(), 60);
    spin->setValue(7);
    QTest::mouseClick(child<QPushButton>(window, "saveSettingsButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(window, "settingsMessage")->isVisible());
    QCOMPARE(window->idleTimeout(), std::chrono::milliseconds(7min));
    saveScreenshot(window, QStringLiteral("workspace-settings"));

    window->lock();
    QCOMPARE(spin->value(), 5); // cleared
    unlock(window);
    QCOMPARE(window->idleTimeout(), std::chrono::milliseconds(7min)); // read back from the database
    QCOMPARE(spin->value(), 7);
}

void TestLock::lockOnScreenSaverSignal()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed");
    // A private bus, so the test neither needs nor disturbs a desktop session.
    QProcess bus;
    bus.start(daemon,
              {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    QVERIFY(bus.waitForStarted());
    QVERIFY(bus.waitForReadyRead(10000));
    const QString address = QString::fromLatin1(bus.readLine().trimmed());
    QVERIFY(!address.isEmpty());
    {
        QDBusConnection listener = QDBusConnection::connectToBus(address, QStringLiteral("test-listener"));
        QDBusConnection desktop = QDBusConnection::connectToBus(address, QStringLiteral("test-desktop"));
        QVERIFY(listener.isConnected() && desktop.isConnected());
        QVERIFY(desktop.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));

        ui::MainWindow* window = makeWindow();
        QSignalSpy ready(window->screenLockWatcher(), &ui::ScreenLockWatcher::ready);
        window->screenLockWatcher()->listen(listener, QDBusConnection(QStringLiteral("no-such-bus")));
        QCOMPARE(ready.count(), 1); // no system bus: done at once, no failure
        QVERIFY(window->screenLockWatcher()->sources().contains(
            QStringLiteral("org.freedesktop.ScreenSaver /org/freedesktop/ScreenSaver")));
        unlock(window);

        auto activeChanged = [&](bool active) {
            QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                             QStringLiteral("org.freedesktop.ScreenSaver"),
                                                             QStringLiteral("ActiveChanged"));
            signal << active;
            QVERIFY(desktop.send(signal));
        };
        activeChanged(false); // the screen saver going away does not lock
        QTest::qWait(300);
        QVERIFY(window->isUnlocked());
        activeChanged(true);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isUnlocked(), 5000);
        verifyCleared(window);
        QVERIFY(child<QLabel>(window, "unlockNotice")->text().contains(QStringLiteral("screen")));
        m_window.reset();
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("test-listener"));
    QDBusConnection::disconnectFromBus(QStringLiteral("test-desktop"));
    bus.terminate();
    bus.waitForFinished(5000);
}

QTEST_MAIN(TestLock)
#include "TestLock.moc"
