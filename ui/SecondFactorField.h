// SecondFactorField: where a person types the second factor: the 6-digit code from the
// authenticator app, or (after "Use a recovery code instead") one of the recovery codes. The
// sign-in page and the step-up dialog both use it; the text leaves it only through take().
#pragma once

#include "vault/Vault.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QRegularExpressionValidator;

namespace dpp::ui {

class SecondFactorField final : public QWidget
{
    Q_OBJECT

public:
    //! namePrefix names the children for tests: <prefix>CodeEdit, <prefix>UseRecoveryButton.
    SecondFactorField(const QString& namePrefix, QWidget* parent = nullptr);

    bool isRecoveryMode() const { return m_recovery; }
    //! Switches between the app's code and a recovery code; the field is emptied.
    void setRecoveryMode(bool recovery);

    bool isEmpty() const;
    //! Whether the text has the form of the current mode (6 digits; 10 letters or digits).
    bool isComplete() const;
    //! What to tell the person when the field is empty: the code of the current mode.
    QString emptyMessage() const;
    //! The typed code as a SecondFactor; the field is cleared.
    SecondFactor take();
    void clear();

    QLineEdit* edit() const { return m_edit; }
    QPushButton* switchButton() const { return m_switch; }

signals:
    void returnPressed();
    void textEdited();
    void modeChanged(bool recovery);

private:
    QLineEdit* m_edit;
    QPushButton* m_switch;
    QRegularExpressionValidator* m_validator;
    bool m_recovery = false;
};

} // namespace dpp::ui
