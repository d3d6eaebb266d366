// NewUserDialog: see the header.
#include "NewUserDialog.h"

#include "NewPasswordFields.h"
#include "PageLayout.h"
#include "RolePicker.h"
#include "vault/UserAccounts.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpp::ui {

NewUserDialog::NewUserDialog(QWidget* parent)
    : ActionDialog(tr("New user"), tr("C&reate user"), parent)
{
    setObjectName(QStringLiteral("newUserDialog"));
    setMinimumWidth(620);
    setExplanation(tr("Every person gets their own account: no shared accounts. The account receives its own "
                      "key slot; the person must choose their own password at the first sign-in and set up "
                      "two-factor sign-in within %1 days.")
                       .arg(UserAccounts::SecondFactorGraceDays));

    // Two forms around the roles (a QFormLayout row spanning both columns squeezes wrapped text
    // once an error appears), their labels one width so that every field starts at the same place.
    m_fields = new QWidget(this);
    auto* column = new QVBoxLayout(m_fields);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);
    auto makeForm = [this, column] {
        auto* widget = new QWidget(m_fields);
        auto* form = new QFormLayout(widget);
        form->setContentsMargins(0, 0, 0, 0);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        form->setVerticalSpacing(10);
        column->addWidget(widget);
        return form;
    };
    QFormLayout* form = makeForm();
    m_userName = new QLineEdit(m_fields);
    m_userName->setObjectName(QStringLiteral("newUserNameEdit"));
    m_userName->setMaxLength(32);
    m_userName->setPlaceholderText(tr("e.g. j.smith"));
    m_userNameHint = makeHint(m_fields);
    addFieldRow(form, tr("&User name:"), m_userName, {m_userNameHint});
    m_displayName = new QLineEdit(m_fields);
    m_displayName->setObjectName(QStringLiteral("newUserDisplayNameEdit"));
    m_displayName->setMaxLength(200);
    m_displayName->setPlaceholderText(tr("e.g. Jane Smith"));
    addFieldRow(form, tr("Full &name:"), m_displayName);

    auto* rolesBox = new QGroupBox(tr("Roles"), m_fields);
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    m_roles = new RolePicker(rolesBox);
    rolesLayout->addWidget(m_roles);
    column->addWidget(rolesBox);

    QFormLayout* passwordForm = makeForm();
    m_password = new NewPasswordFields(passwordForm, tr("Initial &password:"), tr("Re&peat password:"),
                                       QStringLiteral("newUser"));
    m_password->setUserName([this] { return m_userName->text(); });
    m_password->setUserWords([this] { return QStringList{m_userName->text(), m_displayName->text()}; });
    alignFormLabels({form, passwordForm});
    content()->addWidget(m_fields);

    setTabOrder(m_userName, m_displayName);
    connect(m_userName, &QLineEdit::textChanged, this, &NewUserDialog::updateUserNameHint);
    connect(m_userName, &QLineEdit::textChanged, m_password, &NewPasswordFields::update);
    updateUserNameHint();
    m_userName->setFocus();
}

void NewUserDialog::updateUserNameHint()
{
    const QString name = m_userName->text();
    const QString rule = tr("2 to 32 lower-case letters, digits, “.”, “_” or “-”, starting with a letter. "
                            "It cannot be changed or used again later.");
    if (name.isEmpty())
        setHint(m_userNameHint, rule, HintState::Neutral);
    else if (Vault::isValidUsername(name))
        setHint(m_userNameHint, tr("✓ %1").arg(rule), HintState::Good);
    else
        setHint(m_userNameHint, rule, HintState::Error);
}

bool NewUserDialog::validate()
{
    if (!Vault::isValidUsername(m_userName->text())) {
        showError(tr("Choose a user name of 2 to 32 lower-case letters, digits, “.”, “_” or “-” that starts "
                     "with a letter."));
        m_userName->setFocus();
        return false;
    }
    if (m_displayName->text().trimmed().isEmpty()) {
        showError(tr("Enter the person's full name."));
        m_displayName->setFocus();
        return false;
    }
    if (m_roles->roles().empty()) {
        showError(tr("Choose at least one role."));
        return false;
    }
    if (const QString problem = m_password->problem(); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    return true;
}

NewUser NewUserDialog::takeUser()
{
    return NewUser{m_userName->text(), m_displayName->text().trimmed(), m_password->take()};
}

std::set<Role> NewUserDialog::roles() const
{
    return m_roles->roles();
}

QString NewUserDialog::userName() const
{
    return m_userName->text();
}

} // namespace dpp::ui
