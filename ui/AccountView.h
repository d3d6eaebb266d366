// AccountView: "My account", for every person: name, roles, the password's age and expiry, the
// state of two-factor sign-in and the recovery codes left; Change password, Set up (again)
// two-factor sign-in, New recovery codes (after step-up). The pages for these are the window's.
#pragma once

#include "InlineMessage.h"
#include "crypto/SecureBytes.h"

#include <QWidget>
#include <utility>
#include <vector>

class QLabel;
class QPushButton;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class AccountView final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountView(QWidget* parent = nullptr);

    //! Reads the signed-in person's account from vault (owned by the window) and shows it.
    void load(Vault* vault);
    //! Forgets the vault and everything shown, and closes any dialog (the console locked).
    void clear();
    //! A message at the top (the window reports a finished change here).
    void showMessage(InlineMessage::Kind kind, const QString& text);

    //! After recoveryCodesIssued(): the new codes, moved out once.
    std::vector<SecureBytes> takeRecoveryCodes() { return std::exchange(m_codes, {}); }

signals:
    void changePasswordRequested();
    //! Two-factor sign-in is to be set up (again); a step-up already holds when it was set up.
    void enrollmentRequested();
    void recoveryCodesIssued();

private:
    void setUpSecondFactor();
    void renewRecoveryCodes();

    Vault* m_vault = nullptr;
    bool m_enrolled = false;
    InlineMessage* m_message;
    QLabel* m_name;
    QLabel* m_roles;
    QLabel* m_piiKey;
    QLabel* m_passwordSet;
    QLabel* m_passwordExpires;
    QLabel* m_secondFactor;
    QLabel* m_recoveryCodes;
    QPushButton* m_changePassword;
    QPushButton* m_totp;
    QPushButton* m_renewCodes;
    std::vector<SecureBytes> m_codes;
};

} // namespace dpp::ui
