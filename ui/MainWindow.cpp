// MainWindow: see the header.
#include "MainWindow.h"

#include "AccountView.h"
#include "AlarmTray.h"
#include "Banner.h"
#include "FirstStartPage.h"
#include "IdleWatcher.h"
#include "OverviewView.h"
#include "PasswordChangePage.h"
#include "RecoveryCodesPage.h"
#include "RecoveryKeyPage.h"
#include "RestoreDialog.h"
#include "ScreenLockWatcher.h"
#include "SettingsView.h"
#include "TotpEnrollmentPage.h"
#include "UnlockPage.h"
#include "VaultJob.h"
#include "Workspace.h"
#include "models/AlarmModel.h"
#include "models/OrdersModel.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <utility>

namespace dpp::ui {

MainWindow::MainWindow(VaultPaths paths, QWidget* parent)
    : MainWindow(std::move(paths), Options{}, parent)
{ }

MainWindow::MainWindow(VaultPaths paths, Options options, QWidget* parent)
    : QMainWindow(parent)
    , m_paths(std::move(paths))
    , m_pages(new QStackedWidget(this))
    , m_firstStart(new FirstStartPage(m_paths, m_pages))
    , m_recoveryKey(new RecoveryKeyPage(m_pages))
    , m_unlock(new UnlockPage(m_paths, m_pages))
    , m_passwordChange(new PasswordChangePage(m_pages))
    , m_enrollment(new TotpEnrollmentPage(m_pages))
    , m_recoveryCodes(new RecoveryCodesPage(m_pages))
    , m_workspace(new Workspace(m_pages))
    , m_alarmTimer(new QTimer(this))
    , m_alarmTray(new AlarmTray(this))
    , m_idle(new IdleWatcher(this))
    , m_screenLock(new ScreenLockWatcher(this))
    , m_idleTimeout(std::chrono::minutes(SettingsView::DefaultIdleMinutes))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DPP Console"));
    setMinimumSize(640, 480);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_firstStart);
    m_pages->addWidget(m_recoveryKey);
    m_pages->addWidget(m_unlock);
    m_pages->addWidget(m_passwordChange);
    m_pages->addWidget(m_enrollment);
    m_pages->addWidget(m_recoveryCodes);
    m_pages->addWidget(m_workspace);
    // Above every page, for everyone signed in: whoever is about to work with orders must know.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_piiOffBanner = new Banner(Banner::Kind::Alert, QString(), central);
    m_piiOffBanner->setObjectName(QStringLiteral("piiOffBanner"));
    auto* bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(8, 6, 8, 6);
    bannerRow->addWidget(m_piiOffBanner);
    centralLayout->addLayout(bannerRow);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("actionLock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Close the database and clear every view"));
    m_lockAction->setToolTip(
        tr("Lock the console (%1)").arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_lockAction, &QAction::triggered, this, [this] { lock(LockReason::Manual); });
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu* consoleMenu = menuBar()->addMenu(tr("&Console"));
    consoleMenu->addAction(m_lockAction);
    consoleMenu->addSeparator();
    consoleMenu->addAction(quit);

    m_toolBar = addToolBar(tr("Console"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_lockAction);

    m_statusUser = new QLabel(this);
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addPermanentWidget(m_statusUser);
    m_statusAlarms = new QLabel(this);
    m_statusAlarms->setObjectName(QStringLiteral("statusAlarms"));
    // The warning colours of InlineMessage: noticeable without looking like an error.
    m_statusAlarms->setStyleSheet(QStringLiteral(
        "QLabel { color: #6b4200; background: #fff4e0; border: 1px solid #e8c07a; border-radius: 3px; "
        "padding: 1px 8px; font-weight: bold; }"));
    m_statusAlarms->hide();
    statusBar()->addWidget(m_statusAlarms);
    m_alarmTimer->setInterval(AlarmRefreshInterval);
    connect(m_alarmTimer, &QTimer::timeout, this, &MainWindow::refreshAlarms);
    connect(m_alarmTray, &AlarmTray::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        if (isUnlocked() && m_pages->currentWidget() == m_workspace)
            m_workspace->showAlarms();
    });

    connect(m_firstStart, &FirstStartPage::created, this, [this] {
        Vault::Created created = m_firstStart->takeCreated();
        adopt(std::move(created.vault));
        m_verifyAuditOnShow = true;
        m_recoveryKey->showKey(std::move(created.recoveryKey), m_vault.get(),
                               RecoveryKeyPage::Origin::Created);
        m_pages->setCurrentWidget(m_recoveryKey);
        m_recoveryKey->setFocus();
        updateChrome();
        if (const QString problem = m_firstStart->takeDemoProblem(); !problem.isEmpty())
            statusBar()->showMessage(problem);
    });
    // Restored from a backup on the first start: the person signs in to it as usual, told what the
    // restore did (the purges it replayed are what keeps purged buyer data from coming back).
    connect(m_firstStart, &FirstStartPage::restored, this, [this] {
        const RestoreOutcome outcome = m_firstStart->takeRestored();
        m_lastUser = m_firstStart->restoredUser();
        QStringList notice;
        notice << tr("The database was restored from the backup made %1 by %2.")
                      .arg(OrdersModel::timeText(outcome.backup.createdAt), outcome.backup.createdBy);
        notice << RestoreDialog::outcomeLines(outcome).mid(1, 2); // purged again, purged as due
        notice << RestoreDialog::outcomeWarnings(outcome);
        notice << tr("Sign in as usual.");
        showLockedPage(notice.join(QLatin1Char('\n')));
    });
    // First start: the first look at the new database's chain (a renewed key re-verifies nothing).
    connect(m_recoveryKey, &RecoveryKeyPage::continued, this, &MainWindow::showWorkspace);
    connect(m_unlock, &UnlockPage::unlocked, this, [this] {
        adopt(m_unlock->takeVault());
        m_verifyAuditOnShow = true;
        continueSignIn();
    });
    connect(m_passwordChange, &PasswordChangePage::changed, this, [this] {
        if (m_passwordChange->mode() == PasswordChangePage::Mode::Forced)
            continueSignIn();
        else
            showAccountAfter(tr("Your password was changed. Use the new one from your next sign-in."));
    });
    connect(m_passwordChange, &PasswordChangePage::cancelled, this, [this] { showAccountAfter(QString()); });
    connect(m_enrollment, &TotpEnrollmentPage::enrolled, this, [this] {
        m_returnToAccount = m_enrollment->mode() == TotpEnrollmentPage::Mode::Voluntary;
        m_recoveryCodes->showCodes(m_enrollment->takeRecoveryCodes(),
                                   m_vault ? m_vault->session().name() : QString(),
                                   RecoveryCodesPage::Origin::Enrolled);
        showPage(m_recoveryCodes);
    });
    connect(m_enrollment, &TotpEnrollmentPage::cancelled, this, [this] { showAccountAfter(QString()); });
    connect(m_recoveryCodes, &RecoveryCodesPage::continued, this, [this] {
        if (std::exchange(m_returnToAccount, false))
            showAccountAfter(tr("Two-factor sign-in is set up. Keep your recovery codes safe."));
        else
            continueSignIn();
    });
    connect(m_workspace, &Workspace::changePasswordRequested, this, [this] {
        if (!m_vault)
            return;
        m_passwordChange->start(m_vault.get(), PasswordChangePage::Mode::Voluntary);
        showPage(m_passwordChange);
    });
    connect(m_workspace, &Workspace::enrollmentRequested, this, [this] {
        if (!m_vault)
            return;
        m_enrollment->start(m_vault.get(), TotpEnrollmentPage::Mode::Voluntary);
        showPage(m_enrollment);
    });
    connect(m_workspace, &Workspace::recoveryCodesIssued, this, [this] {
        if (!m_vault)
            return;
        m_returnToAccount = true;
        m_recoveryCodes->showCodes(m_workspace->accountView()->takeRecoveryCodes(), m_vault->session().name(),
                                   RecoveryCodesPage::Origin::Renewed);
        showPage(m_recoveryCodes);
    });
    connect(m_workspace, &Workspace::piiAccessChanged, this, &MainWindow::refreshPiiAccess);
    connect(m_workspace, &Workspace::alarmsChanged, this, &MainWindow::refreshAlarms);
    connect(m_workspace, &Workspace::backupsExpired, this,
            [this](const QString& text) { statusBar()->showMessage(text, 60'000); });
    connect(m_workspace, &Workspace::newRecoveryKeyRequested, this, &MainWindow::issueRecoveryKey);
    connect(m_workspace, &Workspace::idleLockMinutesChanged, this, [this](int minutes) {
        m_idleTimeout = std::chrono::minutes(minutes);
        applyIdleTimeout();
    });
    connect(m_idle, &IdleWatcher::idle, this, [this] { lock(LockReason::Idle); });
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this, [this] { lock(LockReason::ScreenLocked); });
    if (options.watchScreenLock)
        m_screenLock->listen(QDBusConnection::sessionBus(), QDBusConnection::systemBus());

    showLockedPage();
}

MainWindow::~MainWindow()
{
    // A job still running on the vault finishes first; then the views, which point into it.
    VaultJobs::finishAndDrop();
    m_workspace->clear();
    m_passwordChange->reset();
    m_enrollment->reset();
    m_recoveryCodes->reset();
    m_vault.reset();
}

void MainWindow::adopt(std::unique_ptr<Vault> vault)
{
    m_vault = std::move(vault);
    if (!m_vault)
        return;
    m_lastUser = m_vault->session().name();
    m_idleTimeout = std::chrono::minutes(SettingsView::idleLockMinutes(*m_vault));
    applyIdleTimeout();
    m_idle->start();
    m_alarmTimer->start();
}

void MainWindow::continueSignIn()
{
    if (!m_vault) {
        lock();
        return;
    }
    switch (m_vault->session().gate()) {
    case SessionGate::PasswordChange:
        m_passwordChange->start(m_vault.get(), PasswordChangePage::Mode::Forced);
        showPage(m_passwordChange);
        return;
    case SessionGate::SecondFactorEnrollment:
        m_enrollment->start(m_vault.get(), TotpEnrollmentPage::Mode::Required);
        showPage(m_enrollment);
        return;
    case SessionGate::None:
        break;
    }
    showWorkspace();
}

void MainWindow::showPage(QWidget* page)
{
    m_workspace->clear(); // nothing of the workspace stays behind a page that takes the window
    m_pages->setCurrentWidget(page);
    page->setFocus();
    updateChrome();
    refreshPiiAccess();
}

void MainWindow::showWorkspace()
{
    if (!m_vault) {
        lock();
        return;
    }
    m_workspace->open(m_vault.get());
    m_pages->setCurrentWidget(m_workspace);
    m_workspace->setFocus();
    updateChrome();
    refreshAlarms();
    if (std::exchange(m_verifyAuditOnShow, false)) {
        m_workspace->verifyAuditSoon();
        m_workspace->expireBackupsSoon(); // once at every unlock, not at every return to the workspace
    }
}

void MainWindow::showAccountAfter(const QString& message)
{
    showWorkspace();
    m_workspace->showAccount();
    if (!message.isEmpty())
        m_workspace->accountView()->showMessage(InlineMessage::Kind::Success, message);
}

void MainWindow::issueRecoveryKey()
{
    if (!m_vault)
        return;
    // On the GUI thread: the recovery slot derives its key with HKDF, not Argon2id, so this takes
    // milliseconds, and no other thread ever touches the vault.
    Result<SecureBytes> key = m_vault->renewRecoveryKey();
    if (!key) {
        m_workspace->overview()->showError(key.error().message());
        return;
    }
    m_workspace->clear();
    m_recoveryKey->showKey(std::move(key).value(), m_vault.get(), RecoveryKeyPage::Origin::Renewed);
    m_pages->setCurrentWidget(m_recoveryKey);
    m_recoveryKey->setFocus();
    updateChrome();
}

void MainWindow::lock(LockReason reason)
{
    const bool wasUnlocked = isUnlocked();
    // A job on the vault (a step-up, a password change, a rekey) ends first: the vault must not go
    // from under it. Its result is dropped.
    VaultJobs::finishAndDrop();
    m_idle->stop();
    m_alarmTimer->stop();
    m_alarmTray->reset();
    m_statusAlarms->hide();
    m_statusAlarms->clear();
    // Views first: they hold pointers into the vault.
    m_workspace->clear();
    m_recoveryKey->reset();
    m_passwordChange->reset();
    m_enrollment->reset();
    m_recoveryCodes->reset();
    m_vault.reset();
    m_verifyAuditOnShow = false;
    m_returnToAccount = false;
    m_piiOffBanner->setText(QString());
    QString notice;
    if (wasUnlocked && reason == LockReason::Idle)
        notice = tr("The console locked after %1 min without input.")
                     .arg(QLocale().toString(
                         std::chrono::duration_cast<std::chrono::minutes>(m_idleTimeout).count()));
    else if (wasUnlocked && reason == LockReason::ScreenLocked)
        notice = tr("The console locked because the screen was locked.");
    showLockedPage(notice);
}

void MainWindow::showLockedPage(const QString& notice)
{
    m_firstStart->reset();
    if (m_paths.exists()) {
        m_pages->setCurrentWidget(m_unlock);
        m_unlock->reset(m_lastUser, notice); // once visible, so that the focus lands
    } else {
        m_unlock->reset();
        m_pages->setCurrentWidget(m_firstStart);
        m_firstStart->setFocus();
    }
    updateChrome();
}

void MainWindow::updateChrome()
{
    const bool unlocked = isUnlocked();
    m_lockAction->setEnabled(unlocked);
    m_toolBar->setVisible(unlocked);
    if (unlocked)
        m_statusUser->setText(
            tr("Signed in as %1 (%2)").arg(m_vault->session().displayName(), m_vault->session().name()));
    else
        m_statusUser->clear();
    statusBar()->clearMessage();
}

void MainWindow::refreshPiiAccess()
{
    if (!m_vault || VaultJobs::isBusy())
        return;
    const Result<bool> off = m_vault->piiAccessOff();
    if (!off)
        return; // keep what is shown: the next refresh tries again
    m_piiOffBanner->setText(off.value()
                                ? tr("PII access is turned off by an administrator. Nobody can reveal, "
                                     "print or export buyers' personal data until it is turned on again.")
                                : QString());
}

void MainWindow::refreshAlarms()
{
    // The timer's tick also reads the kill switch, so another console turning it shows here too.
    refreshPiiAccess();
    if (!m_vault || VaultJobs::isBusy())
        return;
    Result<qint64> open = m_vault->alarms().openCount();
    if (!open)
        return; // keep what is shown: the next refresh tries again
    const qint64 count = open.value();
    m_workspace->setOpenAlarmCount(count);
    m_statusAlarms->setText(count == 1 ? tr("1 open alarm")
                                       : tr("%1 open alarms").arg(QLocale().toString(count)));
    m_statusAlarms->setVisible(count > 0);
    m_alarmTray->update(
        count, AlarmTray::shouldNotify(m_alarmTray->lastCount(), count) ? highestAlarmSeverity() : QString());
}

QString MainWindow::highestAlarmSeverity() const
{
    const Session& session = m_vault->session();
    if (!session.can(Permission::AuditRead) && !session.can(Permission::AlarmsAcknowledge))
        return {}; // asking would record a denial
    auto open = m_vault->alarms().openAlarms(session);
    QString highest;
    if (open)
        for (const Alarm& alarm : open.value())
            if (highest.isEmpty()
                || AlarmModel::severityRank(alarm.severity) > AlarmModel::severityRank(highest))
                highest = alarm.severity;
    return highest;
}

std::chrono::milliseconds MainWindow::idleTimeout() const
{
    return m_idleOverride.value_or(m_idleTimeout);
}

void MainWindow::setIdleTimeoutOverride(std::optional<std::chrono::milliseconds> timeout)
{
    m_idleOverride = timeout;
    applyIdleTimeout();
}

void MainWindow::applyIdleTimeout()
{
    m_idle->setTimeout(idleTimeout());
}

} // namespace dpp::ui
