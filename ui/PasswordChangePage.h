// PasswordChangePage: the signed-in person changes their own password: at sign-in when the
// session is gated to it (an administrator reset the password, or it is older than 365 days),
// and from My account. UserAccounts::changeOwnPassword runs off the GUI thread (Argon2id); the
// rules only the core knows (history, minimum age) come back as its message, inline.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class CapsLockWatcher;
class InlineMessage;
class NewPasswordFields;

class PasswordChangePage final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Forced, //!< the session's gate: nothing else until it is done (Lock still works)
        Voluntary, //!< from My account, with Cancel
    };

    explicit PasswordChangePage(QWidget* parent = nullptr);
    ~PasswordChangePage() override;

    //! Shows the empty form for vault's person (the vault is owned by the window).
    void start(Vault* vault, Mode mode);
    //! Empties the form and forgets the vault.
    void reset();
    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_busy; }

protected:
    //! Escape is Cancel when there is one (not at a sign-in gate).
    void keyPressEvent(QKeyEvent* event) override;

signals:
    void changed();
    void cancelled();

private:
    void submit();
    void setBusy(bool busy);
    void showError(const QString& message);
    QStringList userWords() const;

    Vault* m_vault = nullptr;
    Mode m_mode = Mode::Forced;
    QLabel* m_title;
    QLabel* m_intro;
    QWidget* m_form;
    QLineEdit* m_current;
    NewPasswordFields* m_new;
    InlineMessage* m_capsLock;
    CapsLockWatcher* m_capsWatcher;
    InlineMessage* m_error;
    QWidget* m_busyRow;
    QPushButton* m_cancel;
    QPushButton* m_change;
    bool m_busy = false;
};

} // namespace dpp::ui
