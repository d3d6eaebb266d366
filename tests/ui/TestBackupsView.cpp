// TestBackupsView: the console view of the encrypted backups (issue 6, item 6): the navigation entry
// (the DPO and the administrator, after Deletion requests and before Alarms; not an operator);
// backing up through the dialog with step-up (a file, a row, the folder remembered), Cancel at
// step-up writing nothing; destroying with the confirmation (the file gone, the row destroyed); a
// moved file answered NotFound and then recorded as gone after a second confirmation; expired
// backups destroyed at the unlock and when the view loads, on a fake clock, with the message; the
// restore drill to another file (the target opens with Vault::unlock, the open database untouched);
// and the lock clearing everything, open dialogs included. Its model passes the tester.
#include "AccountTestSupport.h"
#include "BackupDialog.h"
#include "BackupsView.h"
#include "InlineMessage.h"
#include "RestoreDialog.h"
#include "Workspace.h"
#include "backup/Backups.h"
#include "models/BackupListModel.h"
#include "models/OrdersModel.h"
#include "orders/OrderStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace dpp;
using namespace dpp::test;

namespace {

QDateTime g_now;
const Clock fakeClock = [] { return g_now; };

//! Orders with made-up buyers, shipped a few days ago: their buyer data is live.
std::vector<OrderRecord> syntheticOrders()
{
    std::vector<OrderRecord> records;
    const QDateTime shipped = QDateTime::currentDateTimeUtc().addDays(-3);
    for (int i = 1; i <= 3; ++i) {
        OrderRecord r;
        r.orderId = QStringLiteral("999-0000070-000000%1").arg(i);
        r.status = QStringLiteral("Shipped");
        r.purchaseDate = shipped.addDays(-1);
        r.shipTime = shipped;
        r.marketplaceId = QStringLiteral("ATVPDKIKX0DER");
        r.pii[PiiField::RecipientName] = QStringLiteral("Made-up Buyer %1").arg(i);
        records.push_back(r);
    }
    return records;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestBackupsView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void navigationForDpoAndAdmin();
    void backUpThroughTheDialog();
    void cancelAtStepUpWritesNothing();
    void destroyWithConfirmation();
    void movedFileRecordedAsGone();
    void expiredDestroyedAtUnlock();
    void expiredDestroyedWhenViewLoads();
    void restoreToAnotherFile();
    void lockClearsEverything();

private:
    ui::BackupsView* openView(const QString& user = QStringLiteral("dpo"),
                              const char* password = TestPassword);
    template <typename T = QDialog> T* waitForDialog(const char* name, int timeout = 5000);
    void stepUp();
    //! A backup made outside the console, as the DPO at the fake clock's time (step-up first).
    BackupRecord makeBackup(const QString& folder, int days = 30, bool cancel = false);
    QString describeState();
    Vault& consoleVault() { return const_cast<Vault&>(*m_window->vault()); }

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_drive;
};

void TestBackupsView::initTestCase()
{
    // The Back up dialog remembers its folder in QSettings: the test's own, not the person's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackupsView::init()
{
    QSettings().clear();
    g_now = QDateTime::currentDateTimeUtc();
    m_drive = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<VaultFixture>();
    std::unique_ptr<Vault> dpo = m_fixture->create();
    QVERIFY(dpo != nullptr);
    auto imported = OrderStore(*dpo).importRecords(syntheticOrders());
    QVERIFY2(imported.ok(), qPrintable(imported.error().message()));
    QVERIFY(addUser(*dpo, m_fixture->paths, QStringLiteral("olivia"), {Role::Operator}).ok());
    QVERIFY(addUser(*dpo, m_fixture->paths, QStringLiteral("adam"), {Role::Admin}).ok());
}

void TestBackupsView::cleanup()
{
    m_window.reset();
    m_fixture.reset();
    m_drive.reset();
}

BackupRecord TestBackupsView::makeBackup(const QString& folder, int days, bool cancel)
{
    auto vault = Vault::unlock(m_fixture->paths, QStringLiteral("dpo"), bytesOf(TestPassword), {}, fakeClock);
    if (!vault) {
        qWarning("%s", qPrintable(vault.error().message()));
        return {};
    }
    if (!vault.value()->stepUp(bytesOf(TestPassword), {}).ok())
        return {};
    auto made = Backups(*vault.value()).create(folder, days, [cancel](qint64, qint64) { return !cancel; });
    if (!made) {
        if (!cancel)
            qWarning("%s", qPrintable(made.error().message()));
        auto all = Backups(*vault.value()).list();
        return all && !all->isEmpty() ? all->first() : BackupRecord{};
    }
    return made.value();
}

ui::BackupsView* TestBackupsView::openView(const QString& user, const char* password)
{
    m_window = makeWindow(m_fixture->paths);
    typeCredentials(m_window.get(), user, QString::fromLatin1(password));
    if (!QTest::qWaitFor([this] { return m_window->isUnlocked(); }, 20000))
        return nullptr;
    auto* workspace = child<ui::Workspace>(m_window.get(), "workspace");
    const int row = int(workspace->navigationEntries().indexOf(QStringLiteral("Backups")));
    if (row < 0)
        return nullptr;
    child<QListWidget>(m_window.get(), "navigation")->setCurrentRow(row);
    auto* view = child<ui::BackupsView>(m_window.get(), "backupsView");
    return view && view->isVisible() ? view : nullptr;
}

template <typename T> T* TestBackupsView::waitForDialog(const char* name, int timeout)
{
    T* dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<T*>(QLatin1String(name));
            return dialog && dialog->isVisible();
        },
        timeout);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestBackupsView::stepUp()
{
    QPointer<QDialog> dialog = waitForDialog("stepUpDialog");
    QVERIFY(dialog);
    auto* password = child<QLineEdit>(dialog, "stepUpPasswordEdit");
    typeInto(password, QString::fromLatin1(TestPassword));
    QTest::keyClick(password, Qt::Key_Return);
}

QString TestBackupsView::describeState()
{
    QStringList state;
    for (const QDialog* dialog : m_window->findChildren<QDialog*>())
        if (dialog->isVisible())
            state << QStringLiteral("dialog ") + dialog->objectName();
    for (const char* name : {"stepUpError", "dialogError", "restoreError", "backupsMessage"})
        if (auto* label = m_window->findChild<QLabel*>(QLatin1String(name)); label && label->isVisible())
            state << QLatin1String(name) + QStringLiteral(": ") + label->text();
    return state.join(QStringLiteral("; "));
}

void TestBackupsView::navigationForDpoAndAdmin()
{
    // The DPO has "Backups" after Deletion requests and before Alarms; the administrator (no orders,
    // no alarms) has it too; an operator, without backup.run, does not.
    QVERIFY(openView());
    const QStringList entries = child<ui::Workspace>(m_window.get(), "workspace")->navigationEntries();
    QCOMPARE(entries.indexOf(QStringLiteral("Backups")),
             entries.indexOf(QStringLiteral("Deletion requests")) + 1);
    QCOMPARE(entries.indexOf(QStringLiteral("Alarms")), entries.indexOf(QStringLiteral("Backups")) + 1);
    m_window.reset();

    QVERIFY2(openView(QStringLiteral("adam"), UserPassword), "the administrator has no Backups entry");
    m_window.reset();

    m_window = makeWindow(m_fixture->paths);
    typeCredentials(m_window.get(), QStringLiteral("olivia"), QString::fromLatin1(UserPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    const QStringList operatorEntries
        = child<ui::Workspace>(m_window.get(), "workspace")->navigationEntries();
    QVERIFY(operatorEntries.contains(QStringLiteral("Orders")));
    QVERIFY2(!operatorEntries.contains(QStringLiteral("Backups")), qPrintable(operatorEntries.join(u',')));
}

void TestBackupsView::backUpThroughTheDialog()
{
    // Back up now…: the folder typed, 30 days offered (1 to 30), step-up answered; the backup is on
    // the drive, listed as present, the result names it with Show in folder, and the folder is
    // offered again next time. Keyboard: Alt+B opens the dialog, the confirm button is the default.
    ui::BackupsView* view = openView();
    QVERIFY(view);
    QList<QUrl> opened;
    view->setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    QCOMPARE(child<QLabel>(view, "backupsSummary")->text(), QStringLiteral("No backup has been made yet."));
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
    QPointer<ui::BackupDialog> dialog = waitForDialog<ui::BackupDialog>("backupDialog");
    QVERIFY(dialog);
    auto* expiry = child<QSpinBox>(dialog, "backupExpirySpin");
    QCOMPARE(expiry->value(), 30);
    QCOMPARE(expiry->minimum(), 1);
    QCOMPARE(expiry->maximum(), 30);
    QVERIFY(
        child<QLabel>(dialog, "backupExpiryHint")->text().contains(QStringLiteral("30 days after shipment")));
    QVERIFY(child<QPushButton>(dialog, "dialogConfirmButton")->isDefault());
    typeInto(child<QLineEdit>(dialog, "backupFolderEdit"), m_drive->path());
    QVERIFY(child<QLabel>(dialog, "backupFolderHint")->text().contains(QStringLiteral("disk")));
    expiry->setValue(14);
    saveScreenshot(dialog, QStringLiteral("backup-dialog"));
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    stepUp();

    auto* result = child<QWidget>(view, "backupResult");
    QVERIFY2(QTest::qWaitFor([&] { return result->isVisible(); }, 60000), qPrintable(describeState()));
    QTRY_VERIFY(!dialog);
    const QStringList files = filesIn(m_drive->path());
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().startsWith(QStringLiteral("c-"))
            && files.first().endsWith(QStringLiteral(".dppbackup")));
    const QString path = QDir(m_drive->path()).filePath(files.first());
    const QString text = child<QLabel>(view, "backupResultText")->text();
    QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("in 13 days")), qPrintable(text)); // 14 days less a few seconds
    QVERIFY(text.contains(QStringLiteral("3 orders, 3 with buyer data")));
    QTest::mouseClick(child<QPushButton>(view, "showBackupFolderButton"), Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(m_drive->path())});

    ui::BackupListModel* model = view->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ui::BackupListModel::StateColumn).data().toString(), QStringLiteral("present"));
    QCOMPARE(model->index(0, ui::BackupListModel::PathColumn).data().toString(),
             QDir::toNativeSeparators(path));
    QCOMPARE(model->index(0, ui::BackupListModel::PiiOrdersColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model->backup(0).expiresAt.secsTo(model->backup(0).createdAt), -14 * 86400);
    QCOMPARE(ui::BackupDialog::lastFolder(), m_drive->path());

    // The next dialog offers the folder again; cancelled, it writes nothing more.
    view->backUpNow();
    dialog = waitForDialog<ui::BackupDialog>("backupDialog");
    QVERIFY(dialog);
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "backupFolderEdit")->text()),
             m_drive->path());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QCOMPARE(filesIn(m_drive->path()).size(), 1);
}

