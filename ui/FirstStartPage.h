// FirstStartPage: creates the database on the first start: the first user's name, the person's
// name and a password with strength and policy feedback, then Vault::create off the GUI thread
// (and, when asked for, demo orders with made-up buyers in the same background job).
#pragma once

#include "vault/Vault.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace dpp::ui {

class CapsLockWatcher;
class InlineMessage;
class NewPasswordFields;

class FirstStartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit FirstStartPage(VaultPaths paths, QWidget* parent = nullptr);
    ~FirstStartPage() override;

    //! Empties the form and forgets a creation still running: its result is thrown away.
    void reset();
    bool isBusy() const { return m_busy; }

    //! After created(): the open vault and the recovery key, moved out once.
    Vault::Created takeCreated();
    //! After created(): why the demo orders asked for could not be added (empty when they were,
    //! or when none were asked for), moved out once. The database is created either way.
    QString takeDemoProblem();

    //! How many demo orders the first start offers to add (DemoOrders, seed 1).
    static constexpr int DemoOrderCount = 2000;

signals:
    void created();

private:
    void submit();
    void updateUserNameHint();
    void setBusy(bool busy);
    void showError(const QString& message);
    QStringList userWords() const;

    VaultPaths m_paths;
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
    bool m_busy = false;
    quint64 m_generation = 0; //!< bumped by reset(); a job of an older generation is dropped
    std::optional<Vault::Created> m_created;
    QString m_demoProblem;
};

} // namespace dpp::ui
