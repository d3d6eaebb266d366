// UnlockPage: signs in (user name, password): Vault::unlock runs off the GUI thread and builds a
// new Vault, which the window swaps in only on success (KeePassXC's pattern). Errors inline.
#pragma once

#include "vault/Vault.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dpp::ui {

class CapsLockWatcher;
class InlineMessage;

class UnlockPage final : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockPage(VaultPaths paths, QWidget* parent = nullptr);
    ~UnlockPage() override;

    //! Empties the form (user name set to userName), forgets an unlock still running (its vault is
    //! dropped and wiped) and puts the focus where typing starts. notice says why it locked.
    void reset(const QString& userName = QString(), const QString& notice = QString());
    bool isBusy() const { return m_busy; }

    //! After unlocked(): the new vault, moved out once.
    std::unique_ptr<Vault> takeVault();

signals:
    void unlocked();

private:
    void submit();
    void setBusy(bool busy);
    void focusFirstEmpty();

    VaultPaths m_paths;
    QWidget* m_form;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    InlineMessage* m_notice;
    InlineMessage* m_capsLock;
    CapsLockWatcher* m_capsWatcher;
    InlineMessage* m_error;
    QWidget* m_busyRow;
    QPushButton* m_unlock;
    bool m_busy = false;
    quint64 m_generation = 0; //!< bumped by reset(); a job of an older generation is dropped
    std::unique_ptr<Vault> m_vault;
};

} // namespace dpp::ui
