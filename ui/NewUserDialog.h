// NewUserDialog: a new account: user name, the person's name, roles (each with what it may do) and
// an initial password typed twice, which the person must change at the first sign-in.
#pragma once

#include "ActionDialog.h"
#include "vault/Vault.h"

#include <set>

class QLabel;
class QLineEdit;

namespace dpp::ui {

class NewPasswordFields;
class RolePicker;

class NewUserDialog final : public ActionDialog
{
    Q_OBJECT

public:
    explicit NewUserDialog(QWidget* parent = nullptr);

    //! The account to create; the password is taken out of the fields.
    NewUser takeUser();
    std::set<Role> roles() const;
    QString userName() const;

protected:
    bool validate() override;
    QWidget* fields() const override { return m_fields; }

private:
    void updateUserNameHint();

    QWidget* m_fields;
    QLineEdit* m_userName;
    QLabel* m_userNameHint;
    QLineEdit* m_displayName;
    RolePicker* m_roles;
    NewPasswordFields* m_password;
};

} // namespace dpp::ui
