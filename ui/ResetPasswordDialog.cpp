// ResetPasswordDialog: see the header.
#include "ResetPasswordDialog.h"

#include "NewPasswordFields.h"

#include <QFormLayout>
#include <QLineEdit>

namespace dpp::ui {

ResetPasswordDialog::ResetPasswordDialog(const QString& userName, const QString& displayName, QWidget* parent)
    : ActionDialog(tr("Reset the password of %1").arg(userName), tr("&Reset password"), parent)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setMinimumWidth(560);
    setExplanation(tr("Set a temporary password for %1 (%2) and give it to them in person. They must choose "
                      "their own at the next sign-in. Their account gets a new key slot, so they set up "
                      "two-factor sign-in again, and a PII key they held waits for someone who holds it to "
                      "grant it again.")
                       .arg(displayName, userName));
    m_fields = new QWidget(this);
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(10);
    m_password = new NewPasswordFields(form, tr("&Temporary password:"), tr("Re&peat password:"),
                                       QStringLiteral("reset"));
    m_password->setUserName([userName] { return userName; });
    m_password->setUserWords([userName, displayName] { return QStringList{userName, displayName}; });
    content()->addWidget(m_fields);
    m_password->password()->setFocus();
}

bool ResetPasswordDialog::validate()
{
    if (const QString problem = m_password->problem(); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    return true;
}

SecureBytes ResetPasswordDialog::takePassword()
{
    return m_password->take();
}

} // namespace dpp::ui
