// UnlockPage: signs in. First the user name and password; when the account has a second factor
// the core answers SecondFactorRequired and the page asks for the code from the authenticator app
// (or a recovery code), then signs in again with the password it kept in a wiping buffer. Each
// Vault::unlock runs off the GUI thread and builds a new Vault, which the window swaps in only on
// success (KeePassXC's pattern). Errors inline.
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
class SecondFactorField;

class UnlockPage final : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockPage(VaultPaths paths, QWidget* parent = nullptr);
    ~UnlockPage() override;

    //! Empties the form (user name set to userName), wipes a kept password, goes back to the
    //! password step, forgets an unlock still running (its vault is dropped and wiped) and puts
    //! the focus where typing starts. notice says why it locked.
    void reset(const QString& userName = QString(), const QString& notice = QString());
    bool isBusy() const { return m_busy; }
    //! True while the page asks for the second factor.
    bool isAtCodeStep() const { return m_atCodeStep; }

    //! After unlocked(): the new vault, moved out once.
    std::unique_ptr<Vault> takeVault();

signals:
    void unlocked();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    //! What one sign-in attempt brings back: the result, and the password for the next attempt.
    struct Attempt
    {
        Result<std::unique_ptr<Vault>> vault;
        SecureBytes password;
    };

    void submit();
    void submitPassword();
    void submitCode();
    void finished(Attempt attempt, bool atCodeStep);
    void showCodeStep();
    void showPasswordStep();
    void setBusy(bool busy);
    void focusFirstEmpty();

    VaultPaths m_paths;
    QWidget* m_passwordStep;
    QWidget* m_form;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    InlineMessage* m_notice;
    InlineMessage* m_capsLock;
    CapsLockWatcher* m_capsWatcher;
    QWidget* m_codeStep;
    QLabel* m_codeHeading;
    QLabel* m_codePrompt;
    SecondFactorField* m_code;
    QPushButton* m_back;
    QPushButton* m_verify;
    InlineMessage* m_error;
    QWidget* m_busyRow;
    QPushButton* m_unlock;
    bool m_busy = false;
    bool m_atCodeStep = false;
    quint64 m_generation = 0; //!< bumped by reset(); a job of an older generation is dropped
    QString m_keptUser; //!< the user name of the code step
    SecureBytes m_keptPassword; //!< the password of the code step, wiped by reset() and Back
    std::unique_ptr<Vault> m_vault;
};

} // namespace dpp::ui
