// StepUpDialog: re-authentication before a guarded change (issue 4, item 5): the signed-in
// person's password and, when they have one, a code from the authenticator app (or a recovery
// code). Vault::stepUp runs off the GUI thread (Argon2id); it then holds for 5 minutes.
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class InlineMessage;
class SecondFactorField;

class StepUpDialog final : public QDialog
{
    Q_OBJECT

public:
    //! askCode: the person has a second factor enrolled, so the core wants a code too.
    StepUpDialog(Vault* vault, bool askCode, QWidget* parent = nullptr);
    ~StepUpDialog() override;

    bool isBusy() const { return m_busy; }

public slots:
    void reject() override;

private:
    void submit();
    void setBusy(bool busy);

    Vault* m_vault;
    bool m_askCode;
    QLineEdit* m_password;
    SecondFactorField* m_code = nullptr;
    InlineMessage* m_error;
    QWidget* m_busyRow;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
    bool m_busy = false;
};

} // namespace dpp::ui
