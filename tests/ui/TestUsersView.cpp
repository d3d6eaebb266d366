// TestUsersView: the Users view driven through its widgets (issue 4): the administrator makes an
// account through the dialog after step-up, sees it listed, disables it (and is offered a
// database-key rotation), unlocks an account locked by failed sign-ins and grants the PII key to an
// account waiting for it; a session without users.manage has no Users entry; the kill switch on
// the Settings view and the banner everyone sees while PII access is off.
#include "AccountTestSupport.h"
#include "SettingsView.h"
#include "UsersView.h"
#include "Workspace.h"
#include "models/UserListModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace dpp;
using namespace dpp::test;

class TestUsersView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createThroughDialogAfterStepUp();
    void disableAndRekey();
    void unlockLockedAccount();
    void grantPendingPiiKey();
    void noUsersEntryWithoutPermission();
    void killSwitch();
    void inGerman();

private:
    //! Signs in as dpo (every role, in the grace period: no code) and opens the Users view.
    ui::UsersView* openUsersView();
    void showEntry(const QString& title);
    //! The dialog named name under the window, once it is visible.
    template <typename T = QDialog> T* waitForDialog(const char* name);
    //! Answers the step-up dialog with the administrator's password.
    void stepUp();
    bool addAccount(const QString& name, const std::set<Role>& roles);

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<Vault> m_admin;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestUsersView::init()
{
    m_fixture = std::make_unique<VaultFixture>();
    m_admin = m_fixture->create();
    QVERIFY(m_admin != nullptr);
}

void TestUsersView::cleanup()
{
    m_window.reset();
    m_admin.reset();
    m_fixture.reset();
}

bool TestUsersView::addAccount(const QString& name, const std::set<Role>& roles)
{
    auto user = addUser(*m_admin, m_fixture->paths, name, roles);
    if (!user)
        qWarning("%s", qPrintable(user.error().message()));
    return user.ok();
}

void TestUsersView::showEntry(const QString& title)
{
    auto* workspace = child<ui::Workspace>(m_window.get(), "workspace");
    const int row = int(workspace->navigationEntries().indexOf(title));
    QVERIFY2(row >= 0, qPrintable(title));
    child<QListWidget>(m_window.get(), "navigation")->setCurrentRow(row);
}

ui::UsersView* TestUsersView::openUsersView()
{
    // The core's own session is closed first: the console is the administrator now.
    m_admin.reset();
    m_window = makeWindow(m_fixture->paths);
    typeCredentials(m_window.get(), QStringLiteral("dpo"), QString::fromLatin1(TestPassword));
    if (!QTest::qWaitFor([this] { return m_window->isUnlocked(); }, 20000))
        return nullptr;
    showEntry(QStringLiteral("Users"));
    auto* view = child<ui::UsersView>(m_window.get(), "usersView");
    if (child<QStackedWidget>(m_window.get(), "views")->currentWidget() != view)
        return nullptr;
    return view;
}

template <typename T> T* TestUsersView::waitForDialog(const char* name)
{
    T* dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<T*>(QLatin1String(name));
            return dialog && dialog->isVisible();
        },
        5000);
    if (!dialog)
        qWarning("no dialog %s", name);
    return dialog;
}

void TestUsersView::stepUp()
{
    QPointer<QDialog> dialog = waitForDialog("stepUpDialog");
    QVERIFY(dialog);
    // dpo has no second factor yet: the dialog asks for the password only.
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("stepUpCodeEdit")));
    auto* password = child<QLineEdit>(dialog, "stepUpPasswordEdit");
    typeInto(password, QString::fromLatin1(TestPassword));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 20000);
}

