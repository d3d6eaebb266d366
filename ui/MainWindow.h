// MainWindow: the console's one window: first start, unlock, the pages a sign-in may have to pass
// first (a forced password change, two-factor enrollment) and the workspace as pages of one stack,
// the open Vault, and the one lock() that every trigger goes through (the Lock action, the idle
// timer, the OS screen lock). A red banner above every page says when PII access is turned off.
#pragma once

#include "vault/Vault.h"

#include <QMainWindow>
#include <chrono>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace dpp::ui {

class AlarmTray;
class Banner;
class FirstStartPage;
class IdleWatcher;
class PasswordChangePage;
class RecoveryCodesPage;
class RecoveryKeyPage;
class ScreenLockWatcher;
class TotpEnrollmentPage;
class UnlockPage;
class Workspace;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    //! Why the console locks; the unlock page says so for the automatic triggers.
    enum class LockReason
    {
        Manual, //!< the Lock action (Ctrl+L), or a caller
        Idle, //!< no input for the idle time
        ScreenLocked, //!< the desktop's screen lock
    };

    struct Options
    {
        //! Listen for the OS screen lock on the session and system D-Bus (tests turn it off and
        //! feed a private bus to screenLockWatcher() themselves).
        bool watchScreenLock = true;
    };

    explicit MainWindow(VaultPaths paths, QWidget* parent = nullptr);
    MainWindow(VaultPaths paths, Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isUnlocked() const { return m_vault != nullptr; }
    //! The open vault, null while locked (tests read its state through it).
    const Vault* vault() const { return m_vault.get(); }
    const VaultPaths& paths() const { return m_paths; }

    //! The idle time that locks the console: the stored setting (default 5 minutes).
    std::chrono::milliseconds idleTimeout() const;
    //! Test hook: overrides the stored idle time (e.g. 100 ms) until cleared with nullopt.
    void setIdleTimeoutOverride(std::optional<std::chrono::milliseconds> timeout);

    ScreenLockWatcher* screenLockWatcher() const { return m_screenLock; }
    QAction* lockAction() const { return m_lockAction; }
    AlarmTray* alarmTray() const { return m_alarmTray; }

    //! How often the open alarm count is read while unlocked.
    static constexpr std::chrono::seconds AlarmRefreshInterval{60};
    /*!
     * Reads the open alarm count (cheap, needs no permission) into the navigation badge, the
     * status bar and the tray. Runs after unlock, after an acknowledgement and on a timer.
     */
    void refreshAlarms();
    //! Shows or hides the "PII access is turned off" banner from the database's state.
    void refreshPiiAccess();

public slots:
    /*!
     * The one lock path, whatever the trigger: destroys the Vault (its keys are wiped with it),
     * forgets any unlock or creation still running, clears every view, and shows the unlock page
     * (or first start when there is no database yet).
     */
    void lock(LockReason reason = LockReason::Manual);

private:
    void adopt(std::unique_ptr<Vault> vault);
    //! After a sign-in or a finished gate page: the next gate's page, else the workspace.
    void continueSignIn();
    void showPage(QWidget* page);
    void showWorkspace();
    void showAccountAfter(const QString& message);
    void issueRecoveryKey();
    void showLockedPage(const QString& notice = QString());
    void applyIdleTimeout();
    void updateChrome();
    //! The highest severity among the open alarms, when the session may read them (else empty).
    QString highestAlarmSeverity() const;

    VaultPaths m_paths;
    std::unique_ptr<Vault> m_vault;
    QString m_lastUser;
    QStackedWidget* m_pages;
    FirstStartPage* m_firstStart;
    RecoveryKeyPage* m_recoveryKey;
    UnlockPage* m_unlock;
    PasswordChangePage* m_passwordChange;
    TotpEnrollmentPage* m_enrollment;
    RecoveryCodesPage* m_recoveryCodes;
    Workspace* m_workspace;
    Banner* m_piiOffBanner;
    QToolBar* m_toolBar;
    QAction* m_lockAction;
    QLabel* m_statusUser;
    QLabel* m_statusAlarms;
    QTimer* m_alarmTimer;
    AlarmTray* m_alarmTray;
    IdleWatcher* m_idle;
    ScreenLockWatcher* m_screenLock;
    std::chrono::milliseconds m_idleTimeout;
    std::optional<std::chrono::milliseconds> m_idleOverride;
    //! Set at creation and sign-in: the workspace verifies the audit chain when it is first shown
    //! (once the recovery key is stored, or the gates are passed).
    bool m_verifyAuditOnShow = false;
    //! The enrollment or recovery codes page was opened from My account: go back there after it.
    bool m_returnToAccount = false;
};

} // namespace dpp::ui
