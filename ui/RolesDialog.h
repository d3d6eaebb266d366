// RolesDialog: changes the roles of an account. Taking away the last role that needs PII takes
// the PII key from the account's slot (and rotates it); adding one waits for a PII holder's grant.
#pragma once

#include "ActionDialog.h"
#include "auth/Permission.h"

#include <set>

namespace dpp::ui {

class RolePicker;

class RolesDialog final : public ActionDialog
{
    Q_OBJECT

public:
    RolesDialog(const QString& userName, const QString& displayName, const std::set<Role>& roles,
                QWidget* parent = nullptr);

    std::set<Role> roles() const;
    RolePicker* picker() const { return m_picker; }

protected:
    bool validate() override;
    QWidget* fields() const override;

private:
    RolePicker* m_picker;
};

} // namespace dpp::ui
