// Workspace: the unlocked console: a navigation list on the left with only the views that work
// and that the session's roles may use, and the views beside it. It re-verifies the audit chain
// after an unlock and shows the state on the Overview. The Alarms entry carries the open count as a
// badge. Every person has "My account"; the Users view needs users.manage. Orders needs orders.view
// (or orders.view-unshipped: the warehouse's unshipped list), Retention orders.view, Deletion
// requests deletion-requests.manage, Backups backup.run.
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class AccountView;
class AlarmsView;
class AuditView;
class BackupsView;
class DeletionRequestsView;
class OrdersView;
class OverviewView;
class RetentionView;
class SettingsView;
class UsersView;

class Workspace final : public QWidget
{
    Q_OBJECT

public:
    explicit Workspace(QWidget* parent = nullptr);

    //! Shows vault (owned by the window): navigation for its session, the Overview first.
    void open(Vault* vault);
    //! Forgets the vault and clears every view (the console locked).
    void clear();

    /*!
     * Verifies the audit chain once the workspace has painted (after an unlock or the database's
     * creation) and shows the result on the Overview. Forgotten if the console locks first.
     */
    void verifyAuditSoon();
    /*!
     * Destroys the expired backups once the workspace has painted (after an unlock), for a session
     * with backup.run; the Backups view keeps the result to show and backupsExpired() reports it.
     */
    void expireBackupsSoon();

    OverviewView* overview() const { return m_overview; }
    AuditView* auditView() const { return m_audit; }
    AlarmsView* alarmsView() const { return m_alarms; }
    OrdersView* ordersView() const { return m_orders; }
    RetentionView* retentionView() const { return m_retention; }
    DeletionRequestsView* deletionRequestsView() const { return m_deletionRequests; }
    BackupsView* backupsView() const { return m_backups; }
    //! The badge: "Alarms (3)" with a red dot on the Alarms entry, plain "Alarms" at 0.
    void setOpenAlarmCount(qint64 count);
    //! Selects the Alarms entry when the session has it (the tray notification was clicked).
    void showAlarms();
    SettingsView* settings() const { return m_settings; }
    UsersView* usersView() const { return m_users; }
    AccountView* accountView() const { return m_account; }
    //! Selects "My account" (after a change of one's own password or second factor).
    void showAccount();
    //! The entries the navigation shows, in order.
    QStringList navigationEntries() const;

signals:
    void idleLockMinutesChanged(int minutes);
    //! The Overview's "New recovery key…", confirmed: the window issues the key and shows it.
    void newRecoveryKeyRequested();
    //! An alarm was acknowledged in the Alarms view: the window refreshes its count.
    void alarmsChanged();
    //! From My account: the window shows the page for it.
    void changePasswordRequested();
    void enrollmentRequested();
    //! New recovery codes (AccountView::takeRecoveryCodes()): the window shows them once.
    void recoveryCodesIssued();
    //! The PII kill switch was turned: the window updates its banner.
    void piiAccessChanged();
    //! Expired backups were destroyed after the unlock, or some could not be: text says what.
    void backupsExpired(const QString& text);

private:
    void addView(const QString& title, QWidget* view);
    void showEntry(int row);
    void verifyAudit();
    //! verifyAudit() once no vault job runs, unless the console locked or reopened since generation.
    void verifyAuditWhenIdle(quint64 generation);
    QListWidgetItem* itemOf(QWidget* view) const;

    Vault* m_vault = nullptr;
    QListWidget* m_navigation;
    QStackedWidget* m_views;
    QWidget* m_empty;
    OverviewView* m_overview;
    SettingsView* m_settings;
    AuditView* m_audit;
    AlarmsView* m_alarms;
    OrdersView* m_orders;
    RetentionView* m_retention;
    DeletionRequestsView* m_deletionRequests;
    BackupsView* m_backups;
    UsersView* m_users;
    AccountView* m_account;
    //! Counts open() and clear(): a verification queued for one vault never runs on the next.
    quint64 m_generation = 0;
};

} // namespace dpp::ui
