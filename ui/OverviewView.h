// OverviewView: what the open database is and who is signed in (Vault::status()): file, SQLCipher
// and schema versions, cipher settings, key slots, the session's roles, failed unlocks recorded.
// A banner asks for a new recovery key while the current one was never confirmed as stored. The
// "Audit log" group shows the chain state: rows, last verified, verified or the problem found.
// During the grace period of two-factor sign-in a banner says until when it is optional. For
// sessions with orders.view, the "Retention" group counts orders overdue, due within 7 days and on hold.
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QFrame;
class QGroupBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QScrollArea;
class QTableView;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class Banner;
class InlineMessage;
class KeySlotModel;

class OverviewView final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(QWidget* parent = nullptr);

    //! Reads the status of vault and shows it.
    void refresh(const Vault& vault);
    //! Forgets everything shown (the console locked), and closes the confirmation if it is open.
    void clear();
    //! Shows an error of an action started here (e.g. issuing a new recovery key) at the top.
    void showError(const QString& message);

    //! The audit chain is being verified (Workspace::verifyAuditSoon()).
    void showAuditChecking();
    //! The chain verified, checked at checkedAt.
    void showAuditVerified(const QDateTime& checkedAt);
    //! The chain did not verify, or could not be read: problem says which row and why.
    void showAuditProblem(const QString& problem);
    //! Reads the row count and the last recorded verification of vault's audit log.
    void refreshAudit(const Vault& vault);
    //! Shows the grace banner: two-factor sign-in is required from graceEnds (invalid: hidden).
    void showSecondFactorGrace(const QDateTime& graceEnds);
    //! Reads the retention counts of vault (Retention::counts) when its session has orders.view;
    //! hides the group otherwise.
    void refreshRetention(Vault& vault);
    //! The last backup and how many are kept, for backup.run (hidden otherwise).
    void refreshBackups(Vault& vault);

    KeySlotModel* keySlotModel() const { return m_slots; }
    //! The open "issue a new recovery key?" question (objectName "newRecoveryKeyConfirmation"),
    //! null when none is open; tests answer it through its buttons.
    QMessageBox* confirmation() const;

signals:
    //! "New recovery key…" was confirmed; the window issues the key (the old one stops working).
    void newRecoveryKeyRequested();
    //! The grace banner's "Set it up now".
    void secondFactorSetupRequested();

private:
    void confirmNewRecoveryKey();

    QScrollArea* m_scroll;
    InlineMessage* m_error;
    Banner* m_graceBanner;
    QFrame* m_recoveryBanner;
    QLabel* m_recoveryBannerText;
    QPushButton* m_bannerNewRecoveryKey;
    QWidget* m_newRecoveryKeyRow;
    QPointer<QMessageBox> m_confirmation;
    QLabel* m_user;
    QLabel* m_roles;
    QLabel* m_piiKey;
    QLabel* m_path;
    QLabel* m_databaseId;
    QLabel* m_cipherVersion;
    QLabel* m_schemaVersion;
    QLabel* m_pageSize;
    QLabel* m_cipherSettings;
    QLabel* m_keysGeneration;
    QLabel* m_failedUnlocks;
    QLabel* m_auditRows;
    QLabel* m_auditLastVerified;
    QLabel* m_auditState;
    QGroupBox* m_backupsBox;
    QLabel* m_lastBackup;
    QLabel* m_liveBackups;
    QGroupBox* m_retentionBox;
    QLabel* m_retentionOverdue;
    QLabel* m_retentionDueSoon;
    QLabel* m_retentionOnHold;
    QDateTime m_auditCheckedAt; //!< this session's verification, when it passed
    KeySlotModel* m_slots;
    QTableView* m_slotTable;
};

} // namespace dpp::ui
