// FirstStartPage: creates the database on the first start: the first user's name, the person's
// name and a password with strength and policy feedback, then Vault::create off the GUI thread
// (and, when asked for, demo orders with made-up buyers in the same background job). Or, when the
// database was lost, "Restore from a backup…": the restore form (RestoreForm) with the page's
// database as the target, then Backups::restore off the GUI thread; the window then asks for a
// normal sign-in.
#pragma once

#include "backup/Backups.h"
#include "vault/Vault.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace dpp::ui {

class CapsLockWatcher;
class InlineMessage;
class NewPasswordFields;
class RestoreForm;

class FirstStartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit FirstStartPage(VaultPaths paths, QWidget* parent = nullptr);
    ~FirstStartPage() override;

    //! Empties the forms, goes back to creating, and forgets a creation or restore still running:
    //! its result is thrown away.
    void reset();
    bool isBusy() const { return m_busy || m_restoring; }

    //! Shows the restore form instead of the new database's (as "Restore from a backup…").
    void showRestore();
    //! Back to creating a new database.
    void showCreate();
    bool isAtRestore() const;
    RestoreForm* restoreForm() const { return m_restoreForm; }

    //! After restored(): what the restore did, moved out once, and who restored it.
    RestoreOutcome takeRestored();
    QString restoredUser() const { return m_restoredUser; }

    //! After created(): the open vault and the recovery key, moved out once.
    Vault::Created takeCreated();
    //! After created(): why the demo orders asked for could not be added (empty when they were,
    //! or when none were asked for), moved out once. The database is created either way.
    QString takeDemoProblem();

    //! How many demo orders the first start offers to add (DemoOrders, seed 1).
    static constexpr int DemoOrderCount = 2000;

signals:
    void created();
    //! The database was restored from a backup: the window shows the unlock page.
    void restored();

private:
    void submit();
    void submitRestore();
    void updateUserNameHint();
    void setBusy(bool busy);
    void showError(const QString& message);
    QStringList userWords() const;

    VaultPaths m_paths;
    QStackedWidget* m_steps;
    QWidget* m_createStep;
    QWidget* m_restoreStep;
    QWidget* m_form;
    QLineEdit* m_userName;
    QLabel* m_userNameHint;
    QLineEdit* m_displayName;
    NewPasswordFields* m_password;
    InlineMessage* m_capsLock;
    CapsLockWatcher* m_capsWatcher;
    InlineMessage* m_error;
    QCheckBox* m_demoOrders;
    QWidget* m_busyRow;
    QPushButton* m_create;
    QPushButton* m_restoreInstead;
    RestoreForm* m_restoreForm;
    QPushButton* m_createInstead;
    QPushButton* m_restore;
    bool m_busy = false;
    bool m_restoring = false;
    quint64 m_generation = 0; //!< bumped by reset(); a job of an older generation is dropped
    std::optional<Vault::Created> m_created;
    QString m_demoProblem;
    std::optional<RestoreOutcome> m_restored;
    QString m_restoredUser;
};

} // namespace dpp::ui
