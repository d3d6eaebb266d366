// ResetPasswordDialog: an administrator sets a temporary password for someone who forgot theirs;
// the person must choose a new one at the next sign-in and sets up two-factor sign-in again.
#pragma once

#include "ActionDialog.h"
#include "crypto/SecureBytes.h"

namespace dpp::ui {

class NewPasswordFields;

class ResetPasswordDialog final : public ActionDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(const QString& userName, const QString& displayName, QWidget* parent = nullptr);

    //! The temporary password, taken out of the fields.
    SecureBytes takePassword();

protected:
    bool validate() override;
    QWidget* fields() const override { return m_fields; }

private:
    QWidget* m_fields;
    NewPasswordFields* m_password;
};

} // namespace dpp::ui
