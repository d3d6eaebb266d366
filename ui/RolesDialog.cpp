// RolesDialog: see the header.
#include "RolesDialog.h"

#include "RolePicker.h"

#include <QVBoxLayout>

namespace dpp::ui {

RolesDialog::RolesDialog(const QString& userName, const QString& displayName, const std::set<Role>& roles,
                         QWidget* parent)
    : ActionDialog(tr("Roles of %1").arg(userName), tr("&Save roles"), parent)
{
    setObjectName(QStringLiteral("rolesDialog"));
    setMinimumWidth(560);
    setExplanation(
        tr("Give %1 (%2) only the roles their work needs. Roles that need personal data receive "
           "the PII key from someone who holds it; taking the last of them away takes the key away "
           "and replaces it.")
            .arg(displayName, userName));
    m_picker = new RolePicker(this);
    m_picker->setRoles(roles);
    content()->addWidget(m_picker);
}

std::set<Role> RolesDialog::roles() const
{
    return m_picker->roles();
}

bool RolesDialog::validate()
{
    if (m_picker->roles().empty()) {
        showError(tr("Choose at least one role."));
        return false;
    }
    return true;
}

QWidget* RolesDialog::fields() const
{
    return m_picker;
}

} // namespace dpp::ui