void TestBackupsView::cancelAtStepUpWritesNothing()
{
    // Confirm the dialog, then Cancel at step-up: no file, no backup recorded, and the view says so.
    ui::BackupsView* view = openView();
    QVERIFY(view);
    view->backUpNow();
    QPointer<ui::BackupDialog> dialog = waitForDialog<ui::BackupDialog>("backupDialog");
    QVERIFY(dialog);
    typeInto(child<QLineEdit>(dialog, "backupFolderEdit"), m_drive->path());
    QTest::mouseClick(child<QPushButton>(dialog, "dialogConfirmButton"), Qt::LeftButton);
    QPointer<QDialog> stepUpDialog = waitForDialog("stepUpDialog");
    QVERIFY(stepUpDialog);
    QTest::mouseClick(child<QPushButton>(stepUpDialog, "stepUpCancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!stepUpDialog || !stepUpDialog->isVisible());
    QTRY_VERIFY(!dialog);
    auto* message = child<ui::InlineMessage>(view, "backupsMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("no backup was written")), qPrintable(message->text()));
    QVERIFY(filesIn(m_drive->path()).isEmpty());
    QVERIFY(Backups(consoleVault()).list()->isEmpty());
    QVERIFY(ui::BackupDialog::lastFolder().isEmpty());
}

void TestBackupsView::destroyWithConfirmation()
{
    // Destroy now…: the confirmation says what it means (Cancel the default), step-up, then the
    // file is gone and the row says destroyed by hand; Destroy is not offered for it any more.
    const BackupRecord made = makeBackup(m_drive->path());
    QVERIFY(made.id > 0);
    ui::BackupsView* view = openView();
    QVERIFY(view);
    QVERIFY(view->selectBackup(made.id));
    auto* destroy = child<QPushButton>(view, "destroyBackupButton");
    QVERIFY(destroy->isEnabled());
    QTest::mouseClick(destroy, Qt::LeftButton);
    QPointer<QMessageBox> question = waitForDialog<QMessageBox>("destroyBackupConfirmation");
    QVERIFY(question);
    QCOMPARE(question->defaultButton(), child<QPushButton>(question, "cancelDestroyButton"));
    const QString text = question->text() + QLatin1Char('\n') + question->informativeText();
    QVERIFY2(text.contains(QStringLiteral("cannot be undone")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Deletion requests count it as gone")));
    QVERIFY(text.contains(QDir::toNativeSeparators(made.path)));
    saveScreenshot(question, QStringLiteral("backup-destroy-confirmation"));
    QTest::mouseClick(child<QPushButton>(question, "confirmDestroyButton"), Qt::LeftButton);
    stepUp();

    auto* message = child<ui::InlineMessage>(view, "backupsMessage");
    QTRY_VERIFY2(message->isVisible() && message->kind() == ui::InlineMessage::Kind::Success,
                 qPrintable(describeState()));
    QVERIFY(message->text().contains(QStringLiteral("was destroyed")));
    QVERIFY(!QFileInfo::exists(made.path));
    QVERIFY(filesIn(m_drive->path()).isEmpty());
    const int row = view->model()->rowOf(made.id);
    QVERIFY(view->model()
                ->index(row, ui::BackupListModel::StateColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("(by hand)")));
    QCOMPARE(Backups(consoleVault()).list()->first().state, BackupRecord::State::Destroyed);
    QVERIFY(!destroy->isEnabled());
}

void TestBackupsView::movedFileRecordedAsGone()
{
    // The file is moved away (a drive not connected): Destroy now… answers that there is no file and
    // offers Record as gone…, which confirms once more (Cancel the default) and records it.
    const BackupRecord made = makeBackup(m_drive->path());
    QVERIFY(made.id > 0);
    QTemporaryDir elsewhere;
    QVERIFY(QFile::rename(made.path, elsewhere.filePath(QStringLiteral("moved.dppbackup"))));
    ui::BackupsView* view = openView();
    QVERIFY(view);
    QVERIFY(view->selectBackup(made.id));
    auto* recordGone = child<QPushButton>(view, "recordGoneButton");
    QVERIFY(recordGone->isHidden());
    view->destroySelected();
    QPointer<QMessageBox> question = waitForDialog<QMessageBox>("destroyBackupConfirmation");
    QVERIFY(question);
    QTest::mouseClick(child<QPushButton>(question, "confirmDestroyButton"), Qt::LeftButton);
    stepUp();
    auto* message = child<ui::InlineMessage>(view, "backupsMessage");
    QTRY_VERIFY2(message->isVisible() && message->kind() == ui::InlineMessage::Kind::Error,
                 qPrintable(describeState()));
    QVERIFY2(message->text().contains(QStringLiteral("is the drive connected")), qPrintable(message->text()));
    QVERIFY(recordGone->isVisible());
    QCOMPARE(Backups(consoleVault()).list()->first().state, BackupRecord::State::Present);
    saveScreenshot(view, QStringLiteral("backups-file-not-found"));

    QTest::mouseClick(recordGone, Qt::LeftButton);
    question = waitForDialog<QMessageBox>("recordGoneConfirmation");
    QVERIFY(question);
    QCOMPARE(question->defaultButton(), child<QPushButton>(question, "cancelRecordGoneButton"));
    QVERIFY(question->informativeText().contains(QStringLiteral("connect it")));
    QTest::mouseClick(child<QPushButton>(question, "confirmRecordGoneButton"), Qt::LeftButton);
    QTRY_VERIFY2(message->kind() == ui::InlineMessage::Kind::Success, qPrintable(describeState()));
    QVERIFY(message->text().contains(QStringLiteral("recorded as gone")));
    const BackupRecord gone = Backups(consoleVault()).list()->first();
    QCOMPARE(gone.state, BackupRecord::State::Destroyed);
    QCOMPARE(gone.destroyReason, QStringLiteral("gone"));
    QVERIFY(view->model()
                ->index(0, ui::BackupListModel::StateColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("(recorded as gone)")));
    QVERIFY(recordGone->isHidden());
}

void TestBackupsView::expiredDestroyedAtUnlock()
{
    // Made before the unlock: one expired (40 days ago, kept 30), one expired on a drive that is not
    // there, one present, one destroyed by hand and one whose write was cancelled. The unlock
    // destroys the first, names the second ("connect the drive"), and the view shows every state.
    g_now = QDateTime::currentDateTimeUtc().addDays(-40);
    const BackupRecord expired = makeBackup(m_drive->path());
    QVERIFY(expired.id > 0);
    g_now = g_now.addSecs(60);
    QTemporaryDir unplugged;
    const BackupRecord unreachable = makeBackup(unplugged.path());
    QVERIFY(unreachable.id > 0);
    QVERIFY(unplugged.remove());
    g_now = QDateTime::currentDateTimeUtc().addDays(-2);
    const BackupRecord byHand = makeBackup(m_drive->path());
    QVERIFY(byHand.id > 0);
    {
        auto vault
            = Vault::unlock(m_fixture->paths, QStringLiteral("dpo"), bytesOf(TestPassword), {}, fakeClock);
        QVERIFY(vault.ok() && vault.value()->stepUp(bytesOf(TestPassword), {}).ok());
        QVERIFY(Backups(*vault.value()).destroy(byHand.id).ok());
    }
    g_now = QDateTime::currentDateTimeUtc().addDays(-1);
    const BackupRecord failed = makeBackup(m_drive->path(), 30, true);
    QCOMPARE(failed.state, BackupRecord::State::Failed);
    g_now = QDateTime::currentDateTimeUtc().addSecs(-60);
    const BackupRecord present = makeBackup(m_drive->path(), 2);
    QVERIFY(present.id > 0);
    QVERIFY(QFileInfo::exists(expired.path));

    // Signed in: the Overview shows first; the expiry runs once it has painted.
    m_window = makeWindow(m_fixture->paths);
    typeCredentials(m_window.get(), QStringLiteral("dpo"), QString::fromLatin1(TestPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(expired.path), 10000);
    QTRY_VERIFY(
        m_window->statusBar()->currentMessage().contains(QStringLiteral("1 expired backup destroyed")));
    QVERIFY(QFileInfo::exists(present.path));

    auto* workspace = child<ui::Workspace>(m_window.get(), "workspace");
    child<QListWidget>(m_window.get(), "navigation")
        ->setCurrentRow(int(workspace->navigationEntries().indexOf(QStringLiteral("Backups"))));
    ui::BackupsView* view = workspace->backupsView();
    QVERIFY(view->isVisible());
    auto* message = child<ui::InlineMessage>(view, "backupsExpiryMessage");
    QTRY_VERIFY(message->isVisible());
    // The view's own run when it is shown finds the unreachable one again: what the unlock's run
    // destroyed is still said.
    QTest::qWait(300);
    QCOMPARE(message->kind(), ui::InlineMessage::Kind::Warning);
    QVERIFY2(message->text().contains(QStringLiteral("1 expired backup destroyed.")),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QDir::toNativeSeparators(unreachable.path)));
    QVERIFY(message->text().contains(QStringLiteral("connect the drive")));

    ui::BackupListModel* model = view->model();
    QCOMPARE(model->rowCount(), 5);
    const auto state = [&](qint64 id) {
        return model->index(model->rowOf(id), ui::BackupListModel::StateColumn).data().toString();
    };
    const auto expires
        = [&](qint64 id) { return model->index(model->rowOf(id), ui::BackupListModel::ExpiresColumn); };
    QVERIFY2(state(expired.id).endsWith(QStringLiteral("(expired)")), qPrintable(state(expired.id)));
    QCOMPARE(state(unreachable.id), QStringLiteral("present"));
    QVERIFY(expires(unreachable.id).data().toString().endsWith(QStringLiteral(", expired")));
    QCOMPARE(expires(unreachable.id).data(Qt::ForegroundRole).value<QColor>(),
             ui::OrdersModel::dueColor(ui::OrdersModel::DueState::Overdue));
    QVERIFY(expires(unreachable.id).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(state(byHand.id).endsWith(QStringLiteral("(by hand)")));
    QCOMPARE(state(failed.id), QStringLiteral("failed: no file was left"));
    QCOMPARE(state(present.id), QStringLiteral("present"));
    QVERIFY2(expires(present.id).data().toString().endsWith(QStringLiteral(", in 1 day")),
             qPrintable(expires(present.id).data().toString()));
    QCOMPARE(expires(present.id).data(Qt::ForegroundRole).value<QColor>(),
             ui::OrdersModel::dueColor(ui::OrdersModel::DueState::Soon));
    // Newest first.
    QCOMPARE(model->backup(0).id, present.id);
    QCOMPARE(model->backup(4).id, expired.id);
    saveScreenshot(m_window.get(), QStringLiteral("backups-view"));
}

void TestBackupsView::expiredDestroyedWhenViewLoads()
{
    // The view on a vault with a fake clock: a backup kept 30 days reads "in 29 days" the next day
    // and "in under a day" at the end; once the clock is past its expiry, loading the view destroys
    // it and says so. The model passes QAbstractItemModelTester throughout.
    // Whole seconds: the registry keeps times to the second.
    g_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 40 * 86400, QTimeZone::utc());
    auto vault = Vault::unlock(m_fixture->paths, QStringLiteral("dpo"), bytesOf(TestPassword), {}, fakeClock);
    QVERIFY(vault.ok());
    QVERIFY(vault.value()->stepUp(bytesOf(TestPassword), {}).ok());
    const Result<BackupRecord> made = Backups(*vault.value()).create(m_drive->path());
    QVERIFY(made.ok());
    const QDateTime t0 = g_now;

    ui::BackupsView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1080, 640);
    view.show();
    g_now = t0.addDays(1);
    view.load(vault.value().get());
    const QModelIndex expires = view.model()->index(0, ui::BackupListModel::ExpiresColumn);
    QVERIFY2(expires.data().toString().endsWith(QStringLiteral(", in 29 days")),
             qPrintable(expires.data().toString()));
    QCOMPARE(expires.data(Qt::ForegroundRole).value<QColor>(),
             ui::OrdersModel::dueColor(ui::OrdersModel::DueState::Later));
    g_now = t0.addDays(30).addSecs(-3600);
    view.refresh();
    QVERIFY(view.model()
                ->index(0, ui::BackupListModel::ExpiresColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral(", in under a day")));
    QTest::qWait(50);
    QVERIFY(QFileInfo::exists(made->path));

    g_now = t0.addDays(31);
    view.load(vault.value().get());
    auto* message = child<ui::InlineMessage>(&view, "backupsExpiryMessage");
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->kind(), ui::InlineMessage::Kind::Success);
    QCOMPARE(message->text(), QStringLiteral("1 expired backup destroyed."));
    QVERIFY(!QFileInfo::exists(made->path));
    QVERIFY(view.model()
                ->index(0, ui::BackupListModel::StateColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("(expired)")));
    QVERIFY(view.model()->index(0, ui::BackupListModel::ExpiresColumn).data(Qt::ForegroundRole).isNull());
    view.clear();
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestBackupsView::restoreToAnotherFile()
{
    // The restore drill: the backup's header is shown before any password, the target must not
    // exist, the user name is the signed-in one; the restore runs as a vault job, then the dialog
    // shows what it did and how to open the copy. The target opens with Vault::unlock; the open
    // database's file is byte-identical and its vault still works.
    const BackupRecord made = makeBackup(m_drive->path());
    QVERIFY(made.id > 0);
    ui::BackupsView* view = openView();
    QVERIFY(view);
    QList<QUrl> opened;
    view->setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    QTest::mouseClick(child<QPushButton>(view, "restoreDrillButton"), Qt::LeftButton);
    QPointer<ui::RestoreDialog> dialog = waitForDialog<ui::RestoreDialog>("restoreDialog");
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "restoreUserEdit")->text(), QStringLiteral("dpo"));
    typeInto(child<QLineEdit>(dialog, "restoreBackupEdit"), made.path);
    const QString summary = child<QLabel>(dialog, "restoreBackupSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("by dpo")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("3 orders, 3 with buyer data")));
    QVERIFY(summary.contains(QStringLiteral("in 29 days")));

    // A target that exists is refused before anything runs.
    QTemporaryDir drill;
    typeInto(child<QLineEdit>(dialog, "restoreTargetEdit"), m_fixture->paths.database());
    QVERIFY(child<QLabel>(dialog, "restoreTargetHint")->text().contains(QStringLiteral("there already")));
    const QString target = drill.filePath(QStringLiteral("drill.db"));
    typeInto(child<QLineEdit>(dialog, "restoreTargetEdit"), target);
    typeInto(child<QLineEdit>(dialog, "restorePasswordEdit"), QString::fromLatin1(TestPassword));
    QFile live(m_fixture->paths.database());
    QVERIFY(live.open(QIODevice::ReadOnly));
    const QByteArray before = live.readAll();
    live.close();
    QTest::mouseClick(child<QPushButton>(dialog, "restoreConfirmButton"), Qt::LeftButton);
    auto* outcome = child<QWidget>(dialog, "restoreOutcome");
    QVERIFY2(QTest::qWaitFor([&] { return outcome->isVisible(); }, 60000), qPrintable(describeState()));
    const QString text = child<QLabel>(dialog, "restoreOutcomeText")->text();
    QVERIFY2(text.contains(QStringLiteral("Restored from the backup made")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Purged again")));
    QCOMPARE(child<QLineEdit>(dialog, "restoreOpenCommand")->text(),
             QStringLiteral("dpp-console --database ") + QDir::toNativeSeparators(target));
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "restoreOutcomePath")->text()), target);
    QTest::mouseClick(child<QPushButton>(dialog, "restoreShowFolderButton"), Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(drill.path())});
    saveScreenshot(dialog, QStringLiteral("backup-restore-drill"));
    auto* message = child<ui::InlineMessage>(view, "backupsMessage");
    QVERIFY(message->text().contains(QStringLiteral("Restore drill passed")));
    QTest::mouseClick(child<QPushButton>(dialog, "restoreCancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    // The copy opens with the same password and holds the orders; the open database is untouched.
    auto restored = Vault::unlock(VaultPaths(target), QStringLiteral("dpo"), bytesOf(TestPassword));
    QVERIFY2(restored.ok(), qPrintable(restored.error().message()));
    QVERIFY(OrderStore(*restored.value()).detail(QStringLiteral("999-0000070-0000001")).ok());
    QVERIFY(live.open(QIODevice::ReadOnly));
    QCOMPARE(live.readAll(), before);
    live.close();
    QCOMPARE(Backups(consoleVault()).list()->size(), 1);
    QVERIFY(m_window->isUnlocked());
}

void TestBackupsView::lockClearsEverything()
{
    // The console locks with the Back up dialog open (a folder typed), and again with the restore
    // dialog open (a password typed): the dialogs close, the list and the messages are empty.
    const BackupRecord made = makeBackup(m_drive->path());
    QVERIFY(made.id > 0);
    ui::BackupsView* view = openView();
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 1);
    view->backUpNow();
    QPointer<ui::BackupDialog> dialog = waitForDialog<ui::BackupDialog>("backupDialog");
    QVERIFY(dialog);
    typeInto(child<QLineEdit>(dialog, "backupFolderEdit"), m_drive->path());
    m_window->lockAction()->trigger();
    QVERIFY(!m_window->isUnlocked());
    QTRY_VERIFY(!dialog);
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(view->selectedId(), 0);
    QVERIFY(child<QWidget>(view, "backupResult")->isHidden());
    QVERIFY(!visibleTexts(view).contains(QDir::toNativeSeparators(made.path)));

    typeCredentials(m_window.get(), QStringLiteral("dpo"), QString::fromLatin1(TestPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    auto* workspace = child<ui::Workspace>(m_window.get(), "workspace");
    child<QListWidget>(m_window.get(), "navigation")
        ->setCurrentRow(int(workspace->navigationEntries().indexOf(QStringLiteral("Backups"))));
    QVERIFY(view->isVisible());
    view->restoreToAnotherFile();
    QPointer<ui::RestoreDialog> restore = waitForDialog<ui::RestoreDialog>("restoreDialog");
    QVERIFY(restore);
    typeInto(child<QLineEdit>(restore, "restoreBackupEdit"), made.path);
    typeInto(child<QLineEdit>(restore, "restorePasswordEdit"), QStringLiteral("half-typed secret"));
    m_window->lockAction()->trigger();
    QTRY_VERIFY(!restore);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!visibleTexts(m_window.get()).contains(QStringLiteral("half-typed secret")));
}

QTEST_MAIN(TestBackupsView)
#include "TestBackupsView.moc"