void TestUsersView::createThroughDialogAfterStepUp()
{
    ui::UsersView* view = openUsersView();
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 1); // dpo
    QVERIFY(!m_window->vault()->hasStepUp());

    QTest::mouseClick(child<QPushButton>(view, "newUserButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = waitForDialog("newUserDialog");
    QVERIFY(dialog);
    typeInto(child<QLineEdit>(dialog, "newUserNameEdit"), QStringLiteral("olivia"));
    typeInto(child<QLineEdit>(dialog, "newUserDisplayNameEdit"), QStringLiteral("Olivia Operator"));
    // No role yet: refused in the dialog, before step-up.
    const QString password = QStringLiteral("Bright-Orchard-Lantern-58");
    typeInto(child<QLineEdit>(dialog, "newUserPasswordEdit"), password);
    typeInto(child<QLineEdit>(dialog, "newUserRepeatEdit"), password);
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    auto* error = child<QLabel>(dialog, "dialogError");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("role")));
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("stepUpDialog")));

    child<QCheckBox>(dialog, "roleCheckBox_operator")->click();
    saveScreenshot(dialog, QStringLiteral("new-user-dialog"));
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    // Step-up first, then the account is made.
    stepUp();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 20000);
    QVERIFY(m_window->vault()->hasStepUp());
    const int row = view->model()->rowOf(QStringLiteral("olivia"));
    QVERIFY(row >= 0);
    const UserRecord& olivia = view->model()->user(row);
    QCOMPARE(olivia.displayName, QStringLiteral("Olivia Operator"));
    QCOMPARE(olivia.roles, (std::set<Role>{Role::Operator}));
    QVERIFY(olivia.mustChangePassword);
    QVERIFY(olivia.holdsPiiKey); // dpo holds the PII key: granted at once
    QCOMPARE(view->model()->index(row, ui::UserListModel::PasswordAgeColumn).data().toString(),
             QStringLiteral("Temporary"));
    QCOMPARE(view->model()->index(row, ui::UserListModel::PiiKeyColumn).data().toString(),
             QStringLiteral("Yes"));
    QVERIFY(child<QLabel>(view, "usersMessage")->text().contains(QStringLiteral("olivia")));

    // The same name again: the core's message in the dialog, which stays open (step-up still holds).
    QTest::mouseClick(child<QPushButton>(view, "newUserButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChildren<QDialog*>(QStringLiteral("newUserDialog")).size() == 1);
    dialog = waitForDialog("newUserDialog");
    typeInto(child<QLineEdit>(dialog, "newUserNameEdit"), QStringLiteral("olivia"));
    typeInto(child<QLineEdit>(dialog, "newUserDisplayNameEdit"), QStringLiteral("Another Olivia"));
    child<QCheckBox>(dialog, "roleCheckBox_auditor")->click();
    typeInto(child<QLineEdit>(dialog, "newUserPasswordEdit"), password);
    typeInto(child<QLineEdit>(dialog, "newUserRepeatEdit"), password);
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    error = child<QLabel>(dialog, "dialogError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("taken")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape); // Escape cancels
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestUsersView::disableAndRekey()
{
    QVERIFY(addAccount(QStringLiteral("dora"), {Role::Auditor}));
    QVERIFY(addAccount(QStringLiteral("otto"), {Role::Operator}));
    QVERIFY(addAccount(QStringLiteral("wanda"), {Role::Warehouse}));
    ui::UsersView* view = openUsersView();
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 4);
    saveScreenshot(m_window.get(), QStringLiteral("users-view"));

    // A leaving date: the account stays active until then.
    view->select(QStringLiteral("dora"));
    QTest::mouseClick(child<QPushButton>(view, "disableUserButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = waitForDialog("disableUserDialog");
    QVERIFY(dialog);
    child<QRadioButton>(dialog, "disableLaterRadio")->click();
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    stepUp();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 20000);
    int row = view->model()->rowOf(QStringLiteral("dora"));
    QCOMPARE(view->model()->user(row).status, QStringLiteral("active"));
    QVERIFY(view->model()->user(row).leavingAt.isValid());
    QVERIFY(!view->rekeyOffer());

    // Now: disabled at once, and the database-key rotation is offered.
    view->select(QStringLiteral("otto"));
    QTest::mouseClick(child<QPushButton>(view, "disableUserButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChildren<QDialog*>(QStringLiteral("disableUserDialog")).size() == 1);
    dialog = waitForDialog("disableUserDialog");
    QVERIFY(child<QRadioButton>(dialog, "disableNowRadio")->isChecked());
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 20000); // step-up still holds
    row = view->model()->rowOf(QStringLiteral("otto"));
    QCOMPARE(view->model()->user(row).status, QStringLiteral("disabled"));
    QCOMPARE(view->model()->index(row, ui::UserListModel::StatusColumn).data().toString(),
             QStringLiteral("Disabled"));
    QVERIFY(!Vault::unlock(m_fixture->paths, QStringLiteral("otto"), bytesOf(UserPassword)));

    QTRY_VERIFY(view->rekeyOffer() && view->rekeyOffer()->isVisible());
    saveScreenshot(view->rekeyOffer(), QStringLiteral("rekey-offer"));
    auto* message = child<QLabel>(view, "usersMessage");
    const QString disabledMessage = message->text();
    child<QPushButton>(view->rekeyOffer(), "rekeyNowButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && message->text() != disabledMessage, 60000);
    QVERIFY2(message->text().contains(QStringLiteral("database key was rotated")),
             qPrintable(message->text()));
    // Everyone else still opens the database with the new key.
    m_window->lock();
    QVERIFY(Vault::unlock(m_fixture->paths, QStringLiteral("wanda"), bytesOf(UserPassword)).ok());
}

void TestUsersView::unlockLockedAccount()
{
    QVERIFY(addAccount(QStringLiteral("lars"), {Role::Warehouse}));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!Vault::unlock(m_fixture->paths, QStringLiteral("lars"), bytesOf("Not-His-Passw0rd!")));
    ui::UsersView* view = openUsersView();
    QVERIFY(view);
    int row = view->model()->rowOf(QStringLiteral("lars"));
    QVERIFY(view->model()->user(row).lockedOut);
    QVERIFY(!view->model()->index(row, ui::UserListModel::LockedColumn).data().toString().isEmpty());
    auto* unlock = child<QPushButton>(view, "unlockUserButton");
    view->select(QStringLiteral("dpo"));
    QVERIFY(!unlock->isEnabled());
    view->select(QStringLiteral("lars"));
    QVERIFY(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    stepUp();
    QTRY_VERIFY(child<QLabel>(view, "usersMessage")->isVisible());
    row = view->model()->rowOf(QStringLiteral("lars"));
    QVERIFY(!view->model()->user(row).lockedOut);
    QVERIFY(!unlock->isEnabled());
    QVERIFY(Vault::unlock(m_fixture->paths, QStringLiteral("lars"), bytesOf(UserPassword)).ok());
}

void TestUsersView::grantPendingPiiKey()
{
    // An administrator without the PII key makes an operator: the grant waits for a PII holder.
    auto adam = addUser(*m_admin, m_fixture->paths, QStringLiteral("adam"), {Role::Admin});
    QVERIFY(adam);
    QVERIFY(adam.value()->stepUp(bytesOf(UserPassword), {}).ok());
    QVERIFY(adam.value()
                ->users()
                .add({QStringLiteral("opal"), QStringLiteral("Opal Operator"), bytesOf(TemporaryPassword)},
                     {Role::Operator})
                .ok());
    adam.value().reset();

    ui::UsersView* view = openUsersView(); // dpo holds the PII key
    QVERIFY(view);
    const int row = view->model()->rowOf(QStringLiteral("opal"));
    QCOMPARE(view->model()->index(row, ui::UserListModel::PiiKeyColumn).data().toString(),
             QStringLiteral("Pending"));
    auto* banner = child<QWidget>(view, "piiGrantBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(visibleTexts(banner).contains(QStringLiteral("1 account waits for the PII key: opal")),
             qPrintable(visibleTexts(banner)));
    QTest::mouseClick(child<QPushButton>(view, "grantPiiKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(child<QLabel>(view, "usersMessage")->text().contains(QStringLiteral("granted to 1 account")));
    QCOMPARE(view->model()
                 ->index(view->model()->rowOf(QStringLiteral("opal")), ui::UserListModel::PiiKeyColumn)
                 .data()
                 .toString(),
             QStringLiteral("Yes"));
}

void TestUsersView::noUsersEntryWithoutPermission()
{
    QVERIFY(addAccount(QStringLiteral("rita"), {Role::Auditor, Role::Responder}));
    m_admin.reset();
    m_window = makeWindow(m_fixture->paths);
    typeCredentials(m_window.get(), QStringLiteral("rita"), QString::fromLatin1(UserPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    QCOMPARE(child<ui::Workspace>(m_window.get(), "workspace")->navigationEntries(),
             (QStringList{QStringLiteral("Overview"), QStringLiteral("Alarms"), QStringLiteral("Audit log"),
                          QStringLiteral("My account")}));
}

void TestUsersView::killSwitch()
{
    QVERIFY(addAccount(QStringLiteral("olivia"), {Role::Operator}));
    ui::UsersView* view = openUsersView();
    QVERIFY(view);
    auto* banner = child<QWidget>(m_window.get(), "piiOffBanner");
    QVERIFY(!banner->isVisible());
    showEntry(QStringLiteral("Settings"));
    auto* state = child<QLabel>(m_window.get(), "piiAccessState");
    QVERIFY(state->text().startsWith(QStringLiteral("PII access: on")));
    auto* toggle = child<QPushButton>(m_window.get(), "piiAccessButton");

    // Off: a confirmation, no step-up; the banner shows at once.
    QTest::mouseClick(toggle, Qt::LeftButton);
    auto* settings = child<ui::SettingsView>(m_window.get(), "settingsView");
    QTRY_VERIFY(settings->piiOffConfirmation() && settings->piiOffConfirmation()->isVisible());
    child<QPushButton>(settings->piiOffConfirmation(), "confirmPiiOffButton")->click();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(visibleTexts(banner).contains(QStringLiteral("PII access is turned off by an administrator")));
    QVERIFY(state->text().startsWith(QStringLiteral("PII access: OFF")));
    QVERIFY(!m_window->vault()->hasStepUp());
    saveScreenshot(m_window.get(), QStringLiteral("settings-pii-off"));

    // Everyone sees it: an operator signing in elsewhere (here: after a lock).
    m_window->lock();
    QVERIFY(!banner->isVisible());
    typeCredentials(m_window.get(), QStringLiteral("olivia"), QString::fromLatin1(UserPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    QVERIFY(banner->isVisible());
    m_window->lock();

    // On again: step-up first.
    typeCredentials(m_window.get(), QStringLiteral("dpo"), QString::fromLatin1(TestPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    showEntry(QStringLiteral("Settings"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    stepUp();
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(state->text().startsWith(QStringLiteral("PII access: on")));
    const Result<bool> off = m_window->vault()->piiAccessOff();
    QVERIFY(off.ok() && !off.value());
}

void TestUsersView::inGerman()
{
    QVERIFY(addAccount(QStringLiteral("dora"), {Role::Auditor}));
    QVERIFY(addAccount(QStringLiteral("otto"), {Role::Operator}));
    QVERIFY(addAccount(QStringLiteral("wanda"), {Role::Warehouse}));
    QVERIFY(addAccount(QStringLiteral("lars"), {Role::Warehouse, Role::Operator}));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!Vault::unlock(m_fixture->paths, QStringLiteral("lars"), bytesOf("Not-His-Passw0rd!")));
    GermanConsole german;
    QVERIFY(german.isLoaded());
    m_admin.reset();
    m_window = makeWindow(m_fixture->paths);
    typeCredentials(m_window.get(), QStringLiteral("dpo"), QString::fromLatin1(TestPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    showEntry(QStringLiteral("Benutzer"));
    auto* view = child<ui::UsersView>(m_window.get(), "usersView");
    QCOMPARE(child<QStackedWidget>(m_window.get(), "views")->currentWidget(), view);
    view->select(QStringLiteral("lars"));
    saveScreenshot(m_window.get(), QStringLiteral("de-users-view"));
    QTest::mouseClick(child<QPushButton>(view, "newUserButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = waitForDialog("newUserDialog");
    QVERIFY(dialog);
    saveScreenshot(dialog, QStringLiteral("de-new-user-dialog"));
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton); // empty: refused
    saveScreenshot(dialog, QStringLiteral("de-new-user-dialog-error"));
    dialog->reject();
    QTest::mouseClick(child<QPushButton>(view, "unlockUserButton"), Qt::LeftButton);
    QPointer<QDialog> stepUpDialog = waitForDialog("stepUpDialog");
    QVERIFY(stepUpDialog);
    saveScreenshot(stepUpDialog, QStringLiteral("de-step-up"));
    stepUpDialog->reject();
}

QTEST_MAIN(TestUsersView)
#include "TestUsersView.moc"
