// DisableUserDialog: see the header.
#include "DisableUserDialog.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>

namespace dpp::ui {

DisableUserDialog::DisableUserDialog(const QString& userName, const QString& displayName, QWidget* parent)
    : ActionDialog(tr("Disable %1").arg(userName), tr("&Disable account"), parent)
{
    setObjectName(QStringLiteral("disableUserDialog"));
    setMinimumWidth(520);
    setExplanation(tr("Disable the account of %1 (%2) when they leave or no longer need access. From then on "
                      "their password no longer opens the database; their history in the audit log stays. "
                      "Disabling cannot be undone: should they return, make a new account.")
                       .arg(displayName, userName));
    m_fields = new QWidget(this);
    auto* grid = new QGridLayout(m_fields);
    grid->setContentsMargins(0, 0, 0, 0);
    m_now = new QRadioButton(tr("&Now"), m_fields);
    m_now->setObjectName(QStringLiteral("disableNowRadio"));
    m_now->setChecked(true);
    m_later = new QRadioButton(tr("&On this leaving date:"), m_fields);
    m_later->setObjectName(QStringLiteral("disableLaterRadio"));
    m_date = new QDateEdit(QDate::currentDate().addDays(1), m_fields);
    m_date->setObjectName(QStringLiteral("leavingDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(QDate::currentDate().addDays(1));
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setEnabled(false);
    grid->addWidget(m_now, 0, 0, 1, 2);
    grid->addWidget(m_later, 1, 0);
    grid->addWidget(m_date, 1, 1);
    grid->setColumnStretch(2, 1);
    content()->addWidget(m_fields);
    connect(m_later, &QRadioButton::toggled, m_date, &QDateEdit::setEnabled);
    // The destructive choice is not the default: Enter alone must not disable someone.
    confirmButton()->setDefault(false);
    confirmButton()->setAutoDefault(false);
}

bool DisableUserDialog::takesEffectNow() const
{
    return m_now->isChecked();
}

QDateTime DisableUserDialog::leavingAt() const
{
    if (m_now->isChecked())
        return {};
    return m_date->date().startOfDay().toUTC();
}

} // namespace dpp::ui
