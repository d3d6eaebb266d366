// AccountView: see the header.
#include "AccountView.h"

#include "AccountState.h"
#include "GuardedAction.h"
#include "PageLayout.h"
#include "vault/UserAccounts.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace dpp::ui {

namespace {

QString dateText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

AccountView::AccountView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("accountView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(makeTitle(tr("My account"), this));

    QVBoxLayout* columnLayout = addColumn(layout, this, 760, 14);
    QWidget* column = columnLayout->parentWidget();

    m_message = new InlineMessage(column);
    m_message->setObjectName(QStringLiteral("accountMessage"));
    columnLayout->addWidget(m_message);

    auto* accountBox = new QGroupBox(tr("Account"), column);
    auto* accountForm = new QFormLayout(accountBox);
    m_name = addValueRow(accountForm, tr("Name:"), QStringLiteral("accountName"));
    m_roles = addValueRow(accountForm, tr("Roles:"), QStringLiteral("accountRoles"));
    m_piiKey = addValueRow(accountForm, tr("Personal data:"), QStringLiteral("accountPiiKey"));
    columnLayout->addWidget(accountBox);

    auto* passwordBox = new QGroupBox(tr("Password"), column);
    auto* passwordForm = new QFormLayout(passwordBox);
    m_passwordSet = addValueRow(passwordForm, tr("Last changed:"), QStringLiteral("accountPasswordSet"));
    m_passwordExpires = addValueRow(passwordForm, tr("Expires:"), QStringLiteral("accountPasswordExpires"));
    m_changePassword = new QPushButton(tr("&Change password…"), passwordBox);
    m_changePassword->setObjectName(QStringLiteral("accountChangePasswordButton"));
    auto* passwordButtons = new QHBoxLayout;
    passwordButtons->addWidget(m_changePassword);
    passwordButtons->addStretch(1);
    passwordForm->addRow(passwordButtons);
    columnLayout->addWidget(passwordBox);

    auto* secondBox = new QGroupBox(tr("Two-factor sign-in"), column);
    auto* secondForm = new QFormLayout(secondBox);
    m_secondFactor = addValueRow(secondForm, tr("State:"), QStringLiteral("accountSecondFactor"));
    m_recoveryCodes
        = addValueRow(secondForm, tr("Recovery codes left:"), QStringLiteral("accountRecoveryCodes"));
    m_totp = new QPushButton(secondBox);
    m_totp->setObjectName(QStringLiteral("accountTotpButton"));
    m_renewCodes = new QPushButton(tr("New &recovery codes…"), secondBox);
    m_renewCodes->setObjectName(QStringLiteral("accountRecoveryCodesButton"));
    m_renewCodes->setToolTip(tr("Issue 10 new recovery codes; the ones you have stop working."));
    auto* secondButtons = new QHBoxLayout;
    secondButtons->addWidget(m_totp);
    secondButtons->addWidget(m_renewCodes);
    secondButtons->addStretch(1);
    secondForm->addRow(secondButtons);
    columnLayout->addWidget(secondBox);

    // One column of values across the groups, as on the Overview.
    alignFormLabels({accountForm, passwordForm, secondForm}, Qt::AlignLeft | Qt::AlignTop);
    layout->addStretch(1);

    connect(m_changePassword, &QPushButton::clicked, this, &AccountView::changePasswordRequested);
    connect(m_totp, &QPushButton::clicked, this, &AccountView::setUpSecondFactor);
    connect(m_renewCodes, &QPushButton::clicked, this, &AccountView::renewRecoveryCodes);
    clear();
}

void AccountView::load(Vault* vault)
{
    m_vault = vault;
    if (!vault) {
        clear();
        return;
    }
    const Session& session = vault->session();
    const AccountState state = AccountState::read(*vault);
    const QDateTime now = vault->clock()();
    m_enrolled = state.secondFactorEnrolled;
    m_name->setText(tr("%1 (%2)", "display name (user name)").arg(session.displayName(), session.name()));
    QStringList roles;
    for (Role role : Roles::personRoles())
        if (session.hasRole(role))
            roles.append(Roles::displayName(role));
    m_roles->setText(roles.join(QStringLiteral(", ")));
    m_piiKey->setText(vault->holdsPiiKey() ? tr("You hold the PII key and can decrypt buyers' personal data.")
                          : session.needsPii()
                          ? tr("Your roles need the PII key, but it has not been granted to you yet. Ask the "
                               "Data Protection Officer.")
                          : tr("Your roles do not need buyers' personal data."));

    if (state.record && state.record->passwordSetAt.isValid()) {
        const QDateTime set = state.record->passwordSetAt;
        const qint64 age = std::max<qint64>(0, set.daysTo(now));
        // Two strings, not %n: the console ships no English numerus translation (as AlarmTray).
        m_passwordSet->setText(age == 0 ? tr("%1 (today)").arg(dateText(set))
                                   : age == 1
                                   ? tr("%1 (yesterday)").arg(dateText(set))
                                   : tr("%1 (%2 days ago)").arg(dateText(set), QLocale().toString(age)));
        const QDateTime expires = set.addDays(UserAccounts::PasswordMaximumAgeDays);
        if (state.record->mustChangePassword)
            m_passwordExpires->setText(tr("It was set by an administrator: change it now."));
        else if (expires <= now)
            m_passwordExpires->setText(tr("Expired on %1: change it now.").arg(dateText(expires)));
        else
            m_passwordExpires->setText(
                tr("%1 (in %2 days)").arg(dateText(expires), QLocale().toString(now.daysTo(expires))));
    } else {
        m_passwordSet->setText(tr("Unknown"));
        m_passwordExpires->setText(tr("Unknown"));
    }

    if (state.secondFactorEnrolled)
        m_secondFactor->setText(
            tr("Set up: you sign in with your password and a code from your authenticator app."));
    else if (state.graceEnds.isValid() && state.graceEnds > now)
        m_secondFactor->setText(
            tr("Not set up. From %1 you need it to sign in.").arg(dateText(state.graceEnds)));
    else
        m_secondFactor->setText(tr("Not set up. You need it to sign in: set it up now."));
    m_recoveryCodes->setText(
        !state.secondFactorEnrolled ? tr("None (they come with two-factor sign-in)")
            : state.record
            ? tr("%1 of %2").arg(QLocale().toString(state.record->recoveryCodesLeft), QLocale().toString(10))
            : tr("Unknown"));
    m_totp->setText(state.secondFactorEnrolled ? tr("Set up on a &new phone…")
                                               : tr("&Set up two-factor sign-in…"));
    m_totp->setToolTip(state.secondFactorEnrolled ? tr(
                           "Move two-factor sign-in to another phone or app; the current one stops working.")
                                                  : QString());
    m_changePassword->setEnabled(true);
    m_totp->setEnabled(true);
    m_renewCodes->setEnabled(state.secondFactorEnrolled);
}

void AccountView::clear()
{
    GuardedAction::closeDialogs(this);
    m_vault = nullptr;
    m_enrolled = false;
    m_codes.clear();
    m_message->clearMessage();
    for (QLabel* label :
         {m_name, m_roles, m_piiKey, m_passwordSet, m_passwordExpires, m_secondFactor, m_recoveryCodes})
        label->clear();
    m_totp->setText(tr("&Set up two-factor sign-in…"));
    m_changePassword->setEnabled(false);
    m_totp->setEnabled(false);
    m_renewCodes->setEnabled(false);
}

void AccountView::showMessage(InlineMessage::Kind kind, const QString& text)
{
    m_message->showMessage(kind, text);
}

void AccountView::setUpSecondFactor()
{
    if (!m_vault)
        return;
    m_message->clearMessage();
    // Replacing a working second factor is a guarded change: whoever finds the console unlocked
    // must not move someone's sign-in to their own phone.
    if (m_enrolled && !m_vault->hasStepUp()) {
        GuardedAction::askStepUp(this, m_vault, [this] { emit enrollmentRequested(); });
        return;
    }
    emit enrollmentRequested();
}

void AccountView::renewRecoveryCodes()
{
    if (!m_vault)
        return;
    m_message->clearMessage();
    auto codes = std::make_shared<std::vector<SecureBytes>>();
    // Ten Argon2id hashes take a few seconds: nothing here is pressed twice meanwhile.
    for (QPushButton* button : {m_changePassword, m_totp, m_renewCodes})
        button->setEnabled(false);
    GuardedAction::run(
        this, m_vault, GuardedAction::Where::Background, GuardedAction::StepUp::UpFront,
        [vault = m_vault, codes]() -> Result<void> {
            Result<std::vector<SecureBytes>> renewed = vault->users().renewRecoveryCodes();
            if (!renewed)
                return renewed.error();
            *codes = std::move(renewed).value();
            return success();
        },
        [this, codes](const Result<void>& result) {
            load(m_vault);
            if (!result) {
                m_message->showMessage(InlineMessage::Kind::Error, result.error().message());
                return;
            }
            m_codes = std::move(*codes);
            emit recoveryCodesIssued();
        },
        [this] { load(m_vault); });
}

} // namespace dpp::ui
